"""BIÊN BẢN ĐẠI HỘI: the minutes generated from the record, section by section.

``generate`` writes each section from the data (docs/domain/documents.md §2): the opening
(identity, time, place), attendance with names and reasons, the guests, then
one section per agenda item in programme order (its time, presenter, notes,
speeches in queue order, the show-of-hands votes with their verdicts; the
attendance report's base, every election's result as in its count minutes,
the resolution's adoption), and the closing. The secretary may rewrite any
section: the edit is stored by the section's key, wins over the generated text,
survives the regeneration of every other section, and is marked ``stale``
when the data under it changed after the edit. ``completeness`` names what
the record lacks, so nothing prints as "……" where the data exists.

Section text is plain: one paragraph per line; a line starting with "- " or
"+ " is a list item (the document builder renders both).
"""

from __future__ import annotations

import hashlib
import json
import weakref
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from secretariat import models
from secretariat.domain import (
    AgendaItemRow,
    AttendanceState,
    Body,
    CongressInfo,
    GuestRow,
    MemberRow,
    MemberStatus,
    Missing,
    SessionKind,
    SessionRow,
    SpeechKind,
    SpeechRow,
    VoteRow,
)
from secretariat.errors import ValidationError
from secretariat.rules import eligibility, presence
from secretariat.rules.ballots import DEFAULT_REASONS, BallotForm
from secretariat.rules.majority import AttendanceCounters, format_percent
from secretariat.rules.tally import Tally
from secretariat.services import (
    agenda,
    attendance,
    closing,
    congress,
    elections,
    resolution,
    roster,
    settings,
    speeches,
    votes,
    working_bodies,
)
from secretariat.services.elections import ElectionRow, RoundRow, nominations
from secretariat.services.elections import results as election_results
from secretariat.services.elections.nominations import NominationRow, NominationStatus
from secretariat.store import Store
from secretariat.text import (
    BLANK,
    COMRADES,
    comrades,
    congress_day,
    filled,
    guest_text,
    long_date,
    member_word,
    number,
    safe,
    seats_text,
    short_time,
    term_text,
)

MAX_TEXT = 100_000
OPENING, ATTENDANCE, GUESTS, CLOSING = "opening", "attendance", "guests", "closing"
ITEM_PREFIX = "item:"  # "item:<agenda item id>"
ELECTIONS, RESOLUTION, OTHER_VOTES = "elections", "resolution", "other_votes"
# Items whose presenter the minutes must name (docs/domain/documents.md §2, III and IV).
PRESENTED = frozenset(
    {
        "opening",
        "attendance_report",
        "credentials_report",
        "political_report",
        "self_review",
        "superior_drafts",
    }
)
_ROMAN = (
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
)


@dataclass(frozen=True, slots=True)
class MinutesSection:
    """One section: ``text`` is the edit when ``edited``, else the generated text.

    ``stale``: edited, and the generated text has changed since the edit was made.
    ``level``: 0 no heading, 1 a numbered part ("I. …"), 2 a sub-heading.
    """

    key: str
    title: str
    generated_text: str
    text: str
    edited: bool
    stale: bool
    level: int = 1


@dataclass(frozen=True, slots=True)
class SectionState:
    """A section's stored edit as it was (``text`` None: not edited)."""

    key: str
    text: str | None = None
    edited_at: datetime | None = None
    base_text_hash: str | None = None


# --- the facts, read once ---------------------------------------------------------------


@dataclass(frozen=True)
class _Facts:
    info: CongressInfo
    sessions: list[SessionRow]
    members: list[MemberRow]
    guests: list[GuestRow]
    states: dict[Any, presence.CongressAttendance]
    counters: AttendanceCounters
    items: list[AgendaItemRow]
    speeches: list[SpeechRow]
    votes: list[VoteRow]
    elections: list[tuple[ElectionRow, list[tuple[RoundRow, Tally | None]]]]
    closed_at: datetime | None
    zero_pad: bool
    seats: list[working_bodies.Seat]
    # Votes that adopted a version of the resolution later reopened (not standing),
    # with what the congress reopened it for ("" if not said).
    superseded: Mapping[int, str] = field(default_factory=dict)
    # When the attendance report was read, and who first arrived after it.
    report_at: datetime | None = None
    late: dict[Any, datetime] | None = None
    # Each election's nominations (by election id), in the order proposed.
    nominations: Mapping[int, list[NominationRow]] = field(default_factory=dict)


def _counted(store: Store, row: RoundRow) -> Tally | None:
    if row.held_at is None or row.base is None or row.issued is None:
        return None
    return elections.count(store, row.id)


_Elections = tuple[
    list[tuple[ElectionRow, list[tuple[RoundRow, Tally | None]]]],
    dict[int, list[NominationRow]],
]


def _elections(store: Store) -> _Elections:
    """Every election with its rounds and their counts, and its nominations."""
    found = []
    proposed = {}
    for election in elections.list_elections(store):
        rounds = elections.list_rounds(store, election.id)
        found.append((election, [(r, _counted(store, r)) for r in rounds]))
        proposed[int(election.id)] = nominations.list_nominations(store, election.id)
    return found, proposed


# The costly facts, and the tables each is read from: they are read again only when an
# action since the last reading changed one of these tables (the journal's row images
# say which), so a check-in at the door does not recount 5,000 ballot papers (#16).
# The rest of the facts are cheap and read every time.
_KEPT_GROUPS: dict[str, frozenset[str]] = {
    "elections": frozenset(
        {
            "election",
            "election_round",
            "candidate",
            "teller",
            "ballot",
            "nomination",
            "ballot_resolution",
            "member",
            "setting",
        }
    ),
    "members": frozenset({"member"}),
}


