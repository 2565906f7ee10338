"""Results of an election over its rounds: announce, next round, appointment, ratification.

190-QĐ/TW Điều 18 and 30, 294-QĐ/TW mục 22; docs/domain/rules.md 4.1 and 4.5. A round's
count becomes a result once announced (``announce``: refused while
``double_entry.announce_blockers`` names anything). Seats still open carry over;
a tie at the cut-off or open seats give a proposed next round that a person
confirms by opening it; a bí thư not elected after the third round is
appointed by the superior committee (``record_appointment``), never a fourth
round. Results stay provisional until ratified (``ratify``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from secretariat import models
from secretariat.domain import MemberId
from secretariat.errors import NotFound, ValidationError
from secretariat.rules.majority import reaches_majority
from secretariat.rules.tally import Tally
from secretariat.services.elections._common import load_election, load_round
from secretariat.services.elections.counting import count_in
from secretariat.services.elections.double_entry import announce_blockers
from secretariat.services.elections.rows import (
    ElectionId,
    ElectionRow,
    ElectionStatus,
    RoundId,
    RoundRow,
    Target,
    election_json,
    election_row_of,
    round_json,
    round_row_of,
    setting_value,
)
from secretariat.store import Store, UnitOfWork

MAX_NOTE = 2000
SECRETARY_ROUNDS = 3  # 294-QĐ/TW mục 22: after the third round the superior committee appoints
ALTERNATE_RULES = ("majority_ranked", "ranked")
_Edit = Callable[[UnitOfWork, models.Election], None]


@dataclass(frozen=True, slots=True)
class RoundProposal:
    """A next round the product proposes; a person confirms it with ``open_round``.

    ``reason``: ``"tie"`` (the list restricted to the tied, for the seats they
    compete for), ``"open_seats"`` (seats still open; the candidates of the last
    round not elected, and the congress may add names) or ``"appoint"`` (bí thư:
    three rounds failed, the superior committee appoints: no round to open).
    """

    election_id: ElectionId
    round_no: int
    seats: int
    candidates: tuple[MemberId, ...]
    reason: str
    alternates: int = 0


@dataclass(frozen=True, slots=True)
class ElectedRow:
    member_id: MemberId
    full_name: str
    votes: int
    percent: Decimal  # of the round's majority base, for display
    round_no: int


@dataclass(frozen=True, slots=True)
class ElectionOutcome:
    """Who is elected over the announced rounds (delegates: and the alternates).

    ``open_seats`` are the seats no announced round filled (0 once a bí thư is
    appointed); ``open_alternates`` likewise for a delegates' election;
    ``provisional`` until the superior committee ratifies (docs/domain/rules.md 4.5).
    """

    election: ElectionRow
    elected: tuple[ElectedRow, ...]
    alternates: tuple[ElectedRow, ...]
    open_seats: int
    provisional: bool
    rounds: tuple[RoundRow, ...]
    open_alternates: int = 0
    tied: tuple[MemberId, ...] = ()  # tied at the cut-off in the last announced round
    alternates_tied: tuple[MemberId, ...] = ()  # tied for the last alternate place


# --- pure helpers ---------------------------------------------------------------------


def pick_alternates(
    votes: Mapping[str, int], exclude: set[str], places: int, base: int, rule: str
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """``(alternates, tied)`` from one round's votes (190-QĐ/TW Điều 18, unconfirmed).

    From the candidates not elected (``exclude``), highest votes first:
    ``"majority_ranked"`` takes only those above half of ``base``;
    ``"ranked"`` takes any with at least one vote. Equal votes competing for
    the last place are not declared (like a tie at the cut-off).
    """
    if rule not in ALTERNATE_RULES:
        raise ValidationError("unknown_value", "elections.alternate_rule", rule)
    if places <= 0:
        return (), ()
    pool = [
        name
        for name, n in votes.items()
        if name not in exclude and n > 0 and (rule == "ranked" or reaches_majority(n, base))
    ]
    ranked = sorted(pool, key=lambda name: -votes[name])
    if len(ranked) <= places:
        return tuple(ranked), ()
    cutoff = votes[ranked[places - 1]]
    if votes[ranked[places]] < cutoff:
        return tuple(ranked[:places]), ()
    return (
        tuple(name for name in ranked if votes[name] > cutoff),
        tuple(name for name in ranked if votes[name] == cutoff),
    )


# --- computing over the rounds --------------------------------------------------------


def _counted(s: OrmSession, election_id: ElectionId) -> list[tuple[RoundRow, Tally | None]]:
    """Every round in order, with its count when announced."""
    out: list[tuple[RoundRow, Tally | None]] = []
    query = (
        select(models.ElectionRound)
        .where(models.ElectionRound.election_id == election_id)
        .order_by(models.ElectionRound.round_no)
    )
    for r in s.scalars(query):
        row = round_row_of(s, r)
        if row.announced_at is None:
            out.append((row, None))
            continue
        out.append((row, count_in(s, r)))
    return out


def _elected_row(row: RoundRow, result: Tally, name: str) -> ElectedRow:
    full = {str(c.member_id): c.full_name for c in row.candidates}
    return ElectedRow(
        member_id=MemberId(int(name)),
        full_name=full[name],
        votes=result.votes[name],
        percent=result.percent[name],
        round_no=row.round_no,
    )


def outcome_in(s: OrmSession, election: models.Election) -> ElectionOutcome:
    row = election_row_of(election)
    counted = _counted(s, ElectionId(election.id))
    rule = str(setting_value(s, "elections.alternate_rule"))
    elected: list[ElectedRow] = []
    alternates: list[ElectedRow] = []
    tied: tuple[MemberId, ...] = ()
    alt_tied: tuple[str, ...] = ()
    for round_row, result in counted:
        if result is None:
            continue
        elected += [_elected_row(round_row, result, n) for n in result.elected]
        tied = tuple(MemberId(int(n)) for n in result.tied)
        alt_tied = ()
        places = min(round_row.alternates, row.alternates - len(alternates))
        if places > 0:
            done = {str(e.member_id) for e in elected} | {str(a.member_id) for a in alternates}
            assert round_row.base is not None
            chosen, alt_tied = pick_alternates(
                result.votes, done | set(result.tied), places, round_row.base, rule
            )
            alternates += [_elected_row(round_row, result, n) for n in chosen]
    open_seats = max(0, row.seats - len(elected))
    if row.status is ElectionStatus.APPOINTED:
        open_seats = 0
    return ElectionOutcome(
        election=row,
        elected=tuple(elected),
        alternates=tuple(alternates),
        open_seats=open_seats,
        provisional=row.ratified_on is None,
        rounds=tuple(r for r, _ in counted),
        open_alternates=max(0, row.alternates - len(alternates)),
        tied=tied,
        alternates_tied=tuple(MemberId(int(n)) for n in alt_tied),
    )


def outcome(store: Store, election_id: ElectionId) -> ElectionOutcome:
    """The result of an election over all its announced rounds (docs/domain/rules.md 4.5)."""
    with store.read() as s:
        election = s.get(models.Election, election_id)
        if election is None:
            raise NotFound("election", election_id)
        return outcome_in(s, election)


def _proposal(s: OrmSession, election: models.Election) -> RoundProposal | None:
    if election.status in (ElectionStatus.DONE, ElectionStatus.APPOINTED):
        return None
    result = outcome_in(s, election)
    counted = _counted(s, ElectionId(election.id))
    if not counted or counted[-1][1] is None:
        return None  # no round yet, or the last one is not announced
    last, tally = counted[-1]
    assert tally is not None
    if result.open_seats == 0:
        return None
    following = last.round_no + 1
    ident = ElectionId(election.id)
    announced = sum(1 for _, t in counted if t is not None)
    if election.target == Target.CELL_SECRETARY and announced >= SECRETARY_ROUNDS:
        return RoundProposal(ident, following, result.open_seats, (), "appoint")
    if result.tied:
        return RoundProposal(ident, following, tally.open_seats, result.tied, "tie")
    done = {e.member_id for e in result.elected} | {a.member_id for a in result.alternates}
    rest = tuple(c.member_id for c in last.candidates if c.member_id not in done)
    return RoundProposal(
        ident,
        following,
        result.open_seats,
        rest,
        "open_seats",
        alternates=min(result.open_alternates, last.alternates),
    )


def propose_next_round(store: Store, election_id: ElectionId) -> RoundProposal | None:
    """What the congress should do next after the last announced round, or None.

    - a tie at the cut-off: a round restricted to the tied for the seats they
      compete for (docs/domain/rules.md 4.5, unconfirmed default: never broken by age or
      alphabet);
    - seats still open: a round for them, with the last round's candidates not
      elected (the congress may add names when it opens the round);
    - a bí thư still not elected after the third round: ``"appoint"``
      (294-QĐ/TW mục 22), recorded with ``record_appointment``.

    None when nothing is open, the last round is not announced yet, or the
    election is done or appointed. Only a proposal: nothing is written.
    """
    with store.read() as s:
        election = s.get(models.Election, election_id)
        if election is None:
            raise NotFound("election", election_id)
        return _proposal(s, election)


# --- announcing -----------------------------------------------------------------------


def _refresh_status(uow: UnitOfWork, election: models.Election) -> None:
    """VOTING or DONE from the announced rounds (never touches APPOINTED)."""
    if election.status == ElectionStatus.APPOINTED:
        return
    uow.session.flush()
    result = outcome_in(uow.session, election)
    full = result.open_seats == 0 and result.open_alternates == 0
    election.status = str(ElectionStatus.DONE if full else ElectionStatus.VOTING)


def _status_change(uow: UnitOfWork, election: models.Election, before: ElectionRow) -> None:
    after = election_row_of(election)
    if after != before:
        uow.journal("election", election.id, election_json(before), election_json(after))


def announce(
    store: Store, round_id: RoundId, at: datetime | None = None
) -> tuple[RoundRow, RoundRow]:
    """Announce a round's result (shown on the projector; provisional until ratified).

    Refused while ``announce_blockers`` is not empty, with its first code.
    The election becomes ``done`` when every seat (and alternate) is filled.
    Returns the round before and after (undo: ``withdraw_announcement``).
    """
    blockers = announce_blockers(store, round_id)
    if blockers:
        raise ValidationError(blockers[0], "round_id", round_id)
    with store.action("election.announce") as uow:
        r = load_round(uow, round_id)
        if r.announced_at is not None:
            raise ValidationError("announced", "round_id", round_id)
        before = round_row_of(uow.session, r)
        r.announced_at = (at or uow.now()).replace(microsecond=0).isoformat()
        after = round_row_of(uow.session, r)
        uow.journal("election_round", round_id, round_json(before), round_json(after))
        election = load_election(uow, ElectionId(r.election_id))
        was = election_row_of(election)
        _refresh_status(uow, election)
        _status_change(uow, election, was)
    return before, after


def withdraw_announcement(store: Store, round_id: RoundId) -> tuple[RoundRow, RoundRow]:
    """Take an announcement back (undo of ``announce``).

    Refused once a later round is opened (``later_round``) or the election is
    ratified or appointed (``election_closed``).
    """
    with store.action("election.withdraw_announcement") as uow:
        r = load_round(uow, round_id)
        if r.announced_at is None:
            raise ValidationError("not_announced", "round_id", round_id)
        election = load_election(uow, ElectionId(r.election_id))
        if election.ratified_on is not None or election.status == ElectionStatus.APPOINTED:
            raise ValidationError("election_closed", "election_id", election.id)
        later = uow.session.scalar(
            select(models.ElectionRound.id).where(
                models.ElectionRound.election_id == r.election_id,
                models.ElectionRound.round_no > r.round_no,
            )
        )
        if later is not None:
            raise ValidationError("later_round", "round_id", round_id)
        before = round_row_of(uow.session, r)
        r.announced_at = None
        after = round_row_of(uow.session, r)
        uow.journal("election_round", round_id, round_json(before), round_json(after))
        was = election_row_of(election)
        _refresh_status(uow, election)
        _status_change(uow, election, was)
    return before, after


# --- closing, appointment, ratification -----------------------------------------------


def _election_edit(
    store: Store, action: str, election_id: ElectionId, edit: _Edit
) -> tuple[ElectionRow, ElectionRow]:
    with store.action(action) as uow:
        election = load_election(uow, election_id)
        before = election_row_of(election)
        edit(uow, election)
        after = election_row_of(election)
        uow.journal("election", election_id, election_json(before), election_json(after))
    return before, after


def _unannounced(uow: UnitOfWork, election: models.Election) -> bool:
    return (
        uow.session.scalar(
            select(models.ElectionRound.id).where(
                models.ElectionRound.election_id == election.id,
                models.ElectionRound.announced_at.is_(None),
            )
        )
        is not None
    )


def close_election(store: Store, election_id: ElectionId) -> tuple[ElectionRow, ElectionRow]:
    """The congress holds no further round: the election is ``done`` with the
    seats it filled (docs/domain/rules.md 4.5: the congress decides). Refused while a round
    is not announced (``round_open``) or before any round (``no_rounds``).
    Undo: ``restore_election(before)``."""

    def edit(uow: UnitOfWork, election: models.Election) -> None:
        if election.status in (ElectionStatus.DONE, ElectionStatus.APPOINTED):
            raise ValidationError("election_closed", "election_id", election.id)
        if election.status == ElectionStatus.PREPARING:
            raise ValidationError("no_rounds", "election_id", election.id)
        if _unannounced(uow, election):
            raise ValidationError("round_open", "election_id", election.id)
        election.status = str(ElectionStatus.DONE)

    return _election_edit(store, "election.close", election_id, edit)


def record_appointment(
    store: Store, election_id: ElectionId, member_id: MemberId | None, note: str
) -> tuple[ElectionRow, ElectionRow]:
    """The bí thư appointed by the superior committee after three failed rounds.

    294-QĐ/TW mục 22; docs/domain/rules.md 4.1. Only for a bí thư election whose next step
    is ``"appoint"`` (``appointment_not_due``); ``member_id`` may be None while
    the decision names no one yet (the note says what is known). The election
    becomes ``appointed``. Undo: ``restore_election(before)``.
    """
    text = note.strip()
    if len(text) > MAX_NOTE:
        raise ValidationError("too_long", "note", text[:40])

    def edit(uow: UnitOfWork, election: models.Election) -> None:
        if election.target != Target.CELL_SECRETARY:
            raise ValidationError("not_secretary_election", "election_id", election.id)
        proposal = _proposal(uow.session, election)
        if proposal is None or proposal.reason != "appoint":
            raise ValidationError("appointment_not_due", "election_id", election.id)
        if member_id is not None and uow.session.get(models.Member, member_id) is None:
            raise NotFound("member", member_id)
        election.appointed_member_id = member_id
        election.appointed_note = text
        election.status = str(ElectionStatus.APPOINTED)

    return _election_edit(store, "election.record_appointment", election_id, edit)


def ratify(
    store: Store, election_id: ElectionId, on: date, note: str = ""
) -> tuple[ElectionRow, ElectionRow]:
    """The superior committee's ratification (chuẩn y): results stop being provisional.

    docs/domain/rules.md 4.5. Only once the election is done or appointed (``not_done``).
    Undo: ``restore_election(before)``.
    """
    text = note.strip()
    if len(text) > MAX_NOTE:
        raise ValidationError("too_long", "note", text[:40])

    def edit(uow: UnitOfWork, election: models.Election) -> None:
        if election.status not in (ElectionStatus.DONE, ElectionStatus.APPOINTED):
            raise ValidationError("not_done", "election_id", election.id)
        election.ratified_on = on.isoformat()
        election.ratified_note = text

    return _election_edit(store, "election.ratify", election_id, edit)


def restore_election(store: Store, row: ElectionRow) -> tuple[ElectionRow, ElectionRow]:
    """Write back an election's status, appointment, ratification and list vote
    as in ``row`` (undo and redo of ``close_election``, ``record_appointment``,
    ``ratify``)."""

    def edit(uow: UnitOfWork, election: models.Election) -> None:
        election.status = str(row.status)
        election.appointed_member_id = row.appointed_member_id
        election.appointed_note = row.appointed_note
        election.ratified_on = row.ratified_on.isoformat() if row.ratified_on else None
        election.ratified_note = row.ratified_note
        election.list_vote_id = row.list_vote_id

    return _election_edit(store, "election.restore", row.id, edit)


def elected_ids(store: Store, election_id: ElectionId) -> Sequence[MemberId]:
    """The members elected (announced rounds), highest votes of each round first."""
    return [e.member_id for e in outcome(store, election_id).elected]
