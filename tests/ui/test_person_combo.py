"""The nominee picker: several matches are shown to choose from, never taken silently
(issue #19 §1; the one search rule, secretariat/rules/name_search.py)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from ui.widgets.person_combo import PersonCombo

NAMES = ["Nguyễn Thị Anh", "Nguyễn Văn Hùng", "Nguyễn Văn Hưng", "Trần Thị Lan"]


KEEP: list[QWidget] = []


def picker(qtbot: Any) -> tuple[PersonCombo, list[str]]:
    window = QWidget()
    KEEP[:] = [window]  # qtbot holds its widgets weakly
    layout = QVBoxLayout(window)
    combo = PersonCombo()
    for n, name in enumerate(NAMES, start=1):
        combo.add_person(f"{n}. {name}", name, n)
    layout.addWidget(combo)
    layout.addWidget(QLineEdit())
    hints: list[str] = []
    combo.hint.connect(hints.append)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    combo.setFocus()
    return combo, hints


def shown(combo: PersonCombo) -> list[str]:
    view = combo.view()
    return [combo.itemText(r) for r in range(combo.count()) if not view.isRowHidden(r)]


def type_text(text: str) -> None:
    """Typed where the keyboard is, as with a Vietnamese input method."""
    for char in text:
        target = QApplication.focusWidget()
        assert target is not None
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(target, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def test_several_matches_open_the_list_of_them_and_typing_on_narrows_it(qtbot: Any) -> None:
    combo, hints = picker(qtbot)
    qtbot.keyClicks(combo, "nguyen")
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    assert combo.currentIndex() == -1 and combo.ambiguous == 3
    assert shown(combo) == ["1. Nguyễn Thị Anh", "2. Nguyễn Văn Hùng", "3. Nguyễn Văn Hưng"]
    assert hints[-1] == "3 people match — choose with ↑ ↓ and Enter"
    assert not view.currentIndex().isValid()  # none highlighted: Enter takes no one
    # The list is as tall as the three it shows, just under the combo.
    popup = view.window()
    row = view.sizeHintForRow(0)
    assert 3 * row <= view.height() and popup.height() <= 4 * row + 12
    assert popup.geometry().top() == combo.mapToGlobal(combo.rect().bottomLeft()).y() + 1
    assert QApplication.focusWidget() is view
    type_text(" van hung")  # the list has the keyboard: typing narrows it
    assert shown(combo) == ["2. Nguyễn Văn Hùng", "3. Nguyễn Văn Hưng"]
    assert combo.ambiguous == 2 and combo.currentIndex() == -1
    for _ in range(4):
        qtbot.keyClick(view, Qt.Key.Key_Backspace)
    assert combo.typed() == "nguyen van " and len(shown(combo)) == 2
    type_text("hưng")  # the exact spelling names one: taken, the list closes
    assert not view.isVisible()
    assert combo.currentText() == "3. Nguyễn Văn Hưng" and combo.ambiguous == 0
    assert hints[-1] == ""


def test_escape_leaves_no_one_chosen_and_arrows_reopen_only_the_matches(qtbot: Any) -> None:
    combo, _hints = picker(qtbot)
    qtbot.keyClicks(combo, "nguyen van hung")
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not view.isVisible())
    assert combo.currentIndex() == -1 and combo.ambiguous == 2
    # Every row is back for the next search; ↑ ↓ reopen the two, not the roster.
    assert len(shown(combo)) == len(NAMES)
    qtbot.keyClick(combo, Qt.Key.Key_Up)
    qtbot.waitUntil(view.isVisible)
    assert shown(combo) == ["2. Nguyễn Văn Hùng", "3. Nguyễn Văn Hưng"]
    assert view.currentIndex().row() == 2  # ↑: the last of them highlighted
    qtbot.keyClick(view, Qt.Key.Key_Up)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert combo.currentText() == "2. Nguyễn Văn Hùng" and combo.ambiguous == 0


def test_one_match_is_taken_and_a_roster_number_still_works(qtbot: Any) -> None:
    combo, _hints = picker(qtbot)
    qtbot.keyClicks(combo, "lan")
    assert combo.currentText() == "4. Trần Thị Lan" and combo.ambiguous == 0
    assert not combo.view().isVisible()
    qtbot.waitUntil(lambda: combo.typed() == "", timeout=5000)  # forgotten after a pause
    qtbot.keyClicks(combo, "2.")
    assert combo.currentData() == 2 and combo.ambiguous == 0