def _facts(store: Store, kept: Mapping[str, Any] | None = None) -> _Facts:
    """The facts of the minutes; ``kept``: groups of ``_KEPT_GROUPS`` still current."""
    kept = kept or {}
    found, proposed = kept["elections"] if "elections" in kept else _elections(store)
    members = kept["members"] if "members" in kept else roster.list_members(store)
    return _Facts(
        info=congress.get_info(store),
        sessions=congress.list_sessions(store),
        members=members,
        guests=roster.list_guests(store),
        states=kept["states"] if "states" in kept else attendance.congress_attendance(store),
        counters=attendance.counters(store),
        items=agenda.list_items(store),
        speeches=[s for s in speeches.all_speeches(store) if s.started_at is not None],
        votes=votes.list_votes(store),
        elections=found,
        closed_at=closing.state(store).closed_at,
        zero_pad=bool(settings.get(store, "documents.date_zero_pad")),
        seats=working_bodies.list_seats(store),
        superseded={
            v.adoption_vote_id: v.reopen_reason
            for v in resolution.list_versions(store)
            if v.adoption_vote_id is not None and not v.adopted
        },
        report_at=(report_at := agenda.report_moment(store)),
        late=attendance.late_after(store, report_at) if report_at else {},
        nominations=proposed,
    )


# --- small texts ------------------------------------------------------------------------


def roman(n: int) -> str:
    out = ""
    for value, letters in _ROMAN:
        while n >= value:
            out += letters
            n -= value
    return out


def _count(n: int) -> str:
    return f"{number(n)} {COMRADES}"


def _clock(moment: datetime | None) -> str:
    return short_time(moment.time() if moment else None)


def _lines(text: str) -> list[str]:
    return [line.strip() for line in safe(text).split("\n") if line.strip()]


def _comrade(text: str) -> str:
    """ "Đồng chí …" unless the text already says so."""
    value = safe(text).strip()
    lowered = value.lower()
    if lowered.startswith(("đồng chí", "đ/c", "các đồng chí")):
        return value
    return f"Đồng chí {value}"


def vote_counts(row: VoteRow, word: str = "đảng viên") -> str:
    """The counts of a held vote as practice writes them, adding up to the present.

    "có mặt 24 đảng viên chính thức; 23 đồng chí tán thành (95,83% so với mẫu số
    24), 0 không tán thành, 0 ý kiến khác, 1 đồng chí không biểu quyết": the
    full members in the hall first, so that every hand is accounted for; the
    percent is of the majority base (docs/domain/rules.md 3; 24-QĐ/TW mục 9.3).
    """
    if row.yes is None or row.base is None:
        return "chưa biểu quyết"
    result = votes.result(row)
    present = row.voters_present or 0
    counted = row.yes + (row.no or 0) + (row.other or 0)
    text = (
        f"có mặt {number(present)} {word} chính thức; {number(row.yes)} đồng chí tán thành "
        f"({result.percent_text} so với mẫu số {number(row.base)}), "
        f"{number(row.no or 0)} không tán thành, {number(row.other or 0)} ý kiến khác"
    )
    if counted < present:
        text += f", {number(present - counted)} đồng chí không biểu quyết"
    return text


def vote_line(row: VoteRow, word: str = "đảng viên") -> str:
    """A vote and its verdict: "Biểu quyết …: có mặt 24 …; 23 đồng chí tán thành …"."""
    subject = filled(row.subject).rstrip(".")
    if not row.held or row.yes is None or row.base is None:
        return f"{subject}: chưa biểu quyết."
    result = votes.result(row)
    verdict = "Đại hội thông qua" if result.passed else "không được thông qua"
    line = f"{subject}: {vote_counts(row, word)}. Kết quả: {verdict}."
    note = " ".join(_lines(row.note))
    return f"{line} {note}" if note else line


def _vote(facts: _Facts, row: VoteRow) -> str:
    """A vote's line in the minutes; an adoption later reopened says so (issue 18 §1)."""
    line = vote_line(row, member_word(facts.info.kind))
    if row.id in facts.superseded:
        reason = safe(facts.superseded[row.id]).strip().rstrip(".")
        why = f"để {reason}" if reason else "để tiếp tục sửa đổi, bổ sung"
        if reason.startswith(("để ", "Để ")):
            why = reason[0].lower() + reason[1:]
        line += (
            f" Sau đó, Đại hội mở lại Nghị quyết {why}; kết quả biểu quyết này không còn "
            "hiệu lực và Nghị quyết được biểu quyết thông qua lại."
        )
    return line


def _by_time(rows: Sequence[VoteRow]) -> list[VoteRow]:
    """Votes in the order they were held (votes not held yet last, in list order)."""
    held = sorted((v for v in rows if v.held_at), key=lambda v: (v.held_at, v.position))
    return held + [v for v in rows if not v.held_at]


def _speaker_title(facts: _Facts, row: SpeechRow) -> str:
    if row.member_id is not None:
        member = next((m for m in facts.members if m.id == row.member_id), None)
        return safe(member.position).strip() if member else ""
    guest = next((g for g in facts.guests if g.id == row.guest_id), None)
    return safe(guest.title).strip() if guest else ""


def speech_line(facts: _Facts, row: SpeechRow) -> str:
    """ "Đ/c <name> (<title>): <summary>" (docs/domain/procedure.md, "Speeches")."""
    title = _speaker_title(facts, row)
    who = f"Đ/c {filled(row.speaker)}" + (f" ({title})" if title else "")
    summary = " ".join(_lines(row.summary)).rstrip(".;") or BLANK
    return f"{who}: {summary}"


# --- sections -------------------------------------------------------------------------


def _opening_time(facts: _Facts) -> datetime | None:
    started = [i.started_at for i in facts.items if i.started_at]
    if started:
        return min(started)
    for s in facts.sessions:
        if s.kind is SessionKind.OFFICIAL and s.day and s.start:
            return datetime.combine(s.day, s.start)
    return None


