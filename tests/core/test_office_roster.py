"""Rosters as they really come in (issue 17 §3, "Nothing wrong gets in").

An office's list (made by ``tests/data/make_office_roster.py``) gives the right
statuses, or a clear refusal; broken CSV and Excel files are refused with the row
and column, every problem at once, nothing dropped and nothing half-written; the
command line says it in Vietnamese, the same as the wizard.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import unicodedata
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from secretariat import cli, demo
from secretariat import store as store_mod
from secretariat.domain import MemberStatus
from secretariat.errors import ImportRejected, RowProblem
from secretariat.importers.roster import (
    MAX_CELL,
    MAX_LINE,
    MAX_MEMBERS,
    check_import,
    guess_mapping,
    import_members,
    note_flags,
    parse_rows,
    read_table,
    summarise,
    unmapped_columns,
)
from secretariat.services import roster

DATA = Path(__file__).resolve().parents[1] / "data"


def _maker() -> Any:
    spec = importlib.util.spec_from_file_location(
        "make_office_roster", DATA / "make_office_roster.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


OFFICE = _maker()


def _problems(path: Path) -> list[RowProblem]:
    with pytest.raises(ImportRejected) as caught:
        import_members(path)
    return caught.value.problems


def _codes(problems: list[RowProblem]) -> list[tuple[int, str, str]]:
    return [(p.row, p.column, p.code) for p in problems]


def _write_csv(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _write_xlsx(path: Path, rows: list[list[Any]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


# --- the office's list ------------------------------------------------------------------


@pytest.mark.parametrize("build", ["build_xlsx", "build_csv"])
def test_office_roster_statuses_come_out_right_190_D30(build: str, tmp_path: Path) -> None:
    path = getattr(OFFICE, build)(tmp_path / f"ds.{build[6:]}")
    table = read_table(path)
    assert table.header_row == len(OFFICE.TITLE) + 2  # the second header line
    assert table.headers[5:7] == ["Ngày vào Đảng Dự bị", "Ngày vào Đảng Chính thức"]
    mapping = guess_mapping(table.headers)
    assert unmapped_columns(table, mapping) == ["Quê quán"]
    assert table.footer is not None and table.footer.total == 29
    members = import_members(path)
    summary = summarise(members)
    expected = OFFICE.EXPECTED
    assert (summary.members, summary.full, summary.probationary) == (
        expected["members"],
        expected["full"],
        expected["probationary"],
    )
    assert (summary.exempt, summary.temporary_out, summary.temporary_in) == (1, 1, 1)
    # 25 full − 1 attached here (not of this cell) − 1 attached out; the exempt
    # member counts only if present (190-QĐ/TW Điều 30 khoản 2).
    assert (summary.base_all_present, summary.base_exempt_absent) == (23, 22)
    by_row = dict(zip(range(1, 30), members, strict=True))
    assert all(by_row[n].status is MemberStatus.PROBATIONARY for n in OFFICE.PROBATIONARY)
    assert by_row[4].exempt and by_row[9].temporary_out and by_row[13].temporary_in
    assert not any("Người lập" in m.full_name or "BÍ THƯ" in m.full_name for m in members)


def test_the_signature_under_the_footer_is_not_a_member(tmp_path: Path) -> None:
    path = OFFICE.build_xlsx(tmp_path / "ds.xlsx")
    members = import_members(path)
    assert len(members) == 29  # "Nguyễn Văn An" signing as BÍ THƯ is not read twice


def test_a_footer_word_above_members_drops_nobody(tmp_path: Path) -> None:
    """A member's row that starts with "Bí thư" (no number, no name) ends nothing."""
    path = _write_csv(
        tmp_path / "ds.csv",
        [
            "STT,Họ và tên,Chức vụ,Năm sinh,Giới tính",
            "1,Nguyễn Văn An,Chi ủy viên,1960,Nam",
            ",,Bí thư chi bộ,1965,Nữ",
            "3,Lê Văn Cường,,1970,Nam",
            "4,Phạm Thị Dung,,1972,Nữ",
        ],
    )
    problems = _problems(path)
    assert _codes(problems) == [(3, "Họ và tên", "missing")]


