"""The amendments to the draft resolution, as a working paper for the presidium.

"Tổng hợp ý kiến góp ý dự thảo Nghị quyết" (docs/domain/procedure.md "Drafting the
resolution"): each remark from the discussion with where it applies, who made
it, what it proposes and what became of it (taken in, explained with the
presidium's answer, or voted by hands); then the points voted separately with
their counts against the base frozen when each vote was held. Landscape, no
number: a working paper, not a document of record.
"""

from __future__ import annotations

from secretariat.domain import VoteRow
from secretariat.reports import common
from secretariat.reports.common import BLANK, filled
from secretariat.reports.document import (
    Block,
    CellAlign,
    Document,
    HeaderBlock,
    SignatureBlock,
    Spacer,
    Style,
    Table,
    para,
)
from secretariat.rules.diff import diff_words
from secretariat.services import congress, settings, votes
from secretariat.services import resolution as service
from secretariat.services.resolution import AmendmentRow, Fate, fate_text
from secretariat.store import Store
from secretariat.text import number, place_date, safe

NAME = "amendments"
TITLE = "Tổng hợp ý kiến góp ý dự thảo nghị quyết"
DOC_TYPE = "TỔNG HỢP Ý KIẾN GÓP Ý"
GENERAL = "Chung"  # a remark not tied to a section


def _changes(original: str, proposed: str) -> str | None:
    """ "Thêm: “…”; bỏ: “…”" when the proposal edits a few words of the text;
    None when it rewrites most of it (the full proposal reads better then)."""
    runs = diff_words(safe(original), safe(proposed))
    kept = sum(len(r.text) for r in runs if r.op == "equal")
    if not original.strip() or kept * 2 < max(len(original), len(proposed)):
        return None
    words = {"insert": "Thêm", "delete": "Bỏ"}
    parts = [
        f"{words[r.op]}: “{r.text.strip(' ;,')}”"
        for r in runs
        if r.op in words and r.text.strip(" ;,")
    ]
    return "; ".join(parts) or None


def _proposal(row: AmendmentRow) -> str:
    """What was said, then the wording or figure proposed in its place."""
    parts = [safe(row.remark)] if row.remark.strip() else []
    if row.proposed_figure is not None:
        parts.append(f"Sửa chỉ tiêu thành {number(row.proposed_figure)}")
    if row.proposed_text:
        changes = _changes(row.original, row.proposed_text) if row.target_id is None else None
        wording = changes or safe(row.proposed_text)
        parts.append(f"Đề nghị sửa: {wording}" if row.remark.strip() else wording)
    return "\n".join(parts) or BLANK


def _votes_by_id(store: Store) -> dict[int, VoteRow]:
    return {v.id: v for v in votes.list_votes(store)}


def _remarks(rows: list[AmendmentRow], held: dict[int, VoteRow]) -> list[Block]:
    if not rows:
        return [para("Chưa có ý kiến góp ý nào được ghi nhận.")]
    table_rows = tuple(
        (
            str(row.position),
            safe(row.place) or GENERAL,
            filled(row.proposer),
            _proposal(row),
            fate_text(row, held.get(row.vote_id) if row.vote_id is not None else None),
        )
        for row in rows
    )
    C, L = CellAlign.CENTER, CellAlign.LEFT
    return [
        Table(
            header=("STT", "Vị trí", "Người góp ý", "Nội dung góp ý", "Tiếp thu, giải trình"),
            rows=table_rows,
            widths=(1.0, 2.0, 2.6, 6.4, 4.4),
            align=(C, L, L, L, L),
        )
    ]


def _disputed(rows: list[AmendmentRow], held: dict[int, VoteRow]) -> list[Block]:
    voted = [r for r in rows if r.fate is Fate.VOTED]
    if not voted:
        return []
    C, L = CellAlign.CENTER, CellAlign.LEFT
    lines = []
    for n, row in enumerate(voted, start=1):
        vote = held.get(row.vote_id) if row.vote_id is not None else None
        subject = safe(vote.subject) if vote is not None else safe(row.place) or GENERAL
        if vote is None or not vote.held or vote.yes is None:
            counts, outcome = BLANK, "Chưa biểu quyết"
        else:
            counts = (
                f"{number(vote.yes)} / {number(vote.no or 0)} / {number(vote.other or 0)}"
                f" (mẫu số {number(vote.base or 0)})"
            )
            outcome = "Thông qua" if votes.result(vote).passed else "Không thông qua"
        lines.append((str(n), subject, counts, outcome))
    return [
        para("Các vấn đề đưa ra biểu quyết", Style.HEADING_1),
        Table(
            header=("STT", "Nội dung biểu quyết", "Tán thành / Không / Khác", "Kết quả"),
            rows=tuple(lines),
            widths=(1.0, 8.8, 4.2, 2.3),
            align=(C, L, C, C),
        ),
    ]


def build(store: Store) -> Document:
    info = congress.get_info(store)
    rows = service.list_amendments(store)
    held = _votes_by_id(store)
    zero_pad = bool(settings.get(store, "documents.date_zero_pad"))
    day = common.congress_day(congress.list_sessions(store))
    signer = common.secretary_signature(store)
    blocks: list[Block] = [
        HeaderBlock(
            superior=common.issuer(info),
            # The secretariat issues it and signs it: "ĐOÀN THƯ KÝ" when several,
            # "THƯ KÝ ĐẠI HỘI" for one (the name under the signature, as the minutes).
            issuer="ĐOÀN THƯ KÝ" if signer.authority.startswith("T/M") else "THƯ KÝ ĐẠI HỘI",
            place_date=place_date(info.place, day, zero_pad=zero_pad),
        ),
        para(DOC_TYPE, Style.DOC_TYPE),
        para(f"vào dự thảo Nghị quyết {common.subject_line(info)}", Style.DOC_SUBJECT),
        *_remarks(rows, held),
        *_disputed(rows, held),
        Spacer(),
        SignatureBlock(right=signer),
    ]
    return Document(NAME, TITLE, tuple(blocks), common.page_settings(store, landscape=True))
