"""Elections by secret ballot: the election, its round, ballot-by-ballot entry, the count.

190-QĐ/TW Điều 8 (vote-counting committee), 14 (the list), 15 (the ballot) and
30 (the count); docs/domain/rules.md 1, 2 and 4. A round is set up with its list in ballot
order and its tellers; when the ballots are issued the majority base and the
full members present are frozen on the round (docs/domain/rules.md 2, last bullet). Each
paper is then entered as the tellers read it and classified at once; the count
is always recomputed from the stored papers (docs/domain/rules.md 4.6), and the journal of
entries is the appendix of the count minutes. Each action returns what undo
needs: ``undo_ballot`` gives back the paper, ``restore_ballot`` puts it back.

Elections II (issue 6): the rows live in ``election_rows`` (re-exported here);
the blind second pass is ``enter_ballot(..., pass_no=2)`` with its queue in
``double_entry``; totals from a paper tally sheet in ``totals_entry``; the list
in ``nominations``; results over the rounds in ``election_results``.
"""

from __future__ import annotations

import json
import re
import weakref
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from secretariat import models
from secretariat.domain import MemberId
from secretariat.errors import NotFound, ValidationError
from secretariat.rules import eligibility
from secretariat.rules.ballots import Ballot, BallotForm, Mark, classify
from secretariat.rules.collation import ballot_key
from secretariat.rules.elections import (
    MAX_COMMITTEE,
    counting_committee_ok,
)
from secretariat.rules.tally import (
    SEATS_OPEN,
    TIE_AT_CUTOFF,
    Tally,
    results,
    tally,
    tally_from_totals,
)
from secretariat.services import attendance
from secretariat.services._rows import member_row
from secretariat.services.election_rows import (
    FROZEN,
    BallotEntry,
    BallotId,
    BallotRow,
    CandidateRow,
    ElectionId,
    ElectionRow,
    ElectionStatus,
    EntryMode,
    RoundId,
    RoundRow,
    RoundTotals,
    Target,
    _ballot_json,
    _ballot_row,
    _election_row,
    _round_json,
    _round_row,
    _rules_ballot,
    election_json,
    setting_value,
    surplus_verdict,
)
from secretariat.store import Store, UnitOfWork

__all__ = [  # the rows live in election_rows; they are part of this API
    "FROZEN",
    "MAX_OTHER_REASON",
    "MAX_TITLE",
    "ROUND_REASONS",
    "BallotEntry",
    "BallotId",
    "BallotRow",
    "CandidateRow",
    "ElectionId",
    "ElectionRow",
    "ElectionStatus",
    "EntryMode",
    "RoundId",
    "RoundRow",
    "RoundTotals",
    "Target",
    "check_open_for_entry",
    "count",
    "count_in",
    "create_election",
    "election_json",
    "enter_ballot",
    "get_election",
    "get_round",
    "list_ballots",
    "list_elections",
    "list_rounds",
    "open_round",
    "reinstate_election",
    "reinstate_round",
    "remove_election",
    "remove_round",
    "restore_ballot",
    "restore_round_state",
    "setting_value",
    "start_ballot",
    "surplus_verdict",
    "tally_round",
    "undo_ballot",
    "unissue",
]

MAX_TITLE = 500
MAX_OTHER_REASON = 64  # the width of ``ballot.other_reason``
ROUND_REASONS = (None, "tie", "open_seats")
_IDS = re.compile(r"\d+")


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


def get_election(store: Store, election_id: ElectionId) -> ElectionRow:
    with store.read() as s:
        election = s.get(models.Election, election_id)
        if election is None:
            raise NotFound("election", election_id)
        return _election_row(election)


