"""The resolution tab driven through its keys and buttons, on the demo congress:
draft by keys, versions and their comparison, amendments accepted and voted,
adoption by hands and the frozen resolution (docs/domain/procedure.md "Drafting the
resolution"; 190-QĐ/TW Điều 3 for the show-of-hands adoption)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QWidget

from secretariat import demo
from secretariat.services import attendance, congress, resolution, roster, settings, votes
from secretariat.services.resolution import Fate, SectionKind, texts
from tests.core.conftest import FakeClock
from ui.commands import actions
from ui.context import CongressContext
from ui.dialogs.resolution import AmendmentDialog, AnswerDialog, HandsDialog
from ui.i18n import translator
from ui.tabs.resolution import ResolutionTab

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture(autouse=True)
def english(qapp: object) -> None:
    translator.install("en")


def show(qtbot: Any, ctx: CongressContext) -> ResolutionTab:
    ctx.require().clock = FakeClock(demo.MOMENT)
    tab = ResolutionTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1366, 768)
    tab.show()
    qtbot.waitExposed(tab)
    tab.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is tab)
    tab.outline_panel.outline.setFocus()
    return tab


def press(
    qtbot: Any, tab: ResolutionTab, widget: QWidget, which: Qt.Key, modifier: Any = None
) -> None:
    if QApplication.activeWindow() is not tab:
        tab.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is tab)
    qtbot.keyClick(widget, which, modifier or Qt.KeyboardModifier.NoModifier)


def type_text(widget: QWidget, text: str) -> None:
    """Type like a keyboard with a Vietnamese input method (QTest only types ASCII)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def empty(ctx: CongressContext) -> CongressContext:
    """The demo congress with its draft taken away (versions and amendments kept)."""
    store = ctx.require()
    for amendment in resolution.list_amendments(store):
        resolution.remove_amendment(store, amendment.id)
    for section in [s for s in resolution.draft(store).sections() if s.parent_id is None]:
        resolution.remove_section(store, section.id)
    assert resolution.draft(store).empty
    return ctx


def test_draft_a_resolution_by_keys_and_undo_an_edit(qtbot: Any, ctx: CongressContext) -> None:
    tab = show(qtbot, empty(ctx))
    store = ctx.require()
    assert tab.outline_panel.seed_button.isVisible()
    # Insert in the outline: a new point; the keyboard goes to its title.
    press(qtbot, tab, tab.outline_panel.outline, Qt.Key.Key_Insert)
    point = resolution.draft(store).points[0]
    assert tab.outline_panel.current_key() == ("section", point.id)
    assert tab.editor.title_edit.hasFocus()
    type_text(tab.editor.title_edit, "Mục tiêu, chỉ tiêu chủ yếu")
    press(qtbot, tab, tab.editor.title_edit, Qt.Key.Key_Tab)  # leaving the title saves it
    assert tab.editor.body_edit.hasFocus()
    type_text(tab.editor.body_edit, "Phấn đấu hoàn thành tốt nhiệm vụ.")
    press(qtbot, tab, tab.editor.body_edit, Qt.Key.Key_Return)  # a new line, not a new section
    type_text(tab.editor.body_edit, "Các chỉ tiêu chủ yếu:")
    press(qtbot, tab, tab.editor.body_edit, Qt.Key.Key_Escape)  # back to the outline, saved
    assert tab.outline_panel.outline.hasFocus()
    saved = resolution.draft(store).points[0]
    assert saved.title == "Mục tiêu, chỉ tiêu chủ yếu"
    assert saved.text == "Phấn đấu hoàn thành tốt nhiệm vụ.\nCác chỉ tiêu chủ yếu:"
    # Alt+Insert: a target of the point; figure (Vietnamese comma), unit, text.
    press(qtbot, tab, tab.outline_panel.outline, Qt.Key.Key_Insert, ALT)
    target = resolution.draft(store).points[0].targets[0]
    assert tab.outline_panel.current_key() == ("target", target.id)
    assert tab.editor.figure_edit.hasFocus()
    qtbot.keyClicks(tab.editor.figure_edit, "12,5x")  # the letter is refused by the validator
    assert tab.editor.figure_edit.text() == "12,5"
    press(qtbot, tab, tab.editor.figure_edit, Qt.Key.Key_Tab)
    press(qtbot, tab, tab.editor.unit_edit, Qt.Key.Key_Tab)
    assert tab.editor.target_text.hasFocus()
    tab.editor.target_text.selectAll()
    type_text(tab.editor.target_text, "đảng viên hoàn thành xuất sắc nhiệm vụ")
    press(qtbot, tab, tab.editor.target_text, Qt.Key.Key_Escape)
    target = resolution.draft(store).points[0].targets[0]
    assert (target.figure, target.unit, target.text) == (
        Decimal("12.5"),
        "%",
        "đảng viên hoàn thành xuất sắc nhiệm vụ",
    )
    assert target.label == "12,5% đảng viên hoàn thành xuất sắc nhiệm vụ"
    assert "12,5% đảng viên" in tab.outline_panel.outline.currentItem().text(0)
    # Ctrl+Insert on the point: a sub-point, typed after a pause (saved by the timer).
    tab.outline_panel.select(("section", point.id))
    press(qtbot, tab, tab.outline_panel.outline, Qt.Key.Key_Insert, CTRL)
    sub = resolution.draft(store).points[0].subpoints[0]
    assert sub.number == "a)" and tab.editor.body_edit.hasFocus()
    tab.editor.save_timer.setInterval(20)
    depth = ctx.undo_stack.count()
    type_text(tab.editor.body_edit, "Nâng cao chất lượng sinh hoạt chi bộ.")
    assert ctx.undo_stack.count() == depth  # typing is not one step per key
    qtbot.waitUntil(lambda: not tab.has_unsaved_text())
    assert ctx.undo_stack.count() == depth + 1  # one step for the whole pause
    assert resolution.draft(store).section(sub.id).text == "Nâng cao chất lượng sinh hoạt chi bộ."
    # Ctrl+Z restores the edit exactly; the editor follows; Ctrl+Y again.
    tab.outline_panel.outline.setFocus()
    ctx.undo_stack.undo()
    assert resolution.draft(store).section(sub.id).text == ""
    assert tab.editor.body_edit.toPlainText() == ""
    ctx.undo_stack.redo()
    assert tab.editor.body_edit.toPlainText() == "Nâng cao chất lượng sinh hoạt chi bộ."
    assert tab.outline_panel.current_key() == ("section", sub.id)


