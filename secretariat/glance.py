"""A first look at a congress file, read without the ORM, for the window's first paint.

Opening the app on a file imports SQLAlchemy and the services, which takes
several times longer than Qt needs to show a window. Meanwhile the window shows
which congress is being opened, read here with the standard ``sqlite3`` module
(read-only, nothing written) from the few columns that name it. The real open
(``secretariat.store.open_store``) still examines the file and may refuse it;
this reading never raises: a file it cannot read gives ``None``.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

FILE_EXTENSION = ".daihoi"

# Longer text than this in a naming column is not shown (a hostile file).
_MAX_TEXT = 300


@dataclass(frozen=True)
class Glance:
    cell_name: str
    ordinal: str
    term_start: int | None
    term_end: int | None
    members: int
    day: str | None  # ISO date of the first sitting, if set


def _text(value: object) -> str:
    return value[:_MAX_TEXT] if isinstance(value, str) else ""


def _year(value: object) -> int | None:
    return value if isinstance(value, int) and 1900 <= value <= 2200 else None


def read_glance(path: Path) -> Glance | None:
    """The congress's name, term, roster size and day; ``None`` if unreadable."""
    path = Path(path)
    if not path.is_file():
        return None
    # With no write-ahead log beside it, the file is read as immutable: SQLite then
    # creates no -wal/-shm files. With one (the app is open, or it crashed), the
    # log is read too, so the glance shows the latest names.
    wal = path.with_name(path.name + "-wal")
    uri = path.resolve().as_uri() + ("?mode=ro" if wal.exists() else "?mode=ro&immutable=1")
    try:
        with closing(sqlite3.connect(uri, uri=True, timeout=0.5)) as con:
            con.execute("PRAGMA query_only = ON")
            row = con.execute(
                "SELECT cell_name, ordinal, term_start, term_end FROM congress WHERE id = 1"
            ).fetchone()
            members = con.execute("SELECT count(*) FROM member").fetchone()
            day = con.execute(
                "SELECT day FROM session WHERE day IS NOT NULL ORDER BY position, id LIMIT 1"
            ).fetchone()
    except (sqlite3.Error, OSError, ValueError):
        return None
    if row is None:
        return None
    count = members[0] if members and isinstance(members[0], int) else 0
    first_day = day[0] if day and isinstance(day[0], str) and len(day[0]) == 10 else None
    return Glance(
        cell_name=_text(row[0]),
        ordinal=_text(row[1])[:16],
        term_start=_year(row[2]),
        term_end=_year(row[3]),
        members=count,
        day=first_day,
    )
