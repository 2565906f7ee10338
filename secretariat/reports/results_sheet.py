"""The results sheet for the projector or the notice board (docs/domain/documents.md §5).

Large type (``Style.DISPLAY``), landscape, no Party header: the congress name,
the attendance results, then the show-of-hands votes held so far, each with
its count and verdict against the base frozen when it was held, then the
elections announced so far: who is elected with their votes and percentage,
the seats still open, and "kết quả chưa được chuẩn y" until the superior
committee ratifies (docs/domain/rules.md 4.5).
"""

from __future__ import annotations

from datetime import datetime

from secretariat.domain import VoteRow
from secretariat.reports import common
from secretariat.reports.document import (
    Align,
    Block,
    CellAlign,
    Document,
    PageBreak,
    Paragraph,
    Run,
    Spacer,
    Style,
    Table,
    para,
)
from secretariat.rules.ballots import BallotForm
from secretariat.rules.majority import format_percent
from secretariat.services import attendance, congress, elections, resolution, votes
from secretariat.services.elections import results as election_results
from secretariat.store import Store
from secretariat.text import number, safe

NAME = "results_sheet"
TITLE = "Bảng kết quả đại hội"


def _line(label: str, value: str) -> Paragraph:
    return Paragraph((Run(f"{label}: "), Run(value, bold=True)), Style.DISPLAY, Align.LEFT)


def _votes(store: Store) -> list[Block]:
    held = [v for v in votes.list_votes(store) if v.held_at is not None]
    held.sort(key=lambda v: (v.held_at or datetime.min, v.position))
    if not held:
        return []
    # An adoption of the resolution later reopened does not stand (issue 18 §1).
    reopened = {
        v.adoption_vote_id
        for v in resolution.list_versions(store)
        if v.adoption_vote_id is not None and not v.adopted
    }

    def verdict(v: VoteRow) -> str:
        if v.id in reopened:
            return "Đã mở lại"
        return "Thông qua" if votes.result(v).passed else "Không thông qua"

    rows = tuple(
        (
            str(n),
            safe(v.subject),
            number(v.voters_present or 0),
            number(v.yes or 0),
            number(v.no or 0),
            number(v.other or 0),
            f"{votes.result(v).percent_text} / {number(v.base or 0)}",
            verdict(v),
        )
        for n, v in enumerate(held, start=1)
    )
    C, L = CellAlign.CENTER, CellAlign.LEFT
    return [
        PageBreak(),  # a sheet per section: each reads on its own on a wall or a screen
        para("KẾT QUẢ BIỂU QUYẾT", Style.DISPLAY, bold=True, align=Align.CENTER),
        Table(
            header=(
                "STT",
                "Nội dung",
                # Those who vote (full members), not everyone present: "Có mặt: 27"
                # heads the sheet while 24 raised their hands.
                "Chính thức có mặt",
                "Tán thành",
                "Không tán thành",
                "Ý kiến khác",
                "Tỷ lệ / mẫu số",
                "Kết quả",
            ),
            rows=rows,
            widths=(0.9, 6.5, 1.4, 1.6, 1.7, 1.6, 2.3, 2.0),
            align=(C, L, C, C, C, C, C, C),
        ),
    ]


def _elected_rows(rows: tuple[election_results.ElectedRow, ...]) -> tuple[tuple[str, ...], ...]:
    return tuple(
        (str(n), safe(r.full_name), number(r.votes), format_percent(r.percent))
        for n, r in enumerate(rows, start=1)
    )


def _agree_rows(
    store: Store, outcome: election_results.ElectionOutcome
) -> tuple[tuple[str, ...], ...] | None:
    """The elected of agree/disagree (no-surplus) rounds with both counts, or None
    when any of them was elected on a surplus list."""
    by_no = {r.round_no: r for r in outcome.rounds}
    rows = []
    for n, e in enumerate(outcome.elected, start=1):
        rnd = by_no.get(e.round_no)
        if rnd is None or rnd.form is not BallotForm.NO_SURPLUS:
            return None
        valid = elections.count(store, rnd.id).valid
        rows.append(
            (
                str(n),
                safe(e.full_name),
                number(e.votes),
                number(valid - e.votes),
                format_percent(e.percent),
            )
        )
    return tuple(rows)


