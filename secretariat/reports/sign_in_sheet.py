"""DANH SÁCH đảng viên dự đại hội: the sheet members sign on arrival (docs/domain/documents.md §5).

Every summoned member in ballot order (190-QĐ/TW Điều 14), rows tall enough to
sign in, then the guests in the order they are introduced.
"""

from __future__ import annotations

from secretariat.reports import common
from secretariat.reports.common import BLANK
from secretariat.reports.document import Block, CellAlign, Document, Spacer, Style, Table, para
from secretariat.services import congress, roster
from secretariat.store import Store
from secretariat.text import safe

NAME = "sign_in_sheet"
TITLE = "Danh sách đảng viên dự đại hội"
ROW_HEIGHT = 26  # points: room for a signature
# A row of a signing sheet must fit on a page: longer texts from the file are cut.
MAX_CELL = 300


def _cell(value: object) -> str:
    return safe(value, max_chars=MAX_CELL).strip()


def _members_table(store: Store) -> Table:
    rows = tuple(
        (
            str(n),
            _cell(m.full_name) or BLANK,
            str(m.birth_year) if m.birth_year else "",
            common.status_text(m.status),
            _cell(m.position),
            "",
        )
        for n, m in enumerate(common.summoned(roster.list_members(store)), start=1)
    )
    C, L = CellAlign.CENTER, CellAlign.LEFT
    return Table(
        header=("STT", "Họ và tên", "Năm sinh", "Chính thức/Dự bị", "Chức vụ", "Ký tên"),
        rows=rows,
        widths=(1.1, 4.0, 1.3, 2.4, 4.4, 1.9),
        align=(C, L, C, C, L, C),
        row_height=ROW_HEIGHT,
    )


def _guests_table(store: Store) -> Table | None:
    guests = roster.list_guests(store)
    if not guests:
        return None
    rows = tuple(
        (
            str(n),
            _cell(g.full_name) or BLANK,
            ", ".join(p for p in (_cell(g.title), _cell(g.organisation)) if p),
            "",
        )
        for n, g in enumerate(guests, start=1)
    )
    C, L = CellAlign.CENTER, CellAlign.LEFT
    return Table(
        header=("STT", "Họ và tên", "Chức vụ, đơn vị", "Ký tên"),
        rows=rows,
        widths=(1.3, 4.0, 6.9, 2.3),
        align=(C, L, L, C),
        row_height=ROW_HEIGHT,
    )


def build(store: Store) -> Document:
    info = congress.get_info(store)
    word = common.member_word(info.kind)
    blocks: list[Block] = [
        common.congress_header(store),
        para("DANH SÁCH", Style.DOC_TYPE),
        para(f"{word.capitalize()} dự {common.subject_line(info)}", Style.DOC_SUBJECT),
        Spacer(6),
        _members_table(store),
    ]
    guests = _guests_table(store)
    if guests is not None:
        blocks += [Spacer(), para("Đại biểu khách mời", Style.HEADING_2), guests]
    return Document(NAME, TITLE, tuple(blocks), common.page_settings(store))
