"""The member columns of a Congress tab built hidden (at start-up) are sized from
the texts of the first rows with the style's margins: exactly the widths Qt's
delegate gives for those cells (issue 16: asking the model for every role of
every cell was half of the first tab's start)."""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QStyle

from ui.context import CongressContext
from ui.models.roster_model import MemberTableModel
from ui.tabs.congress import CongressTab


def test_hidden_tab_sizes_columns_as_the_delegate_measures(
    qtbot: Any, ctx: CongressContext
) -> None:
    tab = CongressTab(ctx)  # hidden: built before it is shown, as at start-up
    qtbot.addWidget(tab)
    assert not tab.member_view.isVisible()
    view, header = tab.member_view, tab.member_view.horizontalHeader()
    model = view.model()
    assert model.rowCount() > 0
    sample = min(model.rowCount(), 40)
    # Columns the tab does not clamp afterwards (name, position, the last stretches).
    for column in (
        MemberTableModel.NUMBER,
        MemberTableModel.BIRTH_YEAR,
        MemberTableModel.GENDER,
        MemberTableModel.STATUS,
        MemberTableModel.CARD,
        MemberTableModel.ETHNICITY,
    ):
        hints = (view.sizeHintForIndex(model.index(r, column)).width() for r in range(sample))
        data = max(max(hints) + int(view.showGrid()), 40)
        assert header.sectionSize(column) >= data, column


def test_every_member_header_reads_whole_and_a_narrow_one_ends_in_an_ellipsis(
    qtbot: Any, ctx: CongressContext
) -> None:
    """ "Năm sinh" was cut to "lăm sin" beside its sort arrow: a header is as wide as its
    words, and where the sort arrow leaves too little room it ends in "…"."""
    tab = CongressTab(ctx)
    qtbot.addWidget(tab)
    view, header = tab.member_view, tab.member_view.horizontalHeader()
    assert header.textElideMode() == Qt.TextElideMode.ElideRight
    metrics = QFontMetricsF(view.font())
    margin = 2 * view.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    for column in range(MemberTableModel.COLUMN_COUNT):
        title = str(view.model().headerData(column, Qt.Orientation.Horizontal))
        words = math.ceil(metrics.horizontalAdvance(title)) + margin
        assert header.sectionSize(column) >= words, title