def _election(store: Store, outcome: election_results.ElectionOutcome) -> list[Block]:
    e = outcome.election
    C, L = CellAlign.CENTER, CellAlign.LEFT
    header = ("STT", "Họ và tên", "Số phiếu", "Tỷ lệ")
    widths, align = (1.0, 9.0, 3.0, 3.0), (C, L, C, C)
    blocks: list[Block] = [
        Spacer(12),
        para(safe(e.title).upper(), Style.DISPLAY, bold=True, align=Align.CENTER),
    ]
    if e.appointed_member_id is not None:
        note = "Cấp ủy cấp trên chỉ định" + (
            f": {safe(e.appointed_note)}" if e.appointed_note else ""
        )
        blocks.append(para(note, Style.DISPLAY, align=Align.LEFT))
    if outcome.elected:
        label = "Trúng cử" if not outcome.alternates else "Đại biểu chính thức"
        blocks.append(_line(label, number(len(outcome.elected))))
        agree = _agree_rows(store, outcome)
        if agree is not None:  # an agree/disagree list: both counts (issue 18 §2)
            header5 = ("STT", "Họ và tên", "Đồng ý", "Không đồng ý", "Tỷ lệ")
            blocks.append(Table(header5, agree, (1.0, 7.0, 2.5, 3.0, 2.5), (C, L, C, C, C)))
        else:
            blocks.append(Table(header, _elected_rows(outcome.elected), widths, align))
    if outcome.alternates:
        blocks.append(_line("Đại biểu dự khuyết", number(len(outcome.alternates))))
        blocks.append(Table(header, _elected_rows(outcome.alternates), widths, align))
    if outcome.open_seats and e.appointed_member_id is None:
        blocks.append(_line("Số chỗ chưa bầu đủ", number(outcome.open_seats)))
    status = "Kết quả chưa được cấp trên chuẩn y" if outcome.provisional else "Đã được chuẩn y"
    blocks.append(para(status, Style.DISPLAY, italic=True, align=Align.LEFT))
    return blocks


def _elections(store: Store) -> list[Block]:
    outcomes = [election_results.outcome(store, e.id) for e in elections.list_elections(store)]
    shown = [o for o in outcomes if any(r.announced for r in o.rounds)]
    if not shown:
        return []
    blocks: list[Block] = [
        PageBreak(),
        para("KẾT QUẢ BẦU CỬ", Style.DISPLAY, bold=True, align=Align.CENTER),
    ]
    for outcome in shown:
        blocks += _election(store, outcome)
    return blocks


def build(store: Store) -> Document:
    info = congress.get_info(store)
    c = attendance.counters(store)
    present = f"{number(c.present)} (chính thức {number(c.present_full)}"
    present += f", dự bị {number(c.present_probationary)})"
    blocks: list[Block] = [
        para(common.issuer(info), Style.DISPLAY, bold=True, align=Align.CENTER),
        para(f"NHIỆM KỲ {common.term_text(info)}", Style.DISPLAY, bold=True, align=Align.CENTER),
        Spacer(18),
        para("KẾT QUẢ ĐIỂM DANH", Style.DISPLAY, bold=True, align=Align.CENTER),
        _line("Đảng viên được triệu tập", number(c.summoned)),
        _line("Có mặt", present),
        _line("Vắng có lý do", number(c.excused)),
        _line("Vắng không lý do", number(c.absent)),
    ]
    if c.unmarked:
        blocks.append(_line("Chưa điểm danh", number(c.unmarked)))
    blocks += [
        _line("Tỷ lệ có mặt", format_percent(c.percent_present)),
        _line("Mẫu số để tính quá bán", number(c.base.majority_base)),
        _line("Số phiếu tối thiểu để thông qua, trúng cử", number(c.min_votes)),
    ]
    if c.no_vote_can_pass:
        warning = "Số đảng viên chính thức có mặt không quá một nửa mẫu số."
        blocks.append(para(warning, Style.DISPLAY, bold=True, align=Align.LEFT))
    blocks += _votes(store)
    blocks += _elections(store)
    page = common.page_settings(store, landscape=True, numbers_from=0)
    return Document(NAME, TITLE, tuple(blocks), page)
