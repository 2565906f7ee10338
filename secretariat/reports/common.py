"""Pieces every builder shares: the header, the subject line, attendance facts.

Documents of a congress name the congress as issuer ("ĐẠI HỘI CHI BỘ … LẦN THỨ
VI") under the superior body (documents.md §1). Every string that comes from the
congress file passes through :func:`~secretariat.text.safe`; a missing
value prints as a visible blank (``BLANK``) for the secretary to fill by hand,
and :mod:`secretariat.reports.catalog` flags it before export.
"""

from __future__ import annotations

from collections.abc import Iterable

from secretariat.domain import Body, CongressInfo, MemberRow, MemberStatus
from secretariat.reports.document import (
    HeaderBlock,
    PageSettings,
    Paragraph,
    Run,
    SignatureColumn,
    Style,
)

# The phrases and the attendance rules moved below the services (secretariat.text,
# rules.eligibility, rules.presence) so the draft minutes share them without a
# service importing reports; the builders keep reaching them through ``common``.
from secretariat.rules.eligibility import summoned as is_summoned
from secretariat.rules.presence import CongressAttendance as CongressAttendance
from secretariat.rules.presence import state_of as state_of
from secretariat.services import congress, settings, working_bodies
from secretariat.services.attendance import congress_attendance as congress_attendance
from secretariat.store import Store
from secretariat.text import BLANK as BLANK
from secretariat.text import COMRADES as COMRADES
from secretariat.text import congress_day as congress_day
from secretariat.text import filled as filled
from secretariat.text import guest_text as guest_text
from secretariat.text import member_word as member_word
from secretariat.text import place_date, safe, upper
from secretariat.text import term_text as term_text


def congress_name(info: CongressInfo) -> str:
    """ "Đại hội Chi bộ … lần thứ VI" as it reads inside a sentence."""
    return f"Đại hội {filled(info.cell_name)} lần thứ {filled(info.ordinal)}"


def subject_line(info: CongressInfo) -> str:
    """ "Đại hội Chi bộ … lần thứ VI, nhiệm kỳ 2020 – 2025"."""
    return f"{congress_name(info)}, nhiệm kỳ {term_text(info)}"


def issuer(info: CongressInfo) -> str:
    """The congress as issuer: "ĐẠI HỘI CHI BỘ … LẦN THỨ VI" (documents.md §1)."""
    cell = upper(info.cell_name).strip() or BLANK
    ordinal = upper(info.ordinal).strip() or BLANK
    return f"ĐẠI HỘI {cell} LẦN THỨ {ordinal}"


def congress_header(store: Store, number: str = "") -> HeaderBlock:
    """The two-column header with the congress as issuer and the official day."""
    info = congress.get_info(store)
    day = congress_day(congress.list_sessions(store))
    zero_pad = bool(settings.get(store, "documents.date_zero_pad"))
    return HeaderBlock(
        superior=upper(info.superior_body).strip() or BLANK,
        issuer=issuer(info),
        number=safe(number),
        place_date=place_date(info.place, day, zero_pad=zero_pad),
    )


def page_settings(store: Store, *, landscape: bool = False, numbers_from: int = 2) -> PageSettings:
    """The congress's page set-up (its settings), turned or numbered as one document needs."""
    top, bottom, left, right = settings.get(store, "documents.margins_mm")
    return PageSettings(
        margin_top_mm=top,
        margin_bottom_mm=bottom,
        margin_left_mm=left,
        margin_right_mm=right,
        body_size_pt=settings.get(store, "documents.body_size_pt"),
        landscape=landscape,
        page_numbers_from=numbers_from,
    )


def presidium_signature(store: Store) -> SignatureColumn:
    """ "T/M ĐOÀN CHỦ TỊCH" with the name of who presides (the presidium's first),
    or "CHỦ TỊCH ĐẠI HỘI" for a single chair (documents.md §2, §4). With no
    presidium recorded the name is left to be written by hand."""
    seats = working_bodies.list_seats(store, Body.PRESIDIUM)
    authority = "CHỦ TỊCH ĐẠI HỘI" if len(seats) == 1 else "T/M ĐOÀN CHỦ TỊCH"
    return SignatureColumn(authority=authority, name=safe(seats[0].name) if seats else "")


def secretary_signature(store: Store) -> SignatureColumn:
    """ "THƯ KÝ ĐẠI HỘI", or "T/M ĐOÀN THƯ KÝ" for a secretariat of several, with the
    name of the first (documents.md §2)."""
    seats = working_bodies.list_seats(store, Body.SECRETARIAT)
    authority = "T/M ĐOÀN THƯ KÝ" if len(seats) > 1 else "THƯ KÝ ĐẠI HỘI"
    return SignatureColumn(authority=authority, name=safe(seats[0].name) if seats else "")


def label_value(label: str, value: str, style: Style = Style.BODY) -> Paragraph:
    """ "Label: **value**" as one paragraph."""
    return Paragraph((Run(f"{label}: "), Run(value, bold=True)), style)


def summoned(members: Iterable[MemberRow]) -> list[MemberRow]:
    """The members called to the congress (``rules.eligibility.summoned``)."""
    return [m for m in members if is_summoned(m)]


def status_text(status: MemberStatus) -> str:
    return "Chính thức" if status is MemberStatus.FULL else "Dự bị"
