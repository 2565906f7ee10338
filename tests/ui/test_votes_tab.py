"""The votes tab driven through its keys and buttons, on the demo congress."""

from __future__ import annotations

from typing import Any

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QStyle, QWidget

from secretariat import demo
from secretariat.domain import VoteRow
from secretariat.services import agenda, attendance, congress, roster, votes
from tests.core.conftest import FakeClock
from ui.context import CongressContext
from ui.i18n import translator
from ui.tabs.votes import VotesTab, hall_lines
from ui.widgets.charts import BarChart


@pytest.fixture(autouse=True)
def english(qapp: object) -> None:
    translator.install("en")


@pytest.fixture
def ctx(ctx: CongressContext) -> CongressContext:
    """The demo without its votes: these tests seed and hold them through the tab."""
    for vote in votes.list_votes(ctx.require()):
        votes.remove_vote(ctx.require(), vote.id)
    return ctx


def show(qtbot: Any, ctx: CongressContext, projector: Any = None) -> VotesTab:
    ctx.require().clock = FakeClock(demo.MOMENT)
    tab = VotesTab(ctx, projector=projector)
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    tab.show()
    qtbot.waitExposed(tab)
    tab.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is tab)
    tab.table.setFocus()
    return tab


def press(qtbot: Any, tab: VotesTab, widget: QWidget, which: Qt.Key, modifier: Any = None) -> None:
    if QApplication.activeWindow() is not tab:
        tab.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is tab)
    qtbot.keyClick(widget, which, modifier or Qt.KeyboardModifier.NoModifier)


def cell(tab: VotesTab, row: int, column: int) -> str:
    item = tab.table.item(row, column)
    assert item is not None
    return item.text()


def all_votes(ctx: CongressContext) -> list[VoteRow]:
    return votes.list_votes(ctx.require())


def seeded(qtbot: Any, ctx: CongressContext) -> VotesTab:
    tab = show(qtbot, ctx)
    qtbot.mouseClick(tab.seed_button, Qt.MouseButton.LeftButton)
    return tab


def type_counts(qtbot: Any, tab: VotesTab, yes: int, no: int, other: int) -> None:
    """Enter in the list goes to the counts; Tab moves; Enter records."""
    press(qtbot, tab, tab.table, Qt.Key.Key_Return)
    assert tab.yes_spin.hasFocus()
    for spin, value in ((tab.yes_spin, yes), (tab.no_spin, no), (tab.other_spin, other)):
        assert spin.hasFocus()
        spin.selectAll()
        qtbot.keyClicks(spin, str(value))
        if spin is not tab.other_spin:
            press(qtbot, tab, spin, Qt.Key.Key_Tab)
    press(qtbot, tab, tab.other_spin, Qt.Key.Key_Return)


def test_default_votes_one_per_item_that_needs_one(qtbot: Any, ctx: CongressContext) -> None:
    tab = show(qtbot, ctx)
    assert tab.seed_button.isVisible()
    assert tab.table.rowCount() == 0
    qtbot.mouseClick(tab.seed_button, Qt.MouseButton.LeftButton)
    needing = [i for i in agenda.list_items(ctx.require()) if i.needs_vote]
    rows = all_votes(ctx)
    # The elections item has two: the number to elect and the tellers (issue 18 §1).
    expected = [i.id for i in needing for _ in range(2 if i.code == "elections" else 1)]
    assert [r.agenda_item_id for r in rows] == expected
    assert tab.table.rowCount() == len(expected)
    assert not tab.seed_button.isVisible()
    assert cell(tab, 0, 3) == "not held yet"
    assert cell(tab, 0, 2) == str(needing[0].position)
    # Before it is held: the base and the full members present now.
    assert "majority base 24" in tab.base_label.text()
    assert "full members present 23" in tab.base_label.text()
    ctx.undo_stack.undo()
    assert all_votes(ctx) == []
    assert tab.seed_button.isVisible()
    ctx.undo_stack.redo()
    assert all_votes(ctx) == rows


def test_f7_all_in_favour(qtbot: Any, ctx: CongressContext) -> None:
    tab = seeded(qtbot, ctx)
    first = all_votes(ctx)[0]
    assert tab.selected_id() == first.id
    press(qtbot, tab, tab.table, Qt.Key.Key_F7)
    row = votes.get_vote(ctx.require(), first.id)
    assert (row.yes, row.no, row.other, row.base, row.voters_present) == (23, 0, 0, 24, 23)
    assert tab.verdict_label.text() == "PASSED"
    assert tab.verdict_label.property("passed") is True
    assert "95,83%" in tab.percent_label.text()
    assert tab.warnings_label.text() == ""
    assert cell(tab, 0, 3) == "✓ passed 23/24 (95,83%)"
    assert "frozen" in tab.base_label.text()