def _opening(facts: _Facts) -> str:
    info = facts.info
    start = _opening_time(facts)
    day = start.date() if start else congress_day(facts.sessions)
    when = long_date(day, zero_pad=facts.zero_pad) if day else "ngày …… tháng …… năm 20……"
    lines = [
        f"Hôm nay, vào lúc {_clock(start)}, {when}, tại {filled(info.venue)}, "
        f"{filled(info.cell_name)} tiến hành Đại hội lần thứ {filled(info.ordinal)}, "
        f"nhiệm kỳ {term_text(info)}."
    ]
    if len(facts.sessions) > 1:
        for s in facts.sessions:
            kind = "Phiên trù bị" if s.kind is SessionKind.PREPARATORY else "Phiên chính thức"
            on = long_date(s.day, zero_pad=facts.zero_pad) if s.day else BLANK
            lines.append(f"- {kind}: {on}, từ {short_time(s.start)} đến {short_time(s.end)};")
    return "\n".join(lines)


def _attendance(facts: _Facts) -> str:
    c = facts.counters
    word = member_word(facts.info.kind)
    called = [m for m in facts.members if eligibility.summoned(m)]

    by_state: dict[AttendanceState, list[MemberRow]] = {}  # one pass over the roster
    for m in called:
        by_state.setdefault(presence.state_of(facts.states, m).state, []).append(m)

    def having(state: AttendanceState) -> list[MemberRow]:
        return by_state.get(state, [])

    full = sum(1 for m in called if m.status is MemberStatus.FULL)
    lines = [
        f"Tổng số {word} được triệu tập: {_count(c.summoned)} (chính thức: {number(full)}, "
        f"dự bị: {number(len(called) - full)}).",
        f"Có mặt: {_count(c.present)} (chính thức: {number(c.present_full)}, dự bị: "
        f"{number(c.present_probationary)}"
        + (
            f", sinh hoạt tạm thời: {number(c.present_guests_of_cell)}"
            if c.present_guests_of_cell
            else ""
        )
        + f"), bằng {format_percent(c.percent_present)} số {word} được triệu tập.",
    ]
    excused = having(AttendanceState.EXCUSED)
    lines.append(f"Vắng mặt có lý do: {_count(len(excused))}" + (":" if excused else "."))
    for m in excused:
        reason = filled(presence.state_of(facts.states, m).reason)
        lines.append(f"+ Đồng chí {filled(m.full_name)}: {reason};")
    absent = having(AttendanceState.ABSENT)
    names = ", ".join(filled(m.full_name) for m in absent)
    lines.append(
        f"Vắng mặt không có lý do: {_count(len(absent))}" + (f": {names}." if absent else ".")
    )
    unmarked = having(AttendanceState.UNMARKED)
    if unmarked:
        names = ", ".join(filled(m.full_name) for m in unmarked)
        lines.append(f"Chưa điểm danh: {_count(len(unmarked))}: {names}.")
    lines += _arrival_lines(facts)
    return "\n".join(lines)


def _arrival_lines(facts: _Facts) -> list[str]:
    """Who came after the attendance report was read (docs/domain/documents.md §3): the report
    filed is the one read; a later arrival is told here, with its time."""
    late = facts.late or {}
    names = {m.id: m.full_name for m in facts.members}
    ordered = sorted(late.items(), key=lambda item: (item[1], names.get(item[0], "")))
    return [
        f"Đồng chí {filled(names.get(member, ''))} đến dự Đại hội lúc {_clock(at)}"
        + (
            ""
            if facts.report_at is None or at.date() == facts.report_at.date()
            else f" {long_date(at.date(), zero_pad=facts.zero_pad)}"
        )
        + " (sau khi Đại hội nghe báo cáo tình hình đảng viên tham dự)."
        for member, at in ordered
    ]


def _guests(facts: _Facts) -> str:
    if not facts.guests:
        return "Không có đại biểu khách mời."
    lines = []
    for g in facts.guests:
        tail = " (đại diện cấp ủy cấp trên)" if g.superior_representative else ""
        lines.append(f"- {guest_text(g)}{tail};")
    return "\n".join(lines)


def _round_times(facts: _Facts) -> list[datetime]:
    """When ballots were issued and results announced, every round."""
    return [
        at
        for _, rounds in facts.elections
        for row, _ in rounds
        for at in (row.held_at, row.announced_at)
        if at is not None
    ]


def _item_span(facts: _Facts, item: AgendaItemRow) -> tuple[datetime | None, datetime | None]:
    """The item's times as recorded; the elections item also spans its rounds, so the
    minutes never say "từ 1 giờ 33 đến 1 giờ 33" beside ballots issued at 1 giờ 22."""
    start, end = item.started_at, item.ended_at
    rounds = _round_times(facts) if item.code == "elections" else []
    if rounds:
        start = min([start, *rounds]) if start is not None else min(rounds)
        if end is not None:
            end = max([end, *rounds])
    return start, end


def _item_time(facts: _Facts, item: AgendaItemRow) -> str | None:
    start, end = _item_span(facts, item)
    if start is None:
        return None
    if end is None:
        return f"Bắt đầu lúc {_clock(start)}."
    return f"Thời gian: từ {_clock(start)} đến {_clock(end)}."


def _speech_lines(facts: _Facts, rows: Sequence[SpeechRow]) -> list[str]:
    lines: list[str] = []
    talks = [r for r in rows if r.kind in (SpeechKind.PREPARED, SpeechKind.FLOOR)]
    if talks:
        prepared = sum(1 for r in talks if r.kind is SpeechKind.PREPARED)
        lines.append(
            f"Có {number(len(talks))} ý kiến phát biểu (trong đó {number(prepared)} tham luận):"
        )
        lines += [f"- {speech_line(facts, r)};" for r in talks]
    for r in rows:
        if r.kind is SpeechKind.ADDRESS:
            title = _speaker_title(facts, r)
            who = f"Đồng chí {filled(r.speaker)}" + (f", {title}," if title else "")
            summary = " ".join(_lines(r.summary)) or BLANK
            lines.append(f"{who} phát biểu chỉ đạo Đại hội: {summary}")
        elif r.kind is SpeechKind.REPLY:
            summary = " ".join(_lines(r.summary)) or BLANK
            lines.append(
                f"Đồng chí {filled(r.speaker)} thay mặt Đoàn Chủ tịch tiếp thu, giải trình "
                f"ý kiến: {summary}"
            )
    return lines


