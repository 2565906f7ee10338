"""Names typed in the roster dialogs: one form (NFC) whatever the keyboard sent, and
invisible or control characters refused with a clear message (issue 17 §3)."""

from __future__ import annotations

import unicodedata
from typing import Any

import pytest

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget

from secretariat.domain import GuestData, MemberData
from secretariat.services import roster
from ui.context import CongressContext
from ui.dialogs.people import GuestDialog, MemberDialog
from ui.i18n import translator

NAME = "Nguyễn Thị Ánh Tuyết"


@pytest.fixture(autouse=True)
def english(qapp: object) -> None:
    translator.install("en")


def commit(widget: QWidget, text: str) -> None:
    """What an input method sends: the whole text at once, in whatever form it composed."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def _member_dialog(qtbot: Any, ctx: CongressContext) -> MemberDialog:
    store = ctx.require()
    dialog = MemberDialog(submit=lambda data: roster.add_member(store, data))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_a_name_typed_decomposed_is_stored_as_the_same_member_name(
    qtbot: Any, ctx: CongressContext
) -> None:
    decomposed = unicodedata.normalize("NFD", NAME)
    assert decomposed != NAME
    dialog = _member_dialog(qtbot, ctx)
    commit(dialog.full_name, decomposed)
    qtbot.keyClicks(dialog.party_card_no, "36015555")
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    added = roster.find_by_card(ctx.require(), "36015555")
    assert added is not None and added.full_name == NAME
    same = roster.add_member(ctx.require(), MemberData(NAME))
    assert same.full_name == added.full_name  # one name, one spelling in the file


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("Nguyễn\u200bVăn An", "U+200B"),  # zero-width space
        ("Trần Văn \u202eBình", "U+202E"),  # right-to-left override
        ("Lê Văn\x07 Cường", "U+0007"),  # a control character
    ],
)
def test_an_invisible_character_is_refused_with_a_clear_message(
    qtbot: Any, ctx: CongressContext, typed: str, shown: str
) -> None:
    before = len(roster.list_members(ctx.require()))
    dialog = _member_dialog(qtbot, ctx)
    commit(dialog.full_name, typed)
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    message = dialog.error_label.text()
    assert "invisible or control character" in message and shown in message
    assert "Full name" in message
    assert len(roster.list_members(ctx.require())) == before


def test_a_guest_name_is_normalised_and_checked_too(qtbot: Any, ctx: CongressContext) -> None:
    store = ctx.require()
    dialog = GuestDialog(submit=lambda data: roster.add_guest(store, data))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    commit(dialog.full_name, "Phạm\ufeff Văn Khách")
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    assert "U+FEFF" in dialog.error_label.text()
    dialog.full_name.clear()
    commit(dialog.full_name, unicodedata.normalize("NFD", "Phạm Văn Khách"))
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    assert [g.full_name for g in roster.list_guests(store)][-1:] == ["Phạm Văn Khách"]
    assert roster.clean_guest(GuestData("Phạm Văn Khách")).full_name == "Phạm Văn Khách"
