"""The parts of the minutes tab: the closed banner, the sections with their check, the editor."""

from __future__ import annotations

import html
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from secretariat.domain import Missing
from secretariat.services.minutes import MinutesSection
from ui.tabs.minutes.compare import compare_html
from ui.tabs.minutes.texts import (
    COL_STATE,
    COL_TITLE,
    FIX_TAB,
    KEY_ROLE,
    SECTION_LINK,
    STATE_COLOURS,
    missing_text,
    section_state,
    section_title,
    state_text,
    tab_name,
)
from ui.widgets.check_view import CheckView
from ui.widgets.shortcuts import key_button, scale_font, wrapping_label

MUTED = "QLabel { color: #5f6b7a; }"
CHIP_STYLE = "QLabel {{ color: #ffffff; background: {}; border-radius: 4px; padding: 2px 10px; }}"
BANNER_STYLE = (
    "QFrame#closedBanner { background: #7a1f1a; border-radius: 6px; }"
    " QFrame#closedBanner QLabel { color: #ffffff; }"
)
FROZEN_STYLE = "QPlainTextEdit { background: #f1f1f1; color: #444444; }"


def restyle(widget: QWidget, sheet: str) -> None:
    """Set a style sheet only if it differs: each setting polishes the widget again,
    and the refresh after every change would pay for it (#16)."""
    if widget.styleSheet() != sheet:
        widget.setStyleSheet(sheet)


class ClosedBanner(QFrame):
    """The banner of a closed congress: since when, the fingerprint, and "Reopen…"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("closedBanner")
        self.setStyleSheet(BANNER_STYLE)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 8)
        self.label = wrapping_label("closedBannerText")
        scale_font(self.label, 1.15, bold=True)
        layout.addWidget(self.label, 1)
        self.reopen_button = key_button(self.tr("Reopen… (Mở lại)"), "reopenButton")
        self.reopen_button.setMinimumHeight(34)
        layout.addWidget(self.reopen_button)
        self.hide()

    def show_closed(self, closed_at: datetime | None, fingerprint: str) -> None:
        if closed_at is None:
            self.hide()
            return
        self.label.setText(
            self.tr(
                "The congress is closed: its record has been frozen since %1. "
                "Fingerprint printed on every document: %2"
            )
            .replace("%1", closed_at.strftime("%H:%M %d/%m/%Y"))
            .replace("%2", fingerprint)
        )
        self.show()


class SectionsPanel(QWidget):
    """Left: the sections in document order with their state; under them, the check."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(self.tr("Sections of the congress minutes"))
        scale_font(caption, 1.2, bold=True)
        layout.addWidget(caption)
        self.tree = self._build_tree()
        layout.addWidget(self.tree, 1)
        check_title = QLabel(self.tr("Before signing: what the minutes still lack"))
        check_title.setFont(caption.font())
        layout.addWidget(check_title)
        self.check_label = CheckView("minutesCheck")
        layout.addWidget(self.check_label, 1)
        self.setMinimumWidth(340)
        self._shown: object = ()  # the gaps and titles shown (a change often leaves them)

    def _build_tree(self) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setObjectName("sectionsTree")
        tree.setColumnCount(2)
        tree.setHeaderLabels([self.tr("Section"), self.tr("State")])
        tree.setRootIsDecorated(False)
        tree.setUniformRowHeights(True)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_STATE, QHeaderView.ResizeMode.ResizeToContents)
        return tree

    def rows(self) -> list[QTreeWidgetItem]:
        return [
            item
            for i in range(self.tree.topLevelItemCount())
            if (item := self.tree.topLevelItem(i)) is not None
        ]

    def fill(self, sections: list[MinutesSection], keep: str | None) -> None:
        """Show ``sections``; the same keys as shown are updated in place (no flicker,
        no scroll). ``keep`` becomes the current row."""
        keys = [s.key for s in sections]
        rows = self.rows()
        same = [r.data(COL_TITLE, KEY_ROLE) for r in rows] == keys
        if not same:
            self.tree.clear()
        for n, section in enumerate(sections):
            found = rows[n] if same else None
            item = found if found is not None else QTreeWidgetItem()
            fill_row(item, section)
            if found is None:
                self.tree.addTopLevelItem(item)
            if section.key == keep and self.tree.currentItem() is not item:
                self.tree.setCurrentItem(item)

    def select(self, key: str) -> None:
        for item in self.rows():
            if item.data(COL_TITLE, KEY_ROLE) == key:
                self.tree.setCurrentItem(item)
                return

    def show_check(self, gaps: list[Missing] | None, sections: list[MinutesSection]) -> None:
        """The gaps with their links (None: no congress open); unchanged, nothing is laid out."""
        shown = (None if gaps is None else list(gaps), [section_title(s) for s in sections])
        if shown == self._shown:
            return
        self._shown = shown
        if gaps is None:
            self.check_label.clear()
            return
        if not gaps:
            self.check_label.show_ok(self.tr("Every fact the minutes need is recorded."))
            return
        titles = {s.key: section_title(s) for s in sections}
        lines = []
        for gap in gaps:
            if gap.code == "stale_edit":
                link = SECTION_LINK + gap.detail
                hint = self.tr("Show the section")
            else:
                link = FIX_TAB.get(gap.code, "congress")
                hint = self.tr("Fill it in on the %1 tab").replace("%1", tab_name(link))
            lines.append((missing_text(gap, titles), link, hint))
        self.check_label.show_gaps(lines)


