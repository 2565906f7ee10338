"""The PDF writer: any :class:`~secretariat.reports.document.Document` to a PDF file.

ReportLab Platypus with one shared stylesheet (STYLE.md lesson 8) that maps each
:class:`~secretariat.reports.document.Style` once; layout per Hướng dẫn
36-HD/VPTW (``docs/domain/documents.md`` section 1). The bundled Liberation
Serif (metric-compatible with Times New Roman) is embedded: ReportLab's built-in
Times has no Vietnamese letters and would silently drop them.
"""

from __future__ import annotations

import functools
import io
import os
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    Flowable,
    SimpleDocTemplate,
    TableStyle,
)
from reportlab.platypus import PageBreak as RLPageBreak
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus import Spacer as RLSpacer
from reportlab.platypus import Table as RLTable

from secretariat import text
from secretariat.reports.document import (
    TITLE_STYLES,
    Align,
    Block,
    CellAlign,
    Document,
    HeaderBlock,
    ListBlock,
    PageBreak,
    PageSettings,
    Paragraph,
    Recipients,
    Run,
    SignatureBlock,
    SignatureColumn,
    Spacer,
    Style,
    Table,
)
from secretariat.resources import resource

FONT = "LiberationSerif"
FONT_BOLD = "LiberationSerif-Bold"
FONT_ITALIC = "LiberationSerif-Italic"
FONT_BOLD_ITALIC = "LiberationSerif-BoldItalic"
AUTHOR = "Thư ký Đại hội"
PARTY_NAME = "ĐẢNG CỘNG SẢN VIỆT NAM"

# Word's "single" line of Times New Roman (and of the metric-compatible Liberation
# Serif) is 1.15 em (ascender + descender + line gap); PageSettings.line_spacing is
# a multiple of that, as in Word, so the PDF and the .docx set lines alike and
# stacked Vietnamese diacritics ("Ễ") never touch the line above.
SINGLE_LINE = 1.15
HEADER_SIZE = 14  # 36-HD: superior, issuer, number, place and date
PARTY_SIZE = 15  # 36-HD: "ĐẢNG CỘNG SẢN VIỆT NAM"
RECIPIENTS_SIZE = 12
FOOTER_SIZE = 9  # the fingerprint stamp at the foot of each page
SIGN_SPACE = 2.2 * cm  # room to sign
BALANCE_LIMIT = 300  # characters; longer header lines are wrapped as they come
LEFT_SHARE = 0.45  # header and signature: left column share of the frame width

_FACES = {
    FONT: "LiberationSerif-Regular.ttf",
    FONT_BOLD: "LiberationSerif-Bold.ttf",
    FONT_ITALIC: "LiberationSerif-Italic.ttf",
    FONT_BOLD_ITALIC: "LiberationSerif-BoldItalic.ttf",
}
# A table sets its cells' own font even when every cell holds paragraphs; without
# this it would pull in an unused Helvetica.
_TABLE_FONT = ("FONT", (0, 0), (-1, -1), FONT, 10)
_CELL_ALIGN = {CellAlign.LEFT: TA_LEFT, CellAlign.CENTER: TA_CENTER, CellAlign.RIGHT: TA_RIGHT}
_ALIGN = {
    Align.LEFT: TA_LEFT,
    Align.CENTER: TA_CENTER,
    Align.RIGHT: TA_RIGHT,
    Align.JUSTIFY: TA_JUSTIFY,
}


@functools.cache
def register_fonts() -> None:
    """Register the bundled faces once, as a family so <b>/<i> pick the right face."""
    for name, filename in _FACES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource("fonts", filename))))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC
    )


def clean(value: object) -> str:
    """``text.safe`` again (idempotent), without its zero-width breaks.

    ReportLab does not break lines at U+200B but splits over-long words itself
    (``splitLongWords``), so the marks would only end up in copied text.
    """
    return text.safe(value).replace(text.BREAK, "")


def markup(value: object) -> str:
    """Plain text as ReportLab paragraph markup: escaped, newlines as line breaks."""
    return escape(clean(value)).replace("\n", "<br/>")


