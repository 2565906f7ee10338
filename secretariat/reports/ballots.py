"""Ballots (phiếu bầu cử): several to an A4 page with dashed cut lines, PDF only.

190-QĐ/TW Điều 15 (``docs/domain/rules.md`` 4.3): every name on the list, in
ballot order (4.2), a marked box in the upper-left corner for the stamp, and one
of two forms:

* a list with a surplus (more candidates than seats): numbered names with room
  to strike through each person not chosen;
* a list without a surplus (candidates = seats, the one-person bí thư list too):
  a ruled table STT | Họ và tên | Đồng ý | Không đồng ý, one X per row.

A serial number (top right) is printed only where the congress wants one (the
setting ``elections.print_serials``, off by default: a number printed before the
hand-out breaks the secrecy of the ballot); the tellers number the papers as they
count, and the entry journal and double entry key on that number. Drawn straight
on the canvas like the delegate cards: a ballot is a fixed box, not flowing text.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm as _mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from secretariat.reports.cards import LINE, Fitted, fit_lines
from secretariat.reports.pdf_writer import (
    AUTHOR,
    FONT,
    FONT_BOLD,
    FONT_ITALIC,
    clean,
    register_fonts,
    write_atomically,
)
from secretariat.rules.collation import fold, sort_names
from secretariat.text import upper

__all__ = [
    "BALLOT_TITLE",
    "LAYOUTS",
    "BallotForm",
    "BallotSpec",
    "auto_per_page",
    "form",
    "render_ballots",
    "serial_label",
    "write_ballots",
]

BallotForm = Literal["surplus", "no_surplus"]
MM: float = float(_mm)  # typed: reportlab has no annotations

BALLOT_TITLE = "PHIẾU BẦU CỬ"
STAMP_CAPTION = "Dấu của cấp ủy triệu tập đại hội"  # 190-QĐ/TW Điều 15: the convening committee
SURPLUS_NOTE = "Gạch tên người không bầu"
NO_SURPLUS_NOTE = "Đánh dấu X vào một ô ở mỗi dòng"
ROUND_LABEL = "Lần bầu thứ %d"
COLUMNS_HEADER = ("STT", "Họ và tên", "Đồng ý", "Không đồng ý")
SERIAL_LABEL = "Số: %s"
SERIAL_DIGITS = 4

# per_page → (columns, rows) on a portrait A4 page.
LAYOUTS: dict[int, tuple[int, int]] = {4: (2, 2), 2: (1, 2), 1: (1, 1)}

PADDING = 6 * MM  # inside each ballot, from the cut line
STAMP_WIDTH, STAMP_HEIGHT = 30 * MM, 20 * MM
CAPTION_SIZE = 7
GAP = 3 * MM
SERIAL_SIZE = 10.0
TITLE_MAX, TITLE_MIN = 11.0, 6.5
HEADING_SIZE = 15.0
SUBJECT_MAX, SUBJECT_MIN = 12.0, 8.0
NOTE_SIZE = 10.0
# Surplus form: rows for the names, generous so a pen stroke stays on its name.
ROW_MIN, ROW_MAX = 8 * MM, 11 * MM
NAME_MIN = 9.0
# No-surplus form: table rows and fixed column widths (the name takes the rest).
TABLE_ROW_MIN, TABLE_ROW_MAX = 9 * MM, 11 * MM
HEADER_ROW = 8 * MM
STT_WIDTH, YES_WIDTH, NO_WIDTH = 13 * MM, 25 * MM, 32 * MM
CELL_PAD = 2 * MM
CUT = colors.Color(0.45, 0.45, 0.45)
GREY = colors.Color(0.4, 0.4, 0.4)


@dataclass(frozen=True, slots=True)
class BallotSpec:
    """What one election's ballot says.

    ``heading`` is the subject under "PHIẾU BẦU CỬ" ("Bầu Chi ủy Chi bộ …, nhiệm kỳ
    2020 – 2025", "Bầu Bí thư Chi bộ"); a heading that is itself "PHIẾU BẦU CỬ" is
    printed once. ``candidates`` may come in any order: the ballot sorts them.
    """

    title_lines: tuple[str, ...]
    heading: str
    candidates: tuple[str, ...]
    seats: int
    round_no: int = 1


def form(spec: BallotSpec) -> BallotForm:
    """ "surplus" when candidates outnumber seats, else "no_surplus" (190 Điều 15)."""
    return "surplus" if len(spec.candidates) > spec.seats else "no_surplus"


def serial_label(serial: int, width: int = SERIAL_DIGITS) -> str:
    """ "Số: 0007"."""
    return SERIAL_LABEL % str(serial).zfill(width)


def _serial_width(first_serial: int, count: int) -> int:
    return max(SERIAL_DIGITS, len(str(first_serial + max(count, 1) - 1)))


# --- layout -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Cell:
    width: float
    height: float


def _cell(per_page: int) -> _Cell:
    columns, rows = LAYOUTS[per_page]
    page_width, page_height = A4
    return _Cell(page_width / columns, page_height / rows)


def _scale(fitted: Fitted, factor: float) -> Fitted:
    return Fitted(fitted.size * factor, fitted.lines) if factor < 1 else fitted


def _block_height(block: Sequence[Fitted]) -> float:
    return sum(f.size * LINE * len(f.lines) for f in block)


@dataclass(frozen=True, slots=True)
class _Header:
    """The top of a ballot, fitted to one cell width."""

    titles: tuple[Fitted, ...]
    headings: tuple[Fitted, ...]
    round_line: Fitted | None
    note: Fitted

    def height(self) -> float:
        """From the top of the stamp box to under the instruction line."""
        below = _block_height(self.headings) + _block_height([self.note]) + 2 * GAP
        if self.round_line is not None:
            below += _block_height([self.round_line])
        return STAMP_HEIGHT + below


def _header(spec: BallotSpec, cell: _Cell, *, big: bool) -> _Header:
    inner = cell.width - 2 * PADDING
    title_width = inner - STAMP_WIDTH - GAP
    titles = [
        fit_lines(upper(line), FONT_BOLD, title_width, TITLE_MAX + big, TITLE_MIN)
        for line in spec.title_lines
        if clean(line).strip()
    ]
    budget = STAMP_HEIGHT - SERIAL_SIZE * LINE
    height = _block_height(titles)
    if height > budget:  # smaller type is narrower too: the lines still fit
        titles = [_scale(f, budget / height) for f in titles]
    headings = [Fitted(HEADING_SIZE + 2 * big, (BALLOT_TITLE,))]
    subject = " ".join(clean(spec.heading).split())
    if subject and fold(subject) != fold(BALLOT_TITLE):
        headings.append(
            fit_lines(subject, FONT_BOLD, inner, SUBJECT_MAX + big, SUBJECT_MIN, max_lines=2)
        )
    round_line = None
    if spec.round_no > 1:
        round_line = Fitted(SUBJECT_MAX + big, (ROUND_LABEL % spec.round_no,))
    note_text = SURPLUS_NOTE if form(spec) == "surplus" else NO_SURPLUS_NOTE
    note = fit_lines(note_text, FONT_ITALIC, inner, NOTE_SIZE + big, 7, max_lines=1)
    return _Header(tuple(titles), tuple(headings), round_line, note)


def _name_width(spec: BallotSpec, cell: _Cell) -> float:
    inner = cell.width - 2 * PADDING
    if form(spec) == "no_surplus":
        return inner - STT_WIDTH - YES_WIDTH - NO_WIDTH - 2 * CELL_PAD
    number = float(stringWidth(f"{len(spec.candidates)}. ", FONT, 16))
    return inner - number - 4 * MM


def _names(spec: BallotSpec, cell: _Cell, *, big: bool) -> list[Fitted]:
    width = _name_width(spec, cell)
    top = (16.0 if big else 14.0) if form(spec) == "surplus" else (14.0 if big else 13.0)
    return [fit_lines(name, FONT, width, top, NAME_MIN) for name in _ordered(spec)]


def _ordered(spec: BallotSpec) -> list[str]:
    return sort_names(" ".join(clean(name).split()) for name in spec.candidates)


def _row_heights(spec: BallotSpec, names: Sequence[Fitted], base: float) -> list[float]:
    return [max(base, len(f.lines) * f.size * LINE + 2 * MM) for f in names]


def _list_room(spec: BallotSpec, cell: _Cell, header: _Header) -> float:
    room = cell.height - 2 * PADDING - header.height() - GAP
    if form(spec) == "no_surplus":
        room -= HEADER_ROW
    return room


def _fits(spec: BallotSpec, per_page: int) -> bool:
    cell = _cell(per_page)
    big = per_page < 4
    header = _header(spec, cell, big=big)
    minimum = ROW_MIN if form(spec) == "surplus" else TABLE_ROW_MIN
    rows = _row_heights(spec, _names(spec, cell, big=big), minimum)
    return sum(rows) <= _list_room(spec, cell, header)


def auto_per_page(spec: BallotSpec) -> int:
    """The most ballots per A4 page that keep this list legible (4, 2 or 1).

    The surplus form fits four (2 × 2) up to about ten names; the no-surplus form,
    with its four columns, at most two; long lists get a page each.
    """
    register_fonts()
    choices = (4, 2, 1) if form(spec) == "surplus" else (2, 1)
    return next((n for n in choices if _fits(spec, n)), 1)


# --- drawing ----------------------------------------------------------------------------


def _draw_lines(
    canv: Any, fitted: Fitted, font: str, x: float, top: float, *, centre: bool
) -> float:
    """Lines from ``top`` down, centred on ``x`` or starting at it; returns the y under them."""
    y = top
    canv.setFont(font, fitted.size)
    for line in fitted.lines:
        y -= fitted.size * LINE
        if centre:
            canv.drawCentredString(x, y + fitted.size * 0.25, line)
        else:
            canv.drawString(x, y + fitted.size * 0.25, line)
    return y


def stamp_caption_lines() -> list[str]:
    """The stamp box's caption wrapped to stay inside the box, 1 mm from each side."""
    return list(simpleSplit(STAMP_CAPTION, FONT_ITALIC, CAPTION_SIZE, STAMP_WIDTH - 2 * MM))


def _draw_stamp_box(canv: Any, x: float, top: float) -> None:
    canv.setStrokeColor(colors.black)
    canv.setLineWidth(0.6)
    canv.rect(x, top - STAMP_HEIGHT, STAMP_WIDTH, STAMP_HEIGHT)
    canv.setFillColor(GREY)
    canv.setFont(FONT_ITALIC, CAPTION_SIZE)
    # The caption stays inside the box: on as many lines as it needs, bottom up.
    lines = stamp_caption_lines()
    for n, line in enumerate(lines):  # top down, so copied text reads in order
        y = top - STAMP_HEIGHT + 1.5 * MM + (len(lines) - 1 - n) * CAPTION_SIZE * 1.15
        canv.drawCentredString(x + STAMP_WIDTH / 2, y, line)
    canv.setFillColor(colors.black)


def _draw_surplus(
    canv: Any, names: Sequence[Fitted], rows: Sequence[float], x: float, width: float, top: float
) -> None:
    count = len(names)
    number_size = max((f.size for f in names), default=14.0)
    number_width = stringWidth(f"{count}. ", FONT, number_size)
    widest = max((stringWidth(line, FONT, f.size) for f in names for line in f.lines), default=0.0)
    block = number_width + widest
    left = x + max(0.0, (width - block) / 2)  # the list centred as a block, names aligned
    y = top
    for index, (fitted, row) in enumerate(zip(names, rows, strict=True), start=1):
        text_height = len(fitted.lines) * fitted.size * LINE
        line_top = y - (row - text_height) / 2
        baseline = line_top - fitted.size * LINE + fitted.size * 0.25
        canv.setFont(FONT, fitted.size)
        canv.drawRightString(
            left + number_width - stringWidth(" ", FONT, fitted.size), baseline, f"{index}."
        )
        _draw_lines(canv, fitted, FONT, left + number_width, line_top, centre=False)
        y -= row


def _draw_table(
    canv: Any,
    names: Sequence[Fitted],
    rows: Sequence[float],
    x: float,
    width: float,
    top: float,
    *,
    big: bool,
) -> None:
    name_width = width - STT_WIDTH - YES_WIDTH - NO_WIDTH
    edges = [x, x + STT_WIDTH, x + STT_WIDTH + name_width, x + width - NO_WIDTH, x + width]
    bottom = top - HEADER_ROW - sum(rows)
    canv.setStrokeColor(colors.black)
    canv.setLineWidth(0.6)
    for edge in edges:
        canv.line(edge, top, edge, bottom)
    canv.line(x, top, x + width, top)
    header_size = 11.0 + big
    canv.setFont(FONT_BOLD, header_size)
    baseline = top - HEADER_ROW / 2 - header_size * 0.35
    for label, left, right in zip(COLUMNS_HEADER, edges, edges[1:], strict=False):
        canv.drawCentredString((left + right) / 2, baseline, label)
    y = top - HEADER_ROW
    canv.line(x, y, x + width, y)
    for index, (fitted, row) in enumerate(zip(names, rows, strict=True), start=1):
        text_height = len(fitted.lines) * fitted.size * LINE
        line_top = y - (row - text_height) / 2
        canv.setFont(FONT, fitted.size)
        canv.drawCentredString(
            (edges[0] + edges[1]) / 2,
            line_top - fitted.size * LINE + fitted.size * 0.25,
            str(index),
        )
        _draw_lines(canv, fitted, FONT, edges[1] + CELL_PAD, line_top, centre=False)
        y -= row
        canv.line(x, y, x + width, y)


def _draw_ballot(
    canv: Any, spec: BallotSpec, serial: str, x: float, y: float, cell: _Cell, *, big: bool
) -> None:
    header = _header(spec, cell, big=big)
    names = _names(spec, cell, big=big)
    inner = cell.width - 2 * PADDING
    left, top = x + PADDING, y + cell.height - PADDING
    centre = left + inner / 2

    if serial:
        canv.setFont(FONT, SERIAL_SIZE + big)
        canv.drawRightString(left + inner, top - (SERIAL_SIZE + big) * 0.9, serial)
    _draw_stamp_box(canv, left, top)

    # The title lines in the band right of the stamp box, under the serial number.
    title_left = left + STAMP_WIDTH + GAP
    title_centre = title_left + (left + inner - title_left) / 2
    band_top = top - SERIAL_SIZE * LINE
    band = STAMP_HEIGHT - SERIAL_SIZE * LINE
    line_top = band_top - max(0.0, band - _block_height(header.titles)) / 2
    for fitted in header.titles:
        line_top = _draw_lines(canv, fitted, FONT_BOLD, title_centre, line_top, centre=True)

    line_top = top - STAMP_HEIGHT - GAP
    for fitted in header.headings:
        line_top = _draw_lines(canv, fitted, FONT_BOLD, centre, line_top, centre=True)
    if header.round_line is not None:
        line_top = _draw_lines(canv, header.round_line, FONT, centre, line_top, centre=True)
    line_top = _draw_lines(canv, header.note, FONT_ITALIC, centre, line_top - GAP / 2, centre=True)
    line_top -= GAP / 2

    surplus = form(spec) == "surplus"
    room = _list_room(spec, cell, header)
    rows = _row_heights(spec, names, ROW_MAX if surplus else TABLE_ROW_MAX)
    if sum(rows) > room:
        base = ROW_MIN if surplus else TABLE_ROW_MIN
        rows = _row_heights(spec, names, min(base, room / max(len(names), 1)))
        if sum(rows) > room > 0:  # a very long list on a page of its own: shrink it all
            factor = room / sum(rows)
            rows = [r * factor for r in rows]
            names = [_scale(f, factor) for f in names]
    if surplus:
        _draw_surplus(canv, names, rows, left, inner, line_top)
    else:
        _draw_table(canv, names, rows, left, inner, line_top, big=big)


def _draw_cut_lines(canv: Any, columns: int, rows: int) -> None:
    page_width, page_height = A4
    canv.saveState()
    canv.setStrokeColor(CUT)
    canv.setLineWidth(0.5)
    canv.setDash(4, 3)
    for column in range(1, columns):
        x = page_width * column / columns
        canv.line(x, 0, x, page_height)
    for row in range(1, rows):
        y = page_height * row / rows
        canv.line(0, y, page_width, y)
    canv.restoreState()


def render_ballots(
    spec: BallotSpec,
    *,
    count: int,
    first_serial: int = 1,
    per_page: int | None = None,
    serials: bool = True,
) -> bytes:
    """``count`` ballots numbered from ``first_serial`` as PDF bytes.

    ``serials=False`` prints no number: a number printed before the hand-out lets
    anyone watching tie a paper to its voter, so the congress file's setting
    ``elections.print_serials`` is off by default and the tellers number the
    papers as they count (docs/domain/documents.md §5).

    ``per_page`` (4, 2 or 1) defaults to :func:`auto_per_page`; a choice too small
    for the list raises ``ValueError``, as do a count, seat number or round below 1
    and an empty list.
    """
    if count < 1:
        raise ValueError("cần in ít nhất một phiếu")
    if spec.seats < 1 or spec.round_no < 1:
        raise ValueError("số người được bầu và lần bầu phải từ 1 trở lên")
    if not any(clean(name).strip() for name in spec.candidates):
        raise ValueError("danh sách bầu cử trống")
    register_fonts()
    if per_page is None:
        per_page = auto_per_page(spec)
    elif per_page not in LAYOUTS:
        raise ValueError(f"per_page must be one of {sorted(LAYOUTS)}")
    elif per_page != 1 and not _fits(spec, per_page):
        raise ValueError(f"{len(spec.candidates)} tên không vừa {per_page} phiếu một trang")
    columns, rows = LAYOUTS[per_page]
    cell = _cell(per_page)
    big = per_page < 4
    digits = _serial_width(first_serial, count)

    buffer = io.BytesIO()
    canv = Canvas(buffer, pagesize=A4, lang="vi", initialFontName=FONT)
    canv.setTitle(BALLOT_TITLE.capitalize())
    canv.setAuthor(AUTHOR)
    canv.setCreator(AUTHOR)
    canv.setSubject(clean(spec.heading))
    for start in range(0, count, per_page):
        _draw_cut_lines(canv, columns, rows)
        for index in range(min(per_page, count - start)):
            column, row = index % columns, index // columns
            x = column * cell.width
            y = (rows - 1 - row) * cell.height
            serial = serial_label(first_serial + start + index, digits) if serials else ""
            _draw_ballot(canv, spec, serial, x, y, cell, big=big)
        canv.showPage()
    canv.save()
    return buffer.getvalue()


def write_ballots(
    spec: BallotSpec,
    path: Path,
    *,
    count: int,
    first_serial: int = 1,
    per_page: int | None = None,
    serials: bool = True,
) -> Path:
    """Write the ballots to ``path`` (atomically); returns ``path``."""
    data = render_ballots(
        spec, count=count, first_serial=first_serial, per_page=per_page, serials=serials
    )
    return write_atomically(Path(path), data)
