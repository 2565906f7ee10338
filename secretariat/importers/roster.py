"""Roster import: a list of members from .xlsx or .csv, parsed into ``MemberData``.

Three steps the UI can also take one by one: ``read_table`` turns the file into
raw text cells, ``guess_mapping`` recognises the Vietnamese column headers, and
``parse_rows`` checks every cell. ``import_members`` chains them and is all or
nothing by default: one bad cell rejects the file, and every problem is listed
with the row number and the header as the user sees them in the file.

Pure parsing: no database, no Qt.
"""

from __future__ import annotations

import codecs
import csv
import enum
import io
import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from secretariat.domain import (
    AttendanceState,
    CongressKind,
    Gender,
    MemberData,
    MemberRow,
    MemberStatus,
)
from secretariat.errors import ImportRejected, RowProblem, SecretariatError, ValidationError
from secretariat.importers.office import (
    Footer,
    RawRow,
    fold,
    heading,
    heading_status,
    note_flags,
    split_footer,
)
from secretariat.rules.majority import Voter, majority_base
from secretariat.services import roster as roster_service
from secretariat.text_entry import bad_character


class Field(enum.StrEnum):
    """A column the importer understands; the values match ``MemberData``."""

    FULL_NAME = "full_name"
    FAMILY_MIDDLE = "family_middle"  # "Họ và tên đệm": family and middle names together
    FAMILY_NAME = "family_name"
    MIDDLE_NAME = "middle_name"
    GIVEN_NAME = "given_name"
    STATUS = "status"
    PARTY_CARD_NO = "party_card_no"
    BIRTH_YEAR = "birth_year"
    GENDER = "gender"
    ETHNICITY = "ethnicity"
    POSITION = "position"
    EDUCATION = "education"
    THEORY_LEVEL = "theory_level"
    EXEMPT = "exempt"
    TEMPORARY_IN = "temporary_in"
    TEMPORARY_OUT = "temporary_out"
    SUSPENDED = "suspended"
    NOTE = "note"
    # Not stored: read to imply the status where the office's list does not state it.
    JOIN_DATE = "join_date"  # ngày vào Đảng (kết nạp)
    OFFICIAL_DATE = "official_date"  # ngày chính thức: blank means still probationary


# Split names are joined in this order when there is no full-name column.
SPLIT_NAME_FIELDS = (Field.FAMILY_MIDDLE, Field.FAMILY_NAME, Field.MIDDLE_NAME, Field.GIVEN_NAME)
NAME_FIELDS = (Field.FULL_NAME, *SPLIT_NAME_FIELDS)

# Headers as people type them. Matching ignores case, diacritics, punctuation and
# anything in parentheses, so "HỌ VÀ TÊN", "Ho va ten" and "Họ và tên (*)" all match.
# The code name of each field ("full_name") is recognised as well.
HEADER_SYNONYMS: dict[Field, tuple[str, ...]] = {
    Field.FULL_NAME: (
        "Họ và tên",
        "Họ tên",
        "Họ và tên đảng viên",
        "Họ tên đảng viên",
        "Họ và tên khai sinh",
        "Full name",
        "Name",
    ),
    Field.FAMILY_MIDDLE: ("Họ và tên đệm", "Họ tên đệm", "Họ đệm", "Họ và đệm", "Họ và chữ đệm"),
    Field.FAMILY_NAME: ("Họ", "Family name", "Surname", "Last name"),
    Field.MIDDLE_NAME: ("Tên đệm", "Chữ đệm", "Đệm", "Middle name"),
    Field.GIVEN_NAME: ("Tên", "Tên gọi", "Given name", "First name"),
    Field.STATUS: (
        "Chính thức/Dự bị",
        "Loại đảng viên",
        "ĐV chính thức",
        "ĐV chính thức/dự bị",
        "Đảng viên chính thức/dự bị",
        "CT/DB",
        "Status",
    ),
    Field.PARTY_CARD_NO: (
        "Số thẻ đảng viên",
        "Số thẻ ĐV",
        "Số thẻ",
        "Số thẻ Đảng",
        "Party card",
        "Party card no",
        "Card no",
    ),
    Field.BIRTH_YEAR: (
        "Năm sinh",
        "Ngày sinh",
        "Ngày tháng năm sinh",
        "Sinh năm",
        "Birth year",
        "Year of birth",
        "Date of birth",
    ),
    Field.GENDER: ("Giới tính", "Nam/Nữ", "Gender", "Sex"),
    Field.ETHNICITY: ("Dân tộc", "Ethnicity"),
    Field.POSITION: ("Chức vụ", "Chức danh", "Chức vụ đảng", "Chức vụ chính quyền", "Position"),
    Field.EDUCATION: (
        "Trình độ chuyên môn",
        "Chuyên môn",
        "Học vấn",
        "Trình độ học vấn",
        "Education",
    ),
    Field.THEORY_LEVEL: (
        "Lý luận chính trị",
        "Lí luận chính trị",
        "Trình độ lý luận chính trị",
        "Trình độ LLCT",
        "LLCT",
        "Theory level",
    ),
    Field.EXEMPT: (
        "Miễn sinh hoạt",
        "MSH",
        "Miễn công tác và sinh hoạt đảng",
        "Miễn công tác, sinh hoạt đảng",
        "Exempt",
    ),
    Field.TEMPORARY_IN: ("Sinh hoạt tạm thời đến", "SHTT đến", "Tạm thời đến", "Temporary in"),
    Field.TEMPORARY_OUT: ("Sinh hoạt tạm thời đi", "SHTT đi", "Tạm thời đi", "Temporary out"),
    Field.SUSPENDED: ("Đình chỉ", "Đình chỉ sinh hoạt", "Suspended"),
    Field.NOTE: ("Ghi chú", "Note", "Notes"),
    Field.JOIN_DATE: (
        "Ngày vào Đảng",
        "Ngày kết nạp",
        "Ngày kết nạp Đảng",
        "Ngày vào Đảng dự bị",
        "Ngày vào Đảng Ngày vào",
        "Ngày vào Đảng Kết nạp",
        "Ngày vào Đảng Dự bị",
        "Join date",
    ),
    Field.OFFICIAL_DATE: (
        "Ngày chính thức",
        "Ngày vào Đảng chính thức",
        "Ngày công nhận chính thức",
        "Ngày chuyển chính thức",
        "Ngày được công nhận đảng viên chính thức",
        "Ngày vào Đảng Chính thức",
        "Ngày vào Đảng Ngày chính thức",
        "Official date",
    ),
}
# Headers of columns that are deliberately not imported (row numbers): not "unmapped".
IGNORED_HEADERS = frozenset({"stt", "tt", "so tt", "so thu tu", "no"})  # folded

