"""Two versions of the resolution side by side, word-level changes highlighted.

One read-only browser holding a three-column table (place | earlier | later),
so each section or target of the two versions stays on the same row however
long its text is. Deleted words are red and struck through on the left,
inserted words green and underlined on the right (``secretariat.rules.diff``
decides what changed; this widget only paints it).
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from secretariat.rules.diff import DELETE, EQUAL, INSERT
from secretariat.services.resolution import Aligned

DELETED_STYLE = "color:#b3261e; background-color:#fde7e9; text-decoration:line-through;"
INSERTED_STYLE = "color:#0f5a1e; background-color:#e3f4e6; text-decoration:underline;"
HEAD_STYLE = "background-color:#eef1f5; font-weight:bold;"
STATUS_COLOURS = {"changed": "#8a5300", "added": "#0f5a1e", "removed": "#b3261e"}


def _text(text: str) -> str:
    return html.escape(text).replace("\n", "<br/>")


def side_html(block: Aligned, which: str) -> str:
    """One side of a block: "a" shows equal + deleted words, "b" equal + inserted."""
    if (block.a if which == "a" else block.b) is None:
        return ""
    keep = DELETE if which == "a" else INSERT
    style = DELETED_STYLE if which == "a" else INSERTED_STYLE
    parts = []
    for run in block.runs:
        if run.op == EQUAL:
            parts.append(_text(run.text))
        elif run.op == keep:
            parts.append(f'<span style="{style}">{_text(run.text)}</span>')
    return "".join(parts)


class DiffView(QWidget):
    """Shows ``compare``'s aligned blocks; "Only changes" hides the equal ones."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("diffView")
        self._blocks: tuple[Aligned, ...] = ()
        self._titles = ("", "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel()
        self.summary.setObjectName("diffSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.only_changes = QCheckBox(self.tr("Only the changes"))
        self.only_changes.setObjectName("onlyChanges")
        self.only_changes.toggled.connect(lambda _on: self._render())
        self.browser = QTextBrowser()
        self.browser.setObjectName("diffBrowser")
        self.browser.setOpenLinks(False)
        layout.addWidget(self.summary)
        layout.addWidget(self.only_changes)
        layout.addWidget(self.browser, 1)

    def set_blocks(self, blocks: Sequence[Aligned], earlier: str, later: str) -> None:
        self._blocks = tuple(blocks)
        self._titles = (earlier, later)
        changed = sum(1 for b in self._blocks if b.status != "equal")
        self.summary.setText(
            self.tr("%1 → %2: %3 of %4 sections and targets differ.")
            .replace("%1", earlier)
            .replace("%2", later)
            .replace("%3", str(changed))
            .replace("%4", str(len(self._blocks)))
        )
        self._render()

    def clear(self) -> None:
        self._blocks = ()
        self.summary.clear()
        self.browser.clear()

    def blocks(self) -> tuple[Aligned, ...]:
        return self._blocks

    def insertions(self) -> list[str]:
        """The inserted stretches of text, in order (what the right side underlines)."""
        return [r.text for b in self._blocks for r in b.runs if r.op == INSERT and b.b is not None]

    def deletions(self) -> list[str]:
        return [r.text for b in self._blocks for r in b.runs if r.op == DELETE and b.a is not None]

    def _status(self, status: str) -> str:
        words = {
            "changed": self.tr("changed"),
            "added": self.tr("added"),
            "removed": self.tr("removed"),
        }
        if status not in words:
            return ""
        return f'<br/><span style="color:{STATUS_COLOURS[status]};">{words[status]}</span>'

    def _render(self) -> None:
        earlier, later = self._titles
        place = self.tr("Place")  # (not inside the f-string: lupdate would not see it)
        rows = [
            f'<tr><td style="{HEAD_STYLE}" width="16%">{_text(place)}</td>'
            f'<td style="{HEAD_STYLE}" width="42%">{_text(earlier)}</td>'
            f'<td style="{HEAD_STYLE}" width="42%">{_text(later)}</td></tr>'
        ]
        only = self.only_changes.isChecked()
        for block in self._blocks:
            if only and block.status == "equal":
                continue
            label = _text(block.label or self.tr("(general)")) + self._status(block.status)
            rows.append(
                f"<tr><td>{label}</td><td>{side_html(block, 'a')}</td>"
                f"<td>{side_html(block, 'b')}</td></tr>"
            )
        self.browser.setHtml(
            '<table width="100%" border="1" cellspacing="0" cellpadding="6" '
            'style="border-collapse:collapse; border-color:#cfd8e3;">' + "".join(rows) + "</table>"
        )
