"""The open congress as the UI sees it: the store, the undo stack, one change signal.

Screens never keep their own copy of the truth: after any action the store's
listener emits ``changed`` and every screen reloads what it shows from the
services.

A screen that is not on view does not reload at once: ``changed`` holds the
actions for a widget that is hidden inside a window on screen (another tab, a
page of a stack) and hands them over, once each, when the widget is shown.
A key that stores something then costs only the screen the secretary looks at
(issue 16: one paper stored re-read the file 55 times, mostly for hidden tabs).
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from pathlib import Path
from typing import cast

import shiboken6
from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from secretariat import store as store_mod
from secretariat.store import Store

Slot = Callable[[str], object]

# Delivered at once even to hidden screens: rare, and the menus follow them
# (the Congress menu carries the minutes tab's close / reopen actions).
ALWAYS_DELIVERED = frozenset({"congress.close", "congress.reopen"})


class Changes(QObject):
    """``ctx.changed``: ``connect``, ``disconnect`` and ``emit`` as a Qt signal of one str.

    A slot that is a method of a widget is called at once while the widget is
    visible, or while its window is not on screen (a screen built alone, as in
    tests, behaves as before). A hidden widget in a visible window is stale: the
    actions wait, the last of each area in order, and reach the slot when the
    widget is shown, before it paints. Other slots (functions, non-widget objects) are
    always called at once. A deleted widget is dropped.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._slots: list[Slot] = []
        self._waiting: dict[QWidget, list[str]] = {}
        self._watched: set[int] = set()

    # -- the signal's face
    # connect / disconnect / emit stand for a Qt signal's (the screens call them as
    # on ``Signal(str)``); they are not QObject's static connect and disconnect.
    def connect(self, slot: Slot | Callable[[], object]) -> None:  # type: ignore[override]
        """As a Qt signal: a slot that takes no argument is called without the action."""
        if _takes_action(slot):
            self._slots.append(cast(Slot, slot))
        else:
            self._slots.append(_NoArgument(cast(Callable[[], object], slot)))

    def disconnect(self, slot: Slot | Callable[[], object]) -> None:  # type: ignore[override]
        for kept in list(self._slots):
            if kept == slot or getattr(kept, "wrapped", None) == slot:
                self._slots.remove(kept)
                return

    def emit(self, action: str) -> None:  # type: ignore[override]
        for slot in list(self._slots):
            widget = _widget_of(slot)
            if widget is None:
                slot(action)
            elif not shiboken6.isValid(widget):
                self.disconnect(slot)
            elif action in ALWAYS_DELIVERED or not _out_of_view(widget):
                slot(action)
            else:
                self._hold(widget, action)

    def stale(self, widget: QWidget) -> bool:
        """Changes wait for ``widget`` (it reloads when shown)."""
        return bool(self._waiting.get(widget))

    def flush(self) -> None:
        """Hand every waiting change over now (before the file closes, say)."""
        for widget in list(self._waiting):
            self._deliver(widget)

    # -- holding and handing over
    def _hold(self, widget: QWidget, action: str) -> None:
        # One action per area ("attendance.", "election.", …): the screens tell
        # changes apart by that prefix, and a hundred check-ins reload once.
        area = action.partition(".")[0]
        waiting = [a for a in self._waiting.get(widget, []) if a.partition(".")[0] != area]
        waiting.append(action)
        self._waiting[widget] = waiting
        if id(widget) not in self._watched:
            self._watched.add(id(widget))
            widget.installEventFilter(self)
            widget.destroyed.connect(lambda *_: self._forget(widget))

    def _forget(self, widget: QWidget) -> None:
        self._waiting.pop(widget, None)
        self._watched.discard(id(widget))
        self._slots = [s for s in self._slots if _widget_of(s) is not widget]

    def _deliver(self, widget: QWidget) -> None:
        actions = self._waiting.pop(widget, [])
        if not actions or not shiboken6.isValid(widget):
            return
        slots = [s for s in self._slots if _widget_of(s) is widget]
        for action in actions:
            for slot in slots:
                slot(action)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget):
            self._deliver(watched)
        return False


def _widget_of(slot: Slot) -> QWidget | None:
    owner = getattr(getattr(slot, "wrapped", slot), "__self__", None)
    return owner if isinstance(owner, QWidget) else None


def _takes_action(slot: Callable[..., object]) -> bool:
    try:
        parameters = inspect.signature(slot).parameters.values()
    except (TypeError, ValueError):
        return True
    return any(
        p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD, p.VAR_POSITIONAL) for p in parameters
    )


class _NoArgument:
    """A slot of no argument, called as one of one (what a Qt signal does)."""

    def __init__(self, wrapped: Callable[[], object]) -> None:
        self.wrapped = wrapped

    def __call__(self, _action: str) -> object:
        return self.wrapped()

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _NoArgument) and other.wrapped == self.wrapped

    def __hash__(self) -> int:
        return hash(self.wrapped)


def _out_of_view(widget: QWidget) -> bool:
    """Hidden inside a window that is on screen (another tab, a page not shown)."""
    return not widget.isVisible() and widget.window().isVisible()


class CongressContext(QObject):
    """Holds at most one open congress file."""

    opened = Signal()
    closed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # The action name, e.g. "attendance.check_in"; hidden screens get it when shown.
        self.changed = Changes(self)
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
