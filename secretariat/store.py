"""The congress file: create, open (checking and migrating), and units of work.

A congress lives in one SQLite file with the extension ``.daihoi``. Every
connection runs with WAL, foreign keys on and ``synchronous=FULL``, so once a
user action's transaction has committed, neither a crash of the program nor of
the machine loses it.

Opening is careful: the file is first examined read-only (header, page count,
``quick_check``, application id, schema revision). A file that is not SQLite,
truncated, corrupt, not a congress, or written by a newer version is refused
with :class:`FileRefused` and never modified. A file of an older schema is
copied aside with SQLite's backup API, then migrated.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import os
import re
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager, suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, select
from sqlalchemy.orm import Session as OrmSession

from secretariat import value_checks
from secretariat.errors import FileRefused, ValidationError
from secretariat.faults import refusal
from secretariat.glance import FILE_EXTENSION as FILE_EXTENSION
from secretariat.models import Closing, JournalEntry

if TYPE_CHECKING:
    from alembic.config import Config

APPLICATION_ID = 0x54484B59  # "THKY": marks a file as a Secretariat congress
SQLITE_MAGIC = b"SQLite format 3\x00"
GENESIS_HASH = "0" * 64
MIGRATIONS_DIR = Path(__file__).parent / "migrations"
OPEN_WHEN_CLOSED = frozenset({"congress.reopen"})  # actions allowed on a closed congress

Clock = Callable[[], datetime]
Listener = Callable[[str], None]


def _local_now() -> datetime:
    return datetime.now().replace(microsecond=0)


def _alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


# Opening a file only needs the revision ids, which are read from the revision files'
# text: importing Alembic costs a noticeable part of the app's start, so it is
# imported only to migrate (tests check that this agrees with Alembic's own view).
_REVISION = re.compile(r"^(down_revision|revision)\s*=\s*(?:['\"]([^'\"]+)['\"]|None)", re.M)


@cache
def _revision_graph(folder: Path) -> dict[str, str | None]:
    graph: dict[str, str | None] = {}
    for file in (folder / "versions").glob("*.py"):
        found = dict((m.group(1), m.group(2)) for m in _REVISION.finditer(file.read_text("utf-8")))
        if found.get("revision"):
            graph[str(found["revision"])] = found.get("down_revision")
    return graph


def head_revision() -> str:
    graph = _revision_graph(MIGRATIONS_DIR)
    heads = set(graph) - {down for down in graph.values() if down}
    assert len(heads) == 1, heads
    return heads.pop()


def known_revisions() -> set[str]:
    return set(_revision_graph(MIGRATIONS_DIR))


def _connect(path: Path, *, foreign_keys: bool = True) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
    conn.execute("PRAGMA busy_timeout=5000")
    return conn


def _make_engine(path: Path, *, writing: bool) -> Engine:
    engine = create_engine("sqlite://", creator=lambda: _connect(path))
    # The driver is in autocommit mode and we own BEGIN. A unit of work takes the
    # write lock at its start, so it never fails halfway on a lock upgrade; a read
    # is deferred, so a read in another thread (a document preview) never holds
    # up the secretary's next action (WAL lets both run).
    begin = "BEGIN IMMEDIATE" if writing else "BEGIN DEFERRED"

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql(begin)

    @event.listens_for(engine, "handle_error")
    def _refuse(context: Any) -> None:
        # A full disk or a read-only folder: the transaction rolls back; say so plainly.
        refused = refusal(context.original_exception, path)
        if refused is not None:
            raise refused

    return engine


# --- examining a file before anything touches it ------------------------------------


def _check_header(path: Path) -> None:
    if not path.is_file():
        raise FileRefused("not_found", str(path))
    size = path.stat().st_size
    with path.open("rb") as fh:
        header = fh.read(100)
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise FileRefused("not_sqlite", str(path))
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        raise FileRefused("corrupt", str(path), "bad page size")
    if size % page_size:
        raise FileRefused("corrupt", str(path), "size is not a whole number of pages")
    page_count = int.from_bytes(header[28:32], "big")
    count_valid = header[24:28] == header[92:96]
    if count_valid and page_count * page_size > size:
        raise FileRefused("corrupt", str(path), "file is truncated")


def _read_only(path: Path) -> sqlite3.Connection:
    uri = path.resolve().as_uri() + "?mode=ro"
    return sqlite3.connect(uri, uri=True, isolation_level=None)


def examine(path: Path) -> str:
    """Check a file read-only and return its schema revision; refuse bad files."""
    _check_header(path)
    try:
        with closing(_read_only(path)) as conn:
            check = conn.execute("PRAGMA quick_check").fetchall()
            if check != [("ok",)]:
                raise FileRefused("corrupt", str(path), str(check[0][0]))
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            if app_id != APPLICATION_ID:
                raise FileRefused("not_congress", str(path))
            try:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            except sqlite3.DatabaseError as exc:
                raise FileRefused("corrupt", str(path), "no schema version") from exc
            from secretariat.verify import check_values  # (verify imports this module)

            if (problem := check_values(conn)) is not None:
                raise FileRefused("corrupt", str(path), problem)
            value_checks.refuse_bad_values(conn, path, whole_schema=row == (head_revision(),))
    except sqlite3.DatabaseError as exc:
        # "unable to open": a WAL file in a read-only folder (no room for its index).
        raise refusal(exc, path) or FileRefused("corrupt", str(path), str(exc)) from exc
    if row is None:
        raise FileRefused("corrupt", str(path), "no schema version")
    revision = str(row[0])
    if revision not in known_revisions():
        raise FileRefused("newer", str(path), revision)
    return revision


# --- migrating --------------------------------------------------------------------


def _migrate(path: Path) -> None:
    # Batch mode recreates tables, so foreign keys stay off while it runs.
    engine = create_engine("sqlite://", creator=lambda: _connect(path, foreign_keys=False))
    try:
        with engine.begin() as conn:
            from alembic import command

            cfg = _alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
            problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise FileRefused("corrupt", str(path), "foreign keys broken by migration")
    finally:
        engine.dispose()


def copy_aside(path: Path, label: str) -> Path:
    """Copy a congress file next to itself with SQLite's backup API; return the copy."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.{label}-{stamp}{path.suffix}")
    n = 1
    while target.exists():
        target = path.with_name(f"{path.stem}.{label}-{stamp}-{n}{path.suffix}")
        n += 1
    with closing(sqlite3.connect(path)) as src, closing(sqlite3.connect(target)) as dst:
        src.backup(dst)
    return target


