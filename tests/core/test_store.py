"""The congress file: creation, careful opening, refusal, migration, the journal."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import event
from sqlalchemy import text as text_query

from secretariat import store as store_mod
from secretariat.domain import MemberData
from secretariat.errors import FileRefused, ValidationError
from secretariat.services import congress, roster


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_file(tmp_path: Path, name: str = "a.daihoi") -> Path:
    path = tmp_path / name
    with store_mod.create(path) as st:
        roster.add_member(st, MemberData("Nguyễn Văn An"))
    return path


def test_create_sets_wal_foreign_keys_and_application_id(tmp_path: Path) -> None:
    path = tmp_path / "new.daihoi"
    st = store_mod.create(path)
    with st.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA application_id").scalar() == store_mod.APPLICATION_ID
    st.close()
    assert not (tmp_path / "new.daihoi.part").exists()
    assert store_mod.examine(path) == store_mod.head_revision()


def test_create_refuses_existing_file(tmp_path: Path) -> None:
    path = make_file(tmp_path)
    with pytest.raises(FileRefused) as err:
        store_mod.create(path)
    assert err.value.code == "exists"


def test_reopen_keeps_data(tmp_path: Path) -> None:
    path = make_file(tmp_path)
    with store_mod.open_store(path) as st:
        assert [m.full_name for m in roster.list_members(st)] == ["Nguyễn Văn An"]
        assert st.migrated_from is None


@pytest.mark.parametrize(
    ("code", "content"),
    [
        ("not_sqlite", b"PK\x03\x04 this is a zip, not a congress" * 10),
        ("not_sqlite", b""),
        ("not_sqlite", "Họ và tên,Năm sinh\n".encode() * 50),
    ],
)
def test_refuses_non_sqlite_files_untouched(tmp_path: Path, code: str, content: bytes) -> None:
    path = tmp_path / "x.daihoi"
    path.write_bytes(content)
    before = digest(path)
    with pytest.raises(FileRefused) as err:
        store_mod.open_store(path)
    assert err.value.code == code
    assert digest(path) == before


def test_refuses_missing_file(tmp_path: Path) -> None:
    with pytest.raises(FileRefused) as err:
        store_mod.open_store(tmp_path / "nothing.daihoi")
    assert err.value.code == "not_found"


def test_refuses_truncated_file_untouched(tmp_path: Path) -> None:
    path = make_file(tmp_path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    before = digest(path)
    with pytest.raises(FileRefused) as err:
        store_mod.open_store(path)
    assert err.value.code == "corrupt"
    assert digest(path) == before
    assert not Path(f"{path}-wal").exists()


def test_refuses_corrupt_pages_untouched(tmp_path: Path) -> None:
    path = make_file(tmp_path)
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for i in range(page + 8, len(data), 97):  # scribble over every page but the first
        data[i] = (data[i] * 7 + 13) % 256
    path.write_bytes(bytes(data))
    before = digest(path)
    with pytest.raises(FileRefused) as err:
        store_mod.open_store(path)
    assert err.value.code == "corrupt"
    assert digest(path) == before


def test_refuses_other_sqlite_database_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
    before = digest(path)
    with pytest.raises(FileRefused) as err:
        store_mod.open_store(path)
    assert err.value.code == "not_congress"
    assert digest(path) == before


def test_refuses_file_from_newer_version_untouched(tmp_path: Path) -> None:
    path = make_file(tmp_path)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.close()
    before = digest(path)
    with pytest.raises(FileRefused) as err:
        store_mod.open_store(path)
    assert err.value.code == "newer"
    assert err.value.detail == "9999_future"
    assert digest(path) == before


NEXT_REVISION = """
from alembic import op
import sqlalchemy as sa

