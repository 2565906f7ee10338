"""The tamper matrix: each kind of direct edit of a congress file → ``verify`` names it.

The congress is the demo run to its end (votes held, ballots entered, results
announced). Each test edits a copy with sqlite3, as a forger holding the file
would, then checks what ``verify`` (and ``verify --code`` with the code printed
on a signed sheet) says, and that the command line words it. See
docs/tamper-evidence.md for what is and is not detectable.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from secretariat import cli, demo_end, state_digest
from secretariat import store as store_mod
from secretariat.errors import FileRefused
from secretariat.row_images import parse_images
from secretariat.services import closing as closing_svc
from secretariat.services import votes
from secretariat.verify import Finding, VerifyReport, normalise_code, verify_journal


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("tamper") / "template.daihoi"
    with demo_end.full_demo(path):
        pass
    return path


@pytest.fixture
def congress_file(template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "dh.daihoi"
    shutil.copyfile(template, path)
    return path


@pytest.fixture
def code(congress_file: Path) -> str:
    """The code printed on the documents of the genuine file (its journal's head)."""
    with store_mod.open_store(congress_file) as st:
        return closing_svc.fingerprint(st)


def _sql(path: Path, *statements: str) -> None:
    with closing(sqlite3.connect(path)) as conn:
        for statement in statements:
            conn.execute(statement)
        conn.commit()


def _unlock_journal(path: Path) -> None:
    # The file's own triggers forbid editing the journal: a forger drops them
    # (and puts them back, so that the file still opens).
    _sql(path, "DROP TRIGGER journal_no_update", "DROP TRIGGER journal_no_delete")


def _relock_journal(path: Path) -> None:
    from secretariat.file_checks import PROGRAM_TRIGGERS

    _sql(path, *PROGRAM_TRIGGERS.values())


def _kinds(report: VerifyReport) -> set[str]:
    return {f.kind for f in report.findings}


def _rows(report: VerifyReport, kind: str) -> set[tuple[str, str]]:
    return {(f.table, f.key) for f in report.findings if f.kind == kind}


def _cli(path: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> tuple[int, str]:
    status = cli.main(["verify", str(path), *extra])
    return status, capsys.readouterr().out


# --- the genuine file ---------------------------------------------------------------------


def test_the_genuine_file_verifies_with_its_code(
    congress_file: Path, code: str, capsys: pytest.CaptureFixture[str]
) -> None:
    report = verify_journal(congress_file, code=code)
    assert report.ok, report.findings
    assert report.state_from == 1 and report.unchecked_lines == 0
    assert report.code_line == report.entries and report.lines_after_code == 0
    status, out = _cli(congress_file, capsys, "--code", code.lower().replace("-", " "))
    assert status == 0
    assert f"Mã đối chiếu {code} khớp dòng {report.entries}" in out
    assert "Dữ liệu khớp với nhật ký" in out


def test_the_code_of_an_earlier_sheet_is_found_with_the_lines_after_it(
    congress_file: Path, code: str
) -> None:
    with store_mod.open_store(congress_file) as st:
        closing_svc.close_congress(st)
    report = verify_journal(congress_file, code=code)
    assert report.ok and report.lines_after_code == 1


def test_the_fingerprint_follows_the_state_not_only_the_history(congress_file: Path) -> None:
    # The head line's hash covers the state digest, which is the tables' digest.
    with closing(sqlite3.connect(congress_file)) as conn:
        state = conn.execute("SELECT state FROM journal ORDER BY id DESC LIMIT 1").fetchone()[0]
        assert state == state_digest.digest_of(state_digest.read_state(conn))


def test_a_malformed_code_is_refused(
    congress_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(ValueError):
        normalise_code("12AB-XYZ")
    assert cli.main(["verify", str(congress_file), "--code", "12AB-XYZ"]) == 2
    assert "XXXX-XXXX-XXXX" in capsys.readouterr().err


# --- the matrix ---------------------------------------------------------------------------


def test_matrix_a_vote_count_updated(
    congress_file: Path, code: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _sql(congress_file, "UPDATE vote SET yes = yes - 5, no = no + 5 WHERE id = 2")
    report = verify_journal(congress_file, code=code)
    assert not report.ok
    changed = [f for f in report.findings if f.kind == "row_changed"]
    assert changed == [Finding("row_changed", table="vote", key="[2]", detail="no, yes")]
    assert "state_digest" in _kinds(report)
    assert report.first_broken is None  # the chain itself is intact: the state is not
    status, out = _cli(congress_file, capsys)
    assert status == 1
    assert "TỆP BỊ SỬA ĐỔI NGOÀI CHƯƠNG TRÌNH" in out
    assert "bảng vote (biểu quyết), khóa [2]: dữ liệu khác với nhật ký (cột no, yes)" in out


def test_matrix_a_ballot_row_rewritten(congress_file: Path, code: str) -> None:
    with closing(sqlite3.connect(congress_file)) as conn:
        ident, chosen = conn.execute(
            "SELECT id, chosen_json FROM ballot WHERE chosen_json IS NOT NULL ORDER BY id LIMIT 1"
        ).fetchone()
    forged = json.dumps(list(reversed(json.loads(chosen)))[:1])
    _sql(congress_file, f"UPDATE ballot SET chosen_json = '{forged}' WHERE id = {ident}")
    report = verify_journal(congress_file, code=code)
    assert _rows(report, "row_changed") == {("ballot", f"[{ident}]")}
    assert "chosen_json" in report.findings[0].detail


def test_matrix_a_row_inserted_and_a_row_deleted(
    congress_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _sql(
        congress_file,
        "INSERT INTO guest (id, full_name, title, organisation, superior_representative) "
        "VALUES (99, 'Khách giả', '', '', 0)",
        "DELETE FROM ballot WHERE id = (SELECT max(id) FROM ballot)",
    )
    report = verify_journal(congress_file)
    assert _rows(report, "row_extra") == {("guest", "[99]")}
    assert [f.table for f in report.findings if f.kind == "row_missing"] == ["ballot"]
    status, out = _cli(congress_file, capsys)
    assert status == 1
    assert "bảng guest (khách mời), khóa [99]: bảng có dòng này nhưng nhật ký không ghi" in out
    assert "nhật ký có dòng này nhưng bảng không còn" in out


def test_matrix_the_closing_column_blanked(
    congress_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with store_mod.open_store(congress_file) as st:
        closing_svc.close_congress(st)
    _sql(congress_file, "UPDATE closing SET closed_at = NULL")  # "reopened" behind its back
    report = verify_journal(congress_file)
    assert report.findings[0] == Finding(
        "row_changed", table="closing", key="[1]", detail="closed_at"
    )
    # The forger goes on with the program: the evidence stays in every later check.
    with store_mod.open_store(congress_file) as st:
        vote = votes.list_votes(st)[0]
        votes.update_note(st, vote.id, "ghi chú sau khi mở lại trái phép")
    later = verify_journal(congress_file)
    assert ("closing", "[1]") in _rows(later, "row_changed")
    assert _cli(congress_file, capsys)[0] == 1


def test_matrix_the_journal_tail_deleted(
    congress_file: Path, code: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _unlock_journal(congress_file)
    _sql(congress_file, "DELETE FROM journal WHERE id > (SELECT max(id) - 3 FROM journal)")
    _relock_journal(congress_file)
    # Without the code: the tables hold what the deleted lines did.
    plain = verify_journal(congress_file)
    assert not plain.ok and plain.first_broken is None
    assert _kinds(plain) & {"row_changed", "row_extra", "row_missing"}
    # With the code printed on the signed sheet: the journal no longer reaches it.
    report = verify_journal(congress_file, code=code)
    assert Finding("code_not_found", detail=code) in report.findings
    status, out = _cli(congress_file, capsys, "--code", code)
    assert status == 1 and f"mã đối chiếu {code} không có trong nhật ký" in out


def test_matrix_the_journal_tail_and_its_rows_deleted_consistently(congress_file: Path) -> None:
    # A sheet is signed after one more action; the forger then cuts that line and
    # puts the row back as the journal says: file and journal agree, and only the
    # code on the signed sheet can tell.
    with store_mod.open_store(congress_file) as st:
        votes.update_note(st, votes.list_votes(st)[0].id, "ghi chú trước khi ký")
        signed = closing_svc.fingerprint(st)
    with closing(sqlite3.connect(congress_file)) as conn:
        last, images = conn.execute(
            "SELECT id, images FROM journal ORDER BY id DESC LIMIT 1"
        ).fetchone()
    (image,) = parse_images(images)
    assert image.table == "vote" and image.before is not None
    _unlock_journal(congress_file)
    with closing(sqlite3.connect(congress_file)) as conn:
        cols = ", ".join(f'"{c}" = ?' for c in image.before)
        conn.execute(
            f"UPDATE vote SET {cols} WHERE id = ?",
            [*image.before.values(), json.loads(image.key)[0]],
        )
        conn.execute(f"DELETE FROM journal WHERE id = {last}")
        conn.commit()
    _relock_journal(congress_file)
    assert verify_journal(congress_file).ok  # what the file alone cannot tell
    report = verify_journal(congress_file, code=signed)
    assert _kinds(report) == {"code_not_found"}


def _rehash_whole_chain(path: Path, line: int, edit: dict[str, object]) -> None:
    """A forger who knows the format: edit a row in a line's images, recompute every
    line's state and hash from there, and write the tables to match."""
    _unlock_journal(path)
    with closing(sqlite3.connect(path)) as conn:
        rows = conn.execute(
            "SELECT id, at, actor, action, entity, entity_id, before, after, images "
            "FROM journal ORDER BY id"
        ).fetchall()
        prev, digest = store_mod.GENESIS_HASH, state_digest.EMPTY
        target: tuple[str, str] | None = None
        for ident, at, actor, action, entity, entity_id, before, after, images in rows:
            if images is not None:
                changes = parse_images(images)
                if ident == line:
                    change = changes[0]
                    assert change.after is not None
                    target = (change.table, change.key)
                    changes[0] = type(change)(
                        change.table, change.key, change.before, {**change.after, **edit}
                    )
                    images = json.dumps(
                        [c.as_json() for c in changes],
                        ensure_ascii=False,
                        sort_keys=True,
                        separators=(",", ":"),
                    )
                digest = state_digest.advance(
                    digest, ((c.table, c.key, c.before, c.after) for c in changes)
                )
            digest_hash = store_mod.entry_hash(
                prev, at, actor, action, entity, entity_id, before, after, images, digest
            )
            conn.execute(
                "UPDATE journal SET images = ?, state = ?, prev_hash = ?, hash = ? WHERE id = ?",
                (images, digest, prev, digest_hash, ident),
            )
            prev = digest_hash
        assert target is not None
        table, key = target
        cols = ", ".join(f'"{c}" = ?' for c in edit)
        conn.execute(
            f'UPDATE "{table}" SET {cols} WHERE id = ?', [*edit.values(), json.loads(key)[0]]
        )
        conn.commit()
    _relock_journal(path)


def test_matrix_the_whole_chain_rehashed(
    congress_file: Path, code: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with closing(sqlite3.connect(congress_file)) as conn:
        (line,) = conn.execute(
            "SELECT min(id) FROM journal WHERE action = 'vote.all_in_favour'"
        ).fetchone()
    _rehash_whole_chain(congress_file, line, {"yes": 3})
    # Anyone holding the file can recompute everything: the file alone looks whole...
    assert verify_journal(congress_file).ok
    # ...but its head is no longer the code printed on the signed sheet.
    report = verify_journal(congress_file, code=code)
    assert _kinds(report) == {"code_not_found"}
    status, out = _cli(congress_file, capsys, "--code", code)
    assert status == 1 and "không có trong nhật ký" in out


def test_matrix_a_journal_line_changed_without_rehash(congress_file: Path) -> None:
    with closing(sqlite3.connect(congress_file)) as conn:
        (line,) = conn.execute(
            "SELECT min(id) FROM journal WHERE action = 'vote.all_in_favour'"
        ).fetchone()
    _unlock_journal(congress_file)
    _sql(
        congress_file,
        "UPDATE journal SET images = replace(images, '\"yes\":23', '\"yes\":32') "
        f"WHERE id = {line}",
    )
    _relock_journal(congress_file)
    report = verify_journal(congress_file)
    assert (report.first_broken, report.reason) == (line, "hash")
    assert "chain_hash" in _kinds(report)


@pytest.mark.parametrize(
    ("sql", "named"),
    [
        (
            "CREATE TRIGGER evil AFTER INSERT ON ballot BEGIN "
            "UPDATE ballot SET chosen_json = '[1]' "
            "WHERE id = NEW.id AND chosen_json IS NOT NULL; END",
            "trigger evil",
        ),
        ("CREATE VIEW v_votes AS SELECT id, yes + 10 AS yes FROM vote", "view v_votes"),
        ("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)", "table notes"),
        ("CREATE INDEX ix_mine ON vote (yes)", "index ix_mine"),
    ],
)
def test_matrix_a_planted_schema_object(
    congress_file: Path, sql: str, named: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _sql(congress_file, sql)
    with closing(sqlite3.connect(congress_file)) as conn:
        before = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    with pytest.raises(FileRefused) as refused:
        store_mod.open_store(congress_file)
    assert refused.value.code == "foreign_schema"
    assert named in refused.value.detail
    with closing(sqlite3.connect(congress_file)) as conn:  # refused untouched
        assert conn.execute("SELECT count(*) FROM sqlite_master").fetchone() == before
    report = verify_journal(congress_file)
    assert Finding("foreign_object", detail=named) in report.findings
    status, out = _cli(congress_file, capsys)
    assert status == 1 and f"không do chương trình tạo ra: {named}" in out
    # Opening from the command line words the refusal in Vietnamese.
    assert cli.main(["counters", str(congress_file)]) == 2
    assert "không do chương trình tạo ra" in capsys.readouterr().err


def test_matrix_the_programs_trigger_replaced_under_its_name(congress_file: Path) -> None:
    _sql(
        congress_file,
        "DROP TRIGGER journal_no_delete",
        "CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal BEGIN SELECT 1; END",
    )
    with pytest.raises(FileRefused) as refused:
        store_mod.open_store(congress_file)
    assert refused.value.detail == "trigger journal_no_delete"


def test_matrix_the_whole_journal_deleted(congress_file: Path) -> None:
    _unlock_journal(congress_file)
    _sql(congress_file, "DELETE FROM journal")
    _relock_journal(congress_file)
    report = verify_journal(congress_file)
    assert report.entries == 0 and not report.ok
    assert ("vote", "[1]") in _rows(report, "row_extra")


# --- files older than row images ---------------------------------------------------------


def _downgrade_to(path: Path, revision: str) -> None:
    """Alembic's own downgrade, as the store runs its upgrades (foreign keys off)."""
    from alembic import command
    from sqlalchemy import create_engine

    engine = create_engine("sqlite://", creator=lambda: sqlite3.connect(path))
    try:
        with engine.begin() as conn:
            cfg = store_mod._alembic_config()
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, revision)
    finally:
        engine.dispose()


def _make_pre_0009(path: Path) -> int:
    """The file as revision 0008 wrote it: lines hashed without images and state, no
    such columns. Returns the number of journal lines."""
    _downgrade_to(path, "0009_tamper")  # the revisions after it come off first
    _unlock_journal(path)
    with closing(sqlite3.connect(path)) as conn:
        rows = conn.execute(
            "SELECT id, at, actor, action, entity, entity_id, before, after FROM journal "
            "ORDER BY id"
        ).fetchall()
        prev = store_mod.GENESIS_HASH
        for ident, *line in rows:
            digest = store_mod.entry_hash(prev, *line)
            conn.execute(
                "UPDATE journal SET prev_hash = ?, hash = ? WHERE id = ?", (prev, digest, ident)
            )
            prev = digest
        conn.execute("ALTER TABLE journal DROP COLUMN images")
        conn.execute("ALTER TABLE journal DROP COLUMN state")
        conn.execute("UPDATE alembic_version SET version_num = '0008'")
        conn.commit()
    _relock_journal(path)
    return len(rows)


def test_an_older_file_says_from_which_line_the_state_is_checked(
    congress_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = _make_pre_0009(congress_file)
    before = verify_journal(congress_file)  # not yet migrated: the chain only
    assert before.ok and not before.state_checked and before.unchecked_lines == lines
    status, out = _cli(congress_file, capsys)
    assert status == 0 and f"Chưa dòng nào trong {lines} dòng nhật ký mang ảnh dữ liệu" in out
    with store_mod.open_store(congress_file) as st:
        assert st.migrated_from == "0008"
    # The migration recorded the whole state as a baseline line...
    migrated = verify_journal(congress_file)
    assert migrated.ok, migrated.findings
    assert (migrated.state_from, migrated.unchecked_lines, migrated.entries) == (
        lines + 1,
        lines,
        lines + 1,
    )
    with closing(sqlite3.connect(congress_file)) as conn:
        assert conn.execute("SELECT action FROM journal WHERE id = ?", (lines + 1,)).fetchone() == (
            store_mod.BASELINE,
        )
    status, out = _cli(congress_file, capsys)
    assert status == 0
    assert f"Các dòng 1–{lines} ghi trước khi nhật ký mang ảnh dữ liệu" in out
    assert f"dữ liệu được kiểm tra từ dòng {lines + 1}" in out
    # ...and the actions after it carry their images.
    with store_mod.open_store(congress_file) as st:
        votes.update_note(st, votes.list_votes(st)[0].id, "ghi chú")
    report = verify_journal(congress_file)
    assert report.ok and report.entries == lines + 2
    # From there on a direct edit is caught as in a new file.
    _sql(congress_file, "UPDATE vote SET yes = 1 WHERE id = 3")
    assert _rows(verify_journal(congress_file), "row_changed") == {("vote", "[3]")}


# --- a congress rebuilt from a JSON archive ---------------------------------------------


def test_a_congress_rebuilt_from_an_archive_says_its_history_is_not_carried(
    congress_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from secretariat import archive

    saved = tmp_path / "dh.json"
    with store_mod.open_store(congress_file) as st:
        archive.write_archive(st, saved)
        assert "dựng lại" not in closing_svc.stamp_text(st)
    # Edited on the way, as the forger did: the import is a fresh file...
    data = json.loads(saved.read_text(encoding="utf-8"))
    data["votes"][1]["yes"] -= 5
    data["votes"][1]["no"] += 5
    saved.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    rebuilt = tmp_path / "rebuilt.daihoi"
    with archive.import_archive(saved, rebuilt) as st:
        # ...whose documents say so under their code.
        stamp = closing_svc.stamp_text(st)
        assert stamp == (
            f"{closing_svc.STAMP_LABEL}: {closing_svc.fingerprint(st)} ({closing_svc.REBUILT_NOTE})"
        )
    report = verify_journal(rebuilt)
    assert report.ok and report.rebuilt and report.state_from == 1
    status, out = _cli(rebuilt, capsys)
    assert status == 0 and "dựng lại từ bản lưu JSON" in out
    # The import's line carries every row it wrote: an edit after it is caught.
    _sql(rebuilt, "UPDATE vote SET yes = 0 WHERE id = 2")
    assert _rows(verify_journal(rebuilt), "row_changed") == {("vote", "[2]")}


NEXT_REVISION = """
from alembic import op
import sqlalchemy as sa

revision = "0999_test"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("vote", sa.Column("tag", sa.Text(), nullable=False, server_default="x"))


def downgrade() -> None:
    op.execute("ALTER TABLE vote DROP COLUMN tag")
"""


def test_a_later_migration_that_adds_a_column_is_followed_by_a_baseline(
    congress_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    newer = tmp_path / "migrations"
    shutil.copytree(store_mod.MIGRATIONS_DIR, newer)
    (newer / "versions" / "0999_test.py").write_text(
        NEXT_REVISION.format(head=store_mod.head_revision())
    )
    monkeypatch.setattr(store_mod, "MIGRATIONS_DIR", newer)
    with store_mod.open_store(congress_file) as st:
        assert st.migrated_from is not None
    # Every vote gained a column outside any action: the baseline records it.
    report = verify_journal(congress_file)
    assert report.ok, report.findings[:3]
    _sql(congress_file, "UPDATE vote SET tag = 'y' WHERE id = 1")
    assert _rows(verify_journal(congress_file), "row_changed") == {("vote", "[1]")}


def test_a_baseline_appended_by_a_forger_does_not_hide_an_edit(congress_file: Path) -> None:
    # The forger edits a count, then appends a baseline of the forged state (the
    # program's own function, so its line is well formed and chained).
    _sql(congress_file, "UPDATE vote SET yes = 1 WHERE id = 2")
    with store_mod.open_store(congress_file) as st:
        store_mod.record_baseline(st)
    report = verify_journal(congress_file)
    assert [(f.kind, f.table, f.key, f.detail) for f in report.findings] == [
        ("baseline_changed", "vote", "[2]", "yes")
    ]
