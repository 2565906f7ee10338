"""The roster importer: .xlsx and .csv in the encodings and layouts found in practice."""

from __future__ import annotations

import csv
import io
import unicodedata
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from secretariat.domain import Gender, MemberData, MemberStatus
from secretariat.errors import ImportRejected
from secretariat.importers.roster import (
    HEADER_SYNONYMS,
    Field,
    RosterTable,
    fold,
    guess_mapping,
    import_members,
    parse_rows,
    read_table,
)

RESOURCES = Path(__file__).resolve().parents[2] / "resources"

HEADERS = [
    "STT",
    "Họ và tên",
    "Năm sinh",
    "Giới tính",
    "Dân tộc",
    "Số thẻ đảng viên",
    "Chính thức/Dự bị",
    "Chức vụ",
    "Trình độ chuyên môn",
    "Lý luận chính trị",
    "Miễn sinh hoạt",
    "Sinh hoạt tạm thời đến",
    "Sinh hoạt tạm thời đi",
    "Đình chỉ",
    "Ghi chú",
]


def row(cells: dict[str, str]) -> list[str]:
    """A CSV line in the order of ``HEADERS``, from the cells that are not empty."""
    unknown = set(cells) - set(HEADERS)
    assert not unknown, unknown
    return [cells.get(header, "") for header in HEADERS]


ROWS = [
    row(
        {
            "STT": "1",
            "Họ và tên": "Nguyễn Thị Ngọc Ánh",
            "Năm sinh": "1979",
            "Giới tính": "Nữ",
            "Dân tộc": "Kinh",
            "Số thẻ đảng viên": "01.234567",
            "Chính thức/Dự bị": "Chính thức",
            "Chức vụ": "Bí thư chi bộ",
            "Trình độ chuyên môn": "Thạc sĩ",
            "Lý luận chính trị": "Cao cấp",
        }
    ),
    row(
        {
            "STT": "2",
            "Họ và tên": "Phạm Đức Thắng",
            "Năm sinh": "1988",
            "Giới tính": "Nam",
            "Dân tộc": "Tày",
            "Số thẻ đảng viên": "02.345678",
            "Chính thức/Dự bị": "CT",
            "Chức vụ": "Phó Bí thư, Trưởng phòng",
            "Trình độ chuyên môn": "Đại học",
            "Lý luận chính trị": "Trung cấp",
            "Sinh hoạt tạm thời đi": "x",
            "Ghi chú": "Đi học tập trung",
        }
    ),
    row(
        {
            "STT": "3",
            "Họ và tên": "Lê Văn Hưởng",
            "Năm sinh": "1961",
            "Giới tính": "nam",
            "Dân tộc": "Mường",
            "Số thẻ đảng viên": "03.456789",
            "Chính thức/Dự bị": "chinh thuc",
            "Miễn sinh hoạt": "X",
            "Ghi chú": "Miễn sinh hoạt từ năm 2021",
        }
    ),
    row(
        {
            "STT": "4",
            "Họ và tên": "Vũ Thị Hồng Nhung",
            "Năm sinh": "2001",
            "Giới tính": "nu",
            "Dân tộc": "Kinh",
            "Chính thức/Dự bị": "Dự bị",
            "Chức vụ": "Chuyên viên",
            "Trình độ chuyên môn": "Đại học",
            "Lý luận chính trị": "Sơ cấp",
            "Sinh hoạt tạm thời đến": "có",
        }
    ),
]
EXPECTED = [
    MemberData(
        full_name="Nguyễn Thị Ngọc Ánh",
        status=MemberStatus.FULL,
        party_card_no="01.234567",
        birth_year=1979,
        gender=Gender.FEMALE,
        ethnicity="Kinh",
        position="Bí thư chi bộ",
        education="Thạc sĩ",
        theory_level="Cao cấp",
    ),
    MemberData(
        full_name="Phạm Đức Thắng",
        status=MemberStatus.FULL,
        party_card_no="02.345678",
        birth_year=1988,
        gender=Gender.MALE,
        ethnicity="Tày",
        position="Phó Bí thư, Trưởng phòng",
        education="Đại học",
        theory_level="Trung cấp",
        temporary_out=True,
        note="Đi học tập trung",
    ),
    MemberData(
        full_name="Lê Văn Hưởng",
        status=MemberStatus.FULL,
        party_card_no="03.456789",
        birth_year=1961,
        gender=Gender.MALE,
        ethnicity="Mường",
        exempt=True,
        note="Miễn sinh hoạt từ năm 2021",
    ),
    MemberData(
        full_name="Vũ Thị Hồng Nhung",
        status=MemberStatus.PROBATIONARY,
        birth_year=2001,
        gender=Gender.FEMALE,
        ethnicity="Kinh",
        position="Chuyên viên",
        education="Đại học",
        theory_level="Sơ cấp",
        temporary_in=True,
    ),
]

