"""Row images: what each action changed, captured by the connection, not by the services.

Every writing connection of a store gets TEMP triggers (they live in the
connection's temporary schema, never in the file) on every state table: each
insert, update and delete — by the ORM, by a bulk ``delete()``, by raw SQL or by
a foreign key's ON DELETE CASCADE — logs the row's key with its image before and
after into a temporary table. At the end of the action the unit of work
collects the log, folds it to one image per row (the first "before", the last
"after") and stores it with the action's journal line (``store.UnitOfWork``).

This is the foundation of one undo shape (issue #15 §3) and of tamper evidence
(issue #17 §2): replaying every journal line's images from empty gives the
tables; ``verify`` checks that it does.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from secretariat.state_digest import Row, TableShape, canonical, iter_rows, shapes

LOG = "temp.secretariat_row_change"
LOG_NAME = "secretariat_row_change"  # (a trigger body may not name the schema)


@dataclass(frozen=True, slots=True)
class RowImage:
    """One row's change in one action: ``before`` None = inserted, ``after`` None = deleted."""

    table: str
    key: str  # canonical JSON list of the primary key's values
    before: Row | None
    after: Row | None

    def as_json(self) -> list[Any]:
        return [self.table, json.loads(self.key), self.before, self.after]

    @classmethod
    def from_json(cls, value: Any) -> RowImage:
        table, key, before, after = value
        return cls(str(table), canonical(key), before, after)


def images_json(images: list[RowImage]) -> str:
    return canonical([image.as_json() for image in images])


def parse_images(text: str) -> list[RowImage]:
    """The images of a journal line (``ValueError`` if malformed)."""
    value = json.loads(text)
    if not isinstance(value, list):
        raise ValueError("images are not a list")
    out = []
    for item in value:
        if not (isinstance(item, list) and len(item) == 4 and isinstance(item[1], list)):
            raise ValueError("malformed row image")
        if not all(v is None or isinstance(v, dict) for v in item[2:]):
            raise ValueError("malformed row image")
        out.append(RowImage.from_json(item))
    return out


def _object(prefix: str, shape: TableShape) -> str:
    pairs = ", ".join(f"'{c}', {prefix}.\"{c}\"" for c in shape.columns)
    return f"json_object({pairs})"


def _key(prefix: str, shape: TableShape) -> str:
    return "json_array(" + ", ".join(f'{prefix}."{c}"' for c in shape.key) + ")"


def install(conn: sqlite3.Connection) -> None:
    """Create the log and the capturing triggers on one connection (idempotent)."""
    conn.execute("PRAGMA temp_store=MEMORY")
    # Without it, the rows an INSERT OR REPLACE deletes fire no DELETE trigger.
    conn.execute("PRAGMA recursive_triggers=ON")
    conn.execute(
        f"CREATE TEMP TABLE IF NOT EXISTS {LOG_NAME} (seq INTEGER PRIMARY KEY, "
        "tbl TEXT NOT NULL, okey TEXT, nkey TEXT, before TEXT, after TEXT)"
    )
    for shape in shapes(conn):
        t = shape.name
        insert = f"INSERT INTO {LOG_NAME} (tbl, okey, nkey, before, after) VALUES ('{t}', "
        conn.execute(
            f'CREATE TEMP TRIGGER IF NOT EXISTS "ri_{t}_insert" AFTER INSERT ON main."{t}" '
            f"BEGIN {insert}NULL, {_key('NEW', shape)}, NULL, {_object('NEW', shape)}); END"
        )
        conn.execute(
            f'CREATE TEMP TRIGGER IF NOT EXISTS "ri_{t}_update" AFTER UPDATE ON main."{t}" '
            f"BEGIN {insert}{_key('OLD', shape)}, {_key('NEW', shape)}, "
            f"{_object('OLD', shape)}, {_object('NEW', shape)}); END"
        )
        conn.execute(
            f'CREATE TEMP TRIGGER IF NOT EXISTS "ri_{t}_delete" AFTER DELETE ON main."{t}" '
            f"BEGIN {insert}{_key('OLD', shape)}, NULL, {_object('OLD', shape)}, NULL); END"
        )


def clear(conn: sqlite3.Connection) -> None:
    conn.execute(f"DELETE FROM {LOG}")


def pending_keys(conn: sqlite3.Connection) -> set[tuple[str, str]]:
    """(table, key) of every row logged since the log was last cleared (left in the log)."""
    keys = set()
    for table, okey, nkey in conn.execute(f"SELECT tbl, okey, nkey FROM {LOG}"):
        for key in (okey, nkey):
            if key is not None:
                keys.add((str(table), canonical(json.loads(key))))
    return keys


def collect(conn: sqlite3.Connection) -> list[RowImage]:
    """The rows changed since the log was last cleared, one image per row; clears the log.

    ``conn`` is the unit of work's own sqlite3 connection, inside its transaction
    (the log is rolled back with it).
    """
    rows = conn.execute(f"SELECT tbl, okey, nkey, before, after FROM {LOG} ORDER BY seq")
    folded: dict[tuple[str, str], list[Row | None]] = {}

    def note(table: str, key: str, before: Row | None, after: Row | None) -> None:
        seen = folded.get((table, key))
        if seen is None:
            folded[(table, key)] = [before, after]
        else:
            seen[1] = after

    for table, okey, nkey, before, after in rows:
        old = None if before is None else json.loads(before)
        new = None if after is None else json.loads(after)
        okey = None if okey is None else canonical(json.loads(okey))
        nkey = None if nkey is None else canonical(json.loads(nkey))
        if okey is not None and nkey is not None and okey != nkey:  # the key itself changed
            note(table, okey, old, None)
            note(table, nkey, None, new)
        else:
            note(table, str(okey or nkey), old, new)
    clear(conn)
    return [
        RowImage(table, key, before, after)
        for (table, key), (before, after) in folded.items()
        if before != after
    ]


def all_rows(conn: sqlite3.Connection) -> list[RowImage]:
    """The whole state as images inserting every row (a baseline)."""
    return [RowImage(table, key, None, row) for (table, key), row in iter_rows(conn)]