def test_navigation_move_and_delete(qtbot: Any, ctx: CongressContext, monkeypatch: Any) -> None:
    tab = show(qtbot, ctx)
    store = ctx.require()
    d = resolution.draft(store)
    assert d.preamble is not None
    tab.outline_panel.select(("section", d.preamble.id))
    press(qtbot, tab, tab.outline_panel.outline, Qt.Key.Key_Return)  # Enter: into the editor
    assert tab.editor.body_edit.hasFocus()
    press(qtbot, tab, tab.editor.body_edit, Qt.Key.Key_PageDown, CTRL)
    assert tab.outline_panel.current_key() == ("section", d.points[0].id)
    assert tab.editor.body_edit.hasFocus()
    press(qtbot, tab, tab.editor.body_edit, Qt.Key.Key_Down, ALT)
    assert tab.outline_panel.current_key() == ("section", d.points[1].id)
    press(qtbot, tab, tab.editor.body_edit, Qt.Key.Key_PageUp, CTRL)
    assert tab.outline_panel.current_key() == ("section", d.points[0].id)
    # Alt+Shift+Down moves the point one place later; Ctrl+Z puts it back.
    first = d.points[0]
    press(qtbot, tab, tab.editor.body_edit, Qt.Key.Key_Down, ALT | SHIFT)
    assert resolution.draft(store).points[1].id == first.id
    assert tab.outline_panel.current_key() == ("section", first.id)
    ctx.undo_stack.undo()
    assert resolution.draft(store) == d
    # Delete removes the point (with its targets) at once; Ctrl+Z brings it back.
    direction = next(p for p in d.points if p.code == "direction")
    tab.outline_panel.select(("section", direction.id))
    tab.outline_panel.outline.setFocus()
    press(qtbot, tab, tab.outline_panel.outline, Qt.Key.Key_Delete)
    assert resolution.draft(store).section(direction.id) is None
    assert tab.feedback.property("ok") is True
    ctx.undo_stack.undo()
    assert resolution.draft(store) == d


