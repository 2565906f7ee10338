"""The working bodies' user action: run through the services, made undoable.

Like ``ui.commands.actions``: the function takes the context first, runs the
action at once (a refusal raises the core's error and nothing is pushed), then
pushes one ``ActionCommand`` that puts every body given back as it was, in
order, so the one who presided before presides again.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication

from secretariat.domain import Body, MemberId
from secretariat.services import working_bodies
from ui.commands import record
from ui.context import CongressContext


def set_bodies(
    ctx: CongressContext, bodies: Mapping[Body, Sequence[MemberId]]
) -> dict[Body, list[MemberId]]:
    """Replace the members of the bodies given (the first presides), as one undo step.

    Returns each body's members as they were. Nothing is pushed when nothing
    changed: an undo step that undoes nothing would only confuse.
    """
    store = ctx.require()
    after = {body: list(ids) for body, ids in bodies.items()}
    return record(
        ctx,
        QCoreApplication.translate("Commands", "Set the working bodies"),
        lambda: working_bodies.set_bodies(store, after),
    )
