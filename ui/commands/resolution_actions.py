"""The resolution's user actions: run through the services, made undoable.

Every action of ``secretariat.services.resolution`` returns a ``Change`` with
the draft (and the amendment, vote or version) before and after, so one generic
command serves them all: undo is ``resolution.revert(store, change)``, redo is
``resolution.reapply(store, change)``; both put back the exact rows and ids.
Like the other action modules, the action runs at once: a refusal raises the
core's error and nothing is pushed.

Adoption too: ``resolution.adopt`` holds the vote (and, if it passes, freezes
the adopted version) in one transaction and gives its ``Change``; undo puts the
vote, the draft and the versions back as they were.
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
    """The show-of-hands vote on the whole resolution, passed or not; undo takes the
    vote back (and the adoption with it)."""
    store = ctx.require()
    adoptions: list[Adoption] = []

    def act() -> Change:
        adoptions.append(resolution.adopt(store, yes=yes, no=no, other=other))
        return adoptions[0].change

    run(ctx, QCoreApplication.translate("Commands", "Adopt the resolution"), act)
    return adoptions[0]


def reopen(ctx: CongressContext, reason: str = "") -> Change:
    """Lift the adoption, saying what for (undo adopts the same version again)."""
    return run(
        ctx,
        QCoreApplication.translate("Commands", "Reopen the resolution"),
        lambda: resolution.reopen(ctx.require(), reason),
    )
