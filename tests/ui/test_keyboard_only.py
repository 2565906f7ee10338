"""A congress run with the keyboard alone, through the real MainWindow (issue #19, acceptance).

Only key events reach the window (an application-wide filter fails the test on
any mouse event); modal dialogs are driven by keys too, from a timer, on
``QApplication.activeModalWidget()``. The run fails on Qt's "Ambiguous shortcut"
message and on any exception that reaches the event loop.

The run: a new congress file (File › New), the congress's name, a session,
the roster imported from a CSV made here, check-in at the door (with two
members whose names differ only by diacritics), the agenda, a speech, a vote,
an election (nominations by name, the list approved, tellers, the round
opened, the ballots issued, two passes of entry, the second pass finished, the
result announced), a resolution point written and the resolution adopted by
a show of hands, and the minutes tab.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import TracebackType
from typing import Any

import pytest

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from secretariat.domain import AttendanceState
from secretariat.services import attendance, congress, elections, resolution, roster, speeches
from secretariat.services import votes as votes_service
from secretariat.services.elections import nominations
from tests.ui import keyaudit
from ui.context import CongressContext
from ui.i18n import translator
from ui.main_window import MainWindow

NO = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier

ROSTER = [
    ("Nguyễn Văn Hùng", "1970", "Nam", "Chính thức", "10000001", "Bí thư"),
    ("Nguyễn Văn Hưng", "1972", "Nam", "Chính thức", "10000002", "Phó Bí thư"),
    ("Trần Thị Lan", "1980", "Nữ", "Chính thức", "10000003", ""),
    ("Lê Minh Tuấn", "1985", "Nam", "Chính thức", "10000004", ""),
    ("Phạm Thị Hoa", "1990", "Nữ", "Chính thức", "10000005", ""),
    ("Đỗ Văn Nam", "1975", "Nam", "Chính thức", "10000006", ""),
    ("Vũ Thị Mai", "1988", "Nữ", "Chính thức", "10000007", ""),
    ("Hoàng Văn Bình", "1979", "Nam", "Chính thức", "10000008", ""),
]


class MouseGuard(QObject):
    """Counts every mouse press, release, double-click or wheel reaching a widget."""

    KINDS = (
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.Wheel,
    )

    def __init__(self) -> None:
        super().__init__()
        self.seen = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self.KINDS:
            self.seen += 1
        return False


@pytest.fixture
def guarded(qapp: QApplication) -> Iterator[tuple[list[str], list[BaseException], MouseGuard]]:
    translator.install("en")
    caught: list[BaseException] = []
    previous = sys.excepthook

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        caught.append(value)
        previous(kind, value, tb)

    sys.excepthook = hook
    guard = MouseGuard()
    qapp.installEventFilter(guard)
    with keyaudit.qt_messages() as messages:
        yield messages, caught, guard
    qapp.removeEventFilter(guard)
    sys.excepthook = previous


def focus() -> QWidget:
    widget = QApplication.focusWidget()
    if widget is None and QApplication.activeModalWidget() is None:
        # The offscreen platform gives no window back its activation after a dialog.
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
        window.activateWindow()
        QTest.qWaitForWindowActive(window)
        widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard"
    return widget


def key(k: Qt.Key, mod: Qt.KeyboardModifier = NO, times: int = 1) -> None:
    """A key where the keyboard is, as a person would press it."""
    for _ in range(times):
        QTest.keyClick(focus(), k, mod)


def type_text(text: str) -> None:
    """Type like a keyboard with a Vietnamese input method (QTest types only ASCII)."""
    for char in text:
        target = focus()
        if char.isascii():
            QTest.keyClick(target, char)  # with its key code, as a keyboard sends it
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(target, QKeyEvent(kind, 0, NO, char))


def in_dialog(steps: Callable[[QWidget], None]) -> None:
    """Drive the next modal dialog by keys once it is up."""

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, run)
            return
        held = QApplication.focusWidget()
        if held is None or not (held is dialog or dialog.isAncestorOf(held)):
            dialog.activateWindow()  # the offscreen platform activates no window by itself
            QTimer.singleShot(20, run)
            return
        try:
            steps(dialog)
        except BaseException:
            dialog.close()  # never leave a modal dialog waiting: the test fails instead
            raise

    QTimer.singleShot(0, run)


def tab_until(target: QWidget, limit: int = 80) -> None:
    """Tab through the window until ``target`` has the keyboard (as a person would)."""
    for _ in range(limit):
        if focus() is target:
            return
        key(Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target!r}; stuck on {focus()!r}")


def write_roster(path: Path) -> None:
    lines = ["STT,Họ và tên,Năm sinh,Giới tính,Chính thức/Dự bị,Số thẻ đảng viên,Chức vụ"]
    lines += [f"{n},{','.join(row)}" for n, row in enumerate(ROSTER, start=1)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_a_whole_congress_with_the_keyboard_alone(
    qtbot: Any, tmp_path: Path, guarded: tuple[list[str], list[BaseException], MouseGuard]
) -> None:
    messages, caught, guard = guarded
    ctx = CongressContext()
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 740)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)

    # --- File › New (Ctrl+N): the file name typed in the file dialog ----------------
    target = tmp_path / "phong-tham-muu.daihoi"

    def name_the_file(dialog: QWidget) -> None:
        type_text(str(target))
        key(Qt.Key.Key_Return)

    in_dialog(name_the_file)
    QTest.keyClick(window, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: ctx.store is not None and window.tabs is not None)
    store = ctx.require()
    assert store.path == target

    # --- Đại hội: the cell's name, a session, the roster from a CSV -----------------
    key(Qt.Key.Key_1, ALT)
    tab = window.tabs.currentWidget()  # type: ignore[union-attr]
    key(Qt.Key.Key_L, ALT)  # "Ce&ll name"
    assert focus() is tab.cell_name_edit
    type_text("Chi bộ Phòng Tham mưu")
    key(Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: congress.get_info(store).cell_name == "Chi bộ Phòng Tham mưu")

    tab_until(tab.add_session_button)
    in_dialog(lambda _dialog: key(Qt.Key.Key_Return))  # today, 7:30–11:30: OK
    key(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: len(congress.list_sessions(store)) == 1)

    csv = tmp_path / "danh-sach.csv"
    write_roster(csv)

    def import_roster(wizard: QWidget) -> None:
        type_text(str(csv))
        key(Qt.Key.Key_Return)  # next: the columns
        key(Qt.Key.Key_Return)  # next: the check
        key(Qt.Key.Key_Return)  # finish: imported

    in_dialog(import_roster)
    key(Qt.Key.Key_I, CTRL)
    qtbot.waitUntil(lambda: len(roster.list_members(store)) == len(ROSTER))

    # --- Điểm danh: names without diacritics, a homonym pair, card numbers ----------
    key(Qt.Key.Key_2, ALT)
    door = window.tabs.currentWidget()  # type: ignore[union-attr]
    assert focus() is door.search
    session = congress.list_sessions(store)[0]

    def member(ident: object) -> Any:
        return next(m for m in roster.list_members(store) if m.id == ident)

    def state(name: str) -> AttendanceState | None:
        member = next(m for m in roster.list_members(store) if m.full_name == name)
        mark = attendance.session_attendance(store, session.id).get(member.id)
        return mark.state if mark else None

    type_text("nguyen van hung")
    key(Qt.Key.Key_Return)
    assert state("Nguyễn Văn Hùng") is None and state("Nguyễn Văn Hưng") is None
    assert door.feedback.text() == "2 people match — choose with ↑ ↓"
    type_text(" ")  # nothing changes the two found
    key(Qt.Key.Key_Backspace)
    for _ in range(len(door.search.text())):
        key(Qt.Key.Key_Backspace)
    type_text("nguyen van hưng")  # the diacritics narrow to the exact spelling
    key(Qt.Key.Key_Return)
    assert state("Nguyễn Văn Hưng") is AttendanceState.PRESENT
    assert state("Nguyễn Văn Hùng") is None
    type_text("nguyen van hung")
    key(Qt.Key.Key_Down)  # the first of the two: moved to, so chosen
    key(Qt.Key.Key_Return)
    assert state("Nguyễn Văn Hùng") is AttendanceState.PRESENT
    for _name, *_rest, card, _position in [(r[0], *r[1:4], r[4], r[5]) for r in ROSTER[2:]]:
        type_text(card)
        key(Qt.Key.Key_Return)
    assert all(state(r[0]) is AttendanceState.PRESENT for r in ROSTER)
    key(Qt.Key.Key_F8)  # nothing chosen: F8 says so and changes nothing
    assert door.feedback.text() == "No member is chosen: type a name first."

    # --- Chương trình: Alt+3 then F5 at once ----------------------------------------
    key(Qt.Key.Key_3, ALT)
    from secretariat.services import agenda

    key(Qt.Key.Key_F5)
    assert agenda.progress(store).current is not None

    # --- Phát biểu: Alt+4 then a name at once; F9 calls, Shift+F9 ends --------------
    key(Qt.Key.Key_4, ALT)
    hall = window.tabs.currentWidget()  # type: ignore[union-attr]
    assert focus() is hall.registration.search
    type_text("lan")
    key(Qt.Key.Key_Return)
    key(Qt.Key.Key_F9)
    key(Qt.Key.Key_F9, SHIFT)
    done = speeches.all_speeches(store)
    assert [s.speaker for s in done] == ["Trần Thị Lan"] and done[0].ended_at is not None

    # --- Biểu quyết: Insert a vote, then the counts typed from the list --------------
    key(Qt.Key.Key_5, ALT)

    def word_the_vote(_dialog: QWidget) -> None:
        type_text("Thông qua chương trình đại hội")
        key(Qt.Key.Key_Return)

    in_dialog(word_the_vote)
    key(Qt.Key.Key_Insert)
    qtbot.waitUntil(lambda: len(votes_service.list_votes(store)) == 1)
    type_text("7")  # a digit in the list starts "In favour"
    key(Qt.Key.Key_Tab)
    type_text("1")
    key(Qt.Key.Key_Tab)
    type_text("0")
    key(Qt.Key.Key_Return)
    held = votes_service.list_votes(store)[0]
    assert (held.yes, held.no, held.other) == (7, 1, 0)

    # --- Bầu cử: Alt+6 then Insert at once ------------------------------------------
    key(Qt.Key.Key_6, ALT)
    ballot = window.tabs.currentWidget()  # type: ignore[union-attr]
    in_dialog(lambda _dialog: key(Qt.Key.Key_Return))  # the suggested election
    key(Qt.Key.Key_Insert)
    qtbot.waitUntil(lambda: len(elections.list_elections(store)) == 1)
    election = elections.list_elections(store)[0]
    key(Qt.Key.Key_1, CTRL)  # page 1, the keyboard in the nominee picker
    assert focus() is ballot.member_combo
    for name in ("tran thi lan", "le minh tuan", "pham thi hoa", "do van nam")[
        : election.seats + 1
    ]:
        type_text(name)
        key(Qt.Key.Key_N, CTRL | SHIFT)
    listed = nominations.list_nominations(store, election.id)
    assert len(listed) == election.seats + 1
    assert messages == [] or keyaudit.ambiguous(messages) == []
    key(Qt.Key.Key_L, CTRL)
    assert elections.get_election(store, election.id).list_vote_id is not None

    # Page 2: tellers found by name — "hung" is Hùng and Hưng, so ↓ chooses; the round
    # opened, the ballots issued.
    key(Qt.Key.Key_2, CTRL)
    tellers = ballot.tellers_list
    assert focus() is tellers
    type_text("hung")
    key(Qt.Key.Key_Return)  # two match: Enter ticks no one
    assert "2 people match" in ballot.feedback.text()
    key(Qt.Key.Key_Down)
    key(Qt.Key.Key_Return)
    type_text("hoang van binh")
    key(Qt.Key.Key_Return)
    key(Qt.Key.Key_R, CTRL)
    rounds = elections.list_rounds(store, election.id)
    assert len(rounds) == 1
    assert [member(t).full_name for t in rounds[0].tellers] == [
        "Nguyễn Văn Hùng",
        "Hoàng Văn Bình",
    ]
    key(Qt.Key.Key_I, CTRL)
    rnd = elections.list_rounds(store, election.id)[0]
    assert rnd.started and rnd.issued == len(ROSTER)

    # Page 3: every paper strikes the last name; then the blind second pass; F9 there.
    key(Qt.Key.Key_3, CTRL)
    last = len(rnd.candidates)
    for _ in range(rnd.issued):
        type_text(str(last))
        key(Qt.Key.Key_Return)
    assert len(elections.list_ballots(store, rnd.id)) == rnd.issued
    key(Qt.Key.Key_PageDown, CTRL)  # the second pass
    for _ in range(rnd.issued):
        type_text(str(last))
        key(Qt.Key.Key_Return)
    assert len(elections.list_ballots(store, rnd.id, pass_no=2)) == rnd.issued
    key(Qt.Key.Key_F9)
    assert elections.get_round(store, rnd.id).second_pass_finished

    # Page 4: announced.
    key(Qt.Key.Key_4, CTRL)
    key(Qt.Key.Key_A, CTRL | SHIFT)
    assert elections.get_round(store, rnd.id).announced_at is not None

    # --- Nghị quyết: a point written, the resolution adopted by a show of hands -------
    key(Qt.Key.Key_7, ALT)
    key(Qt.Key.Key_Insert)  # a point, written straight away
    type_text("Lãnh đạo hoàn thành toàn diện nhiệm vụ chính trị năm 2026.")
    key(Qt.Key.Key_Escape)  # back to the outline (the text is kept)
    refused: list[str] = []

    def hands(dialog: QWidget) -> None:
        type_text(str(len(ROSTER)))
        key(Qt.Key.Key_Return)
        if dialog.isVisible():  # refused: say why, and let the test fail on it
            refused.extend(label.text() for label in dialog.findChildren(QLabel) if label.text())
            dialog.close()

    in_dialog(hands)
    key(Qt.Key.Key_A, CTRL | SHIFT)
    assert refused == [], refused
    qtbot.waitUntil(lambda: resolution.is_adopted(store))

    # --- Biên bản: generated from all of it ------------------------------------------
    key(Qt.Key.Key_8, ALT)
    minutes = window.tabs.currentWidget()  # type: ignore[union-attr]
    assert window.tabs.currentIndex() == 7  # type: ignore[union-attr]
    assert minutes.isVisible()

    assert guard.seen == 0, "a mouse event reached the window"
    assert keyaudit.ambiguous(messages) == []
    assert caught == []