def _reason_label(code: str) -> str:
    reason = DEFAULT_REASONS.get(code)
    return safe(reason.label_vi) if reason else filled(code)


def _round_lines(
    facts: _Facts, election: ElectionRow, row: RoundRow, count: Tally | None
) -> list[str]:
    names = {m.id: m.full_name for m in facts.members}
    label = f"Lần bầu thứ {row.round_no}"
    if row.held_at is not None:
        label += f" (lúc {_clock(row.held_at)})"
    candidates = ", ".join(filled(c.full_name) for c in row.candidates)
    tellers = [filled(names.get(t, "")) for t in row.tellers]
    teller_text = ", ".join(
        f"{name} (Trưởng ban)" if i == 0 else name for i, name in enumerate(tellers)
    )
    lines = [
        f"{label}: danh sách bầu cử gồm {_count(len(row.candidates))}: {candidates}; "
        f"Ban kiểm phiếu gồm các đồng chí: {teller_text or BLANK}."
    ]
    if count is None:
        lines.append("Chưa kiểm phiếu.")
        return lines
    invalid = ", ".join(
        f"{_reason_label(code)}: {number(n)}" for code, n in count.invalid_reasons.items()
    )
    lines.append(issued_line(row, member_word(facts.info.kind)))
    lines.append(
        f"Số phiếu thu vào: {number(count.collected)}; "
        f"hợp lệ: {number(count.valid)}; không hợp lệ: {number(count.invalid)}"
        + (f" ({invalid})." if invalid else ".")
        + f" Mẫu số để tính quá bán: {number(row.base or 0)}."
    )
    by_key = {str(c.member_id): filled(c.full_name) for c in row.candidates}
    for key, name in by_key.items():
        share = format_percent(count.percent[key]) if key in count.percent else BLANK
        got = count.votes.get(key, 0)
        if row.form is BallotForm.NO_SURPLUS:
            lines.append(
                f"+ Đồng chí {name}: đồng ý {number(got)} phiếu ({share}), "
                f"không đồng ý {number(count.valid - got)} phiếu;"
            )
        else:
            lines.append(f"+ Đồng chí {name}: {number(got)} phiếu ({share});")
    if count.elected:
        elected = ", ".join(
            f"{by_key[k]} ({number(count.votes[k])} phiếu, {format_percent(count.percent[k])})"
            for k in count.elected
        )
        word = "đồng chí" if len(count.elected) == 1 else "các đồng chí"
        lines.append(f"Trúng cử: {word} {elected}.")
    else:
        lines.append("Không có đồng chí nào trúng cử ở lần bầu này.")
    if count.tied:
        tied = ", ".join(by_key[k] for k in count.tied)
        lines.append(f"Các đồng chí {tied} bằng phiếu nhau ở vị trí cuối cùng.")
    if count.open_seats:
        lines.append(
            f"Trúng cử {number(len(count.elected))} trong số {seats_text(row.seats)} cần bầu; "
            f"còn thiếu {seats_text(count.open_seats)}."
        )
    return lines


def issued_line(row: RoundRow, word: str = "đảng viên") -> str:
    """The full members present at the issue and the ballots issued, with why they
    differ (docs/domain/documents.md §3: the count minutes and the minutes say it)."""
    present = row.voters_present or 0
    line = (
        f"Số {word} chính thức có mặt khi phát phiếu: {_count(present)}; "
        f"số phiếu phát ra: {number(row.issued or 0)}"
    )
    missing = row.missing_ballots
    if missing:
        why = elections.fewer_ballots_text(row.fewer_ballots_reason) or BLANK
        line += f" ({number(missing)} {COMRADES} {safe(why)})"
    return line + "."


def _outcome_lines(store: Store, facts: _Facts, election: ElectionRow, rounds: int) -> list[str]:
    """The election's overall result over its announced rounds (services.elections.results)."""
    outcome = election_results.outcome(store, election.id)
    lines = []
    elected = [filled(e.full_name) for e in outcome.elected]
    if elected and rounds > 1:  # one round: its own lines already name them
        lines.append(f"Kết quả: {comrades(elected)} trúng cử.")
    alternates = [filled(e.full_name) for e in outcome.alternates]
    if alternates:
        lines.append(f"Đại biểu dự khuyết: {comrades(alternates)}.")
    appointed = outcome.election.appointed_member_id
    if appointed is not None:
        name = next((m.full_name for m in facts.members if m.id == appointed), "")
        note = safe(outcome.election.appointed_note).strip()
        lines.append(
            f"Cấp ủy cấp trên chỉ định đồng chí {filled(name)}" + (f" ({note})." if note else ".")
        )
    if elected and outcome.provisional:
        lines.append("Kết quả chờ cấp ủy cấp trên chuẩn y.")
    return lines


_SOURCES = {
    "convening": "do cấp ủy triệu tập đại hội giới thiệu",
    "floor": "do đại hội đề cử",
    "self": "tự ứng cử",
}


def _nomination_line(row: NominationRow) -> str:
    """One name proposed for the list, how, and what the congress decided (190 Điều 14)."""
    source = str(row.source)
    line = f"+ Đồng chí {filled(row.full_name)}: {_SOURCES.get(source, safe(source))}"
    if row.proposer and source == "floor":
        line += f" (đồng chí {safe(row.proposer)} đề cử)"
    if row.agree is not None and row.attending is not None:
        line += f", {number(row.agree)}/{number(row.attending)} đồng chí tán thành"
    status = str(row.status)
    if status == "withdrawn":
        reason = safe(row.withdrawal_reason).strip()
        line += "; xin rút" + (f" ({reason})" if reason else "")
        if row.withdrawal_yes is not None:
            line += (
                f", đại hội đồng ý cho rút ({number(row.withdrawal_yes)} tán thành, "
                f"{number(row.withdrawal_no or 0)} không tán thành)"
            )
    elif status == "not_admitted":
        line += "; không đưa vào danh sách bầu cử"
    elif status == "proposed":
        line += "; chưa biểu quyết đưa vào danh sách"
    elif row.withdrawal_yes is not None:
        line += (
            f"; xin rút nhưng đại hội không đồng ý ({number(row.withdrawal_yes)} tán thành, "
            f"{number(row.withdrawal_no or 0)} không tán thành)"
        )
    return line + ";"


