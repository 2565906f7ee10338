"""The congress programme: default items, editing, reordering, and running it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields, replace
from datetime import date, datetime

from sqlalchemy import select

from secretariat import models
from secretariat.domain import (
    AgendaItemData,
    AgendaItemId,
    AgendaItemRow,
    CongressKind,
    SessionKind,
)
from secretariat.errors import NotFound, ValidationError
from secretariat.rules.timer import PlannedItem, drift_minutes
from secretariat.services import congress
from secretariat.store import Store, UnitOfWork

ITEM_FIELDS = tuple(f.name for f in fields(AgendaItemData))

# docs/domain/procedure.md "Default agenda" (01-HD/TW khoản 14, adapted to a cell) with the
# suggested durations (our estimate, editable): code, title, minutes, needs a vote.
_DEFAULT: tuple[tuple[str, str, int, bool], ...] = (
    ("flag_salute", "Chào cờ (Quốc ca, Quốc tế ca)", 5, False),
    ("working_bodies", "Bầu Đoàn Chủ tịch, Thư ký đại hội", 10, True),
    ("agenda_rules", "Thông qua chương trình, quy chế làm việc của đại hội", 5, True),
    ("opening", "Diễn văn khai mạc; tuyên bố lý do, giới thiệu đại biểu", 10, False),
    ("attendance_report", "Báo cáo tình hình đảng viên tham dự đại hội", 5, True),
    ("political_report", "Báo cáo chính trị", 30, False),
    ("self_review", "Báo cáo kiểm điểm của chi ủy", 15, False),
    ("superior_drafts", "Góp ý dự thảo văn kiện đại hội cấp trên", 15, False),
    ("discussion", "Thảo luận", 30, False),
    ("superior_address", "Phát biểu chỉ đạo của đại diện cấp ủy cấp trên", 15, False),
    ("presidium_reply", "Đoàn Chủ tịch tiếp thu, giải trình ý kiến", 5, False),
    ("elections", "Bầu cử", 60, True),
    ("new_committee", "Chi ủy mới ra mắt; bí thư phát biểu", 5, False),
    ("resolution", "Thông qua nghị quyết đại hội", 15, True),
    ("minutes", "Thông qua biên bản đại hội", 10, True),
    ("closing", "Bế mạc (Quốc ca, Quốc tế ca)", 5, False),
)
# A delegates' congress elects a credentials committee and hears its report
# instead of the members' attendance report (docs/domain/procedure.md, "Roles and bodies").
_DELEGATES: dict[str, tuple[str, str]] = {
    "working_bodies": (
        "working_bodies",
        "Bầu Đoàn Chủ tịch, Đoàn Thư ký, Ban Thẩm tra tư cách đại biểu",
    ),
    "attendance_report": ("credentials_report", "Báo cáo thẩm tra tư cách đại biểu"),
}
MAX_TITLE = 300
MAX_NOTES = 20_000


def default_items(kind: CongressKind = CongressKind.MEMBERS) -> list[AgendaItemData]:
    items = []
    for code, title, minutes, vote in _DEFAULT:
        if kind is CongressKind.DELEGATES and code in _DELEGATES:
            code, title = _DELEGATES[code]
        items.append(
            AgendaItemData(title=title, planned_minutes=minutes, needs_vote=vote, code=code)
        )
    return items


def _row(item: models.AgendaItem) -> AgendaItemRow:
    return AgendaItemRow(
        id=AgendaItemId(item.id),
        position=item.position,
        code=item.code,
        title=item.title,
        presenter=item.presenter,
        planned_minutes=item.planned_minutes,
        needs_vote=item.needs_vote,
        notes=item.notes,
        started_at=datetime.fromisoformat(item.started_at) if item.started_at else None,
        ended_at=datetime.fromisoformat(item.ended_at) if item.ended_at else None,
    )


def _journal_row(row: AgendaItemRow) -> dict[str, object]:
    out: dict[str, object] = {f.name: getattr(row, f.name) for f in fields(AgendaItemRow)}
    for key in ("started_at", "ended_at"):
        value = out[key]
        out[key] = value.isoformat() if isinstance(value, datetime) else None
    return out


def clean(data: AgendaItemData) -> AgendaItemData:
    title = " ".join(data.title.split())
    if not title:
        raise ValidationError("missing", "title", data.title)
    if len(title) > MAX_TITLE:
        raise ValidationError("too_long", "title", title[:40])
    if not 0 <= data.planned_minutes <= 24 * 60:
        raise ValidationError("invalid", "planned_minutes", data.planned_minutes)
    if len(data.notes) > MAX_NOTES:
        raise ValidationError("too_long", "notes", data.notes[:40])
    return replace(
        data, title=title, presenter=" ".join(data.presenter.split()), notes=data.notes.strip()
    )


def _items(uow: UnitOfWork) -> list[models.AgendaItem]:
    return list(
        uow.session.scalars(
            select(models.AgendaItem).order_by(models.AgendaItem.position, models.AgendaItem.id)
        )
    )


def _renumber(items: Sequence[models.AgendaItem]) -> None:
    for position, item in enumerate(items, start=1):
        item.position = position


def list_items(store: Store) -> list[AgendaItemRow]:
    with store.read() as s:
        rows = s.scalars(
            select(models.AgendaItem).order_by(models.AgendaItem.position, models.AgendaItem.id)
        )
        return [_row(r) for r in rows]


def seed_default(store: Store) -> list[AgendaItemRow]:
    """Give a congress with no programme the default one (kind-aware)."""
    kind = congress.get_info(store).kind
    with store.action("agenda.seed") as uow:
        if _items(uow):
            raise ValidationError("agenda_not_empty")
        created = []
        for position, data in enumerate(default_items(kind), start=1):
            item = models.AgendaItem(position=position)
            _apply(item, data)
            uow.session.add(item)
            uow.session.flush()
            created.append(_row(item))
        uow.journal("agenda", "*", None, [_journal_row(r) for r in created])
    return created


def _apply(item: models.AgendaItem, data: AgendaItemData) -> None:
    for name in ITEM_FIELDS:
        setattr(item, name, getattr(data, name))


def add_item(
    store: Store,
    data: AgendaItemData,
    position: int | None = None,
    item_id: AgendaItemId | None = None,
) -> AgendaItemRow:
    """Insert an item at ``position`` (1-based; default: at the end)."""
    data = clean(data)
    with store.action("agenda.add") as uow:
        items = _items(uow)
        item = models.AgendaItem(id=item_id, position=0)
        _apply(item, data)
        uow.session.add(item)
        at = len(items) if position is None else max(0, min(position - 1, len(items)))
        items.insert(at, item)
        _renumber(items)
        uow.session.flush()
        row = _row(item)
        uow.journal("agenda", item.id, None, _journal_row(row))
    return row


def update_item(store: Store, item_id: AgendaItemId, data: AgendaItemData) -> AgendaItemRow:
    """Change an item's plan or notes; returns the previous row."""
    data = clean(data)
    with store.action("agenda.update") as uow:
        item = _get(uow, item_id)
        before = _row(item)
        _apply(item, data)
        uow.journal("agenda", item_id, _journal_row(before), _journal_row(_row(item)))
    return before


