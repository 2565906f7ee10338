"""The projector screen for the hall, its window, its live preview and its controller.

``HallView`` is what the hall sees: the congress title, the item under way, the
speaker with the countdown and the next speakers, or the item in large type when
nobody speaks. It is designed for 1920×1080 and scales with its size: every font
is computed from the widget's height (title ~4 %, speaker ~7 %, countdown ~14 %)
and shrunk to fit its width, and the labels are placed by hand so nothing is ever
clipped. The hall texts are Vietnamese whatever the UI language (``HALL_TEXT``).

``ProjectorWindow`` shows a HallView full-screen on a chosen screen;
``ProjectorPreview`` paints a scaled copy of exactly what the hall sees for the
secretary's screen; ``ProjectorController`` owns the window, the blank state and
the clock tick, and keeps every HallView (window and previews) in step.

Nothing here reads the wall clock: ``tick`` reads ``ctx.store.clock()``.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QRectF, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QKeyEvent,
    QLinearGradient,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QResizeEvent,
    QScreen,
    QShowEvent,
)
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from secretariat.changes import Change
from secretariat.domain import SpeechKind, SpeechRow
from secretariat.rules.timer import DEFAULT_WARN_SECONDS, clock_text, countdown
from secretariat.services import agenda, congress, settings, speeches
from ui import state
from ui.context import CongressContext
from ui.widgets.charts import Chart, HallChart

# What the hall reads: Vietnamese whatever the UI language (not tr()).
HALL_TEXT: dict[str, str] = {
    "congress": "ĐẠI HỘI",
    "ordinal": "LẦN THỨ",
    "term": "NHIỆM KỲ",
    "comrade": "Đồng chí",
    "next_speakers": "Tiếp theo",
    "next_item": "Nội dung tiếp theo",
    "upcoming": "Sắp bắt đầu",
    "remaining": "Thời gian còn lại",
    "paused": "Tạm dừng",
    "overtime": "Quá thời gian",
    SpeechKind.PREPARED.value: "Tham luận",
    SpeechKind.FLOOR.value: "Phát biểu",
    SpeechKind.ADDRESS.value: "Phát biểu chỉ đạo",
    SpeechKind.REPLY.value: "Tiếp thu, giải trình",
}

DESIGN_SIZE = QSize(1920, 1080)
MAX_NEXT_SPEAKERS = 3
TICK_MS = 250
PREVIEW_MS = 500
SCREEN_KEY = "projector/screen"
NBSP = "\u00a0"

# Navy with a thin gold accent: calm, and amber and red stay legible on it.
BG_TOP = QColor("#0e2548")
BG_BOTTOM = QColor("#06132b")
GOLD = QColor("#d4af4a")
TITLE_COLOR = QColor("#f2d37e")
TEXT_COLOR = QColor("#ffffff")
SOFT_COLOR = QColor("#c9d5ea")
MUTED_COLOR = QColor("#8fa3c3")
AMBER = QColor("#ffb02e")
RED = QColor("#ff5b50")
COUNTDOWN_COLORS = {
    "normal": TEXT_COLOR,
    "warning": AMBER,
    "overtime": RED,
    "paused": MUTED_COLOR,
}
STATUS_COLORS = {
    "normal": MUTED_COLOR,
    "warning": AMBER,
    "overtime": RED,
    "paused": SOFT_COLOR,
}

# Font sizes as fractions of the view's height (designed at 1080 px).
SIZE_TITLE = 0.040
SIZE_TITLE_BLANK = 0.056
SIZE_ITEM = 0.046
SIZE_SPEAKER = 0.070
SIZE_KIND = 0.038
SIZE_COUNTDOWN = 0.150
SIZE_STATUS = 0.034
SIZE_BIG_ITEM = 0.080
SIZE_PRESENTER = 0.042
SIZE_EYEBROW = 0.034
SIZE_CAPTION = 0.028
SIZE_NEXT = 0.036
SIZE_MESSAGE_TITLE = 0.060
SIZE_MESSAGE_LINE = 0.045
SIZE_READING_TITLE = 0.044
SIZE_READING = 0.042  # about 14 lines of long text on the screen, legible from the back
READING_LEADING = 0.28  # in em, between the lines of long text
MIN_PX = 8
# In em: room over the first line and between lines for stacked accents on capitals.
PAD_TOP = 0.20
LEADING = 0.20
PAD_BOTTOM = 0.04


def _nbsp(text: str) -> str:
    return text.replace(" ", NBSP)


def _one_line(text: str) -> str:
    return " ".join(text.split())


@dataclass(frozen=True, slots=True)
class TitleParts:
    """ "ĐẠI HỘI CHI BỘ … LẦN THỨ VI" and "NHIỆM KỲ 2020 – 2025" (either may be short)."""

    name: str
    term: str

    @property
    def text(self) -> str:
        return ", ".join(p for p in (self.name, self.term) if p)


def title_parts(ctx: CongressContext) -> TitleParts:
    if ctx.store is None:
        return TitleParts("", "")
    info = congress.get_info(ctx.store)
    name = [HALL_TEXT["congress"], _one_line(info.cell_name).upper()]
    ordinal = _one_line(info.ordinal).upper()
    if ordinal:
        name.append(f"{HALL_TEXT['ordinal']} {ordinal}")
    term = ""
    if info.term_start and info.term_end:
        term = f"{HALL_TEXT['term']} {info.term_start} – {info.term_end}"
    return TitleParts(" ".join(p for p in name if p), term)


@dataclass(slots=True)
class HallData:
    """What the hall shows, read from the services by ``HallView.refresh``."""

    title: TitleParts = field(default_factory=lambda: TitleParts("", ""))
    item: str = ""  # the item under way (or the item of the speech under way)
    presenter: str = ""
    following: str = ""  # the next item not yet started
    speech: SpeechRow | None = None  # speaking or paused
    next_speakers: tuple[str, ...] = ()
    warn_seconds: int = DEFAULT_WARN_SECONDS


def _active(rows: list[SpeechRow]) -> SpeechRow | None:
    return next((r for r in rows if r.state in ("speaking", "paused")), None)


# What the hall shows (``load``): the congress's name, the programme, the speeches and
# the warning setting (``secretariat.models`` table names). Messages (a result) are set
# by the screen that shows them.
HALL_WATCHES = frozenset({"congress", "agenda_item", "speech", "setting"})


def load(ctx: CongressContext) -> HallData:
    store = ctx.store
    if store is None:
        return HallData()
    data = HallData(title=title_parts(ctx))
    now = store.clock()
    progress = agenda.progress(store, now)
    items = {i.id: i for i in agenda.list_items(store)}
    current = progress.current
    data.following = progress.following.title if progress.following else ""
    rows = speeches.queue(store, current.id) if current else []
    speech = _active(rows)
    if speech is None:
        # A speech under way in another item (the agenda not moved on yet) still shows.
        speech = _active(speeches.all_speeches(store))
        if speech is not None and speech.agenda_item_id in items:
            current = items[speech.agenda_item_id]
            rows = speeches.queue(store, current.id)
    if current is not None:
        data.item = _one_line(current.title)
        data.presenter = _one_line(current.presenter)
    data.speech = speech
    data.next_speakers = tuple(
        _one_line(r.speaker) for r in rows if r.state == "queued" and r.speaker.strip()
    )[:MAX_NEXT_SPEAKERS]
    data.warn_seconds = int(settings.get(store, "speeches.warn_seconds"))
    return data


def comrade(name: str) -> str:
    return f"{HALL_TEXT['comrade']} {name}"


class HallLabel(QLabel):
    """A centred label that wraps and spaces its lines itself.

    Vietnamese capitals stack two marks (Ấ, Ễ, Ổ) above the font's ascent, and
    dots below (Ậ, Ị) reach into its descent: lines get extra leading and the
    first line room above it, so large type never collides or clips.
    """

    @staticmethod
    def wrap(text: str, metrics: QFontMetrics, width: int) -> list[str]:
        """Greedy word wrap (no-break spaces hold); a too-long word stays whole."""
        lines: list[str] = []
        for paragraph in text.split("\n"):
            line = ""
            for word in paragraph.split(" "):
                trial = f"{line} {word}" if line else word
                if line and metrics.horizontalAdvance(trial) > width:
                    lines.append(line)
                    line = word
                else:
                    line = trial
            lines.append(line)
        return lines

    @staticmethod
    def pad_top(font: QFont) -> int:
        return round(font.pixelSize() * PAD_TOP)

    @staticmethod
    def pitch(font: QFont) -> int:
        return QFontMetrics(font).height() + round(font.pixelSize() * LEADING)

    @classmethod
    def block_height(cls, font: QFont, lines: int) -> int:
        bottom = round(font.pixelSize() * PAD_BOTTOM)
        return (
            cls.pad_top(font) + lines * cls.pitch(font) - round(font.pixelSize() * LEADING) + bottom
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        font = self.font()
        metrics = QFontMetrics(font)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.setFont(font)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        width = self.width()
        y = self.pad_top(font) + metrics.ascent()
        for line in self.wrap(self.text(), metrics, width):
            x = (width - metrics.horizontalAdvance(line)) // 2
            painter.drawText(QPoint(x, y), line)
            y += self.pitch(font)
        painter.end()


@dataclass(frozen=True, slots=True)
class ReadingText:
    """Long text read back to the hall: a title, paragraphs ("" for a blank line), headings."""

    title: str
    paragraphs: tuple[str, ...]
    headings: frozenset[int] = frozenset()  # indexes of the paragraphs set as headings


class HallTextArea(QWidget):
    """Long text, left-aligned, shown a screenful at a time from ``first`` (a line index).

    Lines are wrapped to the width; scrolling moves by whole lines so no line
    is ever cut at the top or the bottom. A thin bar on the right shows where
    the screenful sits in the whole text.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = ReadingText("", ())
        self.lines: list[tuple[str, bool]] = []  # (line, heading)
        self.starts: list[int] = []  # the first line of each paragraph
        self.first = 0
        self._px = MIN_PX
        self.hide()

    def fonts(self) -> tuple[QFont, QFont]:
        plain = QFont(self.font().family())
        plain.setPixelSize(max(MIN_PX, self._px))
        bold = QFont(plain)
        bold.setBold(True)
        return plain, bold

    def pitch(self) -> int:
        return QFontMetrics(self.fonts()[0]).height() + round(self._px * READING_LEADING)

    def bar_width(self) -> int:
        return max(3, round(self._px * 0.16))

    def set_content(self, text: ReadingText, px: int, fraction: float = 0.0) -> None:
        """New text or size: wrap again and show the place ``fraction`` of the text."""
        self.text, self._px = text, max(MIN_PX, px)
        plain, bold = self.fonts()
        width = max(1, self.width() - 3 * self.bar_width())
        self.lines, self.starts = [], []
        for n, paragraph in enumerate(text.paragraphs):
            self.starts.append(len(self.lines))
            heading = n in text.headings
            metrics = QFontMetrics(bold if heading else plain)
            for line in HallLabel.wrap(_one_line(paragraph), metrics, width):
                self.lines.append((line, heading))
        self.first = round(fraction * self.max_first)
        self.update()

    @property
    def visible_count(self) -> int:
        room = self.height() - round(self._px * PAD_TOP)
        return max(1, (room + round(self._px * READING_LEADING)) // max(1, self.pitch()))

    @property
    def max_first(self) -> int:
        return max(0, len(self.lines) - self.visible_count)

    @property
    def fraction(self) -> float:
        """Where the screenful sits: 0.0 the start, 1.0 the end."""
        return self.first / self.max_first if self.max_first else 0.0

    def scroll_to(self, first: int) -> bool:
        """Show from line ``first`` (clamped); True if it moved."""
        first = max(0, min(first, self.max_first))
        if first == self.first:
            return False
        self.first = first
        self.update()
        return True

    def shown(self) -> list[str]:
        return [line for line, _ in self.lines[self.first : self.first + self.visible_count]]

    def paintEvent(self, event: QPaintEvent) -> None:
        plain, bold = self.fonts()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        pitch = self.pitch()
        y = round(self._px * PAD_TOP) + QFontMetrics(plain).ascent()
        for line, heading in self.lines[self.first : self.first + self.visible_count]:
            painter.setFont(bold if heading else plain)
            painter.setPen(TITLE_COLOR if heading else TEXT_COLOR)
            painter.drawText(QPoint(0, y), line)
            y += pitch
        if self.max_first:
            bar = self.bar_width()
            track = QRect(self.width() - bar, 0, bar, self.height())
            painter.fillRect(track, QColor(255, 255, 255, 28))
            share = self.visible_count / len(self.lines)
            thumb = max(bar * 3, round(track.height() * share))
            top = round((track.height() - thumb) * self.fraction)
            painter.fillRect(QRect(track.left(), top, bar, thumb), GOLD)
        painter.end()


class HallView(QWidget):
    """What the hall sees; scales with its size (designed for 1920×1080).

    Modes: ``live`` (a speech under way), ``idle`` (nobody speaks), ``message``
    (a results panel), ``reading`` (long text such as the minutes, scrolled by
    the secretary), ``blank`` (only the title) and ``empty`` (nothing to show).
    Public labels for tests and screenshots: ``title_label``, ``item_label``,
    ``speaker_label``, ``kind_label``, ``countdown_label``, ``status_label``,
    ``eyebrow_label``, ``big_item_label``, ``presenter_label``, ``caption_label``,
    ``next_label``, ``message_title_label``, ``message_label``, ``reading_title_label``,
    ``text_area``.
    """

    def __init__(self, ctx: CongressContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._data = HallData()
        self._blank = False
        self._message: tuple[str, tuple[str, ...]] | None = None
        self._chart: Chart | None = None
        self._reading: ReadingText | None = None
        self._countdown_state = ""
        self._rule: QRect | None = None
        self.revision = 0  # grows whenever what the view shows changes (for previews)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)

        self.title_label = self._label(TITLE_COLOR)
        self.item_label = self._label(SOFT_COLOR)
        self.speaker_label = self._label(TEXT_COLOR)
        self.kind_label = self._label(TITLE_COLOR)
        self.countdown_label = self._label(TEXT_COLOR)
        self.status_label = self._label(MUTED_COLOR)
        self.eyebrow_label = self._label(TITLE_COLOR)
        self.big_item_label = self._label(TEXT_COLOR)
        self.presenter_label = self._label(SOFT_COLOR)
        self.caption_label = self._label(TITLE_COLOR)
        self.next_label = self._label(SOFT_COLOR)
        self.message_title_label = self._label(TITLE_COLOR)
        self.message_label = self._label(TEXT_COLOR)
        self.reading_title_label = self._label(TITLE_COLOR)
        self.text_area = HallTextArea(self)
        self.chart_area = HallChart(self)
        self.chart_area.setObjectName("hallChart")
        self.chart_area.hide()
        self._specs: dict[QLabel, tuple[float, bool, int, float]] = {
            self.item_label: (SIZE_ITEM, False, 2, 0.0),
            self.speaker_label: (SIZE_SPEAKER, True, 2, 0.025),
            self.kind_label: (SIZE_KIND, False, 1, 0.008),
            self.countdown_label: (SIZE_COUNTDOWN, True, 1, 0.03),
            self.status_label: (SIZE_STATUS, False, 1, 0.0),
            self.eyebrow_label: (SIZE_EYEBROW, False, 1, 0.0),
            self.big_item_label: (SIZE_BIG_ITEM, True, 3, 0.01),
            self.presenter_label: (SIZE_PRESENTER, False, 2, 0.03),
            self.caption_label: (SIZE_CAPTION, True, 1, 0.0),
            self.next_label: (SIZE_NEXT, False, MAX_NEXT_SPEAKERS, 0.004),
            self.message_title_label: (SIZE_MESSAGE_TITLE, True, 2, 0.0),
        }
        self.resize(DESIGN_SIZE)

    def _label(self, color: QColor) -> HallLabel:
        label = HallLabel(self)
        self._color(label, color)
        label.hide()
        return label

    @staticmethod
    def _color(label: QLabel, color: QColor) -> None:
        palette = label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, color)
        label.setPalette(palette)

    # --- read-only views for tests and callers ------------------------------------

    @property
    def mode(self) -> str:
        if self._blank:
            return "blank"
        if self._reading is not None:
            return "reading"
        if self._message is not None:
            return "message"
        if self._data.speech is not None:
            return "live"
        if self._data.item or self._data.following:
            return "idle"
        return "empty"

    @property
    def is_blank(self) -> bool:
        return self._blank

    @property
    def title_text(self) -> str:
        """The congress title on one line, with ordinary spaces."""
        return self._data.title.text

    @property
    def item_text(self) -> str:
        """The title of the item shown (under way, or of the speech under way)."""
        return self._data.item if self.mode in ("live", "idle") else ""

    @property
    def speaker_text(self) -> str:
        return self.speaker_label.text() if self.mode == "live" else ""

    @property
    def kind_text(self) -> str:
        return self.kind_label.text() if self.mode == "live" else ""

    @property
    def countdown_text(self) -> str:
        return self.countdown_label.text() if self.mode == "live" else ""

    @property
    def countdown_state(self) -> str:
        """normal, warning, overtime or paused; empty when no countdown is shown."""
        return self._countdown_state if self.mode == "live" else ""

    @property
    def status_text(self) -> str:
        return self.status_label.text() if self.mode == "live" else ""

    @property
    def next_texts(self) -> list[str]:
        """The next speakers ("Đồng chí …") or the next item, as shown."""
        if self.mode not in ("live", "idle") or not self.next_label.text():
            return []
        return self.next_label.text().split("\n")

    @property
    def message_title(self) -> str:
        return self._message[0] if self._message else ""

    @property
    def message_lines(self) -> list[str]:
        return list(self._message[1]) if self._message else []

    @property
    def reading_title(self) -> str:
        return self._reading.title if self._reading else ""

    @property
    def text_first_line(self) -> int:
        """The index of the first wrapped line on the screen (long text)."""
        return self.text_area.first if self.mode == "reading" else 0

    @property
    def text_line_count(self) -> int:
        return len(self.text_area.lines) if self.mode == "reading" else 0

    @property
    def text_visible_lines(self) -> int:
        return self.text_area.visible_count if self.mode == "reading" else 0

    @property
    def text_shown(self) -> list[str]:
        """The wrapped lines of long text on the screen now."""
        return self.text_area.shown() if self.mode == "reading" else []

    @property
    def text_fraction(self) -> float:
        return self.text_area.fraction if self.mode == "reading" else 0.0

    # --- state ------------------------------------------------------------------

    def set_blank(self, blank: bool) -> None:
        """Hide everything but the congress title (the hall's "hide" state)."""
        if blank != self._blank:
            self._blank = blank
            self._update_texts()

    def show_message(self, title: str, lines: list[str], chart: Chart | None = None) -> None:
        """Show a results panel (votes, elections) instead of the speaker; with a
        chart, the lines are a short summary above it."""
        self._message = (_one_line(title), tuple(line.strip() for line in lines))
        self._chart = chart
        self.chart_area.set_chart(chart)
        self._update_texts()

    def clear_message(self) -> None:
        if self._message is not None:
            self._message = None
            self._chart = None
            self.chart_area.set_chart(None)
            self._update_texts()

    def show_text(
        self,
        title: str,
        paragraphs: Sequence[str],
        headings: Collection[int] = (),
        *,
        keep_position: bool = False,
    ) -> None:
        """Show long text (read back to the hall) from its start, or where it was."""
        fraction = self.text_area.fraction if keep_position and self._reading else 0.0
        self._reading = ReadingText(_one_line(title), tuple(paragraphs), frozenset(headings))
        self.text_area.first = 0
        self._update_texts()
        self.set_text_fraction(fraction)

    def clear_text(self) -> None:
        if self._reading is not None:
            self._reading = None
            self._update_texts()

    def scroll_text(self, lines: int) -> bool:
        """Move the long text by ``lines`` (negative: back); True if it moved."""
        return self._scrolled(self.text_area.scroll_to(self.text_area.first + lines))

    def scroll_text_pages(self, pages: int) -> bool:
        """A screenful forward (or back), keeping one line of the last for context."""
        step = max(1, self.text_area.visible_count - 1)
        return self.scroll_text(pages * step)

    def scroll_text_to(self, first: int) -> bool:
        return self._scrolled(self.text_area.scroll_to(first))

    def scroll_text_to_paragraph(self, index: int) -> bool:
        """Show the long text from its paragraph ``index`` (as far as the end allows)."""
        starts = self.text_area.starts
        if not starts:
            return False
        return self.scroll_text_to(starts[max(0, min(index, len(starts) - 1))])

    def set_text_fraction(self, fraction: float) -> bool:
        """Show the place ``fraction`` (0 start, 1 end) of the text (to follow another view)."""
        area = self.text_area
        return self._scrolled(area.scroll_to(round(max(0.0, min(1.0, fraction)) * area.max_first)))

    def _scrolled(self, moved: bool) -> bool:
        if moved:
            self.revision += 1
        return moved

    def refresh(self) -> None:
        """Reload everything from the services."""
        self._data = load(self.ctx)
        self._update_texts()

    def tick(self) -> None:
        """Update only the countdown, from ``ctx.store.clock()``."""
        speech, store = self._data.speech, self.ctx.store
        if speech is None or store is None:
            self._countdown_state = ""
            return
        clock = countdown(
            speech.limit_seconds,
            speech.elapsed_seconds,
            speech.running_since,
            store.clock(),
            self._data.warn_seconds,
        )
        if clock.overtime:
            text, status = f"+{clock_text(-clock.remaining)}", "overtime"
        else:
            text, status = clock_text(clock.remaining), "warning" if clock.warning else "normal"
        caption = HALL_TEXT["overtime"] if clock.overtime else HALL_TEXT["remaining"]
        if not clock.running:
            status, caption = "paused", HALL_TEXT["paused"]
        # Touch the labels only when something changed (ticks come four times a second).
        if self.countdown_label.text() != text:
            self.countdown_label.setText(text)
            self.revision += 1
        if self.status_label.text() != caption:
            self.status_label.setText(caption)
            self.revision += 1
        if status != self._countdown_state:
            self._countdown_state = status
            self._color(self.countdown_label, COUNTDOWN_COLORS[status])
            self._color(self.status_label, STATUS_COLORS[status])
            self.revision += 1

    # --- texts and layout ----------------------------------------------------------

    def _update_texts(self) -> None:
        data, mode = self._data, self.mode
        speech = data.speech
        self.item_label.setText(data.item)
        self.speaker_label.setText(comrade(_one_line(speech.speaker)) if speech else "")
        self.kind_label.setText(HALL_TEXT[speech.kind.value] if speech else "")
        self.presenter_label.setText(data.presenter)
        if mode == "idle" and not data.item:
            # Before the first item: what comes first.
            self.eyebrow_label.setText(HALL_TEXT["upcoming"])
            self.big_item_label.setText(data.following)
        else:
            self.eyebrow_label.setText("")
            self.big_item_label.setText(data.item)
        if data.next_speakers:
            self.caption_label.setText(HALL_TEXT["next_speakers"].upper())
            self.next_label.setText("\n".join(comrade(n) for n in data.next_speakers))
        elif mode == "idle" and data.item and data.following:
            self.caption_label.setText(HALL_TEXT["next_item"].upper())
            self.next_label.setText(data.following)
        else:
            self.caption_label.setText("")
            self.next_label.setText("")
        if self._message:
            self.message_title_label.setText(self._message[0])
            self.message_label.setText("\n".join(self._message[1]))
        self._countdown_state = ""
        self.tick()
        self._relayout()
        self.update()

    def _visible_labels(self) -> tuple[list[HallLabel], list[HallLabel]]:
        """The body's labels and the footer's labels for the current mode."""
        mode = self.mode
        footer = [self.caption_label, self.next_label]
        if mode == "live":
            body = [
                self.item_label,
                self.speaker_label,
                self.kind_label,
                self.countdown_label,
                self.status_label,
            ]
        elif mode == "idle":
            body = [self.eyebrow_label, self.big_item_label, self.presenter_label]
        elif mode == "message":
            body, footer = [self.message_title_label, self.message_label], []
        else:
            body, footer = [], []
        body = [label for label in body if label.text()]
        footer = [label for label in footer if label.text()] if self.next_label.text() else []
        return body, footer

    def _spec(self, label: QLabel) -> tuple[float, bool, int, float]:
        """(font size as a fraction of the height, bold, max lines, space before it)."""
        if label is self.message_label:
            return (SIZE_MESSAGE_LINE, False, label.text().count("\n") + 3, 0.03)
        return self._specs[label]

    def _font(self, px: float, bold: bool) -> QFont:
        font = QFont(self.font().family())
        font.setPixelSize(max(MIN_PX, round(px)))
        font.setBold(bold)
        return font

    @staticmethod
    def _lines(font: QFont, text: str, width: int) -> list[str] | None:
        """The wrapped lines, or None when a word is wider than ``width``."""
        metrics = QFontMetrics(font)
        lines = HallLabel.wrap(text, metrics, width)
        if any(metrics.horizontalAdvance(line) > width for line in lines):
            return None
        return lines

    def _fits(self, font: QFont, text: str, width: int, lines: int) -> bool:
        wrapped = self._lines(font, text, width)
        return wrapped is not None and len(wrapped) <= lines

    def _fit(self, text: str, width: int, px: float, bold: bool, lines: int) -> QFont:
        """The largest font up to ``px`` that sets ``text`` in ``lines`` lines of ``width``."""
        # Prefer no wrapping, down to three quarters of the size, before wrapping.
        own = text.count("\n") + 1
        lines = max(lines, own)
        for allowed in sorted({own, lines}):
            floor = max(MIN_PX, round(px * 0.75)) if allowed < lines else MIN_PX
            size = max(MIN_PX, round(px))
            while True:
                font = self._font(size, bold)
                if self._fits(font, text, width, allowed):
                    return font
                if size <= floor:
                    break
                size = max(floor, min(size - 1, int(size * 0.95)))
        return self._font(MIN_PX, bold)

    def _place(self, label: QLabel, font: QFont, x: int, y: int, width: int) -> int:
        """Set the label's font and geometry; returns its height."""
        label.setFont(font)
        height = self._height_of(label, font, width)
        label.setGeometry(x, y, width, height)
        return height

    def _fit_title(self, width: int, px: float) -> tuple[str, QFont]:
        """The title in one line, or two balanced lines, as large as fits (up to ``px``).

        Two lines break where they come out most even, or between the name and
        the term when that costs little size.
        """
        parts = self._data.title
        name, term = _nbsp_ordinal(parts.name), _nbsp(parts.term)
        joined = ", ".join(p for p in (name, term) if p)
        words = joined.split(" ")  # no-break spaces hold "LẦN THỨ VI" and "2020 – 2025"
        options: list[tuple[str, ...]] = [(joined,)]
        options += [(" ".join(words[:i]), " ".join(words[i:])) for i in range(1, len(words))]
        size = max(MIN_PX, round(px))
        metrics = QFontMetrics(self._font(size, True))

        def widest(lines: tuple[str, ...]) -> int:
            return max(metrics.horizontalAdvance(line) for line in lines)

        def reach(lines: tuple[str, ...]) -> float:  # the size at which the lines fit
            return min(float(size), size * width / max(1, widest(lines)))

        best = max(reach(o) for o in options)
        if reach(options[0]) >= best:
            choice = options[0]
        else:
            explicit = (name, term) if name and term else None
            if explicit is not None and reach(explicit) >= best * 0.92:
                choice = explicit
            else:
                close = [o for o in options[1:] if reach(o) >= best * 0.999]
                choice = min(close, key=widest)
        text = "\n".join(choice)
        size = max(MIN_PX, int(reach(choice)))
        while True:
            font = self._font(size, True)
            lines_fit = all(QFontMetrics(font).horizontalAdvance(line) <= width for line in choice)
            if lines_fit or size <= MIN_PX:
                return text, font
            size -= 1

    def _relayout(self) -> None:
        self.revision += 1
        w, h = self.width(), self.height()
        for label in self.findChildren(QLabel):
            label.hide()
        self.text_area.hide()
        self.chart_area.hide()
        self._rule = None
        if w <= 0 or h <= 0:
            return
        if self._reading is not None and not self._blank:
            self._layout_reading(self._reading)
            return
        mx, my = round(w * 0.05), round(h * 0.045)
        inner = w - 2 * mx
        body, footer = self._visible_labels()
        alone = not body and not footer

        if self._data.title.text:
            text, font = self._fit_title(inner, h * (SIZE_TITLE_BLANK if alone else SIZE_TITLE))
            self.title_label.setText(text)
            height = self._height_of(self.title_label, font, inner)
            y = (h - height) // 2 - round(h * 0.02) if alone else my
            self._place(self.title_label, font, mx, y, inner)
            self.title_label.show()
            rule_y = y + height + round(h * 0.022)
            rule_w = round(w * (0.3 if alone else 0.5))
            self._rule = QRect((w - rule_w) // 2, rule_y, rule_w, max(2, round(h * 0.003)))
            top = rule_y + round(h * 0.03)
        else:
            self.title_label.setText("")
            top = my
        bottom = h - my

        # The footer sits at the bottom and gives way first (down to 70 %); then the
        # body, centred between the title and the footer, shrinks if it must.
        gap = round(h * 0.03)
        need = self._stack(body, mx, inner, 0, 1.0, place=False)
        footer_scale = 1.0
        while footer and footer_scale > 0.7:
            footer_height = self._stack(footer, mx, inner, 0, footer_scale, place=False)
            if need <= bottom - footer_height - gap - top:
                break
            footer_scale -= 0.05
        footer_height = self._stack(footer, mx, inner, 0, footer_scale, place=False)
        footer_top = bottom - footer_height
        self._stack(footer, mx, inner, footer_top, footer_scale, place=True)
        limit = (footer_top - gap) if footer else bottom

        if self.mode == "message" and self._chart is not None:
            self._layout_chart(body, mx, inner, top, bottom)
            return
        scale, room = 1.0, max(0, limit - top)
        for _ in range(4):
            if need <= room:
                break
            scale *= max(0.5, room / need) * 0.98
            need = self._stack(body, mx, inner, 0, scale, place=False)
        self._stack(body, mx, inner, top + max(0, (room - need) // 2), scale, place=True)

    def _layout_chart(
        self, body: list[HallLabel], x: int, width: int, top: int, bottom: int
    ) -> None:
        """A results panel with a chart: the summary takes at most a third, the chart the rest."""
        room = max(0, bottom - top)
        text_room = round(room * 0.34)
        scale = 1.0
        need = self._stack(body, x, width, 0, scale, place=False)
        for _ in range(4):
            if need <= text_room:
                break
            scale *= max(0.5, text_room / max(1, need)) * 0.98
            need = self._stack(body, x, width, 0, scale, place=False)
        used = self._stack(body, x, width, top, scale, place=True)
        chart_top = top + used + round(self.height() * 0.03)
        self.chart_area.setGeometry(x, chart_top, width, max(1, bottom - chart_top))
        self.chart_area.show()

    def _layout_reading(self, reading: ReadingText) -> None:
        """The text's title at the top, a rule, then the text filling the screen."""
        w, h = self.width(), self.height()
        mx, my = round(w * 0.05), round(h * 0.045)
        inner = w - 2 * mx
        y = my
        if reading.title:
            self.reading_title_label.setText(reading.title)
            font = self._fit(reading.title, inner, h * SIZE_READING_TITLE, True, 1)
            y += self._place(self.reading_title_label, font, mx, y, inner)
            self.reading_title_label.show()
            rule_y = y + round(h * 0.015)
            rule_w = round(w * 0.3)
            self._rule = QRect((w - rule_w) // 2, rule_y, rule_w, max(2, round(h * 0.003)))
            y = rule_y + round(h * 0.025)
        fraction = self.text_area.fraction  # measured before the geometry changes
        self.text_area.setGeometry(mx, y, inner, max(1, h - my - y))
        self.text_area.set_content(reading, round(h * SIZE_READING), fraction)
        self.text_area.show()

    def _height_of(self, label: QLabel, font: QFont, width: int) -> int:
        lines = HallLabel.wrap(label.text(), QFontMetrics(font), width)
        return HallLabel.block_height(font, len(lines))

    def _stack(
        self, labels: list[HallLabel], x: int, width: int, y: int, scale: float, *, place: bool
    ) -> int:
        """Set the labels one under another from ``y``; returns the height they take."""
        h = self.height()
        total = 0
        for n, label in enumerate(labels):
            fraction, bold, lines, before = self._spec(label)
            font = self._fit(label.text(), width, h * fraction * scale, bold, lines)
            gap = round(h * before * scale) if n else 0
            total += gap
            if place:
                total += self._place(label, font, x, y + total, width)
                label.show()
            else:
                total += self._height_of(label, font, width)
        return total

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        rect = self.rect()
        gradient = QLinearGradient(0, 0, 0, rect.height())
        gradient.setColorAt(0.0, BG_TOP)
        gradient.setColorAt(1.0, BG_BOTTOM)
        painter.fillRect(rect, gradient)
        # A thin gold frame inset from the edges, and a rule under the title.
        inset = max(4, round(rect.height() * 0.018))
        pen = QPen(GOLD)
        pen.setWidthF(max(1.0, rect.height() * 0.0016))
        painter.setPen(pen)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.drawRect(QRectF(rect.adjusted(inset, inset, -inset, -inset)))
        if self._rule is not None:
            painter.fillRect(self._rule, GOLD)
        painter.end()


def _nbsp_ordinal(name: str) -> str:
    """Keep "LẦN THỨ VI" on one line."""
    ordinal = HALL_TEXT["ordinal"]
    if f" {ordinal} " in name:
        head, _, tail = name.rpartition(f" {ordinal} ")
        return f"{head} {_nbsp(ordinal)}{NBSP}{tail}"
    return name


class ProjectorWindow(QWidget):
    """A frameless top-level window showing a HallView full-screen.

    Esc or F12 hides it (``dismissed``); B asks for the blank screen
    (``blank_requested``). Closing the main window quits the app even while
    this window is shown.
    """

    dismissed = Signal()
    blank_requested = Signal()

    def __init__(self, ctx: CongressContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        self.setWindowTitle(self.tr("Projector"))
        self.hall = HallView(ctx, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hall)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def show_on(self, screen: QScreen) -> None:
        """Full screen on ``screen`` (moving there if shown elsewhere)."""
        if self.isVisible() and self.screen() is not screen:
            self.hide()
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.showFullScreen()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_F12):
            self.hide()
            self.dismissed.emit()
        elif event.key() == Qt.Key.Key_B:
            self.blank_requested.emit()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Alt+F4 on the projector hides it like Esc; the controller keeps the window.
        event.ignore()
        self.hide()
        self.dismissed.emit()


def _holder(view: HallView) -> QWidget:
    """What shows ``view``: the projector window, or the preview that renders it."""
    parent = view.parentWidget()
    return parent if parent is not None else view


class ProjectorController(QObject):
    """Owns the projector window, the blank state and the countdown tick.

    Every HallView it knows (the window's and those of previews, ``add_view``)
    follows it: refreshed on ``ctx.changed``, ticked every 250 ms, blanked and
    given messages and long text together (long text scrolls on the window's view and
    the others follow it). ``state_changed`` fires when the window is shown or
    hidden, the blank state flips, or the screens or the chosen screen change;
    ``refreshed`` when what the hall sees changed (the previews repaint).
    """

    state_changed = Signal()
    refreshed = Signal()

    def __init__(
        self, ctx: CongressContext, host: QWidget | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.host = host  # the main window: by default the projector goes elsewhere
        self._blank = False
        self._message: tuple[str, list[str], Chart | None] | None = None
        self._reading: ReadingText | None = None
        self._views: list[HallView] = []
        self._stale: set[int] = set()  # ids of hidden views that missed a change
        self.window = ProjectorWindow(ctx)
        self.window.dismissed.connect(self.state_changed)
        self.window.blank_requested.connect(self.toggle_blank)
        self.add_view(self.window.hall)
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        # Typed changes, routed for the window (whose life the views share); only
        # those touching what the hall shows reload it (``_on_change``).
        ctx.changed.watch(self.window, frozenset(), self._on_change)
        ctx.opened.connect(self.refresh)
        ctx.closed.connect(self.refresh)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.screenAdded.connect(self._screens_changed)
            app.screenRemoved.connect(self._screen_removed)

    @property
    def hall(self) -> HallView:
        return self.window.hall

    @property
    def is_blank(self) -> bool:
        return self._blank

    @property
    def is_shown(self) -> bool:
        return self.window.isVisible()

    # --- views ---------------------------------------------------------------------

    def add_view(self, view: HallView) -> None:
        """Make a HallView follow this controller (blank state, messages, data)."""
        if view in self._views:
            return
        self._views.append(view)
        view.destroyed.connect(lambda *_: self._forget(view))
        _holder(view).installEventFilter(self)
        view.set_blank(self._blank)
        if self._message is not None:
            view.show_message(*self._message)
        if self._reading is not None:
            reading = self._reading
            view.show_text(reading.title, reading.paragraphs, reading.headings)
        view.refresh()
        if self._reading is not None:
            view.set_text_fraction(self.hall.text_fraction)

    def remove_view(self, view: HallView) -> None:
        self._forget(view)

    def _forget(self, view: HallView) -> None:
        if view in self._views:
            self._views.remove(view)
        self._stale.discard(id(view))

    def _seen(self, view: HallView) -> bool:
        """On screen, or nothing is (no window shown: a view built alone follows at once)."""
        if _holder(view).isVisible():
            return True
        host = self.host
        return host is None or not host.isVisible()

    @Slot()
    def _on_change(self, change: Change) -> None:
        """A ballot paper stored does not reload the hall; a change that names no row
        (nothing written, or not known) does, to be safe."""
        if change.tables and not change.touches(*HALL_WATCHES):
            return
        self.refresh()

    def refresh(self) -> None:
        """Reload the views on screen; a hidden one (the projector window off, the
        preview closed) is marked stale and reloads when shown (issue 16)."""
        for view in self._views:
            if self._seen(view):
                self._stale.discard(id(view))
                view.refresh()
            else:
                self._stale.add(id(view))
        self.refreshed.emit()

    def is_stale(self, view: HallView) -> bool:
        return id(view) in self._stale

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self._stale:
            for view in self._views:
                if _holder(view) is watched and id(view) in self._stale:
                    self._stale.discard(id(view))
                    view.refresh()
                    self.refreshed.emit()
        return False

    @Slot()
    def tick(self) -> None:
        for view in self._views:
            view.tick()

    # --- blank and messages --------------------------------------------------------------

    @Slot()
    def toggle_blank(self) -> None:
        self.set_blank(not self._blank)

    def set_blank(self, blank: bool) -> None:
        if blank == self._blank:
            return
        self._blank = blank
        for view in self._views:
            view.set_blank(blank)
        self.refreshed.emit()
        self.state_changed.emit()

    def show_message(self, title: str, lines: list[str], chart: Chart | None = None) -> None:
        """A results panel (with a chart when given); it replaces long text being read back."""
        self._message = (title, list(lines), chart)
        self._reading = None
        for view in self._views:
            view.clear_text()
            view.show_message(title, lines, chart)
        self.refreshed.emit()

    def clear_message(self) -> None:
        """Back to the programme: the results panel and any long text go."""
        self._message = None
        self._reading = None
        for view in self._views:
            view.clear_text()
            view.clear_message()
        self.refreshed.emit()

    # --- long text read back (the minutes) -----------------------------------------------

    @property
    def is_reading(self) -> bool:
        return self._reading is not None

    def show_text(
        self,
        title: str,
        paragraphs: Sequence[str],
        headings: Collection[int] = (),
        *,
        keep_position: bool = False,
    ) -> None:
        """Long text in large type, scrolled with ``scroll_text``; replaces a message.

        ``keep_position``: the text changed while shown, stay at the same place.
        """
        keep = keep_position and self._reading is not None
        self._reading = ReadingText(title, tuple(paragraphs), frozenset(headings))
        self._message = None
        for view in self._views:
            view.clear_message()
            view.show_text(title, paragraphs, headings, keep_position=keep)
        self._follow()

    def clear_text(self) -> None:
        self._reading = None
        for view in self._views:
            view.clear_text()
        self.refreshed.emit()

    def scroll_text(self, lines: int = 0, pages: int = 0) -> bool:
        """Move the long text by lines or screenfuls; True if it moved."""
        if self._reading is None:
            return False
        moved = False
        if pages:
            moved = self.hall.scroll_text_pages(pages)
        if lines:
            moved = self.hall.scroll_text(lines) or moved
        if moved:
            self._follow()
        return moved

    def scroll_text_to_start(self) -> bool:
        return self._jump(0)

    def scroll_text_to_end(self) -> bool:
        return self._jump(self.hall.text_line_count)

    def scroll_text_to_paragraph(self, index: int) -> bool:
        """Show the long text from its paragraph ``index`` (a section's heading)."""
        if self._reading is None or not self.hall.scroll_text_to_paragraph(index):
            return False
        self._follow()
        return True

    def _jump(self, first: int) -> bool:
        if self._reading is None or not self.hall.scroll_text_to(first):
            return False
        self._follow()
        return True

    def _follow(self) -> None:
        """The other views (previews) show the same place as the window's view."""
        fraction = self.hall.text_fraction
        for view in self._views:
            if view is not self.hall:
                view.set_text_fraction(fraction)
        self.refreshed.emit()

    # --- window and screens ---------------------------------------------------------

    def screens(self) -> list[str]:
        return [s.name() for s in QGuiApplication.screens()]

    def screen_name(self) -> str:
        """The screen the projector opens on."""
        screen = self.target_screen()
        return screen.name() if screen else ""

    def target_screen(self) -> QScreen | None:
        """The chosen screen if connected; else one that is not the main window's."""
        screens = QGuiApplication.screens()
        if not screens:
            return None
        chosen = str(state.settings().value(SCREEN_KEY, "") or "")
        for screen in screens:
            if chosen and screen.name() == chosen:
                return screen
        own = self.host.screen() if self.host is not None else QGuiApplication.primaryScreen()
        others = [s for s in screens if s is not own]
        return others[0] if others else screens[0]

    @Slot(str)
    def choose_screen(self, name: str) -> None:
        """Remember the projector's screen and move the window there if shown."""
        state.settings().setValue(SCREEN_KEY, name)
        screen = self.target_screen()
        if self.window.isVisible() and screen is not None:
            self.window.show_on(screen)
        self.state_changed.emit()

    @Slot()
    def toggle_window(self) -> None:
        if self.window.isVisible():
            self.hide_window()
        else:
            self.show_window()

    @Slot()
    def show_window(self) -> None:
        screen = self.target_screen()
        if screen is None:
            return
        self.window.hall.refresh()
        self.window.show_on(screen)
        if self.host is not None and self.host.screen() is not screen:
            self.host.activateWindow()  # the secretary keeps typing on their own screen
        self.state_changed.emit()

    @Slot()
    def hide_window(self) -> None:
        if self.window.isVisible():
            self.window.hide()
            self.state_changed.emit()
        if self.host is not None:
            self.host.activateWindow()

    def _screens_changed(self, *_: object) -> None:
        self.state_changed.emit()

    def _screen_removed(self, screen: QScreen) -> None:
        if self.window.isVisible() and self.window.screen() is screen:
            self.window.hide()
        self.state_changed.emit()

    def shutdown(self) -> None:
        """Hide and drop the window (call when the main window closes)."""
        self.timer.stop()
        self.window.hide()
        self.window.deleteLater()


class ProjectorPreview(QWidget):
    """A small live copy of exactly what the hall sees, for the secretary's screen.

    Owns a hidden 1920×1080 HallView that follows the controller, and paints a
    scaled rendering of it at ~2 Hz and whenever the content changes, keeping
    16:9 with letterboxing; "HIDDEN" over it while the hall screen is blank.
    """

    def __init__(self, controller: ProjectorController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.hall = HallView(controller.ctx, self)
        self.hall.hide()
        self.hall.resize(DESIGN_SIZE)
        self._pixmap = QPixmap()
        self._rendering = False
        self._rendered = -1  # the hall's revision last rendered
        self.setMinimumSize(160, 90)
        self.setToolTip(self.tr("What the hall sees on the projector"))
        controller.add_view(self.hall)
        controller.refreshed.connect(self.render_now)
        controller.state_changed.connect(self.render_now)
        self.timer = QTimer(self)
        self.timer.setInterval(PREVIEW_MS)
        self.timer.timeout.connect(self._on_timer)
        self.timer.start()
        self.render_now()

    def sizeHint(self) -> QSize:
        return QSize(400, 225)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return round(width * 9 / 16)

    def pixmap(self) -> QPixmap:
        """The last rendering (16:9, the size it is painted at)."""
        return self._pixmap

    def target_rect(self) -> QRect:
        """The 16:9 rectangle the hall is painted in, centred (letterboxed)."""
        w, h = self.width(), self.height()
        if w * 9 > h * 16:
            tw, th = round(h * 16 / 9), h
        else:
            tw, th = w, round(w * 9 / 16)
        return QRect((w - tw) // 2, (h - th) // 2, max(1, tw), max(1, th))

    def _on_timer(self) -> None:
        # Only when the hall's content changed: the countdown, about once a second.
        if self.isVisible() and self.hall.revision != self._rendered:
            self.render_now()

    @Slot()
    def render_now(self) -> None:
        # Rendering sends the pending resize events, which come back here.
        if self._rendering:
            return
        host = self.controller.host
        if not self.isVisible() and host is not None and host.isVisible():
            self._rendered = -1  # closed beside a window on screen: rendered when shown
            return
        self._rendering = True
        try:
            self._render()
        finally:
            self._rendering = False
        self.update()

    def _render(self) -> None:
        target = self.target_rect()
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(QSize(round(target.width() * ratio), round(target.height() * ratio)))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(BG_BOTTOM)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.scale(target.width() / self.hall.width(), target.height() / self.hall.height())
        self.hall.render(painter, QPoint())
        painter.end()
        self._pixmap = pixmap
        self._rendered = self.hall.revision

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.render_now()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._rendered != self.hall.revision or self._rendered == -1:
            self.render_now()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#1b1b1b"))
        target = self.target_rect()
        if not self._pixmap.isNull():
            painter.drawPixmap(target, self._pixmap)
        if self.controller.is_blank:
            band = QRect(target.left(), target.center().y() - target.height() // 8,
                         target.width(), target.height() // 4)  # fmt: skip
            painter.fillRect(band, QColor(0, 0, 0, 160))
            font = QFont(self.font())
            font.setBold(True)
            font.setPixelSize(max(10, band.height() // 2))
            painter.setFont(font)
            painter.setPen(QColor("#ffffff"))
            painter.drawText(band, Qt.AlignmentFlag.AlignCenter, self.tr("HIDDEN"))
        painter.end()
