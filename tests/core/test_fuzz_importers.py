"""Bad input to every importer: a clear refusal, never a crash, nothing half-written.

Hypothesis feeds the roster importer (.csv bytes and .xlsx workbooks), the JSON
archive (random JSON and mutations of a real archive) and the election case
JSON of the ``count`` command with random and damaged input.
"""

from __future__ import annotations

import io
import json
import tempfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from secretariat import archive, cli, demo
from secretariat.domain import MemberStatus
from secretariat.errors import ImportRejected, SecretariatError
from secretariat.importers.roster import import_members
from tests.core.cases import load_case_file

FUZZ = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
VIETNAMESE = "ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"
TEXT = st.text(
    alphabet=st.one_of(
        st.sampled_from(VIETNAMESE + VIETNAMESE.upper() + " ,;\"'\t\r\n\x00\x0b\ufeff"),
        st.characters(codec="utf-8"),  # no lone surrogates: no file can hold them
    ),
    max_size=40,
)
HEADERS = ["Họ và tên", "Năm sinh", "Giới tính", "Chính thức/Dự bị", "Số thẻ đảng viên", "Tên"]


def _roster(path: Path) -> None:
    try:
        members = import_members(path)
    except ImportRejected as exc:
        assert exc.problems, "a refusal names its problems"
        assert all(p.row >= 0 for p in exc.problems)
        return
    assert all(m.full_name.strip() for m in members)


@FUZZ
@given(data=st.binary(max_size=600))
def test_roster_csv_of_random_bytes(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "ds.csv"
        path.write_bytes(data)
        _roster(path)


@FUZZ
@given(
    header=st.lists(st.one_of(st.sampled_from(HEADERS), TEXT), min_size=1, max_size=6),
    rows=st.lists(st.lists(TEXT, max_size=7), max_size=8),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1258", "utf-16"]),
)
def test_roster_csv_of_random_cells(
    header: list[str], rows: list[list[str]], encoding: str
) -> None:
    out = io.StringIO()
    import csv

    writer = csv.writer(out)
    for row in [header, *rows]:
        writer.writerow(row)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "ds.csv"
        path.write_bytes(out.getvalue().encode(encoding, errors="replace"))
        _roster(path)


CELL = st.one_of(
    st.none(),
    TEXT,
    st.integers(min_value=-(10**12), max_value=10**12),
    st.floats(allow_nan=True, allow_infinity=False),
    st.booleans(),
    st.dates(),
    st.datetimes(),
)


@FUZZ
@given(
    header=st.lists(st.one_of(st.sampled_from(HEADERS), TEXT), min_size=1, max_size=6),
    rows=st.lists(st.lists(CELL, max_size=7), max_size=8),
)
def test_roster_xlsx_of_random_cells(header: list[str], rows: list[list[Any]]) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    for r, row in enumerate([header, *rows], start=1):
        for c, value in enumerate(row, start=1):
            if isinstance(value, str):
                value = ILLEGAL_CHARACTERS_RE.sub("", value)  # openpyxl cannot store them
            sheet.cell(row=r, column=c, value=value)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "ds.xlsx"
        book.save(path)
        _roster(path)


@FUZZ
@given(data=st.binary(max_size=400))
def test_roster_xlsx_of_random_bytes(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "ds.xlsx"
        path.write_bytes(b"PK\x03\x04" + data)
        with pytest.raises(ImportRejected):
            import_members(path)


# --- the JSON archive --------------------------------------------------------------------

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | TEXT,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(TEXT, inner, max_size=4),
    max_leaves=20,
)


@pytest.fixture(scope="module")
def real_archive() -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as folder, demo.create_demo(Path(folder) / "d.daihoi") as s:
        return archive.export_archive(s)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*prefix, index))
    return found


