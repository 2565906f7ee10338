"""The PDF writer and the delegate cards, read back with pypdf."""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from secretariat import text
from secretariat.reports import cards as cards_mod
from secretariat.reports import pdf_writer
from secretariat.reports.cards import Card, fit_lines, qr_drawing, write_cards
from secretariat.reports.document import (
    SIGN_NOTE,
    Align,
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

NAMES = ("Nguyễn Thị Thùy Dương", "Hồ Văn Dũng", "Lê Thị Ánh Nguyệt", "Phạm Đức Thắng")
TITLE_LINES = ("ĐẠI HỘI CHI BỘ PHÒNG XÂY DỰNG PHONG TRÀO LẦN THỨ VI", "NHIỆM KỲ 2020 – 2025")


def header(**kw: str) -> HeaderBlock:
    return HeaderBlock(
        superior=kw.get("superior", "ĐẢNG BỘ CÔNG AN TỈNH THANH HÓA"),
        issuer=kw.get("issuer", "CHI BỘ PHÒNG XÂY DỰNG PHONG TRÀO BẢO VỆ AN NINH TỔ QUỐC"),
        number=kw.get("number", "Số 01-BC/CB"),
        place_date=kw.get("place_date", "Thanh Hóa, ngày 15 tháng 6 năm 2020"),
        draft_mark=kw.get("draft_mark", "DỰ THẢO"),
    )


def table(rows: int = 60, *, text: str = "") -> Table:
    return Table(
        header=("STT", "Họ và tên", "Chức vụ", "Ký tên"),
        rows=tuple(
            (str(i + 1), text or NAMES[i % len(NAMES)], "Đảng viên", "") for i in range(rows)
        ),
        widths=(0.6, 3, 2, 1.5),
        align=(CellAlign.CENTER, CellAlign.LEFT, CellAlign.CENTER),
        bold_rows=frozenset({rows - 1}),
        row_height=24,
    )


def signature(
    lines: tuple[str, ...] = ("- Đảng ủy Công an tỉnh;", "- Lưu Chi bộ."),
) -> SignatureBlock:
    return SignatureBlock(
        right=SignatureColumn("T/M ĐOÀN CHỦ TỊCH", "CHỦ TỊCH", SIGN_NOTE, name="Hồ Văn Dũng"),
        left=Recipients(lines),
    )


def every_block(rows: int = 60) -> tuple[Any, ...]:
    return (
        header(),
        para("BÁO CÁO", Style.DOC_TYPE),
        para("Tình hình đảng viên tham dự đại hội", Style.DOC_SUBJECT),
        para("Phần I", Style.HEADING_1),
        para("1. Số lượng", Style.HEADING_2),
        Paragraph(
            (
                Run("Đồng chí "),
                Run("Nguyễn Thị Thùy Dương", bold=True),
                Run(" vắng vì ", italic=True),
                Run("ốm", underline=True),
                Run("."),
            )
        ),
        para("Không thụt đầu dòng.", Style.BODY_NO_INDENT, align=Align.RIGHT),
        ListBlock(((Run("Mục một"),), (Run("Mục hai"),)), ordered=True, start=3),
        ListBlock(((Run("Gạch đầu dòng"),),)),
        para("Ghi chú nhỏ.", Style.NOTE),
        para("Dòng giữa trang", Style.CENTERED),
        para("38/40", Style.DISPLAY),
        Spacer(6),
        table(rows),
        signature(),
        PageBreak(),
        SignatureBlock(
            right=SignatureColumn("T/M ĐOÀN CHỦ TỊCH", name="Hồ Văn Dũng"),
            left=SignatureColumn(role="THƯ KÝ ĐẠI HỘI", name="Lê Thị Ánh Nguyệt"),
        ),
    )


def document(blocks: tuple[Any, ...], **page: Any) -> Document:
    return Document("sample", "Báo cáo tình hình đảng viên", blocks, PageSettings(**page))


def pages_text(path: Path) -> list[str]:
    return [unicodedata.normalize("NFC", p.extract_text()) for p in PdfReader(path).pages]


def texts_with_y(page: Any) -> list[tuple[str, float]]:
    """Each shown string with the height of its baseline on the page."""
    found: list[tuple[str, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], *_: Any) -> None:
        if text.strip():
            found.append((text.strip(), tm[4] * cm[1] + tm[5] * cm[3] + cm[5]))

    page.extract_text(visitor_text=visit)
    return found


def fonts(path: Path) -> list[Any]:
    """Every font dictionary the pages use."""
    found = []
    for page in PdfReader(path).pages:
        resources: Any = page["/Resources"]
        found += [font.get_object() for font in resources["/Font"].values()]
    return found


@pytest.fixture
def written(tmp_path: Path) -> Path:
    return pdf_writer.write(document(every_block()), tmp_path / "sample.pdf")


def test_every_block_type_writes_and_reads_back_in_vietnamese(written: Path) -> None:
    text = " ".join(" ".join(pages_text(written)).split())  # lines may wrap anywhere
    for expected in (
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "ĐẢNG BỘ CÔNG AN TỈNH THANH HÓA",
        "Thanh Hóa, ngày 15 tháng 6 năm 2020",
        "DỰ THẢO",
        "BÁO CÁO",
        "Nguyễn Thị Thùy Dương",
        "Hồ Văn Dũng",
        "Mục hai",
        "Nơi nhận:",
        "T/M ĐOÀN CHỦ TỊCH",
        "THƯ KÝ ĐẠI HỘI",
        "(Ký, ghi rõ họ tên)",
    ):
        assert expected in text
    assert "3." in text and "4." in text  # the ordered list starts at 3


def test_long_table_spans_pages_and_repeats_its_header(written: Path) -> None:
    pages = pages_text(written)
    with_rows = [p for p in pages if "Đảng viên" in p]
    assert len(pages) >= 3  # two or more for the table, then the page break
    assert len(with_rows) >= 2
    assert all("Họ và tên" in p and "Ký tên" in p for p in with_rows)
    assert "60" in with_rows[-1]


def test_page_numbers_centred_at_the_top_from_page_two(written: Path) -> None:
    reader = PdfReader(written)
    top = float(reader.pages[0].mediabox.height) - 20 * mm  # above the text frame
    for number, page in enumerate(reader.pages, start=1):
        in_margin = [t for t, y in texts_with_y(page) if y > top]
        assert in_margin == ([] if number == 1 else [str(number)])


def test_no_page_numbers_when_off(tmp_path: Path) -> None:
    path = pdf_writer.write(document(every_block(), page_numbers_from=0), tmp_path / "a.pdf")
    reader = PdfReader(path)
    top = float(reader.pages[0].mediabox.height) - 20 * mm
    assert all(y <= top for page in reader.pages for _, y in texts_with_y(page))


def test_fonts_are_the_embedded_liberation_serif(written: Path) -> None:
    names = {str(font["/BaseFont"]) for font in fonts(written)}
    assert all("/FontFile2" in font["/FontDescriptor"] for font in fonts(written))  # embedded
    assert names
    assert all("LiberationSerif" in name for name in names), names
    assert {n.split("+")[-1] for n in names} >= {"LiberationSerif", "LiberationSerif-Bold"}


def test_metadata_title_author_language(written: Path) -> None:
    reader = PdfReader(written)
    assert reader.metadata is not None
    assert reader.metadata.title == "Báo cáo tình hình đảng viên"
    assert reader.metadata.author == "Thư ký Đại hội"
    root: Any = reader.trailer["/Root"]
    assert root["/Lang"] == "vi"


def test_landscape_pages(tmp_path: Path) -> None:
    path = pdf_writer.write(document((para("Ngang"),), landscape=True), tmp_path / "l.pdf")
    box = PdfReader(path).pages[0].mediabox
    assert float(box.width) > float(box.height)


def test_stylesheet_maps_every_style_and_follows_the_body_size() -> None:
    sheet = pdf_writer.stylesheet(PageSettings(body_size_pt=13))
    assert set(sheet) == set(Style)
    assert sheet[Style.BODY].fontSize == 13
    assert sheet[Style.BODY].fontName == pdf_writer.FONT
    assert sheet[Style.DOC_TYPE].fontName == pdf_writer.FONT_BOLD
    assert sheet[Style.NOTE].fontName == pdf_writer.FONT_ITALIC
    assert sheet[Style.BODY].firstLineIndent == pytest.approx(28.35, abs=0.01)  # 1 cm


def test_rule_under_party_name_is_as_wide_as_the_text() -> None:
    pdf_writer.register_fonts()
    rule = pdf_writer.RuledText(pdf_writer.PARTY_NAME, pdf_writer.FONT_BOLD, 15)
    rule.wrap(260, 100)
    expected = stringWidth(pdf_writer.PARTY_NAME, pdf_writer.FONT_BOLD, 15)
    assert rule.text_width() == pytest.approx(expected)
    rule.wrap(100, 100)  # a narrow column shrinks the text and its rule together
    assert rule.text_width() == pytest.approx(100)


def test_row_height_is_a_minimum(tmp_path: Path) -> None:
    rows = (("r1", "ngắn"), ("r2", "ngắn"), ("r3", "dài " * 200))
    block = Table(("A", "B"), rows, (1, 3), row_height=100)
    path = pdf_writer.write(document((block,)), tmp_path / "t.pdf")
    y = dict(texts_with_y(PdfReader(path).pages[0]))
    assert y["r1"] - y["r2"] == pytest.approx(100, abs=0.5)
    # Cells are centred vertically: r3 sits half its (taller) row below r2's row.
    assert y["r2"] - y["r3"] > 50 + 60


def test_signature_moves_whole_to_the_next_page(tmp_path: Path) -> None:
    frame = 297 * mm - 40 * mm
    path = pdf_writer.write(document((Spacer(frame - 60), signature())), tmp_path / "s.pdf")
    pages = pages_text(path)
    assert len(pages) == 2
    assert "T/M ĐOÀN CHỦ TỊCH" not in pages[0]
    assert "T/M ĐOÀN CHỦ TỊCH" in pages[1] and "Hồ Văn Dũng" in pages[1]


def test_header_lines_leave_no_lone_syllable() -> None:
    pdf_writer.register_fonts()
    superior = "ĐẢNG BỘ CÔNG AN TỈNH THANH HÓA"
    lines = [
        line.replace("\u00a0", " ")
        for line in pdf_writer.balanced(superior, pdf_writer.FONT, 14, 83 * mm)
    ]
    assert lines == ["ĐẢNG BỘ CÔNG AN", "TỈNH THANH HÓA"]
    assert pdf_writer.balanced(superior, pdf_writer.FONT, 14, 200 * mm) == [
        "ĐẢNG\u00a0BỘ CÔNG\u00a0AN TỈNH THANH\u00a0HÓA"
    ]


def test_header_lines_never_break_inside_a_word_group() -> None:
    """ "PHÒNG XÂY / DỰNG", "lần thứ / VI" and a line starting "– 2025" are what the
    review found; no-break spaces keep those groups together (text.keep_together)."""
    pdf_writer.register_fonts()
    issuer = "ĐẠI HỘI CHI BỘ PHÒNG XÂY DỰNG PHONG TRÀO BẢO VỆ AN NINH TỔ QUỐC LẦN THỨ VI"
    for width in range(40, 120, 3):
        for line in pdf_writer.balanced(issuer, pdf_writer.FONT_BOLD, 14, width * mm):
            words = line.split(" ")
            assert words[0] not in ("DỰNG", "TRÀO", "VỆ", "NINH", "QUỐC", "VI", "THỨ")
    assert text.keep_together("nhiệm kỳ 2020 – 2025").endswith("2020\u00a0–\u00a02025")


HOSTILE = "\x00\x07ab\x1b<b>&<\ud800 \u200b😀 </i>]]>"


def test_hostile_text_writes(tmp_path: Path) -> None:
    word = "X" * 5000
    note = ("ghi chú dài " * 500)[:5000]
    blocks = (
        header(superior=HOSTILE, issuer=word, number=HOSTILE, place_date=word, draft_mark=HOSTILE),
        para(HOSTILE, Style.DOC_TYPE),
        Paragraph((Run(HOSTILE, bold=True, italic=True, underline=True), Run(word))),
        para(note, Style.NOTE),
        ListBlock(((Run(HOSTILE),), (Run(word),)), bullet="<&>"),
        Table(("<th>", HOSTILE), (("&", word), (note, HOSTILE), ("x",)), widths=(1,)),
        Table((), (), ()),
        SignatureBlock(
            right=SignatureColumn(HOSTILE, word, HOSTILE, note),
            left=Recipients((HOSTILE, word, note)),
        ),
        Spacer(-5),
    )
    path = pdf_writer.write(document(blocks, body_size_pt=15), tmp_path / "hostile.pdf")
    text = "".join(pages_text(path))
    assert "<b>&<" in text
    assert "XXXXXXXXXX" in text
    assert not list(tmp_path.glob("*.part"))


def test_write_is_atomic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out.pdf"
    target.write_bytes(b"old")
    pdf_writer.write(document((para("Mới"),)), target)
    assert target.read_bytes().startswith(b"%PDF")
    assert not (tmp_path / "out.pdf.part").exists()

    def fail(*_: object) -> None:
        raise OSError("disk full")

    target.write_bytes(b"old")
    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OSError):
        pdf_writer.write(document((para("Mới"),)), target)
    assert target.read_bytes() == b"old"
    assert not (tmp_path / "out.pdf.part").exists()


