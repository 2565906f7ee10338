"""Opening a hostile file: refused with FileRefused naming the file, or opened
safely; never a crash, and a refused file is never modified."""

from __future__ import annotations

import contextlib
import gc
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from secretariat import demo
from secretariat import store as store_mod
from secretariat.errors import FileRefused, SecretariatError
from secretariat.file_checks import check_values
from secretariat.reports import catalog
from secretariat.services import attendance, congress, roster
from secretariat.verify import verify_journal


@pytest.fixture(scope="module")
def demo_bytes(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    path = tmp_path_factory.mktemp("demo") / "d.daihoi"
    with demo.create_demo(path):
        pass
    return path.read_bytes()


def _sql(path: Path, *statements: str) -> None:
    with sqlite3.connect(path) as conn:
        for statement in statements:
            conn.execute(statement)
    conn.close()


def _use(path: Path) -> None:
    """Open and do what the app does first; a refusal is fine, anything else is not."""
    with store_mod.open_store(path) as st:
        congress.get_info(st)
        roster.list_members(st)
        attendance.counters(st)
        for spec in catalog.available(st):
            catalog.check(st, spec.name)
        verify_journal(st)


def _opens_or_refuses(path: Path) -> str:
    try:
        _use(path)
    except FileRefused as exc:
        assert exc.path == str(path)
        return f"refused:{exc.code}"
    except SecretariatError as exc:
        return f"error:{exc.code}"
    return "opened"


HOSTILE: dict[str, Callable[[Path], None]] = {
    "extra tables and a view": lambda p: _sql(
        p,
        "CREATE TABLE evil (x BLOB)",
        "INSERT INTO evil VALUES (zeroblob(100000))",
        "CREATE VIEW member_view AS SELECT * FROM member",
    ),
    "huge text in a name": lambda p: _sql(
        p,
        "DROP TRIGGER IF EXISTS journal_no_update",
        "UPDATE member SET full_name = printf('%.*c', 2000000, 'A') WHERE id = "
        "(SELECT min(id) FROM member)",
    ),
    "wrong types in columns": lambda p: _sql(
        p,
        "UPDATE member SET birth_year = 'năm ngoái', status = 42 WHERE id = "
        "(SELECT min(id) FROM member)",
        "UPDATE congress SET term_start = x'00ff'",
    ),
    "a null where none belongs": lambda p: _sql(
        p, "UPDATE member SET gender = 'không rõ' WHERE id = (SELECT max(id) FROM member)"
    ),
    "an unknown schema revision (newer)": lambda p: _sql(
        p, "UPDATE alembic_version SET version_num = '9999'"
    ),
    "no schema version": lambda p: _sql(p, "DELETE FROM alembic_version"),
    "another program's database": lambda p: _sql(p, "PRAGMA application_id = 1234"),
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_a_tampered_database_is_refused_or_opened_safely(
    name: str, demo_bytes: bytes, tmp_path: Path
) -> None:
    path = tmp_path / "x.daihoi"
    path.write_bytes(demo_bytes)
    HOSTILE[name](path)
    before = path.read_bytes()
    outcome = _opens_or_refuses(path)
    if outcome.startswith("refused"):
        assert path.read_bytes() == before  # a refused file is not modified
    expected = {
        "an unknown schema revision (newer)": "refused:newer",
        "no schema version": "refused:corrupt",
        "another program's database": "refused:not_congress",
    }
    if name in expected:
        assert outcome == expected[name]


WRONG_VALUES: dict[str, tuple[tuple[str, ...], str]] = {
    # name: (SQL, the fault check_values names)
    "a text in a number column": (
        ("UPDATE member SET birth_year = 'năm ngoái' WHERE id = 2",),
        "member.birth_year: 'năm ngoái'",
    ),
    "a status not on the list": (
        ("UPDATE member SET status = 'khách' WHERE id = 3",),
        "member.status: 'khách'",
    ),
    "a blob in a text column": (
        ("UPDATE congress SET cell_name = x'00ff'",),
        "congress.cell_name: X'00FF'",
    ),
    "two faults in one row: the first column": (
        ("UPDATE member SET full_name = x'41', gender = 'x' WHERE id = 4",),
        "member.full_name: X'41'",
    ),
    "a column an older revision lacks is not read": (
        ("ALTER TABLE member DROP COLUMN note", "UPDATE member SET gender = 'x' WHERE id = 5"),
        "member.gender: 'x'",
    ),
}


@pytest.mark.parametrize("name", list(WRONG_VALUES))
def test_check_values_names_table_column_and_value(
    name: str, demo_bytes: bytes, tmp_path: Path
) -> None:
    """Each table is read once (issue #16), and the refusal still names the table,
    the column and the value found."""
    path = tmp_path / "v.daihoi"
    path.write_bytes(demo_bytes)
    statements, named = WRONG_VALUES[name]
    _sql(path, *statements)
    conn = sqlite3.connect(path)
    try:
        assert check_values(conn) == named
    finally:
        conn.close()


def test_check_values_finds_nothing_in_a_good_file(demo_bytes: bytes, tmp_path: Path) -> None:
    path = tmp_path / "g.daihoi"
    path.write_bytes(demo_bytes)
    conn = sqlite3.connect(path)
    try:
        assert check_values(conn) is None
    finally:
        conn.close()


@pytest.mark.parametrize("cut", [0, 99, 100, 4096, 0.5])
def test_a_truncated_file_is_refused(cut: float, demo_bytes: bytes, tmp_path: Path) -> None:
    path = tmp_path / "cut.daihoi"
    size = int(len(demo_bytes) * cut) if isinstance(cut, float) else cut
    path.write_bytes(demo_bytes[:size])
    with pytest.raises(FileRefused) as caught:
        store_mod.open_store(path)
    assert caught.value.code in ("not_sqlite", "corrupt")
    assert caught.value.path == str(path)
    assert path.stat().st_size == size


@pytest.mark.parametrize(
    "content",
    [b"", b"PK\x03\x04 a zip, not a congress", "Đại hội".encode() * 1000, bytes(range(256)) * 64],
)
def test_a_file_that_is_not_sqlite_is_refused(content: bytes, tmp_path: Path) -> None:
    path = tmp_path / "khong-phai.daihoi"
    path.write_bytes(content)
    with pytest.raises(FileRefused) as caught:
        store_mod.open_store(path)
    assert caught.value.code == "not_sqlite"
    assert path.read_bytes() == content


def test_a_damaged_page_is_refused(demo_bytes: bytes, tmp_path: Path) -> None:
    path = tmp_path / "hong.daihoi"
    damaged = bytearray(demo_bytes)
    page = int.from_bytes(damaged[16:18], "big")
    for offset in range(page * 2, page * 2 + 200):
        damaged[offset] ^= 0x5A
    path.write_bytes(bytes(damaged))
    outcome = _opens_or_refuses(path)
    assert outcome in ("refused:corrupt", "opened")
    assert path.read_bytes() == bytes(damaged)


def _handles(path: Path) -> list[str]:
    """This process's open file handles on ``path`` (Linux: /proc/self/fd)."""
    fds = Path("/proc/self/fd")
    found = []
    for fd in fds.iterdir():
        with contextlib.suppress(OSError):
            if Path(os.readlink(fd)) == path.resolve():
                found.append(fd.name)
    return found


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="reads /proc/self/fd")
def test_a_refused_file_is_let_go_at_once(demo_bytes: bytes, tmp_path: Path) -> None:
    """A connection to a file whose first page is damaged was closed only when Python's
    cycle collector came by: until then the file stayed open (on Windows it could not
    be renamed or deleted). With the collector held off, no handle is left."""
    path = tmp_path / "hong.daihoi"
    damaged = bytearray(demo_bytes)
    for offset in range(100, 4096):  # page 1 after its header: the schema's root
        damaged[offset] ^= 0x5A
    path.write_bytes(bytes(damaged))
    gc.disable()
    try:
        with pytest.raises(FileRefused) as caught:
            store_mod.open_store(path)
        assert caught.value.code == "corrupt"
        assert _handles(path) == []
    finally:
        gc.enable()


def test_a_plain_sqlite_database_is_not_a_congress(tmp_path: Path) -> None:
    path = tmp_path / "khac.daihoi"
    _sql(path, "CREATE TABLE member (id INTEGER PRIMARY KEY, full_name TEXT)")
    with pytest.raises(FileRefused) as caught:
        store_mod.open_store(path)
    assert caught.value.code == "not_congress"


def test_the_revisions_read_from_the_files_agree_with_alembic() -> None:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(store_mod._alembic_config())
    assert store_mod.head_revision() == script.get_current_head()
    assert store_mod.known_revisions() == {r.revision for r in script.walk_revisions()}
