"""The elections tab driven through its keys and buttons, on the demo congress.

Rules: docs/domain/rules.md 4.1 (what a cell elects), 4.2 (the list), 4.5 (the count, ties,
provisional results); 190-QĐ/TW Điều 8 (tellers not on the list), 14, 30.
"""

from __future__ import annotations

from typing import Any

import pytest

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QInputDialog, QMessageBox, QWidget

from secretariat import demo
from secretariat.domain import MemberId
from secretariat.rules.collation import fold
from secretariat.services import elections
from secretariat.services.elections import ElectionRow, RoundRow, Target, nominations
from tests.core.conftest import FakeClock
from ui.context import CongressContext
from ui.i18n import translator
from ui.tabs.elections import ElectionsTab, hall_lines, round_title
from ui.widgets.charts import BarChart

COMMITTEE_TITLE = "Bầu Chi ủy chi bộ nhiệm kỳ 2020 – 2025"


@pytest.fixture(autouse=True)
def english(qapp: object) -> None:
    translator.install("en")


def show(qtbot: Any, ctx: CongressContext, projector: Any = None) -> ElectionsTab:
    ctx.require().clock = FakeClock(demo.MOMENT)
    tab = ElectionsTab(ctx, projector=projector)
    qtbot.addWidget(tab)
    tab.resize(1366, 768)
    tab.show()
    qtbot.waitExposed(tab)
    tab.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is tab)
    tab.table.setFocus()
    return tab


def press(
    qtbot: Any, tab: ElectionsTab, widget: QWidget, which: Qt.Key, modifier: Any = None
) -> None:
    if QApplication.activeWindow() is not tab:
        tab.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is tab)
    qtbot.keyClick(widget, which, modifier or Qt.KeyboardModifier.NoModifier)


CTRL = Qt.KeyboardModifier.ControlModifier


def activate(qtbot: Any, dialog: Any) -> None:
    """Show the dialog as the active window, as exec() would (Enter reaches its OK)."""
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)


CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def inside_full(tab: ElectionsTab) -> list[int]:
    """Full members of the cell in the hall now, in roster order (their numbers)."""
    inside = tab._inside()
    return [
        tab._numbers[ident]
        for ident, m in tab._members.items()
        if ident in inside and m.status == "full" and not m.temporary_in and not m.suspended
    ]


def member_at(tab: ElectionsTab, number: int) -> int:
    return next(ident for ident, n in tab._numbers.items() if n == number)


def type_spin(qtbot: Any, tab: ElectionsTab, spin: Any, value: int) -> None:
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, str(value))


def answer_fewer(qtbot: Any, *, downs: int = 0, words: str = "", cancel: bool = False) -> list[str]:
    """Answer the "why fewer ballots" question when it comes up, by keys: Down to a
    reason, or other words typed; Enter (Esc when ``cancel``). Returns the first
    sentence of the question once it has been asked."""
    asked: list[str] = []

    def reply() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            QTimer.singleShot(20, reply)
            return
        asked.append(dialog.labelText().split(" Why?")[0])
        combo = dialog.findChild(QComboBox)
        assert combo is not None and combo.isEditable()
        for _ in range(downs):
            qtbot.keyClick(combo, Qt.Key.Key_Down)
        if words:
            combo.lineEdit().selectAll()
            qtbot.keyClicks(combo, words)
        qtbot.keyClick(combo, Qt.Key.Key_Escape if cancel else Qt.Key.Key_Return)

    QTimer.singleShot(0, reply)
    return asked


def new_election(
    qtbot: Any, tab: ElectionsTab, monkeypatch: Any, *, seats: int = 3, downs: int = 0
) -> ElectionRow:
    """Insert, then the dialog filled by keys: Down on the target, seats typed, Enter."""

    def fill(dialog: Any) -> int:
        activate(qtbot, dialog)
        for _ in range(downs):
            qtbot.keyClick(dialog.target_combo, Qt.Key.Key_Down)
        if dialog.seats_spin.isEnabled():
            dialog.seats_spin.selectAll()
            qtbot.keyClicks(dialog.seats_spin, str(seats))
        qtbot.keyClick(dialog.seats_spin, Qt.Key.Key_Return)
        return int(dialog.result())

    monkeypatch.setattr("ui.tabs.elections.NewElectionDialog.exec", fill)
    before = {e.id for e in elections.list_elections(tab.ctx.require())}
    press(qtbot, tab, tab.table, Qt.Key.Key_Insert)
    return next(e for e in elections.list_elections(tab.ctx.require()) if e.id not in before)


