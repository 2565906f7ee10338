"""Tamper evidence: the journal's hash chain is verified and the first broken link found."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from secretariat import cli, demo
from secretariat import store as store_mod
from secretariat.errors import FileRefused
from secretariat.verify import journal_head, verify_journal


@pytest.fixture
def congress_file(tmp_path: Path) -> Path:
    path = tmp_path / "dh.daihoi"
    with demo.create_demo(path):
        pass
    return path


def _tamper(path: Path, sql: str, *params: object) -> None:
    # The file's triggers forbid UPDATE and DELETE on the journal: a forger drops them.
    with sqlite3.connect(path) as conn:
        conn.execute("DROP TRIGGER IF EXISTS journal_no_update")
        conn.execute("DROP TRIGGER IF EXISTS journal_no_delete")
        conn.execute(sql, params)
    conn.close()


def test_an_untouched_file_verifies_and_its_head_is_the_last_hash(congress_file: Path) -> None:
    report = verify_journal(congress_file)
    assert report.ok and report.first_broken is None
    with sqlite3.connect(congress_file) as conn:
        count, last = conn.execute(
            "SELECT count(*), (SELECT hash FROM journal ORDER BY id DESC LIMIT 1) FROM journal"
        ).fetchone()
    conn.close()
    assert report.entries == count > 10
    assert report.head == last
    with store_mod.open_store(congress_file) as st:
        assert journal_head(st) == last
        assert verify_journal(st).ok


def test_the_triggers_forbid_editing_the_journal(congress_file: Path) -> None:
    with sqlite3.connect(congress_file) as conn, pytest.raises(sqlite3.DatabaseError):
        conn.execute("UPDATE journal SET actor = 'x' WHERE id = 3")
    conn.close()


def test_a_changed_line_is_the_first_broken_link(congress_file: Path) -> None:
    _tamper(congress_file, "UPDATE journal SET after = replace(after, 'a', 'b') WHERE id = 7")
    report = verify_journal(congress_file)
    assert not report.ok
    assert report.first_broken == 7
    assert report.reason == "hash"


def test_a_removed_line_breaks_the_link_of_the_next(congress_file: Path) -> None:
    _tamper(congress_file, "DELETE FROM journal WHERE id = 5")
    report = verify_journal(congress_file)
    assert (report.ok, report.first_broken, report.reason) == (False, 6, "link")


def test_a_rehashed_line_still_breaks_the_chain_after_it(congress_file: Path) -> None:
    # A forger who recomputes the changed line's own hash breaks the next line's link.
    with sqlite3.connect(congress_file) as conn:
        row = conn.execute(
            "SELECT at, actor, action, entity, entity_id, before, after, prev_hash, images, state "
            "FROM journal WHERE id = 4"
        ).fetchone()
    conn.close()
    at, actor, action, entity, entity_id, before, _after, prev, images, state = row
    forged = store_mod.entry_hash(
        prev, at, actor, action, entity, entity_id, before, '{"x":1}', images, state
    )
    _tamper(congress_file, "UPDATE journal SET after = ?, hash = ? WHERE id = 4", '{"x":1}', forged)
    report = verify_journal(congress_file)
    assert (report.first_broken, report.reason) == (5, "link")


def test_cli_verify_prints_the_head_or_the_first_broken_link(
    congress_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["verify", str(congress_file)]) == 0
    head = verify_journal(congress_file).head
    assert head in capsys.readouterr().out
    _tamper(congress_file, "UPDATE journal SET actor = 'kẻ giả mạo' WHERE id = 9")
    assert cli.main(["verify", str(congress_file)]) == 1
    out = capsys.readouterr().out
    assert "NHẬT KÝ BỊ SỬA ĐỔI" in out and "dòng 9" in out


def test_verify_refuses_a_file_that_is_not_a_congress(tmp_path: Path) -> None:
    bogus = tmp_path / "x.daihoi"
    bogus.write_bytes(b"not a database at all" * 10)
    with pytest.raises(FileRefused) as caught:
        verify_journal(bogus)
    assert caught.value.code == "not_sqlite"
    assert cli.main(["verify", str(bogus)]) == 2


def test_store_and_verify_import_no_circle() -> None:
    """Issue #15 §5: verify imports store; store must not import verify back."""
    import ast

    import secretariat.store as store_module

    tree = ast.parse(Path(store_module.__file__).read_text(encoding="utf-8"))
    imported = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            imported.add(node.module)
            imported.update(f"{node.module}.{a.name}" for a in node.names)
        elif isinstance(node, ast.Import):
            imported.update(a.name for a in node.names)
    assert "secretariat.verify" not in imported
