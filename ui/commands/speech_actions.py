"""Undoable speech actions: the queue, the speaking clock and the secretary's notes.

Every function runs the action at once through ``secretariat.services.speeches``
(raising the core's error if it is refused, in which case nothing is pushed) and
pushes a command. Timing, moves and edits are undone by writing back the rows
as they were before (``speeches.restore``) and redone by writing back the rows
as they were right after, so undo and redo put back the exact times and ids,
whatever the clock says when they run.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from secretariat.domain import AgendaItemId, GuestId, MemberId, SpeechId, SpeechKind, SpeechRow
from secretariat.services import speeches
from secretariat.store import Store
from ui.commands import ServiceCommand
from ui.context import CongressContext

# Consecutive saves of the same notes of the same speech merge into one undo step
# (the summary is saved every ~1.5 s of idle typing; one step per pause is noise).
EDIT_COMMAND_ID = 0x5E7C


def _push(ctx: CongressContext, command: QUndoCommand) -> None:
    ctx.undo_stack.push(command)


def _after(store: Store, before: Sequence[SpeechRow]) -> list[SpeechRow]:
    """The rows of ``before`` as they are now (read right after the action)."""
    ids = {row.id for row in before}
    items = {row.agenda_item_id for row in before}
    now = [row for item in items for row in speeches.queue(store, item) if row.id in ids]
    return sorted(now, key=lambda row: [r.id for r in before].index(row.id))


def _restoring(ctx: CongressContext, text: str, before: list[SpeechRow]) -> None:
    store = ctx.require()
    after = _after(store, before)
    _push(
        ctx,
        ServiceCommand(
            text,
            lambda: speeches.restore(store, before),
            lambda: speeches.restore(store, after),
        ),
    )


def _named(text: str, row: SpeechRow) -> str:
    return text.replace("%1", row.speaker)


# --- the queue ------------------------------------------------------------------------


def register(
    ctx: CongressContext,
    item_id: AgendaItemId,
    *,
    member_id: MemberId | None = None,
    guest_id: GuestId | None = None,
    kind: SpeechKind = SpeechKind.FLOOR,
    text: str = "",
    limit_seconds: int | None = None,
) -> SpeechRow:
    """Put a member or a guest at the end of an item's queue."""
    store = ctx.require()
    row = speeches.register(
        store,
        item_id,
        member_id=member_id,
        guest_id=guest_id,
        kind=kind,
        text=text,
        limit_seconds=limit_seconds,
    )
    held: dict[str, SpeechRow] = {}

    def undo() -> None:
        held["removed"] = speeches.remove(store, row.id)

    _push(
        ctx,
        ServiceCommand(
            _named(QCoreApplication.translate("Commands", "Register %1 to speak"), row),
            undo,
            lambda: speeches.reinstate(store, held["removed"]),
        ),
    )
    return row


def remove(ctx: CongressContext, speech_id: SpeechId) -> SpeechRow:
    """Take a speech out of its queue (undo puts it back at its place, same id)."""
    store = ctx.require()
    row = speeches.remove(store, speech_id)
    _push(
        ctx,
        ServiceCommand(
            _named(QCoreApplication.translate("Commands", "Remove %1 from the queue"), row),
            lambda: speeches.reinstate(store, row),
            lambda: speeches.remove(store, speech_id),
        ),
    )
    return row


def move(ctx: CongressContext, speech_id: SpeechId, position: int) -> None:
    """Move a speech to ``position`` (1-based) in its queue."""
    before = speeches.move(ctx.require(), speech_id, position)
    moved = next(row for row in before if row.id == speech_id)
    _restoring(
        ctx, _named(QCoreApplication.translate("Commands", "Move %1 in the queue"), moved), before
    )


# --- the speaking clock ---------------------------------------------------------------


def call_next(ctx: CongressContext, item_id: AgendaItemId) -> SpeechRow:
    """End the speech under way in the item and start the first one waiting."""
    before, speaking = speeches.call_next(ctx.require(), item_id)
    _restoring(
        ctx, _named(QCoreApplication.translate("Commands", "Call %1 to speak"), speaking), before
    )
    return speaking


def pause(ctx: CongressContext, speech_id: SpeechId) -> None:
    before = speeches.pause(ctx.require(), speech_id)
    _restoring(ctx, _named(QCoreApplication.translate("Commands", "Pause %1"), before[0]), before)


def resume(ctx: CongressContext, speech_id: SpeechId) -> None:
    before = speeches.resume(ctx.require(), speech_id)
    _restoring(ctx, _named(QCoreApplication.translate("Commands", "Resume %1"), before[0]), before)


def finish(ctx: CongressContext, speech_id: SpeechId) -> None:
    before = speeches.finish(ctx.require(), speech_id)
    _restoring(
        ctx,
        _named(QCoreApplication.translate("Commands", "End the speech of %1"), before[0]),
        before,
    )


# --- the secretary's notes ------------------------------------------------------------


class _EditCommand(ServiceCommand):
    """An edit of one speech; the next edit of the same fields merges into it."""

    def __init__(self, text: str, store: Store, before: SpeechRow, after: SpeechRow) -> None:
        super().__init__(
            text,
            lambda: speeches.restore(store, [self.before]),
            lambda: speeches.restore(store, [self.after]),
        )
        self.before, self.after = before, after
        self.fields = frozenset(
            name
            for name in ("summary", "section", "kind", "text", "limit_seconds")
            if getattr(before, name) != getattr(after, name)
        )

    def id(self) -> int:
        return EDIT_COMMAND_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if (
            not isinstance(other, _EditCommand)
            or other.before.id != self.after.id
            or other.before != self.after
            or other.fields != self.fields
            or not self.fields <= {"summary", "section"}
        ):
            return False
        self.after = other.after
        return True


def edit(
    ctx: CongressContext,
    speech_id: SpeechId,
    *,
    summary: str | None = None,
    section: str | None = None,
    kind: SpeechKind | None = None,
    text: str | None = None,
    limit_seconds: int | None = None,
) -> None:
    """Change what the secretary writes about a speech (summary, section, kind, text, limit)."""
    store = ctx.require()
    before = speeches.edit(
        store,
        speech_id,
        summary=summary,
        section=section,
        kind=kind,
        text=text,
        limit_seconds=limit_seconds,
    )
    after = _after(store, before)
    if after == before:
        return  # nothing changed: no empty step in the undo history
    labels: dict[str, str] = {
        "summary": QCoreApplication.translate("Commands", "Edit the summary of %1"),
        "section": QCoreApplication.translate("Commands", "Edit the resolution section of %1"),
        "kind": QCoreApplication.translate("Commands", "Change the kind of speech of %1"),
        "text": QCoreApplication.translate("Commands", "Attach the text of %1"),
        "limit_seconds": QCoreApplication.translate("Commands", "Change the time limit of %1"),
    }
    changed = [
        name
        for name, value in (
            ("summary", summary),
            ("section", section),
            ("kind", kind),
            ("text", text),
            ("limit_seconds", limit_seconds),
        )
        if value is not None
    ]
    label = (
        labels[changed[0]]
        if len(changed) == 1
        else QCoreApplication.translate("Commands", "Edit the speech of %1")
    )
    _push(ctx, _EditCommand(_named(label, before[0]), store, before[0], after[0]))
