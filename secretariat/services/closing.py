"""Closing the congress: the record frozen, an explicit reopen, the journal's fingerprint.

Once the congress is closed every service action is refused with
``ValidationError("congress_closed")`` (the check sits in
:meth:`secretariat.store.Store.action`, so no action can forget it); only
:func:`reopen_congress`, which needs a reason and is journaled like any other
action, opens it again. The fingerprint is a short form of the journal's head
hash: it changes with every recorded change, and each exported document prints
it, so a printed copy can be matched to the state of the file it came from.
Since the journal's lines carry the state digest, the head pins the data too
(docs/tamper-evidence.md).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from secretariat import models
from secretariat.errors import ValidationError
from secretariat.store import GENESIS_HASH, Store

CLOSE = "congress.close"
REOPEN = "congress.reopen"
MAX_REASON = 500
FINGERPRINT_CHARS = 12  # 48 bits of the head hash, read aloud in three groups of four
STAMP_LABEL = "Mã đối chiếu tệp đại hội"
# A congress rebuilt from a JSON archive starts a new journal: its documents say
# that the history before the import is not carried (docs/tamper-evidence.md).
ARCHIVE_IMPORT = "archive.import"
REBUILT_NOTE = "dựng lại từ bản lưu JSON, không mang lịch sử trước khi nhập"


@dataclass(frozen=True, slots=True)
class ClosingState:
    """Whether the congress is closed, and since when (local time)."""

    closed_at: datetime | None = None

    @property
    def closed(self) -> bool:
        return self.closed_at is not None


@dataclass(frozen=True, slots=True)
class Reopening:
    """One journaled reopen: when (UTC, as the journal keeps it), who, and why."""

    at: str
    actor: str
    reason: str


def _state(row: models.Closing | None) -> ClosingState:
    if row is None or row.closed_at is None:
        return ClosingState()
    return ClosingState(datetime.fromisoformat(row.closed_at))


def _json(state: ClosingState) -> dict[str, object]:
    return {"closed_at": state.closed_at.isoformat() if state.closed_at else None}


def state(store: Store) -> ClosingState:
    with store.read() as s:
        return _state(s.get(models.Closing, 1))


def is_closed(store: Store) -> bool:
    return state(store).closed


def close_congress(store: Store, at: datetime | None = None) -> ClosingState:
    """Freeze the record at ``at`` (default now); returns the state before.

    Refused on a closed congress (``congress_closed``, by the store).
    """
    with store.action(CLOSE) as uow:
        row = uow.session.get(models.Closing, 1)
        before = _state(row)
        moment = (at or uow.now()).replace(microsecond=0).isoformat()
        if row is None:
            uow.session.add(models.Closing(id=1, closed_at=moment))
        else:
            row.closed_at = moment
        uow.journal("closing", 1, _json(before), {"closed_at": moment})
    return before


def reopen_congress(store: Store, reason: str) -> ClosingState:
    """Open a closed congress again, for a stated reason; returns the state before.

    Refused when the congress is not closed (``not_closed``) or the reason is
    empty (``missing``). The reason is kept in the journal.
    """
    text = " ".join(reason.split())
    if not text:
        raise ValidationError("missing", "reason", reason)
    if len(text) > MAX_REASON:
        raise ValidationError("too_long", "reason", text[:40])
    with store.action(REOPEN) as uow:
        row = uow.session.get(models.Closing, 1)
        before = _state(row)
        if row is None or not before.closed:
            raise ValidationError("not_closed", "congress", None)
        row.closed_at = None
        uow.journal("closing", 1, _json(before), {"closed_at": None, "reason": text})
    return before


def reopenings(store: Store) -> list[Reopening]:
    """Every reopen of the congress, oldest first, with its reason."""
    with store.read() as s:
        rows = s.execute(
            select(models.JournalEntry.at, models.JournalEntry.actor, models.JournalEntry.after)
            .where(models.JournalEntry.action == REOPEN)
            .order_by(models.JournalEntry.id)
        ).all()
    out = []
    for at, actor, after in rows:
        values = json.loads(after) if after else {}
        out.append(Reopening(at, actor, str(values.get("reason", ""))))
    return out


# --- the fingerprint ----------------------------------------------------------------------


def head_hash(store: Store) -> str:
    """The hash of the journal's last line (the genesis hash for an empty journal)."""
    with store.read() as s:
        last = s.scalar(
            select(models.JournalEntry.hash).order_by(models.JournalEntry.id.desc()).limit(1)
        )
    return last or GENESIS_HASH


def short_fingerprint(digest: str) -> str:
    """ "3F2A-91C0-7B4E": the first 12 hex digits of ``digest`` in groups of four."""
    head = digest[:FINGERPRINT_CHARS].upper()
    return "-".join(head[i : i + 4] for i in range(0, len(head), 4))


def fingerprint(store: Store) -> str:
    """The short fingerprint of the journal's head: changes with every recorded change."""
    return short_fingerprint(head_hash(store))


def rebuilt_from_archive(store: Store) -> bool:
    """Whether this congress file was rebuilt from a JSON archive (its history not carried)."""
    with store.read() as s:
        found = s.scalar(
            select(models.JournalEntry.id)
            .where(models.JournalEntry.action == ARCHIVE_IMPORT)
            .limit(1)
        )
    return found is not None


def stamp_text(store: Store) -> str:
    """The line printed on every exported document.

    The fingerprint is the head of the journal's chain, which binds the state
    digest of the data (``secretariat.state_digest``): a direct edit of any row
    is found by ``verify`` against it, and ``verify --code`` checks a file
    against the code on a signed sheet.
    """
    text = f"{STAMP_LABEL}: {fingerprint(store)}"
    if rebuilt_from_archive(store):
        text += f" ({REBUILT_NOTE})"
    return text
