"""Values a screen would read later, checked when a file is opened (issue 17 §3).

``verify.check_values`` refuses a value of the wrong storage class or an
unknown enum value. What passes that can still crash a screen minutes later: a
ballot whose reading is not JSON or names someone who is not a candidate, a
check-in time that is not a time, a row pointing at a row that is gone, a
table dropped with sqlite3. This module finds the first such value and names
its table, row and column; ``refuse_bad_values`` turns it into the typed
refusal the opening gives, and the JSON archive import runs the same checks on
the file it has just built. Plain ``sqlite3``, read only; no Qt.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from secretariat import models
from secretariat.errors import FileRefused
from secretariat.rules.ballots import Mark

# Columns of ISO dates and times, by how they are parsed (the models' comments).
DATE_COLUMNS = {("session", "day"), ("election", "ratified_on")}
TIME_COLUMNS = {("session", "start"), ("session", "end")}
_DATETIME_NAMES = frozenset(
    {"created_at", "edited_at", "resolved_at", "entered_at", "running_since", "at"}
)
# JSON columns read by the services; the ballot readings are checked more closely.
JSON_COLUMNS = {
    ("election_round", "totals_json"),
    ("ballot_resolution", "first_json"),
    ("ballot_resolution", "second_json"),
    ("ballot_resolution", "result_json"),
    ("resolution_version", "content_json"),
    ("setting", "value"),
}
# The journal is the verifier's: its text is hashed as written and never parsed here.
SKIPPED_TABLES = frozenset({"journal", "alembic_version"})
MARKS = frozenset(m.value for m in Mark)


@dataclass(frozen=True, slots=True)
class BadValue:
    """Where a value is wrong (``row`` is the primary key as text) and why, in short."""

    table: str
    row: str
    column: str
    reason: str  # missing table, not JSON, nested too deep, not a date, unknown candidate, …

    def __str__(self) -> str:
        where = self.table + (f" #{self.row}" if self.row else "")
        return f"{where}" + (f" {self.column}" if self.column else "") + f": {self.reason}"


def refuse_bad_values(conn: sqlite3.Connection, path: Path, *, whole_schema: bool) -> None:
    """Refuse the file (``FileRefused("bad_value")``) at its first bad value.

    ``whole_schema``: the file is at the current revision, so every table of the
    models must be there (an older file gets the missing ones from its migration).
    """
    bad = first_bad_value(conn, whole_schema=whole_schema)
    if bad is not None:
        raise FileRefused("bad_value", str(path), str(bad))


def first_bad_value(conn: sqlite3.Connection, *, whole_schema: bool = True) -> BadValue | None:
    return next(iter(_bad_values(conn, whole_schema)), None)


def _bad_values(conn: sqlite3.Connection, whole_schema: bool) -> Iterator[BadValue]:
    tables = {str(r[0]) for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    for table in models.Base.metadata.sorted_tables:
        if table.name not in tables:
            if whole_schema:
                yield BadValue(table.name, "", "", "missing table")
            continue
        present = {str(r[1]) for r in conn.execute(f'PRAGMA table_info("{table.name}")')}
        if table.name in SKIPPED_TABLES:
            continue
        for column in table.columns:
            if column.name in present:
                yield from _column(conn, table.name, column.name)
    if "ballot" in tables and "candidate" in tables:
        yield from _ballots(conn)
    for table_name, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check"):
        yield BadValue(str(table_name), str(rowid), "", f"refers to a missing {parent}")


def _parser(table: str, column: str) -> Callable[[str], Any] | None:
    if (table, column) in DATE_COLUMNS:
        return date.fromisoformat
    if (table, column) in TIME_COLUMNS:
        return time.fromisoformat
    if column in _DATETIME_NAMES or column.endswith("_at"):
        return datetime.fromisoformat
    if (table, column) in JSON_COLUMNS:
        return json.loads
    return None


def _column(conn: sqlite3.Connection, table: str, column: str) -> Iterator[BadValue]:
    parse = _parser(table, column)
    if parse is None:
        return
    rows = conn.execute(
        f'SELECT rowid, "{column}" FROM "{table}" WHERE typeof("{column}") = \'text\''
    )
    for rowid, value in rows:
        reason = _unreadable(parse, value)
        if reason is not None:
            yield BadValue(table, str(rowid), column, reason)


def _unreadable(parse: Callable[[str], Any], value: str) -> str | None:
    try:
        parse(value)
    except RecursionError:
        return "nested too deep"
    except ValueError:
        return "not JSON" if parse is json.loads else "not a date or time"
    return None


def _ballots(conn: sqlite3.Connection) -> Iterator[BadValue]:
    """Each reading parses to its shape and names only the round's candidates."""
    candidates: dict[int, set[int]] = {}
    for round_id, member_id in conn.execute("SELECT round_id, member_id FROM candidate"):
        candidates.setdefault(int(round_id), set()).add(int(member_id))
    as_text = {r: {str(m) for m in members} for r, members in candidates.items()}
    rows = conn.execute("SELECT id, round_id, chosen_json, marks_json FROM ballot")
    for ident, round_id, chosen, marks in rows:
        if chosen is not None:
            reason = _chosen(str(chosen), candidates.get(int(round_id), set()))
            if reason is not None:
                yield BadValue("ballot", str(ident), "chosen_json", reason)
        if marks is not None:
            reason = _marks(str(marks), as_text.get(int(round_id), set()))
            if reason is not None:
                yield BadValue("ballot", str(ident), "marks_json", reason)


def _parsed(text: str) -> tuple[Any, str | None]:
    try:
        return json.loads(text), None
    except RecursionError:
        return None, "nested too deep"
    except ValueError:
        return None, "not JSON"


_ID_LIST = re.compile(r"\[\s*(?:\d+\s*(?:,\s*\d+\s*)*)?\]")


def _chosen(text: str, known: set[int]) -> str | None:
    """A surplus-form reading: the list of member ids left unstruck."""
    if _ID_LIST.fullmatch(text):  # what the program writes: read fast (5,000 ballots)
        unknown = set(json.loads(text)) - known
        return f"unknown candidate {min(unknown)}" if unknown else None
    value, reason = _parsed(text)
    if reason is not None:
        return reason
    if not isinstance(value, list):
        return "not a reading"
    ids = [_member_id(ident) for ident in value]  # ids may be written as text ("12")
    if None in ids:
        return "not a member id"
    unknown = {ident for ident in ids if ident is not None} - known
    return f"unknown candidate {min(unknown)}" if unknown else None


def _marks(text: str, known: set[str]) -> str | None:
    """A no-surplus reading: {member id: mark}."""
    value, reason = _parsed(text)
    if reason is not None:
        return reason
    if not isinstance(value, dict):
        return "not a reading"
    if not all(isinstance(mark, str) and mark in MARKS for mark in value.values()):
        return "unknown mark"
    unknown = value.keys() - known
    return f"unknown candidate {min(unknown)}" if unknown else None


def _member_id(value: Any) -> int | None:
    """A member id as the services write it: a number, or its digits as text."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.isascii() and value.isdigit():
        return int(value)
    return None
