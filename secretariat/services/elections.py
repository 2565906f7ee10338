"""Elections by secret ballot: the election, its round, ballot-by-ballot entry, the count.

190-QĐ/TW Điều 8 (vote-counting committee), 14 (the list), 15 (the ballot) and
30 (the count); rules.md 1, 2 and 4. A round is set up with its list in ballot
order and its tellers; when the ballots are issued the majority base and the
full members present are frozen on the round (rules.md 2, last bullet). Each
paper is then entered as the tellers read it and classified at once; the count
is always recomputed from the stored papers (rules.md 4.6), and the journal of
entries is the appendix of the count minutes. Each action returns what undo
needs: ``undo_ballot`` gives back the paper, ``restore_ballot`` puts it back.
"""

from __future__ import annotations

import enum
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import NewType

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from secretariat import models
from secretariat.domain import MemberId, MemberStatus, Movement
from secretariat.errors import NotFound, ValidationError
from secretariat.rules.ballots import Ballot, BallotForm, Classified, Mark, classify
from secretariat.rules.collation import ballot_key
from secretariat.rules.elections import MAX_COMMITTEE, counting_committee_ok, surplus_check
from secretariat.rules.tally import Tally, tally
from secretariat.services import attendance
from secretariat.store import Store, UnitOfWork

ElectionId = NewType("ElectionId", int)
RoundId = NewType("RoundId", int)
BallotId = NewType("BallotId", int)

MAX_TITLE = 500
FROZEN = (
    "base",
    "base_full_summoned",
    "base_temporary_out",
    "base_exempt_not_present",
    "base_suspended",
    "base_excused",
    "base_absent_throughout",
    "voters_present",
)


class Target(enum.StrEnum):
    """What an election fills (glossary); the first three match ``ElectionTarget``."""

    COMMITTEE = "committee"
    CELL_SECRETARY = "cell_secretary"
    DEPUTY_SECRETARY = "deputy_secretary"
    DELEGATE = "delegate"
    ALTERNATE = "alternate"
    POLL = "poll"  # thăm dò, lấy phiếu giới thiệu


class ElectionStatus(enum.StrEnum):
    PREPARING = "preparing"  # no round opened yet
    VOTING = "voting"  # a round is open


@dataclass(frozen=True, slots=True)
class ElectionRow:
    id: ElectionId
    target: Target
    title: str
    seats: int
    position: int
    status: ElectionStatus


@dataclass(frozen=True, slots=True)
class CandidateRow:
    member_id: MemberId
    full_name: str
    position: int  # 1-based ballot order


@dataclass(frozen=True, slots=True)
class RoundRow:
    """A round with its list (ballot order) and tellers (``tellers[0]`` chairs).

    ``issued``, ``held_at``, the base (``base_*``) and ``voters_present`` stay
    None until the ballots are issued (``start_ballot``). ``warnings`` are the
    codes of ``rules.elections.surplus_check`` for a committee list.
    """

    id: RoundId
    election_id: ElectionId
    round_no: int
    seats: int
    form: BallotForm
    candidates: tuple[CandidateRow, ...]
    tellers: tuple[MemberId, ...]
    single_unmarked_invalid: bool
    congress_allowed_more: bool
    warnings: tuple[str, ...] = ()
    issued: int | None = None
    held_at: datetime | None = None
    base: int | None = None
    base_full_summoned: int | None = None
    base_temporary_out: int | None = None
    base_exempt_not_present: int | None = None
    base_suspended: int | None = None
    base_excused: int | None = None
    base_absent_throughout: int | None = None
    voters_present: int | None = None

    @property
    def started(self) -> bool:
        return self.held_at is not None

    @property
    def names(self) -> tuple[str, ...]:
        """The candidates as the rules see them: ``str(member_id)``, in ballot order."""
        return tuple(str(c.member_id) for c in self.candidates)