# CP1258 keeps circumflex, breve and horn inside the letter (â, ă, ơ) but has no
# precomposed toned letters for most vowels: the tone follows as a combining mark.
_LETTER_MARKS = {"\u0302", "\u0306", "\u031b"}


def to_cp1258(text: str) -> bytes:
    """Encode the way Windows does: precomposed where CP1258 has it, else letter + tone."""
    out = bytearray()
    for char in text:
        try:
            out += char.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        decomposed = unicodedata.normalize("NFD", char)
        base, marks = decomposed[0], decomposed[1:]
        letter = unicodedata.normalize(
            "NFC", base + "".join(m for m in marks if m in _LETTER_MARKS)
        )
        out += (letter + "".join(m for m in marks if m not in _LETTER_MARKS)).encode("cp1258")
    return bytes(out)


def csv_text(rows: Sequence[Sequence[object]], delimiter: str = ",") -> str:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return out.getvalue()


def write_csv(
    path: Path, rows: Sequence[Sequence[object]], encoding: str = "utf-8", delimiter: str = ","
) -> Path:
    text = csv_text(rows, delimiter)
    path.write_bytes(to_cp1258(text) if encoding == "cp1258" else text.encode(encoding))
    return path


def write_xlsx(path: Path, rows: Sequence[Sequence[object]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    for line in rows:
        sheet.append(list(line))
    book.save(path)
    return path


def xlsx_rows() -> list[list[object]]:
    """The sample as Excel holds it: numbers as numbers."""
    header: list[object] = list(HEADERS)
    return [header, *([int(r[0]), r[1], int(r[2]), *r[3:]] for r in ROWS)]


def problems_of(path: Path, *, allow_partial: bool = False) -> list[tuple[int, str, str]]:
    with pytest.raises(ImportRejected) as caught:
        import_members(path, allow_partial=allow_partial)
    return [(p.row, p.column, p.code) for p in caught.value.problems]


def table(headers: list[str], *rows: list[str]) -> RosterTable:
    return RosterTable("test.csv", headers, list(rows), header_row=1, encoding="utf-8")


# --- good files ---------------------------------------------------------------------


def test_good_xlsx(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "ds.xlsx", xlsx_rows())
    assert import_members(path) == EXPECTED
    read = read_table(path)
    assert (read.header_row, read.encoding, read.headers) == (1, None, HEADERS)


@pytest.mark.parametrize(
    ("encoding", "reported"),
    [("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("cp1258", "cp1258")],
)
def test_good_csv_in_each_encoding_gives_the_same_members(
    tmp_path: Path, encoding: str, reported: str
) -> None:
    path = write_csv(tmp_path / "ds.csv", [HEADERS, *ROWS], encoding)
    assert import_members(path) == EXPECTED
    assert read_table(path).encoding == reported


def test_cp1258_sample_is_realistic() -> None:
    with pytest.raises(UnicodeEncodeError):
        "ễ".encode("cp1258")  # no precomposed letter: the file must carry ê + tilde
    assert to_cp1258("Nguyễn") == b"Nguy\xea\xden"
    encoded = to_cp1258(csv_text([HEADERS, *ROWS]))
    with pytest.raises(UnicodeDecodeError):
        encoded.decode("utf-8")
    decoded = encoded.decode("cp1258")
    assert decoded != unicodedata.normalize("NFC", decoded)  # combining tones to compose


def test_explicit_encoding_overrides_detection(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "ds.csv", [HEADERS, *ROWS], "cp1258")
    assert read_table(path, encoding="cp1258").encoding == "cp1258"
    bom = write_csv(tmp_path / "bom.csv", [HEADERS, *ROWS], "utf-8-sig")
    assert import_members(bom, encoding="utf-8") == EXPECTED  # a stray BOM is dropped
    with pytest.raises(ImportRejected) as caught:
        read_table(path, encoding="utf-8")
    assert caught.value.problems[0].code == "unreadable"


@pytest.mark.parametrize("delimiter", [";", "\t"])
def test_csv_delimiter_is_sniffed(tmp_path: Path, delimiter: str) -> None:
    path = write_csv(tmp_path / "ds.csv", [HEADERS, *ROWS], "utf-8-sig", delimiter)
    assert import_members(path) == EXPECTED


def test_excel_unicode_text_is_utf16_with_tabs(tmp_path: Path) -> None:
    path = tmp_path / "ds.txt"
    path.write_bytes(csv_text([HEADERS, *ROWS], "\t").encode("utf-16"))
    assert import_members(path) == EXPECTED


def test_header_below_title_rows_keeps_file_row_numbers(tmp_path: Path) -> None:
    title = [["DANH SÁCH ĐẢNG VIÊN CHI BỘ"], ["(Kèm theo báo cáo số 12-BC/CB)"], []]
    path = write_xlsx(tmp_path / "ds.xlsx", [*title, *xlsx_rows()])
    read = read_table(path)
    assert read.header_row == 4
    assert [read.row_number(i) for i in range(len(read.rows))] == [5, 6, 7, 8]
    assert import_members(path) == EXPECTED


def test_header_below_title_rows_in_csv(tmp_path: Path) -> None:
    bad = [*ROWS[0][:2], "1850", *ROWS[0][3:]]
    rows = [["ĐẢNG BỘ PHƯỜNG X"], ["CHI BỘ KHU PHỐ 3"], HEADERS, ROWS[1], [], [], bad]
    path = write_csv(tmp_path / "ds.csv", rows)
    assert read_table(path).header_row == 3
    assert problems_of(path) == [(7, "Năm sinh", "invalid")]


def test_column_number_row_under_the_header_is_not_a_member(tmp_path: Path) -> None:
    numbers = [f"({n})" for n in range(1, len(HEADERS) + 1)]
    path = write_xlsx(tmp_path / "ds.xlsx", [HEADERS, numbers, *xlsx_rows()[1:]])
    assert import_members(path) == EXPECTED


def test_blank_rows_are_skipped_but_counted(tmp_path: Path) -> None:
    rows = [HEADERS, ROWS[0], [], ["", "", ""], ROWS[1], ["5"]]  # "5": a pre-numbered blank
    result = parse_rows(read_table(write_csv(tmp_path / "ds.csv", rows)), guess_mapping(HEADERS))
    assert result.members == EXPECTED[:2]
    assert result.row_numbers == [2, 5]
    assert result.problems == []


def test_split_name_columns_are_joined(tmp_path: Path) -> None:
    rows = [
        ["STT", "Họ và tên đệm", "Tên", "Năm sinh", "Chính thức/Dự bị"],
        ["1", "Nguyễn Thị Ngọc", "Ánh", "1979", "CT"],
        ["2", "Phạm  Đức", " Thắng ", "1988", "DB"],
    ]
    members = import_members(write_csv(tmp_path / "ds.csv", rows))
    assert [(m.full_name, m.status) for m in members] == [
        ("Nguyễn Thị Ngọc Ánh", MemberStatus.FULL),
        ("Phạm Đức Thắng", MemberStatus.PROBATIONARY),
    ]


def test_family_middle_and_given_in_three_columns(tmp_path: Path) -> None:
    rows = [["Họ", "Tên đệm", "Tên", "Loại đảng viên"], ["Lê", "Văn", "Hưởng", "Chính thức"]]
    members = import_members(write_xlsx(tmp_path / "ds.xlsx", rows))
    assert [m.full_name for m in members] == ["Lê Văn Hưởng"]


def test_split_name_without_given_name_is_missing(tmp_path: Path) -> None:
    rows = [["Họ đệm", "Tên", "Chính thức/Dự bị"], ["Nguyễn Văn", "", "CT"]]
    assert problems_of(write_csv(tmp_path / "ds.csv", rows)) == [(2, "Tên", "missing")]


def test_name_keeps_case_and_collapses_spaces() -> None:
    result = parse_rows(
        table(["Họ và tên", "Chính thức/Dự bị"], ["  TRẦN   văn\tAn ", "CT"]),
        {0: Field.FULL_NAME, 1: Field.STATUS},
    )
    assert [m.full_name for m in result.members] == ["TRẦN văn An"]


def test_xlsx_cells_of_every_type(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Họ và tên", "Ngày sinh", "Số thẻ", "Chính thức/Dự bị", "Đình chỉ", "MSH"],
        ["Đỗ Minh Tâm", datetime(1985, 3, 12), 12345678, "CT", True, 0],
        ["Bùi Thu Hà", 1990.0, 12345679.0, "DB", False, 1],
    ]
    members = import_members(write_xlsx(tmp_path / "ds.xlsx", rows))
    assert [(m.birth_year, m.party_card_no, m.suspended, m.exempt) for m in members] == [
        (1985, "12345678", True, False),
        (1990, "12345679", False, True),
    ]


# --- headers ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("Họ và tên", Field.FULL_NAME),
        ("HỌ VÀ TÊN", Field.FULL_NAME),
        ("Ho va ten", Field.FULL_NAME),
        ("Họ tên", Field.FULL_NAME),
        ("Full name", Field.FULL_NAME),
        ("Họ và tên (*)", Field.FULL_NAME),
        ("Số thẻ\nđảng viên", Field.PARTY_CARD_NO),  # wrapped in an Excel cell
        ("Họ và tên đệm", Field.FAMILY_MIDDLE),
        ("Họ đệm", Field.FAMILY_MIDDLE),
        ("Tên", Field.GIVEN_NAME),
        ("Năm sinh", Field.BIRTH_YEAR),
        ("Ngày sinh", Field.BIRTH_YEAR),
        ("Giới tính", Field.GENDER),
        ("Dân tộc", Field.ETHNICITY),
        ("Chức vụ", Field.POSITION),
        ("Chính thức/Dự bị", Field.STATUS),
        ("Chính thức / Dự bị", Field.STATUS),
        ("Loại đảng viên", Field.STATUS),
        ("ĐV chính thức", Field.STATUS),
        ("Số thẻ đảng viên", Field.PARTY_CARD_NO),
        ("Số thẻ ĐV", Field.PARTY_CARD_NO),
        ("so the", Field.PARTY_CARD_NO),
        ("Trình độ chuyên môn", Field.EDUCATION),
        ("Học vấn", Field.EDUCATION),
        ("Lý luận chính trị", Field.THEORY_LEVEL),
        ("Trình độ LLCT", Field.THEORY_LEVEL),
        ("Miễn sinh hoạt", Field.EXEMPT),
        ("MSH", Field.EXEMPT),
        ("Sinh hoạt tạm thời đến", Field.TEMPORARY_IN),
        ("Sinh hoạt tạm thời đi", Field.TEMPORARY_OUT),
        ("Đình chỉ", Field.SUSPENDED),
        ("Ghi chú", Field.NOTE),
        ("party_card_no", Field.PARTY_CARD_NO),
    ],
)
def test_header_is_recognised(header: str, expected: Field) -> None:
    assert guess_mapping(["STT", header]) == {1: expected}


def test_unknown_headers_are_ignored_and_the_first_column_wins() -> None:
    headers = ["STT", "Họ và tên", "Quê quán", "Năm sinh", "Ngày sinh", ""]
    assert guess_mapping(headers) == {1: Field.FULL_NAME, 3: Field.BIRTH_YEAR}


def test_no_two_fields_share_a_header() -> None:
    owners: dict[str, set[Field]] = {fold(f.value): {f} for f in Field}
    for known, synonyms in HEADER_SYNONYMS.items():
        for synonym in synonyms:
            owners.setdefault(fold(synonym), set()).add(known)
    assert {header: fields for header, fields in owners.items() if len(fields) > 1} == {}


# --- values -------------------------------------------------------------------------

STATUS_AND_NAME = ["Họ và tên", "Chính thức/Dự bị"]


def parse_one(header: str, value: str) -> tuple[MemberData | None, list[str]]:
    headers = [*STATUS_AND_NAME, header]
    result = parse_rows(table(headers, ["Đinh Văn Sơn", "CT", value]), guess_mapping(headers))
    return (result.members[0] if result.members else None), [p.code for p in result.problems]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Chính thức", MemberStatus.FULL),
        ("CT", MemberStatus.FULL),
        ("chinh thuc", MemberStatus.FULL),
        ("full", MemberStatus.FULL),
        ("Dự bị", MemberStatus.PROBATIONARY),
        ("DB", MemberStatus.PROBATIONARY),
        ("du bi", MemberStatus.PROBATIONARY),
        ("ĐẢNG VIÊN DỰ BỊ", MemberStatus.PROBATIONARY),
    ],
)
def test_status_spellings(value: str, expected: MemberStatus) -> None:
    result = parse_rows(
        table(STATUS_AND_NAME, ["Đinh Văn Sơn", value]), {0: Field.FULL_NAME, 1: Field.STATUS}
    )
    assert [m.status for m in result.members] == [expected]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Nam", Gender.MALE),
        ("M", Gender.MALE),
        ("Nữ", Gender.FEMALE),
        ("nu", Gender.FEMALE),
        ("F", Gender.FEMALE),
        ("", None),
    ],
)
def test_gender_spellings(value: str, expected: Gender | None) -> None:
    member, codes = parse_one("Giới tính", value)
    assert codes == []
    assert member is not None and member.gender == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        *[(mark, True) for mark in ("x", "X", "có", "co", "1", "yes", "true", "✓")],
        *[(mark, False) for mark in ("", "không", "0")],
    ],
)
def test_flag_spellings(value: str, expected: bool) -> None:
    member, codes = parse_one("Đình chỉ", value)
    assert codes == []
    assert member is not None and member.suspended is expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        *[(text, 1985) for text in ("1985", "12/03/1985", "1-3-1985", "1985-03-12", "03/1985")],
        ("1900", 1900),
        (str(date.today().year), date.today().year),
    ],
)
def test_birth_year_spellings(value: str, expected: int) -> None:
    member, codes = parse_one("Năm sinh", value)
    assert codes == []
    assert member is not None and member.birth_year == expected


