"""Pieces every builder shares: the header, the subject line, attendance facts.

Documents of a congress name the congress as issuer ("ĐẠI HỘI CHI BỘ … LẦN THỨ
VI") under the superior body (documents.md §1). Every string that comes from the
congress file passes through :func:`~secretariat.reports.text.safe`; a missing
value prints as a visible blank (``BLANK``) for the secretary to fill by hand,
and :mod:`secretariat.reports.catalog` flags it before export.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date

from secretariat.domain import (
    AttendanceState,
    Body,
    CongressInfo,
    CongressKind,
    GuestRow,
    MemberId,
    MemberRow,
    MemberStatus,
    SessionKind,
    SessionRow,
)
from secretariat.reports.document import (
    HeaderBlock,
    PageSettings,
    Paragraph,
    Run,
    SignatureColumn,
    Style,
)
from secretariat.reports.text import place_date, safe, upper
from secretariat.services import attendance, congress, settings, working_bodies
from secretariat.store import Store

BLANK = "……"
COMRADES = "đồng chí"


def filled(text: object) -> str:
    """Safe text, or the visible blank when there is none."""
    return safe(text).strip() or BLANK


def term_text(info: CongressInfo) -> str:
    """ "2020 – 2025" with blanks for an unknown year."""
    start = str(info.term_start) if info.term_start else BLANK
    end = str(info.term_end) if info.term_end else BLANK
    return f"{start} – {end}"


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


def congress_day(sessions: Sequence[SessionRow]) -> date | None:
    """The official session's day; else the day of any session; else unknown."""
    for kinds in ((SessionKind.OFFICIAL,), tuple(SessionKind)):
        for row in sessions:
            if row.kind in kinds and row.day is not None:
                return row.day
    return None


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
    """The congress's page set-up, turned or numbered as one document needs."""
    return replace(
        settings.page_settings(store), landscape=landscape, page_numbers_from=numbers_from
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


def is_summoned(member: MemberRow) -> bool:
    """Summoned: not attached out to another cell and not suspended (majority.py)."""
    return not member.temporary_out and not member.suspended


def summoned(members: Iterable[MemberRow]) -> list[MemberRow]:
    return [m for m in members if is_summoned(m)]


def status_text(status: MemberStatus) -> str:
    return "Chính thức" if status is MemberStatus.FULL else "Dự bị"


def guest_text(guest: GuestRow) -> str:
    """ "Đồng chí Lê Thị X, Đại tá, Phó Giám đốc …, Đảng ủy Công an tỉnh …"."""
    parts = [safe(p).strip() for p in (guest.title, guest.organisation)]
    details = ", ".join(p for p in parts if p)
    name = filled(guest.full_name)
    return f"Đồng chí {name}, {details}" if details else f"Đồng chí {name}"


def member_word(kind: CongressKind) -> str:
    return "đại biểu" if kind is CongressKind.DELEGATES else "đảng viên"


@dataclass(frozen=True, slots=True)
class CongressAttendance:
    """A member's attendance over the whole congress, with the reason recorded."""

    state: AttendanceState
    reason: str = ""


# The order in which a member's per-session states decide their congress-wide
# state: present in any session wins (whoever attended any part stays in the
# base, rules.md §2); then absent without reason; then excused. The same order
# as attendance.counters, so names and numbers agree.
_PRECEDENCE = (AttendanceState.PRESENT, AttendanceState.ABSENT, AttendanceState.EXCUSED)


def congress_attendance(store: Store) -> dict[MemberId, CongressAttendance]:
    """Every member's congress-wide state; members never marked are UNMARKED."""
    seen: dict[MemberId, list[tuple[AttendanceState, str]]] = {}
    for session in congress.list_sessions(store):
        for member_id, row in attendance.session_attendance(store, session.id).items():
            seen.setdefault(member_id, []).append((row.state, row.reason))
    result: dict[MemberId, CongressAttendance] = {}
    for member_id, states in seen.items():
        for wanted in _PRECEDENCE:
            reasons = [reason for state, reason in states if state is wanted]
            if reasons:
                reason = "; ".join(dict.fromkeys(r for r in reasons if r))
                result[member_id] = CongressAttendance(wanted, reason)
                break
    return result


def state_of(states: dict[MemberId, CongressAttendance], member: MemberRow) -> CongressAttendance:
    return states.get(member.id, CongressAttendance(AttendanceState.UNMARKED))
