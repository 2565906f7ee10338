"""Show-of-hands votes (biểu quyết): the list and recording results.

190-QĐ/TW Điều 3 lists what a congress decides by show of hands. When a vote
is held, the majority base with its breakdown and the full members in the hall
are frozen on the vote (docs/domain/rules.md section 2, last bullet): a later change of
attendance does not rewrite a past vote. Votes are kept in one list in
programme order; each action returns what it replaced.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import fields
from datetime import datetime
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import object_session

from secretariat import models
from secretariat.domain import AgendaItemId, AgendaItemRow, VoteId, VoteRow
from secretariat.errors import NotFound, ValidationError
from secretariat.rules import majority
from secretariat.rules.votes import VoteResult, verdict
from secretariat.services import agenda, attendance
from secretariat.store import Store, UnitOfWork

MAX_SUBJECT = 500
MAX_NOTE = 20_000
# The numbers frozen when a vote is held (VoteRow and the vote table share the names).
FROZEN = majority.FROZEN
_RESULT = ("yes", "no", "other", "held_at")  # and the frozen base (attendance.drop_base)
_VALUES = tuple(f.name for f in fields(VoteRow) if f.name not in ("id", "position", "frozen"))

# Counts (yes, no, other) from the full members present when the vote is held.
Counts = Callable[[int], tuple[int, int, int]]


class VoteKind(StrEnum):
    """The votes the procedure requires, so the completeness check can ask for each
    (docs/domain/procedure.md "Elections": each is decided by show of hands and recorded;
    190-QĐ/TW Điều 3). A vote of no special kind has ``kind == ""``."""

    COMMITTEE_SIZE = "committee_size"  # số lượng cấp ủy (Điều lệ Đảng Điều 10)
    TELLERS = "tellers"  # Ban kiểm phiếu, once per congress (190-QĐ/TW Điều 8)
    ELECTION_LIST = "election_list"  # the list of one election (190-QĐ/TW Điều 14)
    RESOLUTION = "resolution"  # the adoption of the resolution


def _row(v: models.Vote) -> VoteRow:
    session = object_session(v)
    assert session is not None
    values = {name: getattr(v, name) for name in _VALUES}
    values["held_at"] = datetime.fromisoformat(v.held_at) if v.held_at else None
    item = v.agenda_item_id
    values["agenda_item_id"] = AgendaItemId(item) if item is not None else None
    values["frozen"] = attendance.frozen_of(session, v.frozen_base_id)
    return VoteRow(id=VoteId(v.id), position=v.position, **values)


def _write(v: models.Vote, row: VoteRow) -> None:
    for name in _VALUES:
        setattr(v, name, getattr(row, name))
    v.held_at = row.held_at.replace(microsecond=0).isoformat() if row.held_at else None


def _journal(row: VoteRow) -> dict[str, object]:
    out: dict[str, object] = {f.name: getattr(row, f.name) for f in fields(VoteRow)}
    out["held_at"] = row.held_at.isoformat() if row.held_at else None
    # The frozen base as flat numbers, as the journal always had them, and its row.
    out["frozen"] = row.frozen.id if row.frozen else None
    out.update({name: getattr(row, name) for name in FROZEN})
    return out


def _votes(uow: UnitOfWork) -> list[models.Vote]:
    return list(
        uow.session.scalars(select(models.Vote).order_by(models.Vote.position, models.Vote.id))
    )


def _renumber(votes: Sequence[models.Vote]) -> None:
    for position, vote in enumerate(votes, start=1):
        vote.position = position


def _get(uow: UnitOfWork, vote_id: VoteId) -> models.Vote:
    vote = uow.session.get(models.Vote, vote_id)
    if vote is None:
        raise NotFound("vote", vote_id)
    return vote


def _require_item(uow: UnitOfWork, item_id: AgendaItemId | None) -> None:
    if item_id is not None and uow.session.get(models.AgendaItem, item_id) is None:
        raise NotFound("agenda_item", item_id)


def _clean_subject(subject: str) -> str:
    text = " ".join(subject.split())
    if not text:
        raise ValidationError("missing", "subject", subject)
    if len(text) > MAX_SUBJECT:
        raise ValidationError("too_long", "subject", text[:40])
    return text


# --- reading --------------------------------------------------------------------------


def list_votes(store: Store, agenda_item_id: AgendaItemId | None = None) -> list[VoteRow]:
    """Every vote in order, or only those of one agenda item."""
    with store.read() as s:
        query = select(models.Vote).order_by(models.Vote.position, models.Vote.id)
        if agenda_item_id is not None:
            query = query.where(models.Vote.agenda_item_id == agenda_item_id)
        # The bases in one read, held here so each vote finds its own without one.
        bases = list(s.scalars(select(models.FrozenBase)))
        rows = [_row(v) for v in s.scalars(query)]
        del bases
        return rows


def get_vote(store: Store, vote_id: VoteId) -> VoteRow:
    with store.read() as s:
        vote = s.get(models.Vote, vote_id)
        if vote is None:
            raise NotFound("vote", vote_id)
        return _row(vote)


def result(row: VoteRow) -> VoteResult:
    """Passed or not, the percent and the warnings of a held vote (docs/domain/rules.md 3)."""
    if (
        row.yes is None
        or row.no is None
        or row.other is None
        or row.base is None
        or row.voters_present is None
    ):
        raise ValidationError("not_held", "vote_id", row.id)
    return verdict(row.yes, row.no, row.other, row.base, row.voters_present)


# --- the list -------------------------------------------------------------------------


def _insert_at(uow: UnitOfWork, votes: Sequence[models.Vote], item_id: int | None) -> int:
    """Where a new vote goes: after the votes of its item and earlier items."""
    if item_id is None:
        return len(votes)
    query = select(models.AgendaItem.id, models.AgendaItem.position)
    where = {ident: position for ident, position in uow.session.execute(query)}
    mine = where[item_id]
    placed = [where[v.agenda_item_id] if v.agenda_item_id is not None else None for v in votes]
    before = [n for n, p in enumerate(placed) if p is not None and p <= mine]
    if before:
        return before[-1] + 1
    after = [n for n, p in enumerate(placed) if p is not None and p > mine]
    return after[0] if after else len(votes)


def _add(uow: UnitOfWork, subject: str, item_id: AgendaItemId | None, kind: str = "") -> VoteRow:
    votes = _votes(uow)
    vote = models.Vote(agenda_item_id=item_id, position=0, subject=subject, note="", kind=kind)
    uow.session.add(vote)
    votes.insert(_insert_at(uow, votes, item_id), vote)
    _renumber(votes)
    uow.session.flush()
    return _row(vote)


# The ``*_in`` functions work inside a caller's unit of work, so that a vote and
# what links to it (a list's approval, an amendment, the adoption) are written in
# one transaction: a crash leaves both or neither. Each journals its own lines.


def add_vote(store: Store, subject: str, agenda_item_id: AgendaItemId | None = None) -> VoteRow:
    """A new vote, not yet held, in programme order."""
    with store.action("vote.add") as uow:
        return add_in(uow, subject, agenda_item_id)


def add_in(
    uow: UnitOfWork,
    subject: str,
    agenda_item_id: AgendaItemId | None,
    kind: VoteKind | None = None,
) -> VoteRow:
    """``add_vote`` inside the caller's unit of work (``kind``: what it decides)."""
    text = _clean_subject(subject)
    _require_item(uow, agenda_item_id)
    row = _add(uow, text, agenda_item_id, str(kind) if kind else "")
    uow.journal("vote", row.id, None, _journal(row))
    return row


