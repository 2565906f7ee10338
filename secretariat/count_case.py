"""Count one election case through the services the app uses (``python -m secretariat count``).

Issue 6, deliverable 9. The case is shaped like an element of ``cases`` in
``tests/data/cases/elections.json``: ``form``, ``seats``, ``majority_base``,
``issued``, ``candidates`` (names) and either ``ballots`` (each with a
``count`` and ``chosen`` or ``marks`` and the flags) or ``totals``.

A throw-away congress file is made in a temporary folder: the candidates and
enough other full members go on the roster, one official session, and
attendance arranged so that the majority base (docs/domain/rules.md 2) and the full
members present at the ballot give exactly the case's numbers:

- everyone counted in the base is a full member left unmarked or checked in
  (an absence without an accepted reason stays in the base);
- ``max(issued, 1)`` of them are checked in before the ballot, the teller
  first (a teller is a full member present and not on the list, 190 Điều 8);
- when the base is smaller than the list plus one teller, the surplus
  candidates are marked excused for the whole congress (out of the base).

Issued papers can never exceed the full members present, who are all in the
base, so a case with ``issued > majority_base`` cannot be produced and is
refused (``above_voters_present``), as the app would.

Then the round is opened, the ballots issued, every paper entered (or the
totals typed), and ``services.elections.count`` gives the result. Counting
does not depend on what the election fills (190 Điều 30), so the election is
a bí thư election for a one-name list and a delegates' election otherwise
(the committee's list cap of Điều 14 is a rule about preparing a list, not
about counting it); a ``target`` key in the case overrides that.
"""

from __future__ import annotations

import tempfile
from collections.abc import Mapping
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from secretariat import store as store_mod
from secretariat.domain import MemberData, MemberId, SessionData, SessionKind
from secretariat.errors import ValidationError
from secretariat.rules.ballots import BallotForm, Mark
from secretariat.rules.majority import format_percent
from secretariat.rules.tally import Tally
from secretariat.services import attendance, congress, elections, roster
from secretariat.services.elections import Target
from secretariat.services.elections import totals as totals_entry

KEYS = (
    "collected",
    "valid",
    "invalid",
    "invalid_reasons",
    "votes",
    "percent",
    "elected",
    "tied",
    "open_seats",
)
DAY = date(2020, 6, 15)
BALLOT_AT = datetime(2020, 6, 15, 10, 0)
_FLAGS = ("not_issued", "write_in", "identifying_mark")


def _need(case: Mapping[str, Any], key: str, kind: type) -> Any:
    value = case.get(key)
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
        raise ValidationError("missing" if value is None else "invalid", key, value)
    return value


def _roster(
    store: store_mod.Store, names: list[str], base: int, present: int
) -> tuple[dict[str, MemberId], MemberId]:
    """The roster and attendance of the case; returns the candidates' ids and the teller."""
    if base < 1:
        raise ValidationError("invalid_count", "majority_base", base)
    in_base = min(len(names), base - 1)
    others = base - in_base  # ≥ 1: the teller is one of them
    session = congress.add_session(store, SessionData(SessionKind.OFFICIAL, DAY))
    ids = {n: roster.add_member(store, MemberData(n)).id for n in names}
    helpers = [roster.add_member(store, MemberData(f"Đảng viên {i:03d}")).id for i in range(others)]
    for name in names[in_base:]:
        attendance.mark_excused(store, session.id, ids[name], "vắng cả đại hội (tình huống)")
    arrive = BALLOT_AT - timedelta(hours=1)
    for member_id in [*helpers, *(ids[n] for n in names[:in_base])][:present]:
        attendance.check_in(store, session.id, member_id, at=arrive)
    return ids, helpers[0]


def _enter_ballots(
    store: store_mod.Store,
    round_id: elections.RoundId,
    form: BallotForm,
    ids: Mapping[str, MemberId],
    ballots: list[Any],
) -> None:
    for index, entry in enumerate(ballots):
        where = f"ballots[{index}]"
        if not isinstance(entry, dict):
            raise ValidationError("invalid", where, entry)
        times = entry.get("count", 1)
        if not isinstance(times, int) or isinstance(times, bool) or times < 0:
            raise ValidationError("invalid_count", f"{where}.count", times)
        flags: dict[str, Any] = {flag: bool(entry.get(flag, False)) for flag in _FLAGS}
        chosen, marks = entry.get("chosen", []), entry.get("marks", {})
        if not isinstance(chosen, list) or not all(isinstance(n, str) for n in chosen):
            raise ValidationError("invalid", f"{where}.chosen", chosen)
        if not isinstance(marks, dict) or not all(isinstance(m, str) for m in marks.values()):
            raise ValidationError("invalid", f"{where}.marks", marks)
        try:
            if form is BallotForm.SURPLUS:
                reading: dict[str, Any] = {"chosen": [ids[n] for n in chosen]}
            else:
                reading = {"marks": {ids[n]: Mark(m) for n, m in marks.items()}}
        except KeyError as exc:
            raise ValidationError("unknown_candidate", where, exc.args[0]) from None
        except ValueError:
            raise ValidationError("unknown_value", f"{where}.marks", marks) from None
        for _ in range(times):
            elections.enter_ballot(store, round_id, **reading, **flags)


