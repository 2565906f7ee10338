"""BIÊN BẢN KIỂM PHIẾU: the count minutes of one election round (docs/domain/documents.md §3).

Issued by the vote-counting committee ("BAN KIỂM PHIẾU") with the congress as
superior (docs/domain/documents.md §1). The body follows 190-QĐ/TW Điều 30 and docs/domain/rules.md
4.5–4.6 and 6: the seats, the list in ballot order, the tellers, the full
members summoned and present at the ballot, the majority base frozen when the
ballots were issued and how it was made, the ballots issued, collected, valid
and invalid (with each reason), the votes and percentages per candidate, who
is elected (highest first), ties and open seats in plain words, the
signatures, and an appendix with the journal of ballot entry. A round whose
ballots are not issued yet still builds, with visible blanks.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

from secretariat import verify
from secretariat.domain import CongressInfo, CongressKind, MemberId
from secretariat.errors import NotFound
from secretariat.reports import common
from secretariat.reports.attendance_report import base_text
from secretariat.reports.common import BLANK, COMRADES, filled
from secretariat.reports.document import (
    SIGN_NOTE,
    Align,
    Block,
    CellAlign,
    Document,
    HeaderBlock,
    ListBlock,
    PageBreak,
    Run,
    SignatureBlock,
    SignatureColumn,
    Spacer,
    Style,
    Table,
    para,
)
from secretariat.rules.ballots import DEFAULT_REASONS, BallotForm, Mark
from secretariat.rules.majority import BaseBreakdown, format_percent, min_votes
from secretariat.rules.tally import Tally
from secretariat.services import congress, elections, roster, settings
from secretariat.services.elections import (
    BallotRow,
    ElectionRow,
    RoundId,
    RoundRow,
    double_entry,
    fewer_ballots_text,
)
from secretariat.store import Store
from secretariat.text import long_date, number, place_date, safe, short_time

NAME = "count_minutes"
TITLE = "Biên bản kiểm phiếu"
DOC_TYPE = "BIÊN BẢN KIỂM PHIẾU"
ISSUER = "BAN KIỂM PHIẾU"
APPENDIX = "Phụ lục: nhật ký nhập phiếu"

MARK_TEXT: Mapping[Mark, str] = {
    Mark.AGREE: "đồng ý",
    Mark.DISAGREE: "không đồng ý",
    Mark.BOTH: "cả hai",
    Mark.NONE: "không đánh dấu",
}


def _n(value: int | None) -> str:
    return BLANK if value is None else number(value)


def _count(value: int | None) -> str:
    return f"{_n(value)} {COMRADES}"


def _election(store: Store, row: RoundRow) -> ElectionRow:
    for election in elections.list_elections(store):
        if election.id == row.election_id:
            return election
    raise NotFound("election", row.election_id)  # pragma: no cover - a round has its election


def subject(election: ElectionRow, row: RoundRow) -> str:
    """The election's title, with ", lần bầu thứ N" from the second round on."""
    title = filled(election.title)
    return f"{title}, lần bầu thứ {row.round_no}" if row.round_no > 1 else title


def _header(store: Store, info: CongressInfo, held_at: datetime | None) -> HeaderBlock:
    day = held_at.date() if held_at else common.congress_day(congress.list_sessions(store))
    zero_pad = bool(settings.get(store, "documents.date_zero_pad"))
    return HeaderBlock(
        superior=common.issuer(info),
        issuer=ISSUER,
        place_date=place_date(info.place, day, zero_pad=zero_pad),
    )


def _opening(store: Store, info: CongressInfo, row: RoundRow, ballots: Sequence[BallotRow]) -> str:
    """The count begins with the first paper read (the ballots' issue when none is)."""
    zero_pad = bool(settings.get(store, "documents.date_zero_pad"))
    began = min((b.entered_at for b in ballots), default=None) or row.held_at
    if began is not None:
        when = f"{short_time(began.time())}, {long_date(began.date(), zero_pad=zero_pad)}"
    else:
        when = f"{short_time(None)}, ngày …… tháng …… năm 20……"
    return (
        f"Vào lúc {when}, tại {filled(info.venue)}, Ban kiểm phiếu "
        f"{common.congress_name(info)} đã tiến hành kiểm phiếu và lập biên bản như sau:"
    )


