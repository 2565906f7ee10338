"""Write a neutral :class:`~secretariat.reports.document.Document` as a Word file.

The styles come from ``resources/template.docx`` (made by
``scripts/make_docx_template.py``): one Word paragraph style per
:class:`~secretariat.reports.document.Style` name. The layout follows Hướng dẫn
36-HD/VPTW (``docs/domain/documents.md`` section 1): the two-column header and
the signatures are borderless tables, page numbers sit centred at the top from
page 2. Everything is written with plain paragraphs, tables and borders (no
Word numbering, no drawing shapes) so that Word and LibreOffice lay it out alike.
"""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

import docx
from docx.document import Document as WordDocument
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_ROW_HEIGHT_RULE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.section import Section
from docx.shared import Cm, Emu, Mm, Pt, Twips
from docx.table import Table as WordTable
from docx.table import _Cell
from docx.text.paragraph import Paragraph as WordParagraph
from reportlab.pdfbase.ttfonts import TTFError, TTFont

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

PARTY_NAME = "ĐẢNG CỘNG SẢN VIỆT NAM"
PARTY_SIZE = 15.0
HEADER_SIZE = 14.0  # the header and signature lines (36-HD/VPTW, Phụ lục 3)
RECIPIENTS_SIZE = 12.0
TABLE_SIZE = 13.0  # the TableText and TableHeader styles of the template
FOOTER_SIZE = 9.0  # the fingerprint stamp at the foot of each page
AUTHOR = "Thư ký Đại hội"
LANGUAGE = "vi-VN"
LEFT_SHARE = 0.45  # the left column of the header and signature tables
SIGN_LINES = 4  # empty lines left to sign in
CELL_MARGIN_TW = 57  # 1 mm either side inside the borderless tables
RULED_MARGIN_TW = 85  # 1.5 mm either side inside ruled tables
RULED_PAD_TW = 57  # 1 mm above and below the text inside ruled tables
LINE_SZ = 6  # eighths of a point: the line under the party name, table rules (0.75 pt)
LIST_HANGING_CM = {True: 0.75, False: 0.5}  # numbered, bulleted
A4_MM = (210.0, 297.0)
BODY_LIKE = (
    Style.BODY,
    Style.BODY_NO_INDENT,
    Style.DOC_SUBJECT,
    Style.HEADING_1,
    Style.HEADING_2,
    Style.CENTERED,
)
INDENTED = (Style.BODY, Style.HEADING_2)
SPACED_AFTER = (Style.BODY, Style.BODY_NO_INDENT, Style.HEADING_2, Style.CENTERED, Style.NOTE)

_ALIGN = {
    Align.LEFT: WD_ALIGN_PARAGRAPH.LEFT,
    Align.CENTER: WD_ALIGN_PARAGRAPH.CENTER,
    Align.RIGHT: WD_ALIGN_PARAGRAPH.RIGHT,
    Align.JUSTIFY: WD_ALIGN_PARAGRAPH.JUSTIFY,
}
_CELL_ALIGN = {
    CellAlign.LEFT: WD_ALIGN_PARAGRAPH.LEFT,
    CellAlign.CENTER: WD_ALIGN_PARAGRAPH.CENTER,
    CellAlign.RIGHT: WD_ALIGN_PARAGRAPH.RIGHT,
}
_CENTER = WD_ALIGN_PARAGRAPH.CENTER
# w:pPr children that come after w:pBdr, for inserting it in schema order.
_AFTER_PBDR = (
    "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct",
    "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd",
    "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
    "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
    "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class _Context:
    word: WordDocument
    page: PageSettings
    width: int  # the text width, in twips


def write(doc: Document, path: Path) -> Path:
    """Write ``doc`` to ``path`` (.docx) atomically and return ``path``."""
    word = docx.Document(str(resource("template.docx")))
    _clear_body(word)
    section = word.sections[0]
    _set_page(section, doc.page)
    _adapt_styles(word, doc.page)
    _set_page_numbers(section, doc.page)
    _set_footer(section, doc.footer)
    context = _Context(word, doc.page, _text_width(section))
    for block in doc.blocks:
        _render(context, block)
    _set_properties(word, doc)
    return _save(word, path)


def _save(word: WordDocument, path: Path) -> Path:
    part = path.with_suffix(path.suffix + ".part")
    try:
        word.save(str(part))
        os.replace(part, path)
    finally:
        part.unlink(missing_ok=True)
    return path


# --- the page and the styles --------------------------------------------------------------


def _clear_body(word: WordDocument) -> None:
    body = word.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)


