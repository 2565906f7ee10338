"""A station's window on a real server that stops mid-count (issue 20 §5).

The station says at once that the server is gone, keeps the paper typed on screen,
exactly as typed, and stores it once the server is back — once, under its number.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from secretariat import pg_store
from secretariat.services import stations
from tests import pg
from tests.server import count_scenario as scenario
from ui.station import StationWindow

_databases = itertools.count(1)


@pytest.fixture
def plan(pg_admin_url: str, tmp_path: Path) -> Iterator[scenario.Plan]:
    url = pg.new_database(pg_admin_url, f"window{os.getpid()}_{next(_databases)}")
    made = scenario.prepare(pg_admin_url, url, tmp_path, papers=80, names=60, stations=2)
    yield made
    scenario.drop_logins(pg_admin_url, made)


def test_the_station_says_at_once_the_server_is_gone_and_stores_the_paper_when_back(
    pg_server: pg.PgServer | None, plan: scenario.Plan, qtbot: Any
) -> None:
    if pg_server is None:
        pytest.skip("the server is not ours to stop (SECRETARIAT_PG_URL)")
    login = plan.logins[0]
    store = pg_store.open_server(plan.station_url(login), actor=login, migrate=False)
    try:
        window = StationWindow(store, stations.station_by_login(store, login))
        qtbot.addWidget(window)
        window.show()
        assert window.line_label.property("online") is True
        assert "0 of 40 papers keyed" in window.progress_label.text()
        scenario.stop_server(pg_server)
        try:
            qtbot.waitUntil(lambda: window.line_label.property("online") is False, timeout=3000)
            assert "cannot be reached" in window.line_label.text()
            qtbot.keyClick(window.reader, Qt.Key.Key_0)  # 60 names: two digits, 01 strikes
            qtbot.keyClick(window.reader, Qt.Key.Key_1)  # the first name
            qtbot.keyClick(window.reader, Qt.Key.Key_Return)
            assert window.pending is not None and not window.reader.isEnabled()
            assert "Paper No. 1 stays on screen" in window.line_label.text()
        finally:
            scenario.start_server(pg_server)
        qtbot.waitUntil(lambda: window.pending is None, timeout=30000)
        assert window.line_label.property("online") is True
        (paper,) = stations.station_papers(store, window.station.id, window.assignment.stack.id)  # type: ignore[union-attr]
        first, second = plan.candidates[:2]
        assert paper.serial == 1
        assert first not in (paper.chosen or ()) and second in (paper.chosen or ())
        assert "1 of 40 papers keyed" in window.progress_label.text()
        window.close()
    finally:
        store.close()


def test_an_empty_paper_at_a_station_is_never_stored_without_a_word(
    plan: scenario.Plan, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 19 §1 at a station too: Enter with nothing struck on a list with surplus
    keeps every name (an invalid paper), so the station asks; "No" stores nothing."""
    login = plan.logins[0]
    store = pg_store.open_server(plan.station_url(login), actor=login, migrate=False)
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    try:
        window = StationWindow(store, stations.station_by_login(store, login))
        qtbot.addWidget(window)
        window.show()
        qtbot.keyClick(window.reader, Qt.Key.Key_Return)
        assert len(asked) == 1 and "INVALID" in asked[0]
        assert window.pending is None and "Nothing stored" in window.feedback.text()
        stack = window.assignment.stack.id  # type: ignore[union-attr]
        assert stations.station_papers(store, window.station.id, stack) == []
        window.close()
    finally:
        store.close()
