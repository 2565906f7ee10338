"""Undo commands: the only way a screen edits data.

One command type, :class:`ActionCommand`, serves every action: it holds the
text the secretary sees ("Check in Nguyễn Văn An") and the journal ids of the
actions it ran, never widgets or ORM objects. Undo and redo apply those
actions' row images back or forward (``secretariat.undo``), so no service
needs a hand-written inverse. ``record`` runs the action once, outside the undo
stack, so a refused action (a ValidationError) is shown and never pushed; only
an action that succeeded lands on the stack, already done.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from PySide6.QtGui import QUndoCommand

from secretariat import undo as undo_mod
from secretariat.errors import SecretariatError
from secretariat.store import Store
from ui.context import CongressContext

T = TypeVar("T")

# Where an undo or redo that the data no longer allows is reported (the main
# window shows it); such a command is dropped from the stack.
error_handler: Callable[[Exception], None] | None = None


def _report(command: QUndoCommand, error: SecretariatError) -> None:
    command.setObsolete(True)
    if error_handler is not None:
        error_handler(error)


class ActionCommand(QUndoCommand):
    """Actions already run (``line_ids``: their journal lines, in order), as one undo step.

    Qt's first call to ``redo`` is skipped (the actions ran before the push);
    later redos and every undo apply the lines' row images as one journaled
    action. A row changed since is refused (``undo_conflict``): the error is
    reported and the command dropped.
    """

    def __init__(self, text: str, store: Store, line_ids: Sequence[int]) -> None:
        super().__init__(text)
        self.store = store
        self.line_ids = list(line_ids)
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        try:
            undo_mod.redo(self.store, self.line_ids)
        except SecretariatError as exc:
            _report(self, exc)

    def undo(self) -> None:
        try:
            undo_mod.undo(self.store, self.line_ids)
        except SecretariatError as exc:
            _report(self, exc)


def record(
    ctx: CongressContext,
    text: str | Callable[[T], str],
    do: Callable[[], T],
) -> T:
    """Run ``do`` now; if it wrote anything, push one command that undoes and redoes it.

    ``text`` is the step's text, or a function of what ``do`` returned (the name
    of the row it added, say). Exceptions from ``do`` propagate and nothing is
    pushed.
    """
    store = ctx.require()
    with store.recording() as ids:
        result = do()
    if ids:
        label = text if isinstance(text, str) else text(result)
        ctx.undo_stack.push(ActionCommand(label, store, ids))
    return result