def _whole(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _counts(value: object, field: str) -> dict[str, int]:
    """An object of whole counts by name (reason or candidate), else refused naming it."""
    if not isinstance(value, dict):
        raise ValidationError("invalid", field, value)
    for key, count in value.items():
        if not _whole(count):
            raise ValidationError("invalid_count", f"{field}.{key}", count)
    return dict(value)


def _enter_totals(
    store: store_mod.Store,
    round_id: elections.RoundId,
    ids: Mapping[str, MemberId],
    totals: Mapping[str, Any],
) -> None:
    collected = _need(totals, "collected", int)
    reasons = _counts(totals.get("invalid_reasons", {}), "totals.invalid_reasons")
    invalid = totals.get("invalid", sum(reasons.values()))
    if invalid != sum(reasons.values()):
        raise ValidationError("sum_mismatch", "invalid_reasons", sum(reasons.values()))
    valid = totals.get("valid", collected - invalid)
    if not _whole(valid) or valid + invalid != collected:
        raise ValidationError("sum_mismatch", "invalid", invalid)
    votes = _counts(totals.get("votes", {}), "totals.votes")
    unknown = [name for name in votes if name not in ids]
    if unknown:
        raise ValidationError("unknown_candidate", "totals.votes", unknown[0])
    totals_entry.enter_totals(
        store,
        round_id,
        collected=collected,
        invalid_reasons=reasons,
        votes={ids[name]: n for name, n in votes.items()},
    )


def _target(case: Mapping[str, Any], names: list[str], seats: int) -> Target:
    if "target" in case:
        try:
            return Target(case["target"])
        except ValueError:
            raise ValidationError("unknown_value", "target", case["target"]) from None
    return Target.CELL_SECRETARY if seats == 1 and len(names) == 1 else Target.DELEGATE


def count_in_store(store: store_mod.Store, case: Mapping[str, Any]) -> tuple[Tally, dict[str, str]]:
    """Set the case up in an empty congress file and count it; returns the
    count and the candidates' names by ``str(member_id)``."""
    names = _need(case, "candidates", list)
    if not all(isinstance(n, str) and n.strip() for n in names):
        raise ValidationError("invalid", "candidates", names)
    seats = _need(case, "seats", int)
    base = _need(case, "majority_base", int)
    issued = _need(case, "issued", int)
    if issued > base:
        raise ValidationError("above_voters_present", "issued", issued)
    ids, teller = _roster(store, names, base, max(issued, 1))
    election = elections.create_election(store, _target(case, names, seats), "Tình huống", seats)
    unmarked = case.get("single_unmarked_invalid")
    opened = elections.open_round(
        store,
        election.id,
        list(ids.values()),
        [teller],
        at=BALLOT_AT,
        single_unmarked_invalid=None if unmarked is None else bool(unmarked),
    )
    if "form" in case and str(opened.form) != case["form"]:
        raise ValidationError("conflict", "form", case["form"])
    elections.start_ballot(store, opened.id, issued, at=BALLOT_AT)
    if "ballots" in case:
        _enter_ballots(store, opened.id, opened.form, ids, _need(case, "ballots", list))
    elif "totals" in case:
        _enter_totals(store, opened.id, ids, _need(case, "totals", dict))
    else:
        raise ValidationError("missing", "ballots")
    return elections.count(store, opened.id), {str(v): k for k, v in ids.items()}


def as_expected(result: Tally, names: Mapping[str, str]) -> dict[str, Any]:
    """The count with the keys and shapes of the case file's ``expected``."""
    return {
        "collected": result.collected,
        "valid": result.valid,
        "invalid": result.invalid,
        "invalid_reasons": dict(result.invalid_reasons),
        "votes": {names[k]: v for k, v in result.votes.items()},
        "percent": {names[k]: format_percent(v) for k, v in result.percent.items()},
        "elected": [names[k] for k in result.elected],
        "tied": [names[k] for k in result.tied],
        "open_seats": result.open_seats,
    }


def count_case(case: Mapping[str, Any]) -> dict[str, Any]:
    """Count one case in a throw-away congress file; the result as ``expected`` shows it."""
    if not isinstance(case, Mapping):
        raise ValidationError("not_object", "case", type(case).__name__)
    with (
        tempfile.TemporaryDirectory(prefix="secretariat-count-") as folder,
        store_mod.create(Path(folder) / "count.daihoi", actor="count") as st,
    ):
        result, names = count_in_store(st, case)
    return as_expected(result, names)