@pytest.mark.parametrize(
    ("header", "value"),
    [
        ("Năm sinh", "1899"),
        ("Năm sinh", str(date.today().year + 1)),
        ("Năm sinh", "85"),
        ("Ngày sinh", "31/02/1980"),
        ("Năm sinh", "khoảng 1980"),
        ("Giới tính", "Khác"),
        ("Miễn sinh hoạt", "có lẽ"),
        ("Đình chỉ", "2"),
    ],
)
def test_bad_values_are_invalid(header: str, value: str) -> None:
    member, codes = parse_one(header, value)
    assert (member, codes) == (None, ["invalid"])


# --- rejected files -----------------------------------------------------------------


def test_bad_rows_are_each_listed_and_nothing_is_imported(tmp_path: Path) -> None:
    name, status = "Họ và tên", "Chính thức/Dự bị"
    rows = [
        HEADERS,
        ROWS[0],  # row 2: good
        row({"Năm sinh": "1980", status: "x"}),
        row({name: "Trịnh Văn Bảo", "Năm sinh": "1850", "Giới tính": "Khác", status: "CT"}),
        row({name: "Lý Thị Cúc", "Miễn sinh hoạt": "hmm"}),
        row(
            {
                name: "Mai Văn Dũng",
                status: "DB",
                "Sinh hoạt tạm thời đến": "x",
                "Sinh hoạt tạm thời đi": "x",
            }
        ),
        row({name: "Ngô Thị Én", "Năm sinh": "31/02/1980", status: "CT"}),
    ]
    path = write_csv(tmp_path / "ds.csv", rows)
    assert problems_of(path) == [
        (3, "Họ và tên", "missing"),
        (3, "Chính thức/Dự bị", "invalid"),
        (4, "Năm sinh", "invalid"),
        (4, "Giới tính", "invalid"),
        (5, "Chính thức/Dự bị", "missing"),
        (5, "Miễn sinh hoạt", "invalid"),
        (6, "Sinh hoạt tạm thời đi", "conflict"),
        (7, "Năm sinh", "invalid"),
    ]
    partial = parse_rows(read_table(path), guess_mapping(HEADERS))
    assert (partial.members, partial.row_numbers) == ([EXPECTED[0]], [2])
    assert import_members(path, allow_partial=True) == [EXPECTED[0]]
    first = partial.problems[2]
    assert (first.value, first.detail) == ("1850", f"year outside 1900..{date.today().year}")


