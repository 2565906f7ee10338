"""Congress identity and sessions."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import func, select

from secretariat import models
from secretariat.domain import CongressInfo, SessionData, SessionId, SessionKind, SessionRow
from secretariat.errors import NotFound, ValidationError
from secretariat.services._rows import as_json, congress_info, session_row
from secretariat.store import Store

MAX_TEXT = 500


def validate_info(info: CongressInfo) -> CongressInfo:
    info = replace(
        info,
        superior_body=info.superior_body.strip(),
        cell_name=info.cell_name.strip(),
        ordinal=info.ordinal.strip(),
        venue=info.venue.strip(),
        place=info.place.strip(),
    )
    for name in ("superior_body", "cell_name", "ordinal", "venue", "place"):
        if len(getattr(info, name)) > MAX_TEXT:
            raise ValidationError("too_long", name, getattr(info, name)[:40])
    for name in ("term_start", "term_end"):
        year = getattr(info, name)
        if year is not None and not 1930 <= year <= 2200:
            raise ValidationError("invalid_year", name, year)
    if info.term_start and info.term_end and info.term_end < info.term_start:
        raise ValidationError("term_reversed", "term_end", info.term_end)
    return info


def get_info(store: Store) -> CongressInfo:
    with store.read() as s:
        row = s.get(models.Congress, 1)
        if row is None:
            return CongressInfo("", "", "", None, None)
        return congress_info(row)


def set_info(store: Store, info: CongressInfo) -> CongressInfo:
    """Replace the congress identity; returns the previous one."""
    info = validate_info(info)
    with store.action("congress.set_info") as uow:
        row = uow.session.get(models.Congress, 1)
        before = None
        if row is None:
            row = models.Congress(id=1, created_at=uow.now().isoformat())
            uow.session.add(row)
            previous = CongressInfo("", "", "", None, None)
        else:
            previous = congress_info(row)
            before = as_json(previous)
        for key, value in as_json(info).items():
            setattr(row, key, value)
        uow.journal("congress", 1, before, as_json(info))
    return previous


def list_sessions(store: Store) -> list[SessionRow]:
    with store.read() as s:
        rows = s.scalars(
            select(models.Session).order_by(models.Session.position, models.Session.id)
        )
        return [session_row(r) for r in rows]


def _check_session(data: SessionData) -> None:
    if data.start and data.end and data.end < data.start:
        raise ValidationError("end_before_start", "end", data.end.isoformat())


def _apply_session(row: models.Session, data: SessionData) -> None:
    row.kind = str(data.kind)
    row.day = data.day.isoformat() if data.day else None
    row.start = data.start.isoformat() if data.start else None
    row.end = data.end.isoformat() if data.end else None


def add_session(store: Store, data: SessionData) -> SessionRow:
    """Add a sitting; preparatory sessions sort before official ones."""
    _check_session(data)
    with store.action("session.add") as uow:
        last = uow.session.scalar(select(func.max(models.Session.position))) or 0
        position = 0 if data.kind is SessionKind.PREPARATORY else last + 1
        row = models.Session(position=position)
        _apply_session(row, data)
        uow.session.add(row)
        uow.session.flush()
        result = session_row(row)
        uow.journal("session", row.id, None, as_json(result))
    return result


def update_session(store: Store, session_id: SessionId, data: SessionData) -> SessionRow:
    """Change a session; returns the previous values."""
    _check_session(data)
    with store.action("session.update") as uow:
        row = uow.session.get(models.Session, session_id)
        if row is None:
            raise NotFound("session", session_id)
        before = session_row(row)
        _apply_session(row, data)
        uow.journal("session", session_id, as_json(before), as_json(session_row(row)))
    return before


def remove_session(store: Store, session_id: SessionId) -> SessionRow:
    """Remove a session that holds no attendance yet (attendance is history)."""
    with store.action("session.remove") as uow:
        row = uow.session.get(models.Session, session_id)
        if row is None:
            raise NotFound("session", session_id)
        used = uow.session.scalar(
            select(func.count())
            .select_from(models.Attendance)
            .where(models.Attendance.session_id == session_id)
        )
        if used:
            raise ValidationError("session_has_attendance", "session_id", session_id)
        before = session_row(row)
        uow.session.delete(row)
        uow.journal("session", session_id, as_json(before), None)
    return before


def current_session(store: Store) -> SessionRow | None:
    """The session attendance is taken for: today's, else the official, else the first."""
    sessions = list_sessions(store)
    if not sessions:
        return None
    today = store.clock().date()
    for row in sessions:
        if row.day == today and row.kind is SessionKind.OFFICIAL:
            return row
    for row in sessions:
        if row.day == today:
            return row
    official = [r for r in sessions if r.kind is SessionKind.OFFICIAL]
    return official[0] if official else sessions[0]
