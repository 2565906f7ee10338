"""Keyboard actions of the tabs, and small font helpers, in one place.

A tab's frequent actions are QActions with shortcuts scoped to the tab (live
while the keyboard is anywhere inside it, not in the other tabs), each mirrored
by a button that shows its key.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QLabel, QPushButton, QSizePolicy, QWidget

TAB = Qt.ShortcutContext.WidgetWithChildrenShortcut


def tab_action(
    parent: QObject,
    text: str,
    keys: QKeySequence | Sequence[QKeySequence],
    slot: Callable[[], object],
    *,
    owner: QWidget,
    context: Qt.ShortcutContext = TAB,
    button: QAbstractButton | None = None,
    name: str = "",
) -> QAction:
    """An action on ``owner`` with its shortcuts; ``button`` (if any) triggers it too
    and is enabled exactly when the action is."""
    action = QAction(text, parent)
    if name:
        action.setObjectName(name)
    action.setShortcuts([keys] if isinstance(keys, QKeySequence) else list(keys))
    action.setShortcutContext(context)
    action.triggered.connect(lambda _checked=False: slot())
    if button is not None:
        button.clicked.connect(action.trigger)
        button.setEnabled(action.isEnabled())
        action.enabledChanged.connect(button.setEnabled)
    owner.addAction(action)
    return action


def scale_font(widget: QWidget, factor: float, bold: bool = False) -> None:
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    widget.setFont(font)


def wrapping_label(name: str) -> QLabel:
    """A plain-text label that wraps (for feedback and status lines)."""
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    # A long line wraps within the width it is given; it never widens the window.
    policy = label.sizePolicy()
    policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
    label.setSizePolicy(policy)
    return label


def key_button(text: str, name: str, *, focus: bool = False) -> QPushButton:
    """A button mirroring a tab's keyboard action; by default it takes no focus, so
    clicking it leaves the keyboard where the secretary was typing."""
    button = QPushButton(text)
    button.setObjectName(name)
    if not focus:
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return button