def list_ballots(store: Store, round_id: RoundId, pass_no: int = 1) -> list[BallotRow]:
    """The stored papers of one pass in serial order (pass 1: the appendix of the minutes)."""
    with store.read() as s:
        query = (
            select(models.BallotPaper)
            .where(models.BallotPaper.round_id == round_id, models.BallotPaper.pass_no == pass_no)
            .order_by(models.BallotPaper.serial)
        )
        return [_ballot_row(b) for b in s.scalars(query)]


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
    _count_value(seats, "seats", least=1)
    _count_value(alternates, "alternates")
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
        row = _election_row(election)
        uow.journal("election", row.id, None, election_json(row))
    return row


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
        after = _election_row(election)
        uow.journal("election", after.id, None, election_json(after))
    return after


def _check_candidates(uow: UnitOfWork, ids: Sequence[MemberId]) -> list[models.Member]:
    """Only full members of the cell may stand (Điều lệ Đảng Điều 3; docs/domain/rules.md 1)."""
    if not ids:
        raise ValidationError("missing", "candidates")
    _distinct(ids, "candidates")
    members = [_get_member(uow, ident) for ident in ids]
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
    _distinct(tellers, "tellers")
    on_list = counting_committee_ok([str(t) for t in tellers], [str(c) for c in candidates])
    if on_list:
        raise ValidationError("teller_on_list", "tellers", MemberId(int(on_list[0])))
    inside = attendance.members_inside_in(uow.session, at)
    for ident in tellers:
        m = member_row(_get_member(uow, ident))
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
        election = _get_election(uow, election_id)
        if election.status in (ElectionStatus.DONE, ElectionStatus.APPOINTED):
            raise ValidationError("election_closed", "election_id", election_id)
        seats = election.seats if seats is None else seats
        _count_value(seats, "seats", least=1)
        if seats > election.seats:
            raise ValidationError("above_election_seats", "seats", seats)
        last = uow.session.scalar(
            select(func.max(models.ElectionRound.round_no)).where(
                models.ElectionRound.election_id == election_id
            )
        )
        if alternates is None:
            alternates = election.alternates if not last else 0
        _count_value(alternates, "alternates")
        if alternates > election.alternates:
            raise ValidationError("above_election_seats", "alternates", alternates)
        members = _check_candidates(uow, candidate_member_ids)
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
        row = _round_row(uow.session, r)
        uow.journal("election_round", row.id, None, _round_json(row))
    return row


def remove_round(store: Store, round_id: RoundId) -> RoundRow:
    """Take out a round with no ballot entered (undo of ``open_round``)."""
    with store.action("election.remove_round") as uow:
        r = _get_round(uow, round_id)
        if _papers(uow, round_id):
            raise ValidationError("ballots_entered", "round_id", round_id)
        if r.totals_json is not None:
            raise ValidationError("totals_entered", "round_id", round_id)
        if r.announced_at is not None:
            raise ValidationError("announced", "round_id", round_id)
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


def reinstate_round(store: Store, row: RoundRow) -> RoundRow:
    """Put a removed round back exactly as ``row``: its id, number, list in
    ballot order, tellers and issue state (undo of ``remove_round``, redo of
    ``open_round``). Refused when the id or the round number is taken
    (``duplicate``) or the election is closed (``election_closed``); papers,
    totals and the announcement are not part of a removable round.
    """
    with store.action("election.reinstate_round") as uow:
        election = _get_election(uow, row.election_id)
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
            _get_member(uow, c.member_id)
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
            **{name: getattr(row, name) for name in FROZEN},
            alternates=row.alternates,
            reason=row.reason,
            entry_mode=str(row.entry_mode),
            second_pass_finished=row.second_pass_finished,
            fewer_ballots_reason=row.fewer_ballots_reason,
        )
        uow.session.add(r)
        uow.session.flush()
        for c in row.candidates:
            uow.session.add(
                models.Candidate(round_id=r.id, member_id=c.member_id, position=c.position)
            )
        for position, ident in enumerate(row.tellers, start=1):
            uow.session.add(models.Teller(round_id=r.id, member_id=ident, position=position))
        if election.status == ElectionStatus.PREPARING:
            before = _election_row(election)
            election.status = str(ElectionStatus.VOTING)
            uow.journal(
                "election",
                election.id,
                election_json(before),
                election_json(_election_row(election)),
            )
        uow.session.flush()
        after = _round_row(uow.session, r)
        uow.journal("election_round", after.id, None, _round_json(after))
    return after


