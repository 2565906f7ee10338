"""The attendance counters and the majority base, as the secretary reads them out.

Shows ``AttendanceCounters`` (secretariat.rules.majority): the numbers of the
attendance report, the majority base with its breakdown (190-QĐ/TW Điều 30
khoản 2, or khoản 3 for a delegates' congress), the smallest winning vote, and a
red warning when no vote can pass (docs/domain/rules.md section 5: a warning, never a block).
Every label wraps, so the panel stays readable about 260 px wide in Vietnamese.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from secretariat.domain import CongressKind
from secretariat.rules.majority import AttendanceCounters, format_percent

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
WARNING_STYLE = (
    "QLabel { color: #8e1212; background: #fde8e8; border: 1px solid #d93025;"
    " border-radius: 4px; padding: 6px; font-weight: bold; }"
)
NOTE_STYLE = "QLabel { color: #6b6b6b; }"


def _wrapping(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return label


def _number() -> QLabel:
    label = QLabel("0")
    label.setAlignment(_RIGHT)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class _Rows:
    """Caption/number pairs in a two-column grid; a row can be hidden as a whole."""

    def __init__(self, grid: QGridLayout) -> None:
        self.grid = grid
        self.captions: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}

    def add(self, key: str, caption: str, indent: bool = False) -> None:
        row = self.grid.rowCount()
        label = _wrapping(caption)
        if indent:
            label.setContentsMargins(12, 0, 0, 0)
        value = _number()
        self.grid.addWidget(label, row, 0)
        self.grid.addWidget(value, row, 1)
        self.captions[key], self.values[key] = label, value

    def show(self, key: str, visible: bool) -> None:
        self.captions[key].setVisible(visible)
        self.values[key].setVisible(visible)


class CountersPanel(QWidget):
    """Attendance counters, the majority base and the no-vote-can-pass warning.

    Public labels for tests and screenshots: ``values[key]`` (summoned, present,
    attached_here, left, excused, absent, unmarked, percent, and the breakdown keys
    full_summoned, temporary_out, exempt_not_present, suspended, excused_base,
    absent_throughout), ``base_value``, ``min_votes``, ``voters_present``,
    ``warning`` and ``note``.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        self._build_counts(layout)
        layout.addWidget(self._line())
        self._build_base(layout)
        layout.addWidget(self._line())
        self._build_votes(layout)
        layout.addStretch(1)

    def _build_counts(self, layout: QVBoxLayout) -> None:
        title = QLabel(self.tr("Attendance"))
        title_font = QFont(title.font())
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.15)
        title.setFont(title_font)
        layout.addWidget(title)

        counts = QGridLayout()
        counts.setColumnStretch(0, 1)
        counts.setHorizontalSpacing(8)
        counts.setVerticalSpacing(3)
        self._counts = _Rows(counts)
        self._counts.add("summoned", self.tr("Summoned"))
        # "Attended": whoever came stays counted (and in the base) after leaving;
        # those not in the hall now are the next row, and "present now" below.
        self._counts.add("present", self.tr("Attended (full / probationary)"))
        self._counts.add("attached_here", self.tr("of whom attached here"), indent=True)
        self._counts.add("left", self.tr("of whom have left"), indent=True)
        self._counts.add("excused", self.tr("Excused"))
        self._counts.add("absent", self.tr("Absent"))
        self._counts.add("unmarked", self.tr("Not yet marked"))
        self._counts.add("percent", self.tr("Present / summoned"))
        layout.addLayout(counts)

    def _build_base(self, layout: QVBoxLayout) -> None:
        self.base_caption = _wrapping(self.tr("Majority base"))
        caption_font = QFont(self.base_caption.font())
        caption_font.setBold(True)
        self.base_caption.setFont(caption_font)
        self.base_value = QLabel("0")
        big = QFont(self.base_value.font())
        big.setPointSizeF(big.pointSizeF() * 2.4)
        big.setBold(True)
        self.base_value.setFont(big)
        self.base_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        head = QGridLayout()
        head.setColumnStretch(0, 1)
        head.addWidget(self.base_caption, 0, 0, Qt.AlignmentFlag.AlignVCenter)
        head.addWidget(self.base_value, 0, 1, Qt.AlignmentFlag.AlignRight)
        layout.addLayout(head)

        breakdown = QGridLayout()
        breakdown.setColumnStretch(0, 1)
        breakdown.setHorizontalSpacing(8)
        breakdown.setVerticalSpacing(2)
        self._base = _Rows(breakdown)
        self._base.add("full_summoned", self.tr("Full members of the cell"))
        self._base.add("temporary_out", self.tr("− attached out to another cell"), indent=True)
        self._base.add("exempt_not_present", self.tr("− exempt, not present"), indent=True)
        self._base.add("suspended", self.tr("− suspended"), indent=True)
        self._base.add("excused_base", self.tr("− excused for the whole congress"), indent=True)
        self._base.add("absent_throughout", self.tr("− absent throughout"), indent=True)
        layout.addLayout(breakdown)
        self.values = {**self._counts.values, **self._base.values}

    def _build_votes(self, layout: QVBoxLayout) -> None:
        self.min_votes = _wrapping()
        self.voters_present = _wrapping()
        emphasis = QFont(self.min_votes.font())
        emphasis.setBold(True)
        self.min_votes.setFont(emphasis)
        layout.addWidget(self.min_votes)
        layout.addWidget(self.voters_present)

        self.warning = _wrapping(
            self.tr(
                "No vote can pass: full members present are not more than half the majority base."
            )
        )
        self.warning.setObjectName("noVoteWarning")
        self.warning.setStyleSheet(WARNING_STYLE)
        self.warning.setVisible(False)
        layout.addWidget(self.warning)

        self.note = _wrapping(self.tr("Base per 190-QĐ/TW Art. 30(2)"))
        self.note.setStyleSheet(NOTE_STYLE)
        small = QFont(self.note.font())
        small.setPointSizeF(small.pointSizeF() * 0.85)
        self.note.setFont(small)
        layout.addWidget(self.note)

    @staticmethod
    def _line() -> QFrame:
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        return line

    def set_counters(self, counters: AttendanceCounters) -> None:
        base = counters.base
        values = self.values
        values["summoned"].setText(str(counters.summoned))
        values["present"].setText(
            f"{counters.present} ({counters.present_full} / {counters.present_probationary})"
        )
        values["attached_here"].setText(str(counters.present_guests_of_cell))
        self._counts.show("attached_here", counters.present_guests_of_cell > 0)
        values["left"].setText(str(counters.left))
        self._counts.show("left", counters.left > 0)
        values["excused"].setText(str(counters.excused))
        values["absent"].setText(str(counters.absent))
        values["unmarked"].setText(str(counters.unmarked))
        values["percent"].setText(format_percent(counters.percent_present))

        delegates = base.kind is CongressKind.DELEGATES
        values["full_summoned"].setText(str(base.full_summoned))
        values["temporary_out"].setText(str(base.temporary_out))
        values["exempt_not_present"].setText(str(base.exempt_not_present))
        values["suspended"].setText(str(base.suspended))
        values["excused_base"].setText(str(base.excused))
        values["absent_throughout"].setText(str(base.absent_throughout))
        for key in ("temporary_out", "exempt_not_present", "suspended", "excused_base"):
            self._base.show(key, not delegates)
        self._base.show("absent_throughout", delegates)
        if delegates:
            self._base.captions["full_summoned"].setText(self.tr("Full delegates summoned"))
            self.note.setText(self.tr("Base per 190-QĐ/TW Art. 30(3)"))
        else:
            self._base.captions["full_summoned"].setText(self.tr("Full members of the cell"))
            self.note.setText(self.tr("Base per 190-QĐ/TW Art. 30(2)"))
        self.base_value.setText(str(base.majority_base))

        self.min_votes.setText(
            self.tr("Smallest winning vote: %1").replace("%1", str(counters.min_votes))
        )
        self.voters_present.setText(
            self.tr("Full members present now: %1").replace("%1", str(counters.voters_present))
        )
        self.warning.setVisible(counters.no_vote_can_pass)