revision = "0999_test"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("member") as batch:
        batch.add_column(sa.Column("nickname", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("member") as batch:
        batch.drop_column("nickname")
"""


def test_older_file_is_copied_aside_then_migrated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = make_file(tmp_path)
    old_head = store_mod.head_revision()
    # A later version of the program: the real revisions plus one more.
    newer = tmp_path / "migrations"
    shutil.copytree(store_mod.MIGRATIONS_DIR, newer)
    (newer / "versions" / "0999_test.py").write_text(NEXT_REVISION.format(head=old_head))
    monkeypatch.setattr(store_mod, "MIGRATIONS_DIR", newer)

    st = store_mod.open_store(path)
    assert st.migrated_from == old_head
    assert st.backup_path is not None and st.backup_path.exists()
    assert [m.full_name for m in roster.list_members(st)] == ["Nguyễn Văn An"]
    st.close()
    assert store_mod.examine(path) == "0999_test"
    with sqlite3.connect(path) as conn:
        cols = [r[1] for r in conn.execute("PRAGMA table_info(member)")]
        assert "nickname" in cols
        assert conn.execute("PRAGMA foreign_keys").fetchone() is not None
    conn.close()
    # The copy set aside is the file exactly as it was, at its old revision.
    monkeypatch.undo()
    assert store_mod.examine(st.backup_path) == old_head
    with sqlite3.connect(st.backup_path) as conn:
        assert conn.execute("SELECT full_name FROM member").fetchall() == [("Nguyễn Văn An",)]
    conn.close()


def test_migrations_match_the_models(tmp_path: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext
    from sqlalchemy import create_engine

    from secretariat.models import Base

    path = make_file(tmp_path)
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    assert diff == []


def test_journal_is_hash_chained_and_append_only(store: store_mod.Store) -> None:
    roster.add_member(store, MemberData("Lê Văn Hải"))
    roster.add_member(store, MemberData("Trần Thu Hà"))
    with store.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT action, entity, before, after, prev_hash, hash, at, actor, entity_id, "
            "images, state FROM journal ORDER BY id"
        ).all()
        assert [r[0] for r in rows] == ["member.add", "member.add"]
        assert rows[0][4] == store_mod.GENESIS_HASH
        assert rows[1][4] == rows[0][5]
        for action, entity, before, after, prev, digest_, at, actor, entity_id, *pin in rows:
            assert actor == "tester"
            expected = store_mod.entry_hash(
                prev, at, actor, action, entity, entity_id, before, after, *pin
            )
            assert digest_ == expected
    with store.engine.begin() as conn, pytest.raises(Exception, match="append-only"):
        conn.exec_driver_sql("DELETE FROM journal")
    with store.engine.begin() as conn, pytest.raises(Exception, match="append-only"):
        conn.exec_driver_sql("UPDATE journal SET actor = 'x'")


def test_failed_action_writes_nothing(store: store_mod.Store) -> None:
    roster.add_member(store, MemberData("Lê Văn Hải", party_card_no="123"))
    with pytest.raises(ValidationError):
        roster.add_members(store, [MemberData("A B"), MemberData("C D", party_card_no="123")])
    assert [m.full_name for m in roster.list_members(store)] == ["Lê Văn Hải"]
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM journal").scalar() == 1


def test_backup_to_writes_consistent_copy(store: store_mod.Store, tmp_path: Path) -> None:
    roster.add_member(store, MemberData("Lê Văn Hải"))
    copy = store.backup_to(tmp_path / "copy.daihoi")
    assert store_mod.examine(copy) == store_mod.head_revision()
    with store_mod.open_store(copy) as st2:
        assert [m.full_name for m in roster.list_members(st2)] == ["Lê Văn Hải"]


def test_an_open_read_does_not_hold_up_an_action(store: store_mod.Store) -> None:
    """A preview reading in another thread must never block the secretary's next action."""
    roster.add_member(store, MemberData("Lê Văn Hải"))
    with store.read() as s:
        assert len(s.execute(text_query("SELECT id FROM member")).all()) == 1
        roster.add_member(store, MemberData("Trần Thu Hà"))  # would wait 5 s, then fail
    assert len(roster.list_members(store)) == 2


def test_warm_up_makes_the_write_connection_the_first_action_uses(tmp_path: Path) -> None:
    """Issue #16: the row-image triggers are made on each new connection; warming up
    after opening leaves the first action (a check-in at the door) nothing to connect."""
    path = make_file(tmp_path)
    with store_mod.open_store(path) as opened:
        connected: list[object] = []
        event.listen(opened.engine, "connect", lambda conn, _record: connected.append(conn))
        opened.warm_up()
        assert len(connected) == 1
        congress.set_info(opened, congress.get_info(opened))
        assert len(connected) == 1  # the action used the warmed connection
    with store_mod.open_store(path, read_only=True) as read:
        read.warm_up()  # a read-only store writes nothing: no write connection