def fill_row(item: QTreeWidgetItem, section: MinutesSection) -> None:
    code = section_state(section)
    title = section_title(section)
    item.setText(COL_TITLE, "    " + title if section.level >= 2 else title)
    item.setText(COL_STATE, state_text(code))
    item.setData(COL_TITLE, KEY_ROLE, section.key)
    item.setToolTip(COL_TITLE, title)
    item.setForeground(COL_STATE, QBrush(QColor(STATE_COLOURS[code])))
    font = item.font(COL_TITLE)
    font.setBold(section.level == 1)
    item.setFont(COL_TITLE, font)


class EditorPage(QWidget):
    """Right: the section's title and state, its text, the buttons, the comparison."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        head = QHBoxLayout()
        self.title_label = wrapping_label("sectionTitle")
        scale_font(self.title_label, 1.3, bold=True)
        head.addWidget(self.title_label, 1)
        self.state_label = QLabel()
        self.state_label.setObjectName("sectionState")
        head.addWidget(self.state_label, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(head)
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("sectionEditor")
        self.editor.setTabChangesFocus(True)
        scale_font(self.editor, 1.1)
        layout.addWidget(self.editor, 3)
        hint = wrapping_label("editorHint")
        hint.setStyleSheet(MUTED)
        hint.setText(
            self.tr(
                "One paragraph per line; a line starting with “- ” or “+ ” is a list item. "
                "Your text is kept when you leave the section, after a pause in typing, or at "
                "once with Ctrl+Enter; Ctrl+Z undoes it."
            )
        )
        layout.addWidget(hint)
        buttons = QHBoxLayout()
        self.save_button = key_button(self.tr("Keep the text (Ctrl+Enter)"), "saveButton")
        self.revert_button = key_button(
            self.tr("Revert to generated (Ctrl+Shift+R)"), "revertButton"
        )
        self.confirm_button = key_button(self.tr("Keep my edit as checked"), "confirmButton")
        self.compare_button = key_button(self.tr("Compare (F6)"), "compareButton")
        self.compare_button.setCheckable(True)
        for button in (
            self.save_button,
            self.revert_button,
            self.confirm_button,
            self.compare_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.compare_box = self._build_compare()
        layout.addWidget(self.compare_box, 2)

    def _build_compare(self) -> QFrame:
        box = QFrame()
        box.setObjectName("compareBox")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 4, 0, 0)
        self.compare_caption = wrapping_label("compareCaption")
        self.compare_caption.setText(
            self.tr(
                "Your text compared with the text generated from the data now: "
                "struck out in red, only in your text; in green, only in the regenerated text."
            )
        )
        layout.addWidget(self.compare_caption)
        self.compare_view = QTextBrowser()
        self.compare_view.setObjectName("compareView")
        self.compare_view.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        layout.addWidget(self.compare_view)
        box.hide()
        return box

    def show_header(self, section: MinutesSection | None, title: str = "") -> None:
        """The section's title and its state chip (no section: ``title`` alone)."""
        if section is None:
            self.title_label.setText(title)
            self.state_label.clear()
            restyle(self.state_label, "")
            return
        self.title_label.setText(section_title(section))
        code = section_state(section)
        self.state_label.setText(state_text(code))
        restyle(self.state_label, CHIP_STYLE.format(STATE_COLOURS[code]))

    def set_frozen(self, frozen: bool) -> None:
        self.editor.setReadOnly(frozen)
        restyle(self.editor, FROZEN_STYLE if frozen else "")

    def show_compare(self, section: MinutesSection) -> None:
        if not (self.compare_button.isChecked() and section.edited):
            self.compare_box.hide()
            return
        if section.text == section.generated_text:
            self.compare_view.setHtml(
                html.escape(self.tr("Your text is the same as the regenerated text."))
            )
        else:
            self.compare_view.setHtml(compare_html(section.text, section.generated_text))
        self.compare_box.show()
