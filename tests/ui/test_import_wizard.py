"""The roster import wizard, page by page, with real files written in tmp_path."""

from __future__ import annotations

import csv
import io
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from secretariat.domain import MemberStatus
from secretariat.importers.roster import Field
from secretariat.services import roster
from ui.context import CongressContext
from ui.i18n import translator
from ui.import_wizard import RosterImportWizard

HEADERS = ["STT", "Họ và tên", "Năm sinh", "Giới tính", "Chính thức/Dự bị", "Số thẻ đảng viên"]
GOOD_ROWS = [
    [1, "Nguyễn Thị Hồng Nhung", 1990, "Nữ", "Chính thức", "36019001"],
    [2, "Trương Văn Đức", 1985, "Nam", "Chính thức", "36019002"],
    [3, "Hà Thị Ngọc Ánh", 2000, "Nữ", "Dự bị", "36019003"],
]


def write_csv(path: Path, rows: Sequence[Sequence[object]], encoding: str = "utf-8") -> Path:
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    text = out.getvalue()
    path.write_bytes(to_cp1258(text) if encoding == "cp1258" else text.encode(encoding))
    return path


def to_cp1258(text: str) -> bytes:
    """Encode as Windows does: circumflex, breve and horn inside the letter, tones after it."""
    letter_marks = {"\u0302", "\u0306", "\u031b"}
    out = bytearray()
    for char in text:
        decomposed = unicodedata.normalize("NFD", char)
        base = unicodedata.normalize(
            "NFC", decomposed[0] + "".join(m for m in decomposed[1:] if m in letter_marks)
        )
        tones = "".join(m for m in decomposed[1:] if m not in letter_marks)
        out += (base + tones).encode("cp1258")
    return bytes(out)


def write_xlsx(path: Path, rows: Sequence[Sequence[object]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path


@pytest.fixture(autouse=True)
def english(qapp: object) -> None:
    """The assertions read the English source strings, whatever a test before left."""
    translator.install("en")


@pytest.fixture
def open_wizard(qtbot: Any, ctx: CongressContext) -> Any:
    def make(path: Path | str) -> RosterImportWizard:
        wizard = RosterImportWizard(ctx, path=str(path))
        qtbot.addWidget(wizard)
        wizard.show()
        qtbot.waitExposed(wizard)
        return wizard

    return make


def click(qtbot: Any, wizard: RosterImportWizard, which: QWizard.WizardButton) -> None:
    button = wizard.button(which)
    assert button.isEnabled(), f"{which} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def next_page(qtbot: Any, wizard: RosterImportWizard) -> None:
    click(qtbot, wizard, QWizard.WizardButton.NextButton)


def problem_rows(wizard: RosterImportWizard) -> list[tuple[str, ...]]:
    table = wizard.check_page.problems_table
    return [
        tuple(table.item(r, c).text() for c in range(table.columnCount()))
        for r in range(table.rowCount())
    ]


def test_problems_are_listed_and_nothing_is_imported(
    qtbot: Any, open_wizard: Any, ctx: CongressContext, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "ds.csv",
        [
            ["Họ và tên", "Năm sinh", "Chính thức/Dự bị", "Số thẻ đảng viên"],
            ["", "1980", "Chính thức", "36011111"],
            ["Nguyễn Văn An", "19x0", "Chính thức", "36012222"],
            ["Trần Thị Bình", "1985", "Dự bị", "36011111"],
        ],
    )
    wizard = open_wizard(path)
    next_page(qtbot, wizard)
    assert wizard.currentId() == RosterImportWizard.MAPPING_PAGE
    next_page(qtbot, wizard)
    assert wizard.currentId() == RosterImportWizard.CHECK_PAGE

    rows = problem_rows(wizard)
    assert [(r[0], r[1], r[2]) for r in rows] == [
        ("2", "Họ và tên", "missing value"),
        ("3", "Năm sinh", "invalid value"),
        ("4", "Số thẻ đảng viên", "duplicate"),
    ]
    assert rows[1][3] == "19x0"
    assert "row 2" in rows[2][4]
    page = wizard.check_page
    assert page.summary_label.text() == "3 problem(s) found in 3 row(s)."
    assert page.nothing_label.isVisible()
    assert "Nothing will be imported" in page.nothing_label.text()
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert len(roster.list_members(ctx.require())) == 29
    assert ctx.undo_stack.count() == 0


def test_good_xlsx_imports_everyone_in_one_undoable_step(
    qtbot: Any, open_wizard: Any, ctx: CongressContext, tmp_path: Path
) -> None:
    path = write_xlsx(tmp_path / "danh sách.xlsx", [HEADERS, *GOOD_ROWS])
    wizard = open_wizard(path)
    next_page(qtbot, wizard)

    mapping = wizard.mapping_page
    assert mapping.mapping_table.rowCount() == len(HEADERS)
    assert mapping.mapping_table.item(1, 0).text() == "Họ và tên"
    assert "Nguyễn Thị Hồng Nhung" in mapping.mapping_table.item(1, 1).text()
    assert mapping.mapping() == {
        1: Field.FULL_NAME,
        2: Field.BIRTH_YEAR,
        3: Field.GENDER,
        4: Field.STATUS,
        5: Field.PARTY_CARD_NO,
    }
    assert mapping.preview_table.rowCount() == 3
    assert mapping.preview_table.item(0, 2).text() == "Nguyễn Thị Hồng Nhung"
    next_page(qtbot, wizard)

    summary = wizard.check_page.summary_label.text()
    assert summary.startswith("3 members are ready to import: 2 full, 1 probationary.")
    assert not wizard.check_page.problems_table.isVisible()
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)

    assert not wizard.isVisible()
    members = roster.list_members(ctx.require())
    assert len(members) == 32
    anh = roster.find_by_card(ctx.require(), "36019003")
    assert anh is not None
    assert (anh.full_name, anh.birth_year, anh.status) == (
        "Hà Thị Ngọc Ánh",
        2000,
        MemberStatus.PROBATIONARY,
    )
    assert ctx.undo_stack.count() == 1
    ctx.undo_stack.undo()
    assert len(roster.list_members(ctx.require())) == 29
    ctx.undo_stack.redo()
    assert len(roster.list_members(ctx.require())) == 32


def test_cp1258_csv_with_the_encoding_chosen(
    qtbot: Any, open_wizard: Any, ctx: CongressContext, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "ds.csv", [HEADERS, *GOOD_ROWS], encoding="cp1258")
    wizard = open_wizard(path)
    combo = wizard.file_page.encoding_combo
    combo.setCurrentIndex(combo.findData("cp1258"))
    next_page(qtbot, wizard)
    assert wizard.table is not None
    assert wizard.table.encoding == "cp1258"
    next_page(qtbot, wizard)
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)

    names = {m.full_name for m in roster.list_members(ctx.require())}
    assert {"Nguyễn Thị Hồng Nhung", "Trương Văn Đức", "Hà Thị Ngọc Ánh"} <= names
    # Stored precomposed (NFC), as typed on a Vietnamese keyboard, so searches match.
    assert all(unicodedata.is_normalized("NFC", n) for n in names)