def test_insert_sets_up_a_committee_election_by_keys(
    qtbot: Any, ctx: CongressContext, monkeypatch: Any
) -> None:
    """docs/domain/rules.md 4.1 (294-QĐ/TW mục 22).

    25 full members → committee, bí thư, phó bí thư.
    """
    tab = show(qtbot, ctx)
    assert "No election yet" in tab.title_label.text()
    assert "25 full members" in tab.rule_label.text()
    seen: dict[str, str] = {}

    def fill(dialog: Any) -> int:
        activate(qtbot, dialog)
        seen["rule"] = dialog.rule_label.text()
        seen["title"] = dialog.title_edit.text()
        assert dialog.target() is Target.COMMITTEE  # the first thing the cell elects
        qtbot.keyClick(dialog.target_combo, Qt.Key.Key_Down)  # bí thư: the title follows
        seen["secretary"] = dialog.title_edit.text()
        assert not dialog.seats_spin.isEnabled()
        qtbot.keyClick(dialog.target_combo, Qt.Key.Key_Up)
        dialog.seats_spin.selectAll()
        qtbot.keyClicks(dialog.seats_spin, "9")  # above the 7 allowed: clamped
        assert dialog.seats_spin.value() <= 7
        dialog.seats_spin.selectAll()
        qtbot.keyClicks(dialog.seats_spin, "3")
        qtbot.keyClick(dialog.seats_spin, Qt.Key.Key_Return)
        seen["error"] = dialog.error_label.text()
        return int(dialog.result())

    monkeypatch.setattr("ui.tabs.elections.NewElectionDialog.exec", fill)
    press(qtbot, tab, tab.table, Qt.Key.Key_Insert)
    assert "9 or more" in seen["rule"] and "committee of at most 7" in seen["rule"]
    assert seen["title"] == COMMITTEE_TITLE
    assert seen["secretary"] == "Bầu Bí thư chi bộ nhiệm kỳ 2020 – 2025"
    assert seen["error"] == ""
    [row] = elections.list_elections(ctx.require())
    assert (row.target, row.title, row.seats) == (Target.COMMITTEE, COMMITTEE_TITLE, 3)
    assert tab.selected_id() == row.id
    assert tab.title_label.text() == COMMITTEE_TITLE
    assert "preparing" in tab.table.item(0, 1).text()
    ctx.undo_stack.undo()
    assert elections.list_elections(ctx.require()) == []
    assert tab.table.rowCount() == 0
    ctx.undo_stack.redo()
    assert elections.list_elections(ctx.require()) == [row]  # the same id, place and status
    assert tab.table.rowCount() == 1


def test_elections_listed_in_congress_order_and_delete(
    qtbot: Any, ctx: CongressContext, monkeypatch: Any
) -> None:
    store = ctx.require()
    elections.create_election(store, Target.DEPUTY_SECRETARY, "Bầu Phó Bí thư chi bộ", 1)
    elections.create_election(store, Target.COMMITTEE, COMMITTEE_TITLE, 3)
    tab = show(qtbot, ctx)
    assert tab.table.item(0, 0).text().startswith(COMMITTEE_TITLE)
    assert tab.table.item(1, 0).text().startswith("Bầu Phó Bí thư")
    both = elections.list_elections(store)
    tab.table.selectRow(1)
    tab.table.setFocus()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    press(qtbot, tab, tab.table, Qt.Key.Key_Delete)
    assert [e.target for e in elections.list_elections(store)] == [Target.COMMITTEE]
    removed = elections.list_elections(store)
    ctx.undo_stack.undo()
    assert elections.list_elections(store) == both  # the same id and place
    ctx.undo_stack.redo()
    assert elections.list_elections(store) == removed
    ctx.undo_stack.undo()
    assert elections.list_elections(store) == both


def _open_directly(tab: ElectionsTab, election: ElectionRow, names: int = 4) -> RoundRow:
    """A round opened through the services (the list set-up is tested elsewhere)."""
    store = tab.ctx.require()
    numbers = inside_full(tab)
    cands = [MemberId(member_at(tab, n)) for n in numbers[:names]]
    tellers = [MemberId(member_at(tab, n)) for n in numbers[names : names + 3]]
    return elections.open_round(store, election.id, cands, tellers)


