"""Ballots (190-QĐ/TW Điều 15), read back with pypdf."""

from __future__ import annotations

import math
import re
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from secretariat.reports import ballots
from secretariat.reports.ballots import (
    BallotSpec,
    auto_per_page,
    form,
    render_ballots,
    serial_label,
    write_ballots,
)
from secretariat.reports.pdf_writer import FONT, register_fonts

TITLE_LINES = ("Đại hội Chi bộ Phòng Xây dựng phong trào lần thứ VI", "Nhiệm kỳ 2020 – 2025")
COMMITTEE = "Bầu Chi ủy Chi bộ Phòng Xây dựng phong trào, nhiệm kỳ 2020 – 2025"
# Ballot order by given name: An < Châu < Cường < Dũng < Dương (u before ư).
IN_ORDER = ("Trần Văn An", "Đỗ Thị Châu", "Vũ Quốc Cường", "Hồ Văn Dũng", "Nguyễn Thị Thùy Dương")
SHUFFLED = tuple(IN_ORDER[i] for i in (3, 0, 4, 2, 1))
HOSTILE = "Nguyễn\x00\x07 Văn\u202e\ufeff A\x1b[31m\r\nB\ud800 <b>&amp;</b>"


def committee(candidates: tuple[str, ...] = SHUFFLED, seats: int = 3, **kw: Any) -> BallotSpec:
    return BallotSpec(TITLE_LINES, COMMITTEE, candidates, seats, **kw)


def bi_thu(**kw: Any) -> BallotSpec:
    return BallotSpec(TITLE_LINES, "Bầu Bí thư Chi bộ", ("Phạm Đức Thắng",), 1, **kw)


def pages_text(path: Path) -> list[str]:
    return [
        unicodedata.normalize("NFC", page.extract_text() or "") for page in PdfReader(path).pages
    ]


def ballot_texts(path: Path) -> list[str]:
    """Each ballot's text: everything from its serial number to the next one."""
    text = "\n".join(pages_text(path))
    return [chunk for chunk in re.split(r"(?=Số: \d)", text) if chunk.startswith("Số:")]


def fonts(path: Path) -> list[Any]:
    found = []
    for page in PdfReader(path).pages:
        resources: Any = page["/Resources"]
        found += [font.get_object() for font in resources["/Font"].values()]
    return found


def test_form_follows_the_surplus() -> None:
    assert form(committee()) == "surplus"
    assert form(committee(seats=5)) == "no_surplus"
    assert form(bi_thu()) == "no_surplus"


def test_twenty_five_surplus_ballots_each_serial_once(tmp_path: Path) -> None:
    spec = committee()
    per_page = auto_per_page(spec)
    assert per_page == 4
    path = write_ballots(spec, tmp_path / "b.pdf", count=25)
    assert len(PdfReader(path).pages) == math.ceil(25 / per_page)
    text = "\n".join(pages_text(path))
    for serial in range(1, 26):
        assert text.count(f"Số: {serial:04d}") == 1
    assert "Số: 0026" not in text
    assert not list(tmp_path.glob("*.part"))


def test_names_in_ballot_order_on_every_ballot(tmp_path: Path) -> None:
    path = write_ballots(committee(), tmp_path / "b.pdf", count=6)
    texts = ballot_texts(path)
    assert len(texts) == 6
    for text in texts:
        flat = " ".join(text.split())
        positions = [flat.index(name) for name in IN_ORDER]
        assert positions == sorted(positions)
        assert "PHIẾU BẦU CỬ" in flat
        assert "ĐẠI HỘI CHI BỘ PHÒNG" in flat  # title lines in capitals
        assert "Gạch tên người không bầu" in flat
        assert "Dấu của cấp ủy triệu tập đại hội" in flat


def test_callers_order_does_not_matter(tmp_path: Path) -> None:
    shuffled = write_ballots(committee(SHUFFLED), tmp_path / "s.pdf", count=1)
    reverse = write_ballots(committee(tuple(reversed(IN_ORDER))), tmp_path / "r.pdf", count=1)
    assert pages_text(shuffled) == pages_text(reverse)


def test_one_person_list_uses_the_four_column_form(tmp_path: Path) -> None:
    spec = bi_thu(round_no=2)
    assert auto_per_page(spec) == 2
    path = write_ballots(spec, tmp_path / "bt.pdf", count=3)
    assert len(PdfReader(path).pages) == 2
    texts = ballot_texts(path)
    assert len(texts) == 3
    for text in texts:
        for header in ("STT", "Họ và tên", "Đồng ý", "Không đồng ý"):
            assert header in text
        assert "Đánh dấu X vào một ô ở mỗi dòng" in text
        assert "Lần bầu thứ 2" in text
        assert "Phạm Đức Thắng" in text
        assert "Gạch tên" not in text


def test_first_round_has_no_round_line(tmp_path: Path) -> None:
    path = write_ballots(bi_thu(), tmp_path / "b.pdf", count=1)
    assert "Lần bầu thứ" not in pages_text(path)[0]