@dataclass(frozen=True, slots=True)
class BallotRow:
    """One stored paper: the reading (``chosen`` or ``marks``) and the verdict at entry."""

    id: BallotId
    round_id: RoundId
    serial: int
    entered_at: datetime
    actor: str
    chosen: tuple[MemberId, ...] | None
    marks: Mapping[MemberId, Mark] | None = field(hash=False)
    not_issued: bool
    write_in: bool
    identifying_mark: bool
    other_reason: str | None
    valid: bool
    reason: str | None


@dataclass(frozen=True, slots=True)
class BallotEntry:
    """What ``enter_ballot`` stored and how the paper was classified."""

    row: BallotRow
    classified: Classified


# --- conversions ----------------------------------------------------------------------


def _election_row(e: models.Election) -> ElectionRow:
    return ElectionRow(
        id=ElectionId(e.id),
        target=Target(e.target),
        title=e.title,
        seats=e.seats,
        position=e.position,
        status=ElectionStatus(e.status),
    )


def _warnings(target: str, r: models.ElectionRound, candidates: int) -> tuple[str, ...]:
    if target != Target.COMMITTEE:
        return ()
    check = surplus_check(candidates, r.seats, congress_allowed_more=r.congress_allowed_more)
    return (check.warning,) if check.warning else ()


def _round_row(s: OrmSession, r: models.ElectionRound) -> RoundRow:
    cands = s.execute(
        select(models.Candidate.member_id, models.Member.full_name, models.Candidate.position)
        .join(models.Member, models.Member.id == models.Candidate.member_id)
        .where(models.Candidate.round_id == r.id)
        .order_by(models.Candidate.position)
    ).all()
    tellers = s.scalars(
        select(models.Teller.member_id)
        .where(models.Teller.round_id == r.id)
        .order_by(models.Teller.position)
    ).all()
    election = s.get(models.Election, r.election_id)
    assert election is not None
    return RoundRow(
        id=RoundId(r.id),
        election_id=ElectionId(r.election_id),
        round_no=r.round_no,
        seats=r.seats,
        form=BallotForm(r.form),
        candidates=tuple(CandidateRow(MemberId(m), n, p) for m, n, p in cands),
        tellers=tuple(MemberId(t) for t in tellers),
        single_unmarked_invalid=r.single_unmarked_invalid,
        congress_allowed_more=r.congress_allowed_more,
        warnings=_warnings(election.target, r, len(cands)),
        issued=r.issued,
        held_at=datetime.fromisoformat(r.held_at) if r.held_at else None,
        **{name: getattr(r, name) for name in FROZEN},
    )


def _ballot_row(b: models.BallotPaper) -> BallotRow:
    chosen = marks = None
    if b.chosen_json is not None:
        chosen = tuple(MemberId(int(m)) for m in json.loads(b.chosen_json))
    if b.marks_json is not None:
        marks = {MemberId(int(k)): Mark(v) for k, v in json.loads(b.marks_json).items()}
    return BallotRow(
        id=BallotId(b.id),
        round_id=RoundId(b.round_id),
        serial=b.serial,
        entered_at=datetime.fromisoformat(b.entered_at),
        actor=b.actor,
        chosen=chosen,
        marks=marks,
        not_issued=b.not_issued,
        write_in=b.write_in,
        identifying_mark=b.identifying_mark,
        other_reason=b.other_reason,
        valid=b.valid,
        reason=b.reason,
    )


def _ballot_json(row: BallotRow) -> dict[str, object]:
    return {
        "id": row.id,
        "round_id": row.round_id,
        "serial": row.serial,
        "entered_at": row.entered_at.isoformat(),
        "actor": row.actor,
        "chosen": list(row.chosen) if row.chosen is not None else None,
        "marks": {str(k): str(v) for k, v in row.marks.items()} if row.marks is not None else None,
        "not_issued": row.not_issued,
        "write_in": row.write_in,
        "identifying_mark": row.identifying_mark,
        "other_reason": row.other_reason,
        "valid": row.valid,
        "reason": row.reason,
    }


