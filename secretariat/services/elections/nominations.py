"""The election list: nominations, floor agreement, withdrawals, the list's approval.

190-QĐ/TW Điều 14; docs/domain/rules.md 4.2. Names come from the convening committee, from
the floor or by self-nomination. A name not proposed by the convening committee
goes on the list only if more than 30 % of those attending agree; a withdrawal
is decided by the congress by a show of hands and logged; the list itself is
approved by a show of hands (a vote of ``services.votes``, linked to the
election). A bí thư or phó bí thư is elected from the committee just elected
(294-QĐ/TW mục 22). Every action returns what undo needs.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import NewType

from sqlalchemy import func, select

from secretariat import models
from secretariat.domain import MemberId, VoteId, VoteRow
from secretariat.errors import NotFound, ValidationError
from secretariat.rules.collation import ballot_key
from secretariat.rules.elections import floor_nominee_admitted
from secretariat.rules.majority import reaches_majority
from secretariat.services import agenda, attendance, votes
from secretariat.services.elections._common import count_value, load_election
from secretariat.services.elections.results import outcome_in
from secretariat.services.elections.rows import (
    ElectionId,
    ElectionStatus,
    Target,
    election_json,
    election_row_of,
)
from secretariat.services.elections.setup import check_candidates
from secretariat.store import Store, UnitOfWork

NominationId = NewType("NominationId", int)
MAX_TEXT = 500
_Editor = Callable[[UnitOfWork, models.Nomination], None]
LIST_VOTE_SUBJECT = "Biểu quyết thông qua danh sách bầu cử"


class NominationSource(enum.StrEnum):
    CONVENING = "convening"  # proposed by the convening committee
    FLOOR = "floor"  # proposed from the floor
    SELF = "self"  # self-nomination


class NominationStatus(enum.StrEnum):
    ADMITTED = "admitted"  # on the list
    PROPOSED = "proposed"  # floor / self, before the agreement count
    NOT_ADMITTED = "not_admitted"  # 30 % or fewer agreed
    WITHDRAWN = "withdrawn"  # the congress allowed the withdrawal


@dataclass(frozen=True, slots=True)
class NominationRow:
    """A proposed name. ``position`` is the order the names were proposed in;
    ``withdrawal_base`` is the majority base the withdrawal vote was measured
    against (None until one was held)."""

    id: NominationId
    election_id: ElectionId
    member_id: MemberId
    full_name: str
    birth_year: int | None
    source: NominationSource
    proposer: str
    agree: int | None
    attending: int | None
    status: NominationStatus
    withdrawal_reason: str
    withdrawal_yes: int | None
    withdrawal_no: int | None
    position: int
    withdrawal_base: int | None = None


_COLUMNS = (
    "source",
    "proposer",
    "agree",
    "attending",
    "status",
    "withdrawal_reason",
    "withdrawal_yes",
    "withdrawal_no",
    "withdrawal_base",
    "position",
)


def _row(n: models.Nomination, member: models.Member) -> NominationRow:
    return NominationRow(
        id=NominationId(n.id),
        election_id=ElectionId(n.election_id),
        member_id=MemberId(n.member_id),
        full_name=member.full_name,
        birth_year=member.birth_year,
        source=NominationSource(n.source),
        proposer=n.proposer,
        agree=n.agree,
        attending=n.attending,
        status=NominationStatus(n.status),
        withdrawal_reason=n.withdrawal_reason,
        withdrawal_yes=n.withdrawal_yes,
        withdrawal_no=n.withdrawal_no,
        position=n.position,
        withdrawal_base=n.withdrawal_base,
    )


def _json(row: NominationRow) -> dict[str, object]:
    return {
        "id": row.id,
        "election_id": row.election_id,
        "member_id": row.member_id,
        **{name: _plain(getattr(row, name)) for name in _COLUMNS},
    }


def _plain(value: object) -> object:
    return str(value) if isinstance(value, enum.Enum) else value


def _get(uow: UnitOfWork, nomination_id: NominationId) -> tuple[models.Nomination, models.Member]:
    n = uow.session.get(models.Nomination, nomination_id)
    if n is None:
        raise NotFound("nomination", nomination_id)
    member = uow.session.get(models.Member, n.member_id)
    assert member is not None
    return n, member


def _open(uow: UnitOfWork, election_id: ElectionId) -> models.Election:
    """The election, while its list may still change (before its first round)."""
    election = load_election(uow, election_id)
    if election.status != ElectionStatus.PREPARING:
        raise ValidationError("election_started", "election_id", election_id)
    return election


# --- reading --------------------------------------------------------------------------


def list_nominations(store: Store, election_id: ElectionId) -> list[NominationRow]:
    """Every name proposed for an election, in ballot order (190-QĐ/TW Điều 14)."""
    with store.read() as s:
        rows = s.execute(
            select(models.Nomination, models.Member)
            .join(models.Member, models.Member.id == models.Nomination.member_id)
            .where(models.Nomination.election_id == election_id)
        ).all()
        found = [_row(n, m) for n, m in rows]
    return sorted(found, key=lambda r: (ballot_key(r.full_name, r.birth_year), r.id))


def candidate_ids(store: Store, election_id: ElectionId) -> list[MemberId]:
    """The names on the list (admitted, not withdrawn) in ballot order: what
    ``elections.open_round`` gets for the first round."""
    return [
        r.member_id
        for r in list_nominations(store, election_id)
        if r.status is NominationStatus.ADMITTED
    ]


# --- proposing ------------------------------------------------------------------------


def _committee_members(uow: UnitOfWork) -> set[MemberId] | None:
    """Members elected to the committee, or None when the file holds no committee
    election (a cell of fewer than 9 elects its bí thư directly)."""
    committees = uow.session.scalars(
        select(models.Election).where(models.Election.target == str(Target.COMMITTEE))
    ).all()
    if not committees:
        return None
    elected: set[MemberId] = set()
    for election in committees:
        elected |= {e.member_id for e in outcome_in(uow.session, election).elected}
    return elected


def nominate(
    store: Store,
    election_id: ElectionId,
    member_id: MemberId,
    source: NominationSource | str,
    *,
    proposer: str = "",
) -> NominationRow:
    """Propose a name (undo: ``remove_nomination``).

    Only full members of the cell may stand (``probationary``, ``temporary_in``,
    ``suspended``); a name once per election (``duplicate``); only before the
    first round (``election_started``). For a bí thư or phó bí thư election in a
    cell that elected a committee, the name must be an elected committee member
    (294-QĐ/TW mục 22: ``not_in_committee``). A convening-committee name is
    admitted at once; a floor or self nomination waits for the agreement count.
    """
    try:
        kind = NominationSource(source)
    except ValueError:
        raise ValidationError("unknown_value", "source", source) from None
    who = " ".join(proposer.split())
    if len(who) > MAX_TEXT:
        raise ValidationError("too_long", "proposer", who[:40])
    with store.action("nomination.add") as uow:
        election = _open(uow, election_id)
        check_candidates(uow, [member_id])
        if election.target in (Target.CELL_SECRETARY, Target.DEPUTY_SECRETARY):
            committee = _committee_members(uow)
            if committee is not None and member_id not in committee:
                raise ValidationError("not_in_committee", "member_id", member_id)
        taken = uow.session.scalar(
            select(models.Nomination.id).where(
                models.Nomination.election_id == election_id,
                models.Nomination.member_id == member_id,
            )
        )
        if taken is not None:
            raise ValidationError("duplicate", "member_id", member_id)
        last = uow.session.scalar(
            select(func.max(models.Nomination.position)).where(
                models.Nomination.election_id == election_id
            )
        )
        status = (
            NominationStatus.ADMITTED
            if kind is NominationSource.CONVENING
            else NominationStatus.PROPOSED
        )
        n = models.Nomination(
            election_id=election_id,
            member_id=member_id,
            source=str(kind),
            proposer=who,
            status=str(status),
            withdrawal_reason="",
            position=(last or 0) + 1,
        )
        uow.session.add(n)
        uow.session.flush()
        row = _row(n, *_get(uow, NominationId(n.id))[1:])
        uow.journal("nomination", row.id, None, _json(row))
    return row


def _change(
    store: Store, action: str, nomination_id: NominationId, edit: _Editor
) -> tuple[NominationRow, NominationRow]:
    with store.action(action) as uow:
        n, member = _get(uow, nomination_id)
        _open(uow, ElectionId(n.election_id))
        before = _row(n, member)
        edit(uow, n)
        after = _row(n, member)
        uow.journal("nomination", nomination_id, _json(before), _json(after))
    return before, after


def record_agreement(
    store: Store, nomination_id: NominationId, agree: int, attending: int
) -> tuple[NominationRow, NominationRow]:
    """The count on a floor or self nominee: admitted when ``agree`` is more than
    30 % of ``attending`` (190-QĐ/TW Điều 14: ``floor_nominee_admitted``), else
    not admitted. Refused for a convening-committee name (``not_floor_nominee``)
    or a withdrawn one (``withdrawn``). Undo: ``restore_nomination(before)``."""
    count_value(agree, "agree")
    count_value(attending, "attending", least=1)

    def edit(uow: UnitOfWork, n: models.Nomination) -> None:
        if n.source == NominationSource.CONVENING:
            raise ValidationError("not_floor_nominee", "nomination_id", n.id)
        if n.status == NominationStatus.WITHDRAWN:
            raise ValidationError("withdrawn", "nomination_id", n.id)
        admitted = floor_nominee_admitted(agree, attending)
        n.agree, n.attending = agree, attending
        n.status = str(NominationStatus.ADMITTED if admitted else NominationStatus.NOT_ADMITTED)

    return _change(store, "nomination.agreement", nomination_id, edit)


def decide_withdrawal(
    store: Store, nomination_id: NominationId, *, yes: int, no: int, reason: str = ""
) -> tuple[NominationRow, NominationRow]:
    """The congress's show of hands on a request to withdraw (docs/domain/rules.md 4.2).

    Allowed when ``yes`` is more than half of the majority base now
    (``rules.majority.reaches_majority``; base frozen on the nomination): the
    name is ``withdrawn``; otherwise it stays as it was, with the vote logged.
    More hands than full members present is refused (``more_than_present``).
    Undo: ``restore_nomination(before)``.
    """
    count_value(yes, "yes")
    count_value(no, "no")
    text = " ".join(reason.split())
    if len(text) > MAX_TEXT:
        raise ValidationError("too_long", "reason", text[:40])

    def edit(uow: UnitOfWork, n: models.Nomination) -> None:
        if n.status == NominationStatus.WITHDRAWN:
            raise ValidationError("withdrawn", "nomination_id", n.id)
        counters = attendance.counters(store, uow.now())
        if yes + no > counters.voters_present:
            raise ValidationError("more_than_present", "yes", yes + no)
        base = counters.base.majority_base
        n.withdrawal_yes, n.withdrawal_no, n.withdrawal_base = yes, no, base
        n.withdrawal_reason = text
        if reaches_majority(yes, base):
            n.status = str(NominationStatus.WITHDRAWN)

    return _change(store, "nomination.withdrawal", nomination_id, edit)


def remove_nomination(store: Store, nomination_id: NominationId) -> NominationRow:
    """Take a name out (a typing mistake; undo: ``restore_nomination``)."""
    with store.action("nomination.remove") as uow:
        n, member = _get(uow, nomination_id)
        _open(uow, ElectionId(n.election_id))
        row = _row(n, member)
        uow.session.delete(n)
        uow.journal("nomination", nomination_id, _json(row), None)
    return row


def restore_nomination(store: Store, row: NominationRow) -> NominationRow:
    """Write a nomination back exactly as ``row``: puts a removed one back, or
    takes back an agreement count or a withdrawal vote (undo and redo)."""
    with store.action("nomination.restore") as uow:
        _open(uow, row.election_id)
        n = uow.session.get(models.Nomination, row.id)
        before = None
        if n is None:
            n = models.Nomination(id=row.id, election_id=row.election_id, member_id=row.member_id)
            uow.session.add(n)
        else:
            before = _json(_row(n, *_get(uow, NominationId(n.id))[1:]))
        for name in _COLUMNS:
            value = getattr(row, name)
            setattr(n, name, _plain(value))
        uow.session.flush()
        after = _row(n, *_get(uow, NominationId(n.id))[1:])
        uow.journal("nomination", row.id, before, _json(after))
    return after


# --- the list's approval --------------------------------------------------------------


def approve_list(
    store: Store,
    election_id: ElectionId,
    *,
    yes: int,
    no: int,
    other: int = 0,
    at: datetime | None = None,
) -> VoteRow:
    """The show of hands approving the list (docs/domain/rules.md 4.2), recorded as a vote of
    ``services.votes`` (under the agenda item "elections" when there is one) and
    linked as ``ElectionRow.list_vote_id``, all in one transaction. Refused when
    already approved (``list_approved``). Undo: ``clear_list_approval``."""
    item = next((i.id for i in agenda.list_items(store) if i.code == "elections"), None)
    with store.action("election.approve_list") as uow:
        e = load_election(uow, election_id)
        if e.list_vote_id is not None:
            raise ValidationError("list_approved", "election_id", election_id)
        # The approval is the list's vote: one row, never a second one beside a
        # default still waiting (issue 18 §1).
        subject = f"{LIST_VOTE_SUBJECT} ({e.title})"
        kind = votes.VoteKind.ELECTION_LIST
        waiting = votes.waiting_in(uow, kind, item)
        if waiting is not None:
            vote = votes.take_over_in(uow, waiting, subject, kind)
        else:
            vote = votes.add_in(uow, subject, item, kind)
        _, held = votes.hold_in(uow, store, vote.id, yes, no, other, at=at)
        _link_list_vote(uow, e, held.id)
    return held


def _link_list_vote(uow: UnitOfWork, e: models.Election, vote_id: int | None) -> None:
    before = election_row_of(e)
    e.list_vote_id = vote_id
    uow.journal("election", e.id, election_json(before), election_json(election_row_of(e)))


def reinstate_list_approval(store: Store, election_id: ElectionId, vote: VoteRow) -> VoteRow:
    """Put back the list's approval taken back by ``clear_list_approval``: the
    vote with its id, result and place, linked again (redo of ``approve_list``).
    Refused when the list is approved already (``list_approved``)."""
    with store.action("election.reinstate_list_approval") as uow:
        e = load_election(uow, election_id)
        if e.list_vote_id is not None:
            raise ValidationError("list_approved", "election_id", election_id)
        held = votes.restore_vote_in(uow, vote)
        _link_list_vote(uow, e, held.id)
    return held


def clear_list_approval(store: Store, election_id: ElectionId) -> VoteRow:
    """Take the list's approval back: unlink and remove its vote; returns the vote."""
    with store.action("election.clear_list_approval") as uow:
        e = load_election(uow, election_id)
        if e.list_vote_id is None:
            raise ValidationError("list_not_approved", "election_id", election_id)
        vote_id = e.list_vote_id
        _link_list_vote(uow, e, None)
        return votes.remove_in(uow, VoteId(vote_id))
