"""The speeches tab, driven with the keys the secretary uses during the discussion."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from secretariat import demo
from secretariat.domain import AgendaItemId, SpeechKind, SpeechRow
from secretariat.services import agenda, attendance, congress, roster, settings, speeches
from secretariat.store import Store
from tests.core.conftest import FakeClock
from ui.commands import speech_actions
from ui.context import CongressContext
from ui.tabs.speeches import (
    COL_SPEAKER,
    COL_SPOKEN,
    SpeechesTab,
    SpeechQueueModel,
    read_text_file,
)
from ui.widgets.countdown import COLOURS, NORMAL, OVERTIME, WARNING, CountdownWidget

START = datetime(2020, 6, 15, 9, 10)
SUMMARY = "Đề nghị bổ sung chỉ tiêu 100% đảng viên hoàn thành tốt nhiệm vụ."

# --- fixtures and helpers --------------------------------------------------------------


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
def fresh_ctx(qapp: object, tmp_path: Path, clock: FakeClock) -> Iterator[CongressContext]:
    """The demo roster and the default agenda (not yet run), no speech, a fake clock."""
    store = demo.create_demo(tmp_path / "fresh.daihoi", with_attendance=False)
    store.clock = clock
    assert agenda.list_items(store) and not speeches.all_speeches(store)
    context = CongressContext()
    context.attach(store)
    yield context
    context.close()


def show(qtbot: object, tab: SpeechesTab) -> SpeechesTab:
    qtbot.addWidget(tab)  # type: ignore[attr-defined]
    tab.resize(1280, 800)
    tab.show()
    tab.activateWindow()
    qtbot.waitExposed(tab)  # type: ignore[attr-defined]
    qtbot.waitUntil(tab.isActiveWindow)  # type: ignore[attr-defined]  # shortcuts need it
    tab.timer.stop()  # the test moves the clock and ticks by hand
    return tab


@pytest.fixture
def tab(qtbot: object, fresh_ctx: CongressContext) -> SpeechesTab:
    return show(qtbot, SpeechesTab(fresh_ctx))


def discussion(store: Store) -> AgendaItemId:
    return next(i.id for i in agenda.list_items(store) if i.code == "discussion")


def queue(ctx: CongressContext) -> list[SpeechRow]:
    return speeches.queue(ctx.require(), discussion(ctx.require()))


def key(qtbot: object, widget: object, k: Qt.Key, mod: object = None) -> None:
    modifier = Qt.KeyboardModifier.NoModifier if mod is None else mod
    qtbot.keyClick(widget, k, modifier)  # type: ignore[attr-defined]


def type_text(widget: QWidget, text: str) -> None:
    """Type like a keyboard with a Vietnamese input method (QTest only types ASCII)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def register(qtbot: object, tab: SpeechesTab, typed: str) -> None:
    tab.registration.search.setFocus()
    tab.registration.search.clear()
    qtbot.keyClicks(tab.registration.search, typed)  # type: ignore[attr-defined]
    key(qtbot, tab.registration.search, Qt.Key.Key_Return)


def choose_discussion(qtbot: object, tab: SpeechesTab) -> None:
    """Pick "9. Thảo luận" in the item combo by typing its number."""
    tab.item_combo.setFocus()
    qtbot.keyClicks(tab.item_combo, "9")  # type: ignore[attr-defined]
    assert tab.item_id() == discussion(tab.ctx.require())


def at(minutes: float) -> datetime:
    return START + timedelta(minutes=minutes)


# --- the whole discussion through the keys ----------------------------------------------


