"""The speaker queue as a table model: the speeches of one agenda item in queue
order, the waiting ones draggable (a drop asks the tab for an undoable move)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from secretariat.domain import SpeechRow
from secretariat.rules.timer import clock_text, elapsed
from ui.tabs.speeches.common import ID_ROLE, hhmmss, kind_short, kind_text, state_text

SPEECH_MIME = "application/x-secretariat-speech-id"
COL_POSITION, COL_SPEAKER, COL_KIND, COL_STATE, COL_SPOKEN, COL_LIMIT = range(6)
COLUMN_COUNT = 6
_SPEAKING_COLOUR = QColor("#14532d")
_DONE_COLOUR = QColor("#6b6b6b")


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
            lines.append(self.tr("Started at %1").replace("%1", hhmmss(speech.started_at)))
        if speech.ended_at:
            lines.append(self.tr("Ended at %1").replace("%1", hhmmss(speech.ended_at)))
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