def _set_page(section: Section, page: PageSettings) -> None:
    short, long = A4_MM
    section.orientation = WD_ORIENT.LANDSCAPE if page.landscape else WD_ORIENT.PORTRAIT
    section.page_width = Mm(long if page.landscape else short)
    section.page_height = Mm(short if page.landscape else long)
    section.top_margin = Mm(page.margin_top_mm)
    section.bottom_margin = Mm(page.margin_bottom_mm)
    section.left_margin = Mm(page.margin_left_mm)
    section.right_margin = Mm(page.margin_right_mm)
    section.header_distance = Mm(min(10.0, page.margin_top_mm / 2))


def _text_width(section: Section) -> int:
    width = (section.page_width or 0) - (section.left_margin or 0) - (section.right_margin or 0)
    return max(int(Emu(width).twips), 1440)


def _adapt_styles(word: WordDocument, page: PageSettings) -> None:
    """Body sizes, spacing and indent follow the page settings (in this file only)."""
    styles = word.styles
    for name in BODY_LIKE:
        styles[name.value].font.size = Pt(page.body_size_pt)
    styles[Style.DOC_TYPE.value].font.size = Pt(max(15.0, page.body_size_pt + 1))
    for name in (*BODY_LIKE, Style.NOTE):
        styles[name.value].paragraph_format.line_spacing = page.line_spacing
    for name in SPACED_AFTER:
        styles[name.value].paragraph_format.space_after = Pt(page.space_after_pt)
    for name in INDENTED:
        styles[name.value].paragraph_format.first_line_indent = Cm(page.first_line_indent_cm)


def _set_page_numbers(section: Section, page: PageSettings) -> None:
    """The PAGE field centred at the top; from page 2 on by a blank first-page header."""
    if page.page_numbers_from <= 0:
        return
    if page.page_numbers_from >= 2:
        section.different_first_page_header_footer = True
        section.first_page_header.is_linked_to_previous = False
    header = section.header
    header.is_linked_to_previous = False
    paragraph = header.paragraphs[0]
    paragraph.alignment = _CENTER
    _add_page_field(paragraph, page.body_size_pt)


def _set_footer(section: Section, value: str) -> None:
    """A small right-aligned line at the foot of every page (the fingerprint stamp)."""
    line = text.safe(value).strip()
    if not line:
        return
    footers = [section.footer]
    if section.different_first_page_header_footer:
        footers.append(section.first_page_footer)
    for footer in footers:
        footer.is_linked_to_previous = False
        paragraph = footer.paragraphs[0]
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        _run(paragraph, line, size=FOOTER_SIZE, italic=True)


def _add_page_field(paragraph: WordParagraph, size: float) -> None:
    pieces: list[tuple[str, str]] = [
        ("w:fldChar", "begin"),
        ("w:instrText", " PAGE "),
        ("w:fldChar", "separate"),
        ("w:t", "2"),
        ("w:fldChar", "end"),
    ]
    for tag, value in pieces:
        run = paragraph.add_run()
        run.font.size = Pt(size)
        element = OxmlElement(tag)
        if tag == "w:fldChar":
            element.set(qn("w:fldCharType"), value)
        else:
            element.set(qn("xml:space"), "preserve")
            element.text = value
        run._r.append(element)


def _set_properties(word: WordDocument, doc: Document) -> None:
    props = word.core_properties
    now = datetime.now(UTC).replace(microsecond=0, tzinfo=None)
    props.title = text.safe(doc.title)[:255]  # the limit of the core properties
    props.language = LANGUAGE
    props.author = AUTHOR
    props.last_modified_by = AUTHOR
    props.created = now
    props.modified = now
    props.revision = 1


# --- blocks -----------------------------------------------------------------------------------


