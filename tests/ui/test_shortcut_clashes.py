"""No key is held twice where the keyboard is (issue #19 §2, acceptance).

Walks every tab and every page of an election in the real MainWindow, in
Vietnamese and in English, and fails when two enabled shortcuts are live at
once for some widget that can hold the focus (Qt would print "Ambiguous
shortcut overload" and do nothing), when two Alt mnemonics are live at once, or
when a mnemonic sits on a letter a US keyboard cannot type with Alt (đ, ư). A
Qt message handler fails the walk on any "Ambiguous shortcut" message.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from secretariat.domain import MemberStatus
from secretariat.services import attendance, congress, elections, roster
from secretariat.services.elections import nominations
from secretariat.services.elections.rows import Target
from secretariat.store import Store
from tests.ui import keyaudit
from ui.context import CongressContext
from ui.i18n import translator
from ui.main_window import MainWindow
from ui.tabs.elections import ElectionsTab


def audit(window: QWidget, where: str) -> list[str]:
    QApplication.processEvents()
    return keyaudit.clashes(window, where) + keyaudit.mnemonic_clashes(window, where)


def walk(window: MainWindow) -> list[str]:
    assert window.tabs is not None
    problems: list[str] = []
    for index in range(window.tabs.count()):
        window.tabs.show_page(index)
        page = window.tabs.currentWidget()
        where = window.tabs.tabText(index)
        problems += audit(window, where)
        if isinstance(page, ElectionsTab):
            for row in range(page.table.rowCount()):
                page.table.selectRow(row)
                for n in range(4):
                    page.show_page(n)
                    problems += audit(window, f"{where} {row + 1} page {n + 1}")
                page.show_page(2)
                for sub in range(page.entry_stack.count()):
                    page.entry_stack.setCurrentIndex(sub)
                    problems += audit(window, f"{where} {row + 1} entry {sub}")
    return problems


def set_up_elections(store: Store) -> None:
    """A fresh election (its list page live) and one with its ballots issued (entry live)."""
    elections.create_election(store, Target.COMMITTEE, "Bầu Chi ủy", 3)
    running = elections.create_election(store, Target.DELEGATE, "Bầu đại biểu", 2)
    session = congress.current_session(store)
    assert session is not None
    marks = attendance.session_attendance(store, session.id)
    inside = [
        m
        for m in roster.list_members(store)
        if m.status is MemberStatus.FULL and m.id in marks and marks[m.id].inside
    ]
    candidates, tellers = inside[:3], inside[3:6]
    for member in candidates:
        nominations.nominate(store, running.id, member.id, "convening")
    nominations.approve_list(store, running.id, yes=len(inside), no=0)
    rnd = elections.open_round(
        store, running.id, [m.id for m in candidates], [m.id for m in tellers]
    )
    elections.start_ballot(store, rnd.id, 5)


@pytest.mark.parametrize("language", ["vi", "en"])
def test_no_two_live_shortcuts_or_mnemonics_share_a_key(
    qtbot, ctx: CongressContext, language: str
) -> None:  # type: ignore[no-untyped-def]
    set_up_elections(ctx.require())
    translator.install(language)
    with keyaudit.qt_messages() as messages:
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.resize(1366, 740)
        window.show()
        qtbot.waitExposed(window)
        problems = walk(window)
    translator.install("en")
    import os

    if os.environ.get("KEYS_DUMP"):
        Path(os.environ["KEYS_DUMP"]).write_text("\n".join(problems))
    assert problems == []
    assert keyaudit.ambiguous(messages) == []


def dialogs() -> list[QWidget]:
    from ui.dialogs.elections import NewElectionDialog
    from ui.dialogs.people import GuestDialog, MemberDialog, SessionDialog
    from ui.dialogs.resolution import HandsDialog
    from ui.tabs.agenda import AgendaItemDialog
    from ui.tabs.votes import VoteSubjectDialog

    return [
        GuestDialog(),
        MemberDialog(),
        SessionDialog(),
        NewElectionDialog(full_members=20),
        HandsDialog("Adopt", "note"),
        VoteSubjectDialog(),
        AgendaItemDialog(),
    ]


@pytest.mark.parametrize("language", ["vi", "en"])
def test_the_dialogs_hold_no_clashing_keys_and_open_in_their_first_field(
    qtbot, language: str
) -> None:  # type: ignore[no-untyped-def]
    translator.install(language)
    problems: list[str] = []
    try:
        for dialog in dialogs():
            qtbot.addWidget(dialog)
            dialog.show()
            dialog.activateWindow()
            qtbot.waitExposed(dialog)
            qtbot.waitUntil(lambda d=dialog: QApplication.focusWidget() is not None)
            where = type(dialog).__name__
            problems += audit(dialog, where)
            held = QApplication.focusWidget()
            if isinstance(held, QAbstractButton):
                problems.append(f"{where} opens with the keyboard on the button {held.text()!r}")
            dialog.close()
    finally:
        translator.install("en")
    assert problems == []
