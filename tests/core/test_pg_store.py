"""The congress on a PostgreSQL server (issue #20 §1, §4): what differs from a file.

A real server is started by tests/pg.py. These tests check the server's
counterparts of what SQLite gives the file: the append-only journal, row images
captured by triggers (and a write outside the program refused or found), one
line of history under concurrent writers, retries, and push → work → pull →
verify (docs/tamper-evidence.md).
"""

from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import suppress
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy import make_url
from sqlalchemy.exc import DBAPIError, OperationalError

from secretariat import demo, pg_store, server, verify
from secretariat import store as store_mod
from secretariat.domain import MemberData
from secretariat.errors import FileRefused, ValidationError
from secretariat.services import elections, roster
from secretariat.store import Store
from tests.core.conftest import FakeClock
from tests.core.test_elections_service import AT, committee_round

ROOT = Path(__file__).resolve().parents[2]


def _dsn(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


@pytest.fixture
def on_server(pg_congress_url: str, clock: FakeClock) -> Iterator[pg_store.ServerStore]:
    st = pg_store.open_server(pg_congress_url, actor="thư ký", clock=clock)
    yield st
    st.close()


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "dh.daihoi"
    demo.create_demo(path).close()
    return path


def test_an_empty_database_gets_the_schema_and_an_empty_journal(pg_url: str) -> None:
    with pg_store.open_server(pg_url) as st:
        assert st.migrated_from is None
        report = verify.verify_journal(st)
        assert report.ok and report.entries == 0
    with psycopg.connect(_dsn(pg_url)) as conn:
        head = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        assert head == (store_mod.head_revision(),)


def test_a_file_url_or_another_engine_is_refused() -> None:
    with pytest.raises(FileRefused) as caught:
        pg_store.open_server("sqlite:///dh.daihoi")
    assert caught.value.code == "not_server"


def test_a_newer_schema_is_refused_untouched(pg_congress_url: str) -> None:
    with psycopg.connect(_dsn(pg_congress_url)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    with pytest.raises(FileRefused) as caught:
        pg_store.open_server(pg_congress_url)
    assert caught.value.code == "newer"


def test_actions_are_journalled_with_row_images_and_verify(
    on_server: pg_store.ServerStore,
) -> None:
    member = roster.add_member(on_server, MemberData("Nguyễn Văn An", exempt=True))
    roster.update_member(on_server, member.id, MemberData("Nguyễn Văn Ân", exempt=False))
    report = verify.verify_journal(on_server)
    assert report.ok, report.findings
    assert report.entries == 2 and report.state_from is not None
    with on_server.read() as s:
        conn = s.connection().connection.dbapi_connection
        assert conn is not None
        images = conn.execute("SELECT images FROM journal ORDER BY id").fetchall()
    first = store_mod.row_images.parse_images(images[0][0])
    assert [(i.table, i.before) for i in first] == [("member", None)]
    assert first[0].after is not None and first[0].after["exempt"] == 1  # as SQLite keeps it
    second = store_mod.row_images.parse_images(images[1][0])
    assert second[0].before == first[0].after
    assert second[0].after is not None and second[0].after["full_name"] == "Nguyễn Văn Ân"


@pytest.mark.parametrize(
    "statement",
    ["UPDATE journal SET actor = 'x'", "DELETE FROM journal", "TRUNCATE journal CASCADE"],
)
def test_the_journal_is_append_only_on_the_server(
    on_server: pg_store.ServerStore, statement: str
) -> None:
    roster.add_member(on_server, MemberData("Lê Thị Bình"))
    with psycopg.connect(_dsn(on_server.url)) as conn, pytest.raises(psycopg.Error) as caught:
        conn.execute(statement)
    assert "append-only" in str(caught.value)
    assert verify.verify_journal(on_server).entries == 1


def test_a_write_outside_the_program_is_refused(on_server: pg_store.ServerStore) -> None:
    """Every state table's trigger logs into the program's per-session table: psql has none."""
    member = roster.add_member(on_server, MemberData("Lê Thị Bình"))
    with psycopg.connect(_dsn(on_server.url)) as conn, pytest.raises(psycopg.Error):
        conn.execute("UPDATE member SET full_name = 'X' WHERE id = %s", (int(member.id),))
    assert roster.get_member(on_server, member.id).full_name == "Lê Thị Bình"


def test_a_forger_who_works_around_the_triggers_is_found(on_server: pg_store.ServerStore) -> None:
    member = roster.add_member(on_server, MemberData("Lê Thị Bình"))
    with psycopg.connect(_dsn(on_server.url)) as conn:
        pg_store.Capture.install(conn)  # the forger makes the log table the trigger wants
        conn.execute("UPDATE member SET full_name = 'X' WHERE id = %s", (int(member.id),))
        conn.execute(
            "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$"
        )
        conn.execute(
            "CREATE TRIGGER planted BEFORE INSERT ON ballot FOR EACH ROW EXECUTE FUNCTION f()"
        )
        conn.execute("CREATE VIEW tally AS SELECT * FROM member")
        conn.execute("CREATE TABLE extra (id int)")
    report = verify.verify_journal(on_server)
    assert not report.ok
    kinds = {(f.kind, f.table, f.detail) for f in report.findings}
    assert ("row_changed", "member", "full_name") in kinds
    assert ("foreign_object", "", "trigger planted") in kinds
    assert ("foreign_object", "", "view tally") in kinds
    assert ("foreign_object", "", "table extra") in kinds


def test_concurrent_writers_keep_one_line_of_history(pg_congress_url: str) -> None:
    """Eight stations' connections add members at once: one chain, nothing lost, verify passes."""
    stores = [pg_store.open_server(pg_congress_url, actor=f"máy {n}") for n in range(8)]
    errors: list[BaseException] = []

    def station(st: Store, n: int) -> None:
        try:
            for k in range(6):
                roster.add_member(st, MemberData(f"Đảng viên {n}-{k}"))
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=station, args=(st, n)) for n, st in enumerate(stores)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    report = verify.verify_journal(stores[0])
    assert report.ok, report.findings
    assert report.entries == 48
    assert len(roster.list_members(stores[0])) == 48
    for st in stores:
        st.close()


def test_a_serialization_failure_is_retried() -> None:
    calls = []

    class Failure(Exception):
        sqlstate = "40001"

    def flaky() -> str:
        calls.append(1)
        if len(calls) < 3:
            raise OperationalError("UPDATE …", {}, Failure())
        return "stored"

    assert pg_store.retrying(flaky) == "stored"
    assert len(calls) == 3

    def refused() -> None:
        raise OperationalError("INSERT …", {}, Exception("unique"))

    with pytest.raises(DBAPIError):
        pg_store.retrying(refused)


def test_push_work_pull_verify(demo_file: Path, pg_url: str, tmp_path: Path) -> None:
    """The secretary's file onto the server, a station's work there, back into a file."""
    source = tmp_path / "dh.daihoi"
    store_mod.copy_file(demo_file, source)
    file_head = verify.verify_journal(source).head
    copied = server.push(source, pg_url, actor="thư ký")
    assert copied > 100
    with pg_store.open_server(pg_url, actor="máy 1") as st:
        on_server = verify.verify_journal(st)
        assert on_server.ok and on_server.head == file_head
        added = roster.add_member(st, MemberData("Phạm Văn Cường"))
        head = verify.journal_head(st)
    back = tmp_path / "back.daihoi"
    assert server.pull(pg_url, back) is None
    report = verify.verify_journal(back)
    assert report.ok, report.findings
    assert report.head == head and report.entries == on_server.entries + 1
    with store_mod.open_store(back) as st:
        assert roster.get_member(st, added.id).full_name == "Phạm Văn Cường"
        roster.add_member(st, MemberData("Võ Thị Dung"))  # the file goes on from there
    assert verify.verify_journal(back).ok
    assert not list(tmp_path.glob("*.part"))


def test_pull_over_the_file_keeps_the_old_one_aside(
    demo_file: Path, pg_url: str, tmp_path: Path
) -> None:
    source = tmp_path / "dh.daihoi"
    store_mod.copy_file(demo_file, source)
    server.push(source, pg_url)
    with pg_store.open_server(pg_url) as st:
        roster.add_member(st, MemberData("Phạm Văn Cường"))
    with pytest.raises(FileRefused) as caught:
        server.pull(pg_url, source)
    assert caught.value.code == "exists"
    aside = server.pull(pg_url, source, overwrite=True)
    assert (
        aside is not None
        and verify.verify_journal(aside).head == verify.verify_journal(demo_file).head
    )
    assert verify.verify_journal(source).entries == verify.verify_journal(aside).entries + 1


def test_push_refuses_a_database_already_holding_a_congress(
    demo_file: Path, pg_url: str, tmp_path: Path
) -> None:
    source = tmp_path / "dh.daihoi"
    store_mod.copy_file(demo_file, source)
    server.push(source, pg_url)
    with pytest.raises(FileRefused) as caught:
        server.push(source, pg_url)
    assert caught.value.code == "not_empty"


def test_pull_is_refused_while_a_count_is_open(
    demo_file: Path, pg_url: str, tmp_path: Path
) -> None:
    """Open: ballots issued, counted paper by paper, not announced (check_open_for_entry)."""
    source = tmp_path / "dh.daihoi"
    store_mod.copy_file(demo_file, source)
    server.push(source, pg_url)
    target = tmp_path / "back.daihoi"
    with pg_store.open_server(pg_url, clock=FakeClock(AT)) as st:
        first = committee_round(st)
        assert server.open_counts(st) == []  # not issued yet: nothing to count
        elections.start_ballot(st, first.id, 23, at=AT)
        assert server.open_counts(st) == [first.id]
        with pytest.raises(ValidationError) as caught:
            server.pull(pg_url, target)
        assert caught.value.code == "count_open"
        assert not target.exists() and not list(tmp_path.glob("back*"))


def test_the_laptop_never_loads_the_server_driver() -> None:
    """The single-laptop path (the file, the services, verify, the CLI) imports no psycopg."""
    code = (
        "import sys, secretariat.cli, secretariat.verify, secretariat.services.elections\n"
        "print(sorted(m for m in sys.modules if m.startswith(('psycopg', 'secretariat.pg'))))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"


def test_the_command_line_pushes_verifies_and_pulls(
    demo_file: Path, pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from secretariat import cli

    source = tmp_path / "dh.daihoi"
    store_mod.copy_file(demo_file, source)
    assert cli.main(["server", "push", str(source), pg_url]) == 0
    assert "Đã đưa đại hội lên máy chủ" in capsys.readouterr().out
    assert cli.main(["verify", pg_url]) == 0
    assert "Nhật ký toàn vẹn" in capsys.readouterr().out
    assert cli.main(["server", "pull", pg_url, str(source)]) == 2
    assert "Tệp đã tồn tại" in capsys.readouterr().err
    assert cli.main(["server", "pull", pg_url, str(source), "--force"]) == 0
    assert "Tệp cũ được giữ lại" in capsys.readouterr().out
    assert cli.main(["verify", str(source)]) == 0


def test_a_server_that_does_not_answer_or_refuses_the_login_is_unreachable(
    pg_congress_url: str,
) -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # nothing listens there once closed
    nobody = make_url(pg_congress_url).set(port=port).render_as_string(hide_password=False)
    wrong = make_url(pg_congress_url).set(password="sai").render_as_string(hide_password=False)
    for url in (nobody, wrong):
        with pytest.raises(FileRefused) as caught:
            pg_store.open_server(url)
        assert caught.value.code == "unreachable"
        assert "sai" not in caught.value.path and "kiemphieu" not in caught.value.path


def test_a_backup_of_the_server_congress_is_a_congress_file(
    on_server: pg_store.ServerStore, tmp_path: Path
) -> None:
    from secretariat import backups

    on_server.path = tmp_path / "daihoi@server.daihoi"  # as the window names it
    roster.add_member(on_server, MemberData("Lê Thị Bình"))
    target = backups.backup_now(on_server)
    assert target.parent == backups.backup_folder(on_server.path)
    report = verify.verify_journal(target)
    assert report.ok and report.head == verify.journal_head(on_server)


def test_the_store_carries_on_after_the_server_restarts(
    pg_server: Any, on_server: pg_store.ServerStore
) -> None:
    """Pooled connections die with the server; the next action reconnects, nothing lost."""
    if pg_server is None:
        pytest.skip("an external server (SECRETARIAT_PG_URL) is not restarted by the tests")
    roster.add_member(on_server, MemberData("Trước khi khởi động lại"))
    pg_server.restart()
    roster.add_member(on_server, MemberData("Sau khi khởi động lại"))
    report = verify.verify_journal(on_server)
    assert report.ok and report.entries == 2


def test_a_writer_stuck_in_its_transaction_is_cut_off_and_the_others_go_on(
    pg_congress_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A station frozen mid-action holds the journal's lock only until the server's timeout."""
    monkeypatch.setattr(pg_store, "STUCK_AFTER", "1s")
    stuck = pg_store.open_server(pg_congress_url, actor="máy 1")
    other = pg_store.open_server(pg_congress_url, actor="máy 2")
    conn = stuck.engine.connect()
    transaction = conn.begin()  # takes the journal's lock, then the station freezes
    conn.exec_driver_sql("SELECT 1")
    added = roster.add_member(other, MemberData("Hoàng Văn Giang"))  # waits ~1 s, then goes on
    assert roster.get_member(other, added.id).full_name == "Hoàng Văn Giang"
    with pytest.raises(DBAPIError):
        conn.exec_driver_sql("SELECT 1")  # the stuck session was ended by the server
    with suppress(DBAPIError):
        transaction.rollback()
    conn.close()
    roster.add_member(stuck, MemberData("Lý Thị Hoa"))  # the station reconnects and goes on
    report = verify.verify_journal(other)
    assert report.ok and report.entries == 2
    stuck.close()
    other.close()