def test_issue_ballots_freezes_the_base_and_undo(qtbot: Any, ctx: CongressContext) -> None:
    store = ctx.require()
    election = elections.create_election(store, Target.COMMITTEE, COMMITTEE_TITLE, 3)
    tab = show(qtbot, ctx)
    rnd = _open_directly(tab, election)
    assert tab.selected_round_id() == rnd.id
    press(qtbot, tab, tab.table, Qt.Key.Key_2, CTRL)
    assert tab.current_page() == 1
    assert "Full members present now: 23" in tab.base_label.text()
    assert tab.issued_spin.value() == 23
    type_spin(qtbot, tab, tab.issued_spin, 30)
    press(qtbot, tab, tab.issued_spin, Qt.Key.Key_I, CTRL)
    assert not elections.get_round(store, rnd.id).started  # refused: 30 > 23 present
    assert tab.feedback.property("ok") is False
    assert "more than the full members present" in tab.feedback.text()
    type_spin(qtbot, tab, tab.issued_spin, 22)
    # 22 ballots for 23 present: the program asks why; the second reason is taken.
    asked = answer_fewer(qtbot, downs=1)
    press(qtbot, tab, tab.issued_spin, Qt.Key.Key_I, CTRL)
    assert asked == ["1 full member(s) present will get no ballot."]
    after = elections.get_round(store, rnd.id)
    assert (after.issued, after.base, after.voters_present) == (22, 24, 23)
    assert after.fewer_ballots_reason == "declined"
    assert "22 ballots issued at 09:45 · majority base 24" in tab.base_label.text()
    assert "= 24" in tab.breakdown_label.text()
    # Undo of the first issue: the round is back before the issue, exactly.
    ctx.undo_stack.undo()
    assert elections.get_round(store, rnd.id) == rnd
    assert "22 ballots issued" not in tab.base_label.text()
    # Redo: the same moment and the same frozen base, not a new issue at a later time.
    store.clock = FakeClock(demo.MOMENT.replace(hour=11))
    ctx.undo_stack.redo()
    assert elections.get_round(store, rnd.id) == after
    assert "22 ballots issued at 09:45 · majority base 24" in tab.base_label.text()
    assert "Phiếu bầu: " + COMMITTEE_TITLE in tab.print_label.text()


def _enter(store: Any, rnd: RoundRow, pattern: list[list[int]]) -> None:
    """Papers of a surplus round: each is the list of chosen positions (1-based)."""
    ids = [c.member_id for c in rnd.candidates]
    for chosen in pattern:
        elections.enter_ballot(store, rnd.id, chosen=[ids[p - 1] for p in chosen])


def test_results_explained_in_words(qtbot: Any, ctx: CongressContext) -> None:
    """190-QĐ/TW Điều 30: elected ⇔ votes × 2 > base, highest first; percent via Babel."""
    store = ctx.require()
    election = elections.create_election(store, Target.COMMITTEE, COMMITTEE_TITLE, 3)
    tab = show(qtbot, ctx)
    rnd = _open_directly(tab, election)
    elections.start_ballot(store, rnd.id, 20)
    _enter(store, rnd, [[1, 2, 3]] * 15 + [[1, 2, 4]] * 4 + [[]])
    tab.refresh()
    press(qtbot, tab, tab.table, Qt.Key.Key_4, CTRL)
    names = [c.full_name for c in rnd.candidates]
    assert "collected 20 · valid 19 · invalid 1 · majority base 24" in tab.summary_label.text()
    text = tab.explain_label.text()
    assert f"Comrade {names[0]} is elected with 19/24 votes (79,17%)" in text
    assert f"Comrade {names[2]} is elected with 15/24 votes (62,50%)" in text
    assert f"Comrade {names[3]} is not elected: 4/24 votes (16,67%)" in text
    assert "All 3 seats are filled." in text
    assert tab.results_table.item(0, 4).text() == "elected"
    assert tab.results_table.item(3, 4).text() == "not elected"
    assert "Not announced yet" in tab.result_banner.text()


def _hand_type_member(qtbot: Any, tab: ElectionsTab, number: int) -> None:
    tab.member_combo.setFocus()
    qtbot.keyClicks(tab.member_combo, f"{number}.")
    assert tab.member_combo.currentData() == member_at(tab, number)