def _finished(row: RoundRow, ballots: Sequence[BallotRow]) -> str:
    """ "Biên bản lập xong lúc … cùng ngày": when the result was announced, else when
    the last paper was entered (practice ends the count minutes with the time)."""
    done = row.announced_at or max((b.entered_at for b in ballots), default=None)
    return (
        f"Biên bản được lập xong lúc {short_time(done.time() if done else None)} cùng ngày, "
        "Ban kiểm phiếu thống nhất ký tên và báo cáo trước Đại hội."
    )


def _names(ids: Sequence[MemberId], names: Mapping[MemberId, str]) -> list[str]:
    return [filled(names.get(m, "")) for m in ids]


def _breakdown(info: CongressInfo, row: RoundRow) -> BaseBreakdown | None:
    values = (
        row.base,
        row.base_full_summoned,
        row.base_temporary_out,
        row.base_exempt_not_present,
        row.base_suspended,
        row.base_excused,
        row.base_absent_throughout,
    )
    if any(v is None for v in values):
        return None
    base, full, out, exempt, suspended, excused, absent = (int(v or 0) for v in values)
    return BaseBreakdown(
        kind=info.kind,
        full_summoned=full,
        temporary_out=out,
        exempt_not_present=exempt,
        suspended=suspended,
        excused=excused,
        absent_throughout=absent,
        majority_base=base,
    )


def summoned_full(row: RoundRow) -> int | None:
    """Full members summoned: the cell's full members less those attached out or suspended."""
    if row.base_full_summoned is None:
        return None
    return row.base_full_summoned - (row.base_temporary_out or 0) - (row.base_suspended or 0)


def _attendance_lines(info: CongressInfo, row: RoundRow) -> list[str]:
    word = "đại biểu" if info.kind is CongressKind.DELEGATES else "đảng viên"
    called = summoned_full(row)
    absent = None
    if called is not None and row.voters_present is not None:
        absent = max(called - row.voters_present, 0)
    return [
        f"Số {word} chính thức được triệu tập: {_count(called)}.",
        f"Số {word} chính thức có mặt tại thời điểm bầu cử: {_count(row.voters_present)}.",
        f"Số {word} chính thức vắng mặt tại thời điểm bầu cử: {_count(absent)}.",
    ]


def _base_paragraph(info: CongressInfo, row: RoundRow) -> str:
    breakdown = _breakdown(info, row)
    if breakdown is None:
        return (
            f"Số đảng viên chính thức dùng làm căn cứ tính quá bán (mẫu số): {_count(None)} "
            "(được xác định khi phát phiếu bầu)."
        )
    day = row.held_at.date() if row.held_at else None
    return base_text(breakdown, min_votes(breakdown.majority_base), day)


def _reason_label(code: str | None) -> str:
    if code is None:
        return BLANK
    reason = DEFAULT_REASONS.get(code)
    return safe(reason.label_vi) if reason else filled(code)


def issued_text(row: RoundRow) -> str:
    """ "Số phiếu phát ra: 23 phiếu (01 đồng chí không nhận phiếu bầu)." — why fewer
    ballots than full members present (docs/domain/documents.md §3; issue 18 §2)."""
    line = f"Số phiếu phát ra: {_n(row.issued)} phiếu"
    if row.missing_ballots:
        why = fewer_ballots_text(row.fewer_ballots_reason) or BLANK
        line += f" ({number(row.missing_ballots)} {COMRADES} {safe(why)})"
    return line + "."


def _ballot_lines(row: RoundRow, count: Tally | None) -> tuple[list[str], list[str]]:
    """The ballot numbers, then one line per invalid reason that occurs."""
    if count is None:
        return (
            [
                issued_text(row),
                f"Số phiếu thu vào: {BLANK} phiếu.",
                f"Số phiếu hợp lệ: {BLANK} phiếu.",
                f"Số phiếu không hợp lệ: {BLANK} phiếu.",
            ],
            [],
        )
    lines = [
        issued_text(row),
        f"Số phiếu thu vào: {number(count.collected)} phiếu.",
        f"Số phiếu hợp lệ: {number(count.valid)} phiếu.",
        f"Số phiếu không hợp lệ: {number(count.invalid)} phiếu"
        + (", trong đó:" if count.invalid_reasons else "."),
    ]
    reasons = [
        f"{_reason_label(code)}: {number(n)} phiếu;" for code, n in count.invalid_reasons.items()
    ]
    return lines, reasons