def test_a_result_is_read_whole_in_the_list(qtbot: Any, ctx: CongressContext) -> None:
    """ "✓ đã thông qua 24/24 (100,0…" hid the percentage: the column makes room for it."""
    translator.install("vi")
    store = ctx.require()
    session = congress.list_sessions(store)[0]
    late = next(m for m in roster.list_members(store) if m.full_name == "Lê Hữu Phước")
    attendance.check_in(store, session.id, late.id, at=demo.MOMENT)  # all 24: 100,00%
    tab = seeded(qtbot, ctx)
    press(qtbot, tab, tab.table, Qt.Key.Key_F7)
    metrics = tab.table.fontMetrics()
    text = cell(tab, 0, 3)
    assert text.endswith("(100,00%)")
    # The delegate's text room: the cell less its focus-frame margins.
    frame = tab.table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1
    assert metrics.horizontalAdvance(text) + 2 * frame <= tab.table.columnWidth(3)


def test_typed_counts_not_passed_with_warning(qtbot: Any, ctx: CongressContext) -> None:
    tab = seeded(qtbot, ctx)
    second = all_votes(ctx)[1]
    tab.select_vote(second.id)
    tab.table.setFocus()
    type_counts(qtbot, tab, 10, 13, 0)
    row = votes.get_vote(ctx.require(), second.id)
    assert (row.yes, row.no, row.other, row.base) == (10, 13, 0, 24)
    assert tab.verdict_label.text() == "NOT PASSED"
    assert tab.verdict_label.property("passed") is False
    assert cell(tab, 1, 3).startswith("✗ not passed")
    assert tab.warnings_label.text() == ""  # 10 + 13 + 0 = the 23 present: no warning
    assert tab.feedback.property("ok") is True
    # One hand fewer than the members present: a warning, still recorded.
    type_counts(qtbot, tab, 10, 12, 0)
    assert votes.get_vote(ctx.require(), second.id).no == 12
    assert tab.verdict_label.text() == "NOT PASSED"
    assert "Fewer votes than full members present (22/23)" in tab.warnings_label.text()


def test_more_than_present_is_refused(qtbot: Any, ctx: CongressContext) -> None:
    tab = seeded(qtbot, ctx)
    first = all_votes(ctx)[0]
    depth = ctx.undo_stack.count()
    type_counts(qtbot, tab, 30, 0, 0)
    assert votes.get_vote(ctx.require(), first.id) == first
    assert ctx.undo_stack.count() == depth
    assert tab.feedback.property("ok") is False
    assert "30" in tab.feedback.text()
    assert tab.yes_spin.value() == 30  # kept, to be corrected
    assert tab.verdict_label.text() == "Not held yet"


def test_undo_restores_the_row_exactly_and_redo_reapplies(qtbot: Any, ctx: CongressContext) -> None:
    tab = seeded(qtbot, ctx)
    first = all_votes(ctx)[0]
    press(qtbot, tab, tab.table, Qt.Key.Key_F7)
    held = votes.get_vote(ctx.require(), first.id)
    type_counts(qtbot, tab, 20, 2, 1)  # a correction keeps the frozen base and moment
    corrected = votes.get_vote(ctx.require(), first.id)
    assert corrected.held_at == held.held_at and corrected.yes == 20
    assert tab.yes_spin.value() == 20
    ctx.undo_stack.undo()
    assert votes.get_vote(ctx.require(), first.id) == held
    assert tab.yes_spin.value() == 23
    ctx.undo_stack.undo()
    assert votes.get_vote(ctx.require(), first.id) == first
    assert tab.verdict_label.text() == "Not held yet"
    ctx.undo_stack.redo()
    assert votes.get_vote(ctx.require(), first.id) == held
    ctx.undo_stack.redo()
    assert votes.get_vote(ctx.require(), first.id) == corrected
    assert tab.selected_id() == first.id
    # Clear result, undone and redone.
    qtbot.mouseClick(tab.clear_button, Qt.MouseButton.LeftButton)
    assert not votes.get_vote(ctx.require(), first.id).held
    ctx.undo_stack.undo()
    assert votes.get_vote(ctx.require(), first.id) == corrected
    ctx.undo_stack.redo()
    assert not votes.get_vote(ctx.require(), first.id).held


def test_frozen_base_survives_a_later_arrival(qtbot: Any, ctx: CongressContext) -> None:
    tab = seeded(qtbot, ctx)
    first, second = all_votes(ctx)[:2]
    press(qtbot, tab, tab.table, Qt.Key.Key_F7)
    store = ctx.require()
    session = congress.list_sessions(store)[0]
    late = next(m for m in roster.list_members(store) if m.full_name == "Lê Hữu Phước")
    attendance.check_in(store, session.id, late.id, at=demo.MOMENT)
    tab.refresh()
    assert votes.get_vote(store, first.id).base == 24
    assert "Majority base 24 · full members present 23" in tab.base_label.text()
    assert cell(tab, 0, 3) == "✓ passed 23/24 (95,83%)"
    tab.select_vote(second.id)
    assert "full members present 24" in tab.base_label.text()  # now, for the next vote