def test_list_tellers_round_by_keys(qtbot: Any, ctx: CongressContext, monkeypatch: Any) -> None:
    """Nominate, the floor's agreement (> 30 %), approve the list, tellers, round, ballots."""
    from secretariat.services.elections import nominations

    tab = show(qtbot, ctx)
    election = new_election(qtbot, tab, monkeypatch, seats=3)
    store = ctx.require()
    numbers = inside_full(tab)
    for number in numbers[:3]:  # the convening committee's names
        _hand_type_member(qtbot, tab, number)
        press(qtbot, tab, tab.member_combo, Qt.Key.Key_N, CTRL_SHIFT)
    # A floor nominee: admitted only if more than 30 % of those attending agree.
    floor_number = numbers[3]
    _hand_type_member(qtbot, tab, floor_number)
    tab.source_combo.setCurrentIndex(tab.source_combo.findData("floor"))
    press(qtbot, tab, tab.member_combo, Qt.Key.Key_N, CTRL_SHIFT)
    assert tab.agree_spin.hasFocus()
    type_spin(qtbot, tab, tab.agree_spin, 7)
    type_spin(qtbot, tab, tab.attending_spin, 23)
    qtbot.mouseClick(tab.agreement_button, Qt.MouseButton.LeftButton)
    rows = nominations.list_nominations(store, election.id)
    floor_row = next(r for r in rows if r.member_id == member_at(tab, floor_number))
    assert str(floor_row.status) == "admitted"  # 7 × 10 > 23 × 3
    assert len(nominations.candidate_ids(store, election.id)) == 4
    assert "✓ 4 names for 3 seats" in tab.surplus_label.text()
    assert "elections.surplus_cap_percent" in tab.surplus_basis_label.text()
    assert "Ballot order" in tab.order_label.text()
    # The list approved by a show of hands.
    type_spin(qtbot, tab, tab.list_yes_spin, 23)
    press(qtbot, tab, tab.list_yes_spin, Qt.Key.Key_L, CTRL)
    assert elections.get_election(store, election.id).list_vote_id is not None
    assert tab.list_verdict_label.text().startswith("List approved")

    # Tellers: a candidate cannot be ticked, and says why.
    press(qtbot, tab, tab.table, Qt.Key.Key_2, CTRL)
    texts = [tab.tellers_list.item(i).text() for i in range(tab.tellers_list.count())]
    on_list = [t for t in texts if "on the list, cannot count" in t]
    assert len(on_list) == 4
    teller_numbers = numbers[4:7]
    for number in teller_numbers:
        index = next(i for i, t in enumerate(texts) if t.startswith(f"{number}. "))
        item = tab.tellers_list.item(index)
        rect = tab.tellers_list.visualItemRect(item)
        tab.tellers_list.setCurrentItem(item)
        press(qtbot, tab, tab.tellers_list, Qt.Key.Key_Space)
        assert item.checkState() == Qt.CheckState.Checked, rect
    assert (
        "chair"
        in tab.tellers_list.item(
            texts.index(next(t for t in texts if t.startswith(f"{teller_numbers[0]}. ")))
        ).text()
    )
    press(qtbot, tab, tab.tellers_list, Qt.Key.Key_R, CTRL)
    [rnd] = elections.list_rounds(store, election.id)
    assert [int(t) for t in rnd.tellers] == [member_at(tab, n) for n in teller_numbers]
    assert len(rnd.candidates) == 4
    assert tab.issued_spin.hasFocus()
    press(qtbot, tab, tab.issued_spin, Qt.Key.Key_I, CTRL)
    assert elections.get_round(store, rnd.id).issued == 23
    issued = elections.get_round(store, rnd.id)
    approved = elections.get_election(store, election.id)
    # Undo: the ballots, the round, the list vote, each exactly.
    ctx.undo_stack.undo()
    assert elections.get_round(store, rnd.id) == rnd  # not issued, no base
    ctx.undo_stack.undo()
    assert elections.list_rounds(store, election.id) == []
    ctx.undo_stack.undo()
    assert elections.get_election(store, election.id).list_vote_id is None
    # Redo puts each back with its id: the vote, the round, the issue.
    ctx.undo_stack.redo()
    assert elections.get_election(store, election.id).list_vote_id == approved.list_vote_id
    ctx.undo_stack.redo()
    assert elections.list_rounds(store, election.id) == [rnd]  # the same round id
    assert tab.selected_round_id() == rnd.id
    ctx.undo_stack.redo()
    assert elections.get_round(store, rnd.id) == issued


def _prepared(tab: ElectionsTab, election: ElectionRow, names: int) -> RoundRow:
    """The list nominated and approved through the services, round 1 opened."""
    from secretariat.services.elections import nominations

    store = tab.ctx.require()
    numbers = inside_full(tab)
    for number in numbers[:names]:
        nominations.nominate(store, election.id, MemberId(member_at(tab, number)), "convening")
    nominations.approve_list(store, election.id, yes=23, no=0)
    cands = nominations.candidate_ids(store, election.id)
    tellers = [MemberId(member_at(tab, n)) for n in numbers[names : names + 3]]
    return elections.open_round(store, election.id, cands, tellers)


