"""A counting station's window: the ballot entry of its stack and pass, nothing else (issue 20 §3).

``secretariat-station postgresql://may1@192.168.1.10/daihoi`` opens it on the server
(the password is asked for; ``--login`` when the address names no user; a congress
file instead of an address tries the window out alone).
The window shows the station's name, the stack and pass it keys, how far it
has got, and the ballot reader of ``ui.widgets.ballot_entry`` (the same keys as
on the secretary's entry page). A station never sees the other pass, nor the
totals: its second readings stay blind.

When the server cannot be reached the window says so at once (a heartbeat
every second, and any failed call), and the paper typed stays on screen, held
exactly as it was when Enter was pressed, until it is stored: the window
retries every second with the same paper number, so a paper whose first try
did reach the server before the line dropped is recognised, never doubled.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from secretariat.errors import FileRefused, SecretariatError, ValidationError
from secretariat.services import elections, stations
from secretariat.services.elections import BallotId, RoundRow
from secretariat.services.elections.double_entry import reading_key
from secretariat.services.stations import Assignment, StationRow
from secretariat.store import Store
from ui.dialogs.stations import station_error_text
from ui.widgets.ballot_entry import (
    BallotReader,
    ballot_error_text,
    confirm_empty_paper,
    nothing_stored,
)

HEARTBEAT_MS = 1000
RETRY_MS = 1000
OFFLINE_STYLE = "QLabel { color: #ffffff; background: #b3261e; padding: 6px; font-weight: bold; }"
ONLINE_STYLE = "QLabel { color: #1e7b34; padding: 6px; }"
T = TypeVar("T")


class Lost(Exception):
    """The server did not answer (the line, the server, or its restart)."""


def lost(error: BaseException) -> bool:
    """An error that says the connection is gone, not that the action was refused."""
    if isinstance(error, (OperationalError, InterfaceError)):
        return True
    if isinstance(error, DBAPIError) and error.connection_invalidated:
        return True
    return isinstance(error, FileRefused) and error.code in ("io_error", "not_found")


class StationWindow(QWidget):
    """The entry of one station: its stacks, its pass, its progress, the reader."""

    def __init__(self, store: Store, station: StationRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.station = station
        self.setObjectName("stationWindow")
        self.assignments: list[Assignment] = []
        self.round_row: RoundRow | None = None
        self.pending: tuple[int, dict[str, Any]] | None = None  # (serial, reading) not yet stored
        self.last_stored: BallotId | None = None
        self.just_stored = False  # the last Enter stored a paper: nothing typed since
        self.online = True
        self._build()
        self.heartbeat = QTimer(self)
        self.heartbeat.setInterval(HEARTBEAT_MS)
        self.heartbeat.timeout.connect(self.refresh)
        self.retry = QTimer(self)
        self.retry.setInterval(RETRY_MS)
        self.retry.timeout.connect(self._store_pending)
        self.refresh()
        self.heartbeat.start()

    def _build(self) -> None:
        self.setWindowTitle(self.tr("Counting station: %1").replace("%1", self.station.name))
        layout = QVBoxLayout(self)
        self.line_label = QLabel()
        self.line_label.setObjectName("stationLine")
        self.line_label.setWordWrap(True)
        layout.addWidget(self.line_label)
        top = QHBoxLayout()
        label = QLabel(self.tr("&Stack:"))
        self.stack_combo = QComboBox()
        self.stack_combo.setObjectName("stationStack")
        label.setBuddy(self.stack_combo)
        top.addWidget(label)
        top.addWidget(self.stack_combo, 1)
        layout.addLayout(top)
        self.stack_combo.currentIndexChanged.connect(self._stack_chosen)
        self.progress_label = QLabel()
        self.progress_label.setObjectName("stationProgress")
        self.progress_label.setWordWrap(True)
        layout.addWidget(self.progress_label)
        self.reader = BallotReader()
        self.reader.set_votes(None)  # blind: no totals on a station
        self.reader.submitted.connect(self.store_paper)
        self.reader.changed.connect(self._typed)
        self.reader.refused.connect(lambda text: self._say(text, ok=False))
        layout.addWidget(self.reader, 1)
        self.feedback = QLabel()
        self.feedback.setObjectName("stationFeedback")
        self.feedback.setWordWrap(True)
        layout.addWidget(self.feedback)
        QShortcut(QKeySequence("Ctrl+Z"), self, self.take_back)

    # --- the server -------------------------------------------------------------------

    def _call(self, fn: Callable[[], T]) -> T:
        """Run a service call; a lost connection marks the window offline (``Lost``)."""
        try:
            result = fn()
        except Exception as error:
            if lost(error):
                self._set_online(False)
                raise Lost from error
            raise
        self._set_online(True)
        return result

    def _set_online(self, online: bool) -> None:
        if online and self.online and self.line_label.text():
            return
        self.online = online
        if online:
            self.line_label.setText(
                self.tr("Connected as %1 (%2).")
                .replace("%1", self.station.name)
                .replace("%2", self.station.login)
            )
            self.line_label.setStyleSheet(ONLINE_STYLE)
        else:
            text = self.tr("The server cannot be reached.")
            if self.pending is not None:
                text += " " + self.tr(
                    "Paper No. %1 stays on screen and is stored as soon as the server is back."
                ).replace("%1", str(self.pending[0]))
            self.line_label.setText(text)
            self.line_label.setStyleSheet(OFFLINE_STYLE)
        self.line_label.setProperty("online", online)

    # --- what the station is on -------------------------------------------------------

    @property
    def assignment(self) -> Assignment | None:
        index = self.stack_combo.currentIndex()
        return self.assignments[index] if 0 <= index < len(self.assignments) else None

    def refresh(self) -> None:
        """Re-read the station's stacks and progress (the heartbeat)."""
        try:
            work = self._call(lambda: stations.station_work(self.store, self.station.id))
        except Lost:
            return
        except SecretariatError as error:
            self._say(station_error_text(error), ok=False)
            return
        keep = self.assignment.stack.id if self.assignment else None
        self.assignments = work
        self.stack_combo.blockSignals(True)
        self.stack_combo.clear()
        for a in work:
            self.stack_combo.addItem(self._stack_text(a))
        ids = [a.stack.id for a in work]
        index = (
            ids.index(keep)
            if keep in ids
            else next((i for i, a in enumerate(work) if not a.done), 0)
        )
        self.stack_combo.setCurrentIndex(index)
        self.stack_combo.blockSignals(False)
        self._stack_chosen()

    def _stack_text(self, a: Assignment) -> str:
        text = (
            self.tr("Papers %1–%2, pass %3")
            if a.pass_no == 1
            else self.tr("Papers %1–%2, pass %3 (blind second reading)")
        )
        return (
            text.replace("%1", str(a.stack.first))
            .replace("%2", str(a.stack.last))
            .replace("%3", str(a.pass_no))
        )

    def _stack_chosen(self) -> None:
        a = self.assignment
        if a is None:
            self.round_row = None
            self.reader.set_round(None)
            self.progress_label.setText(self.tr("No stack is assigned to this station yet."))
            return
        if self.round_row is None or self.round_row.id != a.stack.round_id:
            try:
                self.round_row = self._call(
                    lambda: elections.get_round(self.store, a.stack.round_id)
                )
            except Lost:
                return
            self.reader.set_round(self.round_row)
            self.reader.set_votes(None)
        if a.done:
            text = self.tr("All %1 papers of this stack are keyed.").replace("%1", str(a.entered))
        else:
            text = (
                self.tr("%1 of %2 papers keyed · next: paper No. %3")
                .replace("%1", str(a.entered))
                .replace("%2", str(a.stack.size))
                .replace("%3", str(a.next_serial))
            )
        self.progress_label.setText(text)
        self.reader.set_closed(a.done and self.pending is None)
        if self.pending is None:
            self.reader.setFocus()

    # --- entry ------------------------------------------------------------------------

    def store_paper(self) -> None:
        """Enter: store the paper as typed under the next paper number of the stack."""
        a = self.assignment
        if a is None or self.pending is not None:
            return
        if a.next_serial is None:
            self._say(self.tr("Every paper of this stack is keyed."), ok=False)
            return
        if not confirm_empty_paper(self, self.reader.draft, just_stored=self.just_stored):
            self._say(nothing_stored(), ok=False)
            self.reader.setFocus()
            return
        self.pending = (a.next_serial, self.reader.reading())
        self.reader.setEnabled(False)  # held exactly as typed until it is stored
        self._store_pending()

    def _store_pending(self) -> None:
        a = self.assignment
        if self.pending is None or a is None:
            self.retry.stop()
            return
        serial, reading = self.pending
        try:
            entry = self._call(
                lambda: stations.enter_paper(
                    self.store, self.station.id, a.stack.id, serial=serial, **reading
                )
            )
        except Lost:
            self._set_online(False)
            self.retry.start()
            return
        except ValidationError as error:
            if error.code == "duplicate" and self._already_stored(serial, reading):
                self._stored(serial, None)
                return
            self._refused(error)
            return
        except SecretariatError as error:
            self._refused(error)
            return
        self._stored(serial, entry.row.id)

    def _already_stored(self, serial: int, reading: dict[str, Any]) -> bool:
        """The first try reached the server before the line dropped: the same reading is there."""
        a = self.assignment
        if a is None or self.round_row is None:
            return False
        try:
            papers = self._call(
                lambda: stations.station_papers(self.store, self.station.id, a.stack.id)
            )
        except (Lost, SecretariatError):
            return False
        mine = next((p for p in papers if p.serial == serial), None)
        if mine is None:
            return False
        candidates = [c.member_id for c in self.round_row.candidates]
        typed = replace(mine, **{**reading, "chosen": _chosen(reading)})
        return reading_key(mine, candidates) == reading_key(typed, candidates)

    def _refused(self, error: SecretariatError) -> None:
        self.retry.stop()
        self.pending = None
        self.reader.setEnabled(True)
        issued = self.round_row.issued if self.round_row else None
        text = station_error_text(error)
        if text == str(error):
            text = ballot_error_text(error, issued)
        self._say(text, ok=False)
        self.reader.setFocus()

    def _typed(self) -> None:
        self.just_stored = False

    def _stored(self, serial: int, ident: BallotId | None) -> None:
        self.retry.stop()
        self.pending = None
        self.last_stored = ident
        self.reader.setEnabled(True)
        self.reader.clear()
        self.just_stored = True
        self._say(self.tr("Paper No. %1 stored.").replace("%1", str(serial)), ok=True)
        self.refresh()
        self.reader.setFocus()

    def take_back(self) -> None:
        """Ctrl+Z: take back the last paper this window stored."""
        if self.last_stored is None or self.pending is not None:
            return
        ident = self.last_stored
        try:
            row = self._call(lambda: stations.take_back(self.store, self.station.id, ident))
        except Lost:
            return
        except SecretariatError as error:
            self._say(station_error_text(error), ok=False)
            return
        self.last_stored = None
        self._say(self.tr("Paper No. %1 taken back.").replace("%1", str(row.serial)), ok=True)
        self.refresh()

    def _say(self, text: str, *, ok: bool) -> None:
        colour = "#1e7b34" if ok else "#b3261e"
        self.feedback.setStyleSheet(f"QLabel {{ color: {colour}; }}")
        self.feedback.setProperty("ok", ok)
        self.feedback.setText(text)

    def closeEvent(self, event: Any) -> None:
        self.heartbeat.stop()
        self.retry.stop()
        super().closeEvent(event)


