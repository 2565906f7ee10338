"""Build a roster the way a cell's office sends it, to test the importer against.

Run ``python tests/data/make_office_roster.py`` to (re)write ``office-roster.xlsx``
and ``office-roster.csv`` beside this script; the tests build their own copy with
``build_xlsx`` / ``build_csv``. Nothing here comes from a real cell: the names are
made up from common Vietnamese family, middle and given names.

What makes it an office list rather than the template:

- title lines above the table (the superior body, the cell, "DANH SÁCH …");
- a two-row header: "Ngày vào Đảng" merged over "Dự bị" and "Chính thức", the
  other headers merged down over both rows; a "Quê quán" column the program
  does not keep;
- no status column: a blank "Chính thức" date means the member is probationary;
- exemption and temporary attachment written in "Ghi chú" ("Miễn SH",
  "chuyển SH tạm thời đi …", "SHTT đến từ …");
- dates typed as dd/mm/yyyy text;
- a footer: "Tổng số: 29 đồng chí (25 chính thức, 4 dự bị)", a place and date,
  "Người lập biểu", "T/M CHI ỦY", "BÍ THƯ" and a signature name.
"""

from __future__ import annotations

import csv
from pathlib import Path

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô"]
MIDDLE = ["Văn", "Thị", "Đức", "Minh", "Thu", "Quốc", "Ngọc", "Thanh"]
GIVEN = ["An", "Bình", "Cường", "Dung", "Giang", "Hà", "Hải", "Hạnh", "Hùng", "Lan", "Long"]
PLACES = ["Nam Định", "Thái Bình", "Hà Nam", "Nghệ An", "Thanh Hóa"]

TITLE = [
    ["ĐẢNG BỘ PHƯỜNG MINH KHAI", "", "", "", "", "", "", "", "ĐẢNG CỘNG SẢN VIỆT NAM"],
    ["CHI BỘ KHU DÂN CƯ SỐ 3"],
    [],
    ["DANH SÁCH ĐẢNG VIÊN CHI BỘ KHU DÂN CƯ SỐ 3"],
    ["(Đến ngày 10/03/2025)"],
]
HEADER_TOP = [
    "STT",
    "Họ và tên",
    "Ngày sinh",
    "Giới tính",
    "Quê quán",
    "Ngày vào Đảng",
    "",
    "Số thẻ đảng viên",
    "Chức vụ",
    "Ghi chú",
]
HEADER_SUB = ["", "", "", "", "", "Dự bị", "Chính thức", "", "", ""]
FOOTER = [
    ["Tổng số: 29 đồng chí (25 chính thức, 4 dự bị)"],
    [],
    ["", "", "", "", "", "", "Minh Khai, ngày 10 tháng 3 năm 2025"],
    ["", "Người lập biểu", "", "", "", "", "T/M CHI ỦY"],
    ["", "", "", "", "", "", "BÍ THƯ"],
    [],
    ["", "Trần Thu Hà", "", "", "", "", "Nguyễn Văn An"],
]
PROBATIONARY = {26, 27, 28, 29}  # joined in the last twelve months: no "Chính thức" date
NOTES = {
    4: "Miễn SH (tuổi cao)",
    9: "chuyển SH tạm thời đi Chi bộ Công ty May 10",
    13: "SHTT đến từ Chi bộ Trường THCS Lê Lợi",
}
# What the list gives, by the conventions above (and its footer).
EXPECTED = {
    "members": 29,
    "full": 25,
    "probationary": 4,
    "exempt": 1,
    "temporary_out": 1,
    "temporary_in": 1,
}


def member_rows() -> list[list[str]]:
    rows = []
    for n in range(1, 30):
        name = f"{FAMILY[n % 10]} {MIDDLE[n % 8]} {GIVEN[n % 11]}"
        birth = f"{(n * 7) % 28 + 1:02d}/{n % 12 + 1:02d}/{1950 + n}"
        joined_year = 2024 if n in PROBATIONARY else 1975 + n
        joined = f"{(n * 3) % 28 + 1:02d}/{(n * 5) % 12 + 1:02d}/{joined_year}"
        official = "" if n in PROBATIONARY else joined[:6] + str(joined_year + 1)
        rows.append(
            [
                str(n),
                name,
                birth,
                "Nữ" if MIDDLE[n % 8] in ("Thị", "Thu", "Ngọc") else "Nam",
                PLACES[n % 5],
                joined,
                official,
                f"{n:02d}.{100000 + n * 137:06d}",
                "Bí thư chi bộ" if n == 1 else ("Phó Bí thư" if n == 2 else ""),
                NOTES.get(n, ""),
            ]
        )
    return rows


def all_rows() -> list[list[str]]:
    return [*TITLE, HEADER_TOP, HEADER_SUB, *member_rows(), *FOOTER]


def build_xlsx(path: Path) -> Path:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for r, row in enumerate(all_rows(), start=1):
        for c, value in enumerate(row, start=1):
            if value:
                sheet.cell(row=r, column=c, value=value)
    header = len(TITLE) + 1
    for column in "ABCDEHIJ":  # merged down over the two header rows
        sheet.merge_cells(f"{column}{header}:{column}{header + 1}")
    sheet.merge_cells(f"F{header}:G{header}")  # "Ngày vào Đảng" over Dự bị / Chính thức
    sheet.merge_cells("A4:J4")
    book.save(path)
    return path


def build_csv(path: Path) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh).writerows(all_rows())
    return path


if __name__ == "__main__":
    here = Path(__file__).resolve().parent
    print(build_xlsx(here / "office-roster.xlsx"))
    print(build_csv(here / "office-roster.csv"))