def _import(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        source, target = Path(folder) / "a.json", Path(folder) / "dh.daihoi"
        source.write_bytes(data)
        try:
            archive.import_archive(source, target).close()
        except SecretariatError:
            # Refused: nothing was written, not even a partial file.
            assert sorted(p.name for p in Path(folder).iterdir()) == ["a.json"]
            return
        assert target.is_file()


@FUZZ
@given(value=JSON)
def test_archive_of_random_json_is_refused_cleanly(value: Any) -> None:
    try:
        archive.parse_archive(value)
    except SecretariatError:
        return


@settings(max_examples=40, deadline=None)
@given(data=st.data(), replacement=JSON)
def test_archive_with_one_value_damaged(
    real_archive: dict[str, Any], data: st.DataObject, replacement: Any
) -> None:
    damaged = json.loads(json.dumps(real_archive))
    path = data.draw(st.sampled_from(_paths(damaged)[1:]))
    holder = damaged
    for key in path[:-1]:
        holder = holder[key]
    if data.draw(st.booleans()) and isinstance(holder, dict):
        del holder[path[-1]]
    else:
        holder[path[-1]] = replacement
    try:
        archive.parse_archive(damaged)
    except SecretariatError:
        return
    # Accepted by the checks: the import writes the whole file or nothing.
    _import(json.dumps(damaged, ensure_ascii=False).encode())


@settings(max_examples=25, deadline=None)
@given(data=st.binary(max_size=300))
def test_archive_file_of_random_bytes(data: bytes) -> None:
    _import(data)


# --- the election case of the count command ------------------------------------------


def _cases() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = load_case_file("elections.json")["cases"]  # type: ignore[assignment]
    return cases


@settings(max_examples=30, deadline=None, phases=[Phase.explicit, Phase.generate])
@given(data=st.data(), replacement=JSON)
def test_count_of_a_damaged_case_answers_or_refuses(data: st.DataObject, replacement: Any) -> None:
    case = json.loads(json.dumps(data.draw(st.sampled_from(_cases()))))
    case.pop("expected", None)
    path = data.draw(st.sampled_from(_paths(case)[1:]))
    holder = case
    for key in path[:-1]:
        holder = holder[key]
    holder[path[-1]] = replacement
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "case.json"
        source.write_text(json.dumps(case, ensure_ascii=False), "utf-8")
        code = cli.main(["count", str(source)])
    assert code in (0, 2)


@settings(max_examples=30, deadline=None)
@given(data=st.binary(max_size=200))
def test_count_of_random_bytes_refuses(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "case.json"
        source.write_bytes(data)
        assert cli.main(["count", str(source)]) in (0, 2)


# --- no member dropped, no status wrong (issue 17 §3) ------------------------------------

LETTERS = "ABCDEGHIKLMNOPQRSTUVXYĐÂÊÔƠƯ" + VIETNAMESE
NAME_WORD = st.text(alphabet=LETTERS, min_size=1, max_size=7)
# A hand-made note: quotes, commas, semicolons, tabs; no line break outside quotes.
NOTE = st.text(alphabet=st.sampled_from(VIETNAMESE + "abc xyz\"',;\t()/-.0123456789"), max_size=30)


def _raw_csv(names: list[str], notes: list[str]) -> str:
    """Lines joined by hand, as someone typing a CSV would: quotes are not escaped."""
    lines = ["Họ và tên,Năm sinh,Ghi chú"]
    lines += [
        f"{name},{1950 + n % 50},{note}"
        for n, (name, note) in enumerate(zip(names, notes, strict=True))
    ]
    return "\n".join(lines) + "\n"


@settings(max_examples=150, deadline=None)
@given(
    names=st.lists(
        st.lists(NAME_WORD, min_size=2, max_size=4).map(" ".join), min_size=1, max_size=12
    ),
    data=st.data(),
)
def test_a_csv_is_refused_or_gives_every_member_never_fewer(
    names: list[str], data: st.DataObject
) -> None:
    """The stray-quote bug: "Đã nhập 3 đảng viên" from a 6-member file must never recur."""
    notes = data.draw(st.lists(NOTE, min_size=len(names), max_size=len(names)))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "ds.csv"
        path.write_text(_raw_csv(names, notes), encoding="utf-8")
        try:
            members = import_members(path)
        except ImportRejected as exc:
            assert exc.problems and all(p.row >= 1 or p.code for p in exc.problems)
            return
    assert [m.full_name for m in members] == [" ".join(n.split()) for n in names]


CONVENTIONS = {
    "": {},
    "Miễn SH": {"exempt": True},
    "miễn sinh hoạt đảng": {"exempt": True},
    "chuyển SH tạm thời đi Chi bộ X": {"temporary_out": True},
    "Sinh hoạt tạm thời đi": {"temporary_out": True},
    "SHTT đến từ Chi bộ Y": {"temporary_in": True},
    "SHTT": {"ambiguous": True},
}


@settings(max_examples=60, deadline=None)
@given(
    people=st.lists(
        st.tuples(st.booleans(), st.sampled_from(sorted(CONVENTIONS))), min_size=1, max_size=15
    ),
    footer_off=st.sampled_from([0, 0, 0, 1, -1]),
    xlsx=st.booleans(),
)
def test_an_office_list_gives_the_right_statuses_or_a_clear_refusal(
    people: list[tuple[bool, str]], footer_off: int, xlsx: bool
) -> None:
    """Random office lists: probationary (no "Chính thức" date) or full, a note, a footer."""
    rows: list[list[Any]] = [
        ["ĐẢNG BỘ PHƯỜNG A"],
        ["CHI BỘ SỐ 1"],
        ["DANH SÁCH ĐẢNG VIÊN"],
        ["STT", "Họ và tên", "Ngày vào Đảng", "", "Ghi chú"],
        ["", "", "Dự bị", "Chính thức", ""],
    ]
    for n, (full, note) in enumerate(people, start=1):
        given_name = "".join(LETTERS[(n * 7 + k) % 26] for k in range(3)).title()
        official = f"02/03/{1990 + n}" if full else ""
        rows.append([n, f"Nguyễn Văn {given_name}", f"02/03/{1989 + n}", official, note])
    rows += [[f"Tổng số: {len(people) + footer_off} đồng chí"], ["", "Người lập biểu"]]
    with tempfile.TemporaryDirectory() as folder:
        if xlsx:
            book = openpyxl.Workbook()
            sheet = book.active
            assert sheet is not None
            for row in rows:
                sheet.append(row)
            path = Path(folder) / "ds.xlsx"
            book.save(path)
        else:
            path = Path(folder) / "ds.csv"
            out = io.StringIO()
            import csv

            csv.writer(out).writerows(rows)
            path.write_text(out.getvalue(), encoding="utf-8")
        ambiguous = any(CONVENTIONS[note].get("ambiguous") for _, note in people)
        try:
            members = import_members(path)
        except ImportRejected as exc:
            codes = {p.code for p in exc.problems}
            expected = ({"ambiguous"} if ambiguous else set()) | (
                {"footer_mismatch"} if footer_off else set()
            )
            if not any(full for full, _ in people):
                # No date at all: a blank column, not a cell of probationary members only.
                expected.add("no_status")
            assert codes == expected
            return
    assert not ambiguous and not footer_off and any(full for full, _ in people)
    assert len(members) == len(people)
    for member, (full, note) in zip(members, people, strict=True):
        assert (member.status is MemberStatus.FULL) == full
        flags = CONVENTIONS[note]
        assert member.exempt == flags.get("exempt", False)
        assert member.temporary_in == flags.get("temporary_in", False)
        assert member.temporary_out == flags.get("temporary_out", False)