def test_a_discussion_run_from_the_keyboard_then_undone_and_redone(
    qtbot: object, tab: SpeechesTab, fresh_ctx: CongressContext, clock: FakeClock
) -> None:
    ctx = fresh_ctx
    snapshots: dict[int, list[SpeechRow]] = {0: []}
    ctx.undo_stack.indexChanged.connect(lambda i: snapshots.setdefault(i, queue(ctx)))

    choose_discussion(qtbot, tab)
    assert not tab.follow_box.isChecked()  # nothing under way yet: the item is chosen

    # Three speakers typed without diacritics; the guest is the superior representative.
    register(qtbot, tab, "tran van cuong")  # probationary, man
    register(qtbot, tab, "pham thi yen")  # full member, woman
    tab.registration.search.setFocus()
    qtbot.keyClicks(tab.registration.search, "thanh xuan")  # type: ignore[attr-defined]
    assert tab.registration.selected_person() is not None
    assert tab.registration.selected_person().name == "Lê Thị Thanh Xuân"  # type: ignore[union-attr]
    assert (
        tab.registration.chosen_kind() is SpeechKind.ADDRESS
    )  # preselected for the representative
    key(qtbot, tab.registration.search, Qt.Key.Key_Return)
    assert (
        tab.registration.chosen_kind() is SpeechKind.FLOOR
    )  # back to the default for the next one
    assert tab.registration.search.text() == ""
    rows = queue(ctx)
    assert [r.speaker for r in rows] == ["Trần Văn Cường", "Phạm Thị Yến", "Lê Thị Thanh Xuân"]
    assert [r.kind for r in rows] == [SpeechKind.FLOOR, SpeechKind.FLOOR, SpeechKind.ADDRESS]
    assert rows[2].guest_id is not None and rows[2].member_id is None
    assert [r.state for r in rows] == ["queued"] * 3

    # The guest moves up one place with Ctrl+Up (queue focused, selected with the arrows).
    tab.queue_panel.queue.setFocus()
    key(qtbot, tab.queue_panel.queue, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert tab.queue_panel.selected_speech() is not None
    assert tab.queue_panel.selected_speech().speaker == "Lê Thị Thanh Xuân"  # type: ignore[union-attr]
    key(qtbot, tab.queue_panel.queue, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert [r.speaker for r in queue(ctx)] == [
        "Trần Văn Cường",
        "Lê Thị Thanh Xuân",
        "Phạm Thị Yến",
    ]
    assert tab.queue_panel.selected_speech().speaker == "Lê Thị Thanh Xuân"  # type: ignore[union-attr]

    # F9: the first speaker starts at the clock's time; the editor is theirs.
    key(qtbot, tab.queue_panel.queue, Qt.Key.Key_F9)
    first = queue(ctx)[0]
    assert first.state == "speaking" and first.started_at == at(0)
    assert tab.current_speech() == first and tab.notes.editing_speech() == first
    assert tab.speaking.speaker_label.text() == "Trần Văn Cường"

    # The summary is typed while the clock runs; ticks never touch the editor.
    tab.notes.summary.setFocus()
    type_text(tab.notes.summary, SUMMARY)
    clock.advance(3)
    tab.tick()
    assert tab.notes.summary.toPlainText() == SUMMARY and tab.notes.has_unsaved_notes()
    assert (
        tab.speaking.countdown.time_label.text() == "2:00"
        and tab.speaking.countdown.level() == NORMAL
    )
    assert tab.queue_panel.model.index(0, COL_SPOKEN).data() == "3:00"

    # F9 again, from the editor: the first ends with 180 s (summary saved), the guest starts.
    key(qtbot, tab.notes.summary, Qt.Key.Key_F9)
    first, second, third = queue(ctx)
    assert first.state == "done" and first.ended_at == at(3) and first.elapsed_seconds == 180
    assert first.summary == SUMMARY
    assert second.speaker == "Lê Thị Thanh Xuân" and second.started_at == at(3)
    assert second.state == "speaking" and third.state == "queued"
    assert tab.notes.editing_speech() == second and tab.notes.summary.toPlainText() == ""

    # Six minutes later the limit (5 min) is passed by one minute: red, with a "+".
    clock.advance(6)
    tab.tick()
    assert tab.speaking.countdown.level() == OVERTIME
    assert tab.speaking.countdown.time_label.text() == "+1:00"
    assert "over time" in tab.speaking.countdown.caption.text()
    assert COLOURS[OVERTIME] in tab.speaking.countdown.time_label.styleSheet()
    assert tab.stats.group_tally("guest") == (1, "6:00")  # the statistics are live

    # F8 pauses, the clock moves without counting, F8 resumes.
    key(qtbot, tab.notes.summary, Qt.Key.Key_F8)
    assert queue(ctx)[1].state == "paused" and queue(ctx)[1].elapsed_seconds == 360
    assert tab.speaking.pause_button.text() == "Resume (F8)"
    clock.advance(2)
    tab.tick()
    assert (
        tab.speaking.countdown.time_label.text() == "+1:00" and tab.speaking.countdown.is_paused()
    )
    assert tab.stats.group_tally("guest") == (1, "6:00")
    key(qtbot, tab.notes.summary, Qt.Key.Key_F8)
    assert queue(ctx)[1].state == "speaking" and queue(ctx)[1].running_since == at(11)
    clock.advance(1)
    tab.tick()
    assert tab.speaking.countdown.time_label.text() == "+2:00"

    # Shift+F9 ends the speech without calling anyone.
    key(qtbot, tab.notes.summary, Qt.Key.Key_F9, Qt.KeyboardModifier.ShiftModifier)
    second = queue(ctx)[1]
    assert second.state == "done" and second.ended_at == at(12)
    assert second.elapsed_seconds == 420 and second.running_since is None
    assert tab.current_speech() is None and queue(ctx)[2].state == "queued"

    # The last speaker: two minutes.
    key(qtbot, tab.notes.summary, Qt.Key.Key_F9)
    clock.advance(2)
    key(qtbot, tab.notes.summary, Qt.Key.Key_F9, Qt.KeyboardModifier.ShiftModifier)
    final = queue(ctx)
    assert [(r.started_at, r.ended_at, r.elapsed_seconds) for r in final] == [
        (at(0), at(3), 180),
        (at(3), at(12), 420),
        (at(12), at(14), 120),
    ]
    assert [r.summary for r in final] == [SUMMARY, "", ""]
    assert all(r.state == "done" for r in final)

    # Statistics per group: speeches and total time.
    clock.advance(5)  # nobody speaks: the totals stay
    tab.tick()
    assert tab.stats.group_tally("probationary") == (1, "3:00")
    assert tab.stats.group_tally("guest") == (1, "7:00")
    assert tab.stats.group_tally("full") == (1, "2:00")
    assert tab.stats.group_tally("male") == (1, "3:00")
    assert tab.stats.group_tally("female") == (1, "2:00")
    assert tab.stats.group_tally("all") == (3, "12:00")
    assert tab.stats.people_rows() == [  # most time first
        ("Lê Thị Thanh Xuân", "1", "7:00"),
        ("Trần Văn Cường", "1", "3:00"),
        ("Phạm Thị Yến", "1", "2:00"),
    ]

    # Undo each step: the rows come back exactly as they were; redo re-applies them.
    top = ctx.undo_stack.index()
    assert top == 12  # 3 registrations, move, call, summary, call, pause, resume, end, call, end
    assert sorted(snapshots) == list(range(top + 1))
    for index in range(top, 0, -1):
        ctx.undo_stack.undo()
        assert queue(ctx) == snapshots[index - 1], ctx.undo_stack.text(index - 1)
    assert tab.queue_panel.model.rowCount() == 0 and tab.current_speech() is None
    for index in range(1, top + 1):
        ctx.undo_stack.redo()
        assert queue(ctx) == snapshots[index], ctx.undo_stack.text(index - 1)
    assert queue(ctx) == final
    assert tab.stats.group_tally("all") == (3, "12:00")


def test_undo_of_a_call_puts_the_speaker_back_on_the_clock(
    qtbot: object, tab: SpeechesTab, fresh_ctx: CongressContext, clock: FakeClock
) -> None:
    choose_discussion(qtbot, tab)
    register(qtbot, tab, "nguyen van binh")
    register(qtbot, tab, "vu thi lan anh")
    key(qtbot, tab.registration.search, Qt.Key.Key_F9)
    clock.advance(4)
    key(qtbot, tab.registration.search, Qt.Key.Key_F9)
    assert tab.current_speech().speaker == "Vũ Thị Lan Anh"  # type: ignore[union-attr]
    fresh_ctx.undo_stack.undo()
    current = tab.current_speech()
    assert current is not None and current.speaker == "Nguyễn Văn Bình"
    clock.advance(1)
    tab.tick()  # the undone call gave the first speaker their running clock back
    assert (
        tab.speaking.countdown.time_label.text() == "0:00"
        and tab.speaking.countdown.level() == WARNING
    )
    assert tab.speaking.speaker_label.text() == "Nguyễn Văn Bình"


# --- the queue ----------------------------------------------------------------------------


def test_delete_removes_a_waiting_speech_and_undo_puts_it_back(
    qtbot: object, tab: SpeechesTab, fresh_ctx: CongressContext
) -> None:
    choose_discussion(qtbot, tab)
    for typed in ("nguyen van binh", "vu thi lan anh", "le minh duc"):
        register(qtbot, tab, typed)
    before = queue(fresh_ctx)
    tab.queue_panel.queue.setFocus()
    key(qtbot, tab.queue_panel.queue, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    key(qtbot, tab.queue_panel.queue, Qt.Key.Key_Down)
    assert tab.queue_panel.selected_speech() == before[1]
    key(qtbot, tab.queue_panel.queue, Qt.Key.Key_Delete)
    assert [r.speaker for r in queue(fresh_ctx)] == ["Nguyễn Văn Bình", "Lê Minh Đức"]
    fresh_ctx.undo_stack.undo()
    assert queue(fresh_ctx) == before
    fresh_ctx.undo_stack.redo()
    assert [r.id for r in queue(fresh_ctx)] == [before[0].id, before[2].id]


def test_delete_in_the_summary_deletes_text_not_the_speech(
    qtbot: object, tab: SpeechesTab, fresh_ctx: CongressContext
) -> None:
    choose_discussion(qtbot, tab)
    register(qtbot, tab, "nguyen van binh")
    key(qtbot, tab.registration.search, Qt.Key.Key_F9)
    tab.notes.summary.setFocus()
    type_text(tab.notes.summary, "abc")
    key(qtbot, tab.notes.summary, Qt.Key.Key_Left)
    key(qtbot, tab.notes.summary, Qt.Key.Key_Delete)
    assert tab.notes.summary.toPlainText() == "ab" and len(queue(fresh_ctx)) == 1


def test_a_drop_moves_a_waiting_speech_and_never_before_one_given(
    qtbot: object, tab: SpeechesTab, fresh_ctx: CongressContext
) -> None:
    choose_discussion(qtbot, tab)
    for typed in ("nguyen van binh", "vu thi lan anh", "le minh duc"):
        register(qtbot, tab, typed)
    key(qtbot, tab.registration.search, Qt.Key.Key_F9)  # Bình speaks
    model = tab.queue_panel.model
    last = model.index(2, COL_SPEAKER)
    data = model.mimeData([last])
    assert model.drop_position(queue(fresh_ctx)[2].id, 0, last.parent()) == 2  # not before Bình
    model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, last.parent())
    assert [r.speaker for r in queue(fresh_ctx)] == [
        "Nguyễn Văn Bình",
        "Lê Minh Đức",
        "Vũ Thị Lan Anh",
    ]
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsDragEnabled  # speaking
    fresh_ctx.undo_stack.undo()
    assert [r.speaker for r in queue(fresh_ctx)][1] == "Vũ Thị Lan Anh"


def test_drop_positions() -> None:
    model = SpeechQueueModel()
    assert model.drop_position(1, 0, model.index(0, 0)) is None  # unknown speech


# --- the notes ----------------------------------------------------------------------------


def test_unsaved_summary_survives_ticks_and_changes_then_saves_when_idle(
    qtbot: object, tab: SpeechesTab, fresh_ctx: CongressContext, clock: FakeClock
) -> None:
    choose_discussion(qtbot, tab)
    register(qtbot, tab, "nguyen van binh")
    key(qtbot, tab.registration.search, Qt.Key.Key_F9)
    tab.notes.summary.setFocus()
    type_text(tab.notes.summary, "Nhất trí")
    cursor = tab.notes.summary.textCursor().position()
    # Another change lands (a registration from elsewhere) and the clock ticks.
    member = next(
        m for m in roster.list_members(fresh_ctx.require()) if m.full_name == "Lê Văn Nam"
    )
    speech_actions.register(fresh_ctx, discussion(fresh_ctx.require()), member_id=member.id)
    for _ in range(3):
        clock.advance(0.25)
        tab.tick()
    assert tab.notes.summary.toPlainText() == "Nhất trí"
    assert tab.notes.summary.textCursor().position() == cursor and tab.notes.summary.hasFocus()
    assert queue(fresh_ctx)[0].summary == ""  # not saved per keystroke
    steps = fresh_ctx.undo_stack.index()
    tab.notes.save_timer.setInterval(20)
    type_text(tab.notes.summary, " với báo cáo")
    qtbot.waitUntil(lambda: not tab.notes.has_unsaved_notes(), timeout=2000)  # type: ignore[attr-defined]
    assert queue(fresh_ctx)[0].summary == "Nhất trí với báo cáo"
    type_text(tab.notes.summary, ".")
    qtbot.waitUntil(lambda: not tab.notes.has_unsaved_notes(), timeout=2000)  # type: ignore[attr-defined]
    assert queue(fresh_ctx)[0].summary == "Nhất trí với báo cáo."
    assert fresh_ctx.undo_stack.index() == steps + 1  # the saves merged into one step
    assert tab.notes.saved_label.text() == "Saved"
    fresh_ctx.undo_stack.undo()
    assert queue(fresh_ctx)[0].summary == "" and tab.notes.summary.toPlainText() == ""


def test_section_saves_when_focus_leaves_and_selection_picks_the_speech(
    qtbot: object, tab: SpeechesTab, fresh_ctx: CongressContext
) -> None:
    choose_discussion(qtbot, tab)
    register(qtbot, tab, "nguyen van binh")
    register(qtbot, tab, "vu thi lan anh")
    assert "resolution feature" in tab.notes.section.toolTip()
    tab.queue_panel.queue.setFocus()
    key(
        qtbot, tab.queue_panel.queue, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier
    )  # the second, still waiting
    assert tab.notes.editing_speech() == queue(fresh_ctx)[1]
    tab.notes.section.setFocus()
    type_text(tab.notes.section, "2. Chỉ tiêu ")
    tab.notes.summary.setFocus()  # focus leaves the field
    assert queue(fresh_ctx)[1].section == "2. Chỉ tiêu"
    type_text(tab.notes.summary, "Bổ sung")
    tab.queue_panel.queue.setFocus()  # focus leaves the editor: saved
    assert queue(fresh_ctx)[1].summary == "Bổ sung"
    key(qtbot, tab.queue_panel.queue, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert (
        tab.notes.editing_speech() == queue(fresh_ctx)[0] and tab.notes.summary.toPlainText() == ""
    )


def test_kind_limit_and_attached_text(
    qtbot: object, tab: SpeechesTab, fresh_ctx: CongressContext, tmp_path: Path
) -> None:
    choose_discussion(qtbot, tab)
    file = tmp_path / "tham_luan.txt"
    # Windows-1258 writes tones as combining marks after the letter: read back composed.
    file.write_bytes("Đê\u0300 nghi\u0323 bô\u0309 sung".encode("cp1258"))
    assert read_text_file(file) == "Đề nghị bổ sung"
    file.write_text("\ufeffNâng cao chất lượng sinh hoạt chi bộ.", encoding="utf-8")
    tab.registration.set_pending_text(read_text_file(file))
    assert (
        tab.registration.chosen_kind() is SpeechKind.PREPARED
        and tab.registration.attached_label.isVisibleTo(tab)
    )
    register(qtbot, tab, "do thi thu ha")
    row = queue(fresh_ctx)[0]
    assert row.kind is SpeechKind.PREPARED
    assert row.text == "Nâng cao chất lượng sinh hoạt chi bộ."
    assert not tab.registration.attached_label.isVisibleTo(tab)
    tab.queue_panel.queue.setFocus()  # the keyboard enters the queue: its current row is selected
    assert tab.notes.editing_speech() == queue(fresh_ctx)[0]
    tab.notes.limit_spin.setValue(7)
    assert queue(fresh_ctx)[0].limit_seconds == 420
    fresh_ctx.undo_stack.undo()
    assert queue(fresh_ctx)[0].limit_seconds == 300 and tab.notes.limit_spin.value() == 5


def test_the_tab_follows_the_item_under_way(qtbot: object, ctx: CongressContext) -> None:
    ctx.require().clock = FakeClock(demo.MOMENT)
    tab = show(qtbot, SpeechesTab(ctx))
    assert tab.follow_box.isChecked()
    assert tab.item_id() == discussion(ctx.require())
    assert tab.speaking.speaker_label.text() == "Nguyễn Đức Thắng"
    assert (
        tab.speaking.countdown.time_label.text() == "1:00"
        and tab.speaking.countdown.level() == WARNING
    )
    assert "Vũ Thị Lan Anh" in tab.speaking.next_label.text()
    assert tab.stats.group_tally("all") == (5, "28:00")  # 7 + 6 + 6 + 5 + 4 running


# --- the countdown on its own ---------------------------------------------------------------


def test_countdown_levels_and_pause(qapp: object) -> None:
    widget = CountdownWidget()
    start = datetime(2020, 6, 15, 9, 0)
    row = SpeechRow(
        id=1,  # type: ignore[arg-type]
        agenda_item_id=1,  # type: ignore[arg-type]
        position=1,
        member_id=1,  # type: ignore[arg-type]
        guest_id=None,
        speaker="Nguyễn Văn An",
        kind=SpeechKind.FLOOR,
        text="",
        summary="",
        section="",
        limit_seconds=300,
        started_at=start,
        ended_at=None,
        running_since=start,
        elapsed_seconds=0,
    )
    widget.set_speech(row, 60)
    widget.update_time(start + timedelta(seconds=65))
    assert (widget.time_label.text(), widget.level()) == ("3:55", NORMAL)
    widget.update_time(start + timedelta(seconds=245))
    assert (widget.time_label.text(), widget.level()) == ("0:55", WARNING)
    widget.update_time(start + timedelta(seconds=342))
    assert (widget.time_label.text(), widget.level()) == ("+0:42", OVERTIME)
    assert widget.caption.text() == "+0:42 over time"
    assert widget.bar.value() == widget.bar.maximum()
    paused = SpeechRow(**{**{f: getattr(row, f) for f in row.__slots__}, "running_since": None})
    widget.set_speech(paused, 60)
    widget.update_time(start + timedelta(hours=1))
    assert widget.is_paused() and widget.time_label.text() == "5:00"
    widget.set_speech(None, 60)
    assert widget.level() == "idle"


def test_unsaved_notes_are_kept_when_the_agenda_moves_on(
    qtbot: object, ctx: CongressContext
) -> None:
    store = ctx.require()
    store.clock = FakeClock(demo.MOMENT)
    tab = show(qtbot, SpeechesTab(ctx))
    speaking = tab.current_speech()
    assert speaking is not None and tab.notes.editing_speech() == speaking
    tab.notes.summary.setFocus()
    type_text(tab.notes.summary, "Đề nghị tăng cường")
    agenda.start_next(store)  # another screen opens the next item: the tab follows it
    assert tab.item_id() != discussion(store)
    assert tab.current_speech() is None and tab.notes.summary.toPlainText() == ""
    saved = next(r for r in queue(ctx) if r.id == speaking.id)
    assert saved.summary == "Đề nghị tăng cường"
    assert not tab.notes.summary.isEnabled()  # no speech to summarise in the new item yet
    assert (
        tab.registration.search.hasFocus()
    )  # the keys still work: the focus went to the search field
    key(qtbot, tab.registration.search, Qt.Key.Key_F9)  # the representative's address starts
    assert tab.speaking.speaker_label.text() == "Lê Thị Thanh Xuân"
    assert tab.speaking.countdown.time_label.text() == "15:00"


# --- no silent wrong picks (issue #19 §1) ------------------------------------------------


def test_enter_with_several_matches_waits_for_a_choice_by_the_arrows(
    qtbot: object, tab: SpeechesTab, fresh_ctx: CongressContext
) -> None:
    choose_discussion(qtbot, tab)
    register(qtbot, tab, "nguyen")
    several = tab.registration.results.count()
    assert several > 1 and tab.registration.selected_person() is None
    assert queue(fresh_ctx) == []
    assert tab.feedback.text() == f"{several} people match — choose with ↑ ↓"
    key(qtbot, tab.registration.search, Qt.Key.Key_Down)
    key(qtbot, tab.registration.search, Qt.Key.Key_Down)
    chosen = tab.registration.selected_person()
    assert chosen is not None and chosen.name == tab.registration._found[1].name
    key(qtbot, tab.registration.search, Qt.Key.Key_Return)
    assert [s.speaker for s in queue(fresh_ctx)] == [chosen.name]


def test_a_unique_match_that_grows_ambiguous_is_no_longer_chosen(
    qtbot: object, tab: SpeechesTab, fresh_ctx: CongressContext
) -> None:
    choose_discussion(qtbot, tab)
    tab.registration.search.setFocus()
    type_text(tab.registration.search, "nguyễn văn b")
    assert tab.registration.selected_person() is not None  # one person: named unambiguously
    tab.registration.search.clear()
    qtbot.keyClicks(tab.registration.search, "nguyen")  # type: ignore[attr-defined]
    assert tab.registration.selected_person() is None


def test_a_change_reads_only_what_it_touched(
    qtbot: object, tab: SpeechesTab, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue #15 §2: the panels watch their tables. A check-in at the door reads nothing
    here; registering a speaker re-reads the queue and the statistics, not the roster
    or the agenda; a new warning time is read alone."""
    store = tab.ctx.require()
    read: list[str] = []
    for module, name in (
        (roster, "list_members"),
        (agenda, "list_items"),
        (speeches, "queue"),
        (speeches, "statistics"),
    ):
        real = getattr(module, name)

        def spy(*args: object, _real: object = real, _name: str = name, **kw: object) -> object:
            read.append(_name)
            return _real(*args, **kw)  # type: ignore[operator]

        monkeypatch.setattr(module, name, spy)
    session = congress.list_sessions(store)[0]
    member = roster.list_members(store)[0]
    read.clear()
    attendance.check_in(store, session.id, member.id)
    assert read == []
    register(qtbot, tab, "pham thi yen")
    assert [s.speaker for s in tab.shared.rows] == ["Phạm Thị Yến"]
    assert sorted(set(read)) == ["queue", "statistics"]
    read.clear()
    settings.set_value(store, "speeches.warn_seconds", 90)
    assert read == [] and tab.shared.warn_seconds == 90
