"""A station's login may key its own stacks and pass and nothing else (issue 20 §2).

The database itself refuses (GRANTs and row-level security, ``secretariat.server.roles``),
whatever the program asks: a station logs in with its password and tries every forbidden
read and write, each of which fails with a permission error (SQLSTATE 42501) or, for rows
of the same table that row-level security hides, touches nothing; the allowed ones succeed.

The congress is the demo congress with one committee round (23 papers issued), built on
SQLite by the services and copied to the server table by table.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import URL, Connection, Engine, create_engine, func, select, text
from sqlalchemy.exc import DBAPIError, ProgrammingError

from secretariat import demo, models
from secretariat.errors import ValidationError
from secretariat.server import roles
from secretariat.services import elections, stations
from secretariat.store import Store
from tests.core.test_elections_service import AT, CANDIDATES, committee_round, ids
from tests.server.station_server import Server, station_server

__all__ = ["station_server"]

OWNER, OWNER_PASSWORD = "secretary", "thu-ky-dai-hoi"
PASSWORDS = {"may1": "may-mot-1234", "may2": "may-hai-1234", "may3": "may-ba-12345"}
GRANTED = {
    "station",
    "ballot_stack",
    "election_round",
    "election",
    "candidate",
    "teller",
    "setting",
    "ballot",
    "journal",
    "member",
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


def _copy(store: Store, owner: Engine) -> None:
    """Every table of the file onto the server, ids kept, sequences moved past them."""
    models.Base.metadata.create_all(owner)
    with store.read() as s, owner.begin() as conn:
        for table in models.Base.metadata.sorted_tables:
            rows = [dict(r) for r in s.execute(select(table)).mappings()]
            if rows:
                conn.execute(table.insert(), rows)
            if "id" in table.c and len(table.primary_key.columns) == 1:
                conn.execute(
                    text(
                        f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                        f"coalesce((SELECT max(id) FROM {table.name}), 0) + 1, false)"
                    )
                )


@pytest.fixture(scope="module")
def congress(station_server: Server, tmp_path_factory: pytest.TempPathFactory) -> Iterator[URL]:
    admin = create_engine(station_server.url(), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f"CREATE ROLE {OWNER} LOGIN CREATEROLE PASSWORD '{OWNER_PASSWORD}'")
        conn.exec_driver_sql(f"CREATE DATABASE roles_test OWNER {OWNER}")
    admin.dispose()
    owner = create_engine(station_server.url(OWNER, OWNER_PASSWORD, "roles_test"))
    with _build(tmp_path_factory.mktemp("roles") / "d.daihoi") as store:
        _copy(store, owner)
    with owner.begin() as conn:
        roles.install(conn)
        roles.install(conn)  # idempotent: a second run changes nothing
        for login, password in PASSWORDS.items():
            roles.create_station_login(conn, login, password)
    owner.dispose()
    yield station_server.url(OWNER, OWNER_PASSWORD, "roles_test")


def _as(server: Server, login: str) -> Engine:
    return create_engine(server.url(login, PASSWORDS[login], "roles_test"))


def _denied(conn: Connection, statement: str) -> None:
    """The statement fails with a permission error; the transaction is rolled back to go on."""
    savepoint = conn.begin_nested()
    with pytest.raises(DBAPIError) as err:
        conn.exec_driver_sql(statement)
    savepoint.rollback()
    assert getattr(err.value.orig, "sqlstate", None) == "42501", (statement, err.value.orig)


def _round_id(conn: Connection) -> int:
    return int(conn.exec_driver_sql("SELECT id FROM election_round").scalar_one())


def test_a_wrong_password_does_not_log_in(station_server: Server, congress: URL) -> None:
    wrong = create_engine(station_server.url("may1", "not-the-password", "roles_test"))
    with pytest.raises(DBAPIError), wrong.connect():
        pass
    wrong.dispose()


def test_a_station_reads_only_what_entry_needs(station_server: Server, congress: URL) -> None:
    engine = _as(station_server, "may1")
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


def test_every_other_table_is_refused_to_a_station(station_server: Server, congress: URL) -> None:
    engine = _as(station_server, "may1")
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


def test_a_station_writes_only_its_stacks_and_its_pass(
    station_server: Server, congress: URL
) -> None:
    engine = _as(station_server, "may1")
    with engine.connect() as conn:
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
        conn.commit()
    engine.dispose()
    owner = create_engine(congress)
    with owner.connect() as conn:
        rows = conn.execute(
            select(
                models.BallotPaper.pass_no, models.BallotPaper.serial, models.BallotPaper.actor
            ).order_by(models.BallotPaper.pass_no, models.BallotPaper.serial)
        ).all()
        assert [tuple(x) for x in rows] == [
            (1, 1, "Máy 1"),
            (1, 2, "Máy 1"),
            (1, 13, "Máy 3"),
            (2, 1, "Máy 2"),
        ]
        assert conn.execute(select(func.count()).select_from(models.JournalEntry)).scalar_one()
    owner.dispose()


def test_the_second_station_sees_only_its_own_pass(station_server: Server, congress: URL) -> None:
    engine = _as(station_server, "may2")
    with engine.connect() as conn:
        seen = conn.exec_driver_sql("SELECT pass_no, serial FROM ballot ORDER BY serial").all()
        assert [tuple(x) for x in seen] == [(2, 1)]  # never may1's first pass of the stack
        assert conn.exec_driver_sql("SELECT count(*) FROM ballot_stack").scalar_one() == 1
    engine.dispose()


def test_logins_are_plain_names_with_a_password(station_server: Server, congress: URL) -> None:
    owner = create_engine(congress)
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
        four = create_engine(station_server.url("may4", "it's-a-quote%s", "roles_test"))
        with four.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM ballot").scalar_one() == 0
            conn.exec_driver_sql("SELECT * FROM vote")
    four.dispose()
    with owner.begin() as conn:
        roles.drop_station_login(conn, "may4")
    owner.dispose()
