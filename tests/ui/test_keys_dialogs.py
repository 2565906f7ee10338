"""Dialogs open with the keyboard in their first field; dates typed over a date (#19)."""

from __future__ import annotations

import pytest

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QWidget

from ui.dialogs.people import GuestDialog, MemberDialog, SessionDialog
from ui.i18n import translator
from ui.widgets.date_edit import DateEdit


@pytest.fixture(autouse=True)
def english(qapp: object) -> None:
    translator.install("en")


def shown(qtbot, dialog: QWidget) -> QWidget:  # type: ignore[no-untyped-def]
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitExposed(dialog)
    # The dialog's own focus, not a window left by an earlier test.
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return dialog


@pytest.mark.parametrize("kind", [GuestDialog, MemberDialog, SessionDialog])
def test_a_dialog_opens_with_the_focus_in_its_first_field(qtbot, kind: type) -> None:  # type: ignore[no-untyped-def]
    dialog = shown(qtbot, kind())
    assert QApplication.focusWidget() is dialog.first_field()


def test_typing_in_the_guest_dialog_fills_the_name_and_a_space_closes_nothing(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = shown(qtbot, GuestDialog())
    qtbot.keyClicks(QApplication.focusWidget(), "Nguyen Huu Phuoc")
    assert dialog.isVisible()
    assert dialog.full_name.text() == "Nguyen Huu Phuoc"


@pytest.mark.parametrize(
    ("before", "typed", "after"),
    [
        (QDate(2025, 5, 20), "15/06/2025", QDate(2025, 6, 15)),
        (QDate(2026, 12, 7), "20/05/2025", QDate(2025, 5, 20)),
        (QDate(2025, 2, 15), "31/01/2024", QDate(2024, 1, 31)),
        (QDate(2026, 12, 7), "1/6/2025", QDate(2025, 6, 1)),
        (QDate(2026, 12, 7), "15062025", QDate(2025, 6, 15)),
    ],
)
def test_a_date_typed_over_a_selected_date_is_the_date_typed(
    qtbot, before: QDate, typed: str, after: QDate
) -> None:  # type: ignore[no-untyped-def]
    edit = DateEdit()
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setDate(before)
    shown(qtbot, edit)
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, typed)
    assert edit.date() == after


def test_half_a_date_and_enter_keeps_the_old_year(qtbot) -> None:  # type: ignore[no-untyped-def]
    edit = DateEdit()
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setDate(QDate(2025, 5, 20))
    shown(qtbot, edit)
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, "15/06")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.date() == QDate(2025, 6, 15)