def _papers(
    uow: UnitOfWork, round_id: RoundId, pass_no: int | None = None
) -> list[models.BallotPaper]:
    """The papers of a round (both passes, or one), by pass then serial."""
    query = select(models.BallotPaper).where(models.BallotPaper.round_id == round_id)
    if pass_no is not None:
        query = query.where(models.BallotPaper.pass_no == pass_no)
    order = (models.BallotPaper.pass_no, models.BallotPaper.serial)
    return list(uow.session.scalars(query.order_by(*order)))


# Why a full member present at the issue got no ballot (docs/domain/documents.md §3, the count
# minutes state it); any other words of the secretary are kept as they are.
FEWER_BALLOTS_REASONS = {
    "left_hall": "vắng mặt tại hội trường khi phát phiếu",
    "declined": "không nhận phiếu bầu",
}
MAX_FEWER_REASON = 200


def fewer_ballots_text(code: str) -> str:
    """The words of a stored reason: a known code's wording, else the text itself."""
    return FEWER_BALLOTS_REASONS.get(code, code)


def congress_tellers(store: Store) -> tuple[MemberId, ...]:
    """The vote-counting committee of the congress: the tellers of the round opened
    last (chair first). It is chosen, and voted on, once per congress and counts
    every election (docs/domain/procedure.md "Elections"; 190-QĐ/TW Điều 8); a new election
    starts from it, changed only where one of them stands or has left."""
    with store.read() as s:
        last = s.scalars(
            select(models.ElectionRound.id).order_by(models.ElectionRound.id.desc())
        ).first()
        if last is None:
            return ()
        return tuple(
            MemberId(t)
            for t in s.scalars(
                select(models.Teller.member_id)
                .where(models.Teller.round_id == last)
                .order_by(models.Teller.position)
            )
        )


def start_ballot(
    store: Store,
    round_id: RoundId,
    issued: int,
    at: datetime | None = None,
    *,
    fewer_reason: str = "",
) -> tuple[RoundRow, RoundRow]:
    """Issue the ballots: freeze the base and the full members present at ``at``.

    Refuses more papers issued than full members present then (docs/domain/rules.md 4.6:
    ``above_voters_present``). Fewer papers than full members present is
    allowed, with ``fewer_reason`` saying why (a ``FEWER_BALLOTS_REASONS`` code or
    the secretary's words); the reason is dropped when nobody is missing, and
    the completeness check names a gap left without one. May be repeated to
    correct ``issued`` or the moment only while no paper is entered. Returns
    the round before and after.
    """
    _count_value(issued, "issued")
    reason = " ".join(fewer_reason.split())
    if len(reason) > MAX_FEWER_REASON:
        raise ValidationError("too_long", "fewer_reason", reason[:40])
    with store.action("election.start_ballot") as uow:
        r = _get_round(uow, round_id)
        if _papers(uow, round_id):
            raise ValidationError("ballots_entered", "round_id", round_id)
        if r.totals_json is not None:
            raise ValidationError("totals_entered", "round_id", round_id)
        before = _round_row(uow.session, r)
        moment = (at or uow.now()).replace(microsecond=0)
        counters = attendance.freeze_base(r, store, moment)
        if issued > counters.voters_present:
            raise ValidationError("above_voters_present", "issued", issued)
        r.issued = issued
        r.held_at = moment.isoformat()
        r.fewer_ballots_reason = reason if issued < counters.voters_present else ""
        after = _round_row(uow.session, r)
        uow.journal("election_round", round_id, _round_json(before), _round_json(after))
    return before, after