def _round_json(row: RoundRow) -> dict[str, object]:
    return {
        "id": row.id,
        "election_id": row.election_id,
        "round_no": row.round_no,
        "seats": row.seats,
        "form": str(row.form),
        "candidates": [[c.member_id, c.full_name] for c in row.candidates],
        "tellers": list(row.tellers),
        "single_unmarked_invalid": row.single_unmarked_invalid,
        "congress_allowed_more": row.congress_allowed_more,
        "issued": row.issued,
        "held_at": row.held_at.isoformat() if row.held_at else None,
        **{name: getattr(row, name) for name in FROZEN},
    }


def _rules_ballot(row: BallotRow, form: BallotForm) -> Ballot:
    """The paper as ``rules.ballots`` reads it: candidates are ``str(member_id)``."""
    return Ballot(
        form=form,
        chosen=frozenset(str(m) for m in row.chosen) if row.chosen is not None else None,
        marks={str(k): v for k, v in row.marks.items()} if row.marks is not None else None,
        not_issued=row.not_issued,
        write_in=row.write_in,
        identifying_mark=row.identifying_mark,
        other_reason=row.other_reason,
    )


# --- lookups --------------------------------------------------------------------------


def _get_election(uow: UnitOfWork, election_id: ElectionId) -> models.Election:
    election = uow.session.get(models.Election, election_id)
    if election is None:
        raise NotFound("election", election_id)
    return election


def _get_round(uow: UnitOfWork, round_id: RoundId) -> models.ElectionRound:
    r = uow.session.get(models.ElectionRound, round_id)
    if r is None:
        raise NotFound("election_round", round_id)
    return r


def _get_member(uow: UnitOfWork, member_id: MemberId) -> models.Member:
    member = uow.session.get(models.Member, member_id)
    if member is None:
        raise NotFound("member", member_id)
    return member


def _count_value(value: object, field_name: str, least: int = 0) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < least:
        raise ValidationError("invalid_count", field_name, value)
    return value


def _distinct(ids: Sequence[MemberId], field_name: str) -> None:
    seen: set[int] = set()
    for ident in ids:
        if ident in seen:
            raise ValidationError("duplicate", field_name, ident)
        seen.add(ident)


def _inside(uow: UnitOfWork, at: datetime) -> set[int]:
    """Members whose last check-in or check-out up to ``at`` is a check-in."""
    stamp = at.replace(microsecond=0).isoformat()
    inside: dict[int, bool] = {}
    for member_id, kind in uow.session.execute(
        select(models.MovementRow.member_id, models.MovementRow.kind)
        .where(models.MovementRow.at <= stamp)
        .order_by(models.MovementRow.at, models.MovementRow.id)
    ):
        inside[member_id] = kind == Movement.IN
    return {member_id for member_id, yes in inside.items() if yes}


# --- reading --------------------------------------------------------------------------


def list_elections(store: Store) -> list[ElectionRow]:
    with store.read() as s:
        query = select(models.Election).order_by(models.Election.position, models.Election.id)
        return [_election_row(e) for e in s.scalars(query)]


def list_rounds(store: Store, election_id: ElectionId) -> list[RoundRow]:
    with store.read() as s:
        query = (
            select(models.ElectionRound)
            .where(models.ElectionRound.election_id == election_id)
            .order_by(models.ElectionRound.round_no)
        )
        return [_round_row(s, r) for r in s.scalars(query)]


def get_round(store: Store, round_id: RoundId) -> RoundRow:
    with store.read() as s:
        r = s.get(models.ElectionRound, round_id)
        if r is None:
            raise NotFound("election_round", round_id)
        return _round_row(s, r)


def list_ballots(store: Store, round_id: RoundId) -> list[BallotRow]:
    """The stored papers of a round in serial order (the appendix of the count minutes)."""
    with store.read() as s:
        query = (
            select(models.BallotPaper)
            .where(models.BallotPaper.round_id == round_id)
            .order_by(models.BallotPaper.serial)
        )
        return [_ballot_row(b) for b in s.scalars(query)]


