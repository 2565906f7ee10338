"""The import wizard on a roster as a cell's office sends it, and on broken files.

The office roster is built by ``tests/data/make_office_roster.py`` (title lines,
a two-row merged header, the status implied by the "Chính thức" date, notes for
exemption and temporary attachment, a footer). The wizard must say what the
roster gives before anything is written, in the same words as the command line.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from secretariat import cli
from secretariat import store as store_mod
from secretariat.domain import MemberStatus
from secretariat.services import roster
from ui.context import CongressContext
from ui.i18n import translator
from ui.import_wizard import RosterImportWizard

DATA = Path(__file__).resolve().parents[1] / "data"


def _maker() -> Any:
    script = DATA / "make_office_roster.py"
    spec = importlib.util.spec_from_file_location("make_office_roster", script)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


OFFICE = _maker()


@pytest.fixture
def new_ctx(qapp: object, tmp_path: Path) -> Any:
    """A new congress with no member yet, as when the office's list first comes in."""
    context = CongressContext()
    context.attach(store_mod.create(tmp_path / "moi.daihoi"))
    yield context
    context.close()


@pytest.fixture(autouse=True)
def english(qapp: object) -> Any:
    translator.install("en")
    yield
    translator.install("en")


def _to_check_page(qtbot: Any, ctx: CongressContext, path: Path) -> RosterImportWizard:
    wizard = RosterImportWizard(ctx, path=str(path))
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    for _ in range(2):
        button = wizard.button(QWizard.WizardButton.NextButton)
        assert button.isEnabled()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert wizard.currentId() == RosterImportWizard.CHECK_PAGE
    return wizard


def _ready(wizard: RosterImportWizard) -> dict[str, str]:
    """Full name → status as the ready table shows it."""
    table = wizard.check_page.ready_table
    return {table.item(r, 1).text(): table.item(r, 4).text() for r in range(table.rowCount())}


def test_office_roster_shows_statuses_and_the_base_before_writing(
    qtbot: Any, new_ctx: CongressContext, tmp_path: Path
) -> None:
    path = OFFICE.build_xlsx(tmp_path / "danh-sach.xlsx")
    wizard = _to_check_page(qtbot, new_ctx, path)
    page = wizard.check_page
    assert page.problems() == []
    assert page.summary_label.text() == (
        "29 members are ready to import: 25 full, 4 probationary, "
        "1 exempt from party activity, 1 temporarily attached in, "
        "1 temporarily attached out. Expected majority base: 23 "
        "(22 if the exempt members do not attend)."
    )
    skipped = page.skipped_label.text()
    assert "“Quê quán”" in skipped and "STT" not in skipped
    assert "row 37" in skipped and "Tổng số: 29" in skipped
    statuses = _ready(wizard)
    assert len(statuses) == 29
    assert statuses["Hoàng Thu Giang"] == "Full, exempt"  # "Miễn SH (tuổi cao)"
    assert statuses["Ngô Thị Lan"] == "Full, attached out"  # "chuyển SH tạm thời đi …"
    assert statuses["Phạm Quốc Cường"] == "Full, attached in"  # "SHTT đến từ …"
    assert statuses["Ngô Quốc Hạnh"] == "Probationary"  # no "Chính thức" date
    assert len(roster.list_members(new_ctx.require())) == 0  # nothing written yet

    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    members = roster.list_members(new_ctx.require())
    assert len(members) == 29
    assert sum(m.status is MemberStatus.PROBATIONARY for m in members) == 4
    assert [m.full_name for m in members if m.temporary_out] == ["Ngô Thị Lan"]
    assert [m.full_name for m in members if m.temporary_in] == ["Phạm Quốc Cường"]
    assert [m.full_name for m in members if m.exempt] == ["Hoàng Thu Giang"]


def test_stray_quote_is_refused_in_the_same_words_as_the_command_line(
    qtbot: Any, new_ctx: CongressContext, tmp_path: Path
) -> None:
    path = tmp_path / "ds.csv"
    path.write_text(
        "Họ và tên,Năm sinh,Ghi chú\n"
        'Nguyễn Văn An,1970,"bạn cũ\n'
        "Trần Thị Bình,1980,\n"
        "Lê Văn Cường,1975,\n",
        encoding="utf-8",
    )
    translator.install("vi")
    wizard = _to_check_page(qtbot, new_ctx, path)
    table = wizard.check_page.problems_table
    assert table.rowCount() == 1
    cells = [table.item(0, c).text() for c in range(table.columnCount())]
    assert cells[:2] == ["2", "Ghi chú"]
    problem = wizard.check_page.problems()[0]
    assert cells[2] == cli.PROBLEM[problem.code]
    assert cells[4] == cli.detail_vi(problem.code, problem.detail)
    assert "2–4" in cells[4]
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()


def test_every_kind_of_problem_reads_the_same_in_the_wizard_and_the_cli(
    qtbot: Any, new_ctx: CongressContext, tmp_path: Path
) -> None:
    path = tmp_path / "ds.csv"
    path.write_text(
        "Họ và tên,Năm sinh,Chính thức/Dự bị,Số thẻ đảng viên,Ghi chú\n"
        "Nguyễn Văn An,19x0,Chính thức,36010001,\n"
        "Trần Thị Bình,1980,Chính thức,36010001,\n"
        ",1975,Dự bị,36010003,\n"
        "Lê Văn\u200b Cường,1975,Tạm,36010004,SHTT\n"
        "Phạm Văn Dũng,1975,CT,36010005,ốm, nghỉ\n"
        "Đỗ Thị Giang,2100,DB,36010006,SHTT đến\n",
        encoding="utf-8",
    )
    translator.install("vi")
    wizard = _to_check_page(qtbot, new_ctx, path)
    table = wizard.check_page.problems_table
    problems = wizard.check_page.problems()
    assert len({p.code for p in problems}) >= 5 and table.rowCount() == len(problems)
    for index, problem in enumerate(problems):
        shown = [table.item(index, c).text() for c in range(table.columnCount())]
        assert shown[0] == str(problem.row) and shown[1] == problem.column
        assert shown[2] == cli.PROBLEM[problem.code], problem
        assert shown[4] == cli.detail_vi(problem.code, problem.detail), problem


def test_a_formula_without_its_value_is_shown_with_row_and_column(
    qtbot: Any, new_ctx: CongressContext, tmp_path: Path
) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Họ và tên", "Năm sinh", "Số thẻ đảng viên"])
    sheet.append(["Nguyễn Văn An", "=1950+20", "36010001"])
    sheet.append(["Trần Thị Bình", 1980, "36010002"])
    book.save(tmp_path / "ds.xlsx")
    wizard = _to_check_page(qtbot, new_ctx, tmp_path / "ds.xlsx")
    table = wizard.check_page.problems_table
    assert [table.item(0, c).text() for c in range(4)] == [
        "2",
        "Năm sinh",
        "a formula with no saved value",
        "=1950+20",
    ]
    assert "save it" in table.item(0, 4).text()
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert roster.list_members(new_ctx.require()) == []


def test_a_file_too_big_stays_on_the_first_page(
    qtbot: Any, new_ctx: CongressContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from secretariat.importers import roster as importer

    monkeypatch.setattr(importer, "MAX_FILE_BYTES", 1024)
    path = tmp_path / "ds.csv"
    path.write_text("Họ và tên\n" + "Nguyễn Văn An\n" * 200, encoding="utf-8")
    wizard = RosterImportWizard(new_ctx, path=str(path))
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentId() == RosterImportWizard.FILE_PAGE
    text = wizard.file_page.error_label.text()
    assert "The file is too big." in text
