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
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path

from secretariat.domain import Gender, MemberData, MemberStatus
from secretariat.errors import ImportRejected, RowProblem


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
}

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

HEADER_SEARCH_ROWS = 10
XLSX_SUFFIXES = frozenset({".xlsx", ".xlsm"})
TEXT_SUFFIXES = frozenset({".csv", ".tsv", ".txt"})
DELIMITERS = (",", ";", "\t")
FIRST_BIRTH_YEAR = 1900


@dataclass(frozen=True, slots=True)
class RosterTable:
    """The raw cells of a roster file, below its header line.

    Cells are stripped, NFC-normalised strings, every row as wide as ``headers``.
    Empty rows are left out; ``row_number(i)`` is still the row in the file.
    """

    path: str
    headers: list[str]
    rows: list[list[str]]
    header_row: int  # 1-based row of the header line in the file
    encoding: str | None  # the text encoding used (None for .xlsx)
    row_numbers: list[int] = field(default_factory=list)  # file row of each row

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


# --- text helpers -----------------------------------------------------------------


def fold(text: str) -> str:
    """Lower case, no diacritics, words of letters and digits: for comparisons only."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return " ".join(re.sub(r"[^0-9a-z]+", " ", plain).split())


def _clean(text: str) -> str:
    # CP1258 decodes to base letters plus combining tones; NFC makes them one letter.
    return unicodedata.normalize("NFC", text.replace("\ufeff", "")).strip()


def _collapse(text: str) -> str:
    return " ".join(text.split())


def _rejected(path: str | Path, code: str, detail: str) -> ImportRejected:
    return ImportRejected(str(path), [RowProblem(row=0, column="", code=code, detail=detail)])


# --- reading ----------------------------------------------------------------------

_RawRow = tuple[int, list[str]]  # (row in the file, cells without trailing empties)


def read_table(path: str | Path, encoding: str | None = None) -> RosterTable:
    """Read the first sheet of an .xlsx, or a .csv, into raw text cells."""
    file = Path(path)
    suffix = file.suffix.lower()
    if suffix in XLSX_SUFFIXES:
        return _build_table(str(path), _read_xlsx(file), None)
    if suffix in TEXT_SUFFIXES:
        text, used = _decode(file, encoding)
        return _build_table(str(path), _read_csv(file, text), used)
    raise _rejected(path, "unsupported_format", suffix or "no extension")


def _read_xlsx(path: Path) -> list[_RawRow]:
    import openpyxl  # here, not at the top: it weighs on the app's start

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl fails with zip, XML, key and value errors alike
        raise _rejected(path, "unreadable", f"{type(exc).__name__}: {exc}") from exc
    try:
        if not book.worksheets:
            return []
        rows = book.worksheets[0].iter_rows(values_only=True)
        return _non_empty(enumerate(([_cell_text(v) for v in row] for row in rows), start=1))
    except Exception as exc:  # a damaged sheet only fails while it is read
        raise _rejected(path, "unreadable", f"{type(exc).__name__}: {exc}") from exc
    finally:
        book.close()


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


def _read_csv(path: Path, text: str) -> list[_RawRow]:
    if "\x00" in text:
        raise _rejected(path, "unreadable", "binary content")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_sniff_delimiter(text))
    try:
        return _non_empty(enumerate(([_clean(c) for c in record] for record in reader), start=1))
    except csv.Error as exc:
        raise _rejected(path, "unreadable", str(exc)) from exc


def _sniff_delimiter(text: str) -> str:
    """The delimiter that splits most of the first lines into the same number of cells."""
    lines = [line for line in text.splitlines() if line.strip()][:20]
    return max(DELIMITERS, key=lambda delimiter: _delimiter_score(lines, delimiter))


def _delimiter_score(lines: list[str], delimiter: str) -> tuple[int, int]:
    widths = [len(record) for record in csv.reader(lines, delimiter=delimiter) if len(record) > 1]
    if not widths:
        return (0, 0)
    width, count = Counter(widths).most_common(1)[0]
    return (count, width)


def _non_empty(rows: Iterable[tuple[int, list[str]]]) -> list[_RawRow]:
    result: list[_RawRow] = []
    for number, cells in rows:
        while cells and not cells[-1]:
            cells.pop()
        if cells:
            result.append((number, cells))
    return result


def _build_table(path: str, raw: list[_RawRow], encoding: str | None) -> RosterTable:
    if not raw:
        raise _rejected(path, "empty", "no cells with text")
    index = _header_index(path, raw)
    header_row, headers = raw[index]
    body = _drop_column_numbers(raw[index + 1 :])
    return RosterTable(
        path=path,
        headers=headers,
        rows=[_fit(cells, len(headers)) for _, cells in body],
        header_row=header_row,
        encoding=encoding,
        row_numbers=[number for number, _ in body],
    )


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
    if not row.has(Field.STATUS):
        return MemberStatus.FULL
    text = row.value(Field.STATUS)
    status = STATUS_VALUES.get(fold(text))
    if status is None:
        code = "invalid" if text else "missing"
        problems.append(row.problem(Field.STATUS, code, "expected Chính thức or Dự bị"))
        return MemberStatus.FULL
    return status


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
        problems.append(row.problem(Field.TEMPORARY_OUT, "conflict", detail))


def _parse_member(row: _Row) -> tuple[MemberData, list[RowProblem]]:
    """The member as far as it can be read, and the problems of the row."""
    problems: list[RowProblem] = []
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
        exempt=_parse_flag(row, Field.EXEMPT, problems),
        temporary_in=_parse_flag(row, Field.TEMPORARY_IN, problems),
        temporary_out=_parse_flag(row, Field.TEMPORARY_OUT, problems),
        suspended=_parse_flag(row, Field.SUSPENDED, problems),
        note=row.value(Field.NOTE),
    )
    _check_conflicts(row, member, problems)
    return member, problems


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
    """Check every mapped cell; rows with no mapped value at all are skipped."""
    columns = _columns_by_field(table, mapping)
    seen = _Seen()
    result = ParseResult(members=[], problems=[], row_numbers=[])
    for index, cells in enumerate(table.rows):
        row = _Row(table.row_number(index), cells, table.headers, columns)
        if row.is_blank():
            continue
        member, problems = _parse_member(row)
        problems += seen.duplicates(row, member)
        if problems:
            result.problems.extend(problems)
        else:
            result.members.append(member)
            result.row_numbers.append(row.number)
    return result


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
