"""Making any text from the database safe for a document, and Vietnamese formats.

``safe`` removes what no document format accepts (control characters, lone
surrogates), normalises to NFC, and lets very long words break so that a
5,000-character note or a name pasted without spaces cannot break a layout.
Dates and numbers use Babel with locale ``vi``.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, time
from decimal import Decimal

from babel.numbers import format_decimal

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