# --- the election and its round -------------------------------------------------------


def create_election(store: Store, target: Target | str, title: str, seats: int) -> ElectionRow:
    """A new election at the end of the list (undo: ``remove_election``).

    A committee has at most ``MAX_COMMITTEE`` seats (294-QĐ/TW mục 22).
    """
    try:
        kind = Target(target)
    except ValueError:
        raise ValidationError("unknown_value", "target", target) from None
    text = " ".join(title.split())
    if not text:
        raise ValidationError("missing", "title", title)
    if len(text) > MAX_TITLE:
        raise ValidationError("too_long", "title", text[:40])
    _count_value(seats, "seats", least=1)
    if kind is Target.COMMITTEE and seats > MAX_COMMITTEE:
        raise ValidationError("above_max", "seats", seats)
    with store.action("election.create") as uow:
        last = uow.session.scalar(select(func.max(models.Election.position)))
        election = models.Election(
            target=str(kind),
            title=text,
            seats=seats,
            position=(last or 0) + 1,
            status=str(ElectionStatus.PREPARING),
        )
        uow.session.add(election)
        uow.session.flush()
        row = _election_row(election)
        uow.journal("election", row.id, None, _election_json(row))
    return row


def _election_json(row: ElectionRow) -> dict[str, object]:
    return {
        "id": row.id,
        "target": str(row.target),
        "title": row.title,
        "seats": row.seats,
        "position": row.position,
        "status": str(row.status),
    }


def remove_election(store: Store, election_id: ElectionId) -> ElectionRow:
    """Take out an election with no round yet (undo of ``create_election``)."""
    with store.action("election.remove") as uow:
        election = _get_election(uow, election_id)
        has_round = uow.session.scalar(
            select(func.count())
            .select_from(models.ElectionRound)
            .where(models.ElectionRound.election_id == election_id)
        )
        if has_round:
            raise ValidationError("has_rounds", "election_id", election_id)
        row = _election_row(election)
        uow.session.delete(election)
        uow.journal("election", election_id, _election_json(row), None)
    return row


def _check_candidates(uow: UnitOfWork, ids: Sequence[MemberId]) -> list[models.Member]:
    """Only full members of the cell may stand (Điều lệ Đảng Điều 3; rules.md 1)."""
    if not ids:
        raise ValidationError("missing", "candidates")
    _distinct(ids, "candidates")
    members = [_get_member(uow, ident) for ident in ids]
    for m in members:
        if m.status != MemberStatus.FULL:
            raise ValidationError("probationary", "candidates", m.id)
        if m.temporary_in:
            raise ValidationError("temporary_in", "candidates", m.id)
        if m.suspended:
            raise ValidationError("suspended", "candidates", m.id)
    return members


def _check_tellers(
    uow: UnitOfWork, tellers: Sequence[MemberId], candidates: Sequence[MemberId], at: datetime
) -> None:
    """Full members in the hall, none on the list they count (190-QĐ/TW Điều 8)."""
    if not tellers:
        raise ValidationError("missing", "tellers")
    _distinct(tellers, "tellers")
    on_list = counting_committee_ok([str(t) for t in tellers], [str(c) for c in candidates])
    if on_list:
        raise ValidationError("teller_on_list", "tellers", MemberId(int(on_list[0])))
    inside = _inside(uow, at)
    for ident in tellers:
        m = _get_member(uow, ident)
        full = m.status == MemberStatus.FULL and not m.temporary_in
        if not full or m.temporary_out or m.suspended:
            raise ValidationError("not_full_member", "tellers", ident)
        if m.id not in inside:
            raise ValidationError("not_present", "tellers", ident)


