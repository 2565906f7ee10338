"""The one feedback line every screen shows under its actions.

Green for what was done, red for a refusal, grey for a hint (what to do next);
empty, it is a blank line of the same height, so nothing jumps under the cursor.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from ui.widgets.shortcuts import wrapping_label

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
    label = wrapping_label(name)
    if parent is not None:
        label.setParent(parent)
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
