"""The rows an election hands out, and their conversions from the tables.

Split from ``services.elections`` (which re-exports every public name): the
frozen dataclasses of an election, its rounds and ballot papers, how they are
read from the ORM rows and written to the journal.
"""

from __future__ import annotations

import enum
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any, NewType

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from secretariat import models
from secretariat.domain import FrozenBaseRow, HasFrozenBase, MemberId, VoteId
from secretariat.rules import majority
from secretariat.rules.ballots import Ballot, BallotForm, Classified, Mark
from secretariat.rules.elections import SurplusCheck, surplus_check
from secretariat.services import attendance, settings

ElectionId = NewType("ElectionId", int)
RoundId = NewType("RoundId", int)
BallotId = NewType("BallotId", int)

FROZEN = majority.FROZEN  # the base frozen when the ballots are issued


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
    VOTING = "voting"  # a round is open, or seats are still open
    DONE = "done"  # every seat filled by announced rounds, or closed by the congress
    APPOINTED = "appointed"  # bí thư appointed by the superior committee (docs/domain/rules.md 4.1)


class EntryMode(enum.StrEnum):
    BALLOTS = "ballots"  # paper by paper
    TOTALS = "totals"  # totals typed from a paper tally sheet (docs/domain/rules.md 4.6)


@dataclass(frozen=True, slots=True)
class ElectionRow:
    id: ElectionId
    target: Target
    title: str
    seats: int
    position: int
    status: ElectionStatus
    alternates: int = 0  # delegates only: alternates elected from the same list
    list_vote_id: VoteId | None = None  # the show of hands approving the list
    appointed_member_id: MemberId | None = None
    appointed_note: str = ""
    ratified_on: date | None = None  # results are provisional until then (docs/domain/rules.md 4.5)
    ratified_note: str = ""


@dataclass(frozen=True, slots=True)
class RoundTotals:
    """Totals typed from a paper tally sheet; valid = collected − invalid."""

    collected: int
    invalid_reasons: Mapping[str, int] = field(hash=False)
    votes: Mapping[MemberId, int] = field(hash=False)

    @property
    def invalid(self) -> int:
        return sum(self.invalid_reasons.values())

    @property
    def valid(self) -> int:
        return self.collected - self.invalid


@dataclass(frozen=True, slots=True)
class CandidateRow:
    member_id: MemberId
    full_name: str
    position: int  # 1-based ballot order


@dataclass(frozen=True, slots=True)
class RoundRow(HasFrozenBase):
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
    frozen: FrozenBaseRow | None = None  # read as ``base``, ``base_*``, ``voters_present``
    alternates: int = 0  # delegates: alternate places on this ballot (chosen ≤ seats + these)
    reason: str | None = None  # why the round exists: None (first), "tie", "open_seats"
    entry_mode: EntryMode = EntryMode.BALLOTS
    totals: RoundTotals | None = None
    second_pass_finished: bool = False
    announced_at: datetime | None = None
    # Why fewer ballots were issued than full members present (FEWER_BALLOTS_REASONS
    # code or the secretary's words); "" when nobody is missing.
    fewer_ballots_reason: str = ""

    @property
    def missing_ballots(self) -> int:
        """Full members present at the issue who were given no ballot."""
        if self.issued is None or self.voters_present is None:
            return 0
        return max(self.voters_present - self.issued, 0)

    @property
    def started(self) -> bool:
        return self.held_at is not None

    @property
    def announced(self) -> bool:
        return self.announced_at is not None

    @property
    def limit(self) -> int:
        """The most names one ballot may choose (docs/domain/rules.md 4.4 item 2)."""
        return self.seats + self.alternates

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
    pass_no: int = 1  # 2 = the blind second pass (never counted)


@dataclass(frozen=True, slots=True)
class BallotEntry:
    """What ``enter_ballot`` stored and how the paper was classified."""

    row: BallotRow
    classified: Classified


# --- conversions ----------------------------------------------------------------------


