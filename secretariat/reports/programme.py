"""CHƯƠNG TRÌNH đại hội: the programme handed out and read at the opening.

Each item with its planned start (from the official session's start and the
planned durations), its content and who presents it (procedure.md, "Default
agenda"; documents.md §5, "the agenda for distribution").
"""

from __future__ import annotations

from datetime import datetime

from secretariat.domain import AgendaItemRow
from secretariat.reports import common
from secretariat.reports.document import (
    Block,
    CellAlign,
    Document,
    SignatureBlock,
    Spacer,
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


def _hhmm(at: datetime) -> str:
    return f"{at.hour:02d}:{at.minute:02d}"


def build(store: Store) -> Document:
    info = congress.get_info(store)
    items = agenda.list_items(store)
    rows = tuple(
        (str(n), time, safe(item.title), safe(item.presenter))
        for n, (item, time) in enumerate(zip(items, _times(store, items), strict=True), start=1)
    )
    C, L = CellAlign.CENTER, CellAlign.LEFT
    blocks: list[Block] = [
        common.committee_header(store),
        para("CHƯƠNG TRÌNH", Style.DOC_TYPE),
        para(common.subject_line(info), Style.DOC_SUBJECT),
        Spacer(6),
        Table(
            header=("STT", "Thời gian", "Nội dung", "Người thực hiện"),
            rows=rows,
            widths=(1.1, 2.1, 7.1, 4.7),
            align=(C, C, L, L),
        ),
        Spacer(),
        SignatureBlock(right=common.committee_signature(store)),
    ]
    return Document(NAME, TITLE, tuple(blocks), common.page_settings(store))