# Cell values, compared folded (no case, no diacritics).
STATUS_VALUES: dict[str, MemberStatus] = {
    "chinh thuc": MemberStatus.FULL,
    "ct": MemberStatus.FULL,
    "dang vien chinh thuc": MemberStatus.FULL,
    "dv chinh thuc": MemberStatus.FULL,
    "full": MemberStatus.FULL,
    "du bi": MemberStatus.PROBATIONARY,
    "db": MemberStatus.PROBATIONARY,
    "dang vien du bi": MemberStatus.PROBATIONARY,
    "dv du bi": MemberStatus.PROBATIONARY,
    "probationary": MemberStatus.PROBATIONARY,
}
GENDER_VALUES: dict[str, Gender] = {
    "nam": Gender.MALE,
    "nam gioi": Gender.MALE,
    "m": Gender.MALE,
    "male": Gender.MALE,
    "nu": Gender.FEMALE,
    "nu gioi": Gender.FEMALE,
    "f": Gender.FEMALE,
    "female": Gender.FEMALE,
}
FLAG_VALUES: dict[str, bool] = {
    "x": True,
    "co": True,
    "1": True,
    "yes": True,
    "y": True,
    "true": True,
    "khong": False,
    "0": False,
    "no": False,
    "n": False,
    "false": False,
}
# Marks that fold to nothing, so they are looked up as typed.
FLAG_MARKS: dict[str, bool] = {"✓": True, "✔": True, "☑": True, "-": False, "–": False}

HEADER_SEARCH_ROWS = 15
# Sensible sizes: the largest congress the program is measured on has 1,000 members.
MAX_MEMBERS = 3000
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_COLUMNS = 100
MAX_CELL = 1000  # characters in one cell (a note is at most 500 once stored)
MAX_LINE = 8000  # characters in one line of a CSV
XLSX_SUFFIXES = frozenset({".xlsx", ".xlsm"})
TEXT_SUFFIXES = frozenset({".csv", ".tsv", ".txt"})
DELIMITERS = (",", ";", "\t")
FIRST_BIRTH_YEAR = 1900


@dataclass(frozen=True, slots=True)
class RosterTable:
    """The raw cells of a roster file, below its header line(s) and above its footer.

    Cells are stripped, NFC-normalised strings, every row as wide as ``headers``.
    Empty rows are left out; ``row_number(i)`` is still the row in the file. A
    two-row header (a merged group such as "Ngày vào Đảng" over "Dự bị" and
    "Chính thức") is joined into one header per column. ``problems`` are those
    found while reading (a formula with no saved value, an over-long cell, a
    quote that swallowed lines); ``footer`` what the footer states.
    """

    path: str
    headers: list[str]
    rows: list[list[str]]
    header_row: int  # 1-based row of the (last) header line in the file
    encoding: str | None  # the text encoding used (None for .xlsx)
    row_numbers: list[int] = field(default_factory=list)  # file row of each row
    problems: list[RowProblem] = field(default_factory=list)
    footer: Footer | None = None

    def row_number(self, index: int) -> int:
        if self.row_numbers:
            return self.row_numbers[index]
        return self.header_row + 1 + index


@dataclass(frozen=True, slots=True)
class ParseResult:
    """Good rows become members; every bad cell becomes a problem."""

    members: list[MemberData]
    problems: list[RowProblem]
    row_numbers: list[int]  # file row of each member
    headings: list[tuple[int, str]] = field(default_factory=list)  # (row, text): not members


# --- text helpers -----------------------------------------------------------------


def _clean(text: str) -> str:
    # CP1258 decodes to base letters plus combining tones; NFC makes them one letter.
    return unicodedata.normalize("NFC", text.replace("\ufeff", "")).strip()


