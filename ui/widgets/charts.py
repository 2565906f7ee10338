"""Charts for the hall screen: a result at a glance from the back of the hall.

A show-of-hands vote or an election round is drawn as horizontal bars — one per
option or candidate — against the full width of the majority base, with the
line a count must pass to be a majority (more than half the base: 190-QĐ/TW
Điều 30, docs/domain/rules.md 3 and 4.5). The attendance is a gauge of the full
members present against the roster. The numbers are the same as the text beside
them: a chart is built from the same rows the tables show, never recomputed.

``HallChart`` paints a ``BarChart`` or a ``Gauge`` with QPainter, sized from its
own height so it reads on a projector; it has no state beyond what it shows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from secretariat.rules.majority import min_votes

BAR_COLOR = QColor("#6f8fc4")
GOOD_COLOR = QColor("#e0b94f")
LINE_COLOR = QColor("#ff8a7a")
TEXT_COLOR = QColor("#ffffff")
SOFT_COLOR = QColor("#c9d5ea")
TRACK_COLOR = QColor(255, 255, 255, 28)


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    text: str  # what is written at the bar's end, e.g. "23 phiếu (95,83%)"
    highlight: bool = False  # elected, or the votes in favour of a vote that passed


@dataclass(frozen=True)
class BarChart:
    bars: tuple[Bar, ...]
    scale: int  # the majority base (or the largest value): a full-width bar
    threshold: int | None  # the smallest count that is more than half of the base
    threshold_label: str = ""


@dataclass(frozen=True)
class Gauge:
    value: int
    total: int
    label: str  # e.g. "Có mặt 27/29 đảng viên"


Chart = BarChart | Gauge


def vote_chart(yes: int, no: int, other: int, base: int, percent_text: str) -> BarChart:
    """A show-of-hands vote: in favour, against, other, against the base."""
    need = min_votes(base) if base > 0 else 0
    return BarChart(
        bars=(
            Bar("Tán thành", yes, f"{yes} ({percent_text})", highlight=base > 0 and yes >= need),
            Bar("Không tán thành", no, str(no)),
            Bar("Ý kiến khác", other, str(other)),
        ),
        scale=max(base, 1),
        threshold=need,
        threshold_label=f"Quá bán: {need}/{base}",
    )


def election_chart(entries: Sequence[tuple[str, int, str, bool]], base: int) -> BarChart:
    """An election round: ``(name, votes, percent text, elected)`` per candidate."""
    need = min_votes(base) if base > 0 else 0
    return BarChart(
        bars=tuple(
            Bar(name, votes, f"{votes} phiếu ({percent})", highlight=elected)
            for name, votes, percent, elected in entries
        ),
        scale=max(base, 1),
        threshold=need,
        threshold_label=f"Quá bán: {need}/{base} phiếu",
    )


def attendance_gauge(present: int, total: int) -> Gauge:
    """Those who came against those summoned (the roster less those attached out)."""
    return Gauge(present, max(total, 1), f"Có mặt {present}/{total} đồng chí")


def speaking_chart(people: Sequence[tuple[str, int, int]], limit: int = 8) -> BarChart:
    """Speaking time per person, ``(name, seconds, speeches)``, longest first."""
    shown = sorted(people, key=lambda p: -p[1])[:limit]
    longest = max((seconds for _, seconds, _ in shown), default=0)
    return BarChart(
        bars=tuple(
            Bar(name, seconds, f"{seconds // 60}:{seconds % 60:02d} ({count} lượt)")
            for name, seconds, count in shown
        ),
        scale=max(longest, 1),
        threshold=None,
    )


class HallChart(QWidget):
    """Paints one chart; transparent, so the hall's background shows through."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart: Chart | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)

    def set_chart(self, chart: Chart | None) -> None:
        self.chart = chart
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.chart is None or self.width() <= 0 or self.height() <= 0:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if isinstance(self.chart, Gauge):
            self._paint_gauge(painter, self.chart)
        else:
            self._paint_bars(painter, self.chart)
        painter.end()

    def _font(self, px: float, bold: bool = False) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(max(8, round(px)))
        font.setBold(bold)
        return font

    def _paint_bars(self, painter: QPainter, chart: BarChart) -> None:
        w, h = self.width(), self.height()
        count = max(1, len(chart.bars))
        caption_h = h * 0.1
        row = (h - caption_h) / count
        px = min(row * 0.42, h * 0.065)
        name_font, value_font = self._font(px), self._font(px, bold=True)
        names = QFontMetrics(name_font)
        label_w = min(w * 0.34, max(names.horizontalAdvance(b.label) for b in chart.bars) + px)
        value_w = QFontMetrics(value_font).horizontalAdvance("999 phiếu (100,00%)") + px * 0.5
        left, right = label_w, w - value_w
        track = max(1.0, right - left)
        for n, bar in enumerate(chart.bars):
            top = caption_h + n * row
            thick = row * 0.62
            y = top + (row - thick) / 2
            painter.setFont(name_font)
            painter.setPen(SOFT_COLOR)
            label = names.elidedText(
                bar.label, Qt.TextElideMode.ElideRight, round(label_w - px * 0.5)
            )
            painter.drawText(QRectF(0, top, label_w - px * 0.5, row), _RIGHT_MIDDLE, label)
            painter.fillRect(QRectF(left, y, track, thick), TRACK_COLOR)
            length = track * min(bar.value, chart.scale) / chart.scale
            painter.fillRect(
                QRectF(left, y, length, thick), GOOD_COLOR if bar.highlight else BAR_COLOR
            )
            painter.setFont(value_font)
            painter.setPen(TEXT_COLOR)
            painter.drawText(
                QRectF(left + length + px * 0.4, top, value_w + track, row), _LEFT_MIDDLE, bar.text
            )
        if chart.threshold is None:
            return
        # The majority line, over every bar, with its caption at the top.
        x = left + track * min(chart.threshold, chart.scale) / chart.scale
        pen = QPen(LINE_COLOR)
        pen.setWidthF(max(2.0, h * 0.006))
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(round(x), round(caption_h * 0.9), round(x), h)
        painter.setFont(self._font(px * 0.8, bold=True))
        painter.setPen(LINE_COLOR)
        painter.drawText(QRectF(x - w, 0, 2 * w, caption_h), _CENTER_MIDDLE, chart.threshold_label)

    def _paint_gauge(self, painter: QPainter, gauge: Gauge) -> None:
        """The label above, in white; the bar below, filled to the share present."""
        w, h = self.width(), self.height()
        font = self._font(h * 0.22, bold=True)
        while QFontMetrics(font).horizontalAdvance(gauge.label) > w and font.pixelSize() > 8:
            font.setPixelSize(font.pixelSize() - 2)
        painter.setFont(font)
        painter.setPen(TEXT_COLOR)
        painter.drawText(QRectF(0, 0, w, h * 0.45), _CENTER_MIDDLE, gauge.label)
        thick = h * 0.3
        y = h * 0.55
        painter.fillRect(QRectF(0, y, w, thick), TRACK_COLOR)
        share = min(gauge.value, gauge.total) / gauge.total
        painter.fillRect(QRectF(0, y, w * share, thick), GOOD_COLOR)


_RIGHT_MIDDLE = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT_MIDDLE = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_CENTER_MIDDLE = Qt.AlignmentFlag.AlignCenter