def balanced(value: str, font: str, size: float, width: float) -> list[str]:
    """Wrapped lines without a lone last syllable: "ĐẢNG BỘ CÔNG AN / TỈNH THANH HÓA".

    Only a one-syllable last line is rebalanced (as few lines, at the narrowest width
    that needs no more): most Vietnamese words have two syllables, so breaking
    elsewhere would more often split a word ("XÂY / DỰNG") than mend anything. Text
    too long for a header is left to the paragraph to wrap.
    """
    value = text.keep_together(value)
    lines = _wrap(value, font, size, width)
    if len(lines) <= 1 or len(lines[-1].split(" ")) > 1 or len(value) > BALANCE_LIMIT:
        return lines if len(value) <= BALANCE_LIMIT else [value]
    low, high = width / len(lines), width
    for _ in range(16):
        middle = (low + high) / 2
        if len(_wrap(value, font, size, middle)) <= len(lines):
            high = middle
        else:
            low = middle
    return _wrap(value, font, size, high)


def _wrap(value: str, font: str, size: float, width: float) -> list[str]:
    """Greedy lines broken at ordinary spaces only (never at a no-break space)."""
    lines: list[str] = []
    current = ""
    for word in value.split(" "):
        trial = f"{current} {word}" if current else word
        wide = pdfmetrics.stringWidth(trial.replace(text.NBSP, " "), font, size) > width
        if current and wide:
            lines.append(current)
            current = word
        else:
            current = trial
    return [*lines, current] if current else lines


def leading(size: float, line_spacing: float = 1.0) -> float:
    return size * SINGLE_LINE * line_spacing


def stylesheet(page: PageSettings) -> dict[Style, ParagraphStyle]:
    """The one stylesheet of the PDF writer: every :class:`Style` mapped once (36-HD)."""
    register_fonts()
    size = page.body_size_pt
    indent = page.first_line_indent_cm * cm
    after = page.space_after_pt

    def style(name: Style, font: str, pt: float, **kw: Any) -> ParagraphStyle:
        kw.setdefault("leading", leading(pt, page.line_spacing))
        return ParagraphStyle(name.value, fontName=font, fontSize=pt, **kw)

    body = {"alignment": TA_JUSTIFY, "spaceAfter": after}
    table = {"leading": leading(size - 1), "splitLongWords": 1}
    return {
        Style.BODY: style(Style.BODY, FONT, size, firstLineIndent=indent, **body),
        Style.BODY_NO_INDENT: style(Style.BODY_NO_INDENT, FONT, size, **body),
        Style.DOC_TYPE: style(Style.DOC_TYPE, FONT_BOLD, size + 1, alignment=TA_CENTER),
        Style.DOC_SUBJECT: style(
            Style.DOC_SUBJECT, FONT_BOLD, size, alignment=TA_CENTER, spaceAfter=2 * after
        ),
        Style.HEADING_1: style(
            Style.HEADING_1,
            FONT_BOLD,
            size,
            alignment=TA_LEFT,
            spaceBefore=after,
            spaceAfter=after,
            keepWithNext=1,
        ),
        Style.HEADING_2: style(
            Style.HEADING_2,
            FONT_BOLD,
            size,
            alignment=TA_JUSTIFY,
            firstLineIndent=indent,
            spaceAfter=after,
            keepWithNext=1,
        ),
        Style.CENTERED: style(Style.CENTERED, FONT, size, alignment=TA_CENTER, spaceAfter=after),
        Style.NOTE: style(Style.NOTE, FONT_ITALIC, size - 2, alignment=TA_LEFT, spaceAfter=after),
        Style.TABLE_TEXT: style(Style.TABLE_TEXT, FONT, size - 1, alignment=TA_LEFT, **table),
        Style.TABLE_HEADER: style(
            Style.TABLE_HEADER, FONT_BOLD, size - 1, alignment=TA_CENTER, **table
        ),
        Style.DISPLAY: style(Style.DISPLAY, FONT, size + 6, alignment=TA_CENTER, spaceAfter=after),
    }