def _nominations(facts: _Facts, election: ElectionRow) -> list[NominationRow]:
    return list(facts.nominations.get(int(election.id), ()))


def _list_vote(facts: _Facts, election: ElectionRow) -> VoteRow | None:
    ident = election.list_vote_id
    return next((v for v in facts.votes if v.id == ident), None) if ident else None


def _election_lines(store: Store, facts: _Facts) -> list[str]:
    if not facts.elections:
        return []
    lines = []
    for n, (election, rounds) in enumerate(facts.elections, start=1):
        lines.append(f"{n}. {filled(election.title)}: số lượng {seats_text(election.seats)}.")
        proposed = _nominations(facts, election)
        if proposed:
            lines.append("Giới thiệu, đề cử, ứng cử:")
            lines += [_nomination_line(row) for row in proposed]
        list_vote = _list_vote(facts, election)
        if list_vote is not None:
            lines.append(_vote(facts, list_vote))
        for row, count in rounds:
            lines += _round_lines(facts, election, row, count)
        lines += _outcome_lines(store, facts, election, len(rounds))
    return lines


def adopted_resolution(store: Store) -> str:
    """The name of the adopted version of the resolution, or "" while none is adopted."""
    version = resolution.adopted_version(store)
    return safe(version.name) if version is not None else ""


def _resolution_lines(store: Store) -> list[str]:
    # The adoption and the disputed points voted separately are votes of the
    # item, printed with their verdicts; this states the outcome (docs/domain/documents.md §2 VIII).
    adopted = adopted_resolution(store)
    return ["Nghị quyết Đại hội đã được Đại hội thông qua."] if adopted else []


# One body of several, or its single member (docs/domain/documents.md §2, section I).
_BODY_WORDS = {
    Body.PRESIDIUM: ("Đoàn Chủ tịch đại hội gồm", "Chủ tịch đại hội:"),
    Body.SECRETARIAT: ("Đoàn Thư ký đại hội gồm", "Thư ký đại hội:"),
    Body.CREDENTIALS: ("Ban Thẩm tra tư cách đại biểu gồm", "Thẩm tra tư cách đại biểu:"),
}


def _body_lines(facts: _Facts) -> list[str]:
    """ "Đoàn Chủ tịch đại hội gồm 3 đồng chí: …, do đồng chí … chủ trì." and so on."""
    lines = []
    for body, (several, one) in _BODY_WORDS.items():
        names = [safe(seat.name) for seat in facts.seats if seat.body is body]
        if len(names) == 1:
            lines.append(f"{one} đồng chí {names[0]}.")
        elif names:
            line = f"{several} {_count(len(names))}: {', '.join(names)}"
            if body is Body.PRESIDIUM:
                line += f"; đồng chí {names[0]} chủ trì"
            lines.append(line + ".")
    return lines


def _item_lines(store: Store, facts: _Facts, item: AgendaItemRow, *, extra: bool) -> list[str]:
    lines = []
    when = _item_time(facts, item)
    if when:
        lines.append(when)
    spoken = [s for s in facts.speeches if s.agenda_item_id == item.id]
    # An address or a reply names its speaker itself.
    said = any(s.kind in (SpeechKind.ADDRESS, SpeechKind.REPLY) for s in spoken)
    if item.presenter.strip() and not said:
        lines.append(f"{_comrade(item.presenter)} trình bày.")
    if item.code == "working_bodies":
        lines += _body_lines(facts)
    lines += _lines(item.notes)
    if item.code in ("attendance_report", "credentials_report"):
        c = facts.counters
        lines.append(
            f"Mẫu số để tính quá bán: {_count(c.base.majority_base)}; số phiếu tối thiểu để "
            f"thông qua, trúng cử: {number(c.min_votes)}."
        )
    lines += _speech_lines(facts, spoken)
    held = [v for v in facts.votes if v.agenda_item_id == item.id]
    if extra and item.code == "elections":
        # A list's approval is printed with its election.
        listed = {e.list_vote_id for e, _ in facts.elections}
        held = [v for v in held if v.id not in listed]
        # The show-of-hands votes (number, list, tellers) come before the ballots.
        first = min(
            (r.held_at for _, rounds in facts.elections for r, _ in rounds if r.held_at),
            default=None,
        )
        before = [v for v in held if first is None or v.held_at is None or v.held_at <= first]
        lines += [_vote(facts, v) for v in _by_time(before)]
        lines += _election_lines(store, facts)
        held = [v for v in held if v not in before]
    if extra and item.code == "resolution":
        lines += remark_lines(store)  # dealt with before the vote on the whole
    lines += [_vote(facts, v) for v in _by_time(held)]
    if extra and item.code == "resolution":
        lines += _resolution_lines(store)
    return lines


def remark_lines(store: Store) -> list[str]:
    """Each remark on the draft and what became of it (taken in, explained, voted),
    so the minutes never leave a remark's fate unsaid (docs/domain/documents.md §2 VIII)."""
    rows = resolution.list_amendments(store)
    if not rows:
        return []
    held = {v.id: v for v in votes.list_votes(store)}
    lines = [f"Ý kiến góp ý vào dự thảo Nghị quyết: {number(len(rows))} ý kiến."]
    for row in rows:
        where = f" ({safe(row.place).lower()})" if row.place else ""
        said = " ".join((row.remark or row.proposed_text).split()).rstrip(" .;")
        fate = resolution.fate_text(row, held.get(row.vote_id) if row.vote_id is not None else None)
        lines.append(f"- {_comrade(row.proposer)}{where}: {safe(said)} — {fate}.")
    return lines


def _has_record(facts: _Facts, item: AgendaItemRow) -> bool:
    return bool(
        item.started_at
        or item.notes.strip()
        or any(s.agenda_item_id == item.id for s in facts.speeches)
        or any(v.agenda_item_id == item.id and v.held for v in facts.votes)
    )