def test_versions_saved_compared_and_restored(
    qtbot: Any, ctx: CongressContext, monkeypatch: Any
) -> None:
    tab = show(qtbot, ctx)
    store = ctx.require()
    assert [v.name for v in resolution.list_versions(store)] == ["Dự thảo 1"]
    d = resolution.draft(store)
    assessment = next(p for p in d.points if p.code == "assessment")
    tab.outline_panel.select(("section", assessment.id))
    press(qtbot, tab, tab.outline_panel.outline, Qt.Key.Key_Return)
    cursor = tab.editor.body_edit.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    tab.editor.body_edit.setTextCursor(cursor)
    type_text(tab.editor.body_edit, " Chi bộ giữ vững danh hiệu trong sạch, vững mạnh.")
    press(qtbot, tab, tab.editor.body_edit, Qt.Key.Key_S, CTRL)  # saves the text, then the version
    names = [v.name for v in resolution.list_versions(store)]
    assert names == ["Dự thảo 1", "Dự thảo 2"]
    assert "“Dự thảo 2”" in tab.feedback.text()
    # Compare: choosing version 2 compares it with version 1, word by word.
    tab.pages.setCurrentIndex(1)
    tab.versions.version_list.setCurrentRow(1)
    assert tab.versions.compare_a.currentText() == "Dự thảo 1"
    assert tab.versions.compare_b.currentText() == "Dự thảo 2"
    assert tab.versions.diff_view.insertions() == [
        " Chi bộ giữ vững danh hiệu trong sạch, vững mạnh."
    ]
    assert tab.versions.diff_view.deletions() == []
    assert "1 of" in tab.versions.diff_view.summary.text()
    shown = tab.versions.diff_view.browser.toHtml()
    assert "giữ vững danh hiệu trong sạch" in tab.versions.diff_view.browser.toPlainText()
    assert "underline" in shown
    # Restore version 1 as a new version (after asking); undo takes it back.
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    tab.versions.version_list.setCurrentRow(0)
    qtbot.mouseClick(tab.versions.restore_button, Qt.MouseButton.LeftButton)
    rows = resolution.list_versions(store)
    assert rows[-1].name == "Dự thảo 3 (theo Dự thảo 1)"
    assert resolution.draft(store).section(assessment.id).text == assessment.text
    ctx.undo_stack.undo()
    assert [v.name for v in resolution.list_versions(store)] == names
    assert "trong sạch, vững mạnh." in resolution.draft(store).section(assessment.id).text