def _collapse(text: str) -> str:
    return " ".join(text.split())


def _rejected(path: str | Path, code: str, detail: str) -> ImportRejected:
    return ImportRejected(str(path), [RowProblem(row=0, column="", code=code, detail=detail)])


# --- reading ----------------------------------------------------------------------

_RawRow = RawRow


@dataclass(frozen=True, slots=True)
class _Issue:
    """A problem met while reading, before the header (and so the column names) is known."""

    row: int
    column: int  # 0-based; -1: the whole line
    code: str
    value: str = ""
    detail: str = ""


@dataclass(slots=True)
class _Raw:
    rows: list[_RawRow] = field(default_factory=list)
    issues: list[_Issue] = field(default_factory=list)


def read_table(path: str | Path, encoding: str | None = None) -> RosterTable:
    """Read the first sheet of an .xlsx, or a .csv, into raw text cells."""
    file = Path(path)
    suffix = file.suffix.lower()
    if suffix not in XLSX_SUFFIXES | TEXT_SUFFIXES:
        raise _rejected(path, "unsupported_format", suffix or "no extension")
    try:
        size = file.stat().st_size
    except OSError as exc:
        raise _rejected(path, "unreadable", str(exc)) from exc
    if size > MAX_FILE_BYTES:
        detail = f"file of {size // (1024 * 1024)} MB, more than {MAX_FILE_BYTES // (1024 * 1024)}"
        raise _rejected(path, "too_big", detail)
    if suffix in XLSX_SUFFIXES:
        return _build_table(str(path), _read_xlsx(file), None)
    text, used = _decode(file, encoding)
    return _build_table(str(path), _read_csv(file, text), used)


def _load_book(path: Path, data_only: bool) -> Any:
    import openpyxl  # here, not at the top: it weighs on the app's start

    try:
        return openpyxl.load_workbook(path, read_only=True, data_only=data_only)
    except Exception as exc:  # openpyxl fails with zip, XML, key and value errors alike
        raise _rejected(path, "unreadable", f"{type(exc).__name__}: {exc}") from exc


def _read_xlsx(path: Path) -> _Raw:
    """The saved values of the first sheet; a formula Excel never computed is a problem.

    The workbook is read twice: once for the values Excel saved, once for the
    formulas, because a formula saved without its value (a file written by a
    program, not by Excel) reads as an empty cell and would silently lose data.
    """
    values = _load_book(path, data_only=True)
    formulas = _load_book(path, data_only=False)
    raw = _Raw()
    try:
        if not values.worksheets:
            return raw
        value_rows = values.worksheets[0].iter_rows(values_only=True)
        formula_rows = formulas.worksheets[0].iter_rows(values_only=True)
        for number, (row, written) in enumerate(
            itertools.zip_longest(value_rows, formula_rows, fillvalue=()), start=1
        ):
            cells = [_cell_text(v) for v in row]
            for column, typed in enumerate(written):
                if isinstance(typed, str) and typed.startswith("="):
                    value = row[column] if column < len(row) else None
                    if value is None:
                        raw.issues.append(_Issue(number, column, "formula", typed[:60]))
                    elif isinstance(value, str) and value.startswith("#"):
                        raw.issues.append(_Issue(number, column, "formula_error", value))
            if _keep(raw, number, cells):
                break
    except SecretariatError:
        raise
    except Exception as exc:  # a damaged sheet only fails while it is read
        raise _rejected(path, "unreadable", f"{type(exc).__name__}: {exc}") from exc
    finally:
        values.close()
        formulas.close()
    return raw


def _keep(raw: _Raw, number: int, cells: list[str]) -> bool:
    """Add a non-empty row, checking its size; True once the file is too long to go on."""
    while cells and not cells[-1]:
        cells.pop()
    if not cells:
        return False
    if len(cells) > MAX_COLUMNS:
        raw.issues.append(_Issue(number, MAX_COLUMNS, "too_wide", "", f"{len(cells)} columns"))
        cells = cells[:MAX_COLUMNS]
    for column, cell in enumerate(cells):
        if len(cell) > MAX_CELL:
            raw.issues.append(_Issue(number, column, "too_long", cell[:40], f"{len(cell)}"))
            cells[column] = cell[:MAX_CELL]
    raw.rows.append((number, cells))
    # Room for the title, header and footer lines around the members.
    if len(raw.rows) > MAX_MEMBERS + HEADER_SEARCH_ROWS + 20:
        raw.issues.append(_Issue(number, -1, "too_many_rows", "", f"{MAX_MEMBERS}"))
        return True
    return False


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # 1985.0 is how Excel stores 1985
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat()
    if isinstance(value, date | time):
        return value.isoformat()
    return _clean(str(value))


def _decode(path: Path, encoding: str | None) -> tuple[str, str]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise _rejected(path, "unreadable", str(exc)) from exc
    candidates = _candidate_encodings(data, encoding)
    for name in candidates:
        try:
            text = data.decode(name)
        except (UnicodeDecodeError, LookupError):
            continue
        if name == "utf-8-sig" and not data.startswith(codecs.BOM_UTF8):
            name = "utf-8"
        return text, name
    raise _rejected(path, "unreadable", f"not text in {' or '.join(candidates)}")