def _last_recorded(facts: _Facts) -> datetime | None:
    """The latest moment anything was recorded: items, votes, ballots, results."""
    times = [at for i in facts.items for at in (i.started_at, i.ended_at) if at is not None]
    times += [v.held_at for v in facts.votes if v.held_at is not None]
    times += _round_times(facts)
    return max(times) if times else None


def _closing_time(facts: _Facts) -> datetime | None:
    """When the congress closed: the closing item's time, else the closing of the
    record. Never a time before something the congress still did (the end of an
    earlier item is not a closing), and nothing before the closing happened."""
    closing_item = next((i for i in facts.items if i.code == "closing"), None)
    at = None
    if closing_item is not None:
        at = closing_item.ended_at or closing_item.started_at
    at = at or facts.closed_at
    last = _last_recorded(facts)
    if at is not None and last is not None and at < last:
        at = facts.closed_at if facts.closed_at is not None and facts.closed_at >= last else None
    return at


def _minutes_vote(facts: _Facts) -> VoteRow | None:
    item = next((i for i in facts.items if i.code == "minutes"), None)
    if item is None:
        return None
    held = [v for v in facts.votes if v.agenda_item_id == item.id and v.held]
    return held[-1] if held else None


def _closing(facts: _Facts) -> str:
    end = _closing_time(facts)
    start = _opening_time(facts)
    same_day = end is not None and start is not None and end.date() == start.date()
    if end is None:
        day = "ngày …… tháng …… năm 20……"
    else:
        day = "cùng ngày" if same_day else long_date(end.date(), zero_pad=facts.zero_pad)
    # Until it closes, the draft does not say the congress closed.
    lines = [f"Đại hội bế mạc vào lúc {_clock(end)} {day}."] if end is not None else []
    vote = _minutes_vote(facts)
    if vote is not None and vote.yes is not None and votes.result(vote).passed:
        # Its vote line is in the minutes item already: a vote is printed once.
        lines.append("Biên bản đã được thông qua trước Đại hội.")
    return "\n".join(lines)


def _generated(store: Store, facts: _Facts) -> list[tuple[str, str, int, str]]:
    """(key, title, level, text) of every section, in order."""
    out = [
        (OPENING, "", 0, _opening(facts)),
        (ATTENDANCE, "Thành phần tham dự", 2, _attendance(facts)),
        (GUESTS, "Đại biểu khách mời", 2, _guests(facts)),
    ]
    codes = {i.code for i in facts.items}
    part = 0
    for item in facts.items:
        if not _has_record(facts, item):
            continue
        part += 1
        title = f"{roman(part)}. {filled(item.title)}"
        body = _item_lines(store, facts, item, extra=True)
        out.append((f"{ITEM_PREFIX}{item.id}", title, 1, "\n".join(body)))
    if "elections" not in codes and facts.elections:
        part += 1
        body = _election_lines(store, facts)
        out.append((ELECTIONS, f"{roman(part)}. Bầu cử", 1, "\n".join(body)))
    if "resolution" not in codes and _resolution_lines(store):
        part += 1
        body = _resolution_lines(store)
        out.append((RESOLUTION, f"{roman(part)}. Thông qua nghị quyết đại hội", 1, "\n".join(body)))
    listed = {e.list_vote_id for e, _ in facts.elections}
    loose = [v for v in facts.votes if v.agenda_item_id is None and v.id not in listed]
    if loose:
        part += 1
        body = [_vote(facts, v) for v in _by_time(loose)]
        out.append(
            (OTHER_VOTES, f"{roman(part)}. Các nội dung biểu quyết khác", 1, "\n".join(body))
        )
    out.append((CLOSING, "", 0, _closing(facts)))
    return out


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _edits(store: Store) -> dict[str, models.MinutesSection]:
    with store.read() as s:
        return {row.key: row for row in s.scalars(select(models.MinutesSection))}


# The facts and generated text of the last state of each open file: the journal is
# append-only, so its last line names the state, and the minutes tab, the completeness
# check and the read-back ask for the same text several times per change.
_LAST: weakref.WeakKeyDictionary[object, tuple[int, _Facts, list[tuple[str, str, int, str]]]] = (
    weakref.WeakKeyDictionary()
)


def _file_of(store: Store) -> object:
    """What the caches are kept by: the open file (its read engine), so a one-transaction
    view of the store (``reports.snapshot``) shares them with the store."""
    return getattr(store, "_read_engine", None) or store


# Tables whose change leaves every fact and generated text as it was.
_EDITS_ONLY = frozenset({"minutes_section"})
# Past this many journal lines since the last reading, everything is read again.
_MAX_LINES_SINCE = 500


def _journal_mark(store: Store) -> int:
    with store.read() as s:
        return s.scalar(select(func.max(models.JournalEntry.id))) or 0


def tables_since(store: Store, mark: int) -> frozenset[str] | None:
    """The tables the actions journaled after line ``mark`` changed; None if unknown
    (a line from before row images, or too many lines to be worth reading)."""
    since = _since(store, mark)
    return None if since is None else since.tables


class _Since(NamedTuple):
    """What the actions after a journal line changed."""

    tables: frozenset[str]
    marked: frozenset[int]  # members whose attendance rows changed
    papers: frozenset[int]  # rounds whose ballot papers changed


def _since(store: Store, mark: int) -> _Since | None:
    """``tables_since``, the members whose attendance rows those actions changed, and
    the rounds whose papers they changed."""
    with store.read() as s:
        rows = s.execute(
            select(models.JournalEntry.images, models.JournalEntry.state)
            .where(models.JournalEntry.id > mark)
            .limit(_MAX_LINES_SINCE + 1)
        ).all()
    if len(rows) > _MAX_LINES_SINCE:
        return None
    tables: set[str] = set()
    marked: set[int] = set()
    papers: set[int] = set()
    for images, state in rows:
        if state is None:  # written before row images: what it changed is not recorded
            return None
        for image in json.loads(images) if images else ():  # an action's first line only
            tables.add(str(image[0]))
            if image[0] == "attendance":  # its key: (session_id, member_id)
                marked.add(int(image[1][1]))
            elif image[0] == "ballot":  # the paper's round, before and after
                rounds = [i.get("round_id") for i in image[2:4] if i is not None]
                if None in rounds:
                    return None  # its round is not recorded: read everything
                papers.update(int(r) for r in rounds)
    return _Since(frozenset(tables), frozenset(marked), frozenset(papers))


