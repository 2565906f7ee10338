"""Tamper evidence: walk the journal's hash chain and report the first broken link.

Every journal line stores the hash of the line before it and its own hash over
(previous hash, time, actor, action, entity, id, before, after)
(``store.entry_hash``). Changing, inserting or removing a line anywhere breaks
the chain at that line and every line after it. ``verify_journal`` recomputes
the chain from the start: ``head`` is the hash of the last line, which the
vote-counting minutes print, so a printed minutes sheet pins the file's history.

The file is read read-only; a file that cannot be opened is refused as by
``store.examine`` (``FileRefused``).
"""

from __future__ import annotations

import enum
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Boolean, Column, Integer, String, select

from secretariat import models
from secretariat import store as store_mod
from secretariat.errors import FileRefused
from secretariat.models import JournalEntry
from secretariat.store import GENESIS_HASH, Store, entry_hash


@dataclass(frozen=True, slots=True)
class VerifyReport:
    ok: bool
    entries: int  # journal lines read
    first_broken: int | None  # journal id of the first line that does not chain
    head: str  # hash of the last line (GENESIS_HASH for an empty journal)
    reason: str = ""  # "hash" (the line was changed) or "link" (a line before it changed/went)


_COLUMNS = "id, at, actor, action, entity, entity_id, before, after, prev_hash, hash"


def _rows(conn: sqlite3.Connection) -> list[tuple[object, ...]]:
    return conn.execute(f"SELECT {_COLUMNS} FROM journal ORDER BY id").fetchall()


def _walk(rows: list[tuple[object, ...]]) -> VerifyReport:
    prev = GENESIS_HASH
    for row in rows:
        ident, at, actor, action, entity, entity_id, before, after, prev_hash, digest = row
        if prev_hash != prev:
            return VerifyReport(False, len(rows), int(str(ident)), str(rows[-1][9]), "link")
        texts = [at, actor, action, entity, entity_id]
        if not all(isinstance(t, str) for t in texts) or not all(
            v is None or isinstance(v, str) for v in (before, after)
        ):
            return VerifyReport(False, len(rows), int(str(ident)), str(rows[-1][9]), "hash")
        expected = entry_hash(
            prev,
            str(at),
            str(actor),
            str(action),
            str(entity),
            str(entity_id),
            None if before is None else str(before),
            None if after is None else str(after),
        )
        if digest != expected:
            return VerifyReport(False, len(rows), int(str(ident)), str(rows[-1][9]), "hash")
        prev = expected
    return VerifyReport(True, len(rows), None, prev)


def verify_journal(target: Store | Path | str) -> VerifyReport:
    """Recompute the hash chain of an open store or a congress file (read-only)."""
    if isinstance(target, Store):
        path = target.path
    else:
        path = Path(target)
        store_mod.examine(path)  # refuses what is not a readable congress file
    try:
        with closing(store_mod._read_only(path)) as conn:
            return _walk(_rows(conn))
    except sqlite3.DatabaseError as exc:
        raise FileRefused("corrupt", str(path), str(exc)) from exc


def journal_head(store: Store) -> str:
    """The hash of the last journal line, as printed on the count minutes."""
    with store.read() as session:
        head = session.scalar(select(JournalEntry.hash).order_by(JournalEntry.id.desc()).limit(1))
    return head or GENESIS_HASH


# --- values of the right kind -------------------------------------------------------------


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