def test_vietnamese_diacritics_survive(tmp_path: Path) -> None:
    names = ("Nguyễn Thị Thùy Dương", "Lê Thị Ánh Nguyệt", "Tôn Nữ Hoàng Oanh", "Ưng Ỷ", "Đặng Ỵ")
    path = write_ballots(committee(names, seats=4), tmp_path / "b.pdf", count=1)
    text = pages_text(path)[0]
    for name in names:
        assert unicodedata.normalize("NFC", name) in text
    assert "NHIỆM KỲ 2020 – 2025" in text


def test_only_embedded_liberation_serif(tmp_path: Path) -> None:
    surplus = write_ballots(committee(), tmp_path / "s.pdf", count=2)
    single = write_ballots(bi_thu(round_no=3), tmp_path / "n.pdf", count=2)
    for path in (surplus, single):
        found = fonts(path)
        assert found
        assert all("LiberationSerif" in str(font["/BaseFont"]) for font in found)
        assert all("/FontFile2" in font["/FontDescriptor"] for font in found)


def test_serial_numbers_widen_past_four_digits(tmp_path: Path) -> None:
    assert serial_label(7) == "Số: 0007"
    path = write_ballots(bi_thu(), tmp_path / "b.pdf", count=2, first_serial=9999)
    text = "\n".join(pages_text(path))
    assert "Số: 09999" in text
    assert "Số: 10000" in text


def test_long_list_gets_a_page_per_ballot(tmp_path: Path) -> None:
    names = tuple(f"Nguyễn Văn Tên{chr(ord('A') + i)}" for i in range(25))
    spec = committee(names, seats=20)
    assert auto_per_page(spec) == 1
    path = write_ballots(spec, tmp_path / "b.pdf", count=2)
    pages = pages_text(path)
    assert len(pages) == 2
    assert all(name in pages[0] for name in names)


def test_per_page_choice(tmp_path: Path) -> None:
    path = write_ballots(committee(), tmp_path / "b.pdf", count=5, per_page=1)
    assert len(PdfReader(path).pages) == 5
    with pytest.raises(ValueError):
        render_ballots(committee(), count=1, per_page=3)
    many = committee(tuple(f"Lê Văn Tên{chr(ord('A') + i)}" for i in range(30)), seats=25)
    with pytest.raises(ValueError):
        render_ballots(many, count=1, per_page=4)


@pytest.mark.parametrize(
    "spec",
    [
        BallotSpec(TITLE_LINES, COMMITTEE, ("A", "B"), 1, round_no=0),
        BallotSpec(TITLE_LINES, COMMITTEE, (), 1),
        BallotSpec(TITLE_LINES, COMMITTEE, ("A",), 0),
    ],
)
def test_invalid_specs_are_refused(spec: BallotSpec) -> None:
    with pytest.raises(ValueError):
        render_ballots(spec, count=1)


def test_count_below_one_is_refused() -> None:
    with pytest.raises(ValueError):
        render_ballots(bi_thu(), count=0)


def test_hostile_names_write(tmp_path: Path) -> None:
    names = (HOSTILE, "W" * 200, "Nguyễn " * 40, "Hồ Văn Dũng")
    spec = BallotSpec((HOSTILE, "Y" * 5000, ""), HOSTILE * 20, names, 2, round_no=2)
    path = write_ballots(spec, tmp_path / "h.pdf", count=3)
    assert len(PdfReader(path).pages) >= 1
    text = "\n".join(pages_text(path))
    assert "\x1b" not in text
    assert "\x07" not in text
    assert "Hồ Văn Dũng" in text
    single = write_ballots(BallotSpec((), "", ("W" * 200,), 1), tmp_path / "s.pdf", count=1)
    assert "Không đồng ý" in pages_text(single)[0]


@pytest.mark.parametrize("per_page", [4, 2, 1])
@pytest.mark.parametrize("candidates", [("W" * 200, "Lê A"), ("Nguyễn " * 40, "Lê A", "Hồ B")])
def test_names_never_overflow(per_page: int, candidates: tuple[str, ...]) -> None:
    register_fonts()
    for spec in (committee(candidates, seats=1), committee(candidates, seats=len(candidates))):
        cell = ballots._cell(per_page)
        width = ballots._name_width(spec, cell)
        for fitted in ballots._names(spec, cell, big=per_page < 4):
            assert 1 <= len(fitted.lines) <= 2
            for line in fitted.lines:
                assert stringWidth(line, FONT, fitted.size) <= width + 1e-6


def test_stamp_caption_stays_inside_its_box() -> None:
    """The caption "Dấu của cấp ủy triệu tập đại hội" was wider than the stamp box."""
    register_fonts()
    lines = ballots.stamp_caption_lines()
    assert " ".join(lines) == ballots.STAMP_CAPTION and len(lines) >= 2
    for line in lines:
        assert stringWidth(line, ballots.FONT_ITALIC, ballots.CAPTION_SIZE) < ballots.STAMP_WIDTH
    assert len(lines) * ballots.CAPTION_SIZE * 1.15 + 1.5 * ballots.MM < ballots.STAMP_HEIGHT / 2


def test_ballots_without_serials_print_no_number(tmp_path: Path) -> None:
    path = write_ballots(bi_thu(), tmp_path / "b.pdf", count=3, serials=False)
    text = "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    assert "Số:" not in text and text.count("Dấu của cấp ủy") == 3
