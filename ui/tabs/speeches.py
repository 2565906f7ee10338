"""The speeches tab: the speaker queue, the speaking clock and the summary for the minutes.

One screen for the secretary during the discussion. The agenda item at the top
follows the item under way unless another is chosen. Typing a name (without
diacritics) in the search field finds members and guests; Enter registers the
selected person with the kind chosen beside it. The queue shows every speech
of the item; the speaking panel shows who speaks, the countdown and the keys:

    F9           call the next speaker (ends the current speech)
    F8           pause / resume the current speech
    Shift+F9     end the current speech
    Ctrl+Up/Down move the selected waiting speech in the queue (or drag it)
    Delete       remove the selected waiting speech (in the queue)
    Enter        register the person selected in the search results
    Up/Down      move through the search results while typing

The F-keys and Ctrl+arrows work anywhere in the tab, also while typing the
summary. The summary and the resolution section are saved when the field loses
the focus or after 1.5 s without typing, never per keystroke; the clock's tick
only repaints the countdown, the speaking times and the statistics. Every edit
goes through ``ui.commands.speech_actions`` (undoable); the screen reloads from
the services on ``ctx.changed``.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QBrush,
    QColor,
    QFont,
    QHideEvent,
    QKeyEvent,
    QKeySequence,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from secretariat.domain import (
    AgendaItemId,
    AgendaItemRow,
    GuestId,
    MemberId,
    SpeechId,
    SpeechKind,
    SpeechRow,
)
from secretariat.errors import SecretariatError, ValidationError
from secretariat.rules import name_search
from secretariat.rules.collation import fold
from secretariat.rules.timer import clock_text, elapsed
from secretariat.services import agenda, roster, settings, speeches
from secretariat.services.speeches import MAX_TEXT, Statistics
from ui import state
from ui.commands import speech_actions
from ui.context import CongressContext
from ui.messages import describe
from ui.widgets.countdown import CountdownWidget
from ui.widgets.shortcuts import key_button, tab_action

STATE_KEY = "speeches"  # ui.state key of the splitter and the queue header
TICK_MS = 250
IDLE_SAVE_MS = 1500
SPEECH_MIME = "application/x-secretariat-speech-id"
ID_ROLE = Qt.ItemDataRole.UserRole
COL_POSITION, COL_SPEAKER, COL_KIND, COL_STATE, COL_SPOKEN, COL_LIMIT = range(6)
COLUMN_COUNT = 6
GROUPS = ("full", "probationary", "guest", "male", "female", "all")
OK_STYLE = (
    "QLabel { color: #0f5a1e; background: #e3f4e5; border: 1px solid #8cc79a;"
    " border-radius: 4px; padding: 4px 8px; font-weight: bold; }"
)
ERROR_STYLE = (
    "QLabel { color: #8e1212; background: #fde8e8; border: 1px solid #d93025;"
    " border-radius: 4px; padding: 4px 8px; font-weight: bold; }"
)
_MOVES = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)
_SPEAKING_COLOUR = QColor("#14532d")
_DONE_COLOUR = QColor("#6b6b6b")


def kind_text(kind: SpeechKind) -> str:
    """The full name of a kind of speech (the registration combo)."""
    return {
        SpeechKind.PREPARED: QCoreApplication.translate("SpeechesTab", "Prepared contribution"),
        SpeechKind.FLOOR: QCoreApplication.translate("SpeechesTab", "Floor speech"),
        SpeechKind.ADDRESS: QCoreApplication.translate(
            "SpeechesTab", "Address of the superior representative"
        ),
        SpeechKind.REPLY: QCoreApplication.translate("SpeechesTab", "Presidium reply"),
    }[kind]


def kind_short(kind: SpeechKind) -> str:
    """The short name of a kind of speech (the queue's column)."""
    return {
        SpeechKind.PREPARED: QCoreApplication.translate("SpeechesTab", "Prepared"),
        SpeechKind.FLOOR: QCoreApplication.translate("SpeechesTab", "Floor"),
        SpeechKind.ADDRESS: QCoreApplication.translate("SpeechesTab", "Address"),
        SpeechKind.REPLY: QCoreApplication.translate("SpeechesTab", "Reply"),
    }[kind]


def state_text(state_name: str) -> str:
    return {
        "queued": QCoreApplication.translate("SpeechesTab", "Waiting"),
        "speaking": QCoreApplication.translate("SpeechesTab", "Speaking"),
        "paused": QCoreApplication.translate("SpeechesTab", "Paused"),
        "done": QCoreApplication.translate("SpeechesTab", "Done"),
    }.get(state_name, state_name)


def group_text(group: str) -> str:
    return {
        "full": QCoreApplication.translate("SpeechesTab", "Full members"),
        "probationary": QCoreApplication.translate("SpeechesTab", "Probationary members"),
        "guest": QCoreApplication.translate("SpeechesTab", "Guests"),
        "male": QCoreApplication.translate("SpeechesTab", "Men"),
        "female": QCoreApplication.translate("SpeechesTab", "Women"),
        "all": QCoreApplication.translate("SpeechesTab", "All"),
    }.get(group, group)


def read_text_file(path: Path) -> str:
    """A .txt file's text: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1258.

    Composed (NFC) in the end: Windows-1258 and some input methods write the
    tones as separate combining marks.
    """
    data = path.read_bytes()
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16")
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("cp1258", errors="replace")
    return unicodedata.normalize("NFC", text)


def _hhmmss(at: datetime | None) -> str:
    return at.strftime("%H:%M:%S") if at else ""


@dataclass(frozen=True, slots=True)
class Person:
    """Someone who can be registered to speak: a member or a guest."""

    member_id: MemberId | None
    guest_id: GuestId | None
    name: str
    detail: str  # position (member) or title (guest)
    folded: str
    superior_representative: bool = False

    def same(self, row: SpeechRow) -> bool:
        if self.member_id is not None:
            return row.member_id == self.member_id
        return row.guest_id == self.guest_id


# --- the queue model ------------------------------------------------------------------


class SpeechQueueModel(QAbstractTableModel):
    """The speeches of one agenda item in queue order; waiting ones can be dragged.

    A drop asks for a move through ``move_requested(speech_id, position)``; the
    tab runs it as an undoable action and the model is reloaded from the services.
    """

    move_requested = Signal(int, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[SpeechRow] = []
        self._now: datetime | None = None

    # --- data in ----------------------------------------------------------------------

    def set_rows(self, rows: Sequence[SpeechRow], now: datetime | None = None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._now = now
        self.endResetModel()

    def set_now(self, now: datetime) -> None:
        """Move the clock: only the spoken time of a running speech changes."""
        self._now = now
        for row, speech in enumerate(self._rows):
            if speech.running_since is not None:
                index = self.index(row, COL_SPOKEN)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])

    # --- data out ---------------------------------------------------------------------

    def rows(self) -> list[SpeechRow]:
        return list(self._rows)

    def speech(self, row: int) -> SpeechRow:
        return self._rows[row]

    def row_of(self, speech_id: int) -> int:
        return next((n for n, r in enumerate(self._rows) if r.id == speech_id), -1)

    def first_waiting(self) -> int:
        """The row of the first speech not yet started (len when none waits)."""
        return next((n for n, r in enumerate(self._rows) if r.state == "queued"), len(self._rows))

    def spoken(self, speech: SpeechRow) -> int:
        if self._now is None:
            return speech.elapsed_seconds
        return elapsed(speech.elapsed_seconds, speech.running_since, self._now)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("No."),
            self.tr("Speaker"),
            self.tr("Kind"),
            self.tr("State"),
            self.tr("Spoken"),
            self.tr("Limit"),
        )[section]

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        speech, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(index.row(), speech, col)
        if role == ID_ROLE:
            return int(speech.id)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (
            COL_POSITION,
            COL_SPOKEN,
            COL_LIMIT,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if speech.state in ("speaking", "paused"):
                return QBrush(_SPEAKING_COLOUR)
            if speech.state == "done":
                return QBrush(_DONE_COLOUR)
        if role == Qt.ItemDataRole.FontRole and speech.state in ("speaking", "paused"):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(speech)
        return None

    def _display(self, row: int, speech: SpeechRow, col: int) -> str:
        if col == COL_POSITION:
            return str(row + 1)
        if col == COL_SPEAKER:
            return speech.speaker
        if col == COL_KIND:
            return kind_short(speech.kind)
        if col == COL_STATE:
            return state_text(speech.state)
        if col == COL_SPOKEN:
            return clock_text(self.spoken(speech)) if speech.started_at else ""
        return clock_text(speech.limit_seconds)

    def _tooltip(self, speech: SpeechRow) -> str:
        lines = [f"{speech.speaker} — {kind_text(speech.kind)}"]
        if speech.started_at:
            lines.append(self.tr("Started at %1").replace("%1", _hhmmss(speech.started_at)))
        if speech.ended_at:
            lines.append(self.tr("Ended at %1").replace("%1", _hhmmss(speech.ended_at)))
        if speech.text:
            lines.append(
                self.tr("Text attached (%1 characters)").replace("%1", str(len(speech.text)))
            )
        if speech.summary:
            lines.append(speech.summary[:300])
        return "\n".join(lines)

    # --- drag and drop ----------------------------------------------------------------

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._rows[index.row()].state == "queued":
            base |= Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled
        return base

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [SPEECH_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if rows:
            data.setData(SPEECH_MIME, QByteArray(str(int(self._rows[rows[0]].id)).encode()))
        return data

    def drop_position(
        self, speech_id: int, row: int, parent: QModelIndex | QPersistentModelIndex
    ) -> int | None:
        """The 1-based queue position a drop before ``row`` means (None: no move)."""
        source = self.row_of(speech_id)
        if source < 0 or self._rows[source].state != "queued":
            return None
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._rows)
        row = max(row, self.first_waiting())  # never before a speech already given
        target = row - 1 if row > source else row
        return None if target == source else target + 1

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        if action != Qt.DropAction.MoveAction or not data.hasFormat(SPEECH_MIME):
            return False
        try:
            speech_id = int(bytes(data.data(SPEECH_MIME).data()).decode())
        except ValueError:
            return False
        position = self.drop_position(speech_id, row, parent)
        if position is not None:
            self.move_requested.emit(speech_id, position)
        # False: the view must not remove the dragged row itself (the reload did it).
        return False


# --- the prepared text dialog ---------------------------------------------------------


class PreparedTextDialog(QDialog):
    """The text of a prepared contribution, typed or pasted, or loaded from a .txt file."""

    def __init__(self, text: str = "", speaker: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preparedTextDialog")
        self.setWindowTitle(self.tr("Text of the prepared contribution"))
        self.resize(640, 480)
        layout = QVBoxLayout(self)
        if speaker:
            layout.addWidget(QLabel(self.tr("Contribution of %1").replace("%1", speaker)))
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("preparedText")
        self.editor.setPlainText(text)
        self.editor.setPlaceholderText(self.tr("Paste or type the text handed in…"))
        layout.addWidget(self.editor, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.load_button = buttons.addButton(
            self.tr("Load a .txt file…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.load_button.clicked.connect(self._load)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def text(self) -> str:
        return self.editor.toPlainText()[:MAX_TEXT]

    def _load(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Load the text"), "", self.tr("Text files (*.txt);;All files (*)")
        )
        if name:
            self.load_file(Path(name))

    def load_file(self, path: Path) -> None:
        try:
            self.editor.setPlainText(read_text_file(path)[:MAX_TEXT])
        except OSError as error:
            self.editor.setPlaceholderText(describe(error))


# --- the tab ----------------------------------------------------------------------------


class SpeechesTab(QWidget):
    """Register speakers, run the speaking clock, write the summaries, see the statistics."""

    def __init__(self, ctx: CongressContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._item_id: AgendaItemId | None = None
        self._items: list[AgendaItemRow] = []
        self._people: list[Person] = []
        self._rows: list[SpeechRow] = []
        self._editing_id: SpeechId | None = None  # the speech in the summary editor
        self._editing: SpeechRow | None = None  # that speech as last read
        self._summary_dirty = False
        self._section_dirty = False
        self._loading = False  # filling fields from the data: not the secretary typing
        self._refreshing = False
        self._auto_kind = False  # the kind was preselected for the superior representative
        self._pending_text = ""  # "Attach text…" for the next registration
        self._warn_seconds = 60
        self._stats_second: datetime | None = None
        self._found: list[Person] = []  # the search results, in the list's order
        self._moved_to: Person | None = None  # the result moved to with the arrows
        self.statistics = Statistics((), {})
        self.model = SpeechQueueModel(self)
        self.model.move_requested.connect(self._on_move_requested)
        self._build()
        self._build_actions()
        self.setFocusProxy(self.search)
        self.search.installEventFilter(self)
        self.summary.installEventFilter(self)

        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.save_timer = QTimer(self)
        self.save_timer.setSingleShot(True)
        self.save_timer.setInterval(IDLE_SAVE_MS)
        self.save_timer.timeout.connect(self.save_notes)

        ctx.changed.connect(self._on_changed)
        ctx.opened.connect(self.refresh)
        ctx.closed.connect(self.refresh)
        self.refresh()
        state.restore_splitter(STATE_KEY, self.splitter)

    # --- building -----------------------------------------------------------------------

    def _build(self) -> None:
        top = QHBoxLayout()
        item_label = QLabel(self.tr("Agenda item:"))
        self.item_combo = QComboBox()
        self.item_combo.setObjectName("speechItem")
        self._compact(self.item_combo)
        self.item_combo.activated.connect(self._on_item_chosen)
        item_label.setBuddy(self.item_combo)
        self.follow_box = QCheckBox(self.tr("Follow the item under way"))
        self.follow_box.setObjectName("speechFollow")
        self.follow_box.setChecked(True)
        self.follow_box.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.follow_box.toggled.connect(self._on_follow_toggled)
        top.addWidget(item_label)
        top.addWidget(self.item_combo, 1)
        top.addWidget(self.follow_box)

        self.feedback = QLabel()
        self.feedback.setObjectName("speechFeedback")
        self.feedback.setWordWrap(True)
        self.feedback.setMinimumHeight(self.feedback.fontMetrics().height() + 14)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("speechSplitter")
        self.splitter.addWidget(self._build_queue_side())
        self.splitter.addWidget(self._build_speaking_side())
        self.splitter.addWidget(self._build_statistics_side())
        for index, stretch in enumerate((4, 4, 3)):
            self.splitter.setStretchFactor(index, stretch)
            self.splitter.setCollapsible(index, False)
        self.splitter.setSizes([440, 480, 340])
        self.splitter.splitterMoved.connect(self._save_splitter)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.feedback)
        layout.addWidget(self.splitter, 1)

    def _build_queue_side(self) -> QWidget:
        side = QWidget()
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)

        register = QGroupBox(self.tr("Register a speaker"))
        box = QVBoxLayout(register)
        self.search = QLineEdit()
        self.search.setObjectName("speechSearch")
        self.search.setPlaceholderText(self.tr("Type a name, without diacritics if you like…"))
        self.search.setClearButtonEnabled(True)
        big = QFont(self.search.font())
        big.setPointSizeF(big.pointSizeF() * 1.3)
        self.search.setFont(big)
        self.search.setMinimumHeight(34)
        self.search.textChanged.connect(self._on_search_edited)
        self.search.returnPressed.connect(self.register_selected)
        box.addWidget(self.search)
        self.results = QListWidget()
        self.results.setObjectName("speechResults")
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the search field keeps the keys
        # Rows tall enough for stacked Vietnamese marks (ễ, ặ); long lines are elided.
        self._result_height = self.results.fontMetrics().height() + 8
        self.results.setUniformItemSizes(True)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.results.setFixedHeight(self._result_height * 5 + 2 * self.results.frameWidth())
        self.results.currentRowChanged.connect(self._on_person_changed)
        self.results.itemDoubleClicked.connect(lambda _item: self.register_selected())
        box.addWidget(self.results)
        row = QHBoxLayout()
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("speechKind")
        for kind in (SpeechKind.PREPARED, SpeechKind.FLOOR, SpeechKind.ADDRESS, SpeechKind.REPLY):
            self.kind_combo.addItem(kind_text(kind), str(kind))
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(str(SpeechKind.FLOOR)))
        self._compact(self.kind_combo)
        self.kind_combo.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.kind_combo.activated.connect(self._on_kind_chosen)
        self.attach_button = key_button(self.tr("Attach text…"), "attachTextButton")
        self.attach_button.clicked.connect(self.attach_text)
        self.register_button = key_button(self.tr("Register (Enter)"), "registerButton")
        self.register_button.clicked.connect(self.register_selected)
        row.addWidget(self.kind_combo, 1)
        row.addWidget(self.attach_button)
        row.addWidget(self.register_button)
        box.addLayout(row)
        self.attached_label = QLabel()
        self.attached_label.setObjectName("attachedLabel")
        self.attached_label.setStyleSheet("QLabel { color: #555; }")
        self.attached_label.setVisible(False)
        box.addWidget(self.attached_label)
        column.addWidget(register)

        self.queue_label = QLabel(self.tr("Queue"))
        bold = QFont(self.queue_label.font())
        bold.setBold(True)
        self.queue_label.setFont(bold)
        column.addWidget(self.queue_label)
        self.queue = QTableView()
        self.queue.setObjectName("speechQueue")
        self.queue.setModel(self.model)
        self.queue.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.queue.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.queue.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.queue.setDragEnabled(True)
        self.queue.setAcceptDrops(True)
        self.queue.setDropIndicatorShown(True)
        self.queue.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.queue.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.queue.setDragDropOverwriteMode(False)
        self.queue.setWordWrap(False)
        self.queue.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.queue.verticalHeader().setVisible(False)
        rows = self.queue.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.queue.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(COL_SPEAKER, QHeaderView.ResizeMode.Stretch)
        for col in (COL_POSITION, COL_KIND, COL_STATE, COL_SPOKEN, COL_LIMIT):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.queue.selectionModel().selectionChanged.connect(self._on_queue_selection)
        self.queue.selectionModel().currentChanged.connect(self._on_queue_current)
        column.addWidget(self.queue, 1)

        buttons = QHBoxLayout()
        self.up_button = key_button(self.tr("Up (Ctrl+Up)"), "moveUpButton")
        self.down_button = key_button(self.tr("Down (Ctrl+Down)"), "moveDownButton")
        self.remove_button = key_button(self.tr("Remove (Del)"), "removeSpeechButton")
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        column.addLayout(buttons)
        return side

    def _build_speaking_side(self) -> QWidget:
        side = QWidget()
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)

        panel = QFrame()
        panel.setObjectName("speakingPanel")
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        box = QVBoxLayout(panel)
        self.speaker_label = QLabel()
        self.speaker_label.setObjectName("speakerName")
        self.speaker_label.setWordWrap(True)
        self.speaker_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        name_font = QFont(self.speaker_label.font())
        name_font.setPointSizeF(name_font.pointSizeF() * 1.9)
        name_font.setBold(True)
        self.speaker_label.setFont(name_font)
        self.speaker_detail = QLabel()
        self.speaker_detail.setObjectName("speakerDetail")
        self.speaker_detail.setWordWrap(True)
        self.speaker_detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown = CountdownWidget()
        self.next_label = QLabel()
        self.next_label.setObjectName("nextSpeaker")
        self.next_label.setWordWrap(True)
        self.next_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_label.setStyleSheet("QLabel { color: #444; }")
        box.addWidget(self.speaker_label)
        box.addWidget(self.speaker_detail)
        box.addWidget(self.countdown)
        box.addWidget(self.next_label)
        keys = QGridLayout()
        self.next_button = key_button(self.tr("Next speaker (F9)"), "nextSpeakerButton")
        self.pause_button = key_button(self.tr("Pause (F8)"), "pauseButton")
        self.finish_button = key_button(self.tr("End speech (Shift+F9)"), "finishButton")
        strong = QFont(self.next_button.font())
        strong.setBold(True)
        self.next_button.setFont(strong)
        for button in (self.next_button, self.pause_button, self.finish_button):
            button.setMinimumHeight(34)
        keys.addWidget(self.next_button, 0, 0, 1, 2)
        keys.addWidget(self.pause_button, 1, 0)
        keys.addWidget(self.finish_button, 1, 1)
        box.addLayout(keys)
        column.addWidget(panel)

        notes = QGroupBox(self.tr("Summary for the minutes"))
        form = QVBoxLayout(notes)
        self.notes_title = QLabel()
        self.notes_title.setObjectName("notesTitle")
        self.notes_title.setWordWrap(True)
        form.addWidget(self.notes_title)
        self.summary = QPlainTextEdit()
        self.summary.setObjectName("speechSummary")
        self.summary.setPlaceholderText(self.tr("What the speaker said, in a few sentences…"))
        self.summary.setTabChangesFocus(True)
        self.summary.textChanged.connect(self._on_summary_typed)
        form.addWidget(self.summary, 1)
        grid = QGridLayout()
        section_label = QLabel(self.tr("Resolution section:"))
        self.section = QLineEdit()
        self.section.setObjectName("speechSection")
        self.section.setToolTip(
            self.tr("The link to the resolution's sections arrives with the resolution feature")
        )
        self.section.setPlaceholderText(self.tr("e.g. 2. Targets"))
        self.section.textEdited.connect(self._on_section_typed)
        self.section.editingFinished.connect(self.save_notes)
        section_label.setBuddy(self.section)
        grid.addWidget(section_label, 0, 0)
        grid.addWidget(self.section, 0, 1, 1, 3)
        kind_label = QLabel(self.tr("Kind:"))
        self.edit_kind = QComboBox()
        self.edit_kind.setObjectName("speechEditKind")
        for kind in (SpeechKind.PREPARED, SpeechKind.FLOOR, SpeechKind.ADDRESS, SpeechKind.REPLY):
            self.edit_kind.addItem(kind_text(kind), str(kind))
        self.edit_kind.activated.connect(self._on_edit_kind)
        self._compact(self.edit_kind)
        kind_label.setBuddy(self.edit_kind)
        limit_label = QLabel(self.tr("Limit:"))
        self.limit_spin = QSpinBox()
        self.limit_spin.setObjectName("speechLimit")
        self.limit_spin.setRange(1, 240)
        self.limit_spin.setSuffix(self.tr(" min"))
        self.limit_spin.setKeyboardTracking(False)
        self.limit_spin.valueChanged.connect(self._on_limit_changed)
        limit_label.setBuddy(self.limit_spin)
        grid.addWidget(kind_label, 1, 0)
        grid.addWidget(self.edit_kind, 1, 1)
        grid.addWidget(limit_label, 1, 2)
        grid.addWidget(self.limit_spin, 1, 3)
        grid.setColumnStretch(1, 1)
        form.addLayout(grid)
        bottom = QHBoxLayout()
        self.text_button = key_button(self.tr("Prepared text…"), "preparedTextButton")
        self.text_button.clicked.connect(self.edit_text)
        self.saved_label = QLabel()
        self.saved_label.setObjectName("notesSaved")
        self.saved_label.setStyleSheet("QLabel { color: #6b6b6b; }")
        bottom.addWidget(self.text_button)
        bottom.addStretch(1)
        bottom.addWidget(self.saved_label)
        form.addLayout(bottom)
        column.addWidget(notes, 1)
        return side

    def _build_statistics_side(self) -> QWidget:
        side = QGroupBox(self.tr("Speaking statistics"))
        column = QVBoxLayout(side)
        self.groups_table = QTableWidget(len(GROUPS), 3)
        self.groups_table.setObjectName("speechGroups")
        self.groups_table.setHorizontalHeaderLabels(
            [self.tr("Group"), self.tr("Speeches"), self.tr("Time")]
        )
        self._read_only(self.groups_table)
        self.groups_table.verticalHeader().setVisible(False)
        self.groups_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.groups_table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self._fit_columns(self.groups_table)
        for row, group in enumerate(GROUPS):
            self._set_cell(self.groups_table, row, 0, group_text(group), right=False)
        total = QFont(self.groups_table.font())
        total.setBold(True)
        for col in range(3):
            self._set_cell(self.groups_table, len(GROUPS) - 1, col, "", right=col > 0).setFont(
                total
            )
        self._set_cell(self.groups_table, len(GROUPS) - 1, 0, group_text("all"), right=False)
        height = (
            self.groups_table.horizontalHeader().sizeHint().height()
            + len(GROUPS) * (self.fontMetrics().height() + 8)
            + 2 * self.groups_table.frameWidth()
        )
        self.groups_table.setFixedHeight(height)
        self.groups_table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.groups_table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        column.addWidget(self.groups_table)
        people_label = QLabel(self.tr("Per person (most time first)"))
        column.addWidget(people_label)
        self.people_table = QTableWidget(0, 3)
        self.people_table.setObjectName("speechPeople")
        self.people_table.setHorizontalHeaderLabels(
            [self.tr("Speaker"), self.tr("Speeches"), self.tr("Time")]
        )
        self._read_only(self.people_table)
        self.people_table.verticalHeader().setVisible(False)
        self.people_table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self._fit_columns(self.people_table)
        column.addWidget(self.people_table, 1)
        side.setMinimumWidth(260)
        return side

    @staticmethod
    def _fit_columns(table: QTableWidget) -> None:
        """The first column takes the room left; the figures keep their width."""
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, table.columnCount()):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)

    @staticmethod
    def _read_only(table: QTableWidget) -> None:
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        table.setWordWrap(False)

    @staticmethod
    def _compact(combo: QComboBox) -> None:
        """A combo that does not widen the pane to its longest entry (it elides instead)."""
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)

    def _build_actions(self) -> None:
        def add(
            text: str,
            keys: QKeySequence,
            slot: Callable[[], None],
            button: QPushButton | None,
            owner: QWidget,
            context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetWithChildrenShortcut,
        ) -> QAction:
            return tab_action(owner, text, keys, slot, owner=owner, context=context, button=button)

        self.next_action = add(
            self.tr("Next speaker"),
            QKeySequence(Qt.Key.Key_F9),
            self.call_next,
            self.next_button,
            self,
        )
        self.pause_action = add(
            self.tr("Pause or resume"),
            QKeySequence(Qt.Key.Key_F8),
            self.toggle_pause,
            self.pause_button,
            self,
        )
        self.finish_action = add(
            self.tr("End speech"),
            QKeySequence(Qt.Modifier.SHIFT | Qt.Key.Key_F9),
            self.finish,
            self.finish_button,
            self,
        )
        self.up_action = add(
            self.tr("Move up"),
            QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Up),
            lambda: self.move_selected(-1),
            self.up_button,
            self,
        )
        self.down_action = add(
            self.tr("Move down"),
            QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Down),
            lambda: self.move_selected(1),
            self.down_button,
            self,
        )
        # Delete only in the queue: in the summary or the search it deletes text.
        self.remove_action = add(
            self.tr("Remove from the queue"),
            QKeySequence(QKeySequence.StandardKey.Delete),
            self.remove_selected,
            self.remove_button,
            self.queue,
            Qt.ShortcutContext.WidgetShortcut,
        )

    # --- reading ----------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload from the services, keeping the chosen item, the selection and unsaved notes."""
        if self._refreshing:
            return
        self._refreshing = True
        try:
            self._refresh()
        finally:
            self._refreshing = False
        self._sync_editor()
        self._update_enabled()

    def _refresh(self) -> None:
        store = self.ctx.store
        keep = self.selected_speech()
        if store is None:
            self._items, self._people, self._rows = [], [], []
            self._item_id = None
            self._fill_items(None)
            self.model.set_rows([])
            self._update_results()
            self._update_speaking()
            self._show_statistics(Statistics((), {}))
            return
        self._warn_seconds = int(settings.get(store, "speeches.warn_seconds"))
        self._items = agenda.list_items(store)
        progress = agenda.progress(store)
        self._choose_item(progress.current, progress.following)
        self._fill_items(progress.current)
        self._people = self._read_people()
        now = store.clock()
        self._rows = speeches.queue(store, self._item_id) if self._item_id is not None else []
        self.model.set_rows(self._rows, now)
        current = self.current_speech()
        if keep is not None and self._select_speech(keep.id):
            pass
        elif current is not None:
            self._select_speech(current.id)
        self._update_results()
        self._update_speaking()
        self.countdown.update_time(now)
        self._update_statistics(now)

    def _choose_item(self, current: AgendaItemRow | None, following: AgendaItemRow | None) -> None:
        ids = [item.id for item in self._items]
        if self.follow_box.isChecked() and current is not None:
            self._item_id = current.id
        elif self._item_id not in ids:
            fallback = current or following or (self._items[0] if self._items else None)
            self._item_id = fallback.id if fallback else None

    def _fill_items(self, current: AgendaItemRow | None) -> None:
        self.item_combo.blockSignals(True)
        self.item_combo.clear()
        for item in self._items:
            if current is not None and item.id == current.id:
                mark = "▶ "
            elif item.ended_at is not None:
                mark = "✓ "
            else:
                mark = ""
            self.item_combo.addItem(f"{mark}{item.position}. {item.title}", int(item.id))
        if self._item_id is not None:
            self.item_combo.setCurrentIndex(self.item_combo.findData(int(self._item_id)))
        self.item_combo.blockSignals(False)

    def _read_people(self) -> list[Person]:
        store = self.ctx.require()
        people = [
            Person(m.id, None, m.full_name, m.position, fold(m.full_name))
            for m in roster.list_members(store)
        ]
        people += [
            Person(
                None,
                g.id,
                g.full_name,
                g.title,
                fold(g.full_name),
                superior_representative=g.superior_representative,
            )
            for g in roster.list_guests(store)
        ]
        return people

    def _on_changed(self, action: str) -> None:
        if action.startswith("attendance."):
            return  # a scanner at the door: nothing here changes
        self.refresh()

    def current_speech(self) -> SpeechRow | None:
        """The speech under way (speaking or paused) in the chosen item."""
        running = [r for r in self._rows if r.state in ("speaking", "paused")]
        return running[-1] if running else None

    def waiting(self) -> list[SpeechRow]:
        return [r for r in self._rows if r.state == "queued"]

    def item_id(self) -> AgendaItemId | None:
        return self._item_id

    # --- the item -----------------------------------------------------------------------

    def select_item(self, item_id: AgendaItemId) -> None:
        """Show another item's queue (stops following the item under way unless it is it)."""
        self.save_notes()
        self._item_id = item_id
        current = agenda.progress(self.ctx.require()).current if self.ctx.store else None
        self.follow_box.blockSignals(True)
        self.follow_box.setChecked(current is not None and current.id == item_id)
        self.follow_box.blockSignals(False)
        self.queue.clearSelection()
        self.refresh()

    def _on_item_chosen(self, index: int) -> None:
        if index >= 0:
            self.select_item(AgendaItemId(int(self.item_combo.itemData(index))))
            self.search.setFocus()

    def _on_follow_toggled(self, checked: bool) -> None:
        if checked:
            self.save_notes()
            self.queue.clearSelection()
            self.refresh()

    # --- search and registration ----------------------------------------------------

    def matches(self) -> list[Person]:
        if not fold(self.search.text()):
            return []
        return [p for p in self._people if name_search.matches(self.search.text(), p.name)]

    def _unique_row(self) -> int:
        """The row of the person the text names unambiguously, else -1 (a choice waits)."""
        found = name_search.search(self.search.text(), [p.name for p in self._found])
        return -1 if found.unique is None else found.unique

    def _on_search_edited(self) -> None:
        self._moved_to = None  # new text: a new choice
        self._update_results()

    def _update_results(self) -> None:
        # Only a person the secretary moved to with the arrows stays chosen; else
        # the text must name one person unambiguously (name_search).
        keep = self._moved_to
        found = self.matches()
        waiting = self.waiting()
        self._found = found
        self.results.blockSignals(True)
        self.results.clear()
        for person in found:
            text = person.name
            if any(person.same(r) for r in waiting):
                text += " · " + self.tr("already waiting")
            if person.guest_id is not None:  # before the (long) title, so it is never elided
                detail = self.tr("guest: %1").replace("%1", person.detail)
                text += " — " + (detail if person.detail else self.tr("guest"))
            elif person.detail:
                text += f" — {person.detail}"
            entry = QListWidgetItem(text)
            entry.setToolTip(text)
            entry.setSizeHint(QSize(0, self._result_height))
            self.results.addItem(entry)
        self.results.blockSignals(False)
        row = found.index(keep) if keep in found else self._unique_row()
        self.results.setCurrentRow(row)
        self._on_person_changed(self.results.currentRow())

    def selected_person(self) -> Person | None:
        row = self.results.currentRow()
        return self._found[row] if 0 <= row < len(self._found) else None

    def _on_person_changed(self, _row: int) -> None:
        person = self.selected_person()
        if person is not None and person.superior_representative:
            self._set_kind(SpeechKind.ADDRESS)
            self._auto_kind = True
        elif self._auto_kind:
            self._set_kind(SpeechKind.FLOOR)
            self._auto_kind = False

    def _set_kind(self, kind: SpeechKind) -> None:
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(str(kind)))

    def chosen_kind(self) -> SpeechKind:
        return SpeechKind(str(self.kind_combo.currentData()))

    def _on_kind_chosen(self, _index: int) -> None:
        self._auto_kind = False
        self.search.setFocus()

    def attach_text(self) -> None:
        """The text of a prepared contribution, for the next registration."""
        person = self.selected_person()
        dialog = PreparedTextDialog(self._pending_text, person.name if person else "", self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.set_pending_text(dialog.text())
        self.search.setFocus()

    def set_pending_text(self, text: str) -> None:
        self._pending_text = text.strip()
        if self._pending_text and self.chosen_kind() is SpeechKind.FLOOR:
            self._set_kind(SpeechKind.PREPARED)
            self._auto_kind = False
        self.attached_label.setVisible(bool(self._pending_text))
        self.attached_label.setText(
            self.tr("Text attached (%1 characters): it goes with the next registration.").replace(
                "%1", str(len(self._pending_text))
            )
        )

    def register_selected(self) -> None:
        """Enter: register the selected person with the chosen kind."""
        person = self.selected_person()
        if self.ctx.store is None or self._item_id is None:
            return
        if person is None:
            if len(self._found) > 1:
                self._fail(
                    self.tr("%1 people match — choose with ↑ ↓").replace(
                        "%1", str(len(self._found))
                    )
                )
            elif self.search.text().strip():
                self._fail(self.tr("Nobody matches “%1”.").replace("%1", self.search.text()))
            return
        item_id, kind, text = self._item_id, self.chosen_kind(), self._pending_text

        def do() -> str:
            row = speech_actions.register(
                self.ctx,
                item_id,
                member_id=person.member_id,
                guest_id=person.guest_id,
                kind=kind,
                text=text,
            )
            return (
                self.tr("✓ %1 registered: %2, no. %3 in the queue")
                .replace("%1", row.speaker)
                .replace("%2", kind_text(row.kind))
                .replace("%3", str(row.position))
            )

        if self._perform(do):
            self.search.clear()
            self.set_pending_text("")
            self._auto_kind = False
            self._set_kind(SpeechKind.FLOOR)
        self.search.setFocus()

    # --- the queue ----------------------------------------------------------------------

    def selected_speech(self) -> SpeechRow | None:
        rows = self.queue.selectionModel().selectedRows()
        if not rows or not 0 <= rows[0].row() < self.model.rowCount():
            return None
        return self.model.speech(rows[0].row())

    def _select_speech(self, speech_id: int) -> bool:
        row = self.model.row_of(speech_id)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.queue.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.queue.scrollTo(index)
        return True

    def _on_queue_selection(self, *_args: object) -> None:
        if self._refreshing:
            return
        self._sync_editor()
        self._update_enabled()

    def _on_queue_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        # The keyboard entering the queue makes a row current without selecting it:
        # select it, so Delete and Ctrl+arrows act on the row that shows the focus.
        if self._refreshing or not current.isValid() or self.selected_speech() is not None:
            return
        self.queue.selectionModel().select(
            current,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def move_selected(self, step: int) -> None:
        """Ctrl+Up / Ctrl+Down: move the selected waiting speech among the waiting ones."""
        speech = self.selected_speech()
        if speech is None or speech.state != "queued":
            self._fail(self.tr("Select a waiting speaker in the queue first."))
            return
        row = self.model.row_of(speech.id)
        target = row + step
        if not self.model.first_waiting() <= target < self.model.rowCount():
            return  # already first or last of the waiting ones
        self._move(speech, target + 1)

    def _on_move_requested(self, speech_id: int, position: int) -> None:
        row = self.model.row_of(speech_id)
        if row >= 0:
            self._move(self.model.speech(row), position)

    def _move(self, speech: SpeechRow, position: int) -> None:
        def do() -> str:
            speech_actions.move(self.ctx, speech.id, position)
            return (
                self.tr("✓ %1 moved to no. %2")
                .replace("%1", speech.speaker)
                .replace("%2", str(position))
            )

        self._perform(do)
        self._select_speech(speech.id)

    def remove_selected(self) -> None:
        """Delete (in the queue): take a waiting speech out of the queue (undoable)."""
        speech = self.selected_speech()
        if speech is None:
            return
        if speech.state != "queued":
            self._fail(
                self.tr("%1 has already spoken: only a waiting speech can be removed.").replace(
                    "%1", speech.speaker
                )
            )
            return

        def do() -> str:
            speech_actions.remove(self.ctx, speech.id)
            return self.tr("✓ %1 removed from the queue").replace("%1", speech.speaker)

        self._perform(do)

    # --- the speaking clock ---------------------------------------------------------------

    def call_next(self) -> None:
        """F9: end the current speech and give the floor to the first one waiting."""
        if self.ctx.store is None or self._item_id is None:
            return
        item_id, current = self._item_id, self.current_speech()
        if not self.waiting():
            if current is not None:
                self.finish()
                return
            self._fail(self.tr("Nobody is waiting to speak on this item."))
            return
        holder: dict[str, SpeechRow] = {}

        def do() -> str:
            holder["row"] = speech_actions.call_next(self.ctx, item_id)
            started = holder["row"].started_at
            return (
                self.tr("✓ %1 has the floor (%2)")
                .replace("%1", holder["row"].speaker)
                .replace("%2", _hhmmss(started))
            )

        if self._perform(do):
            self._select_speech(holder["row"].id)

    def toggle_pause(self) -> None:
        """F8: pause the current speech, or resume it."""
        current = self.current_speech()
        if current is None:
            self._fail(self.tr("Nobody is speaking."))
            return
        if current.state == "speaking":

            def do() -> str:
                speech_actions.pause(self.ctx, current.id)
                return self.tr("⏸ %1 paused").replace("%1", current.speaker)

        else:

            def do() -> str:
                speech_actions.resume(self.ctx, current.id)
                return self.tr("✓ %1 resumed").replace("%1", current.speaker)

        self._perform(do)

    def finish(self) -> None:
        """Shift+F9: end the current speech without calling anyone."""
        current = self.current_speech()
        if current is None:
            self._fail(self.tr("Nobody is speaking."))
            return

        def do() -> str:
            speech_actions.finish(self.ctx, current.id)
            return self.tr("✓ The speech of %1 ended").replace("%1", current.speaker)

        self._perform(do)

    def _update_speaking(self) -> None:
        current = self.current_speech()
        waiting = self.waiting()
        if current is None:
            self.speaker_label.setText(self.tr("Nobody is speaking"))
            self.speaker_detail.setText("")
        else:
            self.speaker_label.setText(current.speaker)
            detail = [kind_text(current.kind)]
            position = self._detail_of(current)
            if position:
                detail.insert(0, position)
            since = current.started_at.strftime("%H:%M") if current.started_at else ""
            detail.append(self.tr("since %1").replace("%1", since))
            self.speaker_detail.setText(" · ".join(detail))
        self.countdown.set_speech(current, self._warn_seconds)
        if waiting:
            self.next_label.setText(
                self.tr("Next: %1 (%2 waiting)")
                .replace("%1", waiting[0].speaker)
                .replace("%2", str(len(waiting)))
            )
        else:
            self.next_label.setText(self.tr("Nobody is waiting"))
        paused = current is not None and current.state == "paused"
        self.pause_button.setText(self.tr("Resume (F8)") if paused else self.tr("Pause (F8)"))

    def _detail_of(self, speech: SpeechRow) -> str:
        person = next((p for p in self._people if p.same(speech)), None)
        return person.detail if person else ""

    # --- the notes ----------------------------------------------------------------------

    def editing_speech(self) -> SpeechRow | None:
        """The speech whose summary is in the editor: the selected one, else the current one."""
        return self.selected_speech() or self.current_speech()

    def _sync_editor(self) -> None:
        """Show the notes of the speech the editor is for, never losing unsaved typing."""
        row = self.editing_speech()
        if row is None or row.id != self._editing_id:
            previous = self._editing
            self._editing_id, self._editing = (row.id, row) if row else (None, None)
            if previous is not None and self.has_unsaved_notes():
                self._save(previous)  # the text typed for the speech shown until now
            self._summary_dirty = self._section_dirty = False
            self._load_notes(row, everything=True)
        else:
            self._editing = row
            self._load_notes(row, everything=False)

    def _load_notes(self, row: SpeechRow | None, *, everything: bool) -> None:
        self._loading = True
        try:
            if row is None:
                self.notes_title.setText(self.tr("Select a speech in the queue to summarise it."))
                self.summary.setPlainText("")
                self.section.setText("")
                self._set_saved("")
                return
            detail = self._detail_of(row)
            title = (
                self.tr("Comrade %1 (%2)").replace("%1", row.speaker).replace("%2", detail)
                if detail
                else self.tr("Comrade %1").replace("%1", row.speaker)
            )
            self.notes_title.setText(f"{title} — {kind_text(row.kind)}")
            if everything or (
                not self._summary_dirty and self.summary.toPlainText() != row.summary
            ):
                self._set_summary(row.summary)
            if everything or (
                not self._section_dirty and self.section.text().strip() != row.section
            ):
                self.section.setText(row.section)
            self.edit_kind.setCurrentIndex(self.edit_kind.findData(str(row.kind)))
            self.limit_spin.setValue(max(1, round(row.limit_seconds / 60)))
            if everything:
                self._set_saved("")
        finally:
            self._loading = False

    def _set_summary(self, text: str) -> None:
        """Replace the editor's text, keeping the cursor where it was (as far as it goes)."""
        cursor = self.summary.textCursor()
        position = cursor.position()
        self.summary.setPlainText(text)
        cursor = self.summary.textCursor()
        cursor.setPosition(min(position, len(text)))
        self.summary.setTextCursor(cursor)

    def _on_summary_typed(self) -> None:
        if self._loading or self._editing_id is None:
            return
        self._summary_dirty = True
        self._set_saved(self.tr("Not saved yet"))
        self.save_timer.start()

    def _on_section_typed(self, _text: str) -> None:
        if self._loading or self._editing_id is None:
            return
        self._section_dirty = True
        self._set_saved(self.tr("Not saved yet"))
        self.save_timer.start()

    def has_unsaved_notes(self) -> bool:
        return self._summary_dirty or self._section_dirty

    def save_notes(self) -> None:
        """Save the summary and the section of the speech in the editor, if they changed."""
        self.save_timer.stop()
        if self._editing is not None and self.has_unsaved_notes():
            self._save(self._editing)

    def _save(self, row: SpeechRow) -> None:
        summary_dirty, section_dirty = self._summary_dirty, self._section_dirty
        self._summary_dirty = self._section_dirty = False
        if self.ctx.store is None:
            return
        summary = self.summary.toPlainText() if summary_dirty else None
        section = self.section.text() if section_dirty else None
        if summary == row.summary:
            summary = None
        if section is not None and section.strip() == row.section:
            section = None
        if summary is None and section is None:
            self._set_saved(self.tr("Saved"))
            return
        try:
            speech_actions.edit(self.ctx, row.id, summary=summary, section=section)
        except SecretariatError as error:
            if self._editing_id == row.id:
                self._summary_dirty, self._section_dirty = summary_dirty, section_dirty
            self._fail(describe(error))
            return
        if self._editing_id == row.id:
            self._set_saved(self.tr("Saved"))

    def _set_saved(self, text: str) -> None:
        self.saved_label.setText(text)

    def _on_edit_kind(self, _index: int) -> None:
        row = self.editing_speech()
        kind = SpeechKind(str(self.edit_kind.currentData()))
        if row is None or row.kind is kind:
            return
        self.save_notes()
        self._perform(lambda: self._edit_quietly(row.id, kind=kind))

    def _on_limit_changed(self, minutes: int) -> None:
        row = self.editing_speech()
        if self._loading or row is None or row.limit_seconds == minutes * 60:
            return
        self.save_notes()
        self._perform(lambda: self._edit_quietly(row.id, limit_seconds=minutes * 60))

    def _edit_quietly(self, speech_id: SpeechId, **changes: object) -> str:
        speech_actions.edit(self.ctx, speech_id, **changes)  # type: ignore[arg-type]
        return ""

    def edit_text(self) -> None:
        """The prepared text of the speech in the editor (view, paste or load it)."""
        row = self.editing_speech()
        if row is None:
            return
        dialog = PreparedTextDialog(row.text, row.speaker, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.text() != row.text:
            text = dialog.text()
            self._perform(lambda: self._edit_quietly(row.id, text=text))

    # --- the clock and the statistics ---------------------------------------------------

    def tick(self) -> None:
        """Repaint what the clock moves: the countdown, the speaking times, the statistics."""
        store = self.ctx.store
        if store is None:
            return
        now = store.clock()
        self.countdown.update_time(now)
        self.model.set_now(now)
        if now.replace(microsecond=0) != self._stats_second:
            self._update_statistics(now)

    def _update_statistics(self, now: datetime) -> None:
        store = self.ctx.store
        if store is None:
            return
        self._stats_second = now.replace(microsecond=0)
        self._show_statistics(speeches.statistics(store, now))

    def _show_statistics(self, stats: Statistics) -> None:
        self.statistics = stats
        for row, group in enumerate(GROUPS):
            tally = stats.groups.get(group)
            count, seconds = (tally.speeches, tally.seconds) if tally else (0, 0)
            self._set_cell(self.groups_table, row, 1, str(count))
            self._set_cell(self.groups_table, row, 2, clock_text(seconds))
        self.people_table.setRowCount(len(stats.people))
        for row, person in enumerate(stats.people):
            self._set_cell(self.people_table, row, 0, person.speaker, right=False)
            self._set_cell(self.people_table, row, 1, str(person.speeches))
            self._set_cell(self.people_table, row, 2, clock_text(person.seconds))

    @staticmethod
    def _set_cell(
        table: QTableWidget, row: int, col: int, text: str, right: bool = True
    ) -> QTableWidgetItem:
        item = table.item(row, col)
        if item is None:
            item = QTableWidgetItem()
            if right:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, col, item)
        if item.text() != text:
            item.setText(text)
        return item

    def people_rows(self) -> list[tuple[str, str, str]]:
        """(speaker, speeches, time) as the per-person table shows them, top to bottom."""

        def cell(row: int, col: int) -> str:
            item = self.people_table.item(row, col)
            return item.text() if item else ""

        return [(cell(r, 0), cell(r, 1), cell(r, 2)) for r in range(self.people_table.rowCount())]

    def group_tally(self, group: str) -> tuple[int, str]:
        """(speeches, time text) as the statistics panel shows them for a group."""
        row = GROUPS.index(group)
        count = self.groups_table.item(row, 1)
        time = self.groups_table.item(row, 2)
        return (int(count.text()) if count else 0, time.text() if time else "")

    # --- enabling and feedback ----------------------------------------------------------

    def _update_enabled(self) -> None:
        ready = self.ctx.store is not None and self._item_id is not None
        current = self.current_speech()
        selected = self.selected_speech()
        editing = self.editing_speech()
        waiting = selected is not None and selected.state == "queued"
        self._enable(
            (self.next_action, self.next_button),
            ready and (bool(self.waiting()) or current is not None),
        )
        self._enable(
            (self.pause_action, self.pause_button, self.finish_action, self.finish_button),
            ready and current is not None,
        )
        self._enable(
            (
                self.up_action,
                self.up_button,
                self.down_action,
                self.down_button,
                self.remove_action,
                self.remove_button,
            ),
            ready and waiting,
        )
        self._enable(
            (self.search, self.register_button, self.attach_button, self.kind_combo), ready
        )
        self._enable(
            (self.summary, self.section, self.edit_kind, self.limit_spin, self.text_button),
            editing is not None,
        )

    def _enable(self, things: Sequence[QAction | QWidget], enabled: bool) -> None:
        for thing in things:
            if not enabled and isinstance(thing, QWidget) and thing.hasFocus():
                # A disabled widget drops the focus out of the tab, and the F-keys with it.
                self.search.setFocus()
            thing.setEnabled(enabled)

    def _perform(self, do: Callable[[], str]) -> bool:
        """Run an action (saving unsaved notes first); show what happened in the line."""
        self.save_notes()
        try:
            message = do()
        except SecretariatError as error:
            self._fail(self._error_text(error))
            return False
        if message:
            self._succeed(message)
        return True

    def _error_text(self, error: SecretariatError) -> str:
        if isinstance(error, ValidationError):
            texts = {
                "queue_empty": self.tr("Nobody is waiting to speak on this item."),
                "not_running": self.tr("This speech is not running."),
                "not_paused": self.tr("This speech is not paused."),
                "not_speaking": self.tr("This speech is not under way."),
            }
            if error.code in texts:
                return texts[error.code]
        return describe(error)

    def _succeed(self, text: str) -> None:
        self.feedback.setStyleSheet(OK_STYLE)
        self.feedback.setProperty("ok", True)
        self.feedback.setText(text)

    def _fail(self, text: str) -> None:
        self.feedback.setStyleSheet(ERROR_STYLE)
        self.feedback.setProperty("ok", False)
        self.feedback.setText(text)

    # --- keyboard and visibility --------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and isinstance(event, QKeyEvent):
            if (
                event.type() == QEvent.Type.KeyPress
                and event.key() in _MOVES
                and not event.modifiers() & Qt.KeyboardModifier.ControlModifier
            ):
                self._move_result(event.key())
                return True
        elif watched is self.summary and event.type() == QEvent.Type.FocusOut:
            self.save_notes()
        return super().eventFilter(watched, event)

    def _move_result(self, key: int) -> None:
        count = self.results.count()
        if not count:
            return
        step = {
            Qt.Key.Key_Up: -1,
            Qt.Key.Key_Down: 1,
            Qt.Key.Key_PageUp: -4,
            Qt.Key.Key_PageDown: 4,
        }[Qt.Key(key)]
        row = self.results.currentRow()
        start = 0 if step > 0 else count - 1  # nothing chosen yet: the first (or last) row
        self.results.setCurrentRow(start if row < 0 else max(0, min(row + step, count - 1)))
        self._moved_to = self.selected_person()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.tick()
        self.timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self.timer.stop()
        self.save_notes()
        self.save_state()
        super().hideEvent(event)

    def save_state(self) -> None:
        """Save unsaved notes and remember the splitter (the main window calls it on close)."""
        self.save_notes()
        self._save_splitter()

    def _save_splitter(self, *_args: object) -> None:
        state.save_splitter(STATE_KEY, self.splitter)
