"""CHƯƠNG TRÌNH đại hội: the programme handed out and read at the opening.

Each item with its planned start (from the official session's start and the
planned durations), its content and who presents it (docs/domain/procedure.md, "Default
agenda"; docs/domain/documents.md §5, "the agenda for distribution").
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from secretariat.domain import AgendaItemRow
from secretariat.reports import common
from secretariat.reports.document import (
    Block,
    CellAlign,
    Document,
    SignatureBlock,
    Style,
    Table,
    para,
)
from secretariat.rules.timer import PlannedItem, planned_starts
from secretariat.services import agenda, congress
from secretariat.store import Store
from secretariat.text import safe

NAME = "programme"
TITLE = "Chương trình đại hội"


def _times(store: Store, items: list[AgendaItemRow]) -> list[str]:
    start = agenda.session_start(store)
    if start is None:
        return ["" for _ in items]
    plan = [PlannedItem(i.planned_minutes, None, None) for i in items]
    return [_hhmm(at) for at in planned_starts(plan, start)]


def _short(presenter: str) -> str:
    """ "Đ/c Lê Đình Khải, Bí thư Chi bộ": the short form a programme sheet uses."""
    value = safe(presenter).strip()
    for long in ("Đồng chí ", "đồng chí "):
        if value.startswith(long):
            return "Đ/c " + value[len(long) :]
    return value


def _hhmm(at: datetime) -> str:
    return f"{at.hour:02d}:{at.minute:02d}"


def build(store: Store) -> Document:
    info = congress.get_info(store)
    items = agenda.list_items(store)
    rows = tuple(
        (str(n), time, safe(item.title), _short(item.presenter))
        for n, (item, time) in enumerate(zip(items, _times(store, items), strict=True), start=1)
    )
    C, L = CellAlign.CENTER, CellAlign.LEFT
    blocks: list[Block] = [
        common.committee_header(store),
        para("CHƯƠNG TRÌNH", Style.DOC_TYPE),
        para(common.subject_line(info), Style.DOC_SUBJECT),
        Table(
            header=("STT", "Thời gian", "Nội dung", "Người thực hiện"),
            rows=rows,
            widths=(1.2, 2.3, 6.3, 6.5),
            align=(C, C, L, L),
            text_size=11,
        ),
        SignatureBlock(right=common.committee_signature(store)),
    ]
    # A programme is one sheet: the top and bottom margins give way first.
    page = replace(common.page_settings(store), margin_top_mm=12, margin_bottom_mm=10)
    return Document(NAME, TITLE, tuple(blocks), page)