def test_accept_one_amendment_and_vote_another(
    qtbot: Any, ctx: CongressContext, monkeypatch: Any
) -> None:
    tab = show(qtbot, ctx)
    store = ctx.require()
    tab.pages.setCurrentIndex(2)
    # The demo's remark (Mai Xuân Trường, against the direction point): accepted.
    remark = resolution.list_amendments(store)[0]
    tab.amendments.select_amendment(remark.id)
    qtbot.mouseClick(tab.amendments.accept_button, Qt.MouseButton.LeftButton)
    direction = next(p for p in resolution.draft(store).points if p.code == "direction")
    assert "nòng cốt ở cơ sở" in direction.text
    assert resolution.get_amendment(store, remark.id).applied
    assert tab.amendments.amendment_table.item(0, 4).text() == "accepted, applied"
    assert not tab.amendments.accept_button.isEnabled()  # decided
    # Insert: a figure proposed against a target by a speaker of the congress.
    target = direction.targets[2]  # 20% excellent

    def fill(dialog: AmendmentDialog) -> int:
        index = dialog.proposer.findText("Mai Xuân Trường")
        assert index > 0  # the speakers are offered
        dialog.proposer.setCurrentIndex(index)
        dialog.place.setCurrentIndex(dialog.place_index(None, target.id))
        assert dialog.figure_edit.isEnabled()
        # What was said goes in the remark; only the figure would change the target.
        type_text(dialog.remark_edit, "Đề nghị nâng chỉ tiêu xuất sắc lên 25%")
        dialog.figure_edit.setText("25")
        assert dialog.result_label.text() == f"25% {target.text}"
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(AmendmentDialog, "exec", fill)
    tab.amendments.amendment_table.setFocus()
    press(qtbot, tab, tab.amendments.amendment_table, Qt.Key.Key_Insert)
    added = resolution.list_amendments(store)[-1]
    assert (added.proposer, added.target_id, added.proposed_figure) == (
        "Mai Xuân Trường",
        target.id,
        Decimal(25),
    )
    assert added.speech_id is not None
    assert added.remark == "Đề nghị nâng chỉ tiêu xuất sắc lên 25%"
    assert added.proposed_text == ""
    assert tab.amendments.selected_amendment_id() == added.id
    # Put to a vote: the resulting text is shown first; No puts nothing to a vote.
    asked: list[str] = []

    def question(reply: Any) -> Any:
        def ask(_parent: object, _title: str, text: str, *args: object) -> Any:
            asked.append(text)
            return reply

        return ask

    monkeypatch.setattr(QMessageBox, "question", question(QMessageBox.StandardButton.No))
    qtbot.mouseClick(tab.amendments.vote_button, Qt.MouseButton.LeftButton)
    assert f"25% {target.text}" in asked[0]
    assert resolution.get_amendment(store, added.id).fate is Fate.PENDING
    # Yes: a show-of-hands vote is added; the hands are typed here.
    monkeypatch.setattr(QMessageBox, "question", question(QMessageBox.StandardButton.Yes))
    qtbot.mouseClick(tab.amendments.vote_button, Qt.MouseButton.LeftButton)
    voted = resolution.get_amendment(store, added.id)
    assert voted.fate is Fate.VOTED and voted.vote_id is not None
    assert votes.get_vote(store, voted.vote_id).subject.startswith("Biểu quyết ý kiến:")
    assert tab.amendments.yes_spin.hasFocus()
    qtbot.keyClicks(tab.amendments.yes_spin, "20")
    press(qtbot, tab, tab.amendments.yes_spin, Qt.Key.Key_Tab)
    qtbot.keyClicks(tab.amendments.no_spin, "3")
    press(qtbot, tab, tab.amendments.no_spin, Qt.Key.Key_Return)
    now = resolution.draft(store).target(target.id)
    assert now is not None and now.figure == Decimal(25)
    assert resolution.get_amendment(store, added.id).outcome == "vote_passed"
    assert tab.amendments.disputed_table.rowCount() == 1
    assert tab.amendments.disputed_table.item(0, 2).text() == "vote passed 20/24, applied"
    # Undo the hands, then the vote itself: the draft and the votes as before.
    ctx.undo_stack.undo()
    assert resolution.draft(store).target(target.id) == target
    ctx.undo_stack.undo()
    assert resolution.get_amendment(store, added.id).fate is Fate.PENDING
    assert voted.vote_id not in {v.id for v in votes.list_votes(store)}
    assert tab.amendments.disputed_table.rowCount() == 0