def percent_header(row: RoundRow) -> str:
    """ "Tỷ lệ % (so với 24)": the percentages are of the majority base (docs/domain/rules.md 6)."""
    return f"Tỷ lệ % (so với {_n(row.base)})"


def _agree_table(row: RoundRow, count: Tally | None) -> Table:
    """A no-surplus list: each name's agree and disagree (đồng ý / không đồng ý)
    among the valid papers, the percent of agree against the base."""
    rows: list[tuple[str, ...]] = []
    for index, candidate in enumerate(row.candidates, start=1):
        key = str(candidate.member_id)
        if count is None:
            agree = disagree = share = BLANK
        else:
            got = count.votes.get(key, 0)
            agree, disagree = number(got), number(count.valid - got)
            share = format_percent(count.percent[key]) if key in count.percent else BLANK
        rows.append((str(index), filled(candidate.full_name), agree, disagree, share))
    return Table(
        header=("STT", "Họ và tên", "Đồng ý", "Không đồng ý", percent_header(row)),
        rows=tuple(rows),
        widths=(0.8, 3.9, 1.4, 1.6, 2.2),
        align=(
            CellAlign.CENTER,
            CellAlign.LEFT,
            CellAlign.CENTER,
            CellAlign.CENTER,
            CellAlign.CENTER,
        ),
    )


def _votes_table(row: RoundRow, count: Tally | None) -> Table:
    if row.form is BallotForm.NO_SURPLUS:
        return _agree_table(row, count)
    rows: list[tuple[str, ...]] = []
    for index, candidate in enumerate(row.candidates, start=1):
        key = str(candidate.member_id)
        if count is None:
            votes, share = BLANK, BLANK
        else:
            votes = number(count.votes.get(key, 0))
            share = format_percent(count.percent[key]) if key in count.percent else BLANK
        rows.append((str(index), filled(candidate.full_name), votes, share))
    return Table(
        header=("STT", "Họ và tên", "Số phiếu bầu", percent_header(row)),
        rows=tuple(rows),
        widths=(0.8, 4.5, 1.8, 2.4),
        align=(CellAlign.CENTER, CellAlign.LEFT, CellAlign.CENTER, CellAlign.CENTER),
    )


def _elected_text(row: RoundRow, count: Tally, key: str) -> str:
    """ " đạt 20 phiếu (83,33%)."; a one-name list: agree and disagree (issue 18 §2)."""
    got, share = count.votes[key], format_percent(count.percent[key])
    if row.form is BallotForm.NO_SURPLUS:
        against = count.valid - got
        return f" đạt {number(got)} phiếu đồng ý ({share}), {number(against)} phiếu không đồng ý."
    return f" đạt {number(got)} phiếu ({share})."


def _result_blocks(row: RoundRow, count: Tally | None) -> list[Block]:
    if count is None:
        return [para("Chưa kiểm phiếu.")]
    names = {str(c.member_id): filled(c.full_name) for c in row.candidates}
    blocks: list[Block] = []
    if len(count.elected) == 1:
        blocks.append(
            para(
                f"Căn cứ kết quả kiểm phiếu, đồng chí có tên sau đây trúng cử "
                f"(số phiếu bầu quá một nửa so với {_n(row.base)}):"
            )
        )
    elif count.elected:
        blocks.append(
            para(
                f"Căn cứ kết quả kiểm phiếu, các đồng chí có tên sau đây trúng cử "
                f"(số phiếu bầu quá một nửa so với {_n(row.base)}), theo thứ tự số phiếu "
                "từ cao xuống thấp:"
            )
        )
    if count.elected:  # one or several: each name with its votes (issue 18 §2)
        blocks.append(
            ListBlock(
                tuple(
                    (
                        Run(f"Đồng chí {names[key]}", bold=True),
                        Run(_elected_text(row, count, key)),
                    )
                    for key in count.elected
                ),
                ordered=len(count.elected) > 1,
            )
        )
    else:
        blocks.append(
            para("Không có đồng chí nào đạt số phiếu quá một nửa để trúng cử ở lần bầu này.")
        )
    if count.tied:
        tied = ", ".join(names[key] for key in count.tied)
        votes = number(count.votes[count.tied[0]])
        blocks.append(
            para(
                f"Các đồng chí {tied} bằng phiếu nhau ({votes} phiếu) ở vị trí cuối cùng, "
                "chưa xác định được người trúng cử; đề nghị Đại hội xem xét bầu tiếp "
                "giữa các đồng chí này."
            )
        )
    if count.open_seats:
        blocks.append(
            para(
                f"Số đồng chí trúng cử: {number(len(count.elected))} trong số "
                f"{common.seats_text(row.seats)} cần bầu; còn thiếu "
                f"{common.seats_text(count.open_seats)}, đề nghị Đại hội xem xét bầu tiếp."
            )
        )
    return blocks


