"""The secretary's stations dialog and a station's own window (issue 20 §3).

Driven with keys and clicks on the demo congress with one committee round (23 papers).
A lost server is simulated by making the service fail as a dropped connection does
(``sqlalchemy.exc.OperationalError``); the real server stop is in tests/server.
"""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy.exc import OperationalError

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from secretariat.services import elections, stations
from secretariat.services.stations import StationId
from secretariat.store import Store
from tests.core.test_elections_service import AT, CANDIDATES, committee_round, ids
from tests.ui.test_agenda_tab import type_text
from ui.context import CongressContext
from ui.dialogs.stations import POLL_MS, StationsDialog
from ui.station import StationWindow


def _activate(qtbot: Any, window: QWidget) -> None:
    """Shortcuts act in the active window (as on a real screen)."""
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def _round(store: Store) -> elections.RoundRow:
    opened = committee_round(store)
    elections.start_ballot(store, opened.id, 23, at=AT)
    return opened


def _two(store: Store) -> tuple[StationId, StationId]:
    a = stations.add_station(store, "Máy 1", "may1").id
    b = stations.add_station(store, "Máy 2", "may2").id
    return a, b


def test_the_secretary_adds_stations_and_assigns_a_stack_by_keys(
    ctx: CongressContext, qtbot: Any
) -> None:
    store = ctx.require()
    opened = _round(store)
    dialog = StationsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    for name, login in (("Máy 1", "may1"), ("Máy 2", "may2")):
        type_text(qtbot, dialog.name_edit, name)
        type_text(qtbot, dialog.login_edit, login)
        qtbot.keyClick(dialog.login_edit, Qt.Key.Key_Return)
    assert [s.login for s in stations.list_stations(store)] == ["may1", "may2"]
    assert dialog.station_table.rowCount() == 2
    type_text(qtbot, dialog.login_edit, "May-3")
    type_text(qtbot, dialog.name_edit, "Máy 3")
    qtbot.keyClick(dialog.login_edit, Qt.Key.Key_Return)
    assert "lower-case letters" in dialog.feedback.text()
    # Papers 1–12: pass 1 by Máy 1, pass 2 by Máy 2.
    dialog.first_spin.setValue(1)
    dialog.last_spin.setValue(12)
    dialog.pass1_combo.setCurrentIndex(0)
    dialog.pass2_combo.setCurrentIndex(1)
    qtbot.mouseClick(dialog.assign_button, Qt.MouseButton.LeftButton)
    (stack,) = stations.list_stacks(store, opened.id)
    assert (stack.first, stack.last) == (1, 12)
    assert dialog.first_spin.value() == 13  # ready for the next stack
    assert dialog.stack_table.item(0, 1).text() == "Máy 1"
    # Same station twice, overlapping papers: refused in words, nothing stored.
    dialog.pass2_combo.setCurrentIndex(0)
    qtbot.mouseClick(dialog.assign_button, Qt.MouseButton.LeftButton)
    assert "another station" in dialog.feedback.text()
    dialog.pass2_combo.setCurrentIndex(1)
    dialog.first_spin.setValue(10)
    qtbot.mouseClick(dialog.assign_button, Qt.MouseButton.LeftButton)
    assert "No. 1" in dialog.feedback.text()
    assert len(stations.list_stacks(store, opened.id)) == 1
    # Ctrl+Z takes the stack back.
    _activate(qtbot, dialog)
    dialog.stack_table.setFocus()
    qtbot.keyClick(dialog.stack_table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stations.list_stacks(store, opened.id) == []
    dialog.close()


def test_progress_and_live_totals_follow_a_station_within_a_second(
    ctx: CongressContext, qtbot: Any
) -> None:
    store = ctx.require()
    opened = _round(store)
    a, b = _two(store)
    stack = stations.assign_stack(store, opened.id, 1, 5, a, b)
    dialog = StationsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.progress_table.item(0, 2).text() == "0 / 5"
    assert "lacks a pass" in dialog.blockers_label.text()
    (ha,) = ids(store, CANDIDATES[0])
    # A station writes from elsewhere: no signal from this window's store, only the poll.
    stations.enter_paper(store, a, stack.id, chosen=[ha])
    assert POLL_MS <= 1000
    qtbot.waitUntil(lambda: dialog.progress_table.item(0, 2).text() == "1 / 5", timeout=1000)
    assert "First pass: 1 of 23" in dialog.totals_label.text()
    assert f"{CANDIDATES[0]} 1" in dialog.totals_label.text()
    dialog.close()


def _station(store: Store, qtbot: Any) -> tuple[StationWindow, Any]:
    opened = _round(store)
    a, b = _two(store)
    stack = stations.assign_stack(store, opened.id, 1, 3, a, b)
    window = StationWindow(store, stations.list_stations(store)[0])
    qtbot.addWidget(window)
    window.show()
    return window, stack


def test_a_station_window_keys_its_stack_by_keys_only(ctx: CongressContext, qtbot: Any) -> None:
    store = ctx.require()
    window, stack = _station(store, qtbot)
    assert "0 of 3 papers keyed · next: paper No. 1" in window.progress_label.text()
    assert "pass 1" in window.stack_combo.currentText()
    qtbot.keyClick(window.reader, Qt.Key.Key_1)  # strike name 1
    qtbot.keyClick(window.reader, Qt.Key.Key_Return)
    assert window.feedback.text().endswith("No. 1 stored.")
    (paper,) = stations.station_papers(store, stack.first_station, stack.id)
    assert paper.actor == "Máy 1" and paper.pass_no == 1
    assert ids(store, CANDIDATES[0])[0] not in (paper.chosen or ())
    assert "next: paper No. 2" in window.progress_label.text()
    _activate(qtbot, window)
    qtbot.keyClick(window.reader, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stations.station_papers(store, stack.first_station, stack.id) == []
    window.close()


def test_a_lost_server_is_said_at_once_and_the_paper_stays_until_stored(
    ctx: CongressContext, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = ctx.require()
    window, stack = _station(store, qtbot)
    real_enter, real_work = stations.enter_paper, stations.station_work
    down = OperationalError("INSERT", {}, Exception("server closed the connection"))

    def fail(*args: object, **kwargs: object) -> Any:
        raise down

    monkeypatch.setattr(stations, "station_work", fail)
    window.heartbeat.timeout.emit()  # the next heartbeat finds the server gone
    assert window.line_label.property("online") is False
    assert "cannot be reached" in window.line_label.text()
    monkeypatch.setattr(stations, "enter_paper", fail)
    qtbot.keyClick(window.reader, Qt.Key.Key_2)
    qtbot.keyClick(window.reader, Qt.Key.Key_Return)
    assert "Paper No. 1 stays on screen" in window.line_label.text()
    assert not window.reader.isEnabled() and window.pending is not None
    assert ids(store, CANDIDATES[1])[0] not in window.pending[1]["chosen"]  # name 2 struck
    assert stations.station_papers(store, stack.first_station, stack.id) == []
    # The server is back: the retry stores the held paper, once.
    monkeypatch.setattr(stations, "enter_paper", real_enter)
    monkeypatch.setattr(stations, "station_work", real_work)
    qtbot.waitUntil(lambda: window.pending is None, timeout=3000)
    assert window.line_label.property("online") is True
    (paper,) = stations.station_papers(store, stack.first_station, stack.id)
    assert paper.serial == 1 and ids(store, CANDIDATES[1])[0] not in (paper.chosen or ())
    window.close()


def test_a_paper_stored_just_before_the_line_dropped_is_not_doubled(
    ctx: CongressContext, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = ctx.require()
    window, stack = _station(store, qtbot)
    real_enter = stations.enter_paper

    def stored_then_lost(*args: Any, **kwargs: Any) -> Any:
        real_enter(*args, **kwargs)  # the commit reached the server …
        monkeypatch.setattr(stations, "enter_paper", real_enter)
        raise OperationalError("COMMIT", {}, Exception("connection lost"))  # … the answer did not

    monkeypatch.setattr(stations, "enter_paper", stored_then_lost)
    qtbot.keyClick(window.reader, Qt.Key.Key_3)
    qtbot.keyClick(window.reader, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.pending is None, timeout=3000)
    papers = stations.station_papers(store, stack.first_station, stack.id)
    assert [p.serial for p in papers] == [1]
    assert window.feedback.text().endswith("No. 1 stored.")
    window.close()


def test_the_file_menu_opens_the_stations_dialog(
    qtbot: Any, ctx: CongressContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    opened: list[StationsDialog] = []
    monkeypatch.setattr(StationsDialog, "exec", lambda self: opened.append(self) or 0)
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    action = next(
        a for a in file_menu.actions() if a.text() in ("Counting &stations…", "&Máy kiểm phiếu…")
    )
    assert action.isEnabled()
    action.trigger()
    assert len(opened) == 1 and opened[0].ctx is ctx