def test_tie_proposes_a_restricted_round_confirmed_by_a_click(
    qtbot: Any, ctx: CongressContext
) -> None:
    """docs/domain/rules.md 4.5: the tied are not declared; a further round restricted to them."""
    store = ctx.require()
    election = elections.create_election(store, Target.COMMITTEE, COMMITTEE_TITLE, 3)
    tab = show(qtbot, ctx)
    rnd = _prepared(tab, election, 4)
    elections.start_ballot(store, rnd.id, 23)
    # 1 and 2 elected with 18; 3 and 4 tied at 14 (> 24 / 2) for the last seat.
    # The 23 papers by keys in the entry page: the numbers of the struck names, Enter.
    tab.refresh()
    press(qtbot, tab, tab.table, Qt.Key.Key_3, CTRL)
    panel = tab._entry_panels[0]
    panel.focus_entry()
    struck = [[Qt.Key.Key_4]] * 9 + [[Qt.Key.Key_3]] * 9 + [[Qt.Key.Key_1, Qt.Key.Key_2]] * 5
    for keys in struck:
        for key in (*keys, Qt.Key.Key_Return):
            press(qtbot, tab, panel.reader, key)
    assert len(elections.list_ballots(store, rnd.id)) == 23
    press(qtbot, tab, tab.table, Qt.Key.Key_4, CTRL)
    names = [c.full_name for c in rnd.candidates]
    assert "Tie at the cut-off" in tab.explain_label.text()
    assert tab.results_table.item(2, 4).text() == "tied"
    press(qtbot, tab, tab.table, Qt.Key.Key_A, CTRL_SHIFT)
    assert elections.get_round(store, rnd.id).announced_at is not None
    text = tab.proposal_label.text()
    assert "a tie at the cut-off" in text and names[2] in text and names[3] in text
    assert tab.confirm_round_button.isEnabled()
    qtbot.mouseClick(tab.confirm_round_button, Qt.MouseButton.LeftButton)
    rounds = elections.list_rounds(store, election.id)
    assert len(rounds) == 2
    second = rounds[1]
    assert second.reason == "tie" and second.seats == 1
    assert {c.full_name for c in second.candidates} == {names[2], names[3]}
    assert second.tellers == rnd.tellers
    assert tab.selected_round_id() == second.id
    assert tab.current_page() == 1
    ctx.undo_stack.undo()
    assert len(elections.list_rounds(store, election.id)) == 1


