"""The election and its rounds: create, remove, reinstate; open a round with its
list and tellers; read them back.

190-QĐ/TW Điều 8 (vote-counting committee) and 14 (the list); docs/domain/rules.md 1
and 2.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import func, select

from secretariat import models
from secretariat.domain import MemberId
from secretariat.errors import NotFound, ValidationError
from secretariat.rules import eligibility
from secretariat.rules.ballots import BallotForm
from secretariat.rules.collation import ballot_key
from secretariat.rules.elections import MAX_COMMITTEE, counting_committee_ok
from secretariat.services import attendance
from secretariat.services._rows import member_row
from secretariat.services.elections._common import (
    MAX_TITLE,
    ROUND_REASONS,
    check_distinct,
    count_value,
    load_election,
    load_member,
    load_round,
    round_papers,
)
from secretariat.services.elections.rows import (
    BallotRow,
    ElectionId,
    ElectionRow,
    ElectionStatus,
    EntryMode,
    RoundId,
    RoundRow,
    Target,
    ballot_row_of,
    election_json,
    election_row_of,
    round_json,
    round_row_of,
    setting_value,
    surplus_verdict,
)
from secretariat.store import Store, UnitOfWork

# --- reading --------------------------------------------------------------------------


def list_elections(store: Store) -> list[ElectionRow]:
    with store.read() as s:
        query = select(models.Election).order_by(models.Election.position, models.Election.id)
        return [election_row_of(e) for e in s.scalars(query)]


def list_rounds(store: Store, election_id: ElectionId) -> list[RoundRow]:
    with store.read() as s:
        query = (
            select(models.ElectionRound)
            .where(models.ElectionRound.election_id == election_id)
            .order_by(models.ElectionRound.round_no)
        )
        return [round_row_of(s, r) for r in s.scalars(query)]


def get_round(store: Store, round_id: RoundId) -> RoundRow:
    with store.read() as s:
        r = s.get(models.ElectionRound, round_id)
        if r is None:
            raise NotFound("election_round", round_id)
        return round_row_of(s, r)


def get_election(store: Store, election_id: ElectionId) -> ElectionRow:
    with store.read() as s:
        election = s.get(models.Election, election_id)
        if election is None:
            raise NotFound("election", election_id)
        return election_row_of(election)


def list_ballots(store: Store, round_id: RoundId, pass_no: int = 1) -> list[BallotRow]:
    """The stored papers of one pass in serial order (pass 1: the appendix of the minutes)."""
    with store.read() as s:
        query = (
            select(models.BallotPaper)
            .where(models.BallotPaper.round_id == round_id, models.BallotPaper.pass_no == pass_no)
            .order_by(models.BallotPaper.serial)
        )
        return [ballot_row_of(b) for b in s.scalars(query)]


# --- the election and its round -------------------------------------------------------


def create_election(
    store: Store, target: Target | str, title: str, seats: int, *, alternates: int = 0
) -> ElectionRow:
    """A new election at the end of the list (undo: ``remove_election``).

    A committee has at most ``MAX_COMMITTEE`` seats (294-QĐ/TW mục 22);
    ``alternates`` (dự khuyết) only for delegates (190-QĐ/TW Điều 18), else
    ``alternates_not_allowed``.
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
    count_value(seats, "seats", least=1)
    count_value(alternates, "alternates")
    if kind is Target.COMMITTEE and seats > MAX_COMMITTEE:
        raise ValidationError("above_max", "seats", seats)
    if alternates and kind is not Target.DELEGATE:
        raise ValidationError("alternates_not_allowed", "alternates", alternates)
    with store.action("election.create") as uow:
        last = uow.session.scalar(select(func.max(models.Election.position)))
        election = models.Election(
            target=str(kind),
            title=text,
            seats=seats,
            position=(last or 0) + 1,
            status=str(ElectionStatus.PREPARING),
            alternates=alternates,
            appointed_note="",
            ratified_note="",
        )
        uow.session.add(election)
        uow.session.flush()
        row = election_row_of(election)
        uow.journal("election", row.id, None, election_json(row))
    return row


def remove_election(store: Store, election_id: ElectionId) -> ElectionRow:
    """Take out an election with no round yet (undo of ``create_election``)."""
    with store.action("election.remove") as uow:
        election = load_election(uow, election_id)
        has_round = uow.session.scalar(
            select(func.count())
            .select_from(models.ElectionRound)
            .where(models.ElectionRound.election_id == election_id)
        )
        if has_round:
            raise ValidationError("has_rounds", "election_id", election_id)
        row = election_row_of(election)
        uow.session.delete(election)
        uow.journal("election", election_id, election_json(row), None)
    return row