def _candidate_encodings(data: bytes, encoding: str | None) -> list[str]:
    if encoding:
        return [encoding]
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return ["utf-16"]  # Excel's "Unicode text"
    # Strict UTF-8 rarely accepts CP1258 bytes by accident, so it goes first.
    return ["utf-8-sig", "cp1258"]


def _read_csv(path: Path, text: str) -> _Raw:
    """The records of a CSV, each numbered by the line it starts on.

    A quote mark opening a cell that is never closed makes the reader swallow
    the following lines into that one cell ("Đã nhập 3" from a 6-member file):
    a cell spanning lines that holds the delimiter is that, and is refused with
    the lines it swallowed. Over-long lines are refused before the reader sees them.
    """
    if "\x00" in text:
        raise _rejected(path, "unreadable", "binary content")
    raw = _Raw()
    for number, line in enumerate(re.split(r"\r\n|\r|\n", text), start=1):  # as csv counts
        if len(line) > MAX_LINE:
            raw.issues.append(_Issue(number, -1, "line_too_long", line[:40], f"{len(line)}"))
    if raw.issues:
        return raw
    delimiter = _sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    start = 1
    try:
        for record in reader:
            cells = [_clean(c) for c in record]
            for column, cell in enumerate(cells):
                if "\n" in cell or "\r" in cell:
                    if delimiter in cell:  # lines of the file swallowed by one quote
                        value = _collapse(cell)[:40]
                        detail = f"{start}-{reader.line_num}"
                        raw.issues.append(_Issue(start, column, "open_quote", value, detail))
                        cells[column] = ""
                    else:  # a line break typed inside a cell (Alt+Enter in Excel)
                        cells[column] = _collapse(cell)
            if _keep(raw, start, cells):
                break
            start = reader.line_num + 1
    except csv.Error:  # a quoted cell running to the end of the file, or past the field limit
        raw.issues.append(_Issue(start, -1, "open_quote", "", f"{start}-{reader.line_num}"))
    return raw


def _sniff_delimiter(text: str) -> str:
    """The delimiter that splits most of the first lines into the same number of cells."""
    lines = [line for line in text.splitlines() if line.strip()][:20]
    return max(DELIMITERS, key=lambda delimiter: _delimiter_score(lines, delimiter))


def _delimiter_score(lines: list[str], delimiter: str) -> tuple[int, int]:
    try:
        widths = [
            len(record) for record in csv.reader(lines, delimiter=delimiter) if len(record) > 1
        ]
    except csv.Error:
        return (0, 0)
    if not widths:
        return (0, 0)
    width, count = Counter(widths).most_common(1)[0]
    return (count, width)


def _build_table(path: str, raw: _Raw, encoding: str | None) -> RosterTable:
    if not raw.rows:
        if raw.issues:
            raise ImportRejected(path, [_problem(i, []) for i in raw.issues])
        raise _rejected(path, "empty", "no cells with text")
    index = _header_index(path, raw.rows)
    header_row, headers = raw.rows[index]
    headers, index = _join_sub_header(raw.rows, index, headers)
    header_row = raw.rows[index][0]
    body = _drop_column_numbers(raw.rows[index + 1 :])
    body, footer = split_footer(body)
    width = len(headers)
    if encoding is not None:  # a CSV line with more cells than headers was split wrong
        raw.issues += [
            _Issue(number, width, "extra_cells", cells[width][:40], f"{len(cells)}-{width}")
            for number, cells in body
            if any(cells[width:])
        ]
    end = footer.row if footer else None
    issues = [i for i in raw.issues if end is None or i.row < end or i.column == -1]
    issues.sort(key=lambda i: (i.row, i.column))
    return RosterTable(
        path=path,
        headers=headers,
        rows=[_fit(cells, width) for _, cells in body],
        header_row=header_row,
        encoding=encoding,
        row_numbers=[number for number, _ in body],
        problems=[_problem(i, headers) for i in issues],
        footer=footer,
    )


def _problem(issue: _Issue, headers: list[str]) -> RowProblem:
    if issue.column < 0:
        column = ""
    elif issue.column < len(headers) and headers[issue.column]:
        column = headers[issue.column]
    else:
        column = f"#{issue.column + 1}"
    return RowProblem(issue.row, column, issue.code, issue.value, issue.detail)


def _header_index(path: str, raw: list[_RawRow]) -> int:
    """The first line with a name header; failing that, with any known header."""
    candidates = raw[:HEADER_SEARCH_ROWS]
    for index, (_, cells) in enumerate(candidates):
        if any(_recognise(cell) in NAME_FIELDS for cell in cells):
            return index
    for index, (_, cells) in enumerate(candidates):
        if any(_recognise(cell) is not None for cell in cells):
            return index
    detail = f"no known column header in the first {len(candidates)} rows"
    raise _rejected(path, "no_header", detail)


