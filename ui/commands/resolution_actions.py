"""The resolution's user actions: run through the services, made undoable.

Every action of ``secretariat.services.resolution`` runs through ``run``, which
pushes one ``ActionCommand``: undo and redo put the draft, amendments, votes and
versions back exactly, with their ids (the action's row images). Like the other
action modules, the action runs at once: a refusal raises the core's error and
nothing is pushed.

Adoption too: ``resolution.adopt`` holds the vote (and, if it passes, freezes
the adopted version) in one transaction; undo puts the vote, the draft and the
versions back as they were.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication

from secretariat.services import resolution
from secretariat.services.resolution import Adoption, Change
from ui.commands import record
from ui.context import CongressContext

T = TypeVar("T")


def run(ctx: CongressContext, text: str, action: Callable[[], T]) -> T:
    """Run ``action`` now; push a command that undoes and redoes it."""
    return record(ctx, text, action)


def adopt(ctx: CongressContext, yes: int, no: int, other: int) -> Adoption:
    """The show-of-hands vote on the whole resolution, passed or not; undo takes the
    vote back (and the adoption with it)."""
    store = ctx.require()
    return run(
        ctx,
        QCoreApplication.translate("Commands", "Adopt the resolution"),
        lambda: resolution.adopt(store, yes=yes, no=no, other=other),
    )


def reopen(ctx: CongressContext, reason: str = "") -> Change:
    """Lift the adoption, saying what for (undo adopts the same version again)."""
    store = ctx.require()
    return run(
        ctx,
        QCoreApplication.translate("Commands", "Reopen the resolution"),
        lambda: resolution.reopen(store, reason),
    )