def reinstate_election(store: Store, row: ElectionRow) -> ElectionRow:
    """Put a removed election back exactly as ``row``, with its id (undo of
    ``remove_election``, redo of ``create_election``). Refused when the id is
    taken (``duplicate``). Not ``election_results.restore_election``, which
    rewrites an existing election's status."""
    with store.action("election.reinstate") as uow:
        if uow.session.get(models.Election, row.id) is not None:
            raise ValidationError("duplicate", "id", row.id)
        election = models.Election(
            id=row.id,
            target=str(row.target),
            title=row.title,
            seats=row.seats,
            position=row.position,
            status=str(row.status),
            alternates=row.alternates,
            list_vote_id=row.list_vote_id,
            appointed_member_id=row.appointed_member_id,
            appointed_note=row.appointed_note,
            ratified_on=row.ratified_on.isoformat() if row.ratified_on else None,
            ratified_note=row.ratified_note,
        )
        uow.session.add(election)
        uow.session.flush()
        after = election_row_of(election)
        uow.journal("election", after.id, None, election_json(after))
    return after


def check_candidates(uow: UnitOfWork, ids: Sequence[MemberId]) -> list[models.Member]:
    """Only full members of the cell may stand (Điều lệ Đảng Điều 3; docs/domain/rules.md 1)."""
    if not ids:
        raise ValidationError("missing", "candidates")
    check_distinct(ids, "candidates")
    members = [load_member(uow, ident) for ident in ids]
    for m in members:
        refusal = eligibility.stand_refusal(member_row(m))
        if refusal is not None:
            raise ValidationError(refusal, "candidates", m.id)
    return members


def _check_tellers(
    uow: UnitOfWork, tellers: Sequence[MemberId], candidates: Sequence[MemberId], at: datetime
) -> None:
    """Full members in the hall, none on the list they count (190-QĐ/TW Điều 8)."""
    if not tellers:
        raise ValidationError("missing", "tellers")
    check_distinct(tellers, "tellers")
    on_list = counting_committee_ok([str(t) for t in tellers], [str(c) for c in candidates])
    if on_list:
        raise ValidationError("teller_on_list", "tellers", MemberId(int(on_list[0])))
    inside = attendance.members_inside_in(uow.session, at)
    for ident in tellers:
        m = member_row(load_member(uow, ident))
        refusal = eligibility.count_refusal(m, inside=m.id in inside, on_list=False)
        if refusal is not None:
            raise ValidationError(refusal, "tellers", ident)


