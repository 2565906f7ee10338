"""Making any text from the database safe for a document, and Vietnamese formats.

``safe`` removes what no document format accepts (control characters, lone
surrogates), normalises to NFC, and lets very long words break so that a
5,000-character note or a name pasted without spaces cannot break a layout.
Dates and numbers use Babel with locale ``vi``. At the end, the few phrases the
documents and the draft minutes share (the visible blank, "đồng chí", the term).

Below the services, so a service that drafts text (the minutes) and every
document builder use the same words without a service importing ``reports``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from datetime import date, time
from decimal import Decimal

from babel.numbers import format_decimal

from secretariat.domain import CongressInfo, CongressKind, GuestRow, SessionKind, SessionRow

# C0 and C1 controls except tab and newline; the XML-forbidden U+FFFE/U+FFFF; a
# byte-order mark and the invisible bidi controls, which print as empty glyphs.
_CONTROL = re.compile(
    r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff\ufeff\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_LONG_WORD = re.compile(r"\S{41,}")
BREAK = "\u200b"  # zero-width space: an allowed line break, invisible
MAX_CHARS = 20_000


def _break_long(match: re.Match[str]) -> str:
    word = match.group(0)
    return BREAK.join(word[i : i + 40] for i in range(0, len(word), 40))


def safe(text: object, *, max_chars: int = MAX_CHARS) -> str:
    """Text ready for any writer: no control characters, NFC, long words breakable."""
    value = "" if text is None else str(text)
    value = _SURROGATE.sub("\ufffd", value)
    value = unicodedata.normalize("NFC", value.replace("\r\n", "\n").replace("\r", "\n"))
    value = _CONTROL.sub("", value)
    if len(value) > max_chars:
        value = value[: max_chars - 1] + "…"
    return _LONG_WORD.sub(_break_long, value)


NBSP = "\u00a0"  # a space where the line may not break

# Two-syllable words of the names a header or a subject line carries; Vietnamese
# typography never breaks a line inside a word ("XÂY / DỰNG", "AN / NINH").
_WORDS = (
    "an ninh|bảo vệ|biên bản|bí thư|cán bộ|chi bộ|chi ủy|chính trị|công an|đại hội|"
    "đảng bộ|đảng ủy|đảng viên|giám đốc|hành chính|hậu cần|kiểm phiếu|kinh tế|"
    "nghị quyết|nhân dân|nhiệm kỳ|phong trào|quân sự|quốc phòng|tham mưu|"
    "thanh hóa|tổ chức|tổ quốc|trật tự|tuyên giáo|văn phòng|xã hội|xây dựng"
)
_WORD = re.compile(rf"(?<!\w)(?:{_WORDS})(?!\w)", re.IGNORECASE)
_ORDINAL = re.compile(r"(?<!\w)lần thứ (?=\S)", re.IGNORECASE)  # "lần thứ VI"
_TERM = re.compile(r"(?<=\d) [–-] (?=\d)")  # "2020 – 2025": no line starts with the dash


def _bind(match: re.Match[str]) -> str:
    return match.group(0).replace(" ", NBSP)


def keep_together(value: str) -> str:
    """``value`` with no-break spaces where a header or title must not break a line:
    inside two-syllable words of unit names, "lần thứ VI", "2020 – 2025"."""
    for pattern in (_WORD, _ORDINAL, _TERM):
        value = pattern.sub(_bind, value)
    return value


def upper(text: str) -> str:
    """Vietnamese capitals for headers ("Chi bộ" → "CHI BỘ"); str.upper is correct here."""
    return safe(text).upper()


def long_date(day: date, *, zero_pad: bool = True) -> str:
    """ "ngày 15 tháng 6 năm 2020"; "ngày 05 tháng 02 năm 2021" when padded.

    Padding days below 10 and the months 1 and 2 with a zero (so nobody can add a
    digit) is the administrative rule (Nghị định 30/2020/NĐ-CP, Phụ lục I); we
    found no text of 36-HD/VPTW that settles it for Party documents, so it is a
    setting (``documents.date_zero_pad``), on by default.
    """
    if not zero_pad:
        return f"ngày {day.day} tháng {day.month} năm {day.year}"
    month = f"{day.month:02d}" if day.month < 3 else str(day.month)
    return f"ngày {day.day:02d} tháng {month} năm {day.year}"


def place_date(place: str, day: date | None, *, zero_pad: bool = True) -> str:
    """ "Thanh Hóa, ngày 15 tháng 6 năm 2020"; blanks to fill by hand when unknown."""
    when = long_date(day, zero_pad=zero_pad) if day else "ngày …… tháng …… năm 20……"
    return f"{safe(place) or '……………'}, {when}"


def short_time(value: time | None) -> str:
    """ "7 giờ 30 phút" as minutes write times."""
    if value is None:
        return "…… giờ …… phút"
    return f"{value.hour} giờ {value.minute:02d} phút" if value.minute else f"{value.hour} giờ"


def number(value: int | Decimal) -> str:
    """A number in Vietnamese form (1.000; 66,67) via Babel."""
    return str(format_decimal(value, locale="vi"))


# --- phrases shared by the documents and the draft minutes ----------------------------

BLANK = "……"  # a missing value prints as a visible blank, to be filled by hand
COMRADES = "đồng chí"


# The Quy chế bầu cử trong Đảng in force on a congress's day: 190-QĐ/TW from
# 10/10/2024, before it 244-QĐ/TW (docs/domain/rules.md §2: 190 Điều 30 khoản 2
# has the same text as 244 Điều 32).
RULES_190_FROM = date(2024, 10, 10)
RULES_190 = "Quyết định số 190-QĐ/TW ngày 10/10/2024"
RULES_244 = "Quyết định số 244-QĐ/TW ngày 09/6/2014"


def election_rules(article: str, day: date | None, *, older: str = "") -> str:
    """A citation in the usual form, clause first: "khoản 2 Điều 30 Quy chế bầu cử
    trong Đảng (ban hành kèm theo Quyết định số 190-QĐ/TW ngày 10/10/2024)".

    A congress held before 190-QĐ/TW cites the Quy chế then in force (244-QĐ/TW)
    with its own article ``older``, or the Quy chế alone when that is not known.
    """
    if day is not None and day < RULES_190_FROM:
        where = f"{older} " if older else ""
        return f"{where}Quy chế bầu cử trong Đảng (ban hành kèm theo {RULES_244})"
    return f"{article} Quy chế bầu cử trong Đảng (ban hành kèm theo {RULES_190})"


def comrades(names: Sequence[str]) -> str:
    """ "đồng chí X" for one, "các đồng chí X, Y" for several (singular and plural agree)."""
    listed = ", ".join(names) if names else BLANK
    return f"đồng chí {listed}" if len(names) == 1 else f"các đồng chí {listed}"


def seats_text(count: int) -> str:
    """A number of people as congress papers write it: "05 đồng chí", "12 đồng chí"."""
    return f"{count:02d} {COMRADES}"


def filled(text: object) -> str:
    """Safe text, or the visible blank when there is none."""
    return safe(text).strip() or BLANK


def term_text(info: CongressInfo) -> str:
    """ "2020 – 2025" with blanks for an unknown year."""
    start = str(info.term_start) if info.term_start else BLANK
    end = str(info.term_end) if info.term_end else BLANK
    return f"{start} – {end}"


def congress_day(sessions: Sequence[SessionRow]) -> date | None:
    """The official session's day; else the day of any session; else unknown."""
    for kinds in ((SessionKind.OFFICIAL,), tuple(SessionKind)):
        for row in sessions:
            if row.kind in kinds and row.day is not None:
                return row.day
    return None


def guest_text(guest: GuestRow) -> str:
    """ "Đồng chí Lê Thị X, Đại tá, Phó Giám đốc …, Đảng ủy Công an tỉnh …"."""
    parts = [safe(p).strip() for p in (guest.title, guest.organisation)]
    details = ", ".join(p for p in parts if p)
    name = filled(guest.full_name)
    return f"Đồng chí {name}, {details}" if details else f"Đồng chí {name}"


def member_word(kind: CongressKind) -> str:
    return "đại biểu" if kind is CongressKind.DELEGATES else "đảng viên"
