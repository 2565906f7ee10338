"""The format-neutral document model (STYLE.md lesson 8).

A :class:`Document` is a sequence of blocks. Every text in it has passed
through :func:`secretariat.text.safe` (builders call it) so no input can
break a writer. Paragraph styles are the names in :class:`Style`; each writer
maps them once (the .docx template in ``resources/``, the PDF stylesheet).
Sizes follow Hướng dẫn 36-HD/VPTW (``docs/domain/documents.md`` section 1).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class Style(enum.StrEnum):
    """Named paragraph styles; writers map each one exactly once."""

    BODY = "Body"  # 14 pt, justified, first-line indent 1 cm, 6 pt after
    BODY_NO_INDENT = "BodyNoIndent"  # as Body without the first-line indent
    DOC_TYPE = "DocType"  # "BÁO CÁO", "BIÊN BẢN": caps, bold, 15 pt, centred
    DOC_SUBJECT = "DocSubject"  # the subject line under the type: bold 14 pt, centred
    HEADING_1 = "Heading1"  # "Phần I", "I. …": bold 14 pt
    HEADING_2 = "Heading2"  # "1. …": bold 14 pt, indented like the body
    CENTERED = "Centered"  # centred body text
    NOTE = "Note"  # small italic notes, 12 pt
    TABLE_TEXT = "TableText"  # 13 pt inside tables
    TABLE_HEADER = "TableHeader"  # bold 13 pt, centred, inside tables
    DISPLAY = "Display"  # large type for a sheet shown on a wall or projector


# Titles and headings never break a line inside a word group (text.keep_together).
TITLE_STYLES = frozenset({Style.DOC_TYPE, Style.DOC_SUBJECT, Style.HEADING_1, Style.HEADING_2})


class Align(enum.StrEnum):
    LEFT = "left"
    CENTER = "center"
    RIGHT = "right"
    JUSTIFY = "justify"


@dataclass(frozen=True, slots=True)
class Run:
    text: str
    bold: bool = False
    italic: bool = False
    underline: bool = False


@dataclass(frozen=True, slots=True)
class Paragraph:
    runs: tuple[Run, ...]
    style: Style = Style.BODY
    align: Align | None = None  # None: the style's own alignment

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)


@dataclass(frozen=True, slots=True)
class ListBlock:
    """A numbered ("1.", "2.", …) or bulleted ("- ") list of paragraphs."""

    items: tuple[tuple[Run, ...], ...]
    ordered: bool = False
    start: int = 1
    bullet: str = "-"


class CellAlign(enum.StrEnum):
    LEFT = "left"
    CENTER = "center"
    RIGHT = "right"


@dataclass(frozen=True, slots=True)
class Table:
    """A ruled table; the header row repeats on every page."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]  # relative widths, one per column
    align: tuple[CellAlign, ...] = ()  # per column; default left
    # Rows to draw bold (e.g. a total line), by index into rows.
    bold_rows: frozenset[int] = frozenset()
    # Minimum row height in points (a signature column needs room to sign).
    row_height: float = 0
    # Text size in points (0: the table styles' 13 pt); a programme that must fit
    # one sheet sets a smaller one.
    text_size: float = 0


@dataclass(frozen=True, slots=True)
class HeaderBlock:
    """The two-column header of a Party document (36-HD/VPTW).

    Left: the superior body (caps, regular), the issuing body (caps, bold), a
    centred "*", then the number ("Số 01-BC/ĐH", no colon). Right: "ĐẢNG CỘNG
    SẢN VIỆT NAM" (caps, bold, 15 pt) with a solid line under it as wide as the
    text, then the place and date in italics.
    """

    superior: str
    issuer: str
    number: str = ""
    place_date: str = ""
    draft_mark: str = ""  # e.g. "DỰ THẢO": printed boxed above the left column


SIGN_NOTE = "(Ký, ghi rõ họ tên)"


@dataclass(frozen=True, slots=True)
class SignatureColumn:
    authority: str = ""  # "T/M ĐOÀN CHỦ TỊCH" (caps, bold)
    role: str = ""  # "CHỦ TỊCH", "THƯ KÝ" (caps, bold)
    # Italic; practice prints it under the signatures of minutes only (SIGN_NOTE).
    note: str = ""
    name: str = ""  # the signer's name, bold, after room to sign


@dataclass(frozen=True, slots=True)
class Recipients:
    """ "Nơi nhận:" (14 pt, upright, underlined: 36-HD/VPTW) then 12 pt lines "- …;".

    Lines are given without the dash; the writers add "- " where it is missing.
    """

    lines: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SignatureBlock:
    """A borderless two-column row: recipients or a signature left, a signature right."""

    right: SignatureColumn
    left: SignatureColumn | Recipients | None = None


@dataclass(frozen=True, slots=True)
class Spacer:
    points: float = 12


@dataclass(frozen=True, slots=True)
class PageBreak:
    pass


Block = HeaderBlock | Paragraph | ListBlock | Table | SignatureBlock | Spacer | PageBreak


@dataclass(frozen=True, slots=True)
class PageSettings:
    """Page set-up; defaults from docs/domain/documents.md §1 (unconfirmed: kept as settings)."""

    margin_top_mm: float = 20
    margin_bottom_mm: float = 20
    margin_left_mm: float = 30
    margin_right_mm: float = 15
    body_size_pt: float = 14
    line_spacing: float = 1.15
    first_line_indent_cm: float = 1.0
    space_after_pt: float = 6
    landscape: bool = False
    # Page numbers centred at the top from this page on (0: none).
    page_numbers_from: int = 2


@dataclass(frozen=True, slots=True)
class Document:
    name: str  # code name, e.g. "attendance_report"; also the default file name stem
    title: str  # for file metadata, e.g. "Báo cáo tình hình đảng viên tham dự đại hội"
    blocks: tuple[Block, ...]
    page: PageSettings = field(default_factory=PageSettings)
    # A small line at the foot of every page, e.g. the journal's fingerprint
    # (services.closing.stamp_text) so a printed copy can be matched to its file.
    footer: str = ""


def para(
    text: str,
    style: Style = Style.BODY,
    *,
    bold: bool = False,
    italic: bool = False,
    align: Align | None = None,
) -> Paragraph:
    """A paragraph of one run (the common case)."""
    return Paragraph((Run(text, bold=bold, italic=italic),), style, align)