def restore_round_state(store: Store, row: RoundRow) -> tuple[RoundRow, RoundRow]:
    """Write back a round's issue state as in ``row``: ``issued``, ``held_at``,
    the frozen base and the voters present (undo and redo of ``start_ballot``;
    all None puts the round back before the issue). Refused once a paper or
    the totals are entered (``ballots_entered``, ``totals_entered``). Returns
    the round before and after.
    """
    with store.action("election.restore_round_state") as uow:
        r = _get_round(uow, row.id)
        if _papers(uow, row.id):
            raise ValidationError("ballots_entered", "round_id", row.id)
        if r.totals_json is not None:
            raise ValidationError("totals_entered", "round_id", row.id)
        if (row.issued is None) != (row.held_at is None):
            raise ValidationError("conflict", "issued", row.issued)
        before = _round_row(uow.session, r)
        r.issued = row.issued
        r.held_at = row.held_at.replace(microsecond=0).isoformat() if row.held_at else None
        for name in FROZEN:
            setattr(r, name, getattr(row, name))
        r.fewer_ballots_reason = row.fewer_ballots_reason
        after = _round_row(uow.session, r)
        uow.journal("election_round", row.id, _round_json(before), _round_json(after))
    return before, after


def unissue(store: Store, round_id: RoundId) -> tuple[RoundRow, RoundRow]:
    """Put a round back before the issue of its ballots (undo of the first
    ``start_ballot``): ``issued``, ``held_at`` and the base become None.
    Refused once a paper or the totals are entered."""
    current = get_round(store, round_id)
    cleared = replace(
        current,
        issued=None,
        held_at=None,
        base=None,
        base_full_summoned=None,
        base_temporary_out=None,
        base_exempt_not_present=None,
        base_suspended=None,
        base_excused=None,
        base_absent_throughout=None,
        voters_present=None,
        fewer_ballots_reason="",
    )
    assert all(getattr(cleared, name) is None for name in FROZEN)
    return restore_round_state(store, cleared)


# --- ballot papers --------------------------------------------------------------------


def _next_serial(used: set[int], issued: int) -> int:
    """The paper after the last one entered; a gap is filled once the stack is past ``issued``."""
    following = max(used, default=0) + 1
    if following <= issued:
        return following
    return next(n for n in range(1, issued + 1) if n not in used)


def teller_operator(uow: UnitOfWork, round_id: RoundId, pass_no: int = 1) -> str:
    """Who keys a pass in, by name: a teller of the round, never the computer's login
    (docs/domain/documents.md §3: "who entered it (a person)"). The chair enters
    the first pass; the next teller the blind second pass; with no teller
    recorded, the file's operator."""
    names = (
        uow.session.execute(
            select(models.Member.full_name)
            .join(models.Teller, models.Teller.member_id == models.Member.id)
            .where(models.Teller.round_id == round_id)
            .order_by(models.Teller.position)
        )
        .scalars()
        .all()
    )
    if not names:
        return uow.actor
    return names[1] if pass_no == 2 and len(names) > 1 else names[0]


def check_open_for_entry(r: models.ElectionRound) -> None:
    """Papers may change only between the issue of the ballots and the announcement."""
    if r.held_at is None or r.issued is None:
        raise ValidationError("not_started", "round_id", r.id)
    if r.announced_at is not None:
        raise ValidationError("announced", "round_id", r.id)
    if r.entry_mode == EntryMode.TOTALS:
        raise ValidationError("totals_entered", "round_id", r.id)


def _other_words(text: str | None) -> str | None:
    """Another reason as stored: a registered code, or the tellers' words with
    their spaces tidied (190-QĐ/TW Điều 15 khoản 2; ``rules.ballots.OTHER``)."""
    if text is None:
        return None
    words = " ".join(text.split())
    if not words:
        raise ValidationError("missing", "other_reason", text)
    if len(words) > MAX_OTHER_REASON:
        raise ValidationError("too_long", "other_reason", words[:40])
    return words