def _signatures(tellers: list[str]) -> list[Block]:
    """One signature space and one name per teller: the chair on the right of the
    first row, each member in a column of their own (two to a row)."""
    chair = tellers[0] if tellers else ""
    columns = [
        SignatureColumn(authority="ỦY VIÊN", note=SIGN_NOTE, name=name) for name in tellers[1:]
    ]
    first = SignatureColumn(
        authority="T/M BAN KIỂM PHIẾU", role="TRƯỞNG BAN", note=SIGN_NOTE, name=chair
    )
    blocks: list[Block] = [SignatureBlock(right=first, left=columns[0] if columns else None)]
    rest = columns[1:]
    for i in range(0, len(rest), 2):
        pair = rest[i : i + 2]
        if len(pair) == 2:
            blocks += [Spacer(), SignatureBlock(left=pair[0], right=pair[1])]
        else:
            blocks += [Spacer(), SignatureBlock(left=pair[0], right=SignatureColumn())]
    return blocks


def _in_ballot_order(ids: Sequence[MemberId], order: Sequence[MemberId]) -> list[MemberId]:
    place = {m: i for i, m in enumerate(order)}
    return sorted(ids, key=lambda m: place.get(m, len(place)))


def content_text(
    ballot: BallotRow, names: Mapping[MemberId, str], order: Sequence[MemberId] = ()
) -> str:
    """What the tellers read off one paper, in words, names in ballot ``order``."""
    parts: list[str] = []
    if ballot.chosen is not None:
        chosen = _names(_in_ballot_order(ballot.chosen, order), names)
        parts.append("Chọn: " + ", ".join(chosen) if chosen else "Không chọn ai")
    if ballot.marks is not None:
        marks = [
            f"{filled(names.get(m, ''))}: {MARK_TEXT.get(ballot.marks[m], safe(ballot.marks[m]))}"
            for m in _in_ballot_order(list(ballot.marks), order)
        ]
        parts.append("; ".join(marks) if marks else "Không đánh dấu")
    if ballot.not_issued:
        parts.append("phiếu không do Ban kiểm phiếu phát ra")
    if ballot.write_in:
        parts.append("ghi thêm tên ngoài danh sách")
    if ballot.identifying_mark:
        parts.append("có ký tên, đánh dấu hoặc viết thêm")
    if ballot.other_reason:
        parts.append(f"lý do khác: {_reason_label(ballot.other_reason)}")
    return "; ".join(parts) or BLANK


def verdict_text(ballot: BallotRow) -> str:
    """ "Hợp lệ", or "Không hợp lệ: <the reason's label>"."""
    if ballot.valid:
        return "Hợp lệ"
    return f"Không hợp lệ: {_reason_label(ballot.reason)}"


def _journal(
    ballots: Sequence[BallotRow], names: Mapping[MemberId, str], order: Sequence[MemberId]
) -> Table:
    rows = tuple(
        (
            str(b.serial),
            f"{b.entered_at:%H:%M:%S %d/%m/%Y}",
            filled(b.actor),
            content_text(b, names, order),
            verdict_text(b),
        )
        for b in ballots
    )
    return Table(
        header=("Phiếu số", "Nhập lúc", "Người nhập", "Nội dung", "Kết quả"),
        rows=rows,
        widths=(1.0, 1.6, 1.4, 4.0, 2.2),
        align=(
            CellAlign.CENTER,
            CellAlign.CENTER,
            CellAlign.LEFT,
            CellAlign.LEFT,
            CellAlign.LEFT,
        ),
    )