def _kept_counts(store: Store, before: _Facts, since: _Since) -> _Elections | None:
    """Papers entered, corrected or taken back, and nothing else of the elections: only
    their rounds are counted again (a paper stored does not recount 5,000; #16)."""
    if since.tables & _KEPT_GROUPS["elections"] != {"ballot"}:
        return None
    found = [
        (election, [(r, _counted(store, r) if r.id in since.papers else t) for r, t in rounds])
        for election, rounds in before.elections
    ]
    return found, dict(before.nominations)


def _kept_states(
    store: Store,
    before: dict[Any, presence.CongressAttendance],
    tables: frozenset[str],
    marked: frozenset[int],
) -> dict[Any, presence.CongressAttendance] | None:
    """The congress-wide states, read again only for the members whose marks changed (a
    check-in at the door re-reads one member, not 1,000); None: read them all (the
    sessions changed, so the order of the marks may have)."""
    if "session" in tables:
        return None
    if "attendance" not in tables:
        return before
    states = {m: a for m, a in before.items() if m not in marked}
    states.update(attendance.congress_attendance(store, marked))
    return states


def _state_now(store: Store) -> tuple[_Facts, list[tuple[str, str, int, str]]]:
    mark = _journal_mark(store)
    last = _LAST.get(_file_of(store))
    if last is not None and last[0] == mark:
        return last[1], last[2]
    kept: dict[str, Any] = {}
    since = _since(store, last[0]) if last is not None else None
    changed = since.tables if since is not None else None
    if last is not None and changed is not None and changed <= _EDITS_ONLY:
        # The secretary's own edits: the generated text is the same (edits apply after).
        _LAST[_file_of(store)] = (mark, last[1], last[2])
        return last[1], last[2]
    if last is not None and changed is not None:
        old = {
            "elections": (last[1].elections, last[1].nominations),
            "members": last[1].members,
        }
        kept = {name: old[name] for name, read in _KEPT_GROUPS.items() if not read & changed}
        assert since is not None
        if (counts := _kept_counts(store, last[1], since)) is not None:
            kept["elections"] = counts
        states = _kept_states(store, last[1].states, since.tables, since.marked)
        if states is not None:
            kept["states"] = states
    facts = _facts(store, kept)
    generated = list(_generated(store, facts))
    _LAST[_file_of(store)] = (mark, facts, generated)
    return facts, generated


def generate(store: Store) -> list[MinutesSection]:
    """Every section of the minutes, in order, with the secretary's edits applied."""
    edits = _edits(store)
    sections = []
    for key, title, level, text in _state_now(store)[1]:
        edit = edits.get(key)
        sections.append(
            MinutesSection(
                key=key,
                title=title,
                generated_text=text,
                text=edit.text if edit else text,
                edited=edit is not None,
                stale=edit is not None and edit.base_text_hash != text_hash(text),
                level=level,
            )
        )
    return sections


def section(store: Store, key: str) -> MinutesSection:
    for found in generate(store):
        if found.key == key:
            return found
    raise ValidationError("unknown_section", "key", key)


# --- completeness -----------------------------------------------------------------------


def _identity(info: CongressInfo) -> list[Missing]:
    fields = [
        ("superior_body", info.superior_body),
        ("cell_name", info.cell_name),
        ("ordinal", info.ordinal),
        ("venue", info.venue),
        ("place", info.place),
    ]
    found = [Missing(code) for code, value in fields if not value.strip()]
    if info.term_start is None or info.term_end is None:
        found.append(Missing("term"))
    return found


def _attendance_gaps(facts: _Facts) -> list[Missing]:
    if not facts.counters.summoned:
        return [Missing("no_members")]
    return unmarked_gaps(facts.counters)


def unmarked_gaps(counts: AttendanceCounters) -> list[Missing]:
    """The members summoned and not yet marked present or absent (``counters``, the SQL
    aggregates: no member is read one by one); none marked at all: attendance not taken."""
    if counts.summoned and counts.unmarked == counts.summoned:
        return [Missing("attendance_not_taken")]
    return [Missing("unmarked_members", str(counts.unmarked))] if counts.unmarked else []


def _item_gaps(facts: _Facts, item: AgendaItemRow) -> Iterable[Missing]:
    title = safe(item.title)
    if item.started_at is None:
        yield Missing("item_not_held", title)
    if item.code in PRESENTED and not item.presenter.strip():
        yield Missing("no_presenter", title)
    if item.code == "working_bodies" and not _body_lines(facts) and not item.notes.strip():
        yield Missing("working_bodies_not_recorded", title)
    linked = [v for v in facts.votes if v.agenda_item_id == item.id]
    if item.needs_vote and not linked:
        yield Missing("no_vote", title)


def _election_gaps(store: Store, facts: _Facts) -> Iterable[Missing]:
    if not facts.elections:
        yield Missing("no_elections")
    for election, rounds in facts.elections:
        for nominee in _nominations(facts, election):
            if nominee.status is NominationStatus.PROPOSED:
                yield Missing("nomination_pending", safe(nominee.full_name))
        if not rounds:
            yield Missing("election_not_held", safe(election.title))
        for row, count in rounds:
            if count is None:
                yield Missing("round_not_counted", f"{safe(election.title)} ({row.round_no})")