def test_cp1258_csv_read_as_utf8_stays_on_the_first_page(
    qtbot: Any, open_wizard: Any, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "ds.csv", [HEADERS, *GOOD_ROWS], encoding="cp1258")
    wizard = open_wizard(path)
    combo = wizard.file_page.encoding_combo
    combo.setCurrentIndex(combo.findData("utf-8"))
    next_page(qtbot, wizard)
    assert wizard.currentId() == RosterImportWizard.FILE_PAGE
    assert wizard.file_page.error_label.isVisible()


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("broken.xlsx", b"this is not a workbook", "cannot be read"),
        ("roster.pdf", b"%PDF-1.4", "unsupported file type"),
        ("empty.csv", b"", "empty"),
        ("numbers.csv", b"1,2,3\n4,5,6\n", "no header row"),
    ],
)
def test_unreadable_file_stays_on_the_first_page_with_the_reason(
    qtbot: Any, open_wizard: Any, tmp_path: Path, name: str, content: bytes, reason: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    wizard = open_wizard(path)
    next_page(qtbot, wizard)
    assert wizard.currentId() == RosterImportWizard.FILE_PAGE
    label = wizard.file_page.error_label
    assert label.isVisible()
    assert reason in label.text().lower()
    qtbot.keyClicks(wizard.file_page.path_edit, "x")  # typing another path clears it
    assert not label.isVisible()


def test_missing_file_and_empty_path(qtbot: Any, open_wizard: Any, tmp_path: Path) -> None:
    wizard = open_wizard(tmp_path / "nowhere.xlsx")
    next_page(qtbot, wizard)
    assert wizard.currentId() == RosterImportWizard.FILE_PAGE
    assert "does not exist" in wizard.file_page.error_label.text()
    wizard.file_page.path_edit.clear()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_mapping_needs_a_name_and_no_field_twice(
    qtbot: Any, open_wizard: Any, tmp_path: Path
) -> None:
    wizard = open_wizard(write_xlsx(tmp_path / "ds.xlsx", [HEADERS, *GOOD_ROWS]))
    next_page(qtbot, wizard)
    page = wizard.mapping_page
    next_button = wizard.button(QWizard.WizardButton.NextButton)

    page.set_field(2, Field.PARTY_CARD_NO)  # the card is now chosen twice
    assert not next_button.isEnabled()
    assert "more than one column" in page.hint_label.text()
    page.set_field(2, Field.BIRTH_YEAR)
    assert next_button.isEnabled()

    combo = page.mapping_table.cellWidget(1, 2)
    combo.setCurrentIndex(0)  # — ignore — the names
    assert not next_button.isEnabled()
    assert "full name" in page.hint_label.text()


def test_card_already_in_the_congress_is_a_problem(
    qtbot: Any, open_wizard: Any, ctx: CongressContext, tmp_path: Path
) -> None:
    rows = [HEADERS, *GOOD_ROWS, [4, "Lê Văn Trùng", 1990, "Nam", "CT", "36012731"]]
    wizard = open_wizard(write_xlsx(tmp_path / "ds.xlsx", rows))
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    assert problem_rows(wizard) == [
        ("5", "Số thẻ đảng viên", "duplicate", "36012731", _already("Lê Đình Khải"))
    ]
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()


def _already(name: str) -> str:
    return f"already the card of {name} in this congress"


def test_read_again_after_fixing_the_file(
    qtbot: Any, open_wizard: Any, ctx: CongressContext, tmp_path: Path
) -> None:
    bad = [*GOOD_ROWS[:2], [3, "Hà Thị Ngọc Ánh", "20x0", "Nữ", "Dự bị", "36019003"]]
    path = write_xlsx(tmp_path / "ds.xlsx", [HEADERS, *bad])
    wizard = open_wizard(path)
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    assert len(problem_rows(wizard)) == 1

    write_xlsx(path, [HEADERS, *GOOD_ROWS])  # fixed in Excel and saved
    qtbot.mouseClick(wizard.check_page.reread_button, Qt.MouseButton.LeftButton)
    assert problem_rows(wizard) == []
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert len(roster.list_members(ctx.require())) == 32