def test_adopt_then_editing_is_refused_until_reopened(
    qtbot: Any, ctx: CongressContext, monkeypatch: Any
) -> None:
    tab = show(qtbot, ctx)
    store = ctx.require()

    def hands(yes: int, no: int) -> Any:
        def fill(dialog: HandsDialog) -> int:
            dialog.yes_spin.setValue(yes)
            dialog.no_spin.setValue(no)
            dialog.accept()
            return int(dialog.result())

        return fill

    # The demo's remark is still pending: the adoption asks for its fate first.
    [remark] = resolution.pending_amendments(store)
    shown: list[str] = []

    def reason(answer: str, ok: bool) -> Any:
        def ask(_parent: object, _title: str, label: str, text: str = "", *a: object) -> Any:
            shown.append(label)
            return answer, ok

        return ask

    monkeypatch.setattr(HandsDialog, "exec", lambda _d: pytest.fail("no vote before the remarks"))
    monkeypatch.setattr(QInputDialog, "getMultiLineText", reason("", False))
    qtbot.mouseClick(tab.adoption.adopt_button, Qt.MouseButton.LeftButton)
    assert "Mai Xuân Trường" in shown[0] and resolution.pending_amendments(store) == [remark]
    monkeypatch.setattr(
        QInputDialog, "getMultiLineText", reason("Đã thể hiện ở điểm 2 của dự thảo.", True)
    )
    monkeypatch.setattr(HandsDialog, "exec", hands(10, 13))
    qtbot.mouseClick(tab.adoption.adopt_button, Qt.MouseButton.LeftButton)
    settled = resolution.get_amendment(store, remark.id)
    assert (settled.fate, settled.answer) == (Fate.EXPLAINED, "Đã thể hiện ở điểm 2 của dự thảo.")
    assert not resolution.is_adopted(store)
    assert tab.feedback.property("ok") is False  # not passed; the vote is recorded
    monkeypatch.setattr(HandsDialog, "exec", hands(23, 0))
    qtbot.mouseClick(tab.adoption.adopt_button, Qt.MouseButton.LeftButton)
    assert resolution.is_adopted(store)
    adopted = resolution.list_versions(store)[-1]
    assert adopted.adopted and adopted.name == resolution.ADOPTED_NAME
    assert tab.adoption.banner.isVisible() and adopted.name in tab.adoption.banner.text()
    assert tab.adoption.reopen_button.isVisible() and not tab.adoption.adopt_button.isVisible()
    # Editing is refused: read-only editors, no Insert, no Delete, no Ctrl+S.
    d = resolution.draft(store)
    point = d.points[0]
    tab.outline_panel.select(("section", point.id))
    assert tab.editor.body_edit.isReadOnly()
    tab.editor.body_edit.setFocus()
    type_text(tab.editor.body_edit, "Sửa sau khi thông qua")
    press(qtbot, tab, tab.editor.body_edit, Qt.Key.Key_Escape)
    tab.outline_panel.outline.setFocus()
    for keys in ((Qt.Key.Key_Insert, None), (Qt.Key.Key_Delete, None), (Qt.Key.Key_S, CTRL)):
        press(qtbot, tab, tab.outline_panel.outline, *keys)
    assert resolution.draft(store) == d
    assert len(resolution.list_versions(store)) == 2
    assert not tab.outline_panel.remove_button.isEnabled()
    # Reopen asks what for; no answer (Esc) leaves it adopted.
    asked: list[str] = []

    def why(answer: str, ok: bool) -> Any:
        def ask(_parent: object, _title: str, label: str, *a: object, **k: object) -> Any:
            asked.append(label)
            return answer, ok

        return ask

    monkeypatch.setattr(QInputDialog, "getText", why("", False))
    qtbot.mouseClick(tab.adoption.reopen_button, Qt.MouseButton.LeftButton)
    assert resolution.is_adopted(store) and "reopen it for" in asked[0]
    # With the reason: editable again, the reason kept for the minutes; Ctrl+Z adopts it again.
    monkeypatch.setattr(QInputDialog, "getText", why("sửa chỉ tiêu 3", True))
    qtbot.mouseClick(tab.adoption.reopen_button, Qt.MouseButton.LeftButton)
    assert not resolution.is_adopted(store)
    lifted = resolution.list_versions(store)[-1]
    assert lifted.reopen_reason == "sửa chỉ tiêu 3"
    assert not tab.adoption.banner.isVisible() and not tab.editor.body_edit.isReadOnly()
    ctx.undo_stack.undo()
    assert resolution.is_adopted(store) and tab.adoption.banner.isVisible()
    ctx.undo_stack.undo()  # the adoption itself, exactly: its version goes, its vote unheld
    assert not resolution.is_adopted(store)
    assert len(resolution.list_versions(store)) == 1
    held = [v for v in votes.list_votes(store) if v.held]
    ctx.undo_stack.undo()  # the vote that did not pass
    assert len([v for v in votes.list_votes(store) if v.held]) == len(held) - 1
    assert tab.feedback.text() == ""
    ctx.undo_stack.redo()
    ctx.undo_stack.redo()
    assert resolution.is_adopted(store) and resolution.list_versions(store)[-1] == adopted


def test_a_new_congress_starts_from_the_usual_draft(qtbot: Any, ctx: CongressContext) -> None:
    tab = show(qtbot, empty(ctx))
    qtbot.mouseClick(tab.outline_panel.seed_button, Qt.MouseButton.LeftButton)
    d = resolution.draft(ctx.require())
    assert d.preamble is not None and d.preamble.kind is SectionKind.PREAMBLE
    assert [p.code for p in d.points][-2:] == ["election_results", "implementation"]
    assert tab.outline_panel.outline.topLevelItemCount() == 1 + len(d.points)
    assert not tab.outline_panel.seed_button.isVisible()
    ctx.undo_stack.undo()
    assert resolution.draft(ctx.require()).empty
    assert tab.outline_panel.seed_button.isVisible()