def _render(context: _Context, block: Block) -> None:
    if isinstance(block, HeaderBlock):
        _header(context, block)
    elif isinstance(block, Paragraph):
        _paragraph(context.word, block)
    elif isinstance(block, ListBlock):
        _list(context, block)
    elif isinstance(block, Table):
        _table(context, block)
    elif isinstance(block, SignatureBlock):
        _signature(context, block)
    elif isinstance(block, Spacer):
        _spacer(context.word, block.points)
    elif isinstance(block, PageBreak):
        _page_break(context.word)


def _paragraph(word: WordDocument, block: Paragraph) -> None:
    paragraph = word.add_paragraph(style=block.style.value)
    if block.align is not None:
        paragraph.alignment = _ALIGN[block.align]
    titled = block.style in TITLE_STYLES
    for run in block.runs:
        _add_run(paragraph, replace(run, text=text.keep_together(run.text)) if titled else run)


def _add_run(paragraph: WordParagraph, run: Run) -> None:
    _run(paragraph, run.text, bold=run.bold, italic=run.italic, underline=run.underline)


def _run(
    paragraph: WordParagraph,
    value: str,
    *,
    size: float | None = None,
    bold: bool = False,
    italic: bool = False,
    underline: bool = False,
) -> None:
    """A run of safe text; unset flags inherit from the paragraph style."""
    run = paragraph.add_run(text.safe(value))
    if size is not None:
        run.font.size = Pt(size)
    if bold:
        run.bold = True
    if italic:
        run.italic = True
    if underline:
        run.underline = True


def _list(context: _Context, block: ListBlock) -> None:
    """Literal "1." / "-" markers (no Word numbering) with a hanging indent."""
    hanging = Cm(LIST_HANGING_CM[block.ordered])
    text_at = Emu(Cm(context.page.first_line_indent_cm) + hanging)
    for index, item in enumerate(block.items):
        paragraph = context.word.add_paragraph(style=Style.BODY_NO_INDENT.value)
        fmt = paragraph.paragraph_format
        fmt.left_indent = text_at
        fmt.first_line_indent = Emu(-hanging)
        fmt.tab_stops.add_tab_stop(text_at)
        marker = f"{block.start + index}." if block.ordered else text.safe(block.bullet)
        _run(paragraph, f"{marker}\t")
        for run in item:
            _add_run(paragraph, run)


def _spacer(word: WordDocument, points: float) -> None:
    paragraph = word.add_paragraph()
    _exact_height(paragraph, points)


def _exact_height(paragraph: WordParagraph, points: float) -> None:
    fmt = paragraph.paragraph_format
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(0)
    fmt.line_spacing = Pt(max(points, 1.0))
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY


def _page_break(word: WordDocument) -> None:
    paragraph = word.add_paragraph()
    _exact_height(paragraph, 1)
    paragraph.add_run().add_break(WD_BREAK.PAGE)


# --- the header -------------------------------------------------------------------------------


def _header(context: _Context, block: HeaderBlock) -> None:
    if block.draft_mark.strip():
        _draft_mark(context, block.draft_mark)
    rows = 2 if (block.number.strip() or block.place_date.strip()) else 1
    widths = _header_split(context.width, block.place_date)
    table = _new_table(context, rows, widths, ruled=False)
    left, right = table.rows[0].cells
    _centred(left, text.keep_together(text.upper(block.superior)), HEADER_SIZE)
    _centred(left, text.keep_together(text.upper(block.issuer)), HEADER_SIZE, bold=True)
    _centred(left, "*", HEADER_SIZE)
    _party_name(right, widths[1])
    if rows == 2:
        number, place_date = table.rows[1].cells
        _centred(number, block.number, HEADER_SIZE)
        _centred(place_date, block.place_date, HEADER_SIZE, italic=True)
    _finish_cells(table)
    _spacer(context.word, 12)


