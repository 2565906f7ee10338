"""Table views of the congress tab: one look, and selections kept by id across reloads."""

from __future__ import annotations

import math

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QAbstractItemView, QStyle, QTableView

from ui.dialogs.people import named
from ui.models.roster_model import ID_ROLE, MemberTableModel


def table_view(name: str) -> QTableView:
    view = named(QTableView(), name)
    # A header narrower than its text ends in "…" (Qt's headers cut it by default).
    view.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setSortingEnabled(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.horizontalHeader().setHighlightSections(False)
    view.horizontalHeader().setSectionsMovable(True)
    return view


def selected_ids(view: QTableView) -> list[int]:
    """Ids of the selected rows, in the order they are shown."""
    rows = sorted(view.selectionModel().selectedRows(), key=lambda i: i.row())
    return [int(i.data(ID_ROLE)) for i in rows]


def current_id(view: QTableView) -> int | None:
    index = view.currentIndex()
    selected = view.selectionModel().selectedRows()
    if not index.isValid() or not selected:
        return None
    if not view.selectionModel().isRowSelected(index.row(), QModelIndex()):
        index = selected[0]
    return int(index.siblingAtColumn(0).data(ID_ROLE))


def select_ids(view: QTableView, ids: list[int], current: int | None) -> None:
    model = view.model()
    wanted = set(ids)
    if not wanted and current is None:
        # Nothing to find again (a first load): no walk over every row (a tenth of
        # the Congress tab's first load on 1,000 members; issue 16).
        view.selectionModel().clearSelection()
        return
    chosen = QItemSelection()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        ident = int(index.data(ID_ROLE))
        if ident in wanted:
            chosen.select(index, index)
        if ident == current:
            view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
            view.scrollTo(index)
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
    view.selectionModel().select(chosen, flags | QItemSelectionModel.SelectionFlag.Rows)


def size_member_columns(view: QTableView) -> None:
    """First widths of the members' columns: fit a sample of the data, not every row."""
    header = view.horizontalHeader()
    # Measure the rows in view and 100 more, not all of a 1,000-member roster
    # (1.5 s at open; bench/big_congress.py).
    view.verticalHeader().setResizeContentsPrecision(100)
    # Fit the data and the header's words (Vietnamese headers are often longer than
    # their data); where the sort arrow leaves too little room, the header is elided
    # ("Năm s…", its full text in a tooltip), not cut ("lăm sin").
    # The first screenful or so (issue 16: 150 rows took most of the first
    # tab's start on 1,000 members; names and posts are alike further down).
    model, sample = view.model(), min(view.model().rowCount(), 40)

    # The text's width and the item's margins, as the style measures a plain text
    # cell: the same widths as sizeHintForIndex without asking the model for
    # every role of every cell (half of the Congress tab's start; issue 16).
    metrics = QFontMetricsF(view.font())
    style = view.style()
    margins = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)

    def fit(column: int) -> int:
        if view.isVisible():
            return view.sizeHintForColumn(column)
        # Hidden (built before it is shown), Qt would measure every row: a sample.
        texts = (model.index(r, column).data() for r in range(sample))
        widths = (math.ceil(metrics.horizontalAdvance(str(t or ""))) for t in texts)
        return max(widths, default=-margins) + margins + int(view.showGrid())

    header_margin = 2 * style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    for column in range(MemberTableModel.COLUMN_COUNT):
        data = max(fit(column), 40)
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        words = math.ceil(metrics.horizontalAdvance(title)) + header_margin + 2
        header.resizeSection(
            column, max(data, min(header.sectionSizeHint(column), max(data + 16, words)))
        )
    name, position = MemberTableModel.NAME, MemberTableModel.POSITION
    header.resizeSection(name, min(max(header.sectionSize(name), 170), 240))
    # The position is the longest text: enough room to read a rank and a post.
    header.resizeSection(position, min(header.sectionSize(position), 230))
    # The flags, usually empty, take what is left.
    header.setStretchLastSection(True)
