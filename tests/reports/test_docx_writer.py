"""The .docx writer: styles, page set-up and every block, read back with python-docx."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import docx
import pytest
from docx.document import Document as WordDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.table import Table as WordTable

from secretariat.reports import docx_writer
from secretariat.reports.document import (
    SIGN_NOTE,
    Align,
    Block,
    CellAlign,
    Document,
    HeaderBlock,
    ListBlock,
    PageBreak,
    PageSettings,
    Paragraph,
    Recipients,
    Run,
    SignatureBlock,
    SignatureColumn,
    Spacer,
    Style,
    Table,
    para,
)
from secretariat.resources import resource

FONT = "Times New Roman"
SIZES = {
    "Normal": 14,
    Style.BODY: 14,
    Style.BODY_NO_INDENT: 14,
    Style.DOC_TYPE: 15,
    Style.DOC_SUBJECT: 14,
    Style.HEADING_1: 14,
    Style.HEADING_2: 14,
    Style.CENTERED: 14,
    Style.NOTE: 12,
    Style.TABLE_TEXT: 13,
    Style.TABLE_HEADER: 13,
    Style.DISPLAY: 20,
}
BOLD = {Style.DOC_TYPE, Style.DOC_SUBJECT, Style.HEADING_1, Style.HEADING_2, Style.TABLE_HEADER}
HEADER = HeaderBlock(
    superior="Đảng bộ Công an tỉnh Thanh Hóa",
    issuer="Chi bộ Phòng Xây dựng phong trào bảo vệ an ninh Tổ quốc",
    number="Số 01-BC/CB",
    place_date="Thanh Hóa, ngày 15 tháng 6 năm 2020",
)
TABLE = Table(
    header=("STT", "Họ và tên", "Số phiếu"),
    rows=(("1", "Nguyễn Văn An", "12"), ("2", "Trần Thị Bình", "9"), ("", "Cộng", "21")),
    widths=(1, 4, 2),
    align=(CellAlign.CENTER, CellAlign.LEFT, CellAlign.RIGHT),
    bold_rows=frozenset({2}),
    row_height=20,
)
SIGNATURE = SignatureBlock(
    right=SignatureColumn(
        authority="T/M Đoàn Chủ tịch", role="Chủ tịch", note=SIGN_NOTE, name="Nguyễn Văn An"
    ),
    left=Recipients(lines=("Đảng ủy Công an tỉnh (để báo cáo);", "- Lưu Chi bộ.")),
)


def make(*blocks: Block, page: PageSettings | None = None) -> Document:
    return Document("test", "Báo cáo thử", tuple(blocks), page or PageSettings())


def written(tmp_path: Path, doc: Document, name: str = "out.docx") -> WordDocument:
    path = docx_writer.write(doc, tmp_path / name)
    assert path == tmp_path / name
    return docx.Document(str(path))


def tables(word: WordDocument) -> list[WordTable]:
    return list(word.tables)


def all_text(word: WordDocument) -> str:
    parts = [p.text for p in word.paragraphs]
    for table in word.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def body_tags(word: WordDocument) -> list[str]:
    return [child.tag.rsplit("}", 1)[1] for child in word.element.body]


def borders(table: WordTable) -> dict[str, str]:
    element = table._tbl.tblPr.find(qn("w:tblBorders"))
    return {child.tag.rsplit("}", 1)[1]: child.get(qn("w:val")) for child in element}


# --- styles and page ------------------------------------------------------------------------


@pytest.mark.parametrize("source", ["template", "output"])
def test_styles_are_times_new_roman_with_36hd_sizes(tmp_path: Path, source: str) -> None:
    if source == "template":
        word = docx.Document(str(resource("template.docx")))
    else:
        word = written(tmp_path, make(para("x")))
    for name, size in SIZES.items():
        style = word.styles[str(name)]
        assert style.font.size == Pt(size), name
        fonts = style.element.rPr.find(qn("w:rFonts"))
        for attr in ("ascii", "hAnsi", "cs", "eastAsia"):
            assert fonts.get(qn(f"w:{attr}")) == FONT, (name, attr)
        assert style.element.rPr.find(qn("w:lang")).get(qn("w:val")) == "vi-VN"
        if name != "Normal":
            assert style.base_style.name == "Normal"
            assert bool(style.font.bold) == (name in BOLD), name


def test_style_paragraph_formats(tmp_path: Path) -> None:
    word = written(tmp_path, make(para("x")))
    body = word.styles[Style.BODY].paragraph_format
    assert body.alignment == WD_ALIGN_PARAGRAPH.JUSTIFY
    assert_mm(body.first_line_indent, 10)
    assert body.space_after == Pt(6)
    assert body.line_spacing == pytest.approx(1.15)
    assert not word.styles[Style.BODY_NO_INDENT].paragraph_format.first_line_indent
    doc_type = word.styles[Style.DOC_TYPE]
    assert doc_type.font.all_caps
    assert doc_type.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.CENTER
    assert doc_type.paragraph_format.space_before == Pt(6)
    assert_mm(word.styles[Style.HEADING_2].paragraph_format.first_line_indent, 10)
    assert word.styles[Style.NOTE].font.italic
    for name in (Style.TABLE_TEXT, Style.TABLE_HEADER):
        fmt = word.styles[name].paragraph_format
        assert fmt.line_spacing == 1.0
        assert fmt.space_after == 0


def test_template_is_a4_with_empty_body() -> None:
    word = docx.Document(str(resource("template.docx")))
    section = word.sections[0]
    assert_mm(section.page_width, 210)
    assert_mm(section.page_height, 297)
    assert body_tags(word) == ["sectPr"]


def assert_mm(value: int | None, mm: float) -> None:
    assert value is not None
    assert abs(value / 36000 - mm) <= 0.5


def test_a4_and_default_margins(tmp_path: Path) -> None:
    section = written(tmp_path, make(para("x"))).sections[0]
    assert_mm(section.page_width, 210)
    assert_mm(section.page_height, 297)
    assert_mm(section.top_margin, 20)
    assert_mm(section.bottom_margin, 20)
    assert_mm(section.left_margin, 30)
    assert_mm(section.right_margin, 15)


def test_margins_and_orientation_follow_page_settings(tmp_path: Path) -> None:
    page = PageSettings(
        margin_top_mm=25, margin_bottom_mm=18, margin_left_mm=35, margin_right_mm=20, landscape=True
    )
    section = written(tmp_path, make(para("x"), page=page)).sections[0]
    assert_mm(section.page_width, 297)
    assert_mm(section.page_height, 210)
    assert_mm(section.top_margin, 25)
    assert_mm(section.bottom_margin, 18)
    assert_mm(section.left_margin, 35)
    assert_mm(section.right_margin, 20)


def test_body_styles_follow_page_settings_in_the_output_only(tmp_path: Path) -> None:
    page = PageSettings(body_size_pt=13, line_spacing=1.5, first_line_indent_cm=1.27)
    word = written(tmp_path, make(para("x"), page=page))
    assert word.styles[Style.BODY].font.size == Pt(13)
    assert word.styles[Style.HEADING_1].font.size == Pt(13)
    assert word.styles[Style.BODY].paragraph_format.line_spacing == pytest.approx(1.5)
    assert_mm(word.styles[Style.BODY].paragraph_format.first_line_indent, 12.7)
    assert word.styles[Style.TABLE_TEXT].font.size == Pt(13)
    template = docx.Document(str(resource("template.docx")))
    assert template.styles[Style.BODY].font.size == Pt(14)


# --- the header -----------------------------------------------------------------------------


def test_header_is_a_borderless_two_column_table(tmp_path: Path) -> None:
    word = written(tmp_path, make(HEADER))
    table = tables(word)[0]
    assert len(table.columns) == 2
    assert set(borders(table).values()) == {"nil"}
    left, right = table.rows[0].cells
    # No-break spaces keep word groups on one line ("XÂY DỰNG", text.keep_together).
    assert "XÂY\u00a0DỰNG" in left.paragraphs[1].text
    assert [p.text.replace("\u00a0", " ") for p in left.paragraphs] == [
        "ĐẢNG BỘ CÔNG AN TỈNH THANH HÓA",
        "CHI BỘ PHÒNG XÂY DỰNG PHONG TRÀO BẢO VỆ AN NINH TỔ QUỐC",
        "*",
    ]
    assert left.paragraphs[1].runs[0].bold
    assert not left.paragraphs[0].runs[0].bold
    assert right.paragraphs[0].text == "ĐẢNG CỘNG SẢN VIỆT NAM"
    title = right.paragraphs[0].runs[0]
    assert title.bold and title.font.size == Pt(15)
    number, place_date = table.rows[1].cells
    assert number.text == "Số 01-BC/CB"
    assert place_date.text == "Thanh Hóa, ngày 15 tháng 6 năm 2020"
    assert place_date.paragraphs[0].runs[0].italic
    assert place_date.paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.CENTER


def test_header_columns_share_the_text_width(tmp_path: Path) -> None:
    table = tables(written(tmp_path, make(HEADER)))[0]
    widths = [c.width for c in table.columns]
    total = Mm(210 - 30 - 15)
    assert abs(sum(widths) - total) < Mm(0.5)
    assert 0.4 < widths[0] / total < 0.5


def test_line_under_the_party_name_is_as_wide_as_the_text(tmp_path: Path) -> None:
    table = tables(written(tmp_path, make(HEADER)))[0]
    paragraph = table.rows[0].cells[1].paragraphs[0]
    p_pr = paragraph._p.pPr
    edges = p_pr.find(qn("w:pBdr"))
    assert [child.tag for child in edges] == [qn("w:bottom")]
    assert edges[0].get(qn("w:val")) == "single"
    fmt = paragraph.paragraph_format
    assert fmt.left_indent == fmt.right_indent
    cell_width = table.columns[1].width
    margins = 2 * docx_writer.CELL_MARGIN_TW * 635
    line_pt = (cell_width - margins - 2 * fmt.left_indent) / 12700
    text_pt = docx_writer._bold_width_pt("ĐẢNG CỘNG SẢN VIỆT NAM", 15)
    assert text_pt <= line_pt <= text_pt + 4


def test_draft_mark_is_boxed_above_the_header(tmp_path: Path) -> None:
    block = HeaderBlock(superior="Đảng bộ", issuer="Chi bộ", draft_mark="Dự thảo")
    word = written(tmp_path, make(block))
    assert body_tags(word)[:2] == ["p", "tbl"]
    mark = word.paragraphs[0]
    assert mark.text == "Dự thảo"
    assert mark.runs[0].bold
    sides = {child.tag for child in mark._p.pPr.find(qn("w:pBdr"))}
    assert sides == {qn(f"w:{side}") for side in ("top", "left", "bottom", "right")}
    assert mark.paragraph_format.right_indent > Mm(100)  # a box, not a full-width frame


def test_header_without_number_or_date_has_one_row(tmp_path: Path) -> None:
    table = tables(written(tmp_path, make(HeaderBlock(superior="A", issuer="B"))))[0]
    assert len(table.rows) == 1


# --- paragraphs, lists, spacers ---------------------------------------------------------------


def test_paragraph_style_runs_and_alignment(tmp_path: Path) -> None:
    block = Paragraph(
        (
            Run("thường "),
            Run("đậm", bold=True),
            Run("nghiêng", italic=True),
            Run("gạch", underline=True),
        ),
        Style.HEADING_2,
        Align.RIGHT,
    )
    paragraph = written(tmp_path, make(block)).paragraphs[0]
    assert paragraph.style.name == "Heading2"
    assert paragraph.alignment == WD_ALIGN_PARAGRAPH.RIGHT
    runs = paragraph.runs
    assert [r.text for r in runs] == ["thường ", "đậm", "nghiêng", "gạch"]
    assert runs[0].bold is None and runs[1].bold and runs[2].italic and runs[3].underline


def test_every_style_can_be_used(tmp_path: Path) -> None:
    word = written(tmp_path, make(*(para(s.value, s) for s in Style)))
    assert [(p.style.name, p.text) for p in word.paragraphs] == [(s.value, s.value) for s in Style]


def test_lists_are_literal_prefixes_with_a_hanging_indent(tmp_path: Path) -> None:
    ordered = ListBlock(((Run("Một"),), (Run("Hai", bold=True),)), ordered=True, start=3)
    bullets = ListBlock(((Run("Ba"),),), bullet="-")
    word = written(tmp_path, make(ordered, bullets))
    texts = [p.text for p in word.paragraphs]
    assert texts == ["3.\tMột", "4.\tHai", "-\tBa"]
    for paragraph in word.paragraphs:
        assert paragraph.style.name == "BodyNoIndent"
        fmt = paragraph.paragraph_format
        assert fmt.first_line_indent < 0 < fmt.left_indent
        assert paragraph._p.pPr.find(qn("w:numPr")) is None
    assert word.paragraphs[1].runs[1].bold


def test_spacer_and_page_break(tmp_path: Path) -> None:
    word = written(tmp_path, make(para("a"), Spacer(18), PageBreak(), para("b")))
    spacer = word.paragraphs[1].paragraph_format
    assert spacer.line_spacing == Pt(18)
    breaks = word.paragraphs[2]._p.findall(f".//{qn('w:br')}")
    assert [b.get(qn("w:type")) for b in breaks] == ["page"]
    assert word.paragraphs[3].text == "b"


# --- tables -----------------------------------------------------------------------------------


def test_ruled_table_with_repeating_header(tmp_path: Path) -> None:
    table = tables(written(tmp_path, make(TABLE)))[0]
    assert set(borders(table).values()) == {"single"}
    rows = table.rows
    assert [c.text for c in rows[0].cells] == ["STT", "Họ và tên", "Số phiếu"]
    assert rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    assert all(r._tr.trPr.find(qn("w:tblHeader")) is None for r in rows[1:])
    assert all(r._tr.trPr.find(qn("w:cantSplit")) is not None for r in rows)
    for cell in rows[0].cells:
        assert cell.paragraphs[0].style.name == "TableHeader"
    assert [c.paragraphs[0].alignment for c in rows[1].cells] == [
        WD_ALIGN_PARAGRAPH.CENTER,
        WD_ALIGN_PARAGRAPH.LEFT,
        WD_ALIGN_PARAGRAPH.RIGHT,
    ]
    assert rows[1].cells[1].paragraphs[0].style.name == "TableText"
    assert rows[3].cells[1].paragraphs[0].runs[0].bold
    assert not rows[1].cells[1].paragraphs[0].runs[0].bold
    assert rows[1].height == Pt(20)
    assert rows[1]._tr.trPr.find(qn("w:trHeight")).get(qn("w:hRule")) == "atLeast"


def test_table_widths_follow_the_relative_widths(tmp_path: Path) -> None:
    table = tables(written(tmp_path, make(TABLE)))[0]
    widths = [c.width for c in table.columns]
    total = sum(widths)
    assert abs(total - Mm(165)) < Mm(0.5)
    assert [round(w / total * 7, 2) for w in widths] == [1, 4, 2]
    assert [c.width for c in table.rows[1].cells] == widths


def test_ragged_table_rows_are_padded(tmp_path: Path) -> None:
    block = Table(header=("A", "B"), rows=(("1",), ("1", "2", "3")), widths=(1,))
    table = tables(written(tmp_path, make(block)))[0]
    assert len(table.columns) == 3
    assert [c.text for c in table.rows[1].cells] == ["1", "", ""]


def test_adjacent_tables_are_kept_apart(tmp_path: Path) -> None:
    word = written(tmp_path, make(TABLE, TABLE, SIGNATURE))
    tags = body_tags(word)
    assert tags == ["tbl", "p", "tbl", "p", "tbl", "sectPr"]


# --- signatures -------------------------------------------------------------------------------


def test_signature_with_recipients(tmp_path: Path) -> None:
    table = tables(written(tmp_path, make(SIGNATURE)))[0]
    assert set(borders(table).values()) == {"nil"}
    assert table.rows[0]._tr.trPr.find(qn("w:cantSplit")) is not None  # signed on one page
    left, right = table.rows[0].cells
    texts = [p.text for p in right.paragraphs]
    assert texts[:3] == ["T/M ĐOÀN CHỦ TỊCH", "CHỦ TỊCH", "(Ký, ghi rõ họ tên)"]
    assert texts[3:-1] == [""] * docx_writer.SIGN_LINES
    assert texts[-1] == "Nguyễn Văn An"
    assert all(p.alignment == WD_ALIGN_PARAGRAPH.CENTER for p in right.paragraphs)
    assert right.paragraphs[0].runs[0].bold and right.paragraphs[-1].runs[0].bold
    assert right.paragraphs[2].runs[0].italic
    title = left.paragraphs[0].runs[0]
    assert title.text == "Nơi nhận:"
    # 36-HD/VPTW: upright and underlined (bold italic is the State's Nghị định 30 style).
    assert title.underline and title.font.size == Pt(14)
    assert not title.bold and not title.italic
    lines = left.paragraphs[1:]
    assert [p.text for p in lines] == ["- Đảng ủy Công an tỉnh (để báo cáo);", "- Lưu Chi bộ."]
    assert all(p.runs[0].font.size == Pt(12) for p in lines)


def test_two_signatures_put_the_names_on_one_line(tmp_path: Path) -> None:
    block = SignatureBlock(
        right=SignatureColumn(authority="T/M Đoàn Chủ tịch", role="Chủ tịch", name="An"),
        left=SignatureColumn(role="Thư ký", name="Bình"),
    )
    left, right = tables(written(tmp_path, make(block)))[0].rows[0].cells
    assert left.paragraphs[0].text == "THƯ KÝ"
    assert len(left.paragraphs) == len(right.paragraphs)
    assert (left.paragraphs[-1].text, right.paragraphs[-1].text) == ("Bình", "An")


# --- page numbers and properties --------------------------------------------------------------


def header_fields(part_element: object) -> list[str]:
    return [t.text.strip() for t in part_element.iter(qn("w:instrText"))]  # type: ignore[attr-defined]


def test_page_numbers_from_page_two(tmp_path: Path) -> None:
    section = written(tmp_path, make(para("x"))).sections[0]
    assert section.different_first_page_header_footer
    assert header_fields(section.header._element) == ["PAGE"]
    assert section.header.paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.CENTER
    assert header_fields(section.first_page_header._element) == []


def test_page_numbers_on_every_page_or_none(tmp_path: Path) -> None:
    every = written(tmp_path, make(para("x"), page=PageSettings(page_numbers_from=1)), "a.docx")
    assert not every.sections[0].different_first_page_header_footer
    assert header_fields(every.sections[0].header._element) == ["PAGE"]
    none = written(tmp_path, make(para("x"), page=PageSettings(page_numbers_from=0)), "b.docx")
    assert not none.sections[0].different_first_page_header_footer
    assert none.sections[0].header.is_linked_to_previous


def test_core_properties(tmp_path: Path) -> None:
    props = written(tmp_path, make(para("x"))).core_properties
    assert props.title == "Báo cáo thử"
    assert props.language == "vi-VN"
    assert props.author == "Thư ký Đại hội"


# --- text safety and the file ---------------------------------------------------------------


def test_vietnamese_round_trips_in_nfc(tmp_path: Path) -> None:
    nfc = "Đồng chí Nguyễn Thị Hường, Bí thư Chi bộ; ỷ, ữ, ậ, ặ, ồ, ượ"
    nfd = unicodedata.normalize("NFD", nfc)
    assert nfd != nfc
    word = written(tmp_path, make(para(nfc), para(nfd), HEADER, SIGNATURE))
    assert [p.text for p in word.paragraphs[:2]] == [nfc, nfc]
    assert "Thanh Hóa, ngày 15 tháng 6 năm 2020" in all_text(word)
    assert unicodedata.is_normalized("NFC", all_text(word))


HOSTILE = (
    "".join(chr(c) for c in range(32))
    + "x" * 5000
    + " 🗳️👍🏽 \u200f\u202eRTL\u202c\u200e \ufffe\uffff \ud800 \x7f\x85 <w:t>&amp;"
)


def test_hostile_text_writes(tmp_path: Path) -> None:
    doc = make(
        HeaderBlock(HOSTILE, HOSTILE, HOSTILE, HOSTILE, draft_mark=HOSTILE),
        para(HOSTILE),
        Paragraph((Run(HOSTILE, bold=True),), Style.DISPLAY),
        ListBlock(((Run(HOSTILE),),), ordered=True, bullet=HOSTILE),
        ListBlock(((Run(HOSTILE),),), bullet=HOSTILE),
        Table((HOSTILE,), ((HOSTILE,),), (1,)),
        SignatureBlock(SignatureColumn(HOSTILE, HOSTILE, HOSTILE, HOSTILE), Recipients((HOSTILE,))),
        SignatureBlock(SignatureColumn(name=HOSTILE), SignatureColumn(HOSTILE)),
    )
    doc = Document(HOSTILE, HOSTILE, doc.blocks)
    word = written(tmp_path, doc)
    text = all_text(word)
    assert "🗳️👍🏽" in text
    assert "<w:t>&amp;" in text
    assert not any(ord(ch) < 32 and ch not in "\t\n" for ch in text)


def test_empty_document_and_empty_table(tmp_path: Path) -> None:
    written(tmp_path, make(), "empty.docx")
    word = written(tmp_path, make(Table((), (), ()), Table(("", ""), (), (1, 1))), "table.docx")
    assert tables(word) == []


def test_no_part_file_remains_and_existing_file_is_replaced(tmp_path: Path) -> None:
    target = tmp_path / "out.docx"
    target.write_bytes(b"old")
    written(tmp_path, make(para("mới")))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.docx"]
    assert docx.Document(str(target)).paragraphs[0].text == "mới"


def test_failed_write_leaves_the_old_file_and_no_part(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out.docx"
    target.write_bytes(b"old")

    def fail(src: object, dst: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(docx_writer.os, "replace", fail)
    with pytest.raises(OSError, match="disk full"):
        docx_writer.write(make(para("x")), target)
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.docx"]


def test_short_headers_never_wrap_and_ruled_cells_have_padding(tmp_path: Path) -> None:
    """ "ST/T" wrapped in the mục lục and diacritics touched the rules (review m9)."""
    table_block = Table(
        header=("STT", "Tên tệp", "Nội dung"),
        rows=(("1", "bien-ban.docx", "Biên bản Đại hội"),),
        widths=(0.4, 6.0, 6.0),
    )
    table = tables(written(tmp_path, make(table_block)))[0]
    first = table.columns[0].width
    assert first is not None and first >= docx_writer._bold_width_pt("STT", 13) * 12700 * 1.2
    margins = table._tbl.tblPr.find(qn("w:tblCellMar"))
    top = margins.find(qn("w:top")).get(qn("w:w"))
    assert int(top) == docx_writer.RULED_PAD_TW > 0
