"""The agenda's status panel: the item under way, its clock, the plan's drift, the progress."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from secretariat.domain import AgendaItemRow
from secretariat.rules.timer import clock_text
from secretariat.services.agenda import Progress
from ui.models.agenda_model import hhmm
from ui.widgets.shortcuts import scale_font, wrapping_label

PANEL_STYLE = (
    "QFrame#agendaStatus { background: #f4f7fb; border: 1px solid #cfd8e3; border-radius: 6px; }"
)
DRIFT_STYLES = {
    "behind": "QLabel { color: #8e1212; background: #fde8e8; border: 1px solid #d93025;"
    " border-radius: 4px; padding: 3px 10px; }",
    "ahead": "QLabel { color: #0f5a1e; background: #e3f4e5; border: 1px solid #8cc79a;"
    " border-radius: 4px; padding: 3px 10px; }",
    "on_time": "QLabel { color: #1f3b5c; background: #e6eef8; border: 1px solid #a9c0dc;"
    " border-radius: 4px; padding: 3px 10px; }",
}
ELAPSED_OVER = "QLabel { color: #b3261e; }"
MUTED = "QLabel { color: #5f6b7a; }"


def item_name(row: AgendaItemRow) -> str:
    return f"{row.position}. {row.title}"


class StatusPanel(QFrame):
    """What the secretary reads at a glance: now, elapsed of planned, drift, done of total."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agendaStatus")
        self.setStyleSheet(PANEL_STYLE)
        grid = QGridLayout(self)
        grid.setContentsMargins(14, 10, 14, 10)
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(4)
        grid.addLayout(self._build_now(), 0, 0)
        grid.addLayout(self._build_clock(), 0, 1)
        grid.addLayout(self._build_plan(), 0, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnMinimumWidth(1, 190)
        grid.setColumnMinimumWidth(2, 230)

    def _build_now(self) -> QVBoxLayout:
        self.now_label = wrapping_label("nowLabel")
        scale_font(self.now_label, 1.8, bold=True)
        self.detail_label = wrapping_label("detailLabel")
        scale_font(self.detail_label, 1.1)
        self.next_label = wrapping_label("nextLabel")
        scale_font(self.next_label, 1.1)
        self.next_label.setStyleSheet(MUTED)
        column = QVBoxLayout()
        column.setSpacing(4)
        column.addWidget(self.now_label)
        column.addWidget(self.detail_label)
        column.addWidget(self.next_label)
        column.addStretch(1)
        return column

    def _build_clock(self) -> QVBoxLayout:
        self.elapsed_label = QLabel()
        self.elapsed_label.setObjectName("elapsedLabel")
        scale_font(self.elapsed_label, 3.2, bold=True)
        self.elapsed_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.elapsed_caption = wrapping_label("elapsedCaption")
        self.elapsed_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.elapsed_caption.setStyleSheet(MUTED)
        column = QVBoxLayout()
        column.setSpacing(0)
        column.addWidget(self.elapsed_label)
        column.addWidget(self.elapsed_caption)
        column.addStretch(1)
        return column

    def _build_plan(self) -> QVBoxLayout:
        self.drift_label = QLabel()
        self.drift_label.setObjectName("driftLabel")
        scale_font(self.drift_label, 1.35, bold=True)
        self.drift_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.progress_label = QLabel()
        self.progress_label.setObjectName("progressLabel")
        scale_font(self.progress_label, 1.1)
        self.progress_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("progressBar")
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setMaximumHeight(10)
        column = QVBoxLayout()
        column.setSpacing(6)
        column.addWidget(self.drift_label)
        column.addWidget(self.progress_label)
        column.addWidget(self.progress_bar)
        column.addStretch(1)
        return column

    # --- showing ----------------------------------------------------------------------

    def show_progress(self, progress: Progress | None, start: datetime | None = None) -> None:
        """The programme as it stands (None: no congress); ``start``: the planned start."""
        if progress is None or progress.total == 0:
            self._show_empty(progress is not None)
            return
        current = progress.current
        if current is not None:
            self._show_current(current, progress.elapsed_seconds)
        else:
            self._show_between(progress, start)
        following = progress.following
        if following is not None:
            self.next_label.setText(self.tr("Next: %1").replace("%1", item_name(following)))
        elif current is not None:
            self.next_label.setText(self.tr("This is the last item."))
        else:
            self.next_label.clear()
        if progress.other_day is not None:
            self._show_other_day(progress.other_day)
        else:
            self._show_drift(progress.drift_minutes)
        self.progress_label.setText(
            self.tr("%1 of %2 items done")
            .replace("%1", str(progress.done))
            .replace("%2", str(progress.total))
        )
        self.progress_bar.setRange(0, progress.total)
        self.progress_bar.setValue(progress.done)

    def _show_empty(self, has_store: bool) -> None:
        self.now_label.setText(
            self.tr("The programme is empty: press Insert to add an item.")
            if has_store
            else self.tr("No congress is open.")
        )
        for label in (self.detail_label, self.next_label, self.elapsed_caption):
            label.clear()
        self.elapsed_label.setText("")
        self.drift_label.hide()
        self.progress_label.clear()
        self.progress_bar.setRange(0, 1)
        self.progress_bar.setValue(0)

    def _show_current(self, current: AgendaItemRow, elapsed_seconds: int) -> None:
        self.now_label.setText(self.tr("Now: %1").replace("%1", item_name(current)))
        started = hhmm(current.started_at)
        self.detail_label.setText(
            self.tr("Started at %1 · planned %2 min")
            .replace("%1", started)
            .replace("%2", str(current.planned_minutes))
        )
        self.elapsed_label.setText(clock_text(elapsed_seconds))
        over = 0 < current.planned_minutes * 60 < elapsed_seconds
        self.elapsed_label.setStyleSheet(ELAPSED_OVER if over else "")
        self.elapsed_caption.setText(
            self.tr("elapsed of %1 min planned").replace("%1", str(current.planned_minutes))
        )

    def _show_between(self, progress: Progress, start: datetime | None) -> None:
        if progress.done == 0:
            self.now_label.setText(self.tr("Not started"))
            self.detail_label.setText(
                self.tr("The session is planned to start at %1.").replace("%1", hhmm(start))
                if start
                else ""
            )
        elif progress.done == progress.total:
            self.now_label.setText(self.tr("All items done"))
            self.detail_label.clear()
        else:
            self.now_label.setText(self.tr("No item under way"))
            self.detail_label.setText(self.tr("Press F5 to start the next item."))
        self.elapsed_label.setText("–:––")
        self.elapsed_label.setStyleSheet(MUTED)
        self.elapsed_caption.clear()  # the line above says why

    def _show_other_day(self, day: date) -> None:
        """The session is dated another day: no drift against a plan of that day."""
        self.drift_label.setText(
            self.tr("Session dated %1, not today: no plan comparison").replace(
                "%1", day.strftime("%d/%m/%Y")
            )
        )
        self.drift_label.setProperty("drift", "behind")
        self.drift_label.setStyleSheet(DRIFT_STYLES["behind"])
        self.drift_label.show()

    def _show_drift(self, minutes: int) -> None:
        if minutes > 0:
            kind, text = "behind", self.tr("%1 min behind plan").replace("%1", str(minutes))
        elif minutes < 0:
            kind, text = "ahead", self.tr("%1 min ahead").replace("%1", str(-minutes))
        else:
            kind, text = "on_time", self.tr("On time")
        self.drift_label.setText(text)
        self.drift_label.setProperty("drift", kind)
        self.drift_label.setStyleSheet(DRIFT_STYLES[kind])
        self.drift_label.show()