def test_announce_then_f10_shows_the_result_in_the_hall(qtbot: Any, ctx: CongressContext) -> None:
    """Announce first (explicitly), then F10: names and votes on the hall screen."""
    from ui.projector import ProjectorController

    store = ctx.require()
    election = elections.create_election(store, Target.COMMITTEE, COMMITTEE_TITLE, 3)
    controller = ProjectorController(ctx)
    hall = controller.hall
    tab = show(qtbot, ctx, controller)
    rnd = _prepared(tab, election, 4)
    elections.start_ballot(store, rnd.id, 20)
    _enter(store, rnd, [[1, 2, 3]] * 15 + [[1, 2, 4]] * 5)
    tab.refresh()
    press(qtbot, tab, tab.table, Qt.Key.Key_4, CTRL)
    press(qtbot, tab, tab.table, Qt.Key.Key_F10)
    assert hall.message_lines == []  # not announced yet
    assert "Announce the result first" in tab.feedback.text()
    press(qtbot, tab, tab.table, Qt.Key.Key_A, CTRL_SHIFT)
    announced = elections.get_round(store, rnd.id)
    assert announced.announced_at is not None
    assert "PROVISIONAL" in tab.result_banner.text()
    press(qtbot, tab, tab.table, Qt.Key.Key_F10)
    title, lines = hall.message_title, hall.message_lines
    assert title == round_title(election, announced)
    tally_ = elections.count(store, rnd.id)
    full = hall_lines(announced, tally_, True)
    first = rnd.candidates[0].full_name
    assert any(line.startswith(f"{first}: 20/24 phiếu") and "TRÚNG CỬ" in line for line in full)
    # The hall shows the ballots and the status as text, each candidate as a bar.
    assert lines == [full[0], *full[1 + len(tally_.votes) :]]
    assert lines[-1] == "Kết quả chờ cấp ủy cấp trên chuẩn y"
    chart = hall.chart_area.chart
    assert isinstance(chart, BarChart) and not hall.chart_area.isHidden()
    bars = {bar.label: bar for bar in chart.bars}
    assert bars[first].value == 20 and bars[first].highlight
    assert chart.scale == announced.base and len(bars) == len(tally_.votes)
    assert hall.mode == "message"
    press(qtbot, tab, tab.table, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    assert hall.message_lines == []
    ctx.undo_stack.undo()
    assert elections.get_round(store, rnd.id).announced_at is None
    assert not tab.show_button.isEnabled()
    ctx.undo_stack.redo()
    assert elections.get_round(store, rnd.id).announced_at == announced.announced_at
    controller.shutdown()


def test_entry_page_embeds_the_ballot_entry_panel(qtbot: Any, ctx: CongressContext) -> None:
    store = ctx.require()
    election = elections.create_election(store, Target.COMMITTEE, COMMITTEE_TITLE, 3)
    tab = show(qtbot, ctx)
    rnd = _open_directly(tab, election)
    elections.start_ballot(store, rnd.id, 20)
    tab.refresh()
    press(qtbot, tab, tab.table, Qt.Key.Key_3, CTRL)
    assert tab.current_page() == 2
    panel = tab._entry_panels[0]
    assert panel.isVisible()
    # Two papers by keys in the embedded panel: strike 4, Enter; strike 3, Enter.
    panel.focus_entry()
    for key in (Qt.Key.Key_4, Qt.Key.Key_Return, Qt.Key.Key_3, Qt.Key.Key_Return):
        press(qtbot, tab, panel.reader, key)
    papers = elections.list_ballots(store, rnd.id)
    assert [p.serial for p in papers] == [1, 2] and all(p.valid for p in papers)
    assert panel.round_id == rnd.id  # the tab's reload did not reset the panel
    press(qtbot, tab, tab.table, Qt.Key.Key_4, CTRL)
    assert "collected 2 · valid 2" in tab.summary_label.text()
    press(qtbot, tab, tab.table, Qt.Key.Key_3, CTRL)
    qtbot.mouseClick(tab.mode_buttons[1], Qt.MouseButton.LeftButton)
    assert tab.entry_stack.currentIndex() == 1
    assert "Blind second pass" in tab.entry_note.text()


def test_withdrawal_by_vote_and_undo_restores_exactly(qtbot: Any, ctx: CongressContext) -> None:
    """docs/domain/rules.md 4.2.

    A withdrawal is decided by the congress's vote; each step undoable.
    """
    from secretariat.services.elections import nominations

    store = ctx.require()
    election = elections.create_election(store, Target.COMMITTEE, COMMITTEE_TITLE, 3)
    tab = show(qtbot, ctx)
    numbers = inside_full(tab)
    for number in numbers[:5]:
        _hand_type_member(qtbot, tab, number)
        press(qtbot, tab, tab.member_combo, Qt.Key.Key_N, CTRL_SHIFT)
    rows = nominations.list_nominations(store, election.id)
    assert len(rows) == 5
    assert "✓ 5 names for 3 seats" not in tab.surplus_label.text()  # 3 seats: at most 4
    assert "above the cap" in tab.surplus_label.text()
    target = rows[0]
    tab.nominations_table.selectRow(0)
    type_spin(qtbot, tab, tab.withdraw_yes_spin, 20)
    type_spin(qtbot, tab, tab.withdraw_no_spin, 3)
    qtbot.mouseClick(tab.withdraw_button, Qt.MouseButton.LeftButton)
    after = next(r for r in nominations.list_nominations(store, election.id) if r.id == target.id)
    assert str(after.status) == "withdrawn"
    assert (after.withdrawal_yes, after.withdrawal_no) == (20, 3)
    assert tab.feedback.text() == "Withdrawal allowed by the congress."
    assert "✓ 4 names for 3 seats" in tab.surplus_label.text()
    ctx.undo_stack.undo()
    assert nominations.list_nominations(store, election.id) == rows
    # Delete in the list takes a nomination out; undo puts it back as it was.
    tab.nominations_table.selectRow(1)
    tab.nominations_table.setFocus()
    press(qtbot, tab, tab.nominations_table, Qt.Key.Key_Delete)
    assert len(nominations.list_nominations(store, election.id)) == 4
    ctx.undo_stack.undo()
    assert nominations.list_nominations(store, election.id) == rows


def test_secretary_appointed_after_three_failed_rounds_then_ratified(
    qtbot: Any, ctx: CongressContext
) -> None:
    """294-QĐ/TW mục 22: no fourth round for the bí thư; docs/domain/rules.md 4.5: ratification."""
    store = ctx.require()
    election = elections.create_election(store, Target.CELL_SECRETARY, "Bầu Bí thư chi bộ", 1)
    tab = show(qtbot, ctx)
    rnd = _prepared(tab, election, 1)
    for round_no in (1, 2, 3):
        assert rnd.round_no == round_no
        elections.start_ballot(store, rnd.id, 20)
        only = rnd.candidates[0].member_id
        for n in range(20):
            elections.enter_ballot(store, rnd.id, marks={only: "agree" if n < 8 else "disagree"})
        tab.refresh()
        press(qtbot, tab, tab.table, Qt.Key.Key_4, CTRL)
        assert "is not elected: 8/24 votes (33,33%)" in tab.explain_label.text()
        # A one-name list: the table states agree and disagree (issue 18 §2).
        assert tab.results_table.item(0, 2).text() == "agree 8 · disagree 12"
        press(qtbot, tab, tab.table, Qt.Key.Key_A, CTRL_SHIFT)
        if round_no < 3:
            assert "seats still open" in tab.proposal_label.text()
            qtbot.mouseClick(tab.confirm_round_button, Qt.MouseButton.LeftButton)
            rnd = elections.list_rounds(store, election.id)[-1]
            assert rnd.reason == "open_seats"
    assert "no fourth round" in tab.proposal_label.text()
    assert not tab.confirm_round_button.isVisible()
    assert tab.appoint_button.isEnabled()
    assert tab.appoint_combo.currentData() is None  # no one named by default
    tab.appoint_combo.setFocus()
    press(qtbot, tab, tab.appoint_combo, Qt.Key.Key_Down)
    appointed = tab.appoint_combo.currentData()
    assert appointed is not None
    tab.appoint_note_edit.setText("Quyết định số 12-QĐ/ĐU")
    qtbot.mouseClick(tab.appoint_button, Qt.MouseButton.LeftButton)
    row = elections.get_election(store, election.id)
    assert str(row.status) == "appointed" and row.appointed_member_id == appointed
    assert tab.ratify_button.isEnabled()
    qtbot.mouseClick(tab.ratify_button, Qt.MouseButton.LeftButton)
    ratified = elections.get_election(store, election.id)
    assert ratified.ratified_on == demo.MOMENT.date()
    assert "Ratified by the superior committee on 15/06/2020" in tab.result_banner.text()
    ctx.undo_stack.undo()
    assert elections.get_election(store, election.id) == row
    ctx.undo_stack.undo()
    assert str(elections.get_election(store, election.id).status) == "voting"


def test_secretary_nominees_come_from_the_new_committee(qtbot: Any, ctx: CongressContext) -> None:
    """294-QĐ/TW mục 22: with a committee, the bí thư is elected from its members."""
    from secretariat.services.elections import results as election_results

    store = ctx.require()
    committee = elections.create_election(store, Target.COMMITTEE, COMMITTEE_TITLE, 3)
    secretary = elections.create_election(store, Target.CELL_SECRETARY, "Bầu Bí thư chi bộ", 1)
    tab = show(qtbot, ctx)
    tab.select_election(secretary.id)
    assert "No one is elected to the committee yet" in tab.order_label.text()
    assert tab.member_combo.count() == 0
    rnd = _prepared(tab, committee, 4)
    elections.start_ballot(store, rnd.id, 20)
    _enter(store, rnd, [[1, 2, 3]] * 20)
    election_results.announce(store, rnd.id)
    tab.select_election(secretary.id)
    offered = {tab.member_combo.itemData(i) for i in range(tab.member_combo.count())}
    assert offered == {int(c.member_id) for c in rnd.candidates[:3]}
    assert "new committee" in tab.member_combo.toolTip()


def test_tellers_chosen_once_serve_the_next_election_issue_18(
    qtbot: Any, ctx: CongressContext
) -> None:
    """The vote-counting committee is chosen once per congress (docs/domain/procedure.md
    "Elections"; 190-QĐ/TW Điều 8): a new election starts with it ticked, and the
    round opens with it by Ctrl+R alone; a teller on the new list is left out."""
    store = ctx.require()
    first = elections.create_election(store, Target.COMMITTEE, COMMITTEE_TITLE, 3)
    tab = show(qtbot, ctx)
    rnd = _open_directly(tab, first)
    second = elections.create_election(store, Target.DELEGATE, "Bầu đại biểu", 1)
    from secretariat.services.elections import nominations

    # The chair teller stands in the new election: left out of its committee.
    chair, *others = rnd.tellers
    for member in (chair, rnd.candidates[0].member_id):
        nominations.nominate(store, second.id, member, "convening")
    nominations.approve_list(store, second.id, yes=23, no=0)
    tab.refresh()
    tab.table.setFocus()
    press(qtbot, tab, tab.table, Qt.Key.Key_Down)
    assert tab.selected_election() is not None
    assert tab.selected_election().id == second.id  # type: ignore[union-attr]
    press(qtbot, tab, tab.table, Qt.Key.Key_2, CTRL)
    checked = [
        int(tab.tellers_list.item(i).data(Qt.ItemDataRole.UserRole))
        for i in range(tab.tellers_list.count())
        if tab.tellers_list.item(i).checkState() == Qt.CheckState.Checked
    ]
    assert checked and set(checked) == {int(t) for t in others}
    assert "Tellers: " in tab.tellers_label.text()
    press(qtbot, tab, tab.tellers_list, Qt.Key.Key_R, CTRL)
    [opened] = elections.list_rounds(store, second.id)
    assert list(opened.tellers) == others


def test_fewer_ballots_in_the_secretarys_words_or_cancelled(
    qtbot: Any, ctx: CongressContext
) -> None:
    store = ctx.require()
    election = elections.create_election(store, Target.COMMITTEE, COMMITTEE_TITLE, 3)
    tab = show(qtbot, ctx)
    rnd = _open_directly(tab, election)
    press(qtbot, tab, tab.table, Qt.Key.Key_2, CTRL)
    type_spin(qtbot, tab, tab.issued_spin, 21)
    answer_fewer(qtbot, cancel=True)
    press(qtbot, tab, tab.issued_spin, Qt.Key.Key_I, CTRL)
    assert not elections.get_round(store, rnd.id).started  # cancelled: nothing issued
    answer_fewer(qtbot, words="om, ra ve som")
    press(qtbot, tab, tab.issued_spin, Qt.Key.Key_I, CTRL)
    after = elections.get_round(store, rnd.id)
    assert (after.issued, after.missing_ballots) == (21, 2)
    assert after.fewer_ballots_reason == "om, ra ve som"


# --- nominating by name; nothing carried over (issue #19 §1, §2) ---------------------------


def test_the_nominee_is_found_by_name_and_several_matches_wait(
    qtbot: Any, ctx: CongressContext, monkeypatch: Any
) -> None:
    tab = show(qtbot, ctx)
    election = new_election(qtbot, tab, monkeypatch)
    tab.member_combo.setFocus()
    qtbot.keyClicks(tab.member_combo, "nguyen")
    combo = tab.member_combo
    several = combo.ambiguous
    assert several > 1
    # Not the first of them: no one is current, the list shows only those who match.
    assert combo.currentIndex() == -1
    popup = combo.view()
    qtbot.waitUntil(popup.isVisible)
    shown = [r for r in range(combo.count()) if not popup.isRowHidden(r)]
    assert shown == list(combo.matching()) and len(shown) == several
    assert all("Nguyễn" in combo.itemText(r) for r in shown)
    assert tab.feedback.text() == f"{several} people match — choose with ↑ ↓ and Enter"
    qtbot.keyClick(popup, Qt.Key.Key_Return)  # nothing highlighted: Enter takes no one
    qtbot.keyClick(popup, Qt.Key.Key_N, CTRL_SHIFT)
    assert nominations.list_nominations(ctx.require(), election.id) == []
    assert combo.currentIndex() == -1 and popup.isVisible()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Down)  # the second of them
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert not popup.isVisible() and combo.currentIndex() == shown[1]
    assert combo.ambiguous == 0
    chosen = combo.currentData()
    press(qtbot, tab, tab.member_combo, Qt.Key.Key_N, CTRL_SHIFT)
    assert [n.member_id for n in nominations.list_nominations(ctx.require(), election.id)] == [
        chosen
    ]
    # A whole name without diacritics names one member.
    name = tab._members[member_at(tab, inside_full(tab)[-1])].full_name
    tab.member_combo.setFocus()
    qtbot.wait(1600)  # the combo forgets what was typed after a pause
    qtbot.keyClicks(tab.member_combo, fold(name))
    assert tab.member_combo.ambiguous == 0
    assert tab.member_combo.currentText().split(". ", 1)[1].startswith(name)