def test_a_footer_that_disagrees_with_the_list_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    footer = [["Tổng số: 30 đồng chí (26 chính thức, 4 dự bị)"], *OFFICE.FOOTER[1:]]
    monkeypatch.setattr(OFFICE, "FOOTER", footer)
    problems = _problems(OFFICE.build_xlsx(tmp_path / "ds.xlsx"))
    assert [(p.row, p.code, p.detail) for p in problems] == [
        (37, "footer_mismatch", "the footer says 30 total, the list holds 29"),
        (37, "footer_mismatch", "the footer says 26 full, the list holds 25"),
    ]


def test_a_blank_official_date_column_is_not_read_as_all_probationary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = OFFICE.member_rows()
    for row in rows:
        row[6] = ""
    monkeypatch.setattr(OFFICE, "member_rows", lambda: rows)
    monkeypatch.setattr(OFFICE, "FOOTER", [])
    problems = _problems(OFFICE.build_xlsx(tmp_path / "ds.xlsx"))
    assert _codes(problems) == [(7, "Ngày vào Đảng Chính thức", "no_status")]


def test_an_explicit_status_column_wins_but_a_contradiction_is_refused(tmp_path: Path) -> None:
    path = _write_csv(
        tmp_path / "ds.csv",
        [
            "Họ và tên,Chính thức/Dự bị,Ngày chính thức",
            "Nguyễn Văn An,Chính thức,",  # an old member whose date is not known
            "Trần Thị Bình,Dự bị,12/03/2020",
        ],
    )
    problems = _problems(path)
    assert _codes(problems) == [(3, "Chính thức/Dự bị", "conflict")]


def test_dates_as_text_are_read_day_first(tmp_path: Path) -> None:
    path = _write_csv(
        tmp_path / "ds.csv",
        [
            "Họ và tên,Ngày sinh,Ngày vào Đảng,Ngày chính thức",
            "Nguyễn Văn An,05/11/1970,03/02/1999,03/02/2000",
            "Trần Thị Bình,1985,1.6.2025,",
            "Lê Văn Cường,31/02/1980,12/12/2010,13/13/2011",
            "Phạm Văn Dũng,1980,12/12/2010,01/01/2009",
        ],
    )
    problems = _problems(path)
    assert _codes(problems) == [
        (4, "Ngày sinh", "invalid"),
        (4, "Ngày chính thức", "invalid"),
        (5, "Ngày chính thức", "conflict"),
    ]


@pytest.mark.parametrize(
    ("note", "flags"),
    [
        ("Miễn SH", {"exempt"}),
        ("miễn sinh hoạt đảng (ốm dài ngày)", {"exempt"}),
        ("MIỄN CÔNG TÁC VÀ SINH HOẠT ĐẢNG", {"exempt"}),
        ("chuyển SH tạm thời đi Chi bộ Công ty X", {"temporary_out"}),
        ("Sinh hoạt tạm thời tại Đảng bộ Phường Y", {"temporary_out"}),
        ("SHTT đến từ Chi bộ Trường Z", {"temporary_in"}),
        ("Sinh hoạt tạm thời từ Chi bộ Quân sự", {"temporary_in"}),
        ("SHTT", {"ambiguous"}),
        ("Sinh hoạt tạm thời", {"ambiguous"}),
        ("Đình chỉ sinh hoạt", {"suspended"}),
        ("Bí thư chi bộ, Di Linh", set()),
        ("", set()),
    ],
)
def test_notes_state_the_flags(note: str, flags: set[str]) -> None:
    found = note_flags(note)
    names = ("exempt", "temporary_in", "temporary_out", "suspended", "ambiguous")
    assert {n for n in names if getattr(found, n)} == flags


def test_an_unclear_temporary_attachment_is_refused_not_guessed(tmp_path: Path) -> None:
    path = _write_csv(
        tmp_path / "ds.csv",
        ["Họ và tên,Ghi chú", "Nguyễn Văn An,SHTT", "Trần Thị Bình,Miễn SH"],
    )
    assert _codes(_problems(path)) == [(2, "Ghi chú", "ambiguous")]