def _party_name(cell: _Cell, cell_width: int) -> None:
    """The party name with a solid line under it exactly as wide as the text.

    The line is the paragraph's bottom border; Word and LibreOffice draw it from
    the left to the right indent, so the indents leave the measured text width.
    """
    paragraph = _centred(cell, PARTY_NAME, PARTY_SIZE, bold=True)
    line = round(_bold_width_pt(PARTY_NAME, PARTY_SIZE) * 20) + 40  # 1 pt slack each side
    side = max((cell_width - 2 * CELL_MARGIN_TW - line) // 2, 0)
    paragraph.paragraph_format.left_indent = Twips(side)
    paragraph.paragraph_format.right_indent = Twips(side)
    paragraph.paragraph_format.space_after = Pt(4)
    _paragraph_border(paragraph, {"bottom": 1})


def _draft_mark(context: _Context, label: str) -> None:
    """ "DỰ THẢO" boxed at the top left, as wide as the word plus padding."""
    paragraph = context.word.add_paragraph()
    _run(paragraph, label, size=HEADER_SIZE, bold=True)
    pad = 4  # points between the text and the box, either side
    # Word draws side borders outside the indents, ``pad`` points away from the text.
    text_end = pad + 1 + _bold_width_pt(text.safe(label), HEADER_SIZE) + 2
    fmt = paragraph.paragraph_format
    fmt.left_indent = Pt(pad + 1)
    fmt.right_indent = Twips(max(context.width - round(text_end * 20), 0))
    fmt.space_after = Pt(6)
    _paragraph_border(paragraph, {"top": 1, "bottom": 1, "left": pad, "right": pad})


@functools.cache
def _bold_font() -> TTFont | None:
    """Liberation Serif Bold: the metrics of Times New Roman Bold, bundled for the PDFs."""
    try:
        return TTFont("SecretariatDocxMetrics", str(resource("fonts", "LiberationSerif-Bold.ttf")))
    except (OSError, TTFError):
        return None


def _bold_width_pt(value: str, size: float) -> float:
    font = _bold_font()
    if font is None:
        return len(value) * size * 0.7
    return float(font.stringWidth(value, size))


def _paragraph_border(paragraph: WordParagraph, sides: dict[str, float]) -> None:
    """Single lines on the given sides, each ``space`` points from the text."""
    borders = OxmlElement("w:pBdr")
    for side in ("top", "left", "bottom", "right"):
        if side in sides:
            borders.append(_border(side, space=sides[side]))
    p_pr = paragraph._p.get_or_add_pPr()
    p_pr.insert_element_before(borders, *_AFTER_PBDR)


def _border(side: str, *, space: float = 0, line: str = "single") -> BaseOxmlElement:
    element = OxmlElement(f"w:{side}")
    element.set(qn("w:val"), line)
    element.set(qn("w:sz"), str(LINE_SZ if line != "nil" else 0))
    element.set(qn("w:space"), str(round(space)))
    element.set(qn("w:color"), "auto")
    return element


# --- signatures -------------------------------------------------------------------------------


def _signature(context: _Context, block: SignatureBlock) -> None:
    """Signatures never stand alone at the top of a page: the text before keeps with them."""
    body = context.word.paragraphs
    if body:
        body[-1].paragraph_format.keep_with_next = True
    table = _new_table(context, 1, _split(context.width), ruled=False)
    row_properties = table.rows[0]._tr.get_or_add_trPr()
    row_properties.append(OxmlElement("w:cantSplit"))
    left, right = table.rows[0].cells
    left_lines = _heading_lines(block.left) if isinstance(block.left, SignatureColumn) else 0
    right_lines = _heading_lines(block.right)
    _signature_column(right, block.right, SIGN_LINES + max(left_lines - right_lines, 0))
    if isinstance(block.left, SignatureColumn):
        _signature_column(left, block.left, SIGN_LINES + max(right_lines - left_lines, 0))
    elif isinstance(block.left, Recipients):
        _recipients(left, block.left)
    _finish_cells(table)
    for cell in (left, right):
        for paragraph in cell.paragraphs:
            paragraph.paragraph_format.keep_with_next = True


def _heading_lines(column: SignatureColumn) -> int:
    return sum(1 for value in (column.authority, column.role, column.note) if value.strip())


def _signature_column(cell: _Cell, column: SignatureColumn, space_lines: int) -> None:
    """Authority and role (bold caps), the note (italic), room to sign, the name (bold).

    ``space_lines`` also pads the column with fewer heading lines, so that two
    names side by side stand on the same line.
    """
    for caps in (column.authority, column.role):
        if caps.strip():
            _centred(cell, text.upper(caps), HEADER_SIZE, bold=True)
    if column.note.strip():
        _centred(cell, column.note, HEADER_SIZE, italic=True)
    for _ in range(space_lines):
        _centred(cell, "", HEADER_SIZE)
    if column.name.strip():
        _centred(cell, column.name, HEADER_SIZE, bold=True)


def _recipients(cell: _Cell, recipients: Recipients) -> None:
    """ "Nơi nhận:" then one 12 pt line per recipient, each "- …"."""
    title = cell.add_paragraph()
    # 36-HD/VPTW: upright, underlined, 14 pt (bold italic is the State's style).
    _run(title, "Nơi nhận:", size=HEADER_SIZE, underline=True)
    for line in recipients.lines:
        value = text.safe(line).strip()
        paragraph = cell.add_paragraph()
        _run(paragraph, value if value.startswith("-") else f"- {value}", size=RECIPIENTS_SIZE)


def _centred(
    cell: _Cell, value: str, size: float, *, bold: bool = False, italic: bool = False
) -> WordParagraph:
    paragraph: WordParagraph = cell.add_paragraph()
    paragraph.alignment = _CENTER
    if value:
        _run(paragraph, value, size=size, bold=bold, italic=italic)
    else:
        _mark_size(paragraph, size)
    return paragraph


def _mark_size(paragraph: WordParagraph, size: float) -> None:
    """An empty line as tall as a line of ``size`` points (its paragraph mark's size)."""
    p_pr = paragraph._p.get_or_add_pPr()
    r_pr = OxmlElement("w:rPr")
    size_element = OxmlElement("w:sz")
    size_element.set(qn("w:val"), str(round(size * 2)))
    r_pr.append(size_element)
    p_pr.insert_element_before(r_pr, "w:sectPr", "w:pPrChange")


# --- tables -----------------------------------------------------------------------------------


def _table(context: _Context, block: Table) -> None:
    columns = max(len(block.header), len(block.widths), *(len(r) for r in block.rows), 1)
    widths = _fit_headers(_column_widths(block.widths, columns, context.width), block.header)
    aligns = [block.align[i] if i < len(block.align) else CellAlign.LEFT for i in range(columns)]
    has_header = any(value.strip() for value in block.header)
    if not has_header and not block.rows:
        return  # Word refuses a table without rows
    table = _new_table(context, int(has_header) + len(block.rows), widths, ruled=True)
    rows = iter(table.rows)
    if has_header:
        header = next(rows)
        _row_properties(header._tr, repeat=True, height=0)
        for cell, value in zip(header.cells, _pad(block.header, columns), strict=True):
            _cell_text(
                cell, value, Style.TABLE_HEADER, WD_ALIGN_PARAGRAPH.CENTER, size=block.text_size
            )
    for index, (row, values) in enumerate(zip(rows, block.rows, strict=True)):
        _row_properties(row._tr, repeat=False, height=block.row_height)
        bold = index in block.bold_rows
        for cell, value, align in zip(row.cells, _pad(values, columns), aligns, strict=True):
            _cell_text(
                cell, value, Style.TABLE_TEXT, _CELL_ALIGN[align], bold=bold, size=block.text_size
            )
    _finish_cells(table)


def _pad(values: tuple[str, ...], columns: int) -> tuple[str, ...]:
    return (*values, *("",) * columns)[:columns]


def _column_widths(relative: tuple[float, ...], columns: int, total: int) -> list[int]:
    """Twips per column from relative widths; missing or non-positive ones count as average."""
    given = [w for w in relative[:columns] if w > 0]
    fallback = sum(given) / len(given) if given else 1.0
    shares = [
        relative[i] if i < len(relative) and relative[i] > 0 else fallback for i in range(columns)
    ]
    scale = total / sum(shares)
    widths = [int(share * scale) for share in shares]
    widths[-1] += total - sum(widths)
    return widths


def _fit_headers(widths: list[int], header: tuple[str, ...]) -> list[int]:
    """Short headers ("STT") never wrap: a column narrower than its one-word header
    takes the twips it needs from the widest column."""
    out = list(widths)
    for index, value in enumerate(header[: len(out)]):
        words = text.safe(value).split()
        if len(words) != 1:
            continue
        need = round(_bold_width_pt(words[0], TABLE_SIZE) * 20) + 2 * RULED_MARGIN_TW + 60
        widest = max(range(len(out)), key=lambda i: out[i])
        if out[index] < need and widest != index and out[widest] - need > need:
            out[widest] -= need - out[index]
            out[index] = need
    return out


def _header_split(total: int, place_date: str) -> list[int]:
    """The right column as wide as its longest line needs, within 45–55 % (as the PDF).

    The left column's caps names (the congress's long name) get the rest.
    """
    needed_pt = max(
        _bold_width_pt(PARTY_NAME, PARTY_SIZE), _bold_width_pt(text.safe(place_date), HEADER_SIZE)
    )
    needed = round(needed_pt * 20) + 227  # twips, plus 4 mm of padding
    right = min(max(needed, round(total * 0.45)), round(total * 0.55))
    return [total - right, right]


def _split(total: int) -> list[int]:
    left = round(total * LEFT_SHARE)
    return [left, total - left]


def _cell_text(
    cell: _Cell,
    value: str,
    style: Style,
    align: WD_ALIGN_PARAGRAPH,
    *,
    bold: bool = False,
    size: float = 0,
) -> None:
    paragraph = cell.add_paragraph(style=style.value)
    paragraph.alignment = align
    if value:
        _run(paragraph, value, bold=bold, size=size or None)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def _row_properties(tr: BaseOxmlElement, *, repeat: bool, height: float) -> None:
    """The header row repeats on every page; an at-least height."""
    tr_pr = tr.get_or_add_trPr()
    if height > 0:
        size = tr_pr.get_or_add_trHeight()  # after w:cantSplit, before w:tblHeader
        size.set(qn("w:val"), str(round(height * 20)))
        size.set(qn("w:hRule"), WD_ROW_HEIGHT_RULE.AT_LEAST.xml_value)
    if repeat:
        tr_pr.append(OxmlElement("w:tblHeader"))  # after w:trHeight, as the schema wants


def _new_table(context: _Context, rows: int, widths: list[int], *, ruled: bool) -> WordTable:
    """A fixed-layout table across the text width, rows unsplittable, cells emptied.

    Two tables in a row would merge into one in Word, so a thin paragraph parts them.
    """
    body = context.word.element.body
    children = [c for c in body if c.tag != qn("w:sectPr")]
    if children and children[-1].tag == qn("w:tbl"):
        _spacer(context.word, 6)
    table: WordTable = context.word.add_table(rows=rows, cols=len(widths))
    for column, width in zip(table.columns, widths, strict=True):
        column.width = Twips(width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = Twips(width)
    _table_properties(table, sum(widths), ruled=ruled)
    for row in table.rows:
        row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))  # rows never split
        for cell in row.cells:
            for paragraph in list(cell._tc.iterchildren(qn("w:p"))):
                cell._tc.remove(paragraph)
    return table


