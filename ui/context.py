"""The open congress as the UI sees it: the store, the undo stack, the change router.

Screens never keep their own copy of the truth: after any action the store
publishes a typed ``Change`` (the action and the rows it changed, table by
table); ``changed`` routes it to the screens that show those tables, and each
reloads what the change touched from the services.

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
from secretariat.changes import Change
from secretariat.store import Store

Slot = Callable[[str], object]
ChangeSlot = Callable[[Change], object]

# Delivered at once even to hidden screens: rare, and the menus follow them
# (the Congress menu carries the minutes tab's close / reopen actions).
ALWAYS_DELIVERED = frozenset({"congress.close", "congress.reopen"})


class Changes(QObject):
    """``ctx.changed``: the typed change records of the open congress, routed to the screens.

    A screen (``ui.screen.Screen``) ``watch``-es the tables it shows and gets a
    ``Change`` only when one touches them: at once while it is visible (or while
    its window is not on screen: a screen built alone, as in tests); while it is
    hidden inside a window on screen (another tab, a page not shown) the changes
    wait, merged into one, and reach it when it is shown, before it paints.

    ``connect`` / ``disconnect`` / ``emit`` keep the face of a Qt signal of one
    str for the few listeners that want only the action's name (the window's
    title, the undo report): such a slot that is a method of a widget is held
    like a screen, the last action of each area in order; other slots are called
    at once. A deleted widget is dropped.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._slots: list[Slot] = []
        self._screens: dict[QWidget, list[tuple[frozenset[str], ChangeSlot]]] = {}
        self._waiting: dict[QWidget, list[Change]] = {}
        self._watched: set[int] = set()

    # -- screens
    def watch(self, widget: QWidget, tables: frozenset[str], slot: ChangeSlot) -> None:
        """Call ``slot(change)`` for the changes touching ``tables`` (all, if empty)."""
        self._screens.setdefault(widget, []).append((tables, slot))
        self._track(widget)

    def unwatch(self, widget: QWidget) -> None:
        self._screens.pop(widget, None)
        self._waiting.pop(widget, None)

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

    def emit(self, change: Change | str) -> None:  # type: ignore[override]
        """Route one committed change (a bare action name touches every table)."""
        if isinstance(change, str):
            change = Change(change, unknown=True)
        for slot in list(self._slots):
            widget = _widget_of(slot)
            if widget is None:
                slot(change.action)
            elif not shiboken6.isValid(widget):
                self.disconnect(slot)
            elif change.action in ALWAYS_DELIVERED or not _out_of_view(widget):
                slot(change.action)
            else:
                self._hold(widget, change)
        for widget, watches in list(self._screens.items()):
            if not shiboken6.isValid(widget):
                self._forget(widget)
                continue
            if not any(not tables or change.touches(*tables) for tables, _watcher in watches):
                continue
            if change.action in ALWAYS_DELIVERED or not _out_of_view(widget):
                for tables, watcher in list(watches):
                    if not tables or change.touches(*tables):
                        watcher(change)
            else:
                self._hold(widget, change)

    def stale(self, widget: QWidget) -> bool:
        """Changes wait for ``widget`` (it reloads when shown)."""
        return bool(self._waiting.get(widget))

    def bring_up_to_date(self, widget: QWidget) -> None:
        """Hand ``widget`` the changes waiting for it now (it is about to act)."""
        self._deliver(widget)

    def flush(self) -> None:
        """Hand every waiting change over now (before the file closes, say)."""
        for widget in list(self._waiting):
            self._deliver(widget)

    # -- holding and handing over
    def _hold(self, widget: QWidget, change: Change) -> None:
        # One change per area ("attendance", "election", …) for the name-only
        # slots, which tell changes apart by that prefix: a hundred check-ins
        # reload once. The screens get the held changes merged into one.
        waiting = [c for c in self._waiting.get(widget, []) if c.area != change.area]
        if widget in self._screens:
            merged = change
            for held in self._waiting.get(widget, []):
                merged = held.merged(merged)
            waiting = [merged]
        else:
            waiting.append(change)
        self._waiting[widget] = waiting
        self._track(widget)

    def _track(self, widget: QWidget) -> None:
        if id(widget) not in self._watched:
            self._watched.add(id(widget))
            widget.installEventFilter(self)
            widget.destroyed.connect(lambda *_: self._forget(widget))

    def _forget(self, widget: QWidget) -> None:
        self._waiting.pop(widget, None)
        self._screens.pop(widget, None)
        self._watched.discard(id(widget))
        self._slots = [s for s in self._slots if _widget_of(s) is not widget]

    def _deliver(self, widget: QWidget) -> None:
        changes = self._waiting.pop(widget, [])
        if not changes or not shiboken6.isValid(widget):
            return
        slots = [s for s in self._slots if _widget_of(s) is widget]
        for change in changes:
            for slot in slots:
                slot(change.action)
        for tables, watcher in list(self._screens.get(widget, [])):
            for change in changes:
                if not tables or change.touches(*tables):
                    watcher(change)

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
        # Routes each committed Change to the screens watching its tables.
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
