"""A station's login may key its own stacks and pass and nothing else (issue 20 §2).

The database itself refuses (GRANTs and row-level security, ``secretariat.station_roles``),
whatever the program asks: a station logs in with its password and tries every forbidden
read and write, each of which fails with a permission error (SQLSTATE 42501) or, for rows
of the same table that row-level security hides, touches nothing; the allowed ones succeed.

The congress is the demo congress with one committee round (23 papers issued), built on
SQLite by the services and pushed to the server (``secretariat.server.push``) by the
secretary's own login, which owns the database and creates the stations' logins.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import URL, Connection, Engine, create_engine, make_url
from sqlalchemy.exc import DBAPIError, ProgrammingError

from secretariat import cli, demo, models, pg_store
from secretariat import server as server_mod
from secretariat import station_roles as roles
from secretariat.errors import ValidationError
from secretariat.services import attendance, elections, roster, stations, votes
from secretariat.store import Store
from secretariat.verify import verify_journal
from tests.core.test_elections_service import AT, CANDIDATES, committee_round, ids

DATABASE = "roles_test"
OWNER, OWNER_PASSWORD = "secretary", "thu-ky-dai-hoi"
PASSWORDS = {"may1": "may-mot-1234", "may2": "may-hai-1234", "may3": "may-ba-12345"}
GRANTED = {
    "station",
    "ballot_stack",
    "election_round",
    "election",
    "candidate",
    "frozen_base",
    "teller",
    "setting",
    "ballot",
    "journal",
    "member",
    "closing",
}


def _build(path: Path) -> Store:
    store = demo.create_demo(path)
    opened = committee_round(store)
    elections.start_ballot(store, opened.id, 23, at=AT)
    a = stations.add_station(store, "Máy 1", "may1").id
    b = stations.add_station(store, "Máy 2", "may2").id
    c = stations.add_station(store, "Máy 3", "may3").id
    low = stations.assign_stack(store, opened.id, 1, 12, a, b)
    high = stations.assign_stack(store, opened.id, 13, 23, c, a)
    ha, hang = ids(store, *CANDIDATES[:2])
    stations.enter_paper(store, b, low.id, chosen=[ha])  # may2's second pass: hidden from may1
    stations.enter_paper(store, c, high.id, chosen=[hang])  # may3's first pass
    stations.enter_paper(store, a, low.id, chosen=[ha, hang])  # may1's own
    return store


def _server_url(admin_url: str, user: str, password: str, database: str) -> URL:
    return make_url(admin_url).set(username=user, password=password, database=database)


@pytest.fixture(scope="module")
def server(pg_admin_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The congress pushed onto the test server by the secretary's own (non-superuser) login."""
    admin = create_engine(pg_admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)")
        for login in (*PASSWORDS, "may4", OWNER):
            conn.exec_driver_sql(f"DROP ROLE IF EXISTS {login}")
        conn.exec_driver_sql(f"CREATE ROLE {OWNER} LOGIN CREATEROLE PASSWORD '{OWNER_PASSWORD}'")
        conn.exec_driver_sql(f"CREATE DATABASE {DATABASE} OWNER {OWNER}")
    owner_url = _server_url(pg_admin_url, OWNER, OWNER_PASSWORD, DATABASE)
    path = tmp_path_factory.mktemp("roles") / "d.daihoi"
    _build(path).close()
    server_mod.push(path, owner_url.render_as_string(hide_password=False))
    owner = create_engine(owner_url)
    with owner.begin() as conn:
        roles.install(conn)
        roles.install(conn)  # idempotent: a second run changes nothing
        for login, password in PASSWORDS.items():
            roles.create_station_login(conn, login, password)
    owner.dispose()
    yield pg_admin_url
    with admin.connect() as conn:
        conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)")
        for login in (*PASSWORDS, OWNER):
            conn.exec_driver_sql(f"DROP ROLE IF EXISTS {login}")
    admin.dispose()


def _as(admin_url: str, login: str) -> Engine:
    return create_engine(_server_url(admin_url, login, PASSWORDS[login], DATABASE))


def _owner(admin_url: str) -> Engine:
    return create_engine(_server_url(admin_url, OWNER, OWNER_PASSWORD, DATABASE))


def _denied(conn: Connection, statement: str) -> None:
    """The statement fails with a permission error; the transaction is rolled back to go on."""
    savepoint = conn.begin_nested()
    with pytest.raises(DBAPIError) as err:
        conn.exec_driver_sql(statement)
    savepoint.rollback()
    assert getattr(err.value.orig, "sqlstate", None) == "42501", (statement, err.value.orig)


def _round_id(conn: Connection) -> int:
    return int(conn.exec_driver_sql("SELECT id FROM election_round").scalar_one())


def test_a_wrong_password_does_not_log_in(server: str) -> None:
    wrong = create_engine(_server_url(server, "may1", "not-the-password", DATABASE))
    with pytest.raises(DBAPIError), wrong.connect():
        pass
    wrong.dispose()


