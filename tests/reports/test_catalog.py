"""The catalog: what can be printed, what is missing, and exports that reopen."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from secretariat import demo, models
from secretariat import store as store_mod
from secretariat.domain import GuestData, MemberData
from secretariat.errors import ValidationError
from secretariat.reports import attendance_report, catalog, results_sheet, sign_in_sheet
from secretariat.reports.catalog import DocumentSpec, Missing
from secretariat.reports.document import Document
from secretariat.services import congress, roster
from secretariat.store import Store
from tests.reports.conftest import all_text

ALL = [
    "programme",
    "attendance_report",
    "sign_in_sheet",
    "delegate_cards",
    "results_sheet",
    "minutes",
    "resolution",
    "amendments",
]
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ufffe\uffff]")
EXPORTS = [(spec.name, fmt) for spec in catalog.SPECS for fmt in spec.formats]


def docx_text(path: Path) -> str:
    import docx

    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts += [cell.text for cell in row.cells]
    return "\n".join(parts).replace("\u00a0", " ")  # no-break spaces read as spaces


def pdf_pages_text(path: Path) -> tuple[int, str]:
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    return len(reader.pages), "\n".join(page.extract_text() or "" for page in reader.pages)


# --- what can be printed --------------------------------------------------------------


def test_specs_have_vietnamese_titles_and_formats() -> None:
    by_name = {s.name: s for s in catalog.SPECS}
    assert list(by_name) == ALL
    assert by_name["attendance_report"] == DocumentSpec(
        "attendance_report", "Báo cáo tình hình đảng viên tham dự đại hội", ("docx", "pdf")
    )
    assert by_name["delegate_cards"].formats == ("pdf",)
    assert by_name["sign_in_sheet"].title == "Danh sách đảng viên dự đại hội"


def test_available_documents_of_the_demo(demo_store: Store) -> None:
    # The demo's saved "Dự thảo 1" prints on its own (issue 7).
    assert [s.name for s in catalog.available(demo_store)] == [*ALL, "resolution:1"]


def test_no_roster_nor_agenda_means_no_cards_sign_in_sheet_or_programme(empty_store: Store) -> None:
    assert [s.name for s in catalog.available(empty_store)] == [
        "attendance_report",
        "results_sheet",
    ]


def test_default_filename_is_ascii_and_hyphenated(demo_store: Store) -> None:
    name = catalog.default_filename(demo_store, "attendance_report", "docx")
    assert name == "bao-cao-tinh-hinh-dang-vien-tham-du-dai-hoi.docx"
    assert catalog.default_filename(demo_store, "sign_in_sheet", "pdf") == (
        "danh-sach-dang-vien-du-dai-hoi.pdf"
    )
    for spec in catalog.SPECS:
        for fmt in spec.formats:
            assert catalog.default_filename(demo_store, spec.name, fmt).isascii()


# --- completeness ---------------------------------------------------------------------


def codes(found: list[Missing]) -> list[str]:
    return [m.code for m in found]


def test_check_of_an_empty_congress_lists_the_missing_fields(empty_store: Store) -> None:
    assert codes(catalog.check(empty_store, "attendance_report")) == [
        "superior_body",
        "cell_name",
        "ordinal",
        "term",
        "venue",
        "place",
        "session_date",
        "no_members",
    ]
    assert codes(catalog.check(empty_store, "sign_in_sheet")) == [
        "superior_body",
        "cell_name",
        "ordinal",
        "term",
        "place",
        "session_date",
        "no_members",
    ]
    assert codes(catalog.check(empty_store, "results_sheet")) == [
        "cell_name",
        "ordinal",
        "term",
        "no_members",
    ]
    assert codes(catalog.check(empty_store, "delegate_cards")) == [
        "cell_name",
        "ordinal",
        "term",
        "no_members",
    ]


def test_check_of_the_demo_lists_only_unmarked_members(demo_store: Store) -> None:
    assert catalog.check(demo_store, "attendance_report") == [Missing("unmarked_members", "2")]
    assert catalog.check(demo_store, "results_sheet") == [Missing("unmarked_members", "2")]
    assert catalog.check(demo_store, "sign_in_sheet") == []
    assert catalog.check(demo_store, "delegate_cards") == []


def test_check_before_any_attendance(tmp_path: Path) -> None:
    with demo.create_demo(tmp_path / "d.daihoi", with_attendance=False) as st:
        assert catalog.check(st, "attendance_report") == [Missing("attendance_not_taken")]


def test_check_counts_members_without_a_card_number(demo_store: Store) -> None:
    for member in roster.list_members(demo_store)[:3]:
        roster.update_member(demo_store, member.id, replace(member, party_card_no=""))
    assert catalog.check(demo_store, "delegate_cards") == [Missing("no_card_numbers", "3")]


def test_unknown_document_or_format_is_refused(demo_store: Store, tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as err:
        catalog.check(demo_store, "minutes_of_mars")
    assert err.value.code == "unknown_document"
    with pytest.raises(ValidationError) as err:
        catalog.export(demo_store, "nope", "pdf", tmp_path / "x.pdf")
    assert err.value.code == "unknown_document"
    with pytest.raises(ValidationError) as err:
        catalog.export(demo_store, "delegate_cards", "docx", tmp_path / "x.docx")
    assert err.value.code == "unsupported_format"
    with pytest.raises(ValidationError) as err:
        catalog.export(demo_store, "attendance_report", "odt", tmp_path / "x.odt")
    assert err.value.code == "unsupported_format"
    assert not list(tmp_path.glob("x.*"))


# --- export ---------------------------------------------------------------------------


def reopen(path: Path, fmt: str) -> str:
    """The text of a written file; fails if it does not open."""
    assert path.is_file() and path.stat().st_size > 0
    if fmt == "docx":
        return docx_text(path)
    pages, text = pdf_pages_text(path)
    assert pages >= 1
    return text


@pytest.mark.parametrize(("name", "fmt"), EXPORTS)
def test_export_of_the_demo_reopens_with_vietnamese_text(
    demo_store: Store, tmp_path: Path, name: str, fmt: str
) -> None:
    target = tmp_path / catalog.default_filename(demo_store, name, fmt)
    written = catalog.export(demo_store, name, fmt, target)
    assert written == target
    text = reopen(written, fmt)
    if name == "results_sheet":
        assert "KẾT QUẢ ĐIỂM DANH" in text
    elif name in ("resolution", "amendments"):
        assert "Mai Xuân Trường" in text if name == "amendments" else "QUYẾT NGHỊ" in text
    else:
        assert "Nguyễn" in text


def test_exported_attendance_report_docx_keeps_headings_and_names(
    demo_store: Store, tmp_path: Path
) -> None:
    path = catalog.export(demo_store, "attendance_report", "docx", tmp_path / "r.docx")
    text = docx_text(path)
    assert "BÁO CÁO" in text
    # The chi ủy's report: the cell issues it (36-HD/VPTW), its bí thư signs by name.
    assert "\nCHI BỘ PHÒNG XÂY DỰNG PHONG TRÀO BẢO VỆ AN NINH TỔ QUỐC\n" in text
    assert "T/M CHI ỦY\nBÍ THƯ" in text and "Lê Đình Khải" in text
    assert "Hà Minh Tâm" in text


def test_exported_sign_in_sheet_has_every_summoned_member(
    demo_store: Store, tmp_path: Path
) -> None:
    import docx

    path = catalog.export(demo_store, "sign_in_sheet", "docx", tmp_path / "s.docx")
    tables = [t for t in docx.Document(str(path)).tables if len(t.columns) == 6]
    assert tables, "the sign-in table is missing"
    names = [row.cells[1].text for row in tables[0].rows[1:]]
    assert names == [m.full_name for m in roster.list_members(demo_store)]


# --- hostile data ---------------------------------------------------------------------

LONG = "Trưởng phòng " * 385  # ~5,000 characters with spaces
WORD = "X" * 5000  # 5,000 characters with none


@pytest.fixture
def hostile_store(tmp_path: Path) -> Iterator[Store]:
    """Control characters, 5,000-character texts, empty fields, no sessions."""
    st = store_mod.create(tmp_path / "hostile.daihoi")
    congress.set_info(
        st,
        replace(
            demo.INFO,
            cell_name="Chi bộ \x07Phòng\x00 \x1b[31mđỏ",
            superior_body="",
            ordinal="",
            term_end=None,
            place="",
            venue="",
        ),
    )
    roster.add_members(
        st,
        [
            MemberData("A"),
            MemberData("Lê Văn Hải", birth_year=1900, position="x" * 500, note="y" * 500),
        ],
    )
    roster.add_guest(st, GuestData("Nguyễn Không Tên", superior_representative=True))
    # What no service accepts (names with control characters and invisible marks are
    # refused when typed or imported) but a file from elsewhere could hold.
    with st.action("test.hostile") as uow:
        uow.session.add(
            models.Member(full_name="Nguyễn\x07 Văn\x00 Bell\x1f", status="full", party_card_no="1")
        )
        uow.session.add(models.Member(full_name="Trần Thị\u200b Ánh\ufeff", status="probationary"))
        uow.session.add(
            models.Guest(
                full_name="Khách\x0b Mời", title="", organisation="", superior_representative=False
            )
        )
        uow.session.add(
            models.Member(
                full_name="Phạm " + WORD,
                status="full",
                party_card_no="\x00\x01",
                position=LONG,
                note=WORD,
                ethnicity=LONG,
                education=WORD,
                theory_level="\ufffe\uffff",
            )
        )
        uow.session.add(
            models.Guest(
                full_name="Đỗ " + LONG,
                title=WORD,
                organisation=LONG,
                superior_representative=False,
            )
        )
    yield st
    st.close()


@pytest.mark.parametrize(("name", "fmt"), EXPORTS)
def test_hostile_data_exports_without_error(
    hostile_store: Store, tmp_path: Path, name: str, fmt: str
) -> None:
    path = catalog.export(hostile_store, name, fmt, tmp_path / f"{name}.{fmt}")
    text = reopen(path, fmt)
    assert "\x07" not in text and "\x1b" not in text


@pytest.mark.parametrize(
    "build", [attendance_report.build, sign_in_sheet.build, results_sheet.build]
)
def test_hostile_data_leaves_no_control_character_in_documents(
    hostile_store: Store, build: Callable[[Store], Document]
) -> None:
    text = all_text(build(hostile_store))
    assert not CONTROL.search(text)


@pytest.mark.parametrize(("name", "fmt"), EXPORTS)
def test_empty_congress_exports_without_error(
    empty_store: Store, tmp_path: Path, name: str, fmt: str
) -> None:
    path = catalog.export(empty_store, name, fmt, tmp_path / f"{name}.{fmt}")
    reopen(path, fmt)


def test_hostile_congress_check_lists_its_gaps(hostile_store: Store) -> None:
    found = codes(catalog.check(hostile_store, "attendance_report"))
    assert found == [
        "superior_body",
        "ordinal",
        "term",
        "venue",
        "place",
        "session_date",
        "attendance_not_taken",
    ]
    assert catalog.check(hostile_store, "delegate_cards") == [
        Missing("ordinal"),
        Missing("term"),
        Missing("no_card_numbers", "4"),
    ]