def test_explain_an_amendment_keeps_the_draft(
    qtbot: Any, ctx: CongressContext, monkeypatch: Any
) -> None:
    tab = show(qtbot, ctx)
    store = ctx.require()
    before = resolution.draft(store)
    remark = resolution.list_amendments(store)[0]
    tab.pages.setCurrentIndex(2)
    tab.amendments.select_amendment(remark.id)

    def answer(dialog: AnswerDialog) -> int:
        dialog.answer_edit.setPlainText("Nội dung này đã có ở Điểm 4, nhiệm vụ a).")
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(AnswerDialog, "exec", answer)
    qtbot.mouseClick(tab.amendments.explain_button, Qt.MouseButton.LeftButton)
    row = resolution.get_amendment(store, remark.id)
    assert row.fate is Fate.EXPLAINED and row.answer.startswith("Nội dung này")
    assert resolution.draft(store) == before
    assert tab.amendments.amendment_table.item(0, 4).text() == "explained"
    assert "Answer: Nội dung này" in tab.amendments.amendment_detail.text()
    ctx.undo_stack.undo()
    assert resolution.get_amendment(store, remark.id) == remark


def test_the_amendment_dialog_starts_from_the_section_text(
    qtbot: Any, ctx: CongressContext
) -> None:
    store = ctx.require()
    d = resolution.draft(store)
    direction = next(p for p in d.points if p.code == "direction")
    dialog = AmendmentDialog(d, [], None, section_id=direction.id)
    qtbot.addWidget(dialog)
    assert dialog.text_edit.toPlainText() == direction.text  # accepting replaces it
    assert not dialog.figure_edit.isEnabled()
    dialog.place.setCurrentIndex(dialog.place_index(None, direction.targets[1].id))
    assert dialog.text_edit.toPlainText() == ""  # a target: new figure and/or text
    assert dialog.figure_edit.isEnabled()
    dialog.figure_edit.setText("abc")
    dialog.accept()
    assert "figure" in dialog.error_label.text()


def test_the_election_results_point_follows_the_elections(qtbot: Any, ctx: CongressContext) -> None:
    tab = show(qtbot, ctx)
    store = ctx.require()
    results = next(p for p in resolution.draft(store).points if p.code == "election_results")
    tab.outline_panel.select(("section", results.id))
    assert tab.editor.auto_label.isVisible() and not tab.editor.follow_button.isVisible()
    assert tab.editor.body_edit.toPlainText() == resolution.election_results_text(store)
    press(qtbot, tab, tab.outline_panel.outline, Qt.Key.Key_Return)
    tab.editor.body_edit.selectAll()
    type_text(tab.editor.body_edit, "Kết quả bầu cử: xem biên bản.")
    press(qtbot, tab, tab.editor.body_edit, Qt.Key.Key_Escape)
    edited = resolution.draft(store).section(results.id)
    assert edited is not None and not edited.auto
    assert tab.editor.follow_button.isVisible() and not tab.editor.auto_label.isVisible()
    qtbot.mouseClick(tab.editor.follow_button, Qt.MouseButton.LeftButton)
    again = resolution.draft(store).section(results.id)
    assert again is not None and again.auto
    assert tab.editor.body_edit.toPlainText() == resolution.election_results_text(store)


def test_the_preamble_follows_the_attendance(qtbot: Any, ctx: CongressContext) -> None:
    """docs/domain/documents.md §4: the preamble says how many were present; until it is edited
    (or the resolution adopted) it follows the door."""
    tab = show(qtbot, ctx)
    store = ctx.require()
    preamble = resolution.draft(store).preamble
    assert preamble is not None and preamble.auto
    tab.outline_panel.select(("section", preamble.id))
    assert tab.editor.auto_label.isVisible() and "attendance" in tab.editor.auto_label.text()
    session = congress.list_sessions(store)[0]
    late = next(m for m in roster.list_members(store) if m.full_name == "Lê Hữu Phước")
    before = attendance.counters(store).present
    assert f"với {before} đồng chí" in tab.editor.body_edit.toPlainText()
    actions.check_in(ctx, session.id, late)  # arrives late, at the door
    assert f"với {before + 1} đồng chí" in tab.editor.body_edit.toPlainText()
    press(qtbot, tab, tab.outline_panel.outline, Qt.Key.Key_Return)
    tab.editor.body_edit.selectAll()
    type_text(tab.editor.body_edit, "Đại hội họp với đầy đủ đảng viên.")
    press(qtbot, tab, tab.editor.body_edit, Qt.Key.Key_Escape)
    edited = resolution.draft(store).preamble
    assert edited is not None and not edited.auto
    assert tab.editor.follow_button.isVisible() and tab.editor.follow_button.text() == (
        "Follow the attendance again"
    )
    qtbot.mouseClick(tab.editor.follow_button, Qt.MouseButton.LeftButton)
    again = resolution.draft(store).preamble
    assert again is not None and again.auto and f"với {before + 1} đồng chí" in again.text