def derive(base: ParagraphStyle, name: str, **kw: Any) -> ParagraphStyle:
    """A variant of a stylesheet entry (one alignment, size or face changed)."""
    if "fontSize" in kw and "leading" not in kw:
        kw["leading"] = leading(kw["fontSize"])
    return ParagraphStyle(name, parent=base, **kw)


class RuledText(Flowable):  # type: ignore[misc]
    """One centred line of text with a solid rule under it exactly as wide as the text.

    36-HD/VPTW puts such a rule under "ĐẢNG CỘNG SẢN VIỆT NAM"; a paragraph border
    would span the whole column, so the width is measured with ``stringWidth``.
    """

    def __init__(self, value: str, font: str, size: float, rule: float = 0.75) -> None:
        super().__init__()
        self.value = clean(value)
        self.font = font
        self.size = size
        self.rule = rule
        self._avail = 0.0

    def _fitted_size(self, width: float) -> float:
        natural = pdfmetrics.stringWidth(self.value, self.font, self.size)
        return self.size if natural <= width or natural == 0 else self.size * width / natural

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._avail = availWidth
        size = self._fitted_size(availWidth)
        # Rule, a gap the depth of the descenders, then the text with room for accents.
        self.height = self.rule + 0.35 * size + 1.0 * size
        self.width = availWidth
        return availWidth, self.height

    def text_width(self) -> float:
        return float(pdfmetrics.stringWidth(self.value, self.font, self._fitted_size(self._avail)))

    def draw(self) -> None:
        size = self._fitted_size(self._avail)
        width = self.text_width()
        centre = self._avail / 2
        canv = self.canv
        canv.setFont(self.font, size)
        canv.drawCentredString(centre, self.rule + 0.35 * size, self.value)
        canv.setLineWidth(self.rule)
        canv.line(centre - width / 2, self.rule / 2, centre + width / 2, self.rule / 2)


# --- blocks ---------------------------------------------------------------------------


def runs_markup(runs: Sequence[Run]) -> str:
    parts = []
    for run in runs:
        piece = markup(run.text)
        if not piece:
            continue
        if run.underline:
            piece = f"<u>{piece}</u>"
        if run.italic:
            piece = f"<i>{piece}</i>"
        if run.bold:
            piece = f"<b>{piece}</b>"
        parts.append(piece)
    return "".join(parts)


