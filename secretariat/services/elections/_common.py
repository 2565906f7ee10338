"""What every part of the elections package shares: the limits and the lookups
inside a unit of work, with their typed refusals (``NotFound``, ``invalid_count``,
``duplicate``)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from sqlalchemy import select

from secretariat import models
from secretariat.domain import MemberId
from secretariat.errors import NotFound, ValidationError
from secretariat.services.elections.rows import ElectionId, RoundId
from secretariat.store import UnitOfWork

MAX_TITLE = 500
MAX_OTHER_REASON = 64  # the width of ``ballot.other_reason``
ROUND_REASONS = (None, "tie", "open_seats")
IDS = re.compile(r"\d+")


# --- lookups --------------------------------------------------------------------------


def load_election(uow: UnitOfWork, election_id: ElectionId) -> models.Election:
    election = uow.session.get(models.Election, election_id)
    if election is None:
        raise NotFound("election", election_id)
    return election


def load_round(uow: UnitOfWork, round_id: RoundId) -> models.ElectionRound:
    r = uow.session.get(models.ElectionRound, round_id)
    if r is None:
        raise NotFound("election_round", round_id)
    return r


def load_member(uow: UnitOfWork, member_id: MemberId) -> models.Member:
    member = uow.session.get(models.Member, member_id)
    if member is None:
        raise NotFound("member", member_id)
    return member


def count_value(value: object, field_name: str, least: int = 0) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < least:
        raise ValidationError("invalid_count", field_name, value)
    return value


def check_distinct(ids: Sequence[MemberId], field_name: str) -> None:
    seen: set[int] = set()
    for ident in ids:
        if ident in seen:
            raise ValidationError("duplicate", field_name, ident)
        seen.add(ident)


def round_papers(
    uow: UnitOfWork, round_id: RoundId, pass_no: int | None = None
) -> list[models.BallotPaper]:
    """The papers of a round (both passes, or one), by pass then serial."""
    query = select(models.BallotPaper).where(models.BallotPaper.round_id == round_id)
    if pass_no is not None:
        query = query.where(models.BallotPaper.pass_no == pass_no)
    order = (models.BallotPaper.pass_no, models.BallotPaper.serial)
    return list(uow.session.scalars(query.order_by(*order)))
