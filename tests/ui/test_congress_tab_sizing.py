"""The member columns of a Congress tab built hidden (at start-up) are sized from
the texts of the first rows with the style's margins: exactly the widths Qt's
delegate gives for those cells (issue 16: asking the model for every role of
every cell was half of the first tab's start)."""

from __future__ import annotations

from typing import Any

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
        expected = max(data, min(header.sectionSizeHint(column), data + 16))
        assert header.sectionSize(column) == expected, column
