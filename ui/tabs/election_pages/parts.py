"""The small widgets every page of the elections tab is built of, and how a page
asks the tab for a key (the tab owns the keys: they work on every page)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from ui.tabs.election_pages.common import MAX_COUNT, PANEL_STYLE
from ui.widgets.shortcuts import key_button

TAB = Qt.ShortcutContext.WidgetWithChildrenShortcut
WIDGET_ONLY = Qt.ShortcutContext.WidgetShortcut
ENTER = (QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter))


class AddAction(Protocol):
    """The tab's maker of a key: ``owner`` None is the whole tab."""

    def __call__(
        self,
        name: str,
        text: str,
        keys: list[QKeySequence],
        slot: Callable[[], object],
        button: QPushButton | None = None,
        owner: QWidget | None = None,
        context: Qt.ShortcutContext = TAB,
    ) -> QAction: ...


def button(text: str, name: str, *, focus: bool = False) -> QPushButton:
    return key_button(text, name, focus=focus)


def spin(name: str, maximum: int = MAX_COUNT) -> QSpinBox:
    box = QSpinBox()
    box.setObjectName(name)
    box.setRange(0, maximum)
    box.setMinimumWidth(80)
    box.setAlignment(Qt.AlignmentFlag.AlignRight)
    return box


def table(name: str, headers: list[str]) -> QTableWidget:
    made = QTableWidget(0, len(headers))
    made.setObjectName(name)
    made.setHorizontalHeaderLabels(headers)
    made.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    made.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    made.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    made.setWordWrap(False)
    made.verticalHeader().setVisible(False)
    rows = made.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(made.fontMetrics().height() + 10)
    header = made.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return made


def fit_height(rows_of: QTableWidget, least: int = 3, most: int = 12) -> None:
    """As tall as its rows (between ``least`` and ``most``): no empty band below."""
    rows = min(max(rows_of.rowCount(), least), most)
    header = rows_of.horizontalHeader()
    height = header.height() or header.sizeHint().height()
    height += rows * rows_of.verticalHeader().defaultSectionSize() + 2 * rows_of.frameWidth()
    rows_of.setFixedHeight(height)


def panel() -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setObjectName("electionPanel")
    frame.setStyleSheet(PANEL_STYLE)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(10, 6, 10, 6)
    return frame, layout


def scroll(page: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidget(page)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    return area
