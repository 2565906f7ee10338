"""Pieces every builder shares: the header, the subject line, attendance facts.

Documents of a congress name the congress as issuer ("ĐẠI HỘI CHI BỘ … LẦN THỨ
VI") under the superior body (docs/domain/documents.md §1). Every string that comes from the
congress file passes through :func:`~secretariat.text.safe`; a missing
value prints as a visible blank (``BLANK``) for the secretary to fill by hand,
and :mod:`secretariat.reports.catalog` flags it before export.
"""

from __future__ import annotations

import re
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
from secretariat.services import agenda, congress, settings, working_bodies
from secretariat.services.attendance import congress_attendance as congress_attendance
from secretariat.store import Store
from secretariat.text import BLANK as BLANK
from secretariat.text import COMRADES as COMRADES
from secretariat.text import comrades as comrades
from secretariat.text import congress_day as congress_day
from secretariat.text import election_rules as election_rules
from secretariat.text import filled as filled
from secretariat.text import guest_text as guest_text
from secretariat.text import member_word as member_word
from secretariat.text import place_date, safe, upper
from secretariat.text import seats_text as seats_text
from secretariat.text import term_text as term_text


def congress_name(info: CongressInfo) -> str:
    """ "Đại hội Chi bộ … lần thứ VI" as it reads inside a sentence."""
    return f"Đại hội {filled(info.cell_name)} lần thứ {filled(info.ordinal)}"


def subject_line(info: CongressInfo) -> str:
    """ "Đại hội Chi bộ … lần thứ VI, nhiệm kỳ 2020 – 2025"."""
    return f"{congress_name(info)}, nhiệm kỳ {term_text(info)}"


def issuer(info: CongressInfo) -> str:
    """The congress as issuer: "ĐẠI HỘI CHI BỘ … LẦN THỨ VI" (docs/domain/documents.md §1)."""
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


def committee_header(store: Store, number: str = "") -> HeaderBlock:
    """The outgoing committee's header: the cell as issuer under the superior body.

    36-HD/VPTW: the body named in the header is the one that signs "T/M"; the
    attendance report and the programme are the outgoing chi ủy's papers to the
    congress, so the cell issues them (docs/domain/documents.md §1).
    """
    info = congress.get_info(store)
    day = congress_day(congress.list_sessions(store))
    zero_pad = bool(settings.get(store, "documents.date_zero_pad"))
    return HeaderBlock(
        superior=upper(info.superior_body).strip() or BLANK,
        issuer=upper(info.cell_name).strip() or BLANK,
        number=safe(number),
        place_date=place_date(info.place, day, zero_pad=zero_pad),
    )


# "Đồng chí Lê Đình Khải, Bí thư Chi bộ": a presenter who is the bí thư (not a phó).
_SECRETARY = re.compile(r"^\s*(?:đồng chí|đ/c)\s+([^,]+?)\s*,\s*bí thư\b", re.IGNORECASE)


def outgoing_secretary(store: Store) -> str:
    """The outgoing bí thư's name: the setting ``documents.outgoing_secretary`` when
    given, else the agenda presenter named "…, Bí thư …", else unknown ("")."""
    named = safe(settings.get(store, "documents.outgoing_secretary")).strip()
    if named:
        return named
    for item in agenda.list_items(store):
        match = _SECRETARY.match(safe(item.presenter))
        if match:
            return match.group(1).strip()
    return ""


def committee_signature(store: Store) -> SignatureColumn:
    """ "T/M CHI ỦY / BÍ THƯ" with the outgoing bí thư's name."""
    return SignatureColumn(authority="T/M CHI ỦY", role="BÍ THƯ", name=outgoing_secretary(store))


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


def presidium_signature(store: Store, *, note: str = "") -> SignatureColumn:
    """ "T/M ĐOÀN CHỦ TỊCH" with the name of who presides (the presidium's first),
    or "CHỦ TỊCH ĐẠI HỘI" for a single chair (docs/domain/documents.md §2, §4). With no
    presidium recorded the name is left to be written by hand."""
    seats = working_bodies.list_seats(store, Body.PRESIDIUM)
    authority = "CHỦ TỊCH ĐẠI HỘI" if len(seats) == 1 else "T/M ĐOÀN CHỦ TỊCH"
    name = safe(seats[0].name) if seats else ""
    return SignatureColumn(authority=authority, name=name, note=note)


def credentials_signature(store: Store) -> SignatureColumn:
    """ "T/M BAN THẨM TRA TƯ CÁCH ĐẠI BIỂU / TRƯỞNG BAN" with the head's name."""
    seats = working_bodies.list_seats(store, Body.CREDENTIALS)
    return SignatureColumn(
        authority="T/M BAN THẨM TRA TƯ CÁCH ĐẠI BIỂU",
        role="TRƯỞNG BAN",
        name=safe(seats[0].name) if seats else "",
    )


def secretary_signature(store: Store, *, note: str = "") -> SignatureColumn:
    """ "THƯ KÝ ĐẠI HỘI", or "T/M ĐOÀN THƯ KÝ" for a secretariat of several, with the
    name of the first (docs/domain/documents.md §2)."""
    seats = working_bodies.list_seats(store, Body.SECRETARIAT)
    authority = "T/M ĐOÀN THƯ KÝ" if len(seats) > 1 else "THƯ KÝ ĐẠI HỘI"
    return SignatureColumn(
        authority=authority, name=safe(seats[0].name) if seats else "", note=note
    )


def label_value(label: str, value: str, style: Style = Style.BODY) -> Paragraph:
    """ "Label: **value**" as one paragraph."""
    return Paragraph((Run(f"{label}: "), Run(value, bold=True)), style)


def summoned(members: Iterable[MemberRow]) -> list[MemberRow]:
    """The members called to the congress (``rules.eligibility.summoned``)."""
    return [m for m in members if is_summoned(m)]


def status_text(status: MemberStatus) -> str:
    return "Chính thức" if status is MemberStatus.FULL else "Dự bị"