def _get(uow: UnitOfWork, item_id: AgendaItemId) -> models.AgendaItem:
    item = uow.session.get(models.AgendaItem, item_id)
    if item is None:
        raise NotFound("agenda_item", item_id)
    return item


def remove_item(store: Store, item_id: AgendaItemId) -> AgendaItemRow:
    """Remove an item with its speeches (by cascade; its votes are untied); returns it."""
    with store.action("agenda.remove") as uow:
        item = _get(uow, item_id)
        removed = _row(item)
        uow.session.delete(item)
        uow.session.flush()
        _renumber(_items(uow))
        uow.journal("agenda", item_id, _journal_row(removed), None)
    return removed


def move_item(store: Store, item_id: AgendaItemId, position: int) -> int:
    """Move an item to ``position`` (1-based); returns its old position."""
    with store.action("agenda.move") as uow:
        items = _items(uow)
        item = _get(uow, item_id)
        old = items.index(item) + 1
        items.remove(item)
        items.insert(max(0, min(position - 1, len(items))), item)
        _renumber(items)
        uow.journal("agenda", item_id, {"position": old}, {"position": item.position})
    return old


# --- running the programme ------------------------------------------------------------

Timing = tuple[tuple[int, str | None, str | None], ...]  # (id, started_at, ended_at)


def _timing(items: Sequence[models.AgendaItem]) -> Timing:
    return tuple((i.id, i.started_at, i.ended_at) for i in items)