def test_duplicates_name_the_earlier_row(tmp_path: Path) -> None:
    status = "Chính thức/Dự bị"
    rows = [
        HEADERS,
        ROWS[0],  # row 2
        ROWS[1],  # row 3
        row({"Họ và tên": "Hà Văn Mạnh", "Số thẻ đảng viên": "01 234 567", status: "CT"}),
        row({"Họ và tên": "NGUYỄN THỊ NGỌC ÁNH", "Năm sinh": "1979", status: "CT"}),
        row({"Họ và tên": "Nguyễn Thị Ngọc Anh", "Năm sinh": "1979", status: "CT"}),  # not Ánh
        row({"Họ và tên": "Phạm Đức Thắng", "Năm sinh": "1989", status: "CT"}),  # other year
    ]
    result = parse_rows(read_table(write_csv(tmp_path / "ds.csv", rows)), guess_mapping(HEADERS))
    assert [(p.row, p.column, p.code, p.detail) for p in result.problems] == [
        (4, "Số thẻ đảng viên", "duplicate", "same party card number as row 2"),
        (5, "Họ và tên", "duplicate", "same name and birth year as row 2"),
    ]
    assert result.row_numbers == [2, 3, 6, 7]


@pytest.mark.parametrize(
    ("name", "content"),
    [("empty.csv", b""), ("blank.csv", b"\r\n ,, \r\n\r\n"), ("bom.csv", b"\xef\xbb\xbf")],
)
def test_empty_text_file(tmp_path: Path, name: str, content: bytes) -> None:
    (tmp_path / name).write_bytes(content)
    assert problems_of(tmp_path / name) == [(0, "", "empty")]


