"""Settings stored in the congress file: page set-up and rules the texts leave open.

Every key has a documented default (``DEFAULTS``); a value is stored only once
the secretary changes it, and each change is journaled like any other action.
"""

from __future__ import annotations

import json
from typing import Any

from secretariat import models
from secretariat.errors import ValidationError
from secretariat.store import Store

DEFAULTS: dict[str, Any] = {
    # docs/domain/documents.md §1 defaults, "confirm later, keep as settings".
    "documents.margins_mm": [20, 20, 30, 15],  # top, bottom, left, right
    "documents.body_size_pt": 14,
    # Days < 10 and months 1–2 padded with a zero (see secretariat.text.long_date).
    "documents.date_zero_pad": True,
    # docs/domain/documents.md §4: the resolution's number "Số 01-NQ/ĐH" (settable).
    "documents.resolution_number": "01-NQ/ĐH",
    # The outgoing bí thư who signs the chi ủy's papers (attendance report,
    # programme); empty: the agenda presenter named "…, Bí thư …".
    "documents.outgoing_secretary": "",
    # Serial numbers printed on ballot papers: off, since a number printed before
    # the hand-out lets anyone watching tie a paper to its voter (secrecy of the
    # ballot, 190-QĐ/TW Điều 11); the tellers number the papers as they count.
    "elections.print_serials": False,
    # docs/domain/procedure.md: an optional timer, default 5 minutes ("our choice — no rule found").
    "speeches.limit_seconds": 300,
    "speeches.warn_seconds": 60,
    # docs/domain/rules.md 4.2 (190-QĐ/TW Điều 14): the surplus of a committee list, % of seats;
    # bodies of 3–5 seats may have this many extra names (secondary source).
    "elections.surplus_cap_percent": 30,
    "elections.small_body_extra": 1,
    # docs/domain/rules.md 4.4 item 4 (unconfirmed): a one-person ballot with neither box marked.
    "elections.single_unmarked_invalid": True,
    # docs/domain/rules.md 4.1 (190-QĐ/TW Điều 18, unconfirmed): "majority_ranked" | "ranked".
    "elections.alternate_rule": "majority_ranked",
}


def get(store: Store, key: str) -> Any:
    if key not in DEFAULTS:
        raise ValidationError("unknown_setting", "key", key)
    with store.read() as s:
        row = s.get(models.Setting, key)
        return json.loads(row.value) if row else DEFAULTS[key]


def _check(key: str, value: Any) -> None:
    if key == "documents.margins_mm":
        ok = (
            isinstance(value, list)
            and len(value) == 4
            and all(isinstance(v, int | float) and 5 <= v <= 60 for v in value)
        )
    elif key == "documents.body_size_pt":
        ok = isinstance(value, int | float) and 11 <= value <= 16
    elif key in ("elections.surplus_cap_percent", "elections.small_body_extra"):
        ok = isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 100
    elif key == "elections.alternate_rule":
        ok = value in ("majority_ranked", "ranked")
    elif key.startswith("speeches."):
        ok = isinstance(value, int) and not isinstance(value, bool) and 0 < value <= 4 * 3600
    else:
        ok = isinstance(value, type(DEFAULTS[key]))
    if not ok:
        raise ValidationError("invalid", key, value)


def set_value(store: Store, key: str, value: Any) -> Any:
    """Change a setting; returns the previous value."""
    if key not in DEFAULTS:
        raise ValidationError("unknown_setting", "key", key)
    _check(key, value)
    with store.action("setting.set") as uow:
        row = uow.session.get(models.Setting, key)
        before = json.loads(row.value) if row else DEFAULTS[key]
        text = json.dumps(value, ensure_ascii=False, sort_keys=True)
        if row is None:
            uow.session.add(models.Setting(key=key, value=text))
        else:
            row.value = text
        uow.journal("setting", key, before, value)
    return before