def test_a_station_reads_only_what_entry_needs(server: str) -> None:
    engine = _as(server, "may1")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT login FROM station").scalars().all() == ["may1"]
        stacks = conn.exec_driver_sql("SELECT first, last FROM ballot_stack ORDER BY first").all()
        assert [tuple(r) for r in stacks] == [(1, 12), (13, 23)]
        names = conn.exec_driver_sql("SELECT full_name FROM member ORDER BY full_name")
        assert sorted(names.scalars()) == sorted(CANDIDATES)  # the list, not the roster
        assert conn.exec_driver_sql("SELECT count(*) FROM candidate").scalar_one() == 7
        # Its own readings only: pass 1 of 1..12, pass 2 of 13..23; none of the others.
        seen = conn.exec_driver_sql("SELECT pass_no, serial, actor FROM ballot").all()
        assert [tuple(r) for r in seen] == [(1, 1, "Máy 1")]
        last = conn.exec_driver_sql("SELECT hash, state FROM journal ORDER BY id DESC LIMIT 1")
        assert len(last.one()[0]) == 64
    engine.dispose()


def test_every_other_table_is_refused_to_a_station(server: str) -> None:
    engine = _as(server, "may1")
    others = sorted(t.name for t in models.Base.metadata.sorted_tables if t.name not in GRANTED)
    assert {"member", "attendance", "vote", "speech"} & set(others) == {
        "attendance",
        "vote",
        "speech",
    }
    with engine.connect() as conn:
        for table in others:
            _denied(conn, f"SELECT * FROM {table}")
            _denied(conn, f"DELETE FROM {table}")
            _denied(conn, f"UPDATE {table} SET {_a_column(table)} = {_a_column(table)}")
        # Granted tables: read, never written (the papers and the journal aside).
        for table in sorted(GRANTED - {"ballot", "journal"}):
            _denied(conn, f"DELETE FROM {table}")
            _denied(conn, f"UPDATE {table} SET {_a_column(table)} = {_a_column(table)}")
        _denied(conn, "INSERT INTO station (name, login) VALUES ('Máy 9', 'may9')")
        _denied(
            conn,
            "INSERT INTO ballot_stack (round_id, first, last, first_station_id, "
            "second_station_id) VALUES (1, 50, 60, 1, 2)",
        )
        # The roster beyond the names, the journal's contents, its history.
        _denied(conn, "SELECT * FROM member")
        _denied(
            conn,
            "SELECT party_card FROM member"
            if "party_card" in models.Member.__table__.c
            else "SELECT * FROM member",
        )
        _denied(conn, "SELECT before, after, images FROM journal")
        _denied(conn, "UPDATE journal SET actor = 'x'")
        _denied(conn, "DELETE FROM journal")
        _denied(conn, "TRUNCATE ballot")
        # Neither the schema nor the rules themselves.
        _denied(conn, "CREATE TABLE public.mine (x integer)")
        _denied(conn, "ALTER TABLE ballot DISABLE ROW LEVEL SECURITY")
        _denied(conn, "DROP POLICY secretariat_station_rows ON ballot")
        _denied(conn, f"SET ROLE {OWNER}")
        _denied(conn, "CREATE ROLE intruder LOGIN")
        _denied(conn, "ALTER ROLE may2 PASSWORD 'taken-over-1'")
    engine.dispose()


def _a_column(table: str) -> str:
    return next(iter(models.Base.metadata.tables[table].c)).name


def _paper(round_id: int, pass_no: int, serial: int, actor: str = "Máy 1") -> str:
    chosen = json.dumps([1])
    return (
        "INSERT INTO ballot (round_id, pass_no, serial, entered_at, actor, chosen_json, "
        "not_issued, write_in, identifying_mark, valid) VALUES "
        f"({round_id}, {pass_no}, {serial}, '2026-12-07T09:00:00', '{actor}', '{chosen}', "
        "false, false, false, true)"
    )


def test_a_station_writes_only_its_stacks_and_its_pass(server: str) -> None:
    engine = _as(server, "may1")
    with engine.connect() as conn:
        # Writes are journaled: the row log every server connection keeps (pg_store).
        pg_store.Capture.install(conn.connection.dbapi_connection)
        r = _round_id(conn)
        # Allowed: its pass of its stacks, then change it, then take it back.
        conn.exec_driver_sql(_paper(r, 1, 2))
        conn.exec_driver_sql(_paper(r, 2, 20))
        assert (
            conn.exec_driver_sql("UPDATE ballot SET valid = false WHERE serial = 2").rowcount == 1
        )
        assert conn.exec_driver_sql("DELETE FROM ballot WHERE serial = 20").rowcount == 1
        conn.exec_driver_sql(
            "INSERT INTO journal (at, actor, action, entity, entity_id, prev_hash, hash) "
            "VALUES ('2026-12-07T09:00:00', 'may1', 'station.enter_paper', 'ballot', '2', "
            f"'{'0' * 64}', '{'1' * 64}')"
        )
        # Refused by the policy: the other pass, another station's stack, no stack at all.
        _denied(conn, _paper(r, 2, 3))  # pass 2 of 1..12 is may2's
        _denied(conn, _paper(r, 1, 14))  # pass 1 of 13..23 is may3's
        _denied(conn, _paper(r, 1, 30))  # outside every stack
        _denied(conn, "UPDATE ballot SET pass_no = 2 WHERE serial = 2")  # into the other pass
        _denied(conn, "UPDATE ballot SET serial = 13 WHERE serial = 2")  # into another stack
        # Rows it cannot see are untouched: nothing to update or delete.
        assert (
            conn.exec_driver_sql("UPDATE ballot SET valid = false WHERE pass_no = 2").rowcount == 0
        )
        others = "(pass_no = 2 AND serial <= 12) OR (pass_no = 1 AND serial >= 13)"
        assert conn.exec_driver_sql(f"DELETE FROM ballot WHERE {others}").rowcount == 0
        mine = conn.exec_driver_sql("SELECT pass_no, serial FROM ballot ORDER BY serial").all()
        assert [tuple(x) for x in mine] == [(1, 1), (1, 2)]
        # Raw rows, and a made-up journal line, would break the journal's chain: never kept.
        conn.rollback()
    engine.dispose()


