"""One function per user action: run it through the services and make it undoable.

Every function takes the context first, runs the action at once (raising the
core's error if it is refused, in which case nothing is pushed), and pushes an
undo command that puts the data back exactly, with the same ids and times.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from secretariat.domain import (
    AttendanceState,
    CongressInfo,
    GuestData,
    GuestId,
    GuestRow,
    MemberData,
    MemberId,
    MemberRow,
    SessionData,
    SessionId,
    SessionRow,
)
from secretariat.services import attendance, congress, roster
from secretariat.services.attendance import Snapshot
from ui.commands import ServiceCommand
from ui.context import CongressContext


def _push(ctx: CongressContext, text: str, undo: Any, redo: Any) -> None:
    ctx.undo_stack.push(ServiceCommand(text, undo, redo))


# --- congress identity and sessions ---------------------------------------------------


def set_info(ctx: CongressContext, info: CongressInfo) -> None:
    store = ctx.require()
    before = congress.set_info(store, info)
    _push(
        ctx,
        QCoreApplication.translate("Commands", "Edit congress details"),
        lambda: congress.set_info(store, before),
        lambda: congress.set_info(store, info),
    )


def add_session(ctx: CongressContext, data: SessionData) -> SessionRow:
    store = ctx.require()
    row = congress.add_session(store, data)
    _push(
        ctx,
        QCoreApplication.translate("Commands", "Add session"),
        lambda: congress.remove_session(store, row.id),
        lambda: congress.add_session(store, data, row.id),
    )
    return row


def update_session(ctx: CongressContext, session_id: SessionId, data: SessionData) -> None:
    store = ctx.require()
    before = congress.update_session(store, session_id, data)
    _push(
        ctx,
        QCoreApplication.translate("Commands", "Edit session"),
        lambda: congress.update_session(store, session_id, before),
        lambda: congress.update_session(store, session_id, data),
    )


def remove_session(ctx: CongressContext, session_id: SessionId) -> None:
    store = ctx.require()
    before = congress.remove_session(store, session_id)
    _push(
        ctx,
        QCoreApplication.translate("Commands", "Remove session"),
        lambda: congress.add_session(store, before, session_id),
        lambda: congress.remove_session(store, session_id),
    )


# --- roster ---------------------------------------------------------------------------


def add_member(ctx: CongressContext, data: MemberData) -> MemberRow:
    store = ctx.require()
    row = roster.add_member(store, data)
    held: dict[str, Any] = {}

    def undo() -> None:
        held["removed"] = roster.remove_member(store, row.id)

    _push(
        ctx,
        QCoreApplication.translate("Commands", "Add member %1").replace("%1", row.full_name),
        undo,
        lambda: roster.restore_member(store, held["removed"]),
    )
    return row


def import_members(ctx: CongressContext, members: Sequence[MemberData]) -> list[MemberRow]:
    store = ctx.require()
    rows = roster.add_members(store, members)
    ids = [r.id for r in rows]
    held: dict[str, Any] = {}

    def undo() -> None:
        held["removed"] = roster.remove_members(store, ids)

    _push(
        ctx,
        QCoreApplication.translate("Commands", "Import %n member(s)").replace("%n", str(len(rows))),
        undo,
        lambda: roster.restore_members(store, held["removed"]),
    )
    return rows


def update_member(ctx: CongressContext, member_id: MemberId, data: MemberData) -> None:
    store = ctx.require()
    before = roster.update_member(store, member_id, data)
    _push(
        ctx,
        QCoreApplication.translate("Commands", "Edit member %1").replace("%1", before.full_name),
        lambda: roster.update_member(store, member_id, before),
        lambda: roster.update_member(store, member_id, data),
    )


def remove_members(ctx: CongressContext, member_ids: Sequence[MemberId]) -> None:
    store = ctx.require()
    ids = list(member_ids)
    held = {"removed": roster.remove_members(store, ids)}

    def redo() -> None:
        held["removed"] = roster.remove_members(store, ids)

    _push(
        ctx,
        QCoreApplication.translate("Commands", "Remove %n member(s)").replace("%n", str(len(ids))),
        lambda: roster.restore_members(store, held["removed"]),
        redo,
    )


def add_guest(ctx: CongressContext, data: GuestData) -> GuestRow:
    store = ctx.require()
    row = roster.add_guest(store, data)
    _push(
        ctx,
        QCoreApplication.translate("Commands", "Add guest %1").replace("%1", row.full_name),
        lambda: roster.remove_guest(store, row.id),
        lambda: roster.add_guest(store, data, row.id),
    )
    return row


def update_guest(ctx: CongressContext, guest_id: GuestId, data: GuestData) -> None:
    store = ctx.require()
    before = roster.update_guest(store, guest_id, data)
    _push(
        ctx,
        QCoreApplication.translate("Commands", "Edit guest %1").replace("%1", before.full_name),
        lambda: roster.update_guest(store, guest_id, before),
        lambda: roster.update_guest(store, guest_id, data),
    )


def remove_guest(ctx: CongressContext, guest_id: GuestId) -> None:
    store = ctx.require()
    before = roster.remove_guest(store, guest_id)
    _push(
        ctx,
        QCoreApplication.translate("Commands", "Remove guest %1").replace("%1", before.full_name),
        lambda: roster.add_guest(store, before, guest_id),
        lambda: roster.remove_guest(store, guest_id),
    )


# --- attendance -----------------------------------------------------------------------


def _attendance(ctx: CongressContext, text: str, change: tuple[Snapshot, Snapshot]) -> None:
    store = ctx.require()
    before, after = change
    _push(
        ctx,
        text,
        lambda: attendance.restore(store, before),
        lambda: attendance.restore(store, after),
    )


def check_in(
    ctx: CongressContext, session_id: SessionId, member: MemberRow, at: datetime | None = None
) -> Snapshot:
    change = attendance.check_in(ctx.require(), session_id, member.id, at)
    _attendance(
        ctx,
        QCoreApplication.translate("Commands", "Check in %1").replace("%1", member.full_name),
        change,
    )
    return change[1]


def check_out(ctx: CongressContext, session_id: SessionId, member: MemberRow) -> Snapshot:
    change = attendance.check_out(ctx.require(), session_id, member.id)
    _attendance(
        ctx,
        QCoreApplication.translate("Commands", "Check out %1").replace("%1", member.full_name),
        change,
    )
    return change[1]


def mark_excused(
    ctx: CongressContext, session_id: SessionId, member: MemberRow, reason: str
) -> None:
    change = attendance.mark_excused(ctx.require(), session_id, member.id, reason)
    _attendance(
        ctx,
        QCoreApplication.translate("Commands", "Excuse %1").replace("%1", member.full_name),
        change,
    )


def mark_absent(ctx: CongressContext, session_id: SessionId, member: MemberRow) -> None:
    change = attendance.mark_absent(ctx.require(), session_id, member.id)
    _attendance(
        ctx,
        QCoreApplication.translate("Commands", "Mark %1 absent").replace("%1", member.full_name),
        change,
    )


def clear_attendance(ctx: CongressContext, session_id: SessionId, member: MemberRow) -> None:
    """Take back a member's mark in a session (they become "not yet arrived")."""
    store = ctx.require()
    empty = Snapshot(session_id, member.id, AttendanceState.UNMARKED, "", ())
    current = attendance.current_snapshot(store, session_id, member.id)
    attendance.restore(store, empty)
    _attendance(
        ctx,
        QCoreApplication.translate("Commands", "Clear attendance of %1").replace(
            "%1", member.full_name
        ),
        (current, empty),
    )
