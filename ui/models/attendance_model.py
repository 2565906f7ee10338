"""Table model of the attendance screen: one row per member, in ballot order.

A thin adapter over plain rows (``MemberRow`` plus the member's
``MemberAttendance`` in one session). The search at the door runs on every
keystroke, so the filter lives here rather than in a proxy: the folded name and
the bare card number are computed once in ``set_rows`` and a keystroke is one
pass of substring tests over plain Python strings, with no service call.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from secretariat.domain import AttendanceState, MemberId, MemberRow, MemberStatus
from secretariat.rules import eligibility
from secretariat.rules.collation import fold, vi_key
from secretariat.rules.name_search import matches, search
from secretariat.services.attendance import MemberAttendance

COL_NUMBER, COL_NAME, COL_POSITION, COL_STATUS, COL_ATTENDANCE = range(5)
COLUMN_COUNT = 5

ID_ROLE = Qt.ItemDataRole.UserRole  # the MemberId
SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # an int rank per column, ballot order on ties
STATE_ROLE = Qt.ItemDataRole.UserRole + 2  # the AttendanceState value ("present", ...)

# State filters (the row of buttons above the list).
FILTER_ALL = "all"
FILTER_MISSING = "missing"  # summoned and not yet arrived nor marked (UNMARKED)
FILTER_PRESENT = "present"  # checked in at least once in the session
FILTER_INSIDE = "inside"  # present and not checked out
FILTER_EXCUSED = "excused"
FILTER_ABSENT = "absent"
FILTER_AWAY = "away"  # excused or absent: one button at the door
STATE_FILTERS = (
    FILTER_ALL,
    FILTER_MISSING,
    FILTER_PRESENT,
    FILTER_INSIDE,
    FILTER_EXCUSED,
    FILTER_ABSENT,
    FILTER_AWAY,
)

_Index = QModelIndex | QPersistentModelIndex
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

# Light tints: they tell the states apart at a glance and keep dark text readable.
TINT_INSIDE = QColor("#e3f4e5")
TINT_LEFT = QColor("#fff1d6")
TINT_EXCUSED = QColor("#e3ecfa")
TINT_ABSENT = QColor("#fbe3e1")
TINT_NOT_SUMMONED = QColor("#eeeeee")
TEXT_ON_TINT = QColor("#1f1f1f")
TEXT_NOT_SUMMONED = QColor("#6b6b6b")


@dataclass(frozen=True, slots=True)
class AttendanceItem:
    """One row: a member, their attendance in the session, and the search keys."""

    number: int  # 1-based position in ballot order
    member: MemberRow
    state: AttendanceState
    reason: str
    arrived_at: datetime | None
    departed_at: datetime | None
    folded_name: str
    card: str  # party card number without spaces, case-folded

    @property
    def inside(self) -> bool:
        return self.state is AttendanceState.PRESENT and self.departed_at is None

    @property
    def summoned(self) -> bool:
        """Members attached out or suspended are not summoned (they cannot check in)."""
        return eligibility.summoned(self.member)


def make_items(
    members: Sequence[MemberRow], attendance: Mapping[MemberId, MemberAttendance]
) -> list[AttendanceItem]:
    items = []
    for number, member in enumerate(members, start=1):
        att = attendance.get(member.id)
        items.append(
            AttendanceItem(
                number=number,
                member=member,
                state=att.state if att else AttendanceState.UNMARKED,
                reason=att.reason if att else "",
                arrived_at=att.arrived_at if att else None,
                departed_at=att.departed_at if att else None,
                folded_name=fold(member.full_name),
                card="".join(member.party_card_no.split()).casefold(),
            )
        )
    return items


_STATE_TESTS: dict[str, Callable[[AttendanceItem], bool]] = {
    FILTER_ALL: lambda i: True,
    FILTER_MISSING: lambda i: i.state is AttendanceState.UNMARKED and i.summoned,
    FILTER_PRESENT: lambda i: i.state is AttendanceState.PRESENT,
    FILTER_INSIDE: lambda i: i.inside,
    FILTER_EXCUSED: lambda i: i.state is AttendanceState.EXCUSED,
    FILTER_ABSENT: lambda i: i.state is AttendanceState.ABSENT,
    FILTER_AWAY: lambda i: i.state in (AttendanceState.EXCUSED, AttendanceState.ABSENT),
}


def _hhmm(at: datetime | None) -> str:
    return at.strftime("%H:%M") if at else ""


class AttendanceModel(QAbstractTableModel):
    """Members of the roster with their attendance in one session; read-only.

    ``set_rows`` takes the members in ballot order (as ``roster.list_members``
    gives them) and the session's attendance; ``set_filter`` narrows the rows
    shown. Row numbers of the Qt model are rows *shown*; ``item(row)`` gives the
    plain row behind one.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[AttendanceItem] = []
        self._shown: list[AttendanceItem] = []
        self._ranks: list[list[int]] = []  # [column][item.number - 1]
        self._counts: dict[str, int] = dict.fromkeys(STATE_FILTERS, 0)
        self._text = ""
        self._state_filter = FILTER_ALL

    # --- data in ----------------------------------------------------------------------

    def set_rows(
        self, members: Sequence[MemberRow], attendance: Mapping[MemberId, MemberAttendance]
    ) -> None:
        """Replace every row, keeping the current filter."""
        self.beginResetModel()
        self._items = make_items(members, attendance)
        self._counts = {
            key: sum(1 for item in self._items if test(item)) for key, test in _STATE_TESTS.items()
        }
        self._ranks = self._sort_ranks()
        self._shown = self._matching()
        self.endResetModel()

    def update_members(
        self, member_ids: Collection[int], attendance: Mapping[MemberId, MemberAttendance]
    ) -> bool:
        """Put the new attendance of a few members in place (one action's worth).

        ``attendance`` holds the marked ones among ``member_ids`` (the others are
        unmarked now). The rows shown stay where they are when the filter keeps
        them; otherwise the rows are laid out again. False if a member is unknown
        (the caller reloads everything).
        """
        wanted = {int(m) for m in member_ids}
        positions = {
            int(i.member.id): n for n, i in enumerate(self._items) if i.member.id in wanted
        }
        if len(positions) != len(wanted):
            return False
        # Only these rows change: the counts and the rows the filter keeps follow them
        # (a check-in at 1,000 members does not test the 999 others again).
        kept = {i.member.id for i in self._shown}
        for member_id, n in positions.items():
            old = self._items[n]
            att = attendance.get(MemberId(member_id))
            new = self._items[n] = replace(
                old,
                state=att.state if att else AttendanceState.UNMARKED,
                reason=att.reason if att else "",
                arrived_at=att.arrived_at if att else None,
                departed_at=att.departed_at if att else None,
            )
            for key, test in _STATE_TESTS.items():
                self._counts[key] += int(test(new)) - int(test(old))
            if self._passes(new):
                kept.add(new.member.id)
            else:
                kept.discard(new.member.id)
        self._ranks[COL_ATTENDANCE] = self._attendance_ranks()  # names, posts did not change
        shown = [item for item in self._items if item.member.id in kept]
        if [i.member.id for i in shown] == [i.member.id for i in self._shown]:
            self._shown = shown
            last = self.columnCount() - 1
            for row, item in enumerate(shown):
                if item.member.id in wanted:
                    self.dataChanged.emit(self.index(row, 0), self.index(row, last))
        else:
            self.beginResetModel()
            self._shown = shown
            self.endResetModel()
        return True

    def set_filter(self, text: str, state_filter: str = FILTER_ALL) -> None:
        """Show the rows whose name or card matches ``text`` and whose state fits.

        ``text`` matches as ``name_search`` says (every word, ignoring case and
        diacritics unless typed with them: "thu ha" finds "Đỗ Thị Thu Hà"), or
        the start of the party card number.
        """
        if state_filter not in _STATE_TESTS:
            raise ValueError(f"unknown state filter: {state_filter!r}")
        if text == self._text and state_filter == self._state_filter:
            return
        self.beginResetModel()
        self._text, self._state_filter = text, state_filter
        self._shown = self._matching()
        self.endResetModel()

    def _matching(self) -> list[AttendanceItem]:
        """The rows the filter shows, in ballot order (``_passes`` of each)."""
        test = _STATE_TESTS[self._state_filter]
        if not fold(self._text):
            return [item for item in self._items if test(item)]
        code = "".join(self._text.split()).casefold()
        return [item for item in self._items if test(item) and self._found(item, code)]

    def _passes(self, item: AttendanceItem) -> bool:
        """Whether the filter shows ``item``: its state, and its name or card."""
        if not _STATE_TESTS[self._state_filter](item):
            return False
        return not fold(self._text) or self._found(item, "".join(self._text.split()).casefold())

    def _found(self, item: AttendanceItem, code: str) -> bool:
        """Whether the search text finds ``item`` (``code``: the text as a card number)."""
        return matches(self._text, item.member.full_name) or bool(
            item.card and item.card.startswith(code)
        )

    def unique_row(self) -> int | None:
        """The shown row the search text names unambiguously, if any (never a guess).

        Something typed, and: one row shown; or one card number typed in full;
        or one name that is the whole text (``name_search.search``). Names equal without diacritics
        (Hùng / Hưng) typed without them name nobody: the secretary chooses.
        """
        if not fold(self._text):
            return None  # nothing typed names nobody, even in a one-row list
        if len(self._shown) == 1:
            return 0
        code = "".join(self._text.split()).casefold()
        cards = [n for n, item in enumerate(self._shown) if item.card and item.card == code]
        if len(cards) == 1:
            return cards[0]
        return search(self._text, [item.member.full_name for item in self._shown]).unique

    def _sort_ranks(self) -> list[list[int]]:
        items = self._items
        ballot = list(range(len(items)))

        def ranks(key: Callable[[AttendanceItem], Any]) -> list[int]:
            order = sorted(ballot, key=lambda i: (key(items[i]), i))
            result = [0] * len(items)
            for rank, index in enumerate(order):
                result[index] = rank
            return result

        return [
            ballot,
            ballot,  # names sort in ballot order: given name first, as lists are read
            ranks(lambda i: (not i.member.position, vi_key(i.member.position))),
            ranks(lambda i: (i.member.status is not MemberStatus.FULL, self._flags(i.member))),
            self._attendance_ranks(),
        ]

    def _attendance_ranks(self) -> list[int]:
        items = self._items
        state_order = {s: n for n, s in enumerate(AttendanceState)}
        order = sorted(
            range(len(items)),
            key=lambda i: (state_order[items[i].state], items[i].arrived_at or datetime.max, i),
        )
        result = [0] * len(items)
        for rank, index in enumerate(order):
            result[index] = rank
        return result

    # --- data out ---------------------------------------------------------------------

    def item(self, row: int) -> AttendanceItem:
        return self._shown[row]

    def items(self) -> list[AttendanceItem]:
        """Every row, shown or not, in ballot order."""
        return list(self._items)

    def item_of(self, member_id: int) -> AttendanceItem | None:
        return next((i for i in self._items if i.member.id == member_id), None)

    def row_of(self, member_id: int) -> int:
        """The shown row of a member, or -1 if it is filtered out or unknown."""
        return next((n for n, i in enumerate(self._shown) if i.member.id == member_id), -1)

    def counts(self) -> dict[str, int]:
        """How many members each state filter holds (the search text aside)."""
        return dict(self._counts)

    def missing(self) -> list[AttendanceItem]:
        """Summoned members not yet arrived nor marked, in ballot order."""
        return [i for i in self._items if _STATE_TESTS[FILTER_MISSING](i)]

    def filter_text(self) -> str:
        return self._text

    def state_filter(self) -> str:
        return self._state_filter

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return headers()[section] if 0 <= section < COLUMN_COUNT else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._shown):
            return None
        item, column = self._shown[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._tint(item)
        if role == Qt.ItemDataRole.ForegroundRole:
            if not item.summoned:
                return TEXT_NOT_SUMMONED
            return TEXT_ON_TINT if self._tint(item) is not None else None
        if role == ID_ROLE:
            return item.member.id
        if role == SORT_ROLE:
            return self._ranks[column][item.number - 1]
        if role == STATE_ROLE:
            return str(item.state)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_NUMBER:
            return _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_ATTENDANCE:
                return attendance_text(item)
            if column == COL_NAME and item.member.party_card_no:
                return QCoreApplication.translate("AttendanceModel", "Party card no. %1").replace(
                    "%1", item.member.party_card_no
                )
            if column == COL_POSITION:
                return item.member.position or None
        return None

    def _display(self, item: AttendanceItem, column: int) -> str:
        if column == COL_NUMBER:
            return str(item.number)
        if column == COL_NAME:
            return item.member.full_name
        if column == COL_POSITION:
            return item.member.position
        if column == COL_STATUS:
            return status_text(item.member)
        if column == COL_ATTENDANCE:
            return attendance_text(item)
        return ""

    @staticmethod
    def _tint(item: AttendanceItem) -> QColor | None:
        if not item.summoned:
            return TINT_NOT_SUMMONED
        if item.state is AttendanceState.PRESENT:
            return TINT_INSIDE if item.inside else TINT_LEFT
        if item.state is AttendanceState.EXCUSED:
            return TINT_EXCUSED
        if item.state is AttendanceState.ABSENT:
            return TINT_ABSENT
        return None

    @staticmethod
    def _flags(member: MemberRow) -> str:
        return ", ".join(flag_texts(member))


# --- wording (module functions, so the tab and the tests share one text) ----------------


def headers() -> list[str]:
    return [
        QCoreApplication.translate("AttendanceModel", "No."),
        QCoreApplication.translate("AttendanceModel", "Full name"),
        QCoreApplication.translate("AttendanceModel", "Position"),
        QCoreApplication.translate("AttendanceModel", "Status"),
        QCoreApplication.translate("AttendanceModel", "Attendance"),
    ]


def flag_texts(member: MemberRow) -> list[str]:
    flags = []
    if member.exempt:
        flags.append(QCoreApplication.translate("AttendanceModel", "Exempt"))
    if member.temporary_in:
        flags.append(QCoreApplication.translate("AttendanceModel", "Attached here"))
    if member.temporary_out:
        flags.append(QCoreApplication.translate("AttendanceModel", "Attached out"))
    if member.suspended:
        flags.append(QCoreApplication.translate("AttendanceModel", "Suspended"))
    return flags


def status_text(member: MemberRow) -> str:
    if member.status is MemberStatus.PROBATIONARY:
        status = QCoreApplication.translate("AttendanceModel", "Probationary")
    else:
        status = QCoreApplication.translate("AttendanceModel", "Full")
    return ", ".join([status, *flag_texts(member)])


def attendance_text(item: AttendanceItem) -> str:
    if item.state is AttendanceState.PRESENT:
        if item.departed_at is not None:
            return QCoreApplication.translate("AttendanceModel", "Left at %1").replace(
                "%1", _hhmm(item.departed_at)
            )
        if item.arrived_at is None:
            return QCoreApplication.translate("AttendanceModel", "Present")
        return QCoreApplication.translate("AttendanceModel", "Present since %1").replace(
            "%1", _hhmm(item.arrived_at)
        )
    if item.state is AttendanceState.EXCUSED:
        return QCoreApplication.translate("AttendanceModel", "Excused: %1").replace(
            "%1", item.reason
        )
    if item.state is AttendanceState.ABSENT:
        if item.reason:
            return QCoreApplication.translate("AttendanceModel", "Absent: %1").replace(
                "%1", item.reason
            )
        return QCoreApplication.translate("AttendanceModel", "Absent")
    if not item.summoned:
        return QCoreApplication.translate("AttendanceModel", "Not summoned")
    return QCoreApplication.translate("AttendanceModel", "Not yet arrived")
