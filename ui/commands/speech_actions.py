"""Undoable speech actions: the queue, the speaking clock and the secretary's notes.

Every function runs the action at once through ``secretariat.services.speeches``
(raising the core's error if it is refused, in which case nothing is pushed) and
pushes one ``ActionCommand``: undo and redo put back the rows as they were
before and right after (the action's row images), exact times and ids
included, whatever the clock says when they run.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from secretariat.domain import AgendaItemId, GuestId, MemberId, SpeechId, SpeechKind, SpeechRow
from secretariat.services import speeches
from secretariat.store import Store
from ui.commands import ActionCommand, record
from ui.context import CongressContext

# Consecutive saves of the same notes of the same speech merge into one undo step
# (the summary is saved every ~1.5 s of idle typing; one step per pause is noise).
EDIT_COMMAND_ID = 0x5E7C


def _after(store: Store, before: Sequence[SpeechRow]) -> list[SpeechRow]:
    """The rows of ``before`` as they are now (read right after the action)."""
    ids = {row.id for row in before}
    items = {row.agenda_item_id for row in before}
    now = [row for item in items for row in speeches.queue(store, item) if row.id in ids]
    return sorted(now, key=lambda row: [r.id for r in before].index(row.id))


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
    return record(
        ctx,
        lambda row: _named(QCoreApplication.translate("Commands", "Register %1 to speak"), row),
        lambda: speeches.register(
            store,
            item_id,
            member_id=member_id,
            guest_id=guest_id,
            kind=kind,
            text=text,
            limit_seconds=limit_seconds,
        ),
    )


def remove(ctx: CongressContext, speech_id: SpeechId) -> SpeechRow:
    """Take a speech out of its queue (undo puts it back at its place, same id)."""
    store = ctx.require()
    return record(
        ctx,
        lambda row: _named(QCoreApplication.translate("Commands", "Remove %1 from the queue"), row),
        lambda: speeches.remove(store, speech_id),
    )


def move(ctx: CongressContext, speech_id: SpeechId, position: int) -> None:
    """Move a speech to ``position`` (1-based) in its queue."""
    store = ctx.require()
    record(
        ctx,
        lambda before: _named(
            QCoreApplication.translate("Commands", "Move %1 in the queue"),
            next(row for row in before if row.id == speech_id),
        ),
        lambda: speeches.move(store, speech_id, position),
    )


# --- the speaking clock ---------------------------------------------------------------


def call_next(ctx: CongressContext, item_id: AgendaItemId) -> SpeechRow:
    """End the speech under way in the item and start the first one waiting."""
    store = ctx.require()
    return record(
        ctx,
        lambda change: _named(
            QCoreApplication.translate("Commands", "Call %1 to speak"), change[1]
        ),
        lambda: speeches.call_next(store, item_id),
    )[1]


def pause(ctx: CongressContext, speech_id: SpeechId) -> None:
    store = ctx.require()
    record(
        ctx,
        lambda before: _named(QCoreApplication.translate("Commands", "Pause %1"), before[0]),
        lambda: speeches.pause(store, speech_id),
    )


def resume(ctx: CongressContext, speech_id: SpeechId) -> None:
    store = ctx.require()
    record(
        ctx,
        lambda before: _named(QCoreApplication.translate("Commands", "Resume %1"), before[0]),
        lambda: speeches.resume(store, speech_id),
    )


def finish(ctx: CongressContext, speech_id: SpeechId) -> None:
    store = ctx.require()
    record(
        ctx,
        lambda before: _named(
            QCoreApplication.translate("Commands", "End the speech of %1"), before[0]
        ),
        lambda: speeches.finish(store, speech_id),
    )


# --- the secretary's notes ------------------------------------------------------------


class _EditCommand(ActionCommand):
    """An edit of one speech; the next edit of the same fields merges into it."""

    def __init__(
        self, text: str, store: Store, line_ids: Sequence[int], before: SpeechRow, after: SpeechRow
    ) -> None:
        super().__init__(text, store, line_ids)
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
        self.line_ids += other.line_ids
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
    with store.recording() as line_ids:
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
    ctx.undo_stack.push(
        _EditCommand(_named(label, before[0]), store, line_ids, before[0], after[0])
    )