def test_group_headings_are_not_members_and_state_the_status(tmp_path: Path) -> None:
    """Lists grouped under "I. ĐẢNG VIÊN CHÍNH THỨC" / "II. ĐẢNG VIÊN DỰ BỊ"."""
    rows: list[list[Any]] = [
        ["CHI BỘ SỐ 1"],
        ["STT", "Họ và tên", "Năm sinh", "Ghi chú"],
        ["I. ĐẢNG VIÊN CHÍNH THỨC"],
        [1, "Nguyễn Văn An", 1960, ""],
        [2, "Trần Thị Bình", 1970, "Miễn SH"],
        ["II. ĐẢNG VIÊN DỰ BỊ"],
        [3, "Lê Văn Cường", 1999, ""],
        ["Tổng số: 3 đồng chí (2 chính thức, 1 dự bị)"],
    ]
    path = _write_xlsx(tmp_path / "ds.xlsx", rows)
    table = read_table(path)
    result = parse_rows(table, guess_mapping(table.headers))
    assert result.problems == []
    assert result.headings == [(3, "I. ĐẢNG VIÊN CHÍNH THỨC"), (6, "II. ĐẢNG VIÊN DỰ BỊ")]
    assert [(m.full_name, m.status) for m in result.members] == [
        ("Nguyễn Văn An", MemberStatus.FULL),
        ("Trần Thị Bình", MemberStatus.FULL),
        ("Lê Văn Cường", MemberStatus.PROBATIONARY),
    ]
    assert result.members[1].exempt


# --- broken files: refused with row and column, never dropped -------------------------


def test_a_stray_quote_that_swallows_members_is_refused_with_its_lines(tmp_path: Path) -> None:
    lines = [
        "Họ và tên,Năm sinh,Ghi chú",
        "Nguyễn Văn An,1970,",
        'Trần Thị Bình,1980,"đang ốm',
        "Lê Văn Cường,1975,",
        "Phạm Thị Dung,1982,",
        "Hoàng Văn Em,1990,",
        "Vũ Thị Giang,1991,",
    ]
    problems = _problems(_write_csv(tmp_path / "ds.csv", lines))
    assert _codes(problems) == [(3, "Ghi chú", "open_quote")]
    assert problems[0].detail == "3-7"


def test_a_closed_line_break_inside_a_cell_is_kept_as_a_space(tmp_path: Path) -> None:
    path = tmp_path / "ds.csv"
    path.write_text('Họ và tên,Ghi chú\nNguyễn Văn An,"dòng một\ndòng hai"\n', encoding="utf-8")
    (member,) = import_members(path)
    assert member.note == "dòng một dòng hai"


def test_an_over_long_line_and_cell_are_refused_with_row_and_column(tmp_path: Path) -> None:
    long_line = _write_csv(
        tmp_path / "a.csv", ["Họ và tên,Ghi chú", "Nguyễn Văn An,x", "Trần B," + "y" * MAX_LINE]
    )
    assert _codes(_problems(long_line)) == [(3, "", "line_too_long")]
    long_cell = _write_csv(
        tmp_path / "b.csv", ["Họ và tên,Ghi chú", "Nguyễn Văn An," + "z" * (MAX_CELL + 1)]
    )
    problems = _problems(long_cell)
    assert _codes(problems) == [(2, "Ghi chú", "too_long")]
    assert problems[0].detail == str(MAX_CELL + 1)


def test_a_formula_without_a_saved_value_is_refused(tmp_path: Path) -> None:
    rows: list[list[Any]] = [
        ["Họ và tên", "Năm sinh", "Số thẻ đảng viên"],
        ["Nguyễn Văn An", 1970, '=CONCATENATE("36","0001")'],
        ["Trần Thị Bình", "=1960+20", "36010002"],
    ]
    problems = _problems(_write_xlsx(tmp_path / "ds.xlsx", rows))
    assert _codes(problems) == [
        (2, "Số thẻ đảng viên", "formula"),
        (3, "Năm sinh", "formula"),
    ]