def start_next(store: Store, at: datetime | None = None) -> tuple[Timing, Timing]:
    """End the item under way (if any) and start the next one not yet started.

    Returns the timings before and after (the undo step names the item started).
    """
    with store.action("agenda.start_next") as uow:
        now = (at or uow.now()).replace(microsecond=0).isoformat()
        items = _items(uow)
        before = _timing(items)
        for item in items:
            if item.started_at and not item.ended_at:
                item.ended_at = now
        following = next((i for i in items if i.started_at is None), None)
        if following is None and before == _timing(items):
            raise ValidationError("agenda_finished")
        if following is not None:
            following.started_at = now
        after = _timing(items)
        uow.journal("agenda", following.id if following else "*", list(before), list(after))
    return before, after


def end_current(store: Store, at: datetime | None = None) -> tuple[Timing, Timing]:
    """End the item under way without starting another (a break, the closing)."""
    with store.action("agenda.end") as uow:
        now = (at or uow.now()).replace(microsecond=0).isoformat()
        items = _items(uow)
        before = _timing(items)
        running = [i for i in items if i.started_at and not i.ended_at]
        if not running:
            raise ValidationError("nothing_running")
        for item in running:
            item.ended_at = now
        after = _timing(items)
        uow.journal("agenda", running[0].id, list(before), list(after))
    return before, after


@dataclass(frozen=True, slots=True)
class Progress:
    current: AgendaItemRow | None  # under way
    following: AgendaItemRow | None  # the next not yet started
    elapsed_seconds: int  # of the current item
    drift_minutes: int  # behind the plan (negative: ahead)
    done: int
    total: int
    # The official session's day when it is not today: the plan is not compared
    # against another day (drift_minutes is 0), and the screen says so.
    other_day: date | None = None


def session_day_mismatch(store: Store, now: datetime | None = None) -> date | None:
    """The official session's day when it is not ``now``'s day, else None.

    Times stamped by F5 are today's; a session dated another day would give the
    minutes two dates (header and body) and the plan a drift of days.
    """
    today = (now or store.clock()).date()
    for s in congress.list_sessions(store):
        if s.kind is SessionKind.OFFICIAL and s.day is not None:
            return s.day if s.day != today else None
    return None


def session_start(store: Store) -> datetime | None:
    """When the plan starts: the official session's day and start time."""
    for s in congress.list_sessions(store):
        if s.kind is SessionKind.OFFICIAL and s.day and s.start:
            return datetime.combine(s.day, s.start)
    return None


def progress(store: Store, now: datetime | None = None) -> Progress:
    now = now or store.clock()
    items = list_items(store)
    current = next((i for i in reversed(items) if i.started_at and not i.ended_at), None)
    following = next((i for i in items if i.started_at is None), None)
    planned = [PlannedItem(i.planned_minutes, i.started_at, i.ended_at) for i in items]
    other_day = session_day_mismatch(store, now)
    origin = session_start(store) or next((i.started_at for i in items if i.started_at), now)
    measured = bool(items) and other_day is None
    elapsed = (
        int((now - current.started_at).total_seconds()) if current and current.started_at else 0
    )
    return Progress(
        current=current,
        following=following,
        elapsed_seconds=max(0, elapsed),
        drift_minutes=drift_minutes(planned, origin, now) if measured else 0,
        done=sum(1 for i in items if i.ended_at),
        total=len(items),
        other_day=other_day,
    )


# The items at which the attendance report is read and voted on (docs/domain/procedure.md
# "Attendance"; docs/domain/documents.md §3): the report filed is the one read there.
REPORT_CODES = ("attendance_report", "credentials_report")


def report_moment(store: Store) -> datetime | None:
    """When the attendance report was read to the congress: the vote taken on it,
    else the end or the start of its item; None while the item is not reached.

    The report in the file is the attendance as at this moment (a snapshot), so
    its figures match the vote on it; later arrivals go into the minutes.
    """
    with store.read() as s:
        item = s.scalars(
            select(models.AgendaItem)
            .where(models.AgendaItem.code.in_(REPORT_CODES))
            .order_by(models.AgendaItem.position)
        ).first()
        if item is None:
            return None
        held = s.scalars(
            select(models.Vote.held_at)
            .where(models.Vote.agenda_item_id == item.id, models.Vote.held_at.is_not(None))
            .order_by(models.Vote.held_at)
        ).first()
        stamp = held or item.ended_at or item.started_at
    return datetime.fromisoformat(stamp) if stamp else None