def test_a_change_reloads_only_the_parts_it_touched(
    qtbot: Any, ctx: CongressContext, monkeypatch: Any
) -> None:
    """Issue #15 §2: each panel watches its tables. A check-in at the door re-reads the
    draft (the preamble follows the attendance) but not the versions or the amendments;
    removing an amendment re-reads only the amendments; a setting reloads nothing; a
    preamble written by hand no longer follows the door."""
    tab = show(qtbot, ctx)
    store = ctx.require()
    read: list[str] = []
    for name in ("draft", "list_versions", "list_amendments"):
        real = getattr(resolution, name)

        def spy(*args: Any, _real: Any = real, _name: str = name, **kwargs: Any) -> Any:
            read.append(_name)
            return _real(*args, **kwargs)

        monkeypatch.setattr(resolution, name, spy)
    session = congress.list_sessions(store)[0]
    late = next(m for m in roster.list_members(store) if m.full_name == "Lê Hữu Phước")
    actions.check_in(ctx, session.id, late)
    assert read == ["draft"]
    read.clear()
    amendment = resolution.list_amendments(store)[0]
    read.clear()
    resolution.remove_amendment(store, amendment.id)
    assert read == ["list_amendments"]
    assert tab.amendments.amendment_table.rowCount() == len(resolution.list_amendments(store))
    read.clear()
    settings.set_value(store, "speeches.warn_seconds", 90)
    assert read == []
    # Once the preamble is written by hand it no longer follows the door.
    resolution.set_preamble(store, "Đại hội họp với đầy đủ đảng viên.")
    read.clear()
    actions.check_out(ctx, session.id, late)  # leaves the hall again
    assert not attendance.session_attendance(store, session.id)[late.id].inside
    assert read == []


def test_an_edited_point_keeps_the_followed_texts_without_making_them_again(
    qtbot: Any, ctx: CongressContext, monkeypatch: Any
) -> None:
    """Issue #16: saving a point's title re-reads the draft but not what its auto sections
    follow (the election results tally every round's papers); a check-in makes the
    preamble again and keeps the election results."""
    tab = show(qtbot, ctx)
    store = ctx.require()
    made: list[str] = []
    for name in ("default_preamble", "election_results_text"):
        real = getattr(texts, name)

        def spy(*args: Any, _real: Any = real, _name: str = name, **kwargs: Any) -> Any:
            made.append(_name)
            return _real(*args, **kwargs)

        monkeypatch.setattr(texts, name, spy)
    before = resolution.draft(store)
    made.clear()
    point = next(p for p in before.points if not p.auto)
    tab.outline_panel.select(("section", point.id))
    press(qtbot, tab, tab.outline_panel.outline, Qt.Key.Key_Return)
    type_text(tab.editor.title_edit, " (sửa)")
    press(qtbot, tab, tab.editor.title_edit, Qt.Key.Key_Escape)
    saved = tab.shared.draft.section(point.id)
    assert saved is not None and saved.title.endswith("(sửa)")
    assert made == []
    assert resolution.auto_texts_of(tab.shared.draft) == resolution.auto_texts_of(before)
    session = congress.list_sessions(store)[0]
    late = next(m for m in roster.list_members(store) if m.full_name == "Lê Hữu Phước")
    actions.check_in(ctx, session.id, late)
    assert made == ["default_preamble"]
    assert tab.shared.draft == resolution.draft(store)  # what a fresh read shows


def test_a_comparison_with_the_working_draft_follows_it(qtbot: Any, ctx: CongressContext) -> None:
    """The versions page compares a version with the working draft; when the draft
    changes (the preamble follows the door) the comparison on view is made again."""
    tab = show(qtbot, ctx)
    store = ctx.require()
    tab.pages.setCurrentIndex(1)
    tab.versions.set_comparison(resolution.list_versions(store)[0].id, None)
    shown = tab.versions.diff_view.insertions()
    session = congress.list_sessions(store)[0]
    late = next(m for m in roster.list_members(store) if m.full_name == "Lê Hữu Phước")
    present = attendance.counters(store).present
    actions.check_in(ctx, session.id, late)
    assert tab.versions.diff_view.insertions() != shown
    assert any(str(present + 1) in text for text in tab.versions.diff_view.insertions())
