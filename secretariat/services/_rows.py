"""Conversions between ORM rows and the plain dataclasses services hand out."""

from __future__ import annotations

from dataclasses import asdict, fields
from datetime import date, time
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Row
from sqlalchemy.orm import Session

from secretariat import models
from secretariat.domain import (
    CommitteeOrigin,
    CongressInfo,
    CongressKind,
    Gender,
    GuestData,
    GuestId,
    GuestRow,
    MemberData,
    MemberId,
    MemberRow,
    MemberStatus,
    SessionId,
    SessionKind,
    SessionRow,
)

MEMBER_FIELDS = tuple(f.name for f in fields(MemberData))
GUEST_FIELDS = tuple(f.name for f in fields(GuestData))


def as_json(value: object) -> dict[str, Any]:
    """A dataclass as JSON-ready values for the journal and the archive."""
    out: dict[str, Any] = {}
    for key, item in asdict(value).items():  # type: ignore[call-overload]
        out[key] = item.isoformat() if isinstance(item, date | time) else item
    return out


def member_row(m: models.Member | Row[Any]) -> MemberRow:
    """A member as the services hand it out, from its ORM row or a plain table row."""
    return MemberRow(
        id=MemberId(m.id),
        full_name=m.full_name,
        status=MemberStatus(m.status),
        party_card_no=m.party_card_no,
        birth_year=m.birth_year,
        gender=Gender(m.gender) if m.gender else None,
        ethnicity=m.ethnicity,
        position=m.position,
        education=m.education,
        theory_level=m.theory_level,
        exempt=m.exempt,
        temporary_in=m.temporary_in,
        temporary_out=m.temporary_out,
        suspended=m.suspended,
        note=m.note,
    )


def all_members(session: Session) -> list[MemberRow]:
    """Every member of the roster, unsorted: read as plain table rows, not ORM
    objects the session would track (a third of the time on 1,000 members, on the
    way to the first tab answering; issue 16)."""
    return [member_row(m) for m in session.execute(select(models.Member.__table__))]


def apply_member(m: models.Member, data: MemberData) -> None:
    for name in MEMBER_FIELDS:
        value = getattr(data, name)
        if name in ("status", "gender") and value is not None:
            value = str(value)
        setattr(m, name, value)


def guest_row(g: models.Guest) -> GuestRow:
    return GuestRow(
        id=GuestId(g.id),
        full_name=g.full_name,
        title=g.title,
        organisation=g.organisation,
        superior_representative=g.superior_representative,
    )


def apply_guest(g: models.Guest, data: GuestData) -> None:
    for name in GUEST_FIELDS:
        setattr(g, name, getattr(data, name))


def congress_info(c: models.Congress) -> CongressInfo:
    return CongressInfo(
        superior_body=c.superior_body,
        cell_name=c.cell_name,
        ordinal=c.ordinal,
        term_start=c.term_start,
        term_end=c.term_end,
        kind=CongressKind(c.kind),
        venue=c.venue,
        place=c.place,
        committee_origin=CommitteeOrigin(c.committee_origin),
    )


def session_row(s: models.Session) -> SessionRow:
    return SessionRow(
        id=SessionId(s.id),
        kind=SessionKind(s.kind),
        day=date.fromisoformat(s.day) if s.day else None,
        start=time.fromisoformat(s.start) if s.start else None,
        end=time.fromisoformat(s.end) if s.end else None,
    )