def open_round(
    store: Store,
    election_id: ElectionId,
    candidate_member_ids: Sequence[MemberId],
    tellers: Sequence[MemberId],
    *,
    seats: int | None = None,
    congress_allowed_more: bool = False,
    single_unmarked_invalid: bool = True,
    at: datetime | None = None,
) -> RoundRow:
    """The next round of an election with its list and vote-counting committee.

    - candidates go in ballot order (given name, family, middle, birth year;
      190-QĐ/TW Điều 14) and only full members of the cell may stand;
    - the form follows the counts: no surplus when candidates ≤ seats;
    - for a committee the size of the list is checked by ``surplus_check``:
      above the cap is refused (``above_cap``), other codes are ``warnings``;
    - tellers must be full members in the hall at ``at`` (default now), none of
      them on the list (190-QĐ/TW Điều 8); ``tellers[0]`` chairs;
    - ``seats`` defaults to the election's seats (later rounds: seats still open).
    """
    with store.action("election.open_round") as uow:
        election = _get_election(uow, election_id)
        seats = election.seats if seats is None else seats
        _count_value(seats, "seats", least=1)
        if seats > election.seats:
            raise ValidationError("above_election_seats", "seats", seats)
        members = _check_candidates(uow, candidate_member_ids)
        _check_tellers(uow, tellers, candidate_member_ids, (at or uow.now()))
        if election.target == Target.COMMITTEE:
            check = surplus_check(len(members), seats, congress_allowed_more=congress_allowed_more)
            if not check.ok:
                raise ValidationError(check.warning or "refused", "candidates", len(members))
        last = uow.session.scalar(
            select(func.max(models.ElectionRound.round_no)).where(
                models.ElectionRound.election_id == election_id
            )
        )
        form = BallotForm.NO_SURPLUS if len(members) <= seats else BallotForm.SURPLUS
        r = models.ElectionRound(
            election_id=election_id,
            round_no=(last or 0) + 1,
            seats=seats,
            form=str(form),
            congress_allowed_more=congress_allowed_more,
            single_unmarked_invalid=single_unmarked_invalid,
        )
        uow.session.add(r)
        uow.session.flush()
        ordered = sorted(members, key=lambda m: ballot_key(m.full_name, m.birth_year))
        for position, m in enumerate(ordered, start=1):
            uow.session.add(models.Candidate(round_id=r.id, member_id=m.id, position=position))
        for position, ident in enumerate(tellers, start=1):
            uow.session.add(models.Teller(round_id=r.id, member_id=ident, position=position))
        election.status = str(ElectionStatus.VOTING)
        uow.session.flush()
        row = _round_row(uow.session, r)
        uow.journal("election_round", row.id, None, _round_json(row))
    return row


def remove_round(store: Store, round_id: RoundId) -> RoundRow:
    """Take out a round with no ballot entered (undo of ``open_round``)."""
    with store.action("election.remove_round") as uow:
        r = _get_round(uow, round_id)
        if _papers(uow, round_id):
            raise ValidationError("ballots_entered", "round_id", round_id)
        row = _round_row(uow.session, r)
        election = _get_election(uow, ElectionId(r.election_id))
        uow.session.delete(r)
        uow.session.flush()
        others = uow.session.scalar(
            select(func.count())
            .select_from(models.ElectionRound)
            .where(models.ElectionRound.election_id == election.id)
        )
        if not others:
            election.status = str(ElectionStatus.PREPARING)
        uow.journal("election_round", round_id, _round_json(row), None)
    return row


def _papers(uow: UnitOfWork, round_id: RoundId) -> list[models.BallotPaper]:
    return list(
        uow.session.scalars(
            select(models.BallotPaper)
            .where(models.BallotPaper.round_id == round_id)
            .order_by(models.BallotPaper.serial)
        )
    )


