"""Values that pass the opening's type checks but would crash a screen later are refused
at the door, named by table, row and column, and the same in ``import-archive``
(issue 17 §3, "Values"). A refused file is never modified."""

from __future__ import annotations

import contextlib
import io
import json
import shutil
import sqlite3
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from secretariat import archive, cli, demo, demo_end
from secretariat import store as store_mod
from secretariat.errors import FileRefused, ValidationError
from secretariat.services import roster
from secretariat.value_checks import first_bad_value

DEEP = "[" * 50_000 + "]" * 50_000


@pytest.fixture(scope="module")
def finished(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A congress run to its end: ballots, candidates, check-ins, rounds with totals."""
    path = tmp_path_factory.mktemp("end") / "end.daihoi"
    with demo.create_demo(path) as st:
        demo_end.run_to_end(st)
    return path


@pytest.fixture(scope="module")
def finished_archive(finished: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    with store_mod.open_store(finished) as st:
        out = archive.write_archive(st, tmp_path_factory.mktemp("a") / "end.json")
    data: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return data


def _first_ballot(conn: sqlite3.Connection) -> int:
    return int(
        conn.execute("SELECT min(id) FROM ballot WHERE chosen_json IS NOT NULL").fetchone()[0]
    )


EDITS: dict[str, tuple[str, str]] = {
    # name: (SQL, what the refusal names)
    "a ballot reading that is not JSON": (
        "UPDATE ballot SET chosen_json = '[1, 2' WHERE id = {ballot}",
        "ballot #{ballot} chosen_json: not JSON",
    ),
    "a ballot naming someone not on the list": (
        "UPDATE ballot SET chosen_json = '[1, 99999]' WHERE id = {ballot}",
        "ballot #{ballot} chosen_json: unknown candidate 99999",
    ),
    "a ballot reading nested 50,000 deep": (
        f"UPDATE ballot SET chosen_json = '{DEEP}' WHERE id = {{ballot}}",
        "ballot #{ballot} chosen_json: nested too deep",
    ),
    "a reading of the wrong shape": (
        'UPDATE ballot SET chosen_json = \'{{"1": "agree"}}\' WHERE id = {ballot}',
        "ballot #{ballot} chosen_json: not a reading",
    ),
    "a no-surplus mark that is not a mark": (
        'UPDATE ballot SET marks_json = \'{{"{member}": "maybe"}}\' WHERE id = {marked}',
        "ballot #{marked} marks_json: unknown mark",
    ),
    "a no-surplus reading of someone not on the list": (
        'UPDATE ballot SET marks_json = \'{{"424242": "agree"}}\' WHERE id = {marked}',
        "ballot #{marked} marks_json: unknown candidate 424242",
    ),
    "a check-in time that is not a time": (
        "UPDATE movement SET at = '25/12/2025 8h' WHERE id = (SELECT min(id) FROM movement)",
        "movement #1 at: not a date or time",
    ),
    "a session day that is not a date": (
        "UPDATE session SET day = '2025-02-30' WHERE id = 1",
        "session #1 day: not a date or time",
    ),
    "paper totals that are not JSON": (
        "UPDATE election_round SET totals_json = '{{' WHERE id = 1",
        "election_round #1 totals_json: not JSON",
    ),
    "a dropped table": ("DROP TABLE speech", "speech: missing table"),
    "a candidate whose member is gone": (
        "PRAGMA foreign_keys = OFF; DELETE FROM member WHERE id = "
        "(SELECT member_id FROM candidate ORDER BY id LIMIT 1)",
        "refers to a missing member",
    ),
}


@pytest.mark.parametrize("name", list(EDITS))
def test_a_value_that_would_crash_later_is_refused_at_opening(
    name: str, finished: Path, tmp_path: Path
) -> None:
    path = tmp_path / "x.daihoi"
    shutil.copyfile(finished, path)
    sql, named = EDITS[name]
    with contextlib.closing(sqlite3.connect(path)) as conn:
        facts = {"ballot": _first_ballot(conn)}
        marked, member = conn.execute(
            "SELECT b.id, c.member_id FROM ballot b JOIN candidate c ON c.round_id = b.round_id "
            "WHERE b.marks_json IS NOT NULL ORDER BY b.id LIMIT 1"
        ).fetchone()
        facts.update(marked=marked, member=member)
        conn.executescript(sql.format(**facts) + ";")
        conn.commit()
    before = path.read_bytes()
    with pytest.raises(FileRefused) as caught:
        store_mod.open_store(path)
    assert caught.value.code == "bad_value"
    assert named.format(**facts) in caught.value.detail
    assert path.read_bytes() == before


def test_good_files_have_no_bad_value(finished: Path, tmp_path: Path) -> None:
    with contextlib.closing(sqlite3.connect(finished)) as conn:
        assert first_bad_value(conn) is None
    with demo.create_demo(tmp_path / "d.daihoi"):
        pass
    store_mod.open_store(tmp_path / "d.daihoi").close()


def test_the_refusal_reads_plainly_on_the_command_line(finished: Path, tmp_path: Path) -> None:
    path = tmp_path / "x.daihoi"
    shutil.copyfile(finished, path)
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("UPDATE movement SET at = 'hôm qua'")
        conn.commit()
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        assert cli.main(["counters", str(path)]) == 2
    assert "không do chương trình ghi" in err.getvalue()
    assert "movement #1 at" in err.getvalue()


# --- the JSON archive ---------------------------------------------------------------


def _import(data: Any, tmp_path: Path) -> ValidationError:
    source = tmp_path / "a.json"
    source.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    target = tmp_path / "new.daihoi"
    with pytest.raises(ValidationError) as caught:
        archive.import_archive(source, target)
    assert not target.exists()
    assert not list(tmp_path.glob("*.import*"))
    return caught.value


def _ballot(data: dict[str, Any]) -> dict[str, Any]:
    ballots: list[dict[str, Any]] = data["elections"]["ballots"]
    return next(b for b in ballots if b["chosen_json"] is not None)


ARCHIVE_EDITS: dict[str, tuple[Callable[[dict[str, Any]], None], str, str]] = {
    "ballot reading not JSON": (
        lambda d: _ballot(d).update(chosen_json="[1,"),
        "bad_value",
        "ballot[",
    ),
    "unknown candidate": (
        lambda d: _ballot(d).update(chosen_json="[424242]"),
        "bad_value",
        "chosen_json",
    ),
    "a check-in that is not a time": (
        lambda d: d["movements"][0].update(at="8 giờ sáng"),
        "invalid",
        "movements[0].at",
    ),
    "a zero-width space in a name": (
        lambda d: d["members"][0].update(full_name="Nguyễn\u200b Văn An"),
        "bad_character",
        "members[0].full_name",
    ),
}


@pytest.mark.parametrize("name", list(ARCHIVE_EDITS))
def test_import_archive_refuses_what_the_opening_would(
    name: str, finished_archive: dict[str, Any], tmp_path: Path
) -> None:
    data = json.loads(json.dumps(finished_archive))
    edit, code, field = ARCHIVE_EDITS[name]
    edit(data)
    error = _import(data, tmp_path)
    assert error.code == code
    assert field in error.field


def test_an_archive_nested_50000_deep_is_refused_not_a_recursion_error(tmp_path: Path) -> None:
    source = tmp_path / "deep.json"
    source.write_text(DEEP, encoding="utf-8")
    with pytest.raises(ValidationError) as caught:
        archive.import_archive(source, tmp_path / "x.daihoi")
    assert caught.value.code == "too_deep"
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        assert cli.main(["import-archive", str(source), str(tmp_path / "y.daihoi")]) == 2
    assert "lồng nhau quá sâu" in err.getvalue()
    assert not (tmp_path / "x.daihoi").exists() and not (tmp_path / "y.daihoi").exists()


def test_archive_names_come_in_as_nfc(finished_archive: dict[str, Any], tmp_path: Path) -> None:
    data = json.loads(json.dumps(finished_archive))
    name = data["members"][0]["full_name"]
    data["members"][0]["full_name"] = unicodedata.normalize("NFD", name)
    source = tmp_path / "a.json"
    source.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with archive.import_archive(source, tmp_path / "copy.daihoi") as st:
        assert roster.get_member(st, data["members"][0]["id"]).full_name == name
