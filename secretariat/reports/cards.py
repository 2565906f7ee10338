"""Delegate cards (thẻ đại biểu): eight 90 × 60 mm cards per A4 page, PDF only.

Each card carries the congress, the delegate's name and position, and a QR code
of the party card number, which the attendance screen's scanner input takes as
typed. Drawn straight on the canvas: a card is a fixed box, not flowing text.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from secretariat.reports.pdf_writer import (
    AUTHOR,
    FONT,
    FONT_BOLD,
    FONT_ITALIC,
    clean,
    register_fonts,
    write_atomically,
)

CARD_WIDTH = 90 * mm
CARD_HEIGHT = 60 * mm
COLUMNS, ROWS = 2, 4
PER_PAGE = COLUMNS * ROWS
PADDING = 4 * mm
QR_SIZE = 22 * mm
CUT_GAP, CUT_LENGTH = 2 * mm, 5 * mm
CARD_TITLE = "THẺ ĐẠI BIỂU"
PROBATIONARY_BAND = "ĐẢNG VIÊN DỰ BỊ – KHÔNG BIỂU QUYẾT"
BAND_HEIGHT = 6 * mm
NO_CODE = "(chưa có số thẻ)"
NAME_MAX, NAME_MIN = 18.0, 9.0
TITLE_MAX, TITLE_MIN = 9.0, 6.5
TITLE_BUDGET = 44.0  # points of card height for the title lines
LINE = 1.2  # leading as a multiple of the size: room for stacked accents
BORDER = colors.Color(0.45, 0.45, 0.45)
CUT = colors.Color(0.6, 0.6, 0.6)


@dataclass(frozen=True, slots=True)
class Card:
    full_name: str
    position: str
    code: str  # the party card number, encoded as is in the QR code
    # A probationary member attends and speaks but does not vote (Điều lệ Đảng,
    # Điều 3; docs/domain/rules.md §1): the card says so on a dark band.
    probationary: bool = False


@dataclass(frozen=True, slots=True)
class Fitted:
    """Text set to fit a width: its size and its lines (at most the lines allowed)."""

    size: float
    lines: tuple[str, ...]


def wrap(value: str, font: str, size: float, width: float) -> list[str]:
    """Greedy word wrap; a word wider than ``width`` is broken between letters."""
    lines: list[str] = []
    current = ""
    for word in value.split():
        candidate = f"{current} {word}" if current else word
        if stringWidth(candidate, font, size) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        current = ""
        for char in word:
            if current and stringWidth(current + char, font, size) > width:
                lines.append(current)
                current = ""
            current += char
    if current:
        lines.append(current)
    return lines


def _ellipsize(line: str, font: str, size: float, width: float) -> str:
    while line and stringWidth(line + "…", font, size) > width:
        line = line[:-1]
    return line.rstrip() + "…"


def fit_lines(
    value: str,
    font: str,
    width: float,
    max_size: float,
    min_size: float,
    max_lines: int = 2,
) -> Fitted:
    """The largest size (``min_size`` … ``max_size``) that fits, on one line if it can.

    One line is kept while it is at least three quarters the size two lines would
    allow; when nothing fits even at ``min_size`` the last line is cut with "…".
    Every returned line is at most ``width`` wide.
    """
    value = " ".join(clean(value).split())
    if not value:
        return Fitted(max_size, ())
    natural = stringWidth(value, font, max_size)
    one = max_size if natural <= width else max_size * width / natural
    if one >= max_size:
        return Fitted(max_size, (value,))
    size = max_size
    while size >= min_size and max_lines > 1:
        lines = wrap(value, font, size, width)
        if len(lines) <= max_lines:
            if one >= min_size and one >= 0.75 * size:
                break
            return Fitted(size, tuple(lines))
        size -= 0.5
    if one >= min_size:
        one = int(one * 10) / 10  # round down so that it surely fits
        return Fitted(one, (value,))
    lines = wrap(value, font, min_size, width)
    kept = lines[:max_lines]
    if len(lines) > max_lines:
        kept[-1] = _ellipsize(kept[-1], font, min_size, width)
    return Fitted(min_size, tuple(kept))


def qr_drawing(code: str, size: float = QR_SIZE) -> Drawing:
    """A QR code of ``code`` exactly as given, ``size`` points square (quiet zone included)."""
    widget = QrCodeWidget(code, barWidth=size, barHeight=size, barLevel="M", barBorder=2)
    register_fonts()
    # Without a font of its own the drawing would pull in Helvetica, unused.
    drawing = Drawing(size, size, initialFontName=FONT, initialFontSize=8)
    drawing.add(widget)
    return drawing


def _draw_lines(canv: Any, fitted: Fitted, font: str, centre: float, top: float) -> float:
    """Centred lines from ``top`` down; returns the y under the last line."""
    y = top
    for line in fitted.lines:
        y -= fitted.size * LINE
        canv.setFont(font, fitted.size)
        canv.drawCentredString(centre, y + fitted.size * 0.25, line)
    return y


def _title_block(title_lines: Sequence[str], width: float) -> list[Fitted]:
    fitted = [fit_lines(line, FONT_BOLD, width, TITLE_MAX, TITLE_MIN) for line in title_lines]
    height = sum(f.size * LINE * len(f.lines) for f in fitted)
    if height <= TITLE_BUDGET:
        return fitted
    scale = TITLE_BUDGET / height  # smaller type is narrower too: the lines still fit
    return [Fitted(f.size * scale, f.lines) for f in fitted]


def _draw_card(canv: Any, card: Card, titles: Sequence[Fitted], x: float, y: float) -> None:
    canv.setStrokeColor(BORDER)
    canv.setLineWidth(0.5)
    canv.rect(x, y, CARD_WIDTH, CARD_HEIGHT)
    inner = CARD_WIDTH - 2 * PADDING
    top = y + CARD_HEIGHT - PADDING
    for fitted in titles:
        top = _draw_lines(canv, fitted, FONT_BOLD, x + CARD_WIDTH / 2, top)
    heading = Fitted(15, (CARD_TITLE,))
    top = _draw_lines(canv, heading, FONT_BOLD, x + CARD_WIDTH / 2, top - 2)
    canv.setLineWidth(0.4)
    canv.line(x + CARD_WIDTH / 2 - 20 * mm, top - 1, x + CARD_WIDTH / 2 + 20 * mm, top - 1)

    # Lower part: name and position on the left, the QR code on the right.
    code = card.code
    qr_x = x + CARD_WIDTH - PADDING - QR_SIZE
    caption = y + PADDING
    canv.setFillColor(colors.black)
    if code.strip():
        renderPDF.draw(qr_drawing(code), canv, qr_x, caption + 7)
        label = fit_lines(code, FONT, QR_SIZE, 8, 5, max_lines=1)
        _draw_lines(canv, label, FONT, qr_x + QR_SIZE / 2, caption + label.size * LINE)
    else:
        note = Fitted(8, (NO_CODE,))
        _draw_lines(canv, note, FONT_ITALIC, qr_x + QR_SIZE / 2, caption + QR_SIZE / 2 + 14)

    left_width = inner - QR_SIZE - 3 * mm
    centre = x + PADDING + left_width / 2
    if card.probationary:
        canv.setFillColor(colors.black)
        canv.rect(x + PADDING, caption, left_width, BAND_HEIGHT, stroke=0, fill=1)
        band = fit_lines(PROBATIONARY_BAND, FONT_BOLD, left_width - 2 * mm, 8, 5, max_lines=1)
        canv.setFillColor(colors.white)
        _draw_lines(canv, band, FONT_BOLD, centre, caption + (BAND_HEIGHT + band.size) / 2)
        canv.setFillColor(colors.black)
        caption += BAND_HEIGHT
    name = fit_lines(card.full_name, FONT_BOLD, left_width, NAME_MAX, NAME_MIN)
    position = fit_lines(card.position, FONT, left_width, 11, 7)
    block = (len(name.lines) * name.size + len(position.lines) * position.size) * LINE + 4
    area_top = top - 4
    start = caption + (area_top - caption + block) / 2
    after_name = _draw_lines(canv, name, FONT_BOLD, centre, start)
    _draw_lines(canv, position, FONT, centre, after_name - 4)


def _draw_cut_marks(canv: Any, x0: float, y0: float) -> None:
    """Short ticks outside the grid where the cut lines run, light enough to ignore."""
    canv.setStrokeColor(CUT)
    canv.setLineWidth(0.3)
    right, top = x0 + COLUMNS * CARD_WIDTH, y0 + ROWS * CARD_HEIGHT
    for column in range(COLUMNS + 1):
        x = x0 + column * CARD_WIDTH
        canv.line(x, top + CUT_GAP, x, top + CUT_GAP + CUT_LENGTH)
        canv.line(x, y0 - CUT_GAP, x, y0 - CUT_GAP - CUT_LENGTH)
    for row in range(ROWS + 1):
        y = y0 + row * CARD_HEIGHT
        canv.line(x0 - CUT_GAP, y, x0 - CUT_GAP - CUT_LENGTH, y)
        canv.line(right + CUT_GAP, y, right + CUT_GAP + CUT_LENGTH, y)


def render_cards(cards: Sequence[Card], *, title_lines: tuple[str, ...]) -> bytes:
    """The cards as PDF bytes, eight to an A4 page, in the order given."""
    register_fonts()
    buffer = io.BytesIO()
    canv = Canvas(buffer, pagesize=A4, lang="vi", initialFontName=FONT)
    canv.setTitle(CARD_TITLE.capitalize())
    canv.setAuthor(AUTHOR)
    canv.setCreator(AUTHOR)
    page_width, page_height = A4
    x0 = (page_width - COLUMNS * CARD_WIDTH) / 2
    y0 = (page_height - ROWS * CARD_HEIGHT) / 2
    titles = _title_block(title_lines, CARD_WIDTH - 2 * PADDING)
    for start in range(0, max(len(cards), 1), PER_PAGE):
        _draw_cut_marks(canv, x0, y0)
        for index, card in enumerate(cards[start : start + PER_PAGE]):
            column, row = index % COLUMNS, index // COLUMNS
            x = x0 + column * CARD_WIDTH
            y = y0 + (ROWS - 1 - row) * CARD_HEIGHT
            _draw_card(canv, card, titles, x, y)
        canv.showPage()
    canv.save()
    return buffer.getvalue()


def write_cards(cards: Sequence[Card], path: Path, *, title_lines: tuple[str, ...]) -> Path:
    """Write the delegate cards to ``path`` (atomically); returns ``path``."""
    return write_atomically(Path(path), render_cards(cards, title_lines=title_lines))