def election_row_of(e: models.Election) -> ElectionRow:
    return ElectionRow(
        id=ElectionId(e.id),
        target=Target(e.target),
        title=e.title,
        seats=e.seats,
        position=e.position,
        status=ElectionStatus(e.status),
        alternates=e.alternates,
        list_vote_id=VoteId(e.list_vote_id) if e.list_vote_id is not None else None,
        appointed_member_id=(
            MemberId(e.appointed_member_id) if e.appointed_member_id is not None else None
        ),
        appointed_note=e.appointed_note,
        ratified_on=date.fromisoformat(e.ratified_on) if e.ratified_on else None,
        ratified_note=e.ratified_note,
    )


def setting_value(s: OrmSession, key: str) -> Any:
    """A rule setting read inside an open session (see ``services.settings``)."""
    row = s.get(models.Setting, key)
    return json.loads(row.value) if row else settings.DEFAULTS[key]


def surplus_verdict(
    s: OrmSession, candidates: int, seats: int, congress_allowed_more: bool
) -> SurplusCheck:
    """``rules.elections.surplus_check`` with the cap of the settings (docs/domain/rules.md 4.2)."""
    return surplus_check(
        candidates,
        seats,
        cap_percent=Decimal(setting_value(s, "elections.surplus_cap_percent")),
        small_body_extra=setting_value(s, "elections.small_body_extra"),
        congress_allowed_more=congress_allowed_more,
    )


def _warnings(
    s: OrmSession, target: str, r: models.ElectionRound, candidates: int
) -> tuple[str, ...]:
    if target != Target.COMMITTEE:
        return ()
    check = surplus_verdict(s, candidates, r.seats, r.congress_allowed_more)
    return (check.warning,) if check.warning else ()


def _totals(text: str | None) -> RoundTotals | None:
    if text is None:
        return None
    data = json.loads(text)
    return RoundTotals(
        collected=data["collected"],
        invalid_reasons=dict(data["invalid_reasons"]),
        votes={MemberId(int(k)): v for k, v in data["votes"].items()},
    )


def totals_json(totals: RoundTotals | None) -> dict[str, object] | None:
    if totals is None:
        return None
    return {
        "collected": totals.collected,
        "invalid_reasons": dict(totals.invalid_reasons),
        "votes": {str(k): v for k, v in sorted(totals.votes.items())},
    }


def round_row_of(s: OrmSession, r: models.ElectionRound) -> RoundRow:
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
        warnings=_warnings(s, election.target, r, len(cands)),
        issued=r.issued,
        held_at=datetime.fromisoformat(r.held_at) if r.held_at else None,
        frozen=attendance.frozen_of(s, r.frozen_base_id),
        alternates=r.alternates,
        reason=r.reason,
        entry_mode=EntryMode(r.entry_mode),
        totals=_totals(r.totals_json),
        second_pass_finished=r.second_pass_finished,
        announced_at=datetime.fromisoformat(r.announced_at) if r.announced_at else None,
        fewer_ballots_reason=r.fewer_ballots_reason or "",
    )


def ballot_row_of(b: models.BallotPaper) -> BallotRow:
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
        pass_no=b.pass_no,
    )


def ballot_json(row: BallotRow) -> dict[str, object]:
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
        "pass_no": row.pass_no,
    }


def round_json(row: RoundRow) -> dict[str, object]:
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
        "frozen": row.frozen.id if row.frozen else None,
        **{name: getattr(row, name) for name in FROZEN},
        "alternates": row.alternates,
        "reason": row.reason,
        "entry_mode": str(row.entry_mode),
        "totals": totals_json(row.totals),
        "second_pass_finished": row.second_pass_finished,
        "announced_at": row.announced_at.isoformat() if row.announced_at else None,
        "fewer_ballots_reason": row.fewer_ballots_reason,
    }


def rules_ballot(row: BallotRow, form: BallotForm) -> Ballot:
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


def election_json(row: ElectionRow) -> dict[str, object]:
    return {
        "id": row.id,
        "target": str(row.target),
        "title": row.title,
        "seats": row.seats,
        "position": row.position,
        "status": str(row.status),
        "alternates": row.alternates,
        "list_vote_id": row.list_vote_id,
        "appointed_member_id": row.appointed_member_id,
        "appointed_note": row.appointed_note,
        "ratified_on": row.ratified_on.isoformat() if row.ratified_on else None,
        "ratified_note": row.ratified_note,
    }