def _chosen(reading: dict[str, Any]) -> Any:
    chosen = reading.get("chosen")
    return None if chosen is None else tuple(sorted(chosen))


def _open(target: str, login: str | None) -> tuple[Store, str]:
    """The congress a station works on: a server (``postgresql://may1@host/db``, the
    password asked for when the address does not carry it) or, to try it alone, a file."""
    if not target.startswith("postgresql"):
        if login is None:
            raise SystemExit("--login is needed with a congress file")
        from secretariat.store import open_store

        return open_store(Path(target), actor=login), login
    from sqlalchemy import make_url

    from secretariat import pg_store

    url = make_url(target)
    login = login or url.username or ""
    if url.password is None:
        password, ok = QInputDialog.getText(
            None,
            QApplication.translate("StationWindow", "Counting station"),
            QApplication.translate("StationWindow", "Password of %1 on the server:").replace(
                "%1", login
            ),
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            raise SystemExit(1)
        url = url.set(password=password)
    url = url.set(username=login)
    store = pg_store.open_server(
        url.render_as_string(hide_password=False), actor=login, migrate=False
    )
    return store, login


def main(argv: Sequence[str] | None = None) -> int:
    """``secretariat-station postgresql://may1@192.168.1.10/daihoi``: a station's window
    (``--login`` names the station when the address does not; a congress file works
    too, alone, to try the window out)."""
    parser = argparse.ArgumentParser(prog="secretariat-station")
    parser.add_argument("congress", help="the server's address, or a congress file")
    parser.add_argument("--login", help="the station's login (e.g. may1)")
    args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    from ui import crash, state
    from ui.i18n import translator

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationDisplayName("Thư ký Đại hội")
    translator.install(state.language())
    crash.install()
    store, login = _open(args.congress, args.login)
    window = StationWindow(store, stations.station_by_login(store, login))
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.show()
    try:
        return int(app.exec())
    finally:
        store.close()


if __name__ == "__main__":
    sys.exit(main())