def start_ballot(
    store: Store, round_id: RoundId, issued: int, at: datetime | None = None
) -> tuple[RoundRow, RoundRow]:
    """Issue the ballots: freeze the base and the full members present at ``at``.

    Refuses more papers issued than full members present then (rules.md 4.6:
    ``above_voters_present``). May be repeated to correct ``issued`` or the
    moment only while no paper is entered. Returns the round before and after.
    """
    _count_value(issued, "issued")
    with store.action("election.start_ballot") as uow:
        r = _get_round(uow, round_id)
        if _papers(uow, round_id):
            raise ValidationError("ballots_entered", "round_id", round_id)
        before = _round_row(uow.session, r)
        moment = (at or uow.now()).replace(microsecond=0)
        counters = attendance.counters(store, moment)
        if issued > counters.voters_present:
            raise ValidationError("above_voters_present", "issued", issued)
        base = counters.base
        r.issued = issued
        r.held_at = moment.isoformat()
        r.base = base.majority_base
        r.base_full_summoned = base.full_summoned
        r.base_temporary_out = base.temporary_out
        r.base_exempt_not_present = base.exempt_not_present
        r.base_suspended = base.suspended
        r.base_excused = base.excused
        r.base_absent_throughout = base.absent_throughout
        r.voters_present = counters.voters_present
        after = _round_row(uow.session, r)
        uow.journal("election_round", round_id, _round_json(before), _round_json(after))
    return before, after


# --- ballot papers --------------------------------------------------------------------


def _next_serial(used: set[int], issued: int) -> int:
    """The paper after the last one entered; a gap is filled once the stack is past ``issued``."""
    following = max(used, default=0) + 1
    if following <= issued:
        return following
    return next(n for n in range(1, issued + 1) if n not in used)


def _store_paper(uow: UnitOfWork, r: models.ElectionRound, row: BallotRow) -> BallotEntry:
    """Validate ``row`` against the round, classify it, write it; ``row.id`` 0 = new."""
    if r.held_at is None or r.issued is None:
        raise ValidationError("not_started", "round_id", r.id)
    papers = _papers(uow, RoundId(r.id))
    if len(papers) >= r.issued:
        raise ValidationError("above_issued", "collected", len(papers) + 1)
    used = {p.serial for p in papers}
    serial = row.serial or _next_serial(used, r.issued)
    _count_value(serial, "serial", least=1)
    if serial in used:
        raise ValidationError("duplicate", "serial", serial)
    if serial > r.issued:
        raise ValidationError("above_issued", "serial", serial)
    round_row = _round_row(uow.session, r)
    verdict = classify(
        _rules_ballot(row, round_row.form),
        round_row.names,
        r.seats,
        single_unmarked_invalid=r.single_unmarked_invalid,
    )
    paper = models.BallotPaper(
        round_id=r.id,
        serial=serial,
        entered_at=row.entered_at.replace(microsecond=0).isoformat(),
        actor=row.actor,
        chosen_json=json.dumps(sorted(row.chosen)) if row.chosen is not None else None,
        marks_json=(
            json.dumps({str(k): str(v) for k, v in sorted(row.marks.items())})
            if row.marks is not None
            else None
        ),
        not_issued=row.not_issued,
        write_in=row.write_in,
        identifying_mark=row.identifying_mark,
        other_reason=row.other_reason,
        valid=verdict.valid,
        reason=verdict.reason,
    )
    if row.id:
        paper.id = row.id
    uow.session.add(paper)
    uow.session.flush()
    stored = _ballot_row(paper)
    uow.journal("ballot", stored.id, None, _ballot_json(stored))
    return BallotEntry(stored, verdict)


def _reading(
    form: BallotForm,
    chosen: Iterable[MemberId] | None,
    marks: Mapping[MemberId, Mark | str] | None,
) -> tuple[tuple[MemberId, ...] | None, dict[MemberId, Mark] | None]:
    if form is BallotForm.SURPLUS:
        if marks is not None:
            raise ValidationError("conflict", "marks", str(form))
        picked = tuple(sorted(chosen or ()))
        _distinct(picked, "chosen")
        return picked, None
    if chosen is not None:
        raise ValidationError("conflict", "chosen", str(form))
    read: dict[MemberId, Mark] = {}
    for ident, mark in (marks or {}).items():
        try:
            read[ident] = Mark(mark)
        except ValueError:
            raise ValidationError("unknown_value", f"marks[{ident}]", mark) from None
    return None, read