def _resolutions(
    done: Sequence[double_entry.Resolution],
    names: Mapping[MemberId, str],
    order: Sequence[MemberId],
) -> list[Block]:
    """The blind second pass: each paper the two passes read differently, settled."""

    def reading(b: BallotRow | None) -> str:
        return content_text(b, names, order) if b is not None else "(không nhập)"

    rows = tuple(
        (
            str(r.serial),
            reading(r.first),
            reading(r.second),
            f"{content_text(r.result, names, order)} — {verdict_text(r.result)}",
            f"{r.resolved_at:%H:%M:%S} {filled(r.actor)}" + (f" ({r.note})" if r.note else ""),
        )
        for r in done
    )
    return [
        para("Các phiếu hai lần nhập khác nhau và cách giải quyết (đối chiếu phiếu gốc)"),
        Table(
            header=("Phiếu số", "Lần nhập 1", "Lần nhập 2", "Theo phiếu gốc", "Giải quyết"),
            rows=rows,
            widths=(1.0, 2.4, 2.4, 2.6, 1.8),
            align=(CellAlign.CENTER,) + (CellAlign.LEFT,) * 4,
        ),
    ]


def build(store: Store, round_id: RoundId) -> Document:
    """The count minutes of ``round_id`` as a neutral document."""
    row = elections.get_round(store, round_id)
    election = _election(store, row)
    info = congress.get_info(store)
    names: dict[MemberId, str] = {m.id: m.full_name for m in roster.list_members(store)}
    for candidate in row.candidates:
        names.setdefault(candidate.member_id, candidate.full_name)
    count = elections.count(store, round_id) if row.started and row.base is not None else None
    ballots = elections.list_ballots(store, round_id)
    tellers = _names(row.tellers, names)

    blocks: list[Block] = [
        _header(store, info, row.held_at),
        para(DOC_TYPE, Style.DOC_TYPE),
        para(subject(election, row), Style.DOC_SUBJECT),
        para(_opening(store, info, row, ballots)),
        para("1. Số lượng, danh sách bầu cử và Ban kiểm phiếu", Style.HEADING_2),
        para(f"Số lượng được bầu theo quyết định của Đại hội: {common.seats_text(row.seats)}."),
        para(
            f"Danh sách bầu cử gồm {number(len(row.candidates))} đồng chí "
            "(theo thứ tự trên phiếu bầu):"
        ),
        ListBlock(
            tuple((Run(filled(c.full_name)),) for c in row.candidates),
            ordered=True,
        ),
        para("Ban kiểm phiếu gồm các đồng chí:"),
        ListBlock(
            tuple(
                (
                    Run(f"Đồng chí {name}", bold=True),
                    Run(", Trưởng ban;" if i == 0 else ", Ủy viên;"),
                )
                for i, name in enumerate(tellers)
            )
        )
        if tellers
        else para(BLANK),
        para("2. Số đảng viên tham gia bầu cử", Style.HEADING_2),
        ListBlock(tuple((Run(line),) for line in _attendance_lines(info, row))),
        para(_base_paragraph(info, row)),
        para("3. Số phiếu", Style.HEADING_2),
    ]
    lines, reasons = _ballot_lines(row, count)
    blocks.append(ListBlock(tuple((Run(line),) for line in lines)))
    if reasons:
        blocks.append(ListBlock(tuple((Run(line),) for line in reasons), bullet="+"))
    blocks += [
        para("4. Kết quả bầu cử của từng đồng chí (theo thứ tự trên phiếu bầu)", Style.HEADING_2),
        _votes_table(row, count),
        para("5. Kết quả trúng cử", Style.HEADING_2),
        *_result_blocks(row, count),
        para(_finished(row, ballots)),
        Spacer(),
        *_signatures(tellers),
        PageBreak(),
        para(APPENDIX, Style.HEADING_1),
    ]
    order = [c.member_id for c in row.candidates]
    if row.entry_mode == "totals":
        blocks.append(para("Kết quả được nhập từ bảng tổng hợp kiểm phiếu trên giấy."))
    elif ballots:
        blocks.append(_journal(ballots, names, order))
    else:
        blocks.append(para("Chưa có phiếu nào được nhập."))
    settled = double_entry.list_resolutions(store, round_id)
    if settled:
        blocks += _resolutions(settled, names, order)
    blocks.append(
        para(
            "Mã đầu chuỗi nhật ký của tệp đại hội khi in biên bản này: "
            f"{verify.journal_head(store)}",
            Style.NOTE,
            align=Align.LEFT,
        )
    )
    return Document(NAME, TITLE, tuple(blocks), common.page_settings(store))
