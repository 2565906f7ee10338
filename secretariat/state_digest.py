"""The state digest: one hash of every row of the congress data, kept up to date cheaply.

The digest is a sum, modulo 2**256, of the SHA-256 of each row (its table, its
primary key and its values as canonical JSON). A sum of row hashes can be
updated from an action's row images alone (take the old row's hash out, put
the new one's in), so each action costs a few hashes, not a re-hash of the
file, and the result is the same as hashing every row from scratch — which is
what ``verify`` does. Every journal line carries the digest after its action,
inside the hash chain, so the fingerprint printed on documents pins the state
as well as the history (docs/tamper-evidence.md).

The tables covered are the models' tables except the journal itself (the
chain covers it) and Alembic's revision table.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from secretariat import models

MODULUS = 2**256
EMPTY = "0" * 64  # the digest of no rows at all
NOT_STATE = frozenset({"journal"})

Row = dict[str, Any]
RowKey = tuple[str, str]  # (table, canonical JSON of the primary key values)


def canonical(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)


@dataclass(frozen=True, slots=True)
class TableShape:
    name: str
    columns: tuple[str, ...]
    key: tuple[str, ...]  # primary key columns, in key order


@cache
def state_table_names() -> tuple[str, ...]:
    return tuple(t.name for t in models.Base.metadata.sorted_tables if t.name not in NOT_STATE)


def shapes(conn: sqlite3.Connection) -> list[TableShape]:
    """The state tables present in the file, with their columns as the file has them."""
    present = {str(r[0]) for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    out = []
    for name in state_table_names():
        if name not in present:
            continue
        info = conn.execute(f'PRAGMA main.table_info("{name}")').fetchall()
        columns = tuple(str(r[1]) for r in info)
        key = tuple(str(r[1]) for r in sorted((r for r in info if r[5]), key=lambda r: r[5]))
        out.append(TableShape(name, columns, key or ("rowid",)))
    return out


def row_hash(table: str, key: str, row: Mapping[str, Any]) -> int:
    payload = canonical([table, json.loads(key), dict(row)])
    return int.from_bytes(hashlib.sha256(payload.encode("utf-8")).digest(), "big")


def from_hex(digest: str) -> int:
    return int(digest, 16)


def to_hex(value: int) -> str:
    return f"{value % MODULUS:064x}"


def advance(digest: str, changes: Iterable[tuple[str, str, Row | None, Row | None]]) -> str:
    """The digest after ``changes`` (table, key, before, after): before out, after in."""
    value = from_hex(digest)
    for table, key, before, after in changes:
        if before is not None:
            value -= row_hash(table, key, before)
        if after is not None:
            value += row_hash(table, key, after)
    return to_hex(value)


def iter_rows(conn: sqlite3.Connection) -> Iterator[tuple[RowKey, Row]]:
    """Every row of the state tables as ((table, key), values), read from the file."""
    for shape in shapes(conn):
        cols = ", ".join(f'"{c}"' for c in shape.columns)
        keys = ", ".join(f'"{c}"' for c in shape.key)
        cursor = conn.execute(f'SELECT {keys}, {cols} FROM "{shape.name}"')
        width = len(shape.key)
        for record in cursor:
            key = canonical(list(record[:width]))
            yield (shape.name, key), dict(zip(shape.columns, record[width:], strict=True))


def read_state(conn: sqlite3.Connection) -> dict[RowKey, Row]:
    return dict(iter_rows(conn))


def digest_of(rows: Mapping[RowKey, Row]) -> str:
    return advance(EMPTY, ((t, k, None, row) for (t, k), row in rows.items()))