# --- the store --------------------------------------------------------------------


@dataclass
class UnitOfWork:
    """One user action: an ORM session in one transaction, plus its journal lines."""

    session: OrmSession
    action: str
    actor: str
    clock: Clock
    _entries: list[tuple[str, str, Any, Any]] = field(default_factory=list)

    def now(self) -> datetime:
        return self.clock()

    def journal(self, entity: str, entity_id: object, before: Any, after: Any) -> None:
        self._entries.append((entity, str(entity_id), before, after))

    def _flush_journal(self) -> None:
        entries = self._entries or [("", "", None, None)]
        last = self.session.scalar(
            select(JournalEntry.hash).order_by(JournalEntry.id.desc()).limit(1)
        )
        prev = last or GENESIS_HASH
        at = datetime.now(UTC).isoformat(timespec="milliseconds")
        for entity, entity_id, before, after in entries:
            before_js = None if before is None else _canonical(before)
            after_js = None if after is None else _canonical(after)
            digest = entry_hash(
                prev, at, self.actor, self.action, entity, entity_id, before_js, after_js
            )
            self.session.add(
                JournalEntry(
                    at=at,
                    actor=self.actor,
                    action=self.action,
                    entity=entity,
                    entity_id=entity_id,
                    before=before_js,
                    after=after_js,
                    prev_hash=prev,
                    hash=digest,
                )
            )
            prev = digest


def _canonical(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)


def entry_hash(
    prev: str,
    at: str,
    actor: str,
    action: str,
    entity: str,
    entity_id: str,
    before: str | None,
    after: str | None,
) -> str:
    payload = _canonical([prev, at, actor, action, entity, entity_id, before, after])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