def update_subject(store: Store, vote_id: VoteId, subject: str) -> VoteRow:
    """Reword a vote; returns the row as before."""
    text = _clean_subject(subject)
    with store.action("vote.update_subject") as uow:
        vote = _get(uow, vote_id)
        before = _row(vote)
        vote.subject = text
        uow.journal("vote", vote_id, _journal(before), _journal(_row(vote)))
    return before


def update_note(store: Store, vote_id: VoteId, note: str) -> VoteRow:
    """The secretary's note on a vote; returns the row as before."""
    if len(note) > MAX_NOTE:
        raise ValidationError("too_long", "note", note[:40])
    with store.action("vote.update_note") as uow:
        vote = _get(uow, vote_id)
        before = _row(vote)
        vote.note = note.strip()
        uow.journal("vote", vote_id, _journal(before), _journal(_row(vote)))
    return before


def remove_vote(store: Store, vote_id: VoteId) -> VoteRow:
    """Take a vote out of the list; returns it whole."""
    with store.action("vote.remove") as uow:
        return remove_in(uow, vote_id)


def remove_in(uow: UnitOfWork, vote_id: VoteId) -> VoteRow:
    """``remove_vote`` inside the caller's unit of work."""
    vote = _get(uow, vote_id)
    row = _row(vote)
    attendance.drop_base(vote)
    uow.session.delete(vote)
    uow.session.flush()
    _renumber(_votes(uow))
    uow.journal("vote", vote_id, _journal(row), None)
    return row


