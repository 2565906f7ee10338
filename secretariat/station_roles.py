"""Station logins and what the database lets them do (issue 20 §2).

The secretary's login owns the congress's tables; row-level security does not
apply to an owner, so the secretary's screen is unaffected. Each counting
station connects with a login of its own (``station.login``), a member of the
group role ``STATION_GROUP``, which is granted only what ballot entry needs:

- read: its own ``station`` row, its ``ballot_stack`` rows, the rounds and
  elections those stacks belong to, their candidates and tellers, the
  candidates' ``member.id`` and ``member.full_name`` (no other column of the
  roster, no other member), the election settings, whether the congress is
  closed, the schema's revision;
- read, insert, update, delete: the ``ballot`` rows whose round, pass and
  serial fall in a stack assigned to it for that pass — never the other pass
  (blind double entry), never another stack;
- the journal: append a line, and read only the last line's ``hash`` and
  ``state`` (to chain it), none of the before/after/row images.

Everything else (attendance, votes, results, speeches, the resolution, the
minutes, other stations) is not granted: the database refuses it with a
permission error whatever the program does. The checks of
``services.stations`` give the same refusals in words before the database.

The statements are plain SQL run by the owner (``install``, then
``create_station_login`` per station); they are idempotent.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from sqlalchemy import Connection

from secretariat.errors import ValidationError
from secretariat.services.stations import LOGIN, RESERVED_LOGINS

STATION_GROUP = "secretariat_station"
MIN_PASSWORD = 8


def _ident(name: str) -> str:
    """A role or schema name the statements may carry unquoted (checked, never escaped)."""
    if not LOGIN.fullmatch(name):
        raise ValidationError("bad_login", "login", name)
    return name


def _verifier(conn: Connection, login: str, password: str) -> str:
    """The password as a SCRAM-SHA-256 verifier, computed by the client (libpq).

    DDL takes no parameters, so the statement carries the password itself: the
    verifier (base64, ``$`` and ``:`` only) keeps the clear text out of the
    statement and the server's log, and needs no quoting.
    """
    if "\x00" in password:
        raise ValidationError("invalid", "password", "")
    pgconn = conn.connection.dbapi_connection.pgconn  # type: ignore[union-attr]
    verifier = pgconn.encrypt_password(password.encode(), login.encode(), b"scram-sha-256")
    text = bytes(verifier).decode("ascii")
    assert re.fullmatch(r"SCRAM-SHA-256\$[A-Za-z0-9+/=$:]+", text), text
    return f"'{text}'"


# The rows a station may see, each written out so that the planner joins it once per
# query (a function called per row costs a query for each of thousands of papers).
# A policy's subquery is itself filtered by the policies of the tables it reads, as
# the station: ``station`` shows only its own row, so ``ballot_stack`` only its
# stacks, ``election_round`` only their rounds, and so on down to the candidates'
# names in ``member``.
_OWN_STACK = (
    "EXISTS (SELECT 1 FROM {s}.station t "
    "WHERE t.id IN (ballot_stack.first_station_id, ballot_stack.second_station_id))"
)
_OWN_ROUND = "EXISTS (SELECT 1 FROM {s}.ballot_stack k WHERE k.round_id = {table}.{column})"
_MAY_KEY = (
    "EXISTS (SELECT 1 FROM {s}.ballot_stack k JOIN {s}.station t ON t.login = session_user "
    "WHERE k.round_id = ballot.round_id AND ballot.serial BETWEEN k.first AND k.last "
    "AND t.id = CASE ballot.pass_no WHEN 1 THEN k.first_station_id "
    "WHEN 2 THEN k.second_station_id END)"
)

# (table, privileges granted to the group, the rows a station may see and write).
READ_ONLY: tuple[tuple[str, str, str], ...] = (
    ("station", "SELECT", "login = session_user"),
    ("ballot_stack", "SELECT", _OWN_STACK),
    ("election_round", "SELECT", _OWN_ROUND.replace("{table}.{column}", "election_round.id")),
    (
        "election",
        "SELECT",
        "EXISTS (SELECT 1 FROM {s}.election_round r WHERE r.election_id = election.id)",
    ),
    # The majority base frozen at the issue of its rounds' ballots (read with the round).
    (
        "frozen_base",
        "SELECT",
        "EXISTS (SELECT 1 FROM {s}.election_round r WHERE r.frozen_base_id = frozen_base.id)",
    ),
    ("candidate", "SELECT", _OWN_ROUND.replace("{table}.{column}", "candidate.round_id")),
    ("teller", "SELECT", _OWN_ROUND.replace("{table}.{column}", "teller.round_id")),
    (
        "member",
        "SELECT (id, full_name)",
        "EXISTS (SELECT 1 FROM {s}.candidate c WHERE c.member_id = member.id)",
    ),
    ("setting", "SELECT", "starts_with(key, 'elections.')"),
    # Whether the congress is closed: every action asks first (``store.action``).
    ("closing", "SELECT", "true"),
    # The schema's revision: a station's program checks it matches its own on opening.
    ("alembic_version", "SELECT", "true"),
)
PAPERS = ("ballot", "SELECT, INSERT, UPDATE, DELETE", _MAY_KEY)
# The sequences a station's inserts draw from (PostgreSQL's default names for SERIAL ids).
SEQUENCES = ("ballot_id_seq", "journal_id_seq")


def _table_statements(schema: str, group: str) -> Iterable[str]:
    for table, privileges, rows in (*READ_ONLY, PAPERS):
        rows = rows.format(s=schema)
        policy = f"{group}_rows"
        yield f"ALTER TABLE {schema}.{table} ENABLE ROW LEVEL SECURITY"
        yield f"DROP POLICY IF EXISTS {policy} ON {schema}.{table}"
        check = f" WITH CHECK ({rows})" if "INSERT" in privileges else ""
        yield f"CREATE POLICY {policy} ON {schema}.{table} TO {group} USING ({rows}){check}"
        yield f"REVOKE ALL ON {schema}.{table} FROM {group}"
        yield f"GRANT {privileges} ON {schema}.{table} TO {group}"
    # The journal: append, and read the last line's hash and state to chain the next.
    yield f"REVOKE ALL ON {schema}.journal FROM {group}"
    yield f"GRANT INSERT, SELECT (id, hash, state) ON {schema}.journal TO {group}"
    for sequence in SEQUENCES:
        yield f"GRANT USAGE, SELECT ON SEQUENCE {schema}.{sequence} TO {group}"


def statements(schema: str = "public", group: str = STATION_GROUP) -> list[str]:
    """The owner's statements that set the stations' rights up (idempotent)."""
    s, g = _ident(schema), _ident(group)
    out = [
        "DO $$ BEGIN "
        f"IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{g}') "
        f"THEN CREATE ROLE {g} NOLOGIN; END IF; END $$",
        f"REVOKE ALL ON ALL TABLES IN SCHEMA {s} FROM PUBLIC",
        f"GRANT USAGE ON SCHEMA {s} TO {g}",
    ]
    out += list(_table_statements(s, g))
    return out


def install(conn: Connection, schema: str = "public", group: str = STATION_GROUP) -> None:
    """Run ``statements`` as the owner (after the migrations, before any station joins)."""
    for statement in statements(schema, group):
        conn.exec_driver_sql(statement)


def _station_login(login: str) -> str:
    if login in RESERVED_LOGINS or login.startswith("pg_") or login == STATION_GROUP:
        raise ValidationError("bad_login", "login", login)
    return _ident(login)


def create_station_login(
    conn: Connection, login: str, password: str, group: str = STATION_GROUP
) -> None:
    """A station's login, in the stations' group, with its password (``weak_password``
    under ``MIN_PASSWORD`` characters). A station's existing login gets the new
    password; a login that exists and is not a station's is refused
    (``login_taken``: never the owner's or another program's role)."""
    name, g = _station_login(login), _ident(group)
    if len(password) < MIN_PASSWORD:
        raise ValidationError("weak_password", "password", len(password))
    exists = conn.exec_driver_sql(
        "SELECT pg_has_role(r.oid, g.oid, 'MEMBER') FROM pg_roles r, pg_roles g "
        f"WHERE r.rolname = '{name}' AND g.rolname = '{g}'"
    ).scalar()
    if exists is None:
        conn.exec_driver_sql(
            f"CREATE ROLE {name} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE INHERIT "
            f"PASSWORD {_verifier(conn, name, password)} IN ROLE {g}"
        )
    elif not exists:
        raise ValidationError("login_taken", "login", name)
    else:
        conn.exec_driver_sql(f"ALTER ROLE {name} PASSWORD {_verifier(conn, name, password)}")


def drop_station_login(conn: Connection, login: str) -> None:
    """Remove a station's login (a station taken out of the count)."""
    name = _station_login(login)
    conn.exec_driver_sql(f"DROP ROLE IF EXISTS {name}")