def _required_vote_gaps(facts: _Facts) -> Iterable[Missing]:
    """The show-of-hands votes the procedure needs around the ballots (docs/domain/procedure.md
    "Elections"; 190-QĐ/TW Điều 8, 14): the number to elect, the vote-counting
    committee once per congress, and each election's list."""
    held = {v.kind for v in facts.votes if v.held}
    by_id = {v.id: v for v in facts.votes}
    committee = any(e.target is elections.Target.COMMITTEE for e, _ in facts.elections)
    if committee and votes.VoteKind.COMMITTEE_SIZE not in held:
        yield Missing("no_size_vote")
    if any(rounds for _, rounds in facts.elections) and votes.VoteKind.TELLERS not in held:
        yield Missing("no_tellers_vote")
    for election, rounds in facts.elections:
        vote = by_id.get(election.list_vote_id) if election.list_vote_id else None
        if rounds and (vote is None or not vote.held):
            yield Missing("no_list_vote", safe(election.title))
        for row, _ in rounds:
            if row.missing_ballots and not row.fewer_ballots_reason:
                yield Missing(
                    "fewer_ballots_no_reason",
                    f"{safe(election.title)} ({row.round_no}): {row.issued}/{row.voters_present}",
                )


# Fields of the roster the attendance report breaks the members present down by.
MAKEUP_FIELDS = ("ethnicity", "education", "theory_level")


def _unknown_field_gaps(facts: _Facts) -> Iterable[Missing]:
    """Members present for whom the roster lacks a field the report counts."""
    present = [
        m
        for m in facts.members
        if eligibility.summoned(m)
        and presence.state_of(facts.states, m).state is AttendanceState.PRESENT
    ]
    blank: dict[object, bool] = {}  # a few values repeat a thousand times ("Kinh")
    for name in MAKEUP_FIELDS:
        values = [getattr(m, name) for m in present]
        for value in set(values) - blank.keys():
            blank[value] = not safe(value).strip()
        unknown = sum(1 for value in values if blank[value])
        if unknown:
            yield Missing(f"unknown_{name}", str(unknown))


# The gaps of the last state of each open file (the journal's last line names it).
_GAPS: weakref.WeakKeyDictionary[object, tuple[int, list[Missing]]] = weakref.WeakKeyDictionary()


def completeness(store: Store) -> list[Missing]:
    """What the minutes would print as a blank, or cannot state, in document order."""
    facts = _state_now(store)[0]
    mark = _LAST[_file_of(store)][0]
    kept = _GAPS.get(_file_of(store))
    if kept is not None and kept[0] == mark:
        return list(kept[1])
    found = _gaps(store, facts)
    _GAPS[_file_of(store)] = (mark, found)
    return list(found)


def _gaps(store: Store, facts: _Facts) -> list[Missing]:
    found = _identity(facts.info)
    if _opening_time(facts) is None:
        found.append(Missing("opening_time"))
    found += _attendance_gaps(facts)
    if not facts.items:
        found.append(Missing("no_agenda"))
    for item in facts.items:
        found += _item_gaps(facts, item)
    for vote in facts.votes:
        if not vote.held:
            found.append(Missing("vote_not_held", safe(vote.subject)))
    for speech in facts.speeches:
        if not speech.summary.strip():
            found.append(Missing("speech_without_summary", safe(speech.speaker)))
    if not any(s.kind is SpeechKind.ADDRESS for s in facts.speeches):
        found.append(Missing("no_superior_address"))
    found += _election_gaps(store, facts)
    found += _required_vote_gaps(facts)
    found += _unknown_field_gaps(facts)
    if not adopted_resolution(store):
        found.append(Missing("resolution_not_adopted"))
    if _closing_time(facts) is None:
        found.append(Missing("closing_time"))
    for sec in generate(store):
        if sec.stale:
            found.append(Missing("stale_edit", sec.key))
    return found


# --- edits ------------------------------------------------------------------------------


def _state(key: str, row: models.MinutesSection | None) -> SectionState:
    if row is None:
        return SectionState(key)
    return SectionState(key, row.text, datetime.fromisoformat(row.edited_at), row.base_text_hash)


def _json(state: SectionState) -> dict[str, object] | None:
    if state.text is None:
        return None
    return {
        "text": state.text,
        "edited_at": state.edited_at.isoformat() if state.edited_at else None,
        "base_text_hash": state.base_text_hash,
    }


def _write(uow_session: OrmSession, state: SectionState, now: datetime) -> None:
    row = uow_session.get(models.MinutesSection, state.key)
    if state.text is None:
        if row is not None:
            uow_session.delete(row)
        return
    if row is None:
        row = models.MinutesSection(key=state.key)
        uow_session.add(row)
    row.text = state.text
    row.edited_at = (state.edited_at or now).replace(microsecond=0).isoformat()
    row.base_text_hash = state.base_text_hash or ""


def edit_section(store: Store, key: str, text: str) -> SectionState:
    """Replace a section's text with the secretary's; returns the state before.

    The edit wins over the generated text until reverted. A text equal to the
    generated one is no edit: any edit of the section is dropped. Refused for a
    key the minutes do not have now (``unknown_section``) or a text over
    ``MAX_TEXT``.
    """
    if len(text) > MAX_TEXT:
        raise ValidationError("too_long", "text", text[:40])
    current = section(store, key)
    value = "\n".join(line.rstrip() for line in text.strip().split("\n"))
    with store.action("minutes.edit") as uow:
        before = _state(key, uow.session.get(models.MinutesSection, key))
        after = SectionState(key, value, uow.now(), text_hash(current.generated_text))
        if value == current.generated_text:
            after = SectionState(key)
        _write(uow.session, after, uow.now())
        uow.journal("minutes_section", key, _json(before), _json(after))
    return before


def revert_section(store: Store, key: str) -> SectionState:
    """Drop a section's edit (the generated text shows again); returns the edit."""
    with store.action("minutes.revert") as uow:
        before = _state(key, uow.session.get(models.MinutesSection, key))
        if before.text is None:
            raise ValidationError("not_edited", "key", key)
        _write(uow.session, SectionState(key), uow.now())
        uow.journal("minutes_section", key, _json(before), None)
    return before


def full_text(store: Store) -> str:
    """The whole minutes as plain text (the read-back screen, the dossier)."""
    parts = []
    for sec in generate(store):
        parts.append("\n".join(p for p in (sec.title, sec.text) if p))
    return "\n\n".join(parts)