def _table_properties(table: WordTable, width: int, *, ruled: bool) -> None:
    """w:tblPr rebuilt in schema order: width, indent, borders, fixed layout, cell margins."""
    tbl_pr = table._tbl.tblPr
    look = tbl_pr.find(qn("w:tblLook"))
    for child in list(tbl_pr):
        tbl_pr.remove(child)
    tbl_pr.append(_measure("w:tblW", width))
    tbl_pr.append(_measure("w:tblInd", 0))
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        borders.append(_border(side, line="single" if ruled else "nil"))
    tbl_pr.append(borders)
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    tbl_pr.append(layout)
    margins = OxmlElement("w:tblCellMar")
    side_margin = RULED_MARGIN_TW if ruled else CELL_MARGIN_TW
    # About 1 mm above and below the text of a ruled table, so that diacritics
    # never touch the rules (the review's m9); a borderless layout table has none.
    pad = RULED_PAD_TW if ruled else 0
    for side, value in (
        ("top", pad),
        ("left", side_margin),
        ("bottom", pad),
        ("right", side_margin),
    ):
        margins.append(_measure(f"w:{side}", value))
    tbl_pr.append(margins)
    if look is not None:
        tbl_pr.append(look)


def _measure(tag: str, twips: int) -> BaseOxmlElement:
    element = OxmlElement(tag)
    element.set(qn("w:w"), str(twips))
    element.set(qn("w:type"), "dxa")
    return element


def _finish_cells(table: WordTable) -> None:
    """Every cell must end with a paragraph; give the empty ones one."""
    for row in table.rows:
        for cell in row.cells:
            if cell._tc.find(qn("w:p")) is None:
                cell.add_paragraph()