def test_insert_f2_delete(qtbot: Any, ctx: CongressContext, monkeypatch: Any) -> None:
    tab = seeded(qtbot, ctx)
    count = len(all_votes(ctx))

    def fill(dialog: Any) -> int:
        dialog.subject_edit.setText("Biểu quyết thông qua kiến nghị")
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr("ui.tabs.votes.VoteSubjectDialog.exec", fill)
    press(qtbot, tab, tab.table, Qt.Key.Key_Insert)
    rows = all_votes(ctx)
    assert len(rows) == count + 1
    added = next(r for r in rows if r.subject == "Biểu quyết thông qua kiến nghị")
    assert tab.selected_id() == added.id

    def reword(dialog: Any) -> int:
        dialog.subject_edit.setText("Biểu quyết thông qua kiến nghị gửi cấp trên")
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr("ui.tabs.votes.VoteSubjectDialog.exec", reword)
    press(qtbot, tab, tab.table, Qt.Key.Key_F2)
    assert votes.get_vote(ctx.require(), added.id).subject.endswith("gửi cấp trên")
    ctx.undo_stack.undo()
    assert votes.get_vote(ctx.require(), added.id).subject == added.subject

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    press(qtbot, tab, tab.table, Qt.Key.Key_Delete)
    assert added.id not in [r.id for r in all_votes(ctx)]
    ctx.undo_stack.undo()
    assert votes.get_vote(ctx.require(), added.id) == added


class FakeProjector:
    def __init__(self) -> None:
        self.message: tuple[str, list[str]] | None = None
        self.chart: object = None

    def show_message(self, title: str, lines: list[str], chart: object = None) -> None:
        self.message = (title, lines)
        self.chart = chart

    def clear_message(self) -> None:
        self.message = None


def shown(projector: FakeProjector) -> tuple[str, list[str]] | None:
    return projector.message


def test_f10_shows_the_result_in_the_hall(qtbot: Any, ctx: CongressContext) -> None:
    projector = FakeProjector()
    tab = show(qtbot, ctx, projector)
    qtbot.mouseClick(tab.seed_button, Qt.MouseButton.LeftButton)
    press(qtbot, tab, tab.table, Qt.Key.Key_F10)
    assert shown(projector) is None  # not held yet
    assert tab.feedback.property("ok") is False
    press(qtbot, tab, tab.table, Qt.Key.Key_F7)
    press(qtbot, tab, tab.table, Qt.Key.Key_F10)
    row = all_votes(ctx)[0]
    assert shown(projector) == (row.subject, hall_lines(row, votes.result(row)))
    # The chart draws the same counts against the base and the majority line.
    assert isinstance(projector.chart, BarChart)
    assert [(b.label, b.value) for b in projector.chart.bars] == [
        ("Tán thành", row.yes),
        ("Không tán thành", row.no),
        ("Ý kiến khác", row.other),
    ]
    assert projector.chart.scale == row.base and projector.chart.threshold == row.base // 2 + 1
    assert projector.chart.bars[0].highlight
    assert hall_lines(row, votes.result(row)) == [
        "Tán thành: 23/24 (95,83%)",
        "Không tán thành: 0",
        "Ý kiến khác: 0",
        "Mẫu số: 24 — ĐÃ THÔNG QUA",
    ]
    press(qtbot, tab, tab.table, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    assert shown(projector) is None


def test_the_counts_are_reached_by_typing_and_tab_from_the_list(
    qtbot: Any, ctx: CongressContext
) -> None:
    """Issue #19 §2: digits typed in the list go to "In favour"; Tab walks the counts."""
    tab = seeded(qtbot, ctx)
    tab.table.setFocus()
    tab.table.selectRow(2)
    qtbot.keyClicks(tab.table, "1")
    assert QApplication.focusWidget() is tab.yes_spin
    qtbot.keyClicks(tab.yes_spin, "6")
    assert tab.selected_row() is not None and tab.table.currentRow() == 2
    press(qtbot, tab, tab.yes_spin, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is tab.no_spin
    qtbot.keyClicks(tab.no_spin, "2")
    press(qtbot, tab, tab.no_spin, Qt.Key.Key_Tab)
    qtbot.keyClicks(tab.other_spin, "1")
    press(qtbot, tab, tab.other_spin, Qt.Key.Key_Return)
    held = all_votes(ctx)[2]
    assert (held.yes, held.no, held.other) == (16, 2, 1)
    # Back in the list, Tab leaves it for the counts rather than moving cell to cell.
    assert QApplication.focusWidget() is tab.table
    press(qtbot, tab, tab.table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is tab.yes_spin
