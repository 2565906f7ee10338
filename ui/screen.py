"""The base of every tab, page and panel: one shape for reading, acting and listening.

A screen

- shows the open congress's data and reloads it from the services in
  ``refresh`` (everything) or ``on_change`` (only what a change touched);
- declares in ``WATCHES`` the tables it shows: the context's router
  (``ui.context.Changes``) calls ``on_change`` only for a change touching one
  of them — at once while the screen is visible, held and merged while it is
  hidden, handed over when it is shown (a hidden screen costs nothing);
- sits under the widgets (a panel in ``ui/widgets`` may be a screen too) and
  over the context: it imports neither widgets nor commands;
- acts through ``run``: one runner that calls a ``ui.commands`` action, words a
  refusal on the one ``feedback`` line and tells its own changes from the others
  (an undo, a redo or another screen clears the line: what it said is stale);
- connects to signals that outlive it (the context's ``opened`` / ``closed``)
  through ``listen``, so no connection calls into a deleted widget.

Models: Anki's ``CollectionOp`` + ``OpChanges`` (one runner, typed changes the
screens subscribe to) and Vorta's ``BaseTab`` (tracked connections).
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from typing import Any, ClassVar

import shiboken6
from PySide6.QtCore import QMetaObject, QObject, Qt, SignalInstance
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from secretariat.changes import Change
from secretariat.errors import SecretariatError
from ui.context import CongressContext
from ui.messages import describe as describe_error

# The one feedback line: green for what was done, red for a refusal, grey for a hint.
OK_STYLE = (
    "QLabel { color: #0f5a1e; background: #e3f4e5; border: 1px solid #8cc79a;"
    " border-radius: 4px; padding: 4px 8px; font-weight: bold; }"
)
ERROR_STYLE = (
    "QLabel { color: #8e1212; background: #fde8e8; border: 1px solid #d93025;"
    " border-radius: 4px; padding: 4px 8px; font-weight: bold; }"
)
HINT_STYLE = "QLabel { color: #4a4a4a; padding: 4px 8px; }"


def feedback_line(name: str, parent: QWidget | None = None) -> QLabel:
    """A word-wrapped, plain-text line (it never widens the window)."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    # A long line wraps within the width it is given; it never widens the window.
    policy = label.sizePolicy()
    policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
    label.setSizePolicy(policy)
    # Always there (empty when idle), so what is under it never jumps.
    label.setMinimumHeight(label.fontMetrics().height() + 14)
    return label


def say(label: QLabel, text: str, *, ok: bool | None) -> None:
    """Show ``text``: done (``ok``), refused (not ``ok``) or a hint (None); "" clears."""
    if not text:
        label.setStyleSheet("")
    elif ok is None:
        label.setStyleSheet(HINT_STYLE)
    else:
        label.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)
    label.setProperty("ok", ok if text else None)
    label.setText(text)


class Screen(QWidget):
    """A tab, a page of a tab or a panel of one, over the open congress."""

    # The tables (``secretariat.models`` table names) this screen shows; empty: every change.
    WATCHES: ClassVar[frozenset[str]] = frozenset()

    def __init__(self, ctx: CongressContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.feedback: QLabel = feedback_line(f"{type(self).__name__}Feedback", self)
        self._acting = 0
        self._connections: list[tuple[SignalInstance, QMetaObject.Connection]] = []
        ctx.changed.watch(self, self.WATCHES, self._changed)
        self.listen(ctx.opened, self.on_opened)
        self.listen(ctx.closed, self.on_closed)
        # Not a method of self: it runs while the C++ object is going away.
        connections = self._connections
        self.destroyed.connect(lambda *_: _drop(connections))

    # -- reading
    def refresh(self) -> None:
        """Reload everything the screen shows (override)."""

    def on_change(self, change: Change) -> None:
        """Reload what ``change`` touched (override); by default everything."""
        self.refresh()

    def on_opened(self) -> None:
        """A congress was opened (override); by default reload."""
        self.refresh()

    def on_closed(self) -> None:
        """The congress was closed (override); by default reload (to empty)."""
        self.show_feedback("", ok=True)
        self.refresh()

    def _changed(self, change: Change) -> None:
        if not self._acting:
            # An undo, a redo or another screen: what the line said may be stale.
            self.show_feedback("", ok=True)
        self.on_change(change)

    # -- acting
    @property
    def acting(self) -> bool:
        """Inside ``run``: the change arriving is this screen's own."""
        return self._acting > 0

    def run(
        self,
        do: Callable[[], object],
        *,
        describe: Callable[[SecretariatError], str] | None = None,
        done: str = "",
    ) -> bool:
        """Run one action; say a refusal (nothing written) or ``done`` on the feedback line."""
        if self.ctx.store is None:
            return False
        self._acting += 1
        try:
            do()
        except SecretariatError as error:
            self.show_feedback((describe or describe_error)(error), ok=False)
            return False
        finally:
            self._acting -= 1
        self.show_feedback(done, ok=True)
        return True

    def show_feedback(self, text: str, *, ok: bool | None) -> None:
        """Green for what was done, red for a refusal, grey for a hint (None); "" clears."""
        if shiboken6.isValid(self.feedback):
            say(self.feedback, text, ok=ok)

    # -- listening
    def listen(self, signal: SignalInstance, slot: Callable[..., Any]) -> None:
        """Connect ``slot`` to ``signal`` for as long as this screen lives."""
        connection = signal.connect(slot)
        if not isinstance(getattr(slot, "__self__", None), QObject):
            # A method of a QObject dies with it (Qt drops the connection itself);
            # a function or a lambda would outlive it: this screen drops it.
            self._connections.append((signal, connection))


def _drop(connections: list[tuple[SignalInstance, QMetaObject.Connection]]) -> None:
    for signal, connection in connections:
        with suppress(RuntimeError, TypeError):  # the sender went first
            signal.disconnect(connection)
    connections.clear()