def _store_paper(
    uow: UnitOfWork, r: models.ElectionRound, row: BallotRow, *, resolving: bool = False
) -> BallotEntry:
    """Validate ``row`` against the round, classify it, write it; ``row.id`` 0 = new."""
    check_open_for_entry(r)
    assert r.issued is not None
    row = replace(row, other_reason=_other_words(row.other_reason))
    if row.pass_no not in (1, 2):
        raise ValidationError("unknown_value", "pass_no", row.pass_no)
    if row.pass_no == 2 and r.second_pass_finished and not resolving:
        raise ValidationError("second_pass_finished", "round_id", r.id)
    used = set(
        uow.session.scalars(
            select(models.BallotPaper.serial).where(
                models.BallotPaper.round_id == r.id, models.BallotPaper.pass_no == row.pass_no
            )
        )
    )
    if len(used) >= r.issued:
        raise ValidationError("above_issued", "collected", len(used) + 1)
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
        round_row.limit,
        single_unmarked_invalid=r.single_unmarked_invalid,
    )
    paper = models.BallotPaper(
        round_id=r.id,
        pass_no=row.pass_no,
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
    pass_no: int = 1,
    entered_by: str | None = None,
) -> BallotEntry:
    """Enter the next paper of the stack as the tellers read it (docs/domain/rules.md 4.3, 4.4).

    Surplus form: ``chosen`` are the names left unstruck (none = all struck);
    no-surplus form: ``marks`` per candidate (a missing name reads ``none``).
    The serial is the one after the last paper entered unless given. Refused:
    before ``start_ballot`` (``not_started``), a serial already used
    (``duplicate``), more papers than issued (``above_issued``), a name not on
    the list (``unknown_candidate``: a real write-in is the ``write_in`` flag),
    after the announcement (``announced``) or once totals are typed in
    (``totals_entered``). ``other_reason``: a registered reason's code, or
    the tellers' own words (at most ``MAX_OTHER_REASON`` characters) for a case
    no code names: the paper is invalid under ``rules.ballots.OTHER`` and keeps
    the words. ``pass_no=2`` is the blind second pass of the same
    stack by another operator (``services.double_entry``): it never counts, and
    is refused once finished (``second_pass_finished``). ``entered_by``: the
    teller who keys it in (default ``teller_operator``), printed in the journal.
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
            actor=(entered_by or "").strip() or teller_operator(uow, round_id, pass_no),
            chosen=picked,
            marks=read,
            not_issued=not_issued,
            write_in=write_in,
            identifying_mark=identifying_mark,
            other_reason=other_reason,
            valid=False,
            reason=None,
            pass_no=pass_no,
        )
        return _store_paper(uow, r, row)


def undo_ballot(store: Store, ballot_id: BallotId) -> BallotRow:
    """Remove exactly one paper; returns it whole for ``restore_ballot``."""
    with store.action("election.undo_ballot") as uow:
        paper = uow.session.get(models.BallotPaper, ballot_id)
        if paper is None:
            raise NotFound("ballot", ballot_id)
        if _get_round(uow, RoundId(paper.round_id)).announced_at is not None:
            raise ValidationError("announced", "round_id", paper.round_id)
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


def _seats_only(result: Tally, seats: int, majority_base: int) -> Tally:
    """A delegates' count: ``elected`` are the full delegates (alternates: ``outcome``)."""
    elected, tied, open_seats = results(result.votes, seats, majority_base)
    warnings = [w for w in result.warnings if w not in (TIE_AT_CUTOFF, SEATS_OPEN)]
    if tied:
        warnings.append(TIE_AT_CUTOFF)
    if open_seats:
        warnings.append(SEATS_OPEN)
    return replace(
        result, elected=elected, tied=tied, open_seats=open_seats, warnings=tuple(warnings)
    )


def tally_round(round_row: RoundRow, papers: Iterable[BallotRow]) -> Tally:
    """The count of a round from its stored papers (first pass only), or its
    totals in totals mode. A ballot may choose ``round_row.limit`` names (seats +
    alternates); who is elected is decided on the seats (docs/domain/rules.md 4.5).
    """
    return _tally(
        round_row, ((_rules_ballot(p, round_row.form), 1) for p in papers if p.pass_no == 1)
    )


