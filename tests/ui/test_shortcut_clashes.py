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

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QWidget

from secretariat.domain import MemberStatus
from secretariat.services import attendance, closing, congress, elections, resolution, roster
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


# --- the dialogs and windows the screens open, as they open them ----------------------------


def seed_resolution(store: Store) -> None:
    """One remark on the draft, for the answer dialog (the adoption settles it first)."""
    resolution.add_amendment(store, "", proposer="Đồng chí Lan", remark="Thêm chỉ tiêu đào tạo.")


def prepare(tab: QWidget, method: str, store: Store) -> None:
    """The state in which the screen's opener applies."""
    if method.endswith("explain_amendment"):
        row = resolution.pending_amendments(store)[0]
        tab.amendments.select_amendment(int(row.id))  # type: ignore[attr-defined]
    elif method.endswith("adopt"):
        for row in resolution.pending_amendments(store):
            resolution.explain_amendment(store, row.id, "Đã tiếp thu trong báo cáo chính trị.")
    elif method == "reopen_congress":
        closing.close_congress(store)


OPENERS = [
    # (tab key, method) — each opens one dialog in the real window, with its data.
    ("congress", "add_session"),
    ("congress", "add_member"),
    ("congress", "guests.add_guest"),
    ("congress", "import_members"),
    ("agenda", "add_item"),
    ("agenda", "edit_working_bodies"),
    ("speeches", "registration.attach_text"),
    ("votes", "add_vote"),
    ("elections", "add_election"),
    ("resolution", "amendments.add_amendment"),
    ("resolution", "amendments.explain_amendment"),
    ("resolution", "adoption.adopt"),
    ("documents", "page_setup"),
    ("minutes", "reopen_congress"),
]


def audit_dialog(dialog: QWidget, problems: list[str]) -> None:
    """A dialog held up instead of run: its keys audited, then closed."""
    dialog.show()
    dialog.activateWindow()
    QTest.qWaitForWindowActive(dialog)
    QApplication.processEvents()
    where = type(dialog).__name__
    problems += audit(dialog, where)
    held = QApplication.focusWidget()
    if held is None or not (held is dialog or dialog.isAncestorOf(held)):
        problems.append(f"{where} opens with the keyboard outside it ({held!r})")
    elif isinstance(held, QAbstractButton):
        problems.append(f"{where} opens with the keyboard on the button {held.text()!r}")
    problems += keys_held(dialog, where)
    NAMED[where] = sorted(keyaudit.named_keys(dialog, dialog))
    dialog.hide()


NAMED: dict[str, list[str]] = {}  # the keys each dialog names (the walk checked them)


def keys_held(dialog: QWidget, where: str) -> list[str]:
    """Every key the dialog names is held by one of its shortcuts (live for some place of
    the keyboard in it, or disabled in this state): none is a dead name."""
    return [
        f"{where}: {sequence} (named on {named[0]}) is held by nothing"
        for sequence, named in keyaudit.named_keys(dialog, dialog).items()
        if not keyaudit.holders(dialog, dialog, sequence)
        and not keyaudit.disabled_holders(dialog, sequence)
    ]


@pytest.mark.parametrize("language", ["vi", "en"])
def test_the_dialogs_and_windows_the_screens_open_hold_no_clashing_keys(
    qtbot, ctx: CongressContext, monkeypatch, language: str
) -> None:  # type: ignore[no-untyped-def]
    """Import wizard, working bodies, backups, reopening, amendment and answer, adoption,
    guest, member, session, vote, election, agenda item, page set-up, prepared text, and
    the hall screen: each as its screen opens it, with the congress's data."""
    store = ctx.require()
    set_up_elections(store)
    seed_resolution(store)
    opened: list[str] = []
    problems: list[str] = []

    def held_up(dialog: QDialog) -> int:
        opened.append(type(dialog).__name__)
        audit_dialog(dialog, problems)
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(QDialog, "exec", held_up)
    translator.install(language)
    try:
        with keyaudit.qt_messages() as messages:
            window = MainWindow(ctx)
            qtbot.addWidget(window)
            window.resize(1366, 740)
            window.show()
            qtbot.waitExposed(window)
            tabs = window.tabs
            assert tabs is not None
            for key, method in OPENERS:
                tabs.show_page(tabs.index_of_key(key))
                prepare(tabs.currentWidget(), method, store)
                target: object = tabs.currentWidget()
                for part in method.split("."):  # "guests.add_guest": a panel of the tab
                    target = getattr(target, part)
                assert callable(target)
                target()
            window.show_backups()
            window.projector.show_window()
            hall = window.projector.window
            qtbot.waitExposed(hall)
            problems += audit(hall, "ProjectorWindow")
            opened.append("ProjectorWindow")
    finally:
        translator.install("en")
    expected = {
        "SessionDialog",
        "MemberDialog",
        "GuestDialog",
        "RosterImportWizard",
        "AgendaItemDialog",
        "WorkingBodiesDialog",
        "PreparedTextDialog",
        "VoteSubjectDialog",
        "NewElectionDialog",
        "AmendmentDialog",
        "AnswerDialog",
        "HandsDialog",
        "PageSetupDialog",
        "ReopenDialog",
        "BackupsDialog",
        "ProjectorWindow",
    }
    assert expected - set(opened) == set(), opened
    assert {"Ctrl+Return", "Alt+Up", "Alt+Down", "Del"} <= set(NAMED["WorkingBodiesDialog"])
    assert problems == []
    assert keyaudit.ambiguous(messages) == []
