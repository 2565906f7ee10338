"""The congress's working bodies: presidium, secretariat, credentials committee.

Each is elected by show of hands at the start of the congress (docs/domain/procedure.md,
"Default agenda" item 2 and "Roles and bodies"; 190-QĐ/TW Điều 3, the vote is in
the agenda item's votes). A body is an ordered list of members of the roster: the
first presides (the presidium's chair, the secretary who keeps the minutes) and
signs the documents on the body's behalf. The minutes name them in section I
and under the signatures (docs/domain/documents.md §2).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import delete, select

from secretariat import models
from secretariat.domain import Body, MemberId
from secretariat.errors import NotFound, ValidationError
from secretariat.store import Store, UnitOfWork

MAX_SEATS = 15  # more than any cell congress elects; a guard against a runaway list


@dataclass(frozen=True, slots=True)
class Seat:
    body: Body
    position: int  # 1 presides and signs
    member_id: MemberId
    name: str  # the member's full name on the roster


def list_seats(store: Store, body: Body | None = None) -> list[Seat]:
    """The seats of one body (or of all), in body then position order."""
    with store.read() as s:
        query = (
            select(models.BodySeat, models.Member.full_name)
            .join(models.Member, models.Member.id == models.BodySeat.member_id)
            .order_by(models.BodySeat.body, models.BodySeat.position)
        )
        if body is not None:
            query = query.where(models.BodySeat.body == body.value)
        return [
            Seat(Body(seat.body), seat.position, MemberId(seat.member_id), name)
            for seat, name in s.execute(query)
        ]


def members_of(store: Store, body: Body) -> list[MemberId]:
    return [seat.member_id for seat in list_seats(store, body)]


def signer(store: Store, body: Body) -> str:
    """The name of whoever signs for ``body`` (its first member), or ""."""
    seats = list_seats(store, body)
    return seats[0].name if seats else ""


def _write(uow: UnitOfWork, body: Body, member_ids: Sequence[MemberId]) -> list[MemberId]:
    if len(member_ids) > MAX_SEATS:
        raise ValidationError("too_many", body.value, len(member_ids))
    if len(set(member_ids)) != len(member_ids):
        raise ValidationError("duplicate", body.value, list(member_ids))
    for member_id in member_ids:
        if uow.session.get(models.Member, member_id) is None:
            raise NotFound("member", member_id)
    seats = uow.session.scalars(
        select(models.BodySeat)
        .where(models.BodySeat.body == body.value)
        .order_by(models.BodySeat.position)
    )
    before = [MemberId(seat.member_id) for seat in seats]
    if before == list(member_ids):
        return before
    uow.session.execute(delete(models.BodySeat).where(models.BodySeat.body == body.value))
    for position, member_id in enumerate(member_ids, start=1):
        uow.session.add(models.BodySeat(body=body.value, position=position, member_id=member_id))
    uow.session.flush()
    uow.journal("body_seat", body.value, list(before) or None, list(member_ids) or None)
    return before


def set_bodies(
    store: Store, bodies: Mapping[Body, Sequence[MemberId]]
) -> dict[Body, list[MemberId]]:
    """Replace the members of the bodies given (in order; the first presides), in
    one action; returns each body's members as before."""
    with store.action("working_bodies.set") as uow:
        return {body: _write(uow, body, list(ids)) for body, ids in bodies.items()}