def _tally(round_row: RoundRow, ballots: Iterable[tuple[Ballot, int]]) -> Tally:
    if round_row.issued is None or round_row.base is None:
        raise ValidationError("not_started", "round_id", round_row.id)
    common: dict[str, Any] = {
        "issued": round_row.issued,
        "majority_base": round_row.base,
        "voters_present": round_row.voters_present,
    }
    if round_row.entry_mode is EntryMode.TOTALS and round_row.totals is not None:
        t = round_row.totals
        result = tally_from_totals(
            round_row.names,
            round_row.limit,
            collected=t.collected,
            valid=t.valid,
            invalid=t.invalid,
            invalid_reasons=t.invalid_reasons,
            votes={str(k): v for k, v in t.votes.items()},
            **common,
        )
    else:
        result = tally(
            ballots,
            round_row.names,
            round_row.limit,
            single_unmarked_invalid=round_row.single_unmarked_invalid,
            **common,
        )
    if round_row.alternates:
        return _seats_only(result, round_row.seats, round_row.base)
    return result


def _grouped_readings(s: OrmSession, round_row: RoundRow) -> list[tuple[Ballot, int]]:
    """The first-pass papers as rules ballots, identical readings grouped (one
    verdict per distinct reading: a real stack repeats a few readings)."""
    query = select(
        models.BallotPaper.chosen_json,
        models.BallotPaper.marks_json,
        models.BallotPaper.not_issued,
        models.BallotPaper.write_in,
        models.BallotPaper.identifying_mark,
        models.BallotPaper.other_reason,
    ).where(models.BallotPaper.round_id == round_row.id, models.BallotPaper.pass_no == 1)
    readings: Counter[tuple[str | None, str | None, bool, bool, bool, str | None]] = Counter(
        s.execute(query).all()
    )
    out = []
    for (chosen, marks, not_issued, write_in, identifying, other), n in readings.items():
        ballot = Ballot(
            form=round_row.form,
            # A JSON list of member ids: its digits are the rules' keys.
            chosen=frozenset(_IDS.findall(chosen)) if chosen is not None else None,
            marks=json.loads(marks) if marks is not None else None,
            not_issued=not_issued,
            write_in=write_in,
            identifying_mark=identifying,
            other_reason=other,
        )
        out.append((ballot, n))
    return out


# Counts already made, by file and by (round, journal head): the journal is
# append-only and hash-chained, so its head names every state of the file, and the
# resolution, the minutes and the results sheet ask for the same announced rounds
# again and again. A head from a unit of work later rolled back is never seen again.
_COUNTS: weakref.WeakKeyDictionary[object, dict[tuple[int, str], Tally]] = (
    weakref.WeakKeyDictionary()
)
_MAX_COUNTS = 256


def forget_counts() -> None:
    """Drop the counts kept so far (bench/big_congress.py times the count itself)."""
    _COUNTS.clear()


def count_in(s: OrmSession, r: models.ElectionRound) -> Tally:
    """``count`` inside an open session (``services.election_results``)."""
    head = s.scalar(
        select(models.JournalEntry.hash).order_by(models.JournalEntry.id.desc()).limit(1)
    )
    memo = _COUNTS.setdefault(s.get_bind(), {})
    key = (r.id, head or "")
    found = memo.get(key)
    if found is not None:
        return found
    round_row = _round_row(s, r)
    result = _tally(round_row, _grouped_readings(s, round_row))
    if len(memo) >= _MAX_COUNTS:
        memo.clear()
    memo[key] = result
    return result


def count(store: Store, round_id: RoundId) -> Tally:
    """The count of a round recomputed from its stored papers (docs/domain/rules.md 4.5, 4.6).

    Only the first pass counts; in totals mode the totals typed in. Keys of
    ``votes``, ``percent``, ``elected`` and ``tied`` are ``str(member_id)`` in
    ballot order (``RoundRow.names``); the base and the voters present are
    those frozen when the ballots were issued.
    """
    with store.read() as s:  # one snapshot: the round and its papers agree
        r = s.get(models.ElectionRound, round_id)
        if r is None:
            raise NotFound("election_round", round_id)
        return count_in(s, r)