class _Builder:
    """Turns blocks into flowables for one document's page settings."""

    def __init__(self, page: PageSettings) -> None:
        self.page = page
        self.sheet = stylesheet(page)
        width, height = page_size(page)
        self.frame_width = width - (page.margin_left_mm + page.margin_right_mm) * mm
        self.frame_height = height - (page.margin_top_mm + page.margin_bottom_mm) * mm
        centred = self.sheet[Style.CENTERED]
        self.header_style = derive(
            centred,
            "Header",
            fontSize=HEADER_SIZE,
            leading=leading(HEADER_SIZE, page.line_spacing),
            spaceAfter=0,
        )
        self.date_style = derive(self.header_style, "HeaderDate", fontName=FONT_ITALIC)
        self.sign_style = derive(self.header_style, "Signature")
        self.recipients_title = derive(self.header_style, "RecipientsTitle", alignment=TA_LEFT)
        self.recipients_style = derive(
            self.header_style, "Recipients", fontSize=RECIPIENTS_SIZE, alignment=TA_LEFT
        )
        self.cell_styles = {
            align: derive(self.sheet[Style.TABLE_TEXT], f"TableText-{align}", alignment=ta)
            for align, ta in _CELL_ALIGN.items()
        }

    def flowables(self, blocks: Sequence[Block]) -> list[Flowable]:
        out: list[Flowable] = []
        for block in blocks:
            out.extend(self.block(block))
        return out

    def block(self, block: Block) -> list[Flowable]:
        match block:
            case HeaderBlock():
                return self.header(block)
            case Paragraph():
                return [self.paragraph(block)]
            case ListBlock():
                return self.list_block(block)
            case Table():
                return self.table(block)
            case SignatureBlock():
                return [self.signature(block)]
            case Spacer():
                return [RLSpacer(1, max(0.0, block.points))]
            case PageBreak():
                return [RLPageBreak()]
        raise TypeError(f"not a block: {type(block).__name__}")  # pragma: no cover

    def paragraph(self, block: Paragraph) -> RLParagraph:
        style = self.sheet[block.style]
        if block.align is not None:
            style = derive(style, f"{style.name}-{block.align}", alignment=_ALIGN[block.align])
        runs = block.runs
        if block.style in TITLE_STYLES:
            runs = tuple(replace(r, text=text.keep_together(r.text)) for r in runs)
        return RLParagraph(runs_markup(runs), style)

    def list_block(self, block: ListBlock) -> list[Flowable]:
        body = self.sheet[Style.BODY]
        count = len(block.items)
        if block.ordered:
            labels = [f"{block.start + i}." for i in range(count)]
        else:
            labels = [clean(block.bullet)] * count
        font_size = float(body.fontSize)
        hang = max((pdfmetrics.stringWidth(label, FONT, font_size) for label in labels), default=0)
        hang += pdfmetrics.stringWidth("  ", FONT, font_size)
        indent = float(body.firstLineIndent)
        style = derive(
            body,
            "ListItem",
            firstLineIndent=0,
            leftIndent=indent + hang,
            bulletIndent=indent,
            bulletFontName=FONT,
            bulletFontSize=font_size,
        )
        return [
            RLParagraph(runs_markup(runs), style, bulletText=escape(label))
            for runs, label in zip(block.items, labels, strict=True)
        ]

    def table(self, block: Table) -> list[Flowable]:
        columns = max([len(block.header), *(len(row) for row in block.rows)], default=0)
        if columns == 0:
            return []
        relative = [w if w > 0 else 1.0 for w in block.widths[:columns]]
        relative += [1.0] * (columns - len(relative))
        total = sum(relative)
        widths = [self.frame_width * w / total for w in relative]
        aligns = list(block.align[:columns]) + [CellAlign.LEFT] * (columns - len(block.align))

        data: list[list[RLParagraph]] = []
        cell_styles = self.cell_styles
        header_style = self.sheet[Style.TABLE_HEADER]
        if block.text_size:
            size, lead = block.text_size, leading(block.text_size)
            cell_styles = {
                a: derive(s, f"{s.name}-{size}", fontSize=size, leading=lead)
                for a, s in cell_styles.items()
            }
            header_style = derive(header_style, f"TableHeader-{size}", fontSize=size, leading=lead)
        if block.header:
            style = header_style
            header = [*block.header, *([""] * (columns - len(block.header)))]
            data.append([RLParagraph(markup(cell), style) for cell in header])
        heights: list[float | None] = [None] * len(data)
        for index, row in enumerate(block.rows):
            cells = []
            for column, value in enumerate([*row, *([""] * (columns - len(row)))]):
                content = markup(value)
                if index in block.bold_rows and content:
                    content = f"<b>{content}</b>"
                cells.append(RLParagraph(content, cell_styles[aligns[column]]))
            data.append(cells)
            heights.append(self._row_height(cells, widths, block.row_height))

        table = self.make_table(
            data,
            widths,
            padding=(8, 6),
            rowHeights=heights,
            repeatRows=1 if block.header else 0,
        )
        table.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                    _TABLE_FONT,
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 4),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ]
            )
        )
        return [table, RLSpacer(1, self.page.space_after_pt)]

    def make_table(
        self,
        data: list[list[Any]],
        widths: list[float],
        padding: tuple[float, float],
        **kw: Any,
    ) -> RLTable:
        """A table whose rows split across pages only when one cannot fit on any page.

        ReportLab either never splits a row (a row taller than the frame is then a
        LayoutError) or splits any row that meets the page's end, signatures too;
        so in-row splitting is switched on only for a table that needs it.
        ``padding`` is (horizontal, vertical) in total per cell, for the estimate.
        """
        tallest = max(
            (
                _cell_height(cell, width - padding[0]) + padding[1]
                for row in data
                for cell, width in zip(row, widths, strict=False)
            ),
            default=0.0,
        )
        split = 1 if tallest > self.frame_height * 0.9 else 0
        return RLTable(data, colWidths=widths, splitInRow=split, **kw)

    @staticmethod
    def _row_height(
        cells: Sequence[RLParagraph], widths: Sequence[float], minimum: float
    ) -> float | None:
        """``minimum`` when the row's content is lower, else None (ReportLab sizes it).

        ReportLab's row heights are fixed, not minimums, so the content is measured.
        """
        if minimum <= 0:
            return None
        padding = 6  # TOPPADDING + BOTTOMPADDING
        content = max(
            cell.wrap(width - 8, 1e9)[1] for cell, width in zip(cells, widths, strict=True)
        )
        return float(minimum) if content + padding <= minimum else None

    def header(self, block: HeaderBlock) -> list[Flowable]:
        style = self.header_style
        widths = self._header_widths(block.place_date)
        superior = balanced(clean(block.superior).upper(), FONT, HEADER_SIZE, widths[0])
        issuer = balanced(clean(block.issuer).upper(), FONT_BOLD, HEADER_SIZE, widths[0])
        left = [
            RLParagraph("<br/>".join(escape(line) for line in superior), style),
            RLParagraph("<b>{}</b>".format("<br/>".join(escape(line) for line in issuer)), style),
            RLParagraph("*", style),
        ]
        right = [RuledText(PARTY_NAME, FONT_BOLD, PARTY_SIZE)]
        # The number and the place and date share a line, as in 36-HD's samples.
        number: list[Flowable] | str = ""
        if clean(block.number).strip():
            number = [RLParagraph(markup(block.number), style)]
        date: list[Flowable] | str = ""
        if clean(block.place_date).strip():
            date = [RLParagraph(markup(block.place_date), self.date_style)]
        table = self.make_table([[left, right], [number, date]], widths, padding=(0, 2))
        table.setStyle(_borderless())
        out: list[Flowable] = []
        if block.draft_mark.strip():
            out.append(self._draft_mark(block.draft_mark))
        out += [table, RLSpacer(1, 18)]
        return out

    def _header_widths(self, place_date: str) -> list[float]:
        """The right column as wide as its longest line needs, within 45–55 % of the frame.

        The left column's caps names are usually the longer text, so it gets the rest.
        """
        needed = max(
            pdfmetrics.stringWidth(PARTY_NAME, FONT_BOLD, PARTY_SIZE),
            pdfmetrics.stringWidth(clean(place_date), FONT_ITALIC, HEADER_SIZE),
        )
        right = min(max(needed + 4 * mm, 0.45 * self.frame_width), 0.55 * self.frame_width)
        return [self.frame_width - right, right]

    def _draft_mark(self, label: str) -> Flowable:
        style = derive(self.header_style, "DraftMark", fontName=FONT_BOLD)
        content = markup(label)
        width = min(
            pdfmetrics.stringWidth(clean(label), FONT_BOLD, HEADER_SIZE) + 16,
            self.frame_width * LEFT_SHARE,
        )
        box = self.make_table([[RLParagraph(content, style)]], [width], (12, 7), hAlign="LEFT")
        box.setStyle(
            TableStyle(
                [
                    ("BOX", (0, 0), (-1, -1), 1, colors.black),
                    _TABLE_FONT,
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ]
            )
        )
        return box

    def signature(self, block: SignatureBlock) -> Flowable:
        if isinstance(block.left, Recipients):
            left: list[Flowable] | str = self._recipients(block.left)
        elif isinstance(block.left, SignatureColumn):
            left = self._signature_column(block.left)
        else:
            left = ""
        widths = [self.frame_width * LEFT_SHARE, self.frame_width * (1 - LEFT_SHARE)]
        table = self.make_table([[left, self._signature_column(block.right)]], widths, (0, 2))
        table.setStyle(_borderless())
        return table

    def _recipients(self, recipients: Recipients) -> list[Flowable]:
        out: list[Flowable] = [RLParagraph("<u>Nơi nhận:</u>", self.recipients_title)]
        # Each line reads "- …;" (36-HD); the writers add the dash so builders need not.
        out += [
            RLParagraph(
                markup(line if line.startswith("-") else f"- {line}"), self.recipients_style
            )
            for line in recipients.lines
        ]
        return out

    def _signature_column(self, column: SignatureColumn) -> list[Flowable]:
        style = self.sign_style
        out: list[Flowable] = []
        for caps in (column.authority, column.role):
            if caps.strip():
                out.append(RLParagraph(f"<b>{escape(clean(caps).upper())}</b>", style))
        if column.note.strip():
            out.append(RLParagraph(f"<i>{markup(column.note)}</i>", style))
        out.append(RLSpacer(1, SIGN_SPACE))
        if column.name.strip():
            out.append(RLParagraph(f"<b>{markup(column.name)}</b>", style))
        return out


