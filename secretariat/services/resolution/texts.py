"""The texts the resolution writes itself: the default preamble and points
(docs/domain/documents.md §4), the election results sentence, the sections that
follow them (``auto``), and the fate of a remark in the presidium's words.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from secretariat.domain import CongressInfo, CongressKind, SessionKind, VoteRow
from secretariat.services import attendance, congress, elections, votes
from secretariat.services.elections import results as election_results
from secretariat.services.resolution._common import NO_ELECTIONS
from secretariat.services.resolution.rows import AmendmentRow, Draft, Fate, Section, SectionKind
from secretariat.store import Store
from secretariat.text import number, safe

# The sections whose text can follow the data, by ``auto_key``.
AUTO_KEYS = ("preamble", "election_results")


def auto_key(kind: str, code: str) -> str:
    return "preamble" if kind == SectionKind.PREAMBLE.value else code


def auto_texts(store: Store, keys: Iterable[str] = AUTO_KEYS) -> dict[str, str]:
    """What the following sections (``keys``) say now (read outside a unit of work)."""
    makers = {"preamble": default_preamble, "election_results": election_results_text}
    return {key: makers[key](store) for key in set(keys) if key in makers}


def with_auto(d: Draft, texts: dict[str, str]) -> Draft:
    """``d`` with the text of every ``auto`` section replaced by what it follows."""

    def fill(s: Section) -> Section:
        subs = tuple(fill(c) for c in s.subpoints)
        text = texts.get(auto_key(s.kind.value, s.code), s.text) if s.auto else s.text
        return replace(s, text=text, subpoints=subs)

    preamble = fill(d.preamble) if d.preamble is not None else None
    return Draft(preamble, tuple(fill(p) for p in d.points))


def _elected(store: Store, election: elections.ElectionRow) -> tuple[list[str], list[str]]:
    """The names elected over the announced rounds (highest votes first), and a
    delegates' election's alternates (services.elections.results, docs/domain/rules.md 4.5)."""
    result = election_results.outcome(store, election.id)
    return [e.full_name for e in result.elected], [a.full_name for a in result.alternates]


_SENTENCES = {
    elections.Target.COMMITTEE: "Bầu Chi ủy nhiệm kỳ {term} gồm {n} đồng chí: {names}",
    elections.Target.CELL_SECRETARY: "Bầu đồng chí {names} giữ chức Bí thư Chi bộ",
    elections.Target.DEPUTY_SECRETARY: "Bầu đồng chí {names} giữ chức Phó Bí thư Chi bộ",
    elections.Target.DELEGATE: (
        "Bầu {n} đồng chí là đại biểu chính thức dự Đại hội {superior}: {names}"
    ),
    elections.Target.ALTERNATE: (
        "Bầu {n} đồng chí là đại biểu dự khuyết dự Đại hội {superior}: {names}"
    ),
}


def election_results_text(store: Store) -> str:
    """The election-results point's text from the elections counted so far.

    One line per election ("- Bầu Chi ủy nhiệm kỳ 2020 – 2025 gồm 5 đồng chí:
    …;"), in the order of the elections, from the rounds announced so far (a
    delegates' election adds its alternates); polls are left out (docs/domain/procedure.md:
    "Election results flow into the resolution text automatically").
    """
    info = congress.get_info(store)
    start = str(info.term_start) if info.term_start else "……"
    end = str(info.term_end) if info.term_end else "……"
    superior = " ".join(info.superior_body.split()) or "……"
    lines = []
    for election in elections.list_elections(store):
        if election.target not in _SENTENCES:
            continue
        names, alternates = _elected(store, election)
        for target, who in ((election.target, names), (elections.Target.ALTERNATE, alternates)):
            if who:
                text = _SENTENCES[target].format(
                    term=f"{start} – {end}", n=len(who), names=", ".join(who), superior=superior
                )
                lines.append(f"- {text};")
    if not lines:
        return NO_ELECTIONS
    lines[-1] = lines[-1][:-1] + "."
    return "\n".join(lines)


def _previous_term(info: CongressInfo) -> str:
    """ "2015 – 2020": the term before, as long as this one (5 years if unknown)."""
    if info.term_start is None:
        return "……"
    length = info.term_end - info.term_start if info.term_end else 5
    return f"{info.term_start - length} – {info.term_start}"


def default_preamble(store: Store) -> str:
    """docs/domain/documents.md §4: who met, when and where, how many present of how many."""
    info = congress.get_info(store)
    cell = " ".join(info.cell_name.split()) or "Chi bộ ……"
    ordinal = info.ordinal.strip() or "……"
    start = str(info.term_start) if info.term_start else "……"
    end = str(info.term_end) if info.term_end else "……"
    # The official session's day (the preparatory one may be the day before).
    sessions = sorted(congress.list_sessions(store), key=lambda r: r.kind != SessionKind.OFFICIAL)
    days = [r.day for r in sessions if r.day is not None]
    day = f"ngày {days[0].day} tháng {days[0].month} năm {days[0].year}" if days else "ngày ……"
    venue = f" tại {' '.join(info.venue.split())}" if info.venue.strip() else ""
    counters = attendance.counters(store)
    present = str(counters.present) if counters.present else "……"
    summoned = str(counters.summoned) if counters.summoned else "……"
    if info.kind is CongressKind.DELEGATES:
        whom = f"với {present} đại biểu có mặt trên tổng số {summoned} đại biểu được triệu tập."
    else:
        whom = f"với {present} đồng chí đảng viên có mặt trên tổng số {summoned} đảng viên."
    return (
        f"Đại hội {cell} lần thứ {ordinal}, nhiệm kỳ {start} – {end} họp {day}{venue}, "
        f"{whom}\n"
        "Sau khi nghe Báo cáo chính trị của Chi ủy trình Đại hội, Báo cáo kiểm điểm sự "
        f"lãnh đạo, chỉ đạo của Chi ủy nhiệm kỳ {_previous_term(info)}; trên cơ sở thảo "
        "luận và biểu quyết của Đại hội,"
    )


def default_points(store: Store) -> tuple[tuple[str, str, str], ...]:
    """docs/domain/procedure.md "Drafting the resolution": code, title, text of the usual points."""
    info = congress.get_info(store)
    start = str(info.term_start) if info.term_start else "……"
    end = str(info.term_end) if info.term_end else "……"
    previous = _previous_term(info)
    superior = " ".join(info.superior_body.split()) or "cấp trên"
    return (
        (
            "reports",
            "Thông qua các báo cáo",
            "Đại hội nhất trí thông qua Báo cáo chính trị của Chi ủy trình Đại hội và Báo cáo "
            f"kiểm điểm sự lãnh đạo, chỉ đạo của Chi ủy nhiệm kỳ {previous}; tán thành các ý "
            f"kiến góp ý vào dự thảo văn kiện Đại hội {superior}.",
        ),
        (
            "assessment",
            f"Đánh giá kết quả thực hiện Nghị quyết nhiệm kỳ {previous}",
            "Đại hội đánh giá: ……",
        ),
        (
            "direction",
            f"Phương hướng, mục tiêu và các chỉ tiêu chủ yếu nhiệm kỳ {start} – {end}",
            "Phương hướng: ……",
        ),
        ("tasks", "Nhiệm vụ và giải pháp chủ yếu", "……"),
        ("election_results", "Kết quả bầu cử", ""),
        (
            "implementation",
            "Tổ chức thực hiện",
            f"Đại hội giao Chi ủy nhiệm kỳ {start} – {end} căn cứ Nghị quyết Đại hội xây dựng "
            "chương trình hành động, kế hoạch cụ thể để lãnh đạo tổ chức thực hiện thắng lợi "
            "Nghị quyết; định kỳ sơ kết, đánh giá kết quả thực hiện.",
        ),
    )


# --- the fate of a remark, in the presidium's words (minutes and amendments paper) ---


def _vote_words(vote: VoteRow | None) -> str:
    if vote is None:
        return "Đưa ra biểu quyết"
    if not vote.held or vote.yes is None or vote.base is None:
        return "Đưa ra biểu quyết (chưa biểu quyết)"
    outcome = votes.result(vote)
    verdict = "thông qua" if outcome.passed else "không thông qua"
    return (
        f"Biểu quyết: {number(vote.yes)}/{number(vote.base)} tán thành "
        f"({outcome.percent_text}), {verdict}"
    )


def fate_text(row: AmendmentRow, vote: VoteRow | None = None) -> str:
    """What became of a remark, in the presidium's words."""
    if row.fate is Fate.ACCEPTED:
        return "Tiếp thu" + (", đã sửa dự thảo" if row.applied else "")
    if row.fate is Fate.EXPLAINED:
        return f"Giải trình: {safe(row.answer)}" if row.answer else "Giải trình"
    if row.fate is Fate.VOTED:
        return _vote_words(vote)
    return "Chưa xử lý"
