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
    instead of failing somewhere on a screen. Each table is read once: opening a
    file of 5,000 papers does not scan its largest tables once per column.
    """
    present: dict[str, set[str]] = {}
    for table_name, column_name in conn.execute(
        "SELECT m.name, p.name FROM sqlite_master AS m, pragma_table_info(m.name) AS p "
        "WHERE m.type = 'table'"
    ):
        present.setdefault(str(table_name), set()).add(str(column_name))
    enums = _enum_columns()
    for table in models.Base.metadata.sorted_tables:
        columns = [c for c in table.columns if c.name in present.get(table.name, ())]
        checks = _faults(table.name, columns, enums)
        if not checks:
            continue
        # One pass over the table: the first row with a wrong value, then which one.
        fault = " OR ".join(f"f{i}" for i in range(len(checks)))
        inner = ", ".join(
            f'({test}) AS f{i}, quote("{name}") AS v{i}' for i, (name, test, _) in enumerate(checks)
        )
        params = [value for _, _, values in checks for value in values]
        row = conn.execute(
            f'SELECT * FROM (SELECT {inner} FROM "{table.name}") WHERE {fault} LIMIT 1', params
        ).fetchone()
        if row is not None:
            for i, (name, _, _) in enumerate(checks):
                if row[2 * i]:
                    return f"{table.name}.{name}: {str(row[2 * i + 1])[:40]}"
    return None


def _faults(
    table: str, columns: list[Column[object]], enums: dict[tuple[str, str], frozenset[str]]
) -> list[tuple[str, str, tuple[str, ...]]]:
    """(column, an SQL test true for a wrong value, its parameters) per check."""
    checks: list[tuple[str, str, tuple[str, ...]]] = []
    for column in columns:
        name = f'"{column.name}"'
        allowed = _allowed(column)
        if allowed is not None:
            marks = ", ".join("?" for _ in allowed)
            checks.append((column.name, f"typeof({name}) NOT IN ({marks})", allowed))
        values = enums.get((table, column.name))
        if values is not None:
            marks = ", ".join("?" for _ in values)
            test = f"{name} IS NOT NULL AND {name} NOT IN ({marks})"
            checks.append((column.name, test, tuple(sorted(values))))
    return checks