def test_empty_workbook(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "empty.xlsx", [])
    assert problems_of(path) == [(0, "", "empty")]


@pytest.mark.parametrize("name", ["not-a-sheet.xlsx", "not-text.csv"])
def test_random_bytes_are_unreadable(tmp_path: Path, name: str) -> None:
    (tmp_path / name).write_bytes(bytes(range(256)) * 8)
    assert problems_of(tmp_path / name) == [(0, "", "unreadable")]


def test_missing_file_is_unreadable(tmp_path: Path) -> None:
    assert problems_of(tmp_path / "gone.xlsx") == [(0, "", "unreadable")]
    assert problems_of(tmp_path / "gone.csv") == [(0, "", "unreadable")]


@pytest.mark.parametrize("name", ["old.xls", "list.pdf", "noextension"])
def test_unsupported_format(tmp_path: Path, name: str) -> None:
    (tmp_path / name).write_bytes(b"whatever")
    assert problems_of(tmp_path / name) == [(0, "", "unsupported_format")]


def test_no_header_line(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "ds.csv", [["a", "b", "c"], ["Nguyễn Văn A", "1980", "CT"]])
    assert problems_of(path) == [(0, "", "no_header")]


def test_no_name_column(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "ds.csv", [["STT", "Năm sinh", "Giới tính"], ["1", "1980", "Nam"]])
    assert problems_of(path) == [(0, "", "no_name_column")]
    assert problems_of(path, allow_partial=True) == [(0, "", "no_name_column")]


