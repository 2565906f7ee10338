"""The results sheet for the projector or the notice board (documents.md §5).

Large type (``Style.DISPLAY``), landscape, no Party header: the congress name
and the attendance results. The results of the show-of-hands votes and of the
elections join this sheet, as further sections after the attendance, when
those features land; until then it shows the attendance alone.
"""

from __future__ import annotations

from secretariat.reports import common
from secretariat.reports.document import Align, Block, Document, Paragraph, Run, Spacer, Style, para
from secretariat.reports.text import number
from secretariat.rules.majority import format_percent
from secretariat.services import attendance, congress
from secretariat.store import Store

NAME = "results_sheet"
TITLE = "Bảng kết quả đại hội"


def _line(label: str, value: str) -> Paragraph:
    return Paragraph((Run(f"{label}: "), Run(value, bold=True)), Style.DISPLAY, Align.LEFT)


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
    page = common.page_settings(store, landscape=True, numbers_from=0)
    return Document(NAME, TITLE, tuple(blocks), page)
