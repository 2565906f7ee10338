"""Table models of the roster: thin adapters over ``MemberRow`` and ``GuestRow``.

The rows come from the services already in ballot order (190-QĐ/TW Điều 14), so
a member's position in ``set_rows`` is their number on the list. Each column's
sort role is an integer rank computed once per ``set_rows`` with Vietnamese
collation, so a ``QSortFilterProxyModel`` sorts correctly without comparing
Python tuples through QVariant.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from secretariat.domain import Gender, GuestRow, MemberRow, MemberStatus
from secretariat.rules.collation import fold, vi_key

ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_CENTER = Qt.AlignmentFlag.AlignCenter


def _ranks(count: int, key: Callable[[int], Any]) -> list[int]:
    """Rank of each row when sorted by ``key``; ties keep ballot order."""
    order = sorted(range(count), key=lambda i: (key(i), i))
    ranks = [0] * count
    for rank, index in enumerate(order):
        ranks[index] = rank
    return ranks


class StatusFilter(enum.StrEnum):
    """Which members the roster shows."""

    ALL = "all"
    FULL = "full"
    PROBATIONARY = "probationary"
    EXEMPT = "exempt"
    TEMPORARY_IN = "temporary_in"
    TEMPORARY_OUT = "temporary_out"
    SUSPENDED = "suspended"

    def accepts(self, row: MemberRow) -> bool:
        match self:
            case StatusFilter.ALL:
                return True
            case StatusFilter.FULL:
                return row.status is MemberStatus.FULL
            case StatusFilter.PROBATIONARY:
                return row.status is MemberStatus.PROBATIONARY
        return bool(getattr(row, self.value))


class _RowsModel(QAbstractTableModel):
    """What both roster tables share: rows that carry an ``id``, a fixed column count."""

    COLUMN_COUNT = 0
    _rows: Sequence[MemberRow | GuestRow]

    def row_of(self, ident: int) -> int:
        """The model row of a record, or -1."""
        return next((i for i, r in enumerate(self._rows) if r.id == ident), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT


class MemberTableModel(_RowsModel):
    """Members in ballot order; read-only (edits go through ui.commands.actions)."""

    NUMBER, NAME, BIRTH_YEAR, GENDER, STATUS, CARD, POSITION, ETHNICITY, FLAGS = range(9)
    COLUMN_COUNT = 9

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[MemberRow] = []
        self._sort: dict[int, list[int]] = {}  # a column's ranks, once sorted by it

    # --- data in ----------------------------------------------------------------------

    def set_rows(self, rows: Sequence[MemberRow]) -> None:
        """Replace every row; ``rows`` must be in ballot order (as the service lists them)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._sort = {}
        self.endResetModel()

    def _ranks_of(self, column: int) -> list[int]:
        """The rank of each row sorted by ``column``: worked out when first sorted by
        it, not on every change (a roster of 1,000 is mostly shown in ballot order)."""
        ranks = self._sort.get(column)
        if ranks is None:
            ranks = self._sort[column] = self._sort_ranks(column)
        return ranks

    def _sort_ranks(self, column: int) -> list[int]:
        rows, n = self._rows, len(self._rows)
        unknown_year = 10_000
        keys: dict[int, Callable[[int], Any]] = {
            self.BIRTH_YEAR: lambda i: rows[i].birth_year or unknown_year,
            self.GENDER: lambda i: (rows[i].gender is None, rows[i].gender != Gender.MALE),
            self.STATUS: lambda i: rows[i].status is not MemberStatus.FULL,
            self.CARD: lambda i: (not rows[i].party_card_no, rows[i].party_card_no),
            self.POSITION: lambda i: (not rows[i].position, vi_key(rows[i].position)),
            self.ETHNICITY: lambda i: (not rows[i].ethnicity, vi_key(rows[i].ethnicity)),
            self.FLAGS: lambda i: (not self._flags(rows[i]), self._flags(rows[i])),
        }
        # Number and name both sort in ballot order: given name first, as lists are read.
        return _ranks(n, keys[column]) if column in keys else list(range(n))

    # --- data out ---------------------------------------------------------------------

    def rows(self) -> list[MemberRow]:
        return list(self._rows)

    def row_at(self, row: int) -> MemberRow:
        return self._rows[row]

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers()[section]
        if role == Qt.ItemDataRole.ToolTipRole and section == self.FLAGS:
            return self.tr(
                "Exempt from party activity; temporarily attached in from or out to "
                "another cell; suspended"
            )
        if role == Qt.ItemDataRole.ToolTipRole:  # the full header where it is elided
            return self._headers()[section]
        return None

    def _headers(self) -> list[str]:
        return [
            self.tr("No."),
            self.tr("Full name"),
            self.tr("Born"),
            self.tr("Gender"),
            self.tr("Status"),
            self.tr("Party card no."),
            self.tr("Position"),
            self.tr("Ethnicity"),
            self.tr("Flags"),
        ]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(index.row(), row, column)
        if role == ID_ROLE:
            return int(row.id)
        if role == SORT_ROLE:
            return self._ranks_of(column)[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            self.NUMBER,
            self.BIRTH_YEAR,
        ):
            return _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.FLAGS and self._flags(row):
                return self._flags(row, long=True)
            if column == self.NAME and row.note:
                return row.note
        return None

    def _display(self, number: int, row: MemberRow, column: int) -> str:
        match column:
            case self.NUMBER:
                return str(number + 1)
            case self.NAME:
                return row.full_name
            case self.BIRTH_YEAR:
                return str(row.birth_year) if row.birth_year else ""
            case self.GENDER:
                return self.gender_text(row.gender)
            case self.STATUS:
                return self.status_text(row.status)
            case self.CARD:
                return row.party_card_no
            case self.POSITION:
                return row.position
            case self.ETHNICITY:
                return row.ethnicity
            case self.FLAGS:
                return self._flags(row)
        return ""

    def gender_text(self, gender: Gender | None) -> str:
        if gender is Gender.MALE:
            return self.tr("Male")
        if gender is Gender.FEMALE:
            return self.tr("Female")
        return ""

    def status_text(self, status: MemberStatus) -> str:
        if status is MemberStatus.PROBATIONARY:
            return self.tr("Probationary")
        return self.tr("Full")

    def _flags(self, row: MemberRow, long: bool = False) -> str:
        words = []
        if row.exempt:
            words.append(self.tr("Exempt from party activity") if long else self.tr("Exempt"))
        if row.temporary_in:
            words.append(self.tr("Temporarily attached in") if long else self.tr("Temp. in"))
        if row.temporary_out:
            words.append(self.tr("Temporarily attached out") if long else self.tr("Temp. out"))
        if row.suspended:
            words.append(self.tr("Suspended or prosecuted") if long else self.tr("Suspended"))
        return ("\n" if long else ", ").join(words)


