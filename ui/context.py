"""The open congress as the UI sees it: the store, the undo stack, one change signal.

Screens never keep their own copy of the truth: after any action the store's
listener emits ``changed`` and every screen reloads what it shows from the
services.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from secretariat import store as store_mod
from secretariat.store import Store


class CongressContext(QObject):
    """Holds at most one open congress file."""

    opened = Signal()
    closed = Signal()
    changed = Signal(str)  # the action name, e.g. "attendance.check_in"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store: Store | None = None
        self.undo_stack = QUndoStack(self)

    @property
    def path(self) -> Path | None:
        return self.store.path if self.store else None

    def require(self) -> Store:
        if self.store is None:
            raise RuntimeError("no congress file is open")
        return self.store

    def open(self, path: Path, *, read_only: bool = False) -> Store:
        """Open a file (may raise FileRefused, which leaves the file untouched).

        ``read_only``: beside the program that has it (``FileInUse``) or on a
        write-protected medium; every action is then refused.
        """
        store = store_mod.open_store(path, read_only=read_only)
        self._attach(store)
        return store

    def create(self, path: Path) -> Store:
        store = store_mod.create(path, overwrite=True)
        self._attach(store)
        return store

    def attach(self, store: Store) -> None:
        self._attach(store)

    def _attach(self, store: Store) -> None:
        self.close()
        self.store = store
        store.subscribe(self.changed.emit)
        self.opened.emit()

    def close(self) -> None:
        if self.store is None:
            return
        self.undo_stack.clear()
        self.store.unsubscribe(self.changed.emit)
        self.store.close()
        self.store = None
        self.closed.emit()
