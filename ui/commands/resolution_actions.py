"""The resolution's user actions: run through the services, made undoable.

Every action of ``secretariat.services.resolution`` returns a ``Change`` with
the draft (and the amendment, vote or version) before and after, so one generic
command serves them all: undo is ``resolution.revert(store, change)``, redo is
``resolution.reapply(store, change)``; both put back the exact rows and ids.
Like the other action modules, the action runs at once: a refusal raises the
core's error and nothing is pushed.

Adoption is the exception: ``resolution.adopt`` holds the vote and freezes the
adopted version and gives no ``Change``; its undo is the core's own inverse,
``reopen`` (the adopted version stays in the list, no longer adopted), and its
redo re-adopts that version.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from secretariat.services import resolution
from secretariat.services.resolution import Adoption, Change
from ui.commands import ServiceCommand
from ui.context import CongressContext


def run(ctx: CongressContext, text: str, action: Callable[[], Change]) -> Change:
    """Run ``action`` now; push a command that reverts and reapplies its ``Change``."""
    store = ctx.require()
    change = action()
    ctx.undo_stack.push(
        ServiceCommand(
            text,
            lambda: resolution.revert(store, change),
            lambda: resolution.reapply(store, change),
        )
    )
    return change


def adopt(ctx: CongressContext, yes: int, no: int, other: int) -> Adoption:
    """The show-of-hands vote on the whole resolution; undoable only if it passed
    (a failed vote stays recorded, like any vote held in the Votes tab)."""
    store = ctx.require()
    adoption = resolution.adopt(store, yes=yes, no=no, other=other)
    if adoption.version is None:
        return adoption
    held: dict[str, Change] = {}

    def undo() -> None:
        held["reopen"] = resolution.reopen(store)

    def redo() -> None:
        resolution.revert(store, held["reopen"])

    ctx.undo_stack.push(
        ServiceCommand(QCoreApplication.translate("Commands", "Adopt the resolution"), undo, redo)
    )
    return adoption


def reopen(ctx: CongressContext) -> Change:
    """Lift the adoption (undo adopts the same version again)."""
    return run(
        ctx,
        QCoreApplication.translate("Commands", "Reopen the resolution"),
        lambda: resolution.reopen(ctx.require()),
    )
