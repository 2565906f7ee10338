"""Every key answers at once (issue 16): only the screen on view reloads after a change.

A hidden tab of a window on screen is stale until shown; hidden hall-screen views
too; no widget opens as a window of its own before it has a parent; the ballot
reader sizes its columns once per round; the Elections tab loads only its page
on screen.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any

import pytest

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QHeaderView, QLabel, QWidget

from secretariat.services import congress, elections, votes
from secretariat.services.elections import Target
from ui.context import CongressContext
from ui.main_window import MainWindow
from ui.projector import ProjectorController, ProjectorPreview
from ui.tabs.election_pages.common import PAGE_ENTRY, PAGE_LIST, PAGE_RESULTS
from ui.tabs.elections import ElectionsTab
from ui.tabs.votes import VotesTab
from ui.widgets.ballot_entry import COL_READING, COL_VOTES, BallotReader


class WindowsShown(QObject):
    """Records every widget shown as a window of its own."""

    def __init__(self) -> None:
        super().__init__()
        self.shown: list[QWidget] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        shown = event.type() == QEvent.Type.Show
        if shown and isinstance(watched, QWidget) and watched.isWindow():
            self.shown.append(watched)
        return False


@pytest.fixture
def window(qtbot: Any, ctx: CongressContext) -> Iterator[MainWindow]:
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win


def show_tab(qtbot: Any, window: MainWindow, key: str) -> QWidget:
    tabs = window.tabs
    assert tabs is not None
    tabs.setCurrentIndex(tabs.index_of_key(key))
    page = tabs.currentWidget()
    qtbot.waitUntil(page.isVisible)
    return page


def vote_text(tab: VotesTab, row: int) -> str:
    item = tab.table.item(row, 3)
    assert item is not None
    return item.text()


def test_a_hidden_tab_reloads_when_shown_not_at_each_change(
    qtbot: Any, window: MainWindow, ctx: CongressContext
) -> None:
    tab = show_tab(qtbot, window, "votes")
    assert isinstance(tab, VotesTab)
    store = ctx.require()
    first = votes.list_votes(store)[0]
    before = vote_text(tab, 0)
    show_tab(qtbot, window, "attendance")
    assert not tab.isVisible()
    calls: list[str] = []
    original = tab.refresh
    tab.refresh = lambda: (calls.append("refresh"), original())[1]  # type: ignore[method-assign]
    # Changes while the tab is hidden: none reloads it.
    if first.held:
        votes.clear_result(store, first.id)
    votes.all_in_favour(store, first.id, at=datetime.now())
    congress.set_info(store, congress.get_info(store))
    assert calls == []
    assert ctx.changed.stale(tab)
    assert vote_text(tab, 0) == before
    # Shown again: it reloads before it paints, once per area of change.
    show_tab(qtbot, window, "votes")
    assert 1 <= len(calls) <= 2
    assert not ctx.changed.stale(tab)
    row = votes.get_vote(store, first.id)
    assert vote_text(tab, 0) == tab.result_text(row)


def test_the_tab_on_screen_follows_every_change_at_once(
    qtbot: Any, window: MainWindow, ctx: CongressContext
) -> None:
    tab = show_tab(qtbot, window, "votes")
    assert isinstance(tab, VotesTab)
    store = ctx.require()
    first = votes.list_votes(store)[0]
    if first.held:
        votes.clear_result(store, first.id)
    assert vote_text(tab, 0) == tab.result_text(votes.get_vote(store, first.id))
    votes.all_in_favour(store, first.id, at=datetime.now())
    assert vote_text(tab, 0) == tab.result_text(votes.get_vote(store, first.id))
    assert not ctx.changed.stale(tab)


def test_a_screen_built_alone_follows_at_once(qtbot: Any, ctx: CongressContext) -> None:
    # Not shown and in no window on screen: as before, every change reaches it.
    tab = VotesTab(ctx)
    qtbot.addWidget(tab)
    store = ctx.require()
    first = votes.list_votes(store)[0]
    if first.held:
        votes.clear_result(store, first.id)
    votes.all_in_favour(store, first.id, at=datetime.now())
    assert vote_text(tab, 0) == tab.result_text(votes.get_vote(store, first.id))
    assert not ctx.changed.stale(tab)


def test_slots_of_no_argument_and_disconnect(ctx: CongressContext) -> None:
    got: list[object] = []

    def no_argument() -> None:
        got.append("none")

    def one(action: str) -> None:
        got.append(action)

    ctx.changed.connect(no_argument)
    ctx.changed.connect(one)
    ctx.changed.emit("vote.hold")
    assert got == ["none", "vote.hold"]
    ctx.changed.disconnect(no_argument)
    ctx.changed.disconnect(one)
    ctx.changed.emit("vote.hold")
    assert got == ["none", "vote.hold"]


def test_closing_the_congress_reaches_hidden_screens_at_once(
    qtbot: Any, window: MainWindow, ctx: CongressContext
) -> None:
    seen: list[str] = []

    class Probe(QLabel):
        def on_changed(self, action: str) -> None:
            seen.append(action)

    probe = Probe()
    tabs = window.tabs
    assert tabs is not None
    tabs.addTab(probe, "probe")  # a hidden tab of the window on screen
    ctx.changed.connect(probe.on_changed)
    ctx.changed.emit("attendance.check_in")
    ctx.changed.emit("congress.close")
    assert seen == ["congress.close"]
    tabs.setCurrentWidget(probe)
    qtbot.waitUntil(probe.isVisible)
    assert seen == ["congress.close", "attendance.check_in"]


def test_hidden_hall_views_reload_when_shown(
    qtbot: Any, window: MainWindow, ctx: CongressContext
) -> None:
    controller: ProjectorController = window.projector
    preview = window.preview_dock.widget()
    assert isinstance(preview, ProjectorPreview)
    assert not controller.is_shown and not preview.isVisible()
    calls: list[str] = []
    for view, name in ((controller.hall, "window"), (preview.hall, "preview")):
        original = view.refresh
        view.refresh = lambda n=name, o=original: (calls.append(n), o())[1]  # type: ignore[method-assign]
    store = ctx.require()
    congress.set_info(store, congress.get_info(store))
    assert calls == []  # neither the projector window nor the preview is on screen
    assert controller.is_stale(controller.hall) and controller.is_stale(preview.hall)
    window.preview_dock.show()
    qtbot.waitUntil(preview.isVisible)
    assert calls == ["preview"]
    assert not controller.is_stale(preview.hall)
    assert controller.is_stale(controller.hall)


def test_no_widget_opens_as_a_window_of_its_own(
    qtbot: Any, ctx: CongressContext, qapp: QApplication
) -> None:
    # The "show in the hall" buttons had no parent when first made visible: each
    # flashed as a window and took the keyboard (Votes, Elections, Minutes).
    recorder = WindowsShown()
    qapp.installEventFilter(recorder)
    try:
        win = MainWindow(ctx)
        qtbot.addWidget(win)
        win.show()
        qtbot.waitExposed(win)
        tabs = win.tabs
        assert tabs is not None
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            qtbot.waitUntil(tabs.currentWidget().isVisible)
    finally:
        qapp.removeEventFilter(recorder)
    assert recorder.shown == [win]
    elections = tabs.widget(tabs.index_of_key("elections"))
    assert isinstance(elections, ElectionsTab)
    assert elections.show_button.parentWidget() is not None


def test_the_ballot_reader_sizes_its_columns_once_per_round(qtbot: Any) -> None:
    reader = BallotReader()
    qtbot.addWidget(reader)
    header = reader.table.horizontalHeader()
    for column in range(reader.table.columnCount()):
        assert header.sectionResizeMode(column) != QHeaderView.ResizeMode.ResizeToContents
    metrics = reader.table.fontMetrics()
    assert header.sectionSize(COL_READING) > metrics.horizontalAdvance(reader.tr("STRUCK"))
    assert header.sectionSize(COL_VOTES) > metrics.horizontalAdvance("0")


def test_the_elections_tab_loads_only_the_page_on_screen(
    qtbot: Any, window: MainWindow, ctx: CongressContext
) -> None:
    tab = show_tab(qtbot, window, "elections")
    assert isinstance(tab, ElectionsTab)
    store = ctx.require()
    elections.create_election(store, Target.COMMITTEE, "Bầu Ban Chấp hành", 5)
    assert tab.selected_election() is not None
    tab.show_page(PAGE_ENTRY)
    # Any change: only the entry page is loaded; the others when shown.
    congress.set_info(store, congress.get_info(store))
    assert tab.is_page_stale(PAGE_LIST) and tab.is_page_stale(PAGE_RESULTS)
    assert not tab.is_page_stale(PAGE_ENTRY)
    tab.show_page(PAGE_RESULTS)
    assert not tab.is_page_stale(PAGE_RESULTS)
    # A key of the tab loads every page first (what it may read is current).
    tab.show_action.trigger()
    assert not any(tab.is_page_stale(p) for p in range(4))
