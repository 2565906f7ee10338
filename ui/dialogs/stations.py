"""The secretary's counting stations: who keys which stack, how far each has got (issue 20 §3).

One dialog (File → Counting stations…): the stations with their server logins;
the stacks of the chosen round, each keyed blind by two different stations;
per-station progress and the live totals of the first pass, read again twice a
second (the stations write from other computers, so polling, not the store's
own change signal, is what sees their papers); and whether the result may be
announced (``double_entry.announce_blockers``). The mismatches themselves are
settled on the Elections tab's mismatch page, as for a second pass typed here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from secretariat.errors import SecretariatError, ValidationError
from secretariat.services import elections, stations
from secretariat.services.elections import EntryMode, RoundId, RoundRow, double_entry
from secretariat.services.stations import StackRow, StationId, StationProgress, StationRow
from ui.commands import station_actions
from ui.context import CongressContext
from ui.messages import describe

POLL_MS = 500  # live totals within a second of a station's Enter


def station_error_text(error: Exception) -> str:
    """A refusal of ``services.stations`` in words (others: ``ui.messages.describe``)."""
    if isinstance(error, ValidationError):
        value = str(error.value)
        texts = {
            "stack_overlap": QCoreApplication.translate(
                "Stations", "These papers overlap the stack that starts at No. %1."
            ),
            "same_station": QCoreApplication.translate(
                "Stations",
                "The second pass must be keyed by another station than the first "
                "(two independent readings).",
            ),
            "station_in_use": QCoreApplication.translate(
                "Stations", "This station still has stacks: take them back or hand them on first."
            ),
            "stack_has_papers": QCoreApplication.translate(
                "Stations", "Papers of this stack are already keyed: hand its pass on instead."
            ),
            "not_your_stack": QCoreApplication.translate(
                "Stations", "This stack is not assigned to this station."
            ),
            "outside_stacks": QCoreApplication.translate(
                "Stations", "Paper No. %1 is not in this station's stack."
            ),
            "other_pass": QCoreApplication.translate(
                "Stations", "A station never sees the other pass."
            ),
            "not_your_paper": QCoreApplication.translate(
                "Stations", "This paper was not keyed by this station."
            ),
            "stack_done": QCoreApplication.translate(
                "Stations", "Every paper of this stack is keyed."
            ),
            "bad_login": QCoreApplication.translate(
                "Stations",
                "A login is lower-case letters, digits and _ and starts with a letter "
                "(for example may1).",
            ),
            "above_issued": QCoreApplication.translate(
                "Stations", "Only %1 papers were issued in this round."
            ),
        }
        if error.code in texts:
            if error.code == "above_issued":
                return texts[error.code].replace("%1", str(int(value) - 1))
            return texts[error.code].replace("%1", value)
    return describe(error)


def _item(text: str, data: object = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled)
    if data is not None:
        item.setData(Qt.ItemDataRole.UserRole, data)
    return item


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    return table


def _fill(table: QTableWidget, rows: list[tuple[object, list[str]]]) -> None:
    keep = table.currentRow()
    table.setRowCount(len(rows))
    for r, (data, cells) in enumerate(rows):
        for c, text in enumerate(cells):
            table.setItem(r, c, _item(text, data if c == 0 else None))
    if rows:
        table.selectRow(min(max(keep, 0), len(rows) - 1))


class StationsDialog(QDialog):
    """Stations, stacks, progress and live totals of one round."""

    def __init__(self, ctx: CongressContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("stationsDialog")
        self.setWindowTitle(self.tr("Counting stations"))
        self.stations: list[StationRow] = []
        self.stacks: list[StackRow] = []
        self.round_row: RoundRow | None = None
        self._build()
        self.reload()
        ctx.changed.connect(self.reload)
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.refresh_progress)
        self.timer.start()

    # --- layout -----------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        label = QLabel(self.tr("&Round:"))
        self.round_combo = QComboBox()
        self.round_combo.setObjectName("roundCombo")
        label.setBuddy(self.round_combo)
        top.addWidget(label)
        top.addWidget(self.round_combo, 1)
        layout.addLayout(top)
        self.round_combo.currentIndexChanged.connect(self._round_chosen)
        row = QHBoxLayout()
        row.addWidget(self._stations_box(), 2)
        row.addWidget(self._stacks_box(), 3)
        layout.addLayout(row, 1)
        layout.addWidget(self._progress_box(), 1)
        self.feedback = QLabel()
        self.feedback.setObjectName("stationsFeedback")
        self.feedback.setWordWrap(True)
        layout.addWidget(self.feedback)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        QShortcut(QKeySequence("Ctrl+Z"), self, self.ctx.undo_stack.undo)

    def _stations_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Stations"))
        layout = QVBoxLayout(box)
        self.station_table = _table([self.tr("Station"), self.tr("Server login")])
        self.station_table.setObjectName("stationTable")
        layout.addWidget(self.station_table)
        form = QFormLayout()
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("stationName")
        self.name_edit.setPlaceholderText(self.tr("Máy 1"))
        self.login_edit = QLineEdit()
        self.login_edit.setObjectName("stationLogin")
        self.login_edit.setPlaceholderText("may1")
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Login:"), self.login_edit)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add station"))
        self.add_button.setObjectName("addStation")
        self.add_button.clicked.connect(self.add_station)
        self.login_edit.returnPressed.connect(self.add_station)
        self.remove_button = QPushButton(self.tr("Re&move station"))
        self.remove_button.setObjectName("removeStation")
        self.remove_button.clicked.connect(self.remove_station)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        layout.addLayout(buttons)
        return box

    def _stacks_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Stacks of papers (each keyed twice, blind)"))
        layout = QVBoxLayout(box)
        self.stack_table = _table(
            [
                self.tr("Papers"),
                self.tr("First pass"),
                self.tr("Second pass"),
                self.tr("Keyed"),
            ]
        )
        self.stack_table.setObjectName("stackTable")
        layout.addWidget(self.stack_table)
        form = QHBoxLayout()
        self.first_spin = QSpinBox()
        self.first_spin.setObjectName("stackFirst")
        self.last_spin = QSpinBox()
        self.last_spin.setObjectName("stackLast")
        for spin in (self.first_spin, self.last_spin):
            spin.setRange(1, 99999)
        self.pass1_combo = QComboBox()
        self.pass1_combo.setObjectName("pass1Station")
        self.pass2_combo = QComboBox()
        self.pass2_combo.setObjectName("pass2Station")
        form.addWidget(QLabel(self.tr("Papers")))
        form.addWidget(self.first_spin)
        form.addWidget(QLabel("–"))
        form.addWidget(self.last_spin)
        form.addWidget(QLabel(self.tr("1st pass")))
        form.addWidget(self.pass1_combo, 1)
        form.addWidget(QLabel(self.tr("2nd pass")))
        form.addWidget(self.pass2_combo, 1)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.assign_button = QPushButton(self.tr("A&ssign stack"))
        self.assign_button.setObjectName("assignStack")
        self.assign_button.clicked.connect(self.assign_stack)
        self.unassign_button = QPushButton(self.tr("&Take stack back"))
        self.unassign_button.setObjectName("unassignStack")
        self.unassign_button.clicked.connect(self.unassign_stack)
        self.hand_pass = QComboBox()
        self.hand_pass.setObjectName("handPass")
        self.hand_pass.addItem(self.tr("its 1st pass"), 1)
        self.hand_pass.addItem(self.tr("its 2nd pass"), 2)
        self.hand_to = QComboBox()
        self.hand_to.setObjectName("handTo")
        self.hand_button = QPushButton(self.tr("&Hand on"))
        self.hand_button.setObjectName("handOn")
        self.hand_button.setToolTip(
            self.tr("A station has failed: another one continues its pass of the stack.")
        )
        self.hand_button.clicked.connect(self.hand_on)
        for widget in (self.assign_button, self.unassign_button, self.hand_pass):
            buttons.addWidget(widget)
        buttons.addWidget(QLabel(self.tr("to")))
        buttons.addWidget(self.hand_to, 1)
        buttons.addWidget(self.hand_button)
        layout.addLayout(buttons)
        return box

    def _progress_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Progress (live)"))
        layout = QVBoxLayout(box)
        self.progress_table = _table(
            [self.tr("Station"), self.tr("Stacks"), self.tr("Keyed"), self.tr("Left")]
        )
        self.progress_table.setObjectName("progressTable")
        layout.addWidget(self.progress_table)
        self.totals_label = QLabel()
        self.totals_label.setObjectName("liveTotals")
        self.totals_label.setWordWrap(True)
        self.totals_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.totals_label)
        self.blockers_label = QLabel()
        self.blockers_label.setObjectName("stationBlockers")
        self.blockers_label.setWordWrap(True)
        layout.addWidget(self.blockers_label)
        return box

    # --- reading ----------------------------------------------------------------------

    @property
    def round_id(self) -> RoundId | None:
        data = self.round_combo.currentData()
        return None if data is None else RoundId(int(data))

    def _rounds(self) -> list[tuple[str, RoundId]]:
        store = self.ctx.require()
        out = []
        for election in elections.list_elections(store):
            for r in elections.list_rounds(store, election.id):
                if r.entry_mode is EntryMode.BALLOTS:
                    label = self.tr("%1, round %2").replace("%1", election.title)
                    out.append((label.replace("%2", str(r.round_no)), r.id))
        return out

    def reload(self) -> None:
        if self.ctx.store is None:
            return
        chosen = self.round_id
        rounds = self._rounds()
        self.round_combo.blockSignals(True)
        self.round_combo.clear()
        for label, ident in rounds:
            self.round_combo.addItem(label, ident)
        index = self.round_combo.findData(chosen) if chosen is not None else -1
        self.round_combo.setCurrentIndex(index if index >= 0 else len(rounds) - 1)
        self.round_combo.blockSignals(False)
        self._load_stations()
        self._round_chosen()

    def _load_stations(self) -> None:
        self.stations = stations.list_stations(self.ctx.require())
        _fill(self.station_table, [(s.id, [s.name, s.login]) for s in self.stations])
        for combo in (self.pass1_combo, self.pass2_combo, self.hand_to):
            keep = combo.currentData()
            combo.clear()
            for s in self.stations:
                combo.addItem(s.name, s.id)
            index = combo.findData(keep)
            if index >= 0:
                combo.setCurrentIndex(index)
        if self.pass2_combo.currentIndex() == self.pass1_combo.currentIndex():
            self.pass2_combo.setCurrentIndex(min(1, self.pass2_combo.count() - 1))
        self.remove_button.setEnabled(bool(self.stations))

    def _round_chosen(self) -> None:
        store = self.ctx.require()
        rid = self.round_id
        self.round_row = elections.get_round(store, rid) if rid is not None else None
        issued = self.round_row.issued if self.round_row else None
        self.last_spin.setMaximum(issued or 99999)
        if issued:
            self.last_spin.setValue(issued)
        self.refresh_progress()

    def _name(self, station: StationId) -> str:
        return next((s.name for s in self.stations if s.id == station), str(station))

    def refresh_progress(self) -> None:
        """Stacks, per-station progress, live totals and blockers (polled)."""
        store = self.ctx.store
        rid = self.round_id
        if store is None or rid is None:
            self.stacks = []
            _fill(self.stack_table, [])
            _fill(self.progress_table, [])
            self.totals_label.setText(self.tr("No round with ballot papers yet."))
            self.blockers_label.clear()
            return
        try:
            board = stations.progress(store, rid)
            self.stacks = stations.list_stacks(store, rid)
            blockers = double_entry.announce_blockers(store, rid)
            totals = self._totals_text(rid)
        except SecretariatError as error:
            self.feedback.setText(station_error_text(error))
            return
        self._show_stacks(board)
        self._show_board(board)
        self.totals_label.setText(totals)
        self.blockers_label.setText(self._blockers_text(blockers))

    def _show_stacks(self, board: list[StationProgress]) -> None:
        keyed: dict[tuple[int, int], int] = {}
        for p in board:
            for a in p.assignments:
                keyed[(a.stack.id, a.pass_no)] = a.entered
        rows: list[tuple[object, list[str]]] = []
        for s in self.stacks:
            done = f"{keyed.get((s.id, 1), 0)} + {keyed.get((s.id, 2), 0)} / {2 * s.size}"
            rows.append(
                (
                    s.id,
                    [
                        f"{s.first}–{s.last}",
                        self._name(s.first_station),
                        self._name(s.second_station),
                        done,
                    ],
                )
            )
        _fill(self.stack_table, rows)
        self.unassign_button.setEnabled(bool(self.stacks))
        self.hand_button.setEnabled(bool(self.stacks))

    def _show_board(self, board: list[StationProgress]) -> None:
        rows: list[tuple[object, list[str]]] = []
        for p in board:
            parts = [
                self.tr("%1 (pass %2)")
                .replace("%1", f"{a.stack.first}–{a.stack.last}")
                .replace("%2", str(a.pass_no))
                for a in p.assignments
            ]
            rows.append(
                (
                    p.station.id,
                    [
                        p.station.name,
                        ", ".join(parts) or self.tr("none"),
                        f"{p.entered} / {p.size}",
                        str(p.size - p.entered),
                    ],
                )
            )
        _fill(self.progress_table, rows)

    def _totals_text(self, rid: RoundId) -> str:
        store = self.ctx.require()
        row = elections.get_round(store, rid)
        first = len(elections.list_ballots(store, rid, 1))
        second = len(elections.list_ballots(store, rid, 2))
        text = (
            self.tr("First pass: %1 of %2 papers · second pass: %3.")
            .replace("%1", str(first))
            .replace("%2", str(row.issued or 0))
            .replace("%3", str(second))
        )
        if not first or row.issued is None:
            return text
        tally = elections.count(store, rid)
        names = {str(c.member_id): c.full_name for c in row.candidates}
        votes = " · ".join(f"{names.get(k, k)} {v}" for k, v in tally.votes.items())
        return (
            text
            + "\n"
            + self.tr("So far (first pass): %1 valid, %2 invalid. ")
            .replace("%1", str(tally.valid))
            .replace("%2", str(tally.invalid))
            + votes
        )

    def _blockers_text(self, blockers: list[str]) -> str:
        if not blockers:
            return self.tr("Every stack is keyed twice and agrees: the result may be announced.")
        words = {
            "stacks_unfinished": self.tr("a stack still lacks a pass"),
            "mismatches_open": self.tr("mismatches wait on the Elections tab"),
            "second_pass_unfinished": self.tr("the second pass is not finished"),
            "no_ballots": self.tr("no paper is keyed"),
            "not_started": self.tr("the ballots have not been issued"),
            "announced": self.tr("the result is announced"),
        }
        return self.tr("Not yet announceable: %1.").replace(
            "%1", "; ".join(words.get(code, code) for code in blockers)
        )

    # --- actions ----------------------------------------------------------------------

    def _run(self, action: object) -> bool:
        assert callable(action)
        try:
            action()
        except SecretariatError as error:
            self.feedback.setText(station_error_text(error))
            return False
        self.feedback.clear()
        return True

    def _selected(self, table: QTableWidget) -> int | None:
        item = table.item(table.currentRow(), 0) if table.currentRow() >= 0 else None
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def add_station(self) -> None:
        name, login = self.name_edit.text(), self.login_edit.text()
        if self._run(lambda: station_actions.add_station(self.ctx, name, login)):
            self.name_edit.clear()
            self.login_edit.clear()
            self.name_edit.setFocus()

    def remove_station(self) -> None:
        ident = self._selected(self.station_table)
        if ident is not None:
            self._run(lambda: station_actions.remove_station(self.ctx, StationId(ident)))

    def assign_stack(self) -> None:
        rid = self.round_id
        one, two = self.pass1_combo.currentData(), self.pass2_combo.currentData()
        if rid is None or one is None or two is None:
            self.feedback.setText(self.tr("Add two stations and choose a round first."))
            return
        first, last = self.first_spin.value(), self.last_spin.value()
        if self._run(
            lambda: station_actions.assign_stack(
                self.ctx, rid, first, last, StationId(one), StationId(two)
            )
        ):
            self.first_spin.setValue(min(last + 1, self.first_spin.maximum()))

    def unassign_stack(self) -> None:
        ident = self._selected(self.stack_table)
        if ident is not None:
            stack = stations.StackId(ident)
            self._run(lambda: station_actions.unassign_stack(self.ctx, stack))

    def hand_on(self) -> None:
        ident, to = self._selected(self.stack_table), self.hand_to.currentData()
        if ident is None or to is None:
            return
        pass_no = int(self.hand_pass.currentData())
        stack = stations.StackId(ident)
        self._run(lambda: station_actions.reassign_pass(self.ctx, stack, pass_no, StationId(to)))

    def done(self, result: int) -> None:
        self.timer.stop()
        self.ctx.changed.disconnect(self.reload)
        super().done(result)
