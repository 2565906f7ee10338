"""The speaking statistics: speeches and time per group (full members, probationary
members, guests, men, women, all) and per person, most time first; repainted once a
second while someone speaks."""

from __future__ import annotations

from datetime import datetime
from typing import ClassVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from secretariat.rules.timer import clock_text
from secretariat.services import speeches
from secretariat.services.speeches import Statistics
from ui.tabs.speeches.common import Shared, group_text

GROUPS = ("full", "probationary", "guest", "male", "female", "all")


def _fit_columns(table: QTableWidget) -> None:
    """The first column takes the room left; the figures keep their width."""
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for col in range(1, table.columnCount()):
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)


def _read_only(table: QTableWidget) -> None:
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    _fit_columns(table)


def _set_cell(
    table: QTableWidget, row: int, col: int, text: str, right: bool = True
) -> QTableWidgetItem:
    item = table.item(row, col)
    if item is None:
        item = QTableWidgetItem()
        if right:
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        table.setItem(row, col, item)
    if item.text() != text:
        item.setText(text)
    return item


class StatisticsPanel(QGroupBox):
    """The groups' tally and the per-person table."""

    WATCHES: ClassVar[frozenset[str]] = frozenset({"speech", "member", "guest"})

    def __init__(self, shared: Shared, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Speaking statistics"))
        self.shared = shared
        self.statistics = Statistics((), {})
        self._second: datetime | None = None
        column = QVBoxLayout(self)
        self._build_groups(column)
        column.addWidget(QLabel(self.tr("Per person (most time first)")))
        self.people_table = QTableWidget(0, 3)
        self.people_table.setObjectName("speechPeople")
        self.people_table.setHorizontalHeaderLabels(
            [self.tr("Speaker"), self.tr("Speeches"), self.tr("Time")]
        )
        _read_only(self.people_table)
        self.people_table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        column.addWidget(self.people_table, 1)
        self.setMinimumWidth(260)

    def _build_groups(self, column: QVBoxLayout) -> None:
        table = self.groups_table = QTableWidget(len(GROUPS), 3)
        table.setObjectName("speechGroups")
        table.setHorizontalHeaderLabels([self.tr("Group"), self.tr("Speeches"), self.tr("Time")])
        _read_only(table)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        for row, group in enumerate(GROUPS):
            _set_cell(table, row, 0, group_text(group), right=False)
        total = QFont(table.font())
        total.setBold(True)
        for col in range(3):
            _set_cell(table, len(GROUPS) - 1, col, "", right=col > 0).setFont(total)
        _set_cell(table, len(GROUPS) - 1, 0, group_text("all"), right=False)
        height = (
            table.horizontalHeader().sizeHint().height()
            + len(GROUPS) * (self.fontMetrics().height() + 8)
            + 2 * table.frameWidth()
        )
        table.setFixedHeight(height)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        column.addWidget(table)

    # --- reading ------------------------------------------------------------------------

    def load(self, now: datetime | None) -> None:
        """Read the statistics at ``now`` (None: no congress, nothing to show)."""
        store = self.shared.ctx.store
        if store is None or now is None:
            self._show(Statistics((), {}))
            return
        self._second = now.replace(microsecond=0)
        self._show(speeches.statistics(store, now))

    def tick(self, now: datetime) -> None:
        """Once a second: the time of the speech under way moves the figures."""
        if now.replace(microsecond=0) != self._second:
            self.load(now)

    def _show(self, stats: Statistics) -> None:
        self.statistics = stats
        for row, group in enumerate(GROUPS):
            tally = stats.groups.get(group)
            count, seconds = (tally.speeches, tally.seconds) if tally else (0, 0)
            _set_cell(self.groups_table, row, 1, str(count))
            _set_cell(self.groups_table, row, 2, clock_text(seconds))
        self.people_table.setRowCount(len(stats.people))
        for row, person in enumerate(stats.people):
            _set_cell(self.people_table, row, 0, person.speaker, right=False)
            _set_cell(self.people_table, row, 1, str(person.speeches))
            _set_cell(self.people_table, row, 2, clock_text(person.seconds))

    def people_rows(self) -> list[tuple[str, str, str]]:
        """(speaker, speeches, time) as the per-person table shows them, top to bottom."""

        def cell(row: int, col: int) -> str:
            item = self.people_table.item(row, col)
            return item.text() if item else ""

        return [(cell(r, 0), cell(r, 1), cell(r, 2)) for r in range(self.people_table.rowCount())]

    def group_tally(self, group: str) -> tuple[int, str]:
        """(speeches, time text) as the statistics panel shows them for a group."""
        row = GROUPS.index(group)
        count = self.groups_table.item(row, 1)
        time = self.groups_table.item(row, 2)
        return (int(count.text()) if count else 0, time.text() if time else "")