def test_a_roster_over_a_sensible_size_is_refused(tmp_path: Path) -> None:
    lines = ["Họ và tên,Số thẻ đảng viên"]
    letters = "ABCDEGHIKLMNOPQRSTUVXY"
    for n in range(MAX_MEMBERS + 5):
        given = letters[n % 22] + letters[n // 22 % 22].lower() + letters[n // 484].lower()
        lines.append(f"Nguyễn Văn {given},{n:08d}")
    problems = _problems(_write_csv(tmp_path / "ds.csv", lines))
    assert [p.code for p in problems] == ["too_many_rows"]
    assert problems[0].row > MAX_MEMBERS


def test_every_problem_of_a_file_is_reported_at_once(tmp_path: Path) -> None:
    """A bad date no longer hides a duplicate card, nor a card already in the congress."""
    path = _write_csv(
        tmp_path / "ds.csv",
        [
            "Họ và tên,Năm sinh,Số thẻ đảng viên",
            "Nguyễn Văn An,19x0,36010001",
            "Trần Thị Bình,1980,36010001",
            "Lê Văn Cường,1975,36012731",  # Lê Đình Khải's card in the demo congress
            "Phạm Thị\u200b Dung,1982,36010004",
        ],
    )
    table = read_table(path)
    mapping = guess_mapping(table.headers)
    with demo.create_demo(tmp_path / "d.daihoi") as st:
        result = check_import(roster.list_members(st), table, mapping, parse_rows(table, mapping))
    assert _codes(result.problems) == [
        (2, "Năm sinh", "invalid"),
        (3, "Số thẻ đảng viên", "duplicate"),
        (4, "Số thẻ đảng viên", "duplicate"),
        (5, "Họ và tên", "invalid"),
    ]
    assert result.problems[3].detail == "bad_character: U+200B"
    assert result.members == []


def test_one_name_in_two_unicode_forms_is_one_member(tmp_path: Path) -> None:
    name = "Nguyễn Thị Ánh Tuyết"
    path = _write_csv(
        tmp_path / "ds.csv",
        ["Họ và tên,Năm sinh", f"{name},1980", f"{unicodedata.normalize('NFD', name)},1980"],
    )
    assert _codes(_problems(path)) == [(3, "Họ và tên", "duplicate")]


# --- the command line -------------------------------------------------------------------


def _cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main(list(args))
    return code, out.getvalue(), err.getvalue()


def test_cli_says_what_the_roster_gives_before_writing(tmp_path: Path) -> None:
    target = tmp_path / "dh.daihoi"
    store_mod.create(target).close()
    path = OFFICE.build_xlsx(tmp_path / "ds.xlsx")
    code, out, _ = _cli("import-roster", str(target), str(path), "--dry-run")
    assert code == 0
    assert (
        "29 đảng viên: 25 chính thức, 4 dự bị, 1 miễn sinh hoạt, 1 sinh hoạt tạm thời đến, "
        "1 sinh hoạt tạm thời đi; mẫu số dự kiến 23 (22 nếu đảng viên miễn sinh hoạt vắng mặt)"
    ) in out
    assert "Các cột không nhập: “Quê quán”" in out
    with store_mod.open_store(target) as st:
        assert roster.list_members(st) == []
    code, out, _ = _cli("import-roster", str(target), str(path))
    assert code == 0 and "Đã nhập 29 đảng viên" in out


def test_cli_refusals_are_vietnamese_with_row_and_column(tmp_path: Path) -> None:
    target = tmp_path / "dh.daihoi"
    store_mod.create(target).close()
    quote = _write_csv(
        tmp_path / "ds.csv",
        ["Họ và tên,Năm sinh,Ghi chú", 'Nguyễn Văn An,1970,"ốm', "Trần Thị Bình,1980,"],
    )
    code, _, err = _cli("import-roster", str(target), str(quote))
    assert code == 2
    assert "dòng 2, cột “Ghi chú”: dấu ngoặc kép mở mà không đóng" in err
    assert "các dòng 2–3 bị gộp vào một ô" in err
    assert "dòng 0" not in err and "open_quote" not in err
    unsupported = tmp_path / "ds.pdf"
    unsupported.write_bytes(b"%PDF")
    code, _, err = _cli("import-roster", str(target), str(unsupported))
    assert code == 2 and "loại tệp không được hỗ trợ" in err and "dòng" not in err