def test_an_absent_member_is_named_before_being_nominated(
    qtbot: Any, ctx: CongressContext, monkeypatch: Any
) -> None:
    tab = show(qtbot, ctx)
    election = new_election(qtbot, tab, monkeypatch)
    asked: list[str] = []

    def answer(_parent: Any, _title: str, text: str, *_args: Any) -> Any:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr("ui.tabs.election_pages.list_page.QMessageBox.question", answer)
    tab.member_combo.setFocus()
    qtbot.keyClicks(tab.member_combo, "ha minh tam")
    assert tab.member_combo.ambiguous == 0
    press(qtbot, tab, tab.member_combo, Qt.Key.Key_N, CTRL_SHIFT)
    assert asked and asked[0].startswith("Hà Minh Tâm is absent with a reason")
    assert nominations.list_nominations(ctx.require(), election.id) == []


def test_enter_in_the_agreement_box_records_it_and_values_do_not_carry_over(
    qtbot: Any, ctx: CongressContext, monkeypatch: Any
) -> None:
    tab = show(qtbot, ctx)
    first = new_election(qtbot, tab, monkeypatch)
    tab.source_combo.setCurrentIndex(tab.source_combo.findData("floor"))
    _hand_type_member(qtbot, tab, inside_full(tab)[0])
    press(qtbot, tab, tab.member_combo, Qt.Key.Key_N, CTRL_SHIFT)
    assert QApplication.focusWidget() is tab.agree_spin
    qtbot.keyClicks(tab.agree_spin, "9")
    press(qtbot, tab, tab.agree_spin, Qt.Key.Key_Return)
    row = nominations.list_nominations(ctx.require(), first.id)[0]
    assert row.agree == 9
    type_spin(qtbot, tab, tab.list_yes_spin, 7)
    # Another election: the source, the agreement and the list counts start afresh.
    tab.table.setFocus()
    new_election(qtbot, tab, monkeypatch, downs=3)
    tab.table.selectRow(tab.table.rowCount() - 1)
    assert tab.source_combo.currentData() == "convening"
    assert tab.agree_spin.value() == 0
    assert tab.list_yes_spin.value() == tab._voters_now()  # its default, not the 7 typed