# --- results --------------------------------------------------------------------------


def _count(name: str, value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ValidationError("invalid", name, value)
    return value


def _freeze(vote: models.Vote, store: Store, moment: datetime) -> None:
    """Record the base and the voters present at ``moment`` on the vote."""
    vote.held_at = moment.isoformat()
    attendance.freeze_base(vote, store, moment)


def _hold(
    store: Store, action: str, vote_id: VoteId, counts: Counts, at: datetime | None
) -> tuple[VoteRow, VoteRow]:
    with store.action(action) as uow:
        return _hold_in(uow, store, vote_id, counts, at)


def _hold_in(
    uow: UnitOfWork, store: Store, vote_id: VoteId, counts: Counts, at: datetime | None
) -> tuple[VoteRow, VoteRow]:
    vote = _get(uow, vote_id)
    before = _row(vote)
    # A vote already held keeps its moment and base when its counts are
    # corrected; only an explicit ``at`` holds it again at another moment.
    if vote.held_at is None or at is not None:
        _freeze(vote, store, (at or uow.now()).replace(microsecond=0))
    frozen = attendance.frozen_of(uow.session, vote.frozen_base_id)
    present = frozen.voters_present if frozen else 0
    yes, no, other = counts(present)
    if yes + no + other > present:
        raise ValidationError("more_than_present", "yes", yes + no + other)
    vote.yes, vote.no, vote.other = yes, no, other
    after = _row(vote)
    uow.journal("vote", vote_id, _journal(before), _journal(after))
    return before, after


def hold(
    store: Store,
    vote_id: VoteId,
    yes: int,
    no: int,
    other: int,
    at: datetime | None = None,
) -> tuple[VoteRow, VoteRow]:
    """Record a result with the base frozen at ``at`` (default: now).

    Refuses more hands than full members present (docs/domain/rules.md section 3).
    Returns the row before and after.
    """
    with store.action("vote.hold") as uow:
        return hold_in(uow, store, vote_id, yes, no, other, at)


def hold_in(
    uow: UnitOfWork,
    store: Store,
    vote_id: VoteId,
    yes: int,
    no: int,
    other: int,
    at: datetime | None = None,
) -> tuple[VoteRow, VoteRow]:
    """``hold`` inside the caller's unit of work (``store`` reads the attendance)."""
    given = (_count("yes", yes), _count("no", no), _count("other", other))
    return _hold_in(uow, store, vote_id, lambda present: given, at)


def all_in_favour(
    store: Store, vote_id: VoteId, at: datetime | None = None
) -> tuple[VoteRow, VoteRow]:
    """The common case in one key: every full member present in favour."""
    return _hold(store, "vote.all_in_favour", vote_id, lambda present: (present, 0, 0), at)


def clear_result(store: Store, vote_id: VoteId) -> VoteRow:
    """Forget a vote's result and frozen base; returns the row as before."""
    with store.action("vote.clear_result") as uow:
        vote = _get(uow, vote_id)
        before = _row(vote)
        for name in _RESULT:
            setattr(vote, name, None)
        attendance.drop_base(vote)
        uow.journal("vote", vote_id, _journal(before), _journal(_row(vote)))
    return before


# --- the default votes ----------------------------------------------------------------

# Items whose title does not say what is voted on (the election list is voted on
# by show of hands before the secret ballot, docs/domain/rules.md 4.2).
_SUBJECTS = {"elections": "Biểu quyết thông qua danh sách bầu cử"}
# The show-of-hands votes of the elections item before any ballot: the number to
# elect, then the vote-counting committee (docs/domain/procedure.md "Elections"; 190-QĐ/TW
# Điều 8). Each election's list is voted when it is approved (nominations.approve_list).
ELECTION_VOTES = (
    (VoteKind.COMMITTEE_SIZE, "Biểu quyết số lượng cấp ủy nhiệm kỳ mới"),
    (VoteKind.TELLERS, "Biểu quyết thông qua danh sách Ban kiểm phiếu"),
)
# The subject the default list vote had before the list votes came from the
# approvals (a file made then still has it; an approval takes it over).
OLD_LIST_SUBJECT = _SUBJECTS["elections"]
_VERBS = ("Bầu", "Thông qua")  # "Bầu Đoàn Chủ tịch…" → "Biểu quyết bầu Đoàn Chủ tịch…"
_NOUNS = ("Báo cáo", "Chương trình", "Quy chế", "Danh sách", "Nghị quyết", "Biên bản")


def _lower_lead(title: str, words: Sequence[str]) -> str | None:
    for lead in words:
        if title == lead or title.startswith(lead + " "):
            return lead.lower() + title[len(lead) :]
    return None


def default_subject(item: AgendaItemRow) -> str:
    """The subject of an item's vote, from its title, in the congress's wording."""
    if item.code in _SUBJECTS:
        return _SUBJECTS[item.code]
    title = " ".join(item.title.split())
    if title.startswith("Biểu quyết"):
        return title
    verb = _lower_lead(title, _VERBS)
    if verb is not None:
        return f"Biểu quyết {verb}"
    noun = _lower_lead(title, _NOUNS)
    return f"Biểu quyết thông qua {noun if noun is not None else title}"


def seed_default_votes(store: Store) -> list[VoteRow]:
    """One vote for each agenda item that needs one, for a congress with no votes."""
    items = [i for i in agenda.list_items(store) if i.needs_vote]
    with store.action("vote.seed") as uow:
        if _votes(uow):
            raise ValidationError("votes_not_empty")
        created = []
        for i in items:
            if i.code == "elections":
                created += [_add(uow, subject, i.id, str(kind)) for kind, subject in ELECTION_VOTES]
            else:
                kind = str(VoteKind.RESOLUTION) if i.code == "resolution" else ""
                created.append(_add(uow, _clean_subject(default_subject(i)), i.id, kind))
        uow.journal("vote", "*", None, [_journal(r) for r in created])
    return created


def waiting_in(uow: UnitOfWork, kind: VoteKind, item_id: AgendaItemId | None) -> VoteId | None:
    """A vote of ``kind`` not yet held that an action may take over instead of adding
    one (the default list vote of an older file counts as a list vote)."""
    query = select(models.Vote).where(models.Vote.held_at.is_(None))
    for vote in uow.session.scalars(query.order_by(models.Vote.position, models.Vote.id)):
        old_default = (
            kind is VoteKind.ELECTION_LIST
            and vote.kind == ""
            and vote.subject == OLD_LIST_SUBJECT
            and (item_id is None or vote.agenda_item_id == item_id)
        )
        if vote.kind == str(kind) or old_default:
            return VoteId(vote.id)
    return None


def take_over_in(uow: UnitOfWork, vote_id: VoteId, subject: str, kind: VoteKind) -> VoteRow:
    """Give a waiting vote its subject and kind (inside the caller's unit of work)."""
    vote = _get(uow, vote_id)
    before = _row(vote)
    vote.subject = _clean_subject(subject)
    vote.kind = str(kind)
    after = _row(vote)
    uow.journal("vote", vote_id, _journal(before), _journal(after))
    return after
