"""Checks of a congress file's contents made before it is opened (no store, no ORM session).

``store.examine`` runs them on a read-only connection; ``verify`` runs them too.
They live apart from both so that neither imports the other (issue #15 §5).

- :func:`check_values`: every value is of its column's kind (and enum values known).
- :func:`foreign_objects`: the schema holds only what the program's migrations
  create. A trigger planted in the file could rewrite ballots as they are
  entered, a view or an extra table could feed a document something the journal
  never saw; such a file is refused at opening (docs/tamper-evidence.md).
"""

from __future__ import annotations

import enum
import sqlite3
from functools import cache

from sqlalchemy import Boolean, Column, Integer, String

from secretariat import models

# The triggers the migrations create (0001): the journal is append-only.
PROGRAM_TRIGGERS = {
    "journal_no_update": "CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal "
    "BEGIN SELECT RAISE(ABORT, 'journal is append-only'); END",
    "journal_no_delete": "CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal "
    "BEGIN SELECT RAISE(ABORT, 'journal is append-only'); END",
}
SQLITE_TABLES = frozenset({"sqlite_sequence", "sqlite_stat1", "sqlite_stat2", "sqlite_stat3"})
SQLITE_TABLES |= {"sqlite_stat4"}


@cache
def program_tables() -> frozenset[str]:
    return frozenset(models.Base.metadata.tables) | {"alembic_version"}


@cache
def program_indexes() -> frozenset[str]:
    names: set[str] = set()
    for table in models.Base.metadata.tables.values():
        names.update(str(index.name) for index in table.indexes)
    return frozenset(names)


def _words(sql: object) -> str:
    return " ".join(str(sql or "").split())


def foreign_objects(conn: sqlite3.Connection) -> list[str]:
    """The schema objects of the file that the program did not create ("trigger x", ...).

    Tables and indexes are known by name (a file of an older revision has fewer),
    the program's own triggers also by their text, so a trigger replaced under
    the same name is foreign too. Views are never created by the program.
    """
    found = []
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name")
    for kind, name, table, sql in rows:
        kind, name = str(kind), str(name)
        if kind == "table":
            known = name in program_tables() or name in SQLITE_TABLES
        elif kind == "index":
            known = name in program_indexes() or (
                name.startswith("sqlite_autoindex_") and str(table) in program_tables()
            )
        elif kind == "trigger":
            known = _words(PROGRAM_TRIGGERS.get(name)) == _words(sql)
        else:  # views, or anything a later SQLite may add
            known = False
        if not known:
            found.append(f"{kind} {name}")
    return found


def _enum_columns() -> dict[tuple[str, str], frozenset[str]]:
    """The columns that hold one value of a known set (an enum of the core)."""
    from secretariat import domain
    from secretariat.rules.ballots import BallotForm

    found: dict[tuple[str, str], type[enum.StrEnum]] = {
        ("congress", "kind"): domain.CongressKind,
        ("member", "status"): domain.MemberStatus,
        ("member", "gender"): domain.Gender,
        ("session", "kind"): domain.SessionKind,
        ("attendance", "state"): domain.AttendanceState,
        ("movement", "kind"): domain.Movement,
        ("speech", "kind"): domain.SpeechKind,
        ("election_round", "form"): BallotForm,
        ("body_seat", "body"): domain.Body,
    }
    return {key: frozenset(str(v.value) for v in kind) for key, kind in found.items()}


def _allowed(column: Column[object]) -> tuple[str, ...] | None:
    kind = column.type
    if isinstance(kind, Boolean):
        allowed: tuple[str, ...] = ("integer",)
    elif isinstance(kind, Integer):
        allowed = ("integer",)
    elif isinstance(kind, String):  # Text is a String
        allowed = ("text",)
    else:
        return None
    return (*allowed, "null") if column.nullable else allowed


def check_values(conn: sqlite3.Connection) -> str | None:
    """The first value of the wrong kind in a congress file ("member.gender: 'x'"), or None.

    Every column of the models is checked for its SQLite storage class (a text in
    a number column, a blob, a NULL where none belongs) and the enum columns for
    a known value, so that a hand-edited or hostile file is refused at the door
    instead of failing somewhere on a screen.
    """
    tables = {str(r[0]) for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    enums = _enum_columns()
    for table in models.Base.metadata.sorted_tables:
        if table.name not in tables:
            continue
        present = {str(r[1]) for r in conn.execute(f'PRAGMA table_info("{table.name}")')}
        for column in table.columns:
            if column.name not in present:
                continue
            name = f'"{table.name}"."{column.name}"'
            allowed = _allowed(column)
            if allowed is not None:
                marks = ", ".join("?" for _ in allowed)
                bad = conn.execute(
                    f'SELECT quote({name}) FROM "{table.name}" '
                    f"WHERE typeof({name}) NOT IN ({marks}) LIMIT 1",
                    allowed,
                ).fetchone()
                if bad is not None:
                    return f"{table.name}.{column.name}: {str(bad[0])[:40]}"
            values = enums.get((table.name, column.name))
            if values is not None:
                marks = ", ".join("?" for _ in values)
                bad = conn.execute(
                    f'SELECT quote({name}) FROM "{table.name}" '
                    f"WHERE {name} IS NOT NULL AND {name} NOT IN ({marks}) LIMIT 1",
                    sorted(values),
                ).fetchone()
                if bad is not None:
                    return f"{table.name}.{column.name}: {str(bad[0])[:40]}"
    return None