def open_round(
    store: Store,
    election_id: ElectionId,
    candidate_member_ids: Sequence[MemberId],
    tellers: Sequence[MemberId],
    *,
    seats: int | None = None,
    congress_allowed_more: bool = False,
    single_unmarked_invalid: bool | None = None,
    at: datetime | None = None,
    reason: str | None = None,
    alternates: int | None = None,
) -> RoundRow:
    """The next round of an election with its list and vote-counting committee.

    - candidates go in ballot order (given name, family, middle, birth year;
      190-QĐ/TW Điều 14) and only full members of the cell may stand;
    - the form follows the counts: no surplus when candidates ≤ seats;
    - for a committee the size of the list is checked by ``surplus_check`` with
      the cap of the settings: above the cap is refused (``above_cap``) in the
      first round, other codes are ``warnings``;
    - tellers must be full members in the hall at ``at`` (default now), none of
      them on the list (190-QĐ/TW Điều 8); ``tellers[0]`` chairs;
    - ``seats`` defaults to the election's seats (later rounds: seats still open);
    - ``alternates`` (delegates only) defaults to the election's alternates in
      the first round, 0 later; a ballot may choose seats + alternates names;
    - ``single_unmarked_invalid`` defaults to the setting of that name;
    - ``reason``: why the round is held (None first, ``"tie"``, ``"open_seats"``:
      see ``election_results.propose_next_round``).

    Refused once the election is done or appointed (``election_closed``).
    """
    if reason not in ROUND_REASONS:
        raise ValidationError("unknown_value", "reason", reason)
    with store.action("election.open_round") as uow:
        election = load_election(uow, election_id)
        if election.status in (ElectionStatus.DONE, ElectionStatus.APPOINTED):
            raise ValidationError("election_closed", "election_id", election_id)
        seats = election.seats if seats is None else seats
        count_value(seats, "seats", least=1)
        if seats > election.seats:
            raise ValidationError("above_election_seats", "seats", seats)
        last = uow.session.scalar(
            select(func.max(models.ElectionRound.round_no)).where(
                models.ElectionRound.election_id == election_id
            )
        )
        if alternates is None:
            alternates = election.alternates if not last else 0
        count_value(alternates, "alternates")
        if alternates > election.alternates:
            raise ValidationError("above_election_seats", "alternates", alternates)
        members = check_candidates(uow, candidate_member_ids)
        _check_tellers(uow, tellers, candidate_member_ids, (at or uow.now()))
        if election.target == Target.COMMITTEE and reason is None:
            # The cap is on the election list (190 Điều 14); a later round's
            # list is the congress's decision on the seats still open.
            check = surplus_verdict(uow.session, len(members), seats, congress_allowed_more)
            if not check.ok:
                raise ValidationError(check.warning or "refused", "candidates", len(members))
        if single_unmarked_invalid is None:
            single_unmarked_invalid = bool(
                setting_value(uow.session, "elections.single_unmarked_invalid")
            )
        limit = seats + alternates
        form = BallotForm.NO_SURPLUS if len(members) <= limit else BallotForm.SURPLUS
        r = models.ElectionRound(
            election_id=election_id,
            round_no=(last or 0) + 1,
            seats=seats,
            form=str(form),
            congress_allowed_more=congress_allowed_more,
            single_unmarked_invalid=single_unmarked_invalid,
            alternates=alternates,
            reason=reason,
            entry_mode=str(EntryMode.BALLOTS),
            second_pass_finished=False,
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
        row = round_row_of(uow.session, r)
        uow.journal("election_round", row.id, None, round_json(row))
    return row


def remove_round(store: Store, round_id: RoundId) -> RoundRow:
    """Take out a round with no ballot entered (undo of ``open_round``)."""
    with store.action("election.remove_round") as uow:
        r = load_round(uow, round_id)
        if round_papers(uow, round_id):
            raise ValidationError("ballots_entered", "round_id", round_id)
        if r.totals_json is not None:
            raise ValidationError("totals_entered", "round_id", round_id)
        if r.announced_at is not None:
            raise ValidationError("announced", "round_id", round_id)
        row = round_row_of(uow.session, r)
        election = load_election(uow, ElectionId(r.election_id))
        attendance.drop_base(r)
        uow.session.delete(r)
        uow.session.flush()
        others = uow.session.scalar(
            select(func.count())
            .select_from(models.ElectionRound)
            .where(models.ElectionRound.election_id == election.id)
        )
        if not others:
            election.status = str(ElectionStatus.PREPARING)
        uow.journal("election_round", round_id, round_json(row), None)
    return row


def reinstate_round(store: Store, row: RoundRow) -> RoundRow:
    """Put a removed round back exactly as ``row``: its id, number, list in
    ballot order, tellers and issue state (undo of ``remove_round``, redo of
    ``open_round``). Refused when the id or the round number is taken
    (``duplicate``) or the election is closed (``election_closed``); papers,
    totals and the announcement are not part of a removable round.
    """
    with store.action("election.reinstate_round") as uow:
        election = load_election(uow, row.election_id)
        if election.status in (ElectionStatus.DONE, ElectionStatus.APPOINTED):
            raise ValidationError("election_closed", "election_id", row.election_id)
        if uow.session.get(models.ElectionRound, row.id) is not None:
            raise ValidationError("duplicate", "id", row.id)
        taken = uow.session.scalar(
            select(models.ElectionRound.id).where(
                models.ElectionRound.election_id == row.election_id,
                models.ElectionRound.round_no == row.round_no,
            )
        )
        if taken is not None:
            raise ValidationError("duplicate", "round_no", row.round_no)
        for c in row.candidates:
            load_member(uow, c.member_id)
        r = models.ElectionRound(
            id=row.id,
            election_id=row.election_id,
            round_no=row.round_no,
            seats=row.seats,
            form=str(row.form),
            congress_allowed_more=row.congress_allowed_more,
            single_unmarked_invalid=row.single_unmarked_invalid,
            issued=row.issued,
            held_at=row.held_at.replace(microsecond=0).isoformat() if row.held_at else None,
            alternates=row.alternates,
            reason=row.reason,
            entry_mode=str(row.entry_mode),
            second_pass_finished=row.second_pass_finished,
            fewer_ballots_reason=row.fewer_ballots_reason,
        )
        uow.session.add(r)
        uow.session.flush()
        attendance.restore_base(r, row.frozen)
        for c in row.candidates:
            uow.session.add(
                models.Candidate(round_id=r.id, member_id=c.member_id, position=c.position)
            )
        for position, ident in enumerate(row.tellers, start=1):
            uow.session.add(models.Teller(round_id=r.id, member_id=ident, position=position))
        if election.status == ElectionStatus.PREPARING:
            before = election_row_of(election)
            election.status = str(ElectionStatus.VOTING)
            uow.journal(
                "election",
                election.id,
                election_json(before),
                election_json(election_row_of(election)),
            )
        uow.session.flush()
        after = round_row_of(uow.session, r)
        uow.journal("election_round", after.id, None, round_json(after))
    return after
