"""The one feedback line every screen shows under its actions: green said, red refused."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from ui.widgets.shortcuts import wrapping_label

OK_STYLE = "QLabel { color: #0f5a1e; font-weight: bold; }"
ERROR_STYLE = "QLabel { color: #b3261e; font-weight: bold; }"


def feedback_line(name: str, parent: QWidget | None = None) -> QLabel:
    """A word-wrapped, plain-text line (it never widens the window)."""
    label = wrapping_label(name)
    if parent is not None:
        label.setParent(parent)
    return label


def say(label: QLabel, text: str, *, ok: bool) -> None:
    """Show ``text`` on a feedback line: green if ``ok``, red if refused; "" clears it."""
    label.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)
    label.setProperty("ok", ok if text else None)
    label.setText(text)
