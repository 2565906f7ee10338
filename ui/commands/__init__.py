"""Undo commands: the only way a screen edits data.

Each command holds ids and plain values (never widgets or ORM objects) and
calls the core's services. ``perform`` runs the action once, outside the undo
stack, so a refused action (a ValidationError) is shown and never pushed; only
an action that succeeded lands on the stack, already done.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand, QUndoStack

from secretariat.errors import SecretariatError

# Where an undo or redo that the data no longer allows is reported (the main
# window shows it); such a command is dropped from the stack.
error_handler: Callable[[Exception], None] | None = None


def _report(command: QUndoCommand, error: SecretariatError) -> None:
    command.setObsolete(True)
    if error_handler is not None:
        error_handler(error)


class ServiceCommand(QUndoCommand):
    """An undoable action made of a ``do`` and an ``undo`` callable.

    ``do`` has already run when the command is pushed; Qt's first call to
    ``redo`` is therefore skipped. Later redos call ``redo_fn`` (by default
    ``do`` again); undo calls ``undo_fn``.
    """

    def __init__(
        self, text: str, undo_fn: Callable[[], object], redo_fn: Callable[[], object]
    ) -> None:
        super().__init__(text)
        self._undo_fn = undo_fn
        self._redo_fn = redo_fn
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        try:
            self._redo_fn()
        except SecretariatError as exc:
            _report(self, exc)

    def undo(self) -> None:
        try:
            self._undo_fn()
        except SecretariatError as exc:
            _report(self, exc)


def perform(
    stack: QUndoStack,
    text: str,
    do: Callable[[], object],
    undo: Callable[[object], object],
    redo: Callable[[object], object] | None = None,
) -> object:
    """Run ``do`` now; if it succeeds push a command that can undo and redo it.

    ``undo`` and ``redo`` receive what ``do`` returned (typically the previous
    values, or a (before, after) pair of snapshots), so the command can put the
    data back exactly. Exceptions from ``do`` propagate and nothing is pushed.
    """
    result = do()
    redo_call = (lambda: redo(result)) if redo else do
    stack.push(ServiceCommand(text, lambda: undo(result), redo_call))
    return result
