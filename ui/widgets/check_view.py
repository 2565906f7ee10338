"""The check under a list of documents or sections: what is still missing, with links.

One read-only rich-text view that scrolls itself and is as tall as its text
(up to the room its layout gives it). It replaces a word-wrapped rich-text
label inside a scroll area: that label laid its text out again for every width
the layouts asked about — about 20 ms at every change of a count in the check,
on every showing of the minutes after a check-in (issue #16). The document of
a text browser is laid out once per width.

A link activated (by the mouse, like the label before it) emits
``linkActivated`` with its address, so the tabs connect to it as they did.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent, QTextCursor
from PySide6.QtWidgets import QFrame, QSizePolicy, QTextBrowser, QWidget

OK_STYLE = (
    "QTextBrowser { color: #0f5a1e; background: #e3f4e5; border: 1px solid #8cc79a;"
    " border-radius: 4px; padding: 4px 6px; font-weight: bold; }"
)
WARN_STYLE = (
    "QTextBrowser { color: #5c3d00; background: #fff4d6; border: 1px solid #e0b84c;"
    " border-radius: 4px; padding: 4px 6px; }"
)
PLAIN_STYLE = "QTextBrowser { background: transparent; border: none; }"
MIN_HEIGHT = 40
GAP_MARGIN = "margin: 0 0 6px 0"


def _gap_html(text: str, link: str, hint: str) -> str:
    return (
        f"⚠ {html.escape(text)}<br>"
        f"<small><a href='{html.escape(link)}'>{html.escape(hint)}</a></small>"
    )


class CheckView(QTextBrowser):
    """``show_ok``, ``show_warning`` or ``show_gaps``; ``text()`` is the HTML shown."""

    linkActivated = Signal(str)  # the name QLabel gave it

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setOpenLinks(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # as the label was: no Tab stop
        self.anchorClicked.connect(lambda url: self.linkActivated.emit(url.toString()))
        self._html = ""
        self._lines: list[str] | None = None  # the gaps shown, one paragraph each
        self._fitted_width = -1
        self._needed = MIN_HEIGHT
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.setStyleSheet(PLAIN_STYLE)

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._needed)

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), MIN_HEIGHT)

    def text(self) -> str:
        return self._html

    def clear(self) -> None:
        self._show("", PLAIN_STYLE)

    def show_ok(self, text: str) -> None:
        self._show("✓ " + html.escape(text), OK_STYLE)

    def show_warning(self, text: str) -> None:
        self._show(html.escape(text), WARN_STYLE)

    def show_gaps(self, gaps: Sequence[tuple[str, str, str]]) -> None:
        """Each gap: its words, the link that fixes it and the link's words."""
        lines = [_gap_html(*gap) for gap in gaps]
        source = "".join(f"<p style='{GAP_MARGIN}'>{line}</p>" for line in lines)
        if self._lines is not None and len(lines) == len(self._lines) and source != self._html:
            # The same gaps, some with other words (a count after a check-in): only
            # their paragraphs are laid out again, not the whole check.
            document = self.document()
            for n, (old, new) in enumerate(zip(self._lines, lines, strict=True)):
                if old != new:
                    block = document.findBlockByNumber(n)
                    cursor = QTextCursor(block)
                    cursor.setPosition(
                        block.position() + block.length() - 1, cursor.MoveMode.KeepAnchor
                    )
                    cursor.insertHtml(new)
            self._html, self._lines = source, lines
            self._fitted_width = -1
            self._fit()
            return
        self._show(source, WARN_STYLE)
        self._lines = lines

    def _show(self, source: str, sheet: str) -> None:
        if source == self._html and self.styleSheet() == sheet:
            return  # unchanged: nothing is laid out again
        self._html = source
        self._lines = None
        if self.styleSheet() != sheet:  # each setting polishes the view again
            self.setStyleSheet(sheet)
        self.setHtml(source)
        self._fitted_width = -1
        self._fit()

    def _fit(self) -> None:
        """As tall as the text at the width shown: its size hint and its limit (the
        layout may give it less, and then it scrolls)."""
        width = self.viewport().width()
        if width == self._fitted_width:
            return
        self._fitted_width = width
        needed = MIN_HEIGHT
        if self._html:
            document = self.document()
            document.setTextWidth(width)
            frame = max(self.height() - self.viewport().height(), 0)
            needed = max(MIN_HEIGHT, int(document.size().height()) + frame + 2)
        if needed != self._needed:
            self._needed = needed
            self.setMaximumHeight(needed)
            self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit()
