"""The minutes' and the closing's user actions: run through the services, made undoable.

Like ``ui.commands.vote_actions``: each function takes the context first and
runs the action at once (a refusal raises the core's error and nothing is
pushed). A section's edit and its revert are undoable; undo and redo put the
section's stored row back exactly (the action's row images: the time of the
edit and the generated text it was made against included, so a redone edit is
as stale as it was).

Closing and reopening the congress are not on the undo stack: each is a
deliberate, confirmed act, and the reopen needs its stated reason. Closing
clears the undo history, whose steps a frozen record could not replay.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from secretariat.services import closing, minutes
from secretariat.services.closing import ClosingState
from secretariat.services.minutes import SectionState
from ui.commands import record
from ui.context import CongressContext


def normalized(text: str) -> str:
    """The text as ``minutes.edit_section`` stores it (to tell a real change)."""
    return "\n".join(line.rstrip() for line in text.strip().split("\n"))


def _label(key: str) -> str:
    return key.removeprefix(minutes.ITEM_PREFIX)


def edit_section(
    ctx: CongressContext, key: str, text: str, *, confirm: bool = False
) -> SectionState | None:
    """Store the secretary's text for a section; returns the state before (None: no change).

    Nothing is stored (or pushed) when the text is already the section's text,
    unless ``confirm``: then a stale edit is kept as it is and marked checked
    against the data of now (no longer stale).
    """
    store = ctx.require()
    current = minutes.section(store, key)
    if normalized(text) == current.text and not (confirm and current.stale):
        return None
    return record(
        ctx,
        QCoreApplication.translate("Commands", "Edit the minutes (%1)").replace(
            "%1", current.title or _label(key)
        ),
        lambda: minutes.edit_section(store, key, text),
    )


def revert_section(ctx: CongressContext, key: str) -> SectionState:
    """Drop a section's edit (the generated text again); returns the edit (undo puts it back)."""
    store = ctx.require()
    title = minutes.section(store, key).title
    return record(
        ctx,
        QCoreApplication.translate(
            "Commands", "Revert the minutes to the generated text (%1)"
        ).replace("%1", title or _label(key)),
        lambda: minutes.revert_section(store, key),
    )


def close_congress(ctx: CongressContext) -> ClosingState:
    """Freeze the record; the undo history is cleared. Returns the state before."""
    before = closing.close_congress(ctx.require())
    ctx.undo_stack.clear()
    return before


def reopen_congress(ctx: CongressContext, reason: str) -> ClosingState:
    """Open the closed congress again for ``reason`` (journaled). Returns the state before."""
    return closing.reopen_congress(ctx.require(), reason)
