"""One function per user action: run it through the services and make it undoable.

Every function takes the context first, runs the action at once (raising the
core's error if it is refused, in which case nothing is pushed), and pushes one
``ActionCommand`` whose undo and redo apply the action's row images
(``ui.commands.record``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from secretariat.domain import (
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
from ui.commands import record
from ui.context import CongressContext

# --- congress identity and sessions ---------------------------------------------------


def set_info(ctx: CongressContext, info: CongressInfo) -> None:
    store = ctx.require()
    record(
        ctx,
        QCoreApplication.translate("Commands", "Edit congress details"),
        lambda: congress.set_info(store, info),
    )


def add_session(ctx: CongressContext, data: SessionData) -> SessionRow:
    store = ctx.require()
    return record(
        ctx,
        QCoreApplication.translate("Commands", "Add session"),
        lambda: congress.add_session(store, data),
    )


def update_session(ctx: CongressContext, session_id: SessionId, data: SessionData) -> None:
    store = ctx.require()
    record(
        ctx,
        QCoreApplication.translate("Commands", "Edit session"),
        lambda: congress.update_session(store, session_id, data),
    )


def remove_session(ctx: CongressContext, session_id: SessionId) -> None:
    store = ctx.require()
    record(
        ctx,
        QCoreApplication.translate("Commands", "Remove session"),
        lambda: congress.remove_session(store, session_id),
    )


# --- roster ---------------------------------------------------------------------------


def add_member(ctx: CongressContext, data: MemberData) -> MemberRow:
    store = ctx.require()
    return record(
        ctx,
        lambda row: QCoreApplication.translate("Commands", "Add member %1").replace(
            "%1", row.full_name
        ),
        lambda: roster.add_member(store, data),
    )


def import_members(ctx: CongressContext, members: Sequence[MemberData]) -> list[MemberRow]:
    store = ctx.require()
    return record(
        ctx,
        lambda rows: QCoreApplication.translate("Commands", "Import %n member(s)").replace(
            "%n", str(len(rows))
        ),
        lambda: roster.add_members(store, members),
    )


def update_member(ctx: CongressContext, member_id: MemberId, data: MemberData) -> None:
    store = ctx.require()
    record(
        ctx,
        lambda before: QCoreApplication.translate("Commands", "Edit member %1").replace(
            "%1", before.full_name
        ),
        lambda: roster.update_member(store, member_id, data),
    )


def remove_members(ctx: CongressContext, member_ids: Sequence[MemberId]) -> None:
    store = ctx.require()
    ids = list(member_ids)
    record(
        ctx,
        QCoreApplication.translate("Commands", "Remove %n member(s)").replace("%n", str(len(ids))),
        lambda: roster.remove_members(store, ids),
    )


def add_guest(ctx: CongressContext, data: GuestData) -> GuestRow:
    store = ctx.require()
    return record(
        ctx,
        lambda row: QCoreApplication.translate("Commands", "Add guest %1").replace(
            "%1", row.full_name
        ),
        lambda: roster.add_guest(store, data),
    )


def update_guest(ctx: CongressContext, guest_id: GuestId, data: GuestData) -> None:
    store = ctx.require()
    record(
        ctx,
        lambda before: QCoreApplication.translate("Commands", "Edit guest %1").replace(
            "%1", before.full_name
        ),
        lambda: roster.update_guest(store, guest_id, data),
    )


def remove_guest(ctx: CongressContext, guest_id: GuestId) -> None:
    store = ctx.require()
    record(
        ctx,
        lambda before: QCoreApplication.translate("Commands", "Remove guest %1").replace(
            "%1", before.full_name
        ),
        lambda: roster.remove_guest(store, guest_id),
    )


# --- attendance -----------------------------------------------------------------------


def check_in(
    ctx: CongressContext, session_id: SessionId, member: MemberRow, at: datetime | None = None
) -> Snapshot:
    store = ctx.require()
    return record(
        ctx,
        QCoreApplication.translate("Commands", "Check in %1").replace("%1", member.full_name),
        lambda: attendance.check_in(store, session_id, member.id, at),
    )[1]


def check_out(ctx: CongressContext, session_id: SessionId, member: MemberRow) -> Snapshot:
    store = ctx.require()
    return record(
        ctx,
        QCoreApplication.translate("Commands", "Check out %1").replace("%1", member.full_name),
        lambda: attendance.check_out(store, session_id, member.id),
    )[1]


def mark_excused(
    ctx: CongressContext, session_id: SessionId, member: MemberRow, reason: str
) -> None:
    store = ctx.require()
    record(
        ctx,
        QCoreApplication.translate("Commands", "Excuse %1").replace("%1", member.full_name),
        lambda: attendance.mark_excused(store, session_id, member.id, reason),
    )


def mark_absent(ctx: CongressContext, session_id: SessionId, member: MemberRow) -> None:
    store = ctx.require()
    record(
        ctx,
        QCoreApplication.translate("Commands", "Mark %1 absent").replace("%1", member.full_name),
        lambda: attendance.mark_absent(store, session_id, member.id),
    )


def clear_attendance(ctx: CongressContext, session_id: SessionId, member: MemberRow) -> None:
    """Take back a member's mark in a session (they become "not yet arrived")."""
    store = ctx.require()
    record(
        ctx,
        QCoreApplication.translate("Commands", "Clear attendance of %1").replace(
            "%1", member.full_name
        ),
        lambda: attendance.clear(store, session_id, member.id),
    )
