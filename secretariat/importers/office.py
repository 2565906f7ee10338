"""What a cell's office writes around and inside its member lists (issue 17 §3).

Real lists do not look like the template: a footer under the table ("Tổng số: 8
đồng chí", a place and date, "Người lập biểu", "T/M CHI ỦY", signatures), group
headings inside it ("I. ĐẢNG VIÊN CHÍNH THỨC"), and statuses written as notes
("Miễn SH", "chuyển SH tạm thời đi …"). The roster importer uses these to skip
what is not a member and to read what the office meant. Pure text; no I/O.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from secretariat.domain import MemberStatus

RawRow = tuple[int, list[str]]  # (row in the file, cells without trailing empties)


def fold(text: str) -> str:
    """Lower case, no diacritics, words of letters and digits: for comparisons only."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return " ".join(re.sub(r"[^0-9a-z]+", " ", plain).split())


@dataclass(frozen=True, slots=True)
class Footer:
    """The lines under the list ("Tổng số: 8 đồng chí", "Người lập biểu"): not members."""

    row: int  # file row of its first line
    text: str  # its first line
    total: int | None = None  # "Tổng số: 8 đồng chí"
    full: int | None = None  # "… 7 chính thức …"
    probationary: int | None = None  # "… 1 dự bị"


# The first words of the lines under an office's list (folded).
FOOTER_STARTS = (
    "tong so",
    "tong cong",
    "danh sach nay",
    "danh sach co",
    "nguoi lap",
    "nguoi ke khai",
    "xac nhan",
    "t m ",
    "tm ",
    "bi thu",
    "pho bi thu",
    "chi uy",
    "noi nhan",
)
_FOOTER_PLACE_DATE = re.compile(r".*\bngay\b.*\bthang\b.*\bnam\b")


def _is_footer_line(cells: list[str]) -> bool:
    first = next((c for c in cells if c), "")
    folded = fold(first) + " "
    if first[:1].isdigit() and not folded.startswith(("tong", "cong")):
        return False  # a member's row number
    return folded.startswith(FOOTER_STARTS) or bool(_FOOTER_PLACE_DATE.match(folded))


def split_footer(body: list[RawRow]) -> tuple[list[RawRow], Footer | None]:
    """The members above the footer, and what the footer says."""
    for position, (number, cells) in enumerate(body):
        if _is_footer_line(cells) and not _member_like_below(body[position + 1 :]):
            text = " ".join(c for c in cells if c)
            return body[:position], _footer(number, text)
    return body, None


def _member_like_below(rows: list[RawRow]) -> bool:
    """A line under a would-be footer that fills three cells or more is a member's:
    then it was no footer (a member's row with "Bí thư" first), and nothing is dropped."""
    return any(sum(1 for cell in cells if cell) >= 3 for _, cells in rows)


def _footer(number: int, text: str) -> Footer:
    folded = fold(text)

    def count(pattern: str) -> int | None:
        match = re.search(pattern, folded)
        return int(match[1]) if match else None

    return Footer(
        row=number,
        text=text,
        total=count(r"(?:tong so|tong cong)\D*?(\d+)"),
        full=count(r"(\d+)\s*(?:dong chi\s*|dang vien\s*|dv\s*)?chinh thuc"),
        probationary=count(r"(\d+)\s*(?:dong chi\s*|dang vien\s*|dv\s*)?du bi"),
    )


# What an office writes in the notes instead of ticking a column (folded text).
_NOTE_EXEMPT = re.compile(r"\b(mien sh|mien sinh hoat|mien cong tac|msh)\b")
_NOTE_SUSPENDED = re.compile(r"\b(dinh chi sinh hoat|dinh chi sh|bi khoi to|bi truy to|tam giam)\b")
_TEMPORARY = r"(?:shtt|sinh hoat tam thoi|sh tam thoi|tam thoi)"
_NOTE_TEMPORARY = re.compile(rf"\b{_TEMPORARY}\b")
_NOTE_OUT = re.compile(rf"\b{_TEMPORARY}\s+(?:di|tai|o|sang)\b|\bdi\s+{_TEMPORARY}\b")
_NOTE_IN = re.compile(rf"\b{_TEMPORARY}\s+(?:den|tu|ve)\b|\bden\s+{_TEMPORARY}\b")


@dataclass(frozen=True, slots=True)
class NoteFlags:
    exempt: bool = False
    temporary_in: bool = False
    temporary_out: bool = False
    suspended: bool = False
    ambiguous: bool = False  # "SHTT" alone: attached here, or attached out?


def note_flags(note: str) -> NoteFlags:
    """The statuses a note states ("Miễn SH", "chuyển SH tạm thời đi …", "SHTT đến")."""
    folded = fold(note)
    temporary = bool(_NOTE_TEMPORARY.search(folded))
    out = bool(_NOTE_OUT.search(folded))
    into = bool(_NOTE_IN.search(folded))
    return NoteFlags(
        exempt=bool(_NOTE_EXEMPT.search(folded)),
        temporary_in=into and not out,
        temporary_out=out and not into,
        suspended=bool(_NOTE_SUSPENDED.search(folded)),
        ambiguous=temporary and out == into,
    )


# "I. ĐẢNG VIÊN CHÍNH THỨC", "B) Tổ 2", "ĐẢNG VIÊN DỰ BỊ": a line heading a group.
_NUMBERED_HEADING = re.compile(r"(?:[IVX]+|[A-Z])\s*[.)/:]\s*\S")
_STATUS_HEADING = re.compile(r"^(?:dang vien |dv )?(chinh thuc|du bi)$")


def heading(cells: list[str]) -> str | None:
    """The text of a group heading: one cell alone on its line, numbered like a
    section ("I.", "A)") or naming a status; None for a member's line."""
    filled = [index for index, cell in enumerate(cells) if cell]
    if len(filled) != 1 or filled[0] > 1:  # headings sit in the first columns, merged across
        return None
    text = cells[filled[0]]
    folded = fold(
        _NUMBERED_HEADING.sub("", text, count=1) if _NUMBERED_HEADING.match(text) else text
    )
    if _NUMBERED_HEADING.match(text) or _STATUS_HEADING.match(folded):
        return text
    return None


def heading_status(text: str) -> MemberStatus | None:
    """The status a heading states, for the members under it ("II. ĐẢNG VIÊN DỰ BỊ")."""
    words = fold(text).split()
    if "du" in words and "bi" in words and words.index("bi") == words.index("du") + 1:
        return MemberStatus.PROBATIONARY
    if "chinh" in words and "thuc" in words and words.index("thuc") == words.index("chinh") + 1:
        return MemberStatus.FULL
    return None