def _cell_height(cell: object, width: float) -> float:
    flowables = cell if isinstance(cell, list) else [cell] if isinstance(cell, Flowable) else []
    return float(sum(f.wrap(width, 1e9)[1] for f in flowables))


def _borderless() -> TableStyle:
    return TableStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            _TABLE_FONT,
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ]
    )


# --- the page ---------------------------------------------------------------------------


def page_size(page: PageSettings) -> tuple[float, float]:
    size: tuple[float, float] = landscape(A4) if page.landscape else A4
    return size


def _page_numberer(page: PageSettings, footer: str = "") -> Callable[[Any, Any], None]:
    """Page numbers centred in the top margin from ``page_numbers_from`` on (36-HD).

    ``footer`` (the fingerprint stamp) goes small and right-aligned at the foot of
    every page.
    """
    stamp = clean(footer).strip()

    def draw(canv: Any, template: Any) -> None:
        if stamp:
            width, _ = page_size(page)
            canv.saveState()
            canv.setFont(FONT_ITALIC, FOOTER_SIZE)
            canv.drawRightString(
                width - page.margin_right_mm * mm, page.margin_bottom_mm * mm / 2, stamp
            )
            canv.restoreState()
        number = canv.getPageNumber()
        if page.page_numbers_from <= 0 or number < page.page_numbers_from:
            return
        width, height = page_size(page)
        size = page.body_size_pt
        left = page.margin_left_mm * mm
        centre = left + (width - left - page.margin_right_mm * mm) / 2
        baseline = height - page.margin_top_mm * mm / 2 - size * 0.35
        canv.saveState()
        canv.setFont(FONT, size)
        canv.drawCentredString(centre, baseline, str(number))
        canv.restoreState()

    return draw


