"""The elections tab's pages as widgets around one selection, on the screen base, and
a stored paper that costs the entry panel no re-reading (issues #15 §6, #16).

docs/domain/rules.md 4.4–4.6 (ballot entry and the count; 190-QĐ/TW Điều 30).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from secretariat import demo
from secretariat.services import elections
from secretariat.services.elections import Target
from secretariat.store import Store
from tests.ui import test_ballot_entry as ballots
from ui.context import CongressContext
from ui.screen import Screen
from ui.tabs.election_pages.common import ENTRY_PASS1, PAGE_ENTRY, PAGE_LIST
from ui.tabs.election_pages.entry_page import EntryPage
from ui.tabs.election_pages.list_page import ListPage
from ui.tabs.election_pages.results_page import ResultsPage
from ui.tabs.election_pages.round_page import RoundPage
from ui.tabs.elections import ElectionsTab
from ui.widgets.ballot_entry import BallotEntryPanel

# The ballot entry tests' congress (30 full members in the hall) and window.
english = ballots.english
empty_paper_questions = ballots.empty_paper_questions
store = ballots.store
host = ballots.host
CANDIDATES = ballots.CANDIDATES
open_round = ballots.open_round
paper = ballots.paper


def show_tab(qtbot: Any, ctx: CongressContext) -> ElectionsTab:
    tab = ElectionsTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1366, 768)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def test_the_pages_are_screens_composed_around_one_selection(
    qtbot: Any, ctx: CongressContext, store: Store
) -> None:
    first = elections.create_election(store, Target.COMMITTEE, "Bầu Chi ủy", 5)
    second = elections.create_election(store, Target.DELEGATE, "Bầu đại biểu", 2)
    tab = show_tab(qtbot, ctx)
    pages = (tab.list_page, tab.round_page, tab.entry_page, tab.results_page)
    assert [type(p) for p in pages] == [ListPage, RoundPage, EntryPage, ResultsPage]
    assert all(isinstance(p, Screen) for p in (tab, *pages))
    # Not mixins: the tab is none of its pages.
    assert not isinstance(tab, (ListPage, RoundPage, EntryPage, ResultsPage))
    assert all(p.selection is tab.selection for p in pages)
    assert tab.selection.election_id == first.id
    with qtbot.waitSignal(tab.selection.changed):
        tab.select_election(second.id)
    assert tab.selection.election_id == second.id
    assert tab.selected_election() == tab.selection.election()
    # What a page says is on the tab's one feedback line.
    tab.show_page(PAGE_LIST)
    tab.list_page.show_feedback("Nominated.", ok=True)
    assert tab.feedback.text() == "Nominated." and tab.feedback.property("ok") is True


def test_a_stored_paper_is_appended_without_reading_the_round_again(
    qtbot: Any, ctx: CongressContext, store: Store, host: Any, monkeypatch: Any
) -> None:
    opened = open_round(store, Target.COMMITTEE, CANDIDATES, 5, 30)
    panel = BallotEntryPanel(ctx)
    window = host(ctx, panel)
    panel.set_round(opened.id)
    panel.focus_entry()
    paper(qtbot, window, (6, 7))
    paper(qtbot, window, (1, 2, 4, 5, 7))  # chooses Khải and Tuấn only

    reads: list[str] = []
    for name in ("get_round", "list_ballots", "count", "list_elections"):
        real = getattr(elections, name)

        def counted(*args: Any, _real: Any = real, _name: str = name, **kwargs: Any) -> Any:
            reads.append(_name)
            return _real(*args, **kwargs)

        monkeypatch.setattr(f"ui.widgets.ballot_entry.elections.{name}", counted)
    paper(qtbot, window, (1, 2))  # the third paper
    paper(qtbot, window, (1, 2, 3, 4, 5, 6, 7))  # every name struck: invalid
    assert reads == []
    assert panel.serial_label.text() == "5"
    assert "Collected <b>4</b> / 30" in panel.totals_label.text()
    assert "Valid <b>3</b> · invalid <b>1</b>" in panel.totals_label.text()
    assert panel.recent.item(0).text().startswith("No. 4 ·")
    assert panel.recent.item(1).text().startswith("No. 3 ·")
    # The running totals are the count's.
    counted_now = elections.count(store, opened.id).votes
    shown = {
        str(c.member_id): int(panel.reader.table.item(n, 3).text())
        for n, c in enumerate(opened.candidates)
    }
    assert shown == dict(counted_now)
    # A paper undone is dropped in place: the count is read once, not the round or papers.
    reads.clear()
    ctx.undo_stack.undo()
    assert reads == ["count"]
    assert "Collected <b>3</b> / 30" in panel.totals_label.text()
    assert "Valid <b>3</b> · invalid <b>0</b>" in panel.totals_label.text()
    assert panel.serial_label.text() == "4"
    assert panel.recent.item(0).text().startswith("No. 3 ·")
    # Redone, it comes back by a full read (another kind of change).
    ctx.undo_stack.redo()
    assert "get_round" in reads and "list_ballots" in reads
    assert "Collected <b>4</b> / 30" in panel.totals_label.text()
    monkeypatch.undo()
    shown = {
        str(c.member_id): int(panel.reader.table.item(n, 3).text())
        for n, c in enumerate(opened.candidates)
    }
    assert shown == dict(elections.count(store, opened.id).votes)


def test_a_stored_paper_reads_no_election_or_round_in_the_tab(
    qtbot: Any, ctx: CongressContext, store: Store, monkeypatch: Any
) -> None:
    opened = open_round(store, Target.COMMITTEE, CANDIDATES, 5, 30)
    tab = show_tab(qtbot, ctx)
    tab.show_page(PAGE_ENTRY, focus=True)
    panel = tab._entry_panels[ENTRY_PASS1]
    assert isinstance(panel, BallotEntryPanel) and panel.round_id == opened.id
    reads: list[str] = []
    for name in ("list_elections", "list_rounds"):
        real = getattr(elections, name)

        def counted(*args: Any, _real: Any = real, _name: str = name, **kwargs: Any) -> Any:
            reads.append(_name)
            return _real(*args, **kwargs)

        monkeypatch.setattr(f"ui.tabs.election_pages.selection.elections.{name}", counted)
    tab.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is tab)
    qtbot.keyClick(panel.reader, Qt.Key.Key_6)
    qtbot.keyClick(panel.reader, Qt.Key.Key_Return)
    assert "Collected <b>1</b> / 30" in panel.totals_label.text()
    assert reads == []
    # The results page counts papers: read again when shown.
    assert tab.is_page_stale(3) and not tab.is_page_stale(PAGE_LIST)


def test_another_congress_opened_and_closed_with_the_entry_page_shown(
    qtbot: Any, ctx: CongressContext, store: Store, tmp_path: Path
) -> None:
    """Opening congress B after A with the ballot entry page shown, then closing B:
    nothing calls into a widget that is gone (no "Internal C++ object already deleted")."""
    open_round(store, Target.COMMITTEE, CANDIDATES, 5, 30)
    tab = ElectionsTab(ctx)  # not left to qtbot: it is deleted here
    tab.resize(1366, 768)
    tab.show()
    qtbot.waitExposed(tab)
    tab.show_page(PAGE_ENTRY, focus=True)
    panel = tab._entry_panels[ENTRY_PASS1]
    assert isinstance(panel, BallotEntryPanel) and panel.round_row is not None
    ctx.attach(demo.create_demo(tmp_path / "b.daihoi"))
    assert tab.selection.elections == []
    assert panel.round_row is None
    tab.deleteLater()
    QApplication.processEvents()
    ctx.close()
    ctx.attach(demo.create_demo(tmp_path / "c.daihoi"))
    ctx.close()