# --- delegate cards --------------------------------------------------------------------


def sample_cards(count: int) -> list[Card]:
    return [
        Card(f"{NAMES[i % len(NAMES)]} {i + 1}", "Bí thư Chi bộ", f"0912{i:04d}")
        for i in range(count)
    ]


def test_twenty_cards_make_three_pages_each_with_its_names(tmp_path: Path) -> None:
    cards = sample_cards(20)
    path = write_cards(cards, tmp_path / "cards.pdf", title_lines=TITLE_LINES)
    pages = [" ".join(page.split()) for page in pages_text(path)]  # names may wrap
    assert len(pages) == 3
    for index, card in enumerate(cards):
        page = pages[index // 8]
        assert card.full_name in page
        assert card.code in page
    assert pages[0].count("THẺ ĐẠI BIỂU") == 8
    assert pages[2].count("THẺ ĐẠI BIỂU") == 4
    assert "NHIỆM KỲ 2020 – 2025" in pages[0]
    assert not list(tmp_path.glob("*.part"))


def test_cards_use_the_embedded_font(tmp_path: Path) -> None:
    path = write_cards(sample_cards(1), tmp_path / "c.pdf", title_lines=TITLE_LINES)
    assert all("LiberationSerif" in str(font["/BaseFont"]) for font in fonts(path))


def test_qr_drawing_encodes_the_code_exactly() -> None:
    drawing = qr_drawing("0912 345-ĐV")
    widgets = [c for c in drawing.contents if isinstance(c, QrCodeWidget)]
    assert len(widgets) == 1
    assert widgets[0].value == "0912 345-ĐV"
    assert drawing.width == pytest.approx(22 * mm)


def test_card_without_code_has_a_note_instead_of_a_qr(tmp_path: Path) -> None:
    path = write_cards(
        [Card("Hồ Văn Dũng", "Đảng viên", "")], tmp_path / "c.pdf", title_lines=TITLE_LINES
    )
    assert "(chưa có số thẻ)" in pages_text(path)[0]


def test_a_probationary_members_card_says_they_do_not_vote(tmp_path: Path) -> None:
    """Probationary members attend but do not vote (Điều lệ Đảng Điều 3): the review
    found their cards looked like voters'."""
    cards = [
        Card("Hồ Văn Dũng", "Đảng viên", "3601001"),
        Card("Trần Văn Cường", "Thiếu úy, Cán bộ", "3601002", probationary=True),
    ]
    path = write_cards(cards, tmp_path / "c.pdf", title_lines=TITLE_LINES)
    page = " ".join(pages_text(path)[0].split())
    assert page.count("ĐẢNG VIÊN DỰ BỊ – KHÔNG BIỂU QUYẾT") == 1


@pytest.mark.parametrize(
    "name",
    [
        "Hồ Văn Dũng",
        "Nguyễn Thị Thùy Dương",
        "Tôn Nữ Hoàng Thị Phương Thảo Nguyên Khánh Linh Chi",
        "W" * 200,
        "Nguyễn " * 40,
        "",
    ],
)
def test_names_never_overflow_the_card(name: str) -> None:
    pdf_writer.register_fonts()
    width = 150.0
    fitted = fit_lines(name, pdf_writer.FONT_BOLD, width, 18, 9)
    assert len(fitted.lines) <= 2
    assert 9 <= fitted.size <= 18
    for line in fitted.lines:
        assert stringWidth(line, pdf_writer.FONT_BOLD, fitted.size) <= width + 1e-6


def test_short_name_keeps_the_largest_size_on_one_line() -> None:
    pdf_writer.register_fonts()
    fitted = fit_lines("Hồ Văn Dũng", pdf_writer.FONT_BOLD, 160, 18, 9)
    assert fitted == cards_mod.Fitted(18, ("Hồ Văn Dũng",))


def test_hostile_cards_write(tmp_path: Path) -> None:
    cards = [Card(HOSTILE, HOSTILE * 50, "1"), Card("X" * 5000, "", "")]
    path = write_cards(cards, tmp_path / "c.pdf", title_lines=(HOSTILE, "Y" * 5000, "", "z"))
    assert len(PdfReader(path).pages) == 1
    assert write_cards([], tmp_path / "none.pdf", title_lines=()).exists()