def _join_sub_header(raw: list[_RawRow], index: int, headers: list[str]) -> tuple[list[str], int]:
    """Join a second header line (under merged cells) to the first, one header per column.

    Office lists often head a group of columns with one merged cell ("Ngày vào
    Đảng") and name the columns in the line below ("Dự bị", "Chính thức"), while
    the other headers ("Họ và tên") are merged down over both lines. The line
    below is a sub-header when it has no name in the name column and at least
    one of its cells, alone or under its group, is a known header.
    """
    if index + 1 >= len(raw) or raw[index + 1][0] != raw[index][0] + 1:
        return headers, index
    below = raw[index + 1][1]
    width = max(len(headers), len(below))
    top, sub = _fit(headers, width), _fit(below, width)
    name_columns = [c for c, h in enumerate(top) if _recognise(h) in NAME_FIELDS]
    if any(sub[c] for c in name_columns) or not any(sub):
        return headers, index
    joined: list[str] = []
    group = ""
    recognised = False
    for top_cell, sub_cell in zip(top, sub, strict=True):
        if top_cell:
            group = top_cell
        if not sub_cell:
            joined.append(top_cell)
            group = "" if top_cell else group
            continue
        together = f"{group} {sub_cell}".strip() if group else sub_cell
        if _recognise(together) is not None:
            joined.append(together)
            recognised = True
        elif _recognise(sub_cell) is not None:
            joined.append(sub_cell)
            recognised = True
        else:
            joined.append(together)
    if not recognised:
        return headers, index
    return joined, index + 1


def _drop_column_numbers(body: list[_RawRow]) -> list[_RawRow]:
    """Official forms number their columns "(1) (2) (3)…" under the header: not a member."""
    if not body:
        return body
    numbers = [cell.strip("()") for cell in body[0][1] if cell]
    if len(numbers) >= 3 and numbers == [str(n) for n in range(1, len(numbers) + 1)]:
        return body[1:]
    return body


def _fit(cells: list[str], width: int) -> list[str]:
    return (cells + [""] * width)[:width]


# --- mapping ----------------------------------------------------------------------


def _build_header_lookup() -> dict[str, Field]:
    lookup = {fold(f.value): f for f in Field}
    for known, synonyms in HEADER_SYNONYMS.items():
        lookup.update({fold(synonym): known for synonym in synonyms})
    return lookup


_HEADER_LOOKUP = _build_header_lookup()


def _recognise(header: str) -> Field | None:
    found = _HEADER_LOOKUP.get(fold(header))
    if found is None:
        found = _HEADER_LOOKUP.get(fold(re.sub(r"\(.*?\)", " ", header)))
    return found


def guess_mapping(headers: list[str]) -> dict[int, Field]:
    """Column index → field for the headers recognised; the first column wins a field."""
    mapping: dict[int, Field] = {}
    for index, header in enumerate(headers):
        known = _recognise(header)
        if known is not None and known not in mapping.values():
            mapping[index] = known
    return mapping


def _columns_by_field(table: RosterTable, mapping: Mapping[int, Field]) -> dict[Field, int]:
    columns: dict[Field, int] = {}
    for index, mapped in sorted(mapping.items()):
        if not 0 <= index < len(table.headers):
            raise ValueError(f"column {index} is outside the table")
        if mapped in columns:
            raise ValueError(f"{mapped} is mapped to two columns")
        columns[Field(mapped)] = index
    if not any(name in columns for name in NAME_FIELDS):
        raise _rejected(table.path, "no_name_column", "no column holds the members' names")
    return columns


# --- values -----------------------------------------------------------------------

_YEAR = re.compile(r"(\d{4})(?:\.0+)?")
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+)?")
_DAY_FIRST_DATE = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")
_MONTH_YEAR = re.compile(r"(\d{1,2})[/.-](\d{4})")


def _year_of(text: str) -> int | None:
    """The year of "1985", "12/03/1985" (day first), "03/1985" or "1985-03-12"."""
    if match := _YEAR.fullmatch(text):
        return int(match[1])
    if match := _ISO_DATE.fullmatch(text):
        return _valid_year(int(match[1]), int(match[2]), int(match[3]))
    if match := _DAY_FIRST_DATE.fullmatch(text):
        return _valid_year(int(match[3]), int(match[2]), int(match[1]))
    if match := _MONTH_YEAR.fullmatch(text):
        return _valid_year(int(match[2]), int(match[1]), 1)
    return None


def _valid_year(year: int, month: int, day: int) -> int | None:
    try:
        return date(year, month, day).year
    except ValueError:
        return None


def _date_of(text: str) -> date | None:
    """A date as offices write it: "12/03/2010" (day first), "2010-03-12", "03/2010", "2010"."""
    try:
        if match := _ISO_DATE.fullmatch(text):
            return date(int(match[1]), int(match[2]), int(match[3]))
        if match := _DAY_FIRST_DATE.fullmatch(text):
            return date(int(match[3]), int(match[2]), int(match[1]))
        if match := _MONTH_YEAR.fullmatch(text):
            return date(int(match[2]), int(match[1]), 1)
        if match := _YEAR.fullmatch(text):
            return date(int(match[1]), 1, 1)
    except ValueError:
        return None
    return None


def _flag_of(text: str) -> bool | None:
    if not text:
        return False
    if text in FLAG_MARKS:
        return FLAG_MARKS[text]
    return FLAG_VALUES.get(fold(text))


def _card_key(card: str) -> str:
    return re.sub(r"[\s./-]", "", card).casefold()