def render(doc: Document) -> bytes:
    """The document as PDF bytes."""
    page = doc.page
    builder = _Builder(page)
    story = builder.flowables(doc.blocks) or [RLSpacer(1, 1)]
    buffer = io.BytesIO()
    template = SimpleDocTemplate(
        buffer,
        pagesize=page_size(page),
        leftMargin=page.margin_left_mm * mm,
        rightMargin=page.margin_right_mm * mm,
        topMargin=page.margin_top_mm * mm,
        bottomMargin=page.margin_bottom_mm * mm,
        title=clean(doc.title),
        author=AUTHOR,
        creator=AUTHOR,
        subject="",
        lang="vi",
        initialFontName=FONT,
        initialFontSize=page.body_size_pt,
    )
    numberer = _page_numberer(page, doc.footer)
    template.build(story, onFirstPage=numberer, onLaterPages=numberer)
    return buffer.getvalue()


def write_atomically(path: Path, data: bytes) -> Path:
    """Write through ``<name>.part`` then rename, so no half-written file remains."""
    part = path.with_name(path.name + ".part")
    try:
        with part.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(part, path)
    finally:
        part.unlink(missing_ok=True)
    return path


def write(doc: Document, path: Path) -> Path:
    """Render ``doc`` to ``path`` (atomically); returns ``path``."""
    return write_atomically(Path(path), render(doc))