def test_explicit_mapping_replaces_the_guess(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "ds.csv", [["Thứ tự", "Đồng chí", "Ghi chú"], ["1", "Lê Hoa", ""]])
    members = import_members(path, mapping={1: Field.FULL_NAME})
    assert [m.full_name for m in members] == ["Lê Hoa"]


def test_a_mapping_outside_the_table_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="outside"):
        parse_rows(table(["Họ và tên"], ["Lê Hoa"]), {3: Field.FULL_NAME})
    with pytest.raises(ValueError, match="two columns"):
        parse_rows(table(["A", "B"], ["x", "y"]), {0: Field.FULL_NAME, 1: Field.FULL_NAME})


# --- the template -------------------------------------------------------------------


def test_template_files_import_cleanly_and_agree() -> None:
    from_xlsx = import_members(RESOURCES / "roster-template.xlsx")
    from_csv = import_members(RESOURCES / "roster-template.csv")
    assert from_xlsx == from_csv
    assert [m.status for m in from_xlsx] == [MemberStatus.FULL, MemberStatus.PROBATIONARY]
    assert (RESOURCES / "roster-template.csv").read_bytes().startswith(b"\xef\xbb\xbf")


def test_template_headers_are_all_recognised() -> None:
    headers = read_table(RESOURCES / "roster-template.xlsx").headers
    mapping = guess_mapping(headers)
    assert [h for i, h in enumerate(headers) if i not in mapping] == ["STT"]
    assert set(mapping.values()) == set(Field) - {
        Field.FAMILY_MIDDLE,
        Field.FAMILY_NAME,
        Field.MIDDLE_NAME,
        Field.GIVEN_NAME,
        Field.JOIN_DATE,  # office lists: the template states the status instead
        Field.OFFICIAL_DATE,
    }
    markdown = (RESOURCES / "roster-template.md").read_text(encoding="utf-8")
    assert all(f"**{h}**" in markdown for h in headers)