# --- rows -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Row:
    number: int
    cells: list[str]
    headers: list[str]
    columns: dict[Field, int]
    heading: MemberStatus | None = None  # the status a group heading above it states

    def has(self, wanted: Field) -> bool:
        return wanted in self.columns

    def value(self, wanted: Field) -> str:
        index = self.columns.get(wanted)
        return "" if index is None else self.cells[index]

    def problem(self, wanted: Field, code: str, detail: str) -> RowProblem:
        index = self.columns[wanted]
        column = self.headers[index] or f"#{index + 1}"
        return RowProblem(self.number, column, code, self.value(wanted), detail)

    def is_blank(self) -> bool:
        return not any(self.cells[index] for index in self.columns.values())


def _name_field(row: _Row) -> Field:
    """The column a name problem is reported on."""
    if row.has(Field.FULL_NAME):
        return Field.FULL_NAME
    if row.has(Field.GIVEN_NAME):
        return Field.GIVEN_NAME
    return next(name for name in SPLIT_NAME_FIELDS if row.has(name))


def _parse_name(row: _Row, problems: list[RowProblem]) -> str:
    where = _name_field(row)
    if where is Field.FULL_NAME:
        name = _collapse(row.value(Field.FULL_NAME))
    else:
        name = _collapse(" ".join(row.value(part) for part in SPLIT_NAME_FIELDS))
    if not name or not row.value(where):
        detail = "the given name is empty" if where is Field.GIVEN_NAME else "the name is empty"
        problems.append(row.problem(where, "missing", detail))
    elif any(c.isdigit() for c in name):
        problems.append(row.problem(where, "invalid", "a name has no digits"))
    return name


def _parse_status(row: _Row, problems: list[RowProblem]) -> MemberStatus:
    """The status column; failing it, implied by "Ngày chính thức" (blank: probationary)."""
    if not row.has(Field.STATUS):
        return _implied_status(row, problems)
    text = row.value(Field.STATUS)
    status = STATUS_VALUES.get(fold(text))
    if status is None:
        code = "invalid" if text else "missing"
        problems.append(row.problem(Field.STATUS, code, "expected Chính thức or Dự bị"))
        return MemberStatus.FULL
    official = row.value(Field.OFFICIAL_DATE)
    if status is MemberStatus.PROBATIONARY and official and _date_of(official) is not None:
        detail = "probationary, but a date of becoming a full member is given"
        problems.append(row.problem(Field.STATUS, "conflict", detail))
    return status


def _implied_status(row: _Row, problems: list[RowProblem]) -> MemberStatus:
    """An office list's convention: a full member has a "Ngày chính thức", a probationary
    member (Điều lệ Đảng Điều 5: twelve months before becoming full) has none yet."""
    if not row.has(Field.OFFICIAL_DATE):
        return row.heading or MemberStatus.FULL
    official = row.value(Field.OFFICIAL_DATE)
    if not official:
        return MemberStatus.PROBATIONARY
    when = _date_of(official)
    if when is None:
        problems.append(row.problem(Field.OFFICIAL_DATE, "invalid", "expected a date"))
        return MemberStatus.FULL
    if when > date.today():
        problems.append(row.problem(Field.OFFICIAL_DATE, "invalid", "a date in the future"))
    joined = _date_of(row.value(Field.JOIN_DATE)) if row.has(Field.JOIN_DATE) else None
    if joined is not None and joined > when:
        detail = "full member before joining the Party"
        problems.append(row.problem(Field.OFFICIAL_DATE, "conflict", detail))
    return MemberStatus.FULL


def _check_join_date(row: _Row, problems: list[RowProblem]) -> None:
    text = row.value(Field.JOIN_DATE)
    if not text:
        return
    when = _date_of(text)
    if when is None:
        problems.append(row.problem(Field.JOIN_DATE, "invalid", "expected a date"))
    elif when > date.today():
        problems.append(row.problem(Field.JOIN_DATE, "invalid", "a date in the future"))


def _parse_gender(row: _Row, problems: list[RowProblem]) -> Gender | None:
    text = row.value(Field.GENDER)
    gender = GENDER_VALUES.get(fold(text))
    if text and gender is None:
        problems.append(row.problem(Field.GENDER, "invalid", "expected Nam or Nữ"))
    return gender


def _parse_birth_year(row: _Row, problems: list[RowProblem]) -> int | None:
    text = row.value(Field.BIRTH_YEAR)
    if not text:
        return None
    year = _year_of(text)
    if year is None:
        problems.append(row.problem(Field.BIRTH_YEAR, "invalid", "expected a year or a date"))
    elif not FIRST_BIRTH_YEAR <= year <= date.today().year:
        detail = f"year outside {FIRST_BIRTH_YEAR}..{date.today().year}"
        problems.append(row.problem(Field.BIRTH_YEAR, "invalid", detail))
        return None
    return year


def _parse_flag(row: _Row, wanted: Field, problems: list[RowProblem]) -> bool:
    flag = _flag_of(row.value(wanted))
    if flag is None:
        problems.append(row.problem(wanted, "invalid", "expected x or empty"))
        return False
    return flag


def _check_conflicts(row: _Row, member: MemberData, problems: list[RowProblem]) -> None:
    if member.temporary_in and member.temporary_out:
        detail = "temporarily attached both to and from this cell"
        where = Field.TEMPORARY_OUT if row.has(Field.TEMPORARY_OUT) else Field.NOTE
        problems.append(row.problem(where, "conflict", detail))