def test_the_second_station_sees_only_its_own_pass(server: str) -> None:
    engine = _as(server, "may2")
    with engine.connect() as conn:
        seen = conn.exec_driver_sql("SELECT pass_no, serial FROM ballot ORDER BY serial").all()
        assert [tuple(x) for x in seen] == [(2, 1)]  # never may1's first pass of the stack
        assert conn.exec_driver_sql("SELECT count(*) FROM ballot_stack").scalar_one() == 1
    engine.dispose()


def test_logins_are_plain_names_with_a_password(server: str) -> None:
    owner = _owner(server)
    with owner.begin() as conn:
        for login in ("postgres", "secretariat_station", "pg_monitor", "May1", "x; drop"):
            with pytest.raises(ValidationError) as err:
                roles.create_station_login(conn, login, "long-enough-1")
            assert err.value.code == "bad_login"
        with pytest.raises(ValidationError) as err:
            roles.create_station_login(conn, "may4", "short")
        assert err.value.code == "weak_password"
        roles.create_station_login(conn, "may4", "it's-a-quote%s")
    with pytest.raises(ProgrammingError):  # may4 has no stack, so it sees nothing
        four = create_engine(_server_url(server, "may4", "it's-a-quote%s", DATABASE))
        with four.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM ballot").scalar_one() == 0
            conn.exec_driver_sql("SELECT * FROM vote")
    four.dispose()
    with owner.begin() as conn:
        roles.drop_station_login(conn, "may4")
    owner.dispose()


def test_a_station_works_through_the_services_and_the_journal_verifies(server: str) -> None:
    """The program itself, logged in as a station: its entry works, the roster does not."""
    url = _server_url(server, "may2", PASSWORDS["may2"], DATABASE)
    station_store = pg_store.open_server(
        url.render_as_string(hide_password=False), actor="may2", migrate=False
    )
    try:
        me = stations.station_by_login(station_store, "may2")
        (work,) = stations.station_work(station_store, me.id)
        assert (work.pass_no, work.entered, work.next_serial) == (2, 1, 2)
        round_row = elections.get_round(station_store, work.stack.round_id)
        first = round_row.candidates[0].member_id
        entry = stations.enter_paper(station_store, me.id, work.stack.id, chosen=[first])
        assert (entry.row.serial, entry.row.pass_no) == (2, 2)
        assert [p.serial for p in stations.station_papers(station_store, me.id, work.stack.id)] == [
            1,
            2,
        ]
        # What entry does not need is refused by the server, whatever the program asks.
        for call in (
            lambda: roster.list_members(station_store),
            lambda: votes.list_votes(station_store),
            lambda: attendance.congress_attendance(station_store),
        ):
            with pytest.raises(ProgrammingError) as err:
                call()
            assert getattr(err.value.orig, "sqlstate", None) == "42501"
        # Blind: the services, too, see no paper of the other pass.
        assert elections.list_ballots(station_store, work.stack.round_id, 1) == []
    finally:
        station_store.close()
    owner = pg_store.open_server(
        _server_url(server, OWNER, OWNER_PASSWORD, DATABASE).render_as_string(hide_password=False)
    )
    try:
        assert verify_journal(owner).ok
    finally:
        owner.close()


def test_the_secretary_sets_a_station_password_from_the_command_line(
    server: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    owner = _server_url(server, OWNER, OWNER_PASSWORD, DATABASE).render_as_string(
        hide_password=False
    )
    monkeypatch.setenv("SECRETARIAT_STATION_PASSWORD", "doi-mat-khau-3")
    assert cli.main(["station-login", owner, "may3"]) == 0
    assert "Máy 3" in capsys.readouterr().out
    engine = create_engine(_server_url(server, "may3", "doi-mat-khau-3", DATABASE))
    with engine.connect() as conn:  # the new password works, the old one no longer
        assert conn.exec_driver_sql("SELECT login FROM station").scalar_one() == "may3"
    engine.dispose()
    with pytest.raises(DBAPIError), _as(server, "may3").connect():
        pass
    PASSWORDS["may3"] = "doi-mat-khau-3"
    # A login that is not a station of this congress gets none.
    assert cli.main(["station-login", owner, "may9"]) == 2
