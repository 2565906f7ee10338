"""Table model of the congress programme: a thin adapter over ``AgendaItemRow``.

The rows come from ``services.agenda.list_items`` in their order. The planned
start of each item is the session's start plus the planned minutes of the items
before it (``rules.timer.planned_starts``). The item under way is bold on a
warm tint; items already held are greyed.

Rows can be dragged to a new place. The model never reorders itself: a drop
calls the ``move`` callback it was given (the tab runs the undoable
``agenda_actions.move_item``), and the rows change when the tab reloads them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from secretariat.domain import AgendaItemId, AgendaItemRow
from secretariat.rules.timer import PlannedItem, planned_starts

COL_NUMBER, COL_TITLE, COL_PRESENTER, COL_PLANNED, COL_PLANNED_START, COL_ACTUAL, COL_VOTE = range(
    7
)
COLUMN_COUNT = 7

ID_ROLE = Qt.ItemDataRole.UserRole  # the AgendaItemId
STATE_ROLE = Qt.ItemDataRole.UserRole + 1  # "pending", "current" or "done"
MIME_TYPE = "application/x-secretariat-agenda-item"

STATE_PENDING, STATE_CURRENT, STATE_DONE = "pending", "current", "done"
TINT_CURRENT = QColor("#fff1c2")
TEXT_ON_TINT = QColor("#1f1f1f")
TEXT_DONE = QColor("#7a7a7a")

MoveCallback = Callable[[AgendaItemId, int], None]
_Index = QModelIndex | QPersistentModelIndex
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_CENTER = Qt.AlignmentFlag.AlignCenter


def hhmm(at: datetime | None) -> str:
    return at.strftime("%H:%M") if at else ""


def item_state(row: AgendaItemRow) -> str:
    if row.started_at is None:
        return STATE_PENDING
    return STATE_DONE if row.ended_at is not None else STATE_CURRENT


def actual_text(row: AgendaItemRow) -> str:
    """ "07:32 – 07:37"; "09:12 – …" while under way; "" before it starts."""
    if row.started_at is None:
        return ""
    return f"{hhmm(row.started_at)} – {hhmm(row.ended_at) if row.ended_at else '…'}"


def headers() -> list[str]:
    return [
        QCoreApplication.translate("AgendaModel", "No."),
        QCoreApplication.translate("AgendaModel", "Item"),
        QCoreApplication.translate("AgendaModel", "Presenter"),
        QCoreApplication.translate("AgendaModel", "Planned (min)"),
        QCoreApplication.translate("AgendaModel", "Planned start"),
        QCoreApplication.translate("AgendaModel", "Actual start–end"),
        QCoreApplication.translate("AgendaModel", "Vote"),
    ]


class AgendaModel(QAbstractTableModel):
    """The programme's items in order; read-only, rows reordered by drag and drop."""

    def __init__(self, parent: QObject | None = None, move: MoveCallback | None = None) -> None:
        super().__init__(parent)
        self._rows: list[AgendaItemRow] = []
        self._starts: list[datetime | None] = []
        self._move = move

    # --- data in ----------------------------------------------------------------------

    def set_move_callback(self, move: MoveCallback | None) -> None:
        self._move = move

    def set_rows(self, rows: Sequence[AgendaItemRow], session_start: datetime | None) -> None:
        """Replace every row; ``session_start`` anchors the planned starts.

        Without a session start the plan is anchored at the first item's actual
        start (as ``services.agenda.progress`` does), and blank before that.
        """
        self.beginResetModel()
        self._rows = list(rows)
        origin = session_start or next((r.started_at for r in rows if r.started_at), None)
        if origin is None:
            self._starts = [None] * len(self._rows)
        else:
            planned = [PlannedItem(r.planned_minutes, r.started_at, r.ended_at) for r in rows]
            self._starts = list(planned_starts(planned, origin))
        self.endResetModel()

    # --- data out ---------------------------------------------------------------------

    def rows(self) -> list[AgendaItemRow]:
        return list(self._rows)

    def row_at(self, row: int) -> AgendaItemRow:
        return self._rows[row]

    def row_of(self, item_id: int) -> int:
        """The row of an item, or -1."""
        return next((n for n, r in enumerate(self._rows) if r.id == item_id), -1)

    def planned_start(self, row: int) -> datetime | None:
        return self._starts[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return headers()[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        state = item_state(row)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(index.row(), column)
        if role == ID_ROLE:
            return row.id
        if role == STATE_ROLE:
            return state
        if role == Qt.ItemDataRole.FontRole and state == STATE_CURRENT:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and state == STATE_CURRENT:
            return TINT_CURRENT
        if role == Qt.ItemDataRole.ForegroundRole:
            if state == STATE_CURRENT:
                return TEXT_ON_TINT
            return TEXT_DONE if state == STATE_DONE else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in (COL_NUMBER, COL_PLANNED):
                return _RIGHT
            if column in (COL_VOTE, COL_PLANNED_START, COL_ACTUAL):
                return _CENTER
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        return None

    def _display(self, number: int, column: int) -> str:
        row = self._rows[number]
        if column == COL_NUMBER:
            return f"▶ {row.position}" if item_state(row) == STATE_CURRENT else str(row.position)
        if column == COL_TITLE:
            return row.title
        if column == COL_PRESENTER:
            return row.presenter
        if column == COL_PLANNED:
            return str(row.planned_minutes)
        if column == COL_PLANNED_START:
            return hhmm(self._starts[number])
        if column == COL_ACTUAL:
            return actual_text(row)
        if column == COL_VOTE:
            return "✓" if row.needs_vote else ""
        return ""

    @staticmethod
    def _tooltip(row: AgendaItemRow, column: int) -> str | None:
        if column == COL_TITLE:
            return row.title
        if column == COL_PRESENTER:
            return row.presenter or None
        if column == COL_VOTE and row.needs_vote:
            return QCoreApplication.translate("AgendaModel", "Voted on by show of hands")
        return None

    # --- drag and drop ----------------------------------------------------------------

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            # Drops land between rows (on the root), never on a row.
            return Qt.ItemFlag.ItemIsDropEnabled
        return super().flags(index) | Qt.ItemFlag.ItemIsDragEnabled

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if rows:
            data.setData(MIME_TYPE, QByteArray(str(int(self._rows[rows[0]].id)).encode()))
        return data

    def dragged_id(self, data: QMimeData) -> AgendaItemId | None:
        if not data.hasFormat(MIME_TYPE):
            return None
        text = bytes(data.data(MIME_TYPE).data()).decode(errors="replace")
        if not text.isdigit() or self.row_of(int(text)) < 0:
            return None
        return AgendaItemId(int(text))

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index
    ) -> bool:
        return action == Qt.DropAction.MoveAction and self.dragged_id(data) is not None

    def drop_position(self, item_id: int, row: int, parent: _Index) -> int:
        """The 1-based position ``move_item`` needs for a drop before ``row``.

        ``row`` -1 means after the last row; a drop on a row (``parent`` valid)
        takes that row's place.
        """
        source = self.row_of(item_id)
        if parent.isValid():
            return parent.row() + 1
        if row < 0 or row >= len(self._rows):
            return len(self._rows)
        # move_item takes the item out first: the rows after it shift up by one.
        return row if source < row else row + 1

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index
    ) -> bool:
        item_id = self.dragged_id(data)
        if action != Qt.DropAction.MoveAction or item_id is None or self._move is None:
            return False
        self._move(item_id, self.drop_position(item_id, row, parent))
        return True
