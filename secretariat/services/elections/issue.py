"""Issuing the ballots of a round: the base and the full members present frozen
at that moment (docs/domain/rules.md 2, last bullet), the reason fewer papers
were issued, and undoing the issue. The counting committee of the congress.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from sqlalchemy import select

from secretariat import models
from secretariat.domain import MemberId
from secretariat.errors import ValidationError
from secretariat.services import attendance
from secretariat.services.elections._common import count_value, load_round, round_papers
from secretariat.services.elections.rows import FROZEN, RoundId, RoundRow, round_json, round_row_of
from secretariat.services.elections.setup import get_round
from secretariat.store import Store

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
    count_value(issued, "issued")
    reason = " ".join(fewer_reason.split())
    if len(reason) > MAX_FEWER_REASON:
        raise ValidationError("too_long", "fewer_reason", reason[:40])
    with store.action("election.start_ballot") as uow:
        r = load_round(uow, round_id)
        if round_papers(uow, round_id):
            raise ValidationError("ballots_entered", "round_id", round_id)
        if r.totals_json is not None:
            raise ValidationError("totals_entered", "round_id", round_id)
        before = round_row_of(uow.session, r)
        moment = (at or uow.now()).replace(microsecond=0)
        counters = attendance.freeze_base(r, store, moment)
        if issued > counters.voters_present:
            raise ValidationError("above_voters_present", "issued", issued)
        r.issued = issued
        r.held_at = moment.isoformat()
        r.fewer_ballots_reason = reason if issued < counters.voters_present else ""
        after = round_row_of(uow.session, r)
        uow.journal("election_round", round_id, round_json(before), round_json(after))
    return before, after


def restore_round_state(store: Store, row: RoundRow) -> tuple[RoundRow, RoundRow]:
    """Write back a round's issue state as in ``row``: ``issued``, ``held_at``,
    the frozen base and the voters present (undo and redo of ``start_ballot``;
    all None puts the round back before the issue). Refused once a paper or
    the totals are entered (``ballots_entered``, ``totals_entered``). Returns
    the round before and after.
    """
    with store.action("election.restore_round_state") as uow:
        r = load_round(uow, row.id)
        if round_papers(uow, row.id):
            raise ValidationError("ballots_entered", "round_id", row.id)
        if r.totals_json is not None:
            raise ValidationError("totals_entered", "round_id", row.id)
        if (row.issued is None) != (row.held_at is None):
            raise ValidationError("conflict", "issued", row.issued)
        before = round_row_of(uow.session, r)
        r.issued = row.issued
        r.held_at = row.held_at.replace(microsecond=0).isoformat() if row.held_at else None
        attendance.restore_base(r, row.frozen)
        r.fewer_ballots_reason = row.fewer_ballots_reason
        after = round_row_of(uow.session, r)
        uow.journal("election_round", row.id, round_json(before), round_json(after))
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
        frozen=None,
        fewer_ballots_reason="",
    )
    assert all(getattr(cleared, name) is None for name in FROZEN)
    return restore_round_state(store, cleared)