def _parse_member(row: _Row) -> tuple[MemberData, list[RowProblem]]:
    """The member as far as it can be read, and the problems of the row."""
    problems: list[RowProblem] = []
    note = row.value(Field.NOTE)
    noted = note_flags(note)
    if noted.ambiguous:
        detail = "temporary attachment without đến (here) or đi (out)"
        problems.append(row.problem(Field.NOTE, "ambiguous", detail))
    _check_join_date(row, problems)
    member = MemberData(
        full_name=_parse_name(row, problems),
        status=_parse_status(row, problems),
        party_card_no=_collapse(row.value(Field.PARTY_CARD_NO)),
        birth_year=_parse_birth_year(row, problems),
        gender=_parse_gender(row, problems),
        ethnicity=_collapse(row.value(Field.ETHNICITY)),
        position=_collapse(row.value(Field.POSITION)),
        education=_collapse(row.value(Field.EDUCATION)),
        theory_level=_collapse(row.value(Field.THEORY_LEVEL)),
        exempt=_parse_flag(row, Field.EXEMPT, problems) or noted.exempt,
        temporary_in=_parse_flag(row, Field.TEMPORARY_IN, problems) or noted.temporary_in,
        temporary_out=_parse_flag(row, Field.TEMPORARY_OUT, problems) or noted.temporary_out,
        suspended=_parse_flag(row, Field.SUSPENDED, problems) or noted.suspended,
        note=note,
    )
    _check_conflicts(row, member, problems)
    _check_characters(row, problems)
    return member, problems


def _check_characters(row: _Row, problems: list[RowProblem]) -> None:
    """Invisible and control characters, reported with the row's other problems."""
    for wanted in row.columns:
        found = bad_character(row.value(wanted), multiline=True)
        if found is not None:
            problems.append(row.problem(wanted, "invalid", f"bad_character: {found}"))


@dataclass(slots=True)
class _Seen:
    """Who has been read so far, to flag a member listed twice."""

    cards: dict[str, int] = field(default_factory=dict)
    names: dict[tuple[str, int | None], int] = field(default_factory=dict)

    def duplicates(self, row: _Row, member: MemberData) -> list[RowProblem]:
        problems: list[RowProblem] = []
        card = _card_key(member.party_card_no)
        if card:
            if card in self.cards:
                detail = f"same party card number as row {self.cards[card]}"
                problems.append(row.problem(Field.PARTY_CARD_NO, "duplicate", detail))
            self.cards.setdefault(card, row.number)
        # Diacritics tell names apart (Hà, Hạ), so only case and spacing are folded.
        year_known = member.birth_year is not None or not row.value(Field.BIRTH_YEAR)
        if member.full_name and year_known:
            key = (member.full_name.casefold(), member.birth_year)
            if key in self.names:
                detail = f"same name and birth year as row {self.names[key]}"
                problems.append(row.problem(_name_field(row), "duplicate", detail))
            self.names.setdefault(key, row.number)
        return problems


def parse_rows(table: RosterTable, mapping: Mapping[int, Field]) -> ParseResult:
    """Check every mapped cell; rows with no mapped value at all are skipped.

    Every problem of the file is listed at once: those met while reading, every
    bad cell of every row, duplicates, and a footer whose totals disagree.
    """
    columns = _columns_by_field(table, mapping)
    seen = _Seen()
    result = ParseResult(members=[], problems=list(table.problems), row_numbers=[])
    parsed: list[MemberData] = []
    group_status: MemberStatus | None = None
    for index, cells in enumerate(table.rows):
        if (text := heading(cells)) is not None:
            result.headings.append((table.row_number(index), text))
            group_status = heading_status(text)
            continue
        row = _Row(table.row_number(index), cells, table.headers, columns, group_status)
        if row.is_blank():
            continue
        member, problems = _parse_member(row)
        parsed.append(member)
        problems += seen.duplicates(row, member)
        problems.sort(key=lambda p: _position(table.headers, p.column))  # as the file reads
        if problems:
            result.problems.extend(problems)
        else:
            result.members.append(member)
            result.row_numbers.append(row.number)
    result.problems.extend(_whole_file_problems(table, columns, parsed))
    result.problems.sort(key=lambda p: p.row)  # top to bottom, as the file reads
    return result


def _position(headers: list[str], column: str) -> int:
    return headers.index(column) if column in headers else len(headers)


def _whole_file_problems(
    table: RosterTable, columns: dict[Field, int], members: list[MemberData]
) -> list[RowProblem]:
    problems: list[RowProblem] = []
    if len(members) > MAX_MEMBERS:
        number = table.row_number(MAX_MEMBERS) if len(table.rows) > MAX_MEMBERS else 0
        problems.append(RowProblem(number, "", "too_many_rows", "", str(MAX_MEMBERS)))
    official = columns.get(Field.OFFICIAL_DATE)
    implied = official is not None and Field.STATUS not in columns and bool(members)
    if implied and official is not None and not any(cells[official] for cells in table.rows):
        # An office that left the column blank did not mean "all probationary".
        header = table.headers[official] or f"#{official + 1}"
        detail = "empty in every row: the statuses cannot be told"
        problems.append(RowProblem(table.header_row, header, "no_status", "", detail))
    footer = table.footer
    if footer is not None:
        probationary = sum(m.status is MemberStatus.PROBATIONARY for m in members)
        stated = (
            (footer.total, len(members), "total"),
            (footer.full, len(members) - probationary, "full"),
            (footer.probationary, probationary, "probationary"),
        )
        for said, found, what in stated:
            if said is not None and said != found:
                detail = f"the footer says {said} {what}, the list holds {found}"
                problems.append(RowProblem(footer.row, "", "footer_mismatch", footer.text, detail))
    return problems


