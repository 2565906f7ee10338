"""BÁO CÁO tình hình đảng viên tham dự đại hội (docs/domain/procedure.md "Attendance").

Read at the opening and voted on by hands: the numbers of the roster, who is
present and who is absent (with or without a reason, by name), the majority
base and the smallest winning vote (190-QĐ/TW Điều 30), the make-up of those
present where recorded, the guests, and whether the congress can proceed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date, datetime

from secretariat.domain import (
    AttendanceState,
    CongressInfo,
    CongressKind,
    Gender,
    MemberId,
    MemberRow,
    MemberStatus,
)
from secretariat.reports import common
from secretariat.reports.common import COMRADES, filled
from secretariat.reports.document import (
    Block,
    Document,
    HeaderBlock,
    ListBlock,
    Run,
    SignatureBlock,
    Spacer,
    Style,
    para,
)
from secretariat.rules.majority import AttendanceCounters, BaseBreakdown, format_percent, percent
from secretariat.services import agenda, attendance, congress, roster, settings
from secretariat.store import Store
from secretariat.text import long_date, number, safe, short_time

NAME = "attendance_report"
TITLE = "Báo cáo tình hình đảng viên tham dự đại hội"


def _count(value: int) -> str:
    return f"{number(value)} {COMRADES}"


def _bullets(lines: Iterable[str], bullet: str = "-") -> ListBlock:
    return ListBlock(tuple((Run(line),) for line in lines), bullet=bullet)


def _opening(store: Store, info: CongressInfo) -> str:
    day = common.congress_day(congress.list_sessions(store))
    zero_pad = bool(settings.get(store, "documents.date_zero_pad"))
    when = long_date(day, zero_pad=zero_pad) if day else "ngày …… tháng …… năm 20……"
    who = "Ban Thẩm tra tư cách đại biểu" if info.kind is CongressKind.DELEGATES else "Chi ủy"
    return (
        f"{common.subject_line(info)} họp {when} tại {filled(info.venue)}. "
        f"{who} báo cáo Đại hội tình hình {common.member_word(info.kind)} "
        "tham dự đại hội như sau:"
    )


def _roster_lines(members: Sequence[MemberRow], c: AttendanceCounters) -> list[str]:
    of_cell = [m for m in members if not m.temporary_in]
    full = sum(1 for m in of_cell if m.status is MemberStatus.FULL)
    return [
        f"Tổng số đảng viên của chi bộ: {_count(len(of_cell))}; trong đó đảng viên "
        f"chính thức: {_count(full)}, đảng viên dự bị: {_count(len(of_cell) - full)}.",
        "Đảng viên được miễn công tác và sinh hoạt đảng: "
        f"{_count(sum(1 for m in of_cell if m.exempt))}.",
        "Đảng viên sinh hoạt tạm thời ở nơi khác (sinh hoạt tạm thời đi): "
        f"{_count(sum(1 for m in of_cell if m.temporary_out))}.",
        "Đảng viên nơi khác đến sinh hoạt tạm thời tại chi bộ: "
        f"{_count(sum(1 for m in members if m.temporary_in))}.",
        "Đảng viên bị đình chỉ sinh hoạt, bị khởi tố, truy tố, tạm giam: "
        f"{_count(sum(1 for m in members if m.suspended))}.",
        f"Số đảng viên được triệu tập dự Đại hội: {_count(c.summoned)}.",
    ]


def _present_line(c: AttendanceCounters) -> str:
    parts = [f"chính thức: {number(c.present_full)}", f"dự bị: {number(c.present_probationary)}"]
    if c.present_guests_of_cell:
        parts.append(f"sinh hoạt tạm thời: {number(c.present_guests_of_cell)}")
    return (
        f"Có mặt: {_count(c.present)} ({', '.join(parts)}), bằng "
        f"{format_percent(c.percent_present)} số đảng viên được triệu tập."
    )


def _attendance_blocks(
    called: Sequence[MemberRow],
    states: dict[MemberId, common.CongressAttendance],
    c: AttendanceCounters,
) -> list[Block]:
    def having(state: AttendanceState) -> list[MemberRow]:
        return [m for m in called if common.state_of(states, m).state is state]

    def names(rows: Sequence[MemberRow]) -> str:
        return ", ".join(filled(m.full_name) for m in rows)

    excused = having(AttendanceState.EXCUSED)
    absent = having(AttendanceState.ABSENT)
    unmarked = having(AttendanceState.UNMARKED)
    blocks: list[Block] = [
        _bullets(
            [
                _present_line(c),
                f"Vắng mặt có lý do: {_count(len(excused))}" + (":" if excused else "."),
            ]
        )
    ]
    if excused:
        reasons = (
            f"Đồng chí {filled(m.full_name)}: {filled(common.state_of(states, m).reason)};"
            for m in excused
        )
        blocks.append(_bullets(reasons, bullet="+"))
    lines = [
        f"Vắng mặt không có lý do: {_count(len(absent))}"
        + (f": {names(absent)}." if absent else ".")
    ]
    if unmarked:
        lines.append(f"Chưa có mặt, chưa điểm danh: {_count(len(unmarked))}: {names(unmarked)}.")
    blocks.append(_bullets(lines))
    return blocks


def base_text(base: BaseBreakdown, min_votes: int, day: date | None = None) -> str:
    """The majority base in plain words, with its breakdown (190-QĐ/TW Điều 30)."""
    if base.kind is CongressKind.DELEGATES:
        start = f"{number(base.full_summoned)} đại biểu chính thức được triệu tập"
        deductions = [(base.absent_throughout, "vắng mặt suốt đại hội")]
        article, older = "khoản 3 Điều 30", "Điều 32"
    else:
        start = f"{number(base.full_summoned)} đảng viên chính thức của chi bộ"
        deductions = [
            (base.temporary_out, "sinh hoạt tạm thời ở nơi khác"),
            (base.suspended, "bị đình chỉ sinh hoạt, bị khởi tố, truy tố, tạm giam"),
            (base.exempt_not_present, "được miễn sinh hoạt và không dự đại hội"),
            (base.excused, "vắng mặt cả đại hội có lý do được chấp nhận"),
        ]
        article, older = "khoản 2 Điều 30", "Điều 32"
    minus = [f"trừ {_count(n)} {why}" for n, why in deductions if n]
    made_of = start + (", " + ", ".join(minus) if minus else "")
    return (
        f"Theo {common.election_rules(article, day, older=older)}, "
        "số đảng viên chính thức dùng làm "
        f"căn cứ tính quá bán (mẫu số) là {_count(base.majority_base)} ({made_of}). "
        f"Một nội dung được thông qua, một người trúng cử khi được quá một nửa số đó "
        f"tán thành, tức là ít nhất {number(min_votes)} phiếu."
    )


def _share(count: int, whole: int) -> str:
    return f"{_count(count)} ({format_percent(percent(count, whole))})"


# Categories listed even when nobody present is in them, in their usual order.
THEORY_LEVELS = ("Cao cấp", "Trung cấp", "Sơ cấp", "Chưa qua đào tạo")  # listed even at 0
UNKNOWN = "chưa rõ"


def _grouped(values: Sequence[str], whole: int, always: Sequence[str] = ()) -> str:
    """ "Kinh 23 đồng chí (88,46%), Thái 2 đồng chí (7,69%); chưa rõ: 2 đồng chí (7,69%)".

    Every share is of all the members present (``whole``); those the roster holds
    no value for are counted as unknown, never left out (issue 18 §2), and the
    categories of ``always`` are listed even at 0. Most frequent first.
    """
    known = [safe(v).strip() for v in values if safe(v).strip()]
    counts = Counter(known)
    for value in always:
        counts.setdefault(value, 0)
    ordered = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    text = ", ".join(f"{value} {_share(n, whole)}" for value, n in ordered)
    unknown = whole - len(known)
    if unknown:
        text += ("; " if text else "") + f"{UNKNOWN}: {_share(unknown, whole)}"
    return text


def _age_line(present: Sequence[MemberRow], year: int | None) -> str | None:
    ages = [year - m.birth_year for m in present if m.birth_year and year]
    if not ages:
        return None
    whole = len(present)
    groups = [
        ("dưới 30 tuổi", sum(1 for a in ages if a < 30)),
        ("từ 30 đến 45 tuổi", sum(1 for a in ages if 30 <= a <= 45)),
        ("trên 45 tuổi", sum(1 for a in ages if a > 45)),
    ]
    if whole > len(ages):
        groups.append((UNKNOWN, whole - len(ages)))
    return "Độ tuổi: " + "; ".join(f"{label}: {_share(n, whole)}" for label, n in groups) + "."


def _makeup_lines(present: Sequence[MemberRow], year: int | None) -> list[str]:
    """The make-up of those present, only for what the roster records."""
    whole = len(present)
    lines: list[str] = []
    age = _age_line(present, year)
    if age:
        lines.append(age)
    men = sum(1 for m in present if m.gender is Gender.MALE)
    women = sum(1 for m in present if m.gender is Gender.FEMALE)
    if men or women:
        unknown = whole - men - women
        tail = f"; {UNKNOWN}: {_share(unknown, whole)}" if unknown else ""
        lines.append(f"Giới tính: nam: {_share(men, whole)}; nữ: {_share(women, whole)}{tail}.")
    for label, values, always in (
        ("Dân tộc", [m.ethnicity for m in present], ()),
        ("Trình độ chuyên môn", [m.education for m in present], ()),
        ("Trình độ lý luận chính trị", [m.theory_level for m in present], THEORY_LEVELS),
    ):
        if any(safe(v).strip() for v in values):
            lines.append(f"{label}: {_grouped(values, whole, always)}.")
        elif whole:
            lines.append(f"{label}: {UNKNOWN} ({_count(whole)}).")
    return lines


def _congress_year(store: Store, info: CongressInfo) -> int | None:
    day = common.congress_day(congress.list_sessions(store))
    return day.year if day else info.term_start


def _closing(c: AttendanceCounters) -> str:
    if c.no_vote_can_pass:
        return (
            f"Số đảng viên chính thức có mặt ({_count(c.voters_present)}) không quá một nửa "
            f"mẫu số ({number(c.base.majority_base)}): không nội dung biểu quyết nào, không "
            "cuộc bầu cử nào có thể đạt quá bán."
        )
    return (
        f"Số đảng viên chính thức có mặt là {_count(c.voters_present)}, quá một nửa mẫu số "
        f"({number(c.base.majority_base)}). Đại hội đủ điều kiện tiến hành."
    )


def _signature(store: Store, info: CongressInfo) -> SignatureBlock:
    """The body that reports signs, with its name (the header names the same body)."""
    if info.kind is CongressKind.DELEGATES:
        return SignatureBlock(right=common.credentials_signature(store))
    return SignatureBlock(right=common.committee_signature(store))


def _header(store: Store, info: CongressInfo) -> HeaderBlock:
    """The chi ủy reports as the cell; the credentials committee under the congress."""
    if info.kind is CongressKind.DELEGATES:
        return replace(
            common.congress_header(store),
            superior=common.issuer(info),
            issuer="BAN THẨM TRA TƯ CÁCH ĐẠI BIỂU",
        )
    return common.committee_header(store)


def as_read(
    store: Store,
) -> tuple[datetime | None, AttendanceCounters, dict[MemberId, common.CongressAttendance]]:
    """The attendance as the report was read to the congress (agenda.report_moment):
    the counters and each member's state then; a member who first came later is
    not yet present. Before the report is read, the attendance now."""
    moment = agenda.report_moment(store)
    states = common.congress_attendance(store)
    if moment is None:
        return None, attendance.counters(store), states
    for member_id in attendance.late_after(store, moment):
        states[member_id] = common.CongressAttendance(AttendanceState.UNMARKED)
    return moment, attendance.counters(store, moment, as_of=moment), states


def _moment_line(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    return f"Số liệu tại thời điểm báo cáo trước Đại hội, lúc {short_time(moment.time())}."


def build(store: Store) -> Document:
    info = congress.get_info(store)
    members = roster.list_members(store)
    moment, c, states = as_read(store)
    called = common.summoned(members)
    present = [m for m in called if common.state_of(states, m).state is AttendanceState.PRESENT]
    word = common.member_word(info.kind)
    blocks: list[Block] = [
        _header(store, info),
        para("BÁO CÁO", Style.DOC_TYPE),
        para(f"Tình hình {word} tham dự {common.subject_line(info)}", Style.DOC_SUBJECT),
        para(_opening(store, info)),
        para("1. Số lượng đảng viên", Style.HEADING_2),
        _bullets(_roster_lines(members, c)),
        para("2. Tình hình tham dự Đại hội", Style.HEADING_2),
        *([para(line)] if (line := _moment_line(moment)) else []),
        *_attendance_blocks(called, states, c),
        para("3. Mẫu số để tính quá bán", Style.HEADING_2),
        para(base_text(c.base, c.min_votes, common.congress_day(congress.list_sessions(store)))),
        para("4. Thành phần đảng viên có mặt", Style.HEADING_2),
    ]
    makeup = _makeup_lines(present, _congress_year(store, info))
    blocks.append(_bullets(makeup) if makeup else para("Chưa có số liệu."))
    blocks.append(para("5. Đại biểu khách mời", Style.HEADING_2))
    guests = roster.list_guests(store)
    if guests:
        blocks.append(_bullets(f"{common.guest_text(g)};" for g in guests))
    else:
        blocks.append(para("Không có đại biểu khách mời."))
    blocks += [
        para(_closing(c)),
        para("Trân trọng báo cáo Đại hội."),
        Spacer(),
        _signature(store, info),
    ]
    return Document(NAME, TITLE, tuple(blocks), common.page_settings(store))