def enter_ballot(
    store: Store,
    round_id: RoundId,
    *,
    chosen: Iterable[MemberId] | None = None,
    marks: Mapping[MemberId, Mark | str] | None = None,
    not_issued: bool = False,
    write_in: bool = False,
    identifying_mark: bool = False,
    other_reason: str | None = None,
    serial: int | None = None,
) -> BallotEntry:
    """Enter the next paper of the stack as the tellers read it (rules.md 4.3, 4.4).

    Surplus form: ``chosen`` are the names left unstruck (none = all struck);
    no-surplus form: ``marks`` per candidate (a missing name reads ``none``).
    The serial is the one after the last paper entered unless given. Refused:
    before ``start_ballot`` (``not_started``), a serial already used
    (``duplicate``), more papers than issued (``above_issued``), a name not on
    the list (``unknown_candidate``: a real write-in is the ``write_in`` flag).
    Undo: ``undo_ballot(entry.row.id)``.
    """
    with store.action("election.enter_ballot") as uow:
        r = _get_round(uow, round_id)
        picked, read = _reading(BallotForm(r.form), chosen, marks)
        row = BallotRow(
            id=BallotId(0),
            round_id=round_id,
            serial=0 if serial is None else _count_value(serial, "serial", least=1),
            entered_at=uow.now(),
            actor=uow.actor,
            chosen=picked,
            marks=read,
            not_issued=not_issued,
            write_in=write_in,
            identifying_mark=identifying_mark,
            other_reason=other_reason,
            valid=False,
            reason=None,
        )
        return _store_paper(uow, r, row)


def undo_ballot(store: Store, ballot_id: BallotId) -> BallotRow:
    """Remove exactly one paper; returns it whole for ``restore_ballot``."""
    with store.action("election.undo_ballot") as uow:
        paper = uow.session.get(models.BallotPaper, ballot_id)
        if paper is None:
            raise NotFound("ballot", ballot_id)
        row = _ballot_row(paper)
        uow.session.delete(paper)
        uow.journal("ballot", ballot_id, _ballot_json(row), None)
    return row


def restore_ballot(store: Store, row: BallotRow) -> BallotEntry:
    """Put a removed paper back with its id, serial, time and actor (redo)."""
    with store.action("election.restore_ballot") as uow:
        if uow.session.get(models.BallotPaper, row.id) is not None:
            raise ValidationError("duplicate", "id", row.id)
        return _store_paper(uow, _get_round(uow, row.round_id), row)


# --- the count ------------------------------------------------------------------------


def count(store: Store, round_id: RoundId) -> Tally:
    """The count of a round recomputed from its stored papers (rules.md 4.5, 4.6).

    Keys of ``votes``, ``percent``, ``elected`` and ``tied`` are
    ``str(member_id)`` in ballot order (``RoundRow.names``); the base and the
    voters present are those frozen when the ballots were issued.
    """
    with store.read() as s:  # one snapshot: the round and its papers agree
        r = s.get(models.ElectionRound, round_id)
        if r is None:
            raise NotFound("election_round", round_id)
        round_row = _round_row(s, r)
        query = (
            select(models.BallotPaper)
            .where(models.BallotPaper.round_id == round_id)
            .order_by(models.BallotPaper.serial)
        )
        papers = [_ballot_row(b) for b in s.scalars(query)]
    if round_row.issued is None or round_row.base is None:
        raise ValidationError("not_started", "round_id", round_id)
    return tally(
        ((_rules_ballot(p, round_row.form), 1) for p in papers),
        round_row.names,
        round_row.seats,
        issued=round_row.issued,
        majority_base=round_row.base,
        single_unmarked_invalid=round_row.single_unmarked_invalid,
        voters_present=round_row.voters_present,
    )