def column_name(table: RosterTable, mapping: Mapping[int, Field], name: str) -> str:
    """The header of the column that fills ``name`` (a ``MemberData`` field), or ""."""
    columns = {field.value: index for index, field in mapping.items()}
    if name == "full_name" and name not in columns:
        name = next(
            (f for f in ("given_name", "family_middle", "family_name") if f in columns), name
        )
    index = columns.get(name)
    return "" if index is None else table.headers[index] or f"#{index + 1}"


def unmapped_columns(table: RosterTable, mapping: Mapping[int, Field]) -> list[str]:
    """Headers of the columns that will not be imported (row numbers aside)."""
    return [
        header or f"#{index + 1}"
        for index, header in enumerate(table.headers)
        if index not in mapping
        and (header or any(r[index] for r in table.rows))
        and fold(header) not in IGNORED_HEADERS
    ]


@dataclass(frozen=True, slots=True)
class RosterSummary:
    """What the roster will give, shown before anything is written."""

    members: int
    full: int
    probationary: int
    exempt: int
    temporary_in: int
    temporary_out: int
    suspended: int
    base_all_present: int  # the majority base if every member summoned attends
    base_exempt_absent: int  # … and if the exempt members do not come


def summarise(
    members: Iterable[MemberData], kind: CongressKind = CongressKind.MEMBERS
) -> RosterSummary:
    """Counts by status, and the expected majority base (190-QĐ/TW Điều 30 khoản 2)."""
    listed = list(members)

    def base(exempt_attend: bool) -> int:
        voters = [
            Voter(
                status=m.status,
                attendance=(
                    AttendanceState.UNMARKED
                    if m.exempt and not exempt_attend
                    else AttendanceState.PRESENT
                ),
                exempt=m.exempt,
                temporary_in=m.temporary_in and not m.temporary_out,
                temporary_out=m.temporary_out and not m.temporary_in,
                suspended=m.suspended,
            )
            for m in listed
        ]
        return majority_base(voters, kind).majority_base

    return RosterSummary(
        members=len(listed),
        full=sum(m.status is MemberStatus.FULL for m in listed),
        probationary=sum(m.status is MemberStatus.PROBATIONARY for m in listed),
        exempt=sum(m.exempt for m in listed),
        temporary_in=sum(m.temporary_in for m in listed),
        temporary_out=sum(m.temporary_out for m in listed),
        suspended=sum(m.suspended for m in listed),
        base_all_present=base(True),
        base_exempt_absent=base(False),
    )


def import_members(
    path: str | Path,
    encoding: str | None = None,
    mapping: Mapping[int, Field] | None = None,
    allow_partial: bool = False,
) -> list[MemberData]:
    """Read, map and parse a roster. All or nothing unless ``allow_partial``."""
    table = read_table(path, encoding)
    result = parse_rows(table, guess_mapping(table.headers) if mapping is None else mapping)
    if result.problems and not allow_partial:
        raise ImportRejected(str(path), result.problems)
    return result.members


def check_import(
    existing: Sequence[MemberRow],
    table: RosterTable,
    mapping: Mapping[int, Field],
    result: ParseResult,
) -> ParseResult:
    """Add what the congress itself would refuse to the problems of a parsed roster.

    Each good row goes through ``clean_member`` (names normalised to NFC,
    invisible characters refused, lengths) and its party card number is checked
    against the members already in the congress, so that every problem of the
    file is reported at once, before anything is written, the same for the
    wizard and the command line.
    """
    by_card = {m.party_card_no: m for m in existing if m.party_card_no}
    problems = list(result.problems)
    members: list[MemberData] = []
    numbers: list[int] = []
    for member, number in zip(result.members, result.row_numbers, strict=True):
        try:
            cleaned = roster_service.clean_member(member)
        except ValidationError as error:
            column = column_name(table, mapping, error.field)
            value = str(getattr(member, error.field, ""))[:60]
            detail = f"{error.code}: {error.value}" if error.code == "bad_character" else error.code
            problems.append(RowProblem(number, column, "invalid", value, detail))
            continue
        other = by_card.get(cleaned.party_card_no) if cleaned.party_card_no else None
        if other is not None:
            detail = f"already the card of {other.full_name} in this congress"
            column = column_name(table, mapping, "party_card_no")
            problems.append(RowProblem(number, column, "duplicate", cleaned.party_card_no, detail))
            continue
        members.append(cleaned)
        numbers.append(number)
    problems.sort(key=lambda p: p.row)
    return ParseResult(members, problems, numbers, list(result.headings))