class Store:
    """An open congress file. Services take it as their first argument."""

    def __init__(
        self,
        path: Path,
        *,
        actor: str = "",
        clock: Clock = _local_now,
        migrated_from: str | None = None,
        backup_path: Path | None = None,
    ) -> None:
        self.path = path
        self.actor = actor or _default_actor()
        self.clock = clock
        self.migrated_from = migrated_from
        self.backup_path = backup_path
        self._engine: Engine | None = _make_engine(path, writing=True)
        self._read_engine: Engine | None = _make_engine(path, writing=False)
        self._listeners: list[Listener] = []

    # -- life cycle
    @property
    def engine(self) -> Engine:
        if self._engine is None:
            raise RuntimeError("the congress file is closed")
        return self._engine

    @property
    def is_open(self) -> bool:
        return self._engine is not None

    def close(self) -> None:
        if self._engine is None:
            return
        # Closing the last connection checkpoints the WAL into the file and removes it.
        if self._read_engine is not None:
            self._read_engine.dispose()
            self._read_engine = None
        self._engine.dispose()
        self._engine = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- listening (the UI refreshes its screens from here; no Qt in the core)
    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    # -- transactions
    @contextmanager
    def action(self, name: str) -> Iterator[UnitOfWork]:
        """Run one user action as one transaction with its journal lines."""
        with OrmSession(self.engine, expire_on_commit=False) as session, session.begin():
            # A closed congress is a frozen record: only the explicit reopen may
            # change it (services.closing).
            if name not in OPEN_WHEN_CLOSED and session.scalar(
                select(Closing.closed_at).where(Closing.id == 1)
            ):
                raise ValidationError("congress_closed", "action", name)
            uow = UnitOfWork(session=session, action=name, actor=self.actor, clock=self.clock)
            yield uow
            session.flush()
            uow._flush_journal()
        for listener in list(self._listeners):
            listener(name)

    @contextmanager
    def read(self) -> Iterator[OrmSession]:
        """A consistent read-only view for queries."""
        if self._read_engine is None:
            raise RuntimeError("the congress file is closed")
        with OrmSession(self._read_engine, expire_on_commit=False) as session, session.begin():
            yield session

    def backup_to(self, target: Path) -> Path:
        """Write a consistent copy of the file to ``target`` (Save a copy / Back up)."""
        tmp = target.with_name(target.name + ".part")
        with closing(sqlite3.connect(self.path)) as src, closing(sqlite3.connect(tmp)) as dst:
            src.backup(dst)
        os.replace(tmp, target)
        return target


def _default_actor() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name in some sandboxes; the journal still records ""
        return ""


def create(
    path: Path, *, actor: str = "", clock: Clock = _local_now, overwrite: bool = False
) -> Store:
    """Create an empty congress file (schema at head). It appears only when complete.

    A full disk or a read-only folder raises ``FileRefused`` and leaves nothing behind.
    """
    try:
        return _create(Path(path), actor=actor, clock=clock, overwrite=overwrite)
    except Exception as exc:
        if (refused := refusal(exc, Path(path).parent)) is None:
            raise
        for leftover in ("", "-wal", "-shm"):
            with suppress(OSError):
                Path(f"{path}.part{leftover}").unlink(missing_ok=True)
        raise refused from exc


def _create(path: Path, *, actor: str, clock: Clock, overwrite: bool) -> Store:
    if path.exists() and not overwrite:
        raise FileRefused("exists", str(path))
    tmp = path.with_name(path.name + ".part")
    for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        leftover.unlink(missing_ok=True)
    with closing(_connect(tmp)) as conn:
        conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
    _migrate(tmp)
    with closing(_connect(tmp)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode=DELETE")
    os.replace(tmp, path)
    return Store(path, actor=actor, clock=clock)


def open_store(path: Path, *, actor: str = "", clock: Clock = _local_now) -> Store:
    """Open an existing congress file, migrating an older one after copying it aside."""
    path = Path(path)
    revision = examine(path)
    backup = None
    if revision != head_revision():
        try:
            backup = copy_aside(path, f"before-{revision}")
        except Exception as exc:  # a read-only folder or a full disk: nothing was changed
            if (refused := refusal(exc, path.parent)) is None:
                raise
            raise refused from exc
        _migrate(path)
    return Store(
        path,
        actor=actor,
        clock=clock,
        migrated_from=(revision if backup else None),
        backup_path=backup,
    )


def copy_file(src: Path, dst: Path) -> None:
    """Plain copy for tests and tools (the store uses the backup API when open)."""
    shutil.copyfile(src, dst)
