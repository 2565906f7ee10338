"""The speaking clock as the secretary (and the presidium) reads it at a glance.

Big minutes:seconds remaining, from ``secretariat.rules.timer.countdown``: the
normal colour, amber within the warning time, red with a "+" count once over
time. A bar shows the share of the time used. The widget has no timer of its
own: the tab calls ``update_time`` on every tick, with the store's clock.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QProgressBar, QVBoxLayout, QWidget

from secretariat.domain import SpeechRow
from secretariat.rules.timer import Countdown, clock_text, countdown

# Levels, also set as the "level" property of the widget (tests and stylesheets).
IDLE, NORMAL, WARNING, OVERTIME = "idle", "normal", "warning", "overtime"
COLOURS = {
    IDLE: "#8a8a8a",
    NORMAL: "#14532d",
    WARNING: "#b45309",
    OVERTIME: "#c62828",
}
_BAR_STYLE = (
    "QProgressBar {{ border: 1px solid #b9b9b9; border-radius: 4px; background: #f1f1f1;"
    " text-align: center; color: #202020; }}"
    " QProgressBar::chunk {{ background: {colour}; border-radius: 3px; }}"
)
_BAR_COLOURS = {IDLE: "#c8c8c8", NORMAL: "#4caf50", WARNING: "#f2a93b", OVERTIME: "#e57373"}


class CountdownWidget(QFrame):
    """Remaining time of one speech, its warning and overtime states, and a progress bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("countdown")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._row: SpeechRow | None = None
        self._warn_seconds = 60
        self._level = ""
        self._paused = False
        self.current: Countdown | None = None

        self.time_label = QLabel()
        self.time_label.setObjectName("countdownTime")
        self.time_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        big = QFont(self.time_label.font())
        big.setPointSizeF(big.pointSizeF() * 5)
        big.setBold(True)
        big.setStyleHint(QFont.StyleHint.Monospace, QFont.StyleStrategy.PreferDefault)
        self.time_label.setFont(big)
        self.time_label.setMinimumHeight(self.time_label.fontMetrics().height() + 4)

        self.caption = QLabel()
        self.caption.setObjectName("countdownCaption")
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setWordWrap(True)
        caption_font = QFont(self.caption.font())
        caption_font.setPointSizeF(caption_font.pointSizeF() * 1.2)
        caption_font.setBold(True)
        self.caption.setFont(caption_font)

        self.bar = QProgressBar()
        self.bar.setObjectName("countdownBar")
        self.bar.setTextVisible(True)
        self.bar.setMinimumHeight(22)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 10)
        layout.setSpacing(4)
        layout.addWidget(self.time_label)
        layout.addWidget(self.caption)
        layout.addWidget(self.bar)
        self._show_idle()

    # --- public -----------------------------------------------------------------------

    def set_speech(self, row: SpeechRow | None, warn_seconds: int) -> None:
        """The speech to time (None: nobody is speaking); call ``update_time`` next."""
        self._row = row
        self._warn_seconds = warn_seconds
        if row is None:
            self.current = None
            self._show_idle()

    def speech(self) -> SpeechRow | None:
        return self._row

    def level(self) -> str:
        """idle, normal, warning or overtime."""
        return self._level

    def is_paused(self) -> bool:
        return self._paused

    def update_time(self, now: datetime) -> None:
        row = self._row
        if row is None:
            return
        # A finished speech keeps the time it took; a running one counts up to now.
        clock = countdown(
            row.limit_seconds, row.elapsed_seconds, row.running_since, now, self._warn_seconds
        )
        self.current = clock
        if clock.overtime:
            level = OVERTIME
            over = clock_text(-clock.remaining)
            text = f"+{over}"
            caption = self.tr("+%1 over time").replace("%1", over)
        else:
            level = WARNING if clock.warning else NORMAL
            text = clock_text(clock.remaining)
            caption = self.tr("remaining")
        paused = row.state == "paused"
        if paused:
            caption = self.tr("Paused — %1").replace("%1", caption)
        elif row.state == "done":
            caption = self.tr("Finished — %1").replace("%1", caption)
        self._paused = paused
        self._set_level(level)
        self._set_text(self.time_label, text)
        self._set_text(self.caption, caption)
        self.bar.setRange(0, max(1, clock.limit))
        self.bar.setValue(min(clock.spent, clock.limit))
        self._set_text_format(
            self.tr("%1 of %2 used")
            .replace("%1", clock_text(clock.spent))
            .replace("%2", clock_text(clock.limit))
        )

    # --- drawing ----------------------------------------------------------------------

    def _show_idle(self) -> None:
        self._paused = False
        self._set_level(IDLE)
        self._set_text(self.time_label, "–:––")
        self._set_text(self.caption, self.tr("Nobody is speaking"))
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        self._set_text_format("")

    def _set_level(self, level: str) -> None:
        if level == self._level:
            return
        self._level = level
        self.setProperty("level", level)
        colour = COLOURS[level]
        self.time_label.setStyleSheet(f"QLabel {{ color: {colour}; }}")
        self.caption.setStyleSheet(f"QLabel {{ color: {colour}; }}")
        self.bar.setStyleSheet(_BAR_STYLE.format(colour=_BAR_COLOURS[level]))

    @staticmethod
    def _set_text(label: QLabel, text: str) -> None:
        if label.text() != text:  # a tick four times a second: repaint only on change
            label.setText(text)

    def _set_text_format(self, text: str) -> None:
        text = text.replace("%", "%%")
        if self.bar.format() != text:
            self.bar.setFormat(text)

    def colour(self) -> str:
        """The colour of the big figures now (#rrggbb)."""
        return COLOURS[self._level]