class MemberFilterModel(QSortFilterProxyModel):
    """Sorts by ``SORT_ROLE`` and keeps the members of a status matching a search.

    The search ignores case and diacritics ("thu ha" finds "Đỗ Thị Thu Hà") and
    also matches the party card number, which is what a scanner would type.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._status = StatusFilter.ALL
        self._search = ""
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by ``column``; by number or name, ascending, the rows keep the model's
        own order, which is the ballot order already: no sort runs. (A sort asks the
        model for some 14,000 values at 1,000 members, on each reset: a tenth of a
        second of the Congress tab's first load, issue #16.)"""
        ascending = order == Qt.SortOrder.AscendingOrder
        in_ballot_order = column in (MemberTableModel.NUMBER, MemberTableModel.NAME)
        super().sort(-1 if ascending and in_ballot_order else column, order)

    def status_filter(self) -> StatusFilter:
        return self._status

    def set_status_filter(self, status: StatusFilter) -> None:
        if status != self._status:
            self._refilter(lambda: setattr(self, "_status", status))

    def set_search(self, text: str) -> None:
        folded = fold(text)
        if folded != self._search:
            self._refilter(lambda: setattr(self, "_search", folded))

    def _refilter(self, change: Callable[[], None]) -> None:
        # Qt 6.10 replaced invalidateRowsFilter with a begin/end pair.
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            change()
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, MemberTableModel):
            return True
        row = model.row_at(source_row)
        if not self._status.accepts(row):
            return False
        if not self._search:
            return True
        card = "".join(row.party_card_no.split()).casefold()
        return self._search in fold(row.full_name) or (
            bool(card) and self._search.replace(" ", "") in card
        )


class GuestTableModel(_RowsModel):
    """Guests, the superior committee's representative first (as they are introduced)."""

    NAME, TITLE, ORGANISATION, SUPERIOR = range(4)
    COLUMN_COUNT = 4

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[GuestRow] = []
        self._sort: list[list[int]] = []

    def set_rows(self, rows: Sequence[GuestRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        rows_, n = self._rows, len(self._rows)
        keys: list[Callable[[int], Any]] = [
            lambda i: vi_key(rows_[i].full_name),
            lambda i: (not rows_[i].title, vi_key(rows_[i].title)),
            lambda i: (not rows_[i].organisation, vi_key(rows_[i].organisation)),
            lambda i: not rows_[i].superior_representative,
        ]
        self._sort = [_ranks(n, key) for key in keys]
        self.endResetModel()

    def rows(self) -> list[GuestRow]:
        return list(self._rows)

    def row_at(self, row: int) -> GuestRow:
        return self._rows[row]

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                self.tr("Full name"),
                self.tr("Title"),
                self.tr("Organisation"),
                self.tr("Superior representative"),
            ][section]
        if role == Qt.ItemDataRole.ToolTipRole and section == self.SUPERIOR:
            return self.tr("Represents the superior party committee (gives the address)")
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            match column:
                case self.NAME:
                    return row.full_name
                case self.TITLE:
                    return row.title
                case self.ORGANISATION:
                    return row.organisation
                case self.SUPERIOR:
                    return "✓" if row.superior_representative else ""
        if role == ID_ROLE:
            return int(row.id)
        if role == SORT_ROLE:
            return self._sort[column][index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.SUPERIOR:
            return _CENTER
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.TITLE, self.ORGANISATION):
            return row.title if column == self.TITLE else row.organisation
        return None


def sorted_proxy(parent: QObject | None = None) -> QSortFilterProxyModel:
    """A plain proxy that sorts by ``SORT_ROLE`` (for the guests)."""
    proxy = QSortFilterProxyModel(parent)
    proxy.setSortRole(SORT_ROLE)
    proxy.setDynamicSortFilter(True)
    return proxy
