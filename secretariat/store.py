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

import hashlib
import json
import os
import re
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager, suppress
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, select
from sqlalchemy.orm import Session as OrmSession

from secretariat import file_checks, row_images, state_digest, value_checks
from secretariat import lock as lock_mod
from secretariat.changes import Change
from secretariat.errors import FileRefused, ValidationError
from secretariat.faults import fault_code, refusal
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
Listener = Callable[[Change], None]
# How each engine captures row images: SQLite's TEMP triggers here; a server's
# (``secretariat.pg_store``) registers itself when imported.
CAPTURES: dict[str, Any] = {"sqlite": row_images}


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
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        conn.execute("PRAGMA busy_timeout=5000")
    except BaseException:
        # A connection refused its set-up (a full disk): closed now, not when Python's
        # collector next comes by (a connection and its statement cache are a cycle);
        # left open, it kept the file's log beside it after the store had closed.
        conn.close()
        raise
    return conn


def _make_engine(path: Path, *, writing: bool, read_only: bool = False) -> Engine:
    connect = _read_only if read_only else _connect
    engine = create_engine("sqlite://", creator=lambda: connect(path))
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
    # A checkpoint that met a full disk leaves the file shorter than its header says
    # while the write-ahead log still holds every page: SQLite reads them from the
    # log (and its quick_check, next, judges the whole). Only without a log is a
    # short file truncated.
    if count_valid and page_count * page_size > size and not _has_log(path):
        raise FileRefused("corrupt", str(path), "file is truncated")


def _has_log(path: Path) -> bool:
    """A write-ahead log with at least one frame lies beside ``path``."""
    wal = Path(f"{path}-wal")
    with suppress(OSError):
        return wal.is_file() and wal.stat().st_size > 32  # more than the log's header
    return False


def _read_only(path: Path) -> sqlite3.Connection:
    """A connection that cannot write to ``path``.

    SQLite reads a file with a write-ahead log through the log's index (``-shm``),
    which it must be able to create. On a write-protected medium or a full disk
    it may not: the file and its log are then read into a private in-memory
    image (``_image``), so that verifying and exporting still work.
    """
    existed = _logs(path)
    conn = sqlite3.connect(
        path.resolve().as_uri() + "?mode=ro",
        uri=True,
        isolation_level=None,
        timeout=5,
        check_same_thread=False,  # a read-only store's pool, as ``_connect``
    )
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except BaseException as exc:
        conn.close()  # now, not at the next cycle collection (see ``_connect``)
        no_room = ("read_only", "disk_full", "io_error")
        if not isinstance(exc, sqlite3.OperationalError) or fault_code(exc) not in no_room:
            raise
        _drop_empty_logs(path, existed, locked=False)  # an index it failed to size
        return _image(path)
    return conn


def _image(path: Path) -> sqlite3.Connection:
    """An in-memory copy of ``path`` with its log applied (nothing written beside it)."""
    uri = path.resolve().as_uri()
    if not _has_log(path):
        return sqlite3.connect(
            uri + "?mode=ro&immutable=1", uri=True, isolation_level=None, check_same_thread=False
        )
    with tempfile.TemporaryDirectory(prefix="secretariat-") as scratch:
        copy = Path(scratch) / "image.daihoi"
        try:
            shutil.copyfile(path, copy)
            shutil.copyfile(f"{path}-wal", f"{copy}-wal")
            with closing(sqlite3.connect(copy, isolation_level=None)) as conn:
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                conn.execute("PRAGMA journal_mode=DELETE")  # an image holds no log
                data = conn.serialize()
        except (OSError, sqlite3.Error) as exc:
            raise refusal(exc, path) or FileRefused("corrupt", str(path), str(exc)) from exc
    image = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    image.deserialize(data)
    image.execute("PRAGMA query_only=ON")
    return image


def _logs(path: Path) -> set[str]:
    return {s for s in ("-wal", "-shm") if Path(f"{path}{s}").exists()}


def _drop_empty_logs(path: Path, existed: set[str], *, locked: bool) -> None:
    """Remove the empty ``-wal``/``-shm`` a read-only look created beside ``path``.

    Only when no writer can have them open: we hold the file's lock, or no live
    program does.
    """
    created = {"-wal", "-shm"} - existed
    wal = Path(f"{path}-wal")
    if "-wal" in created and wal.exists() and wal.stat().st_size > 0:
        created.discard("-wal")  # it holds pages: never ours to remove
    if not created or (not locked and lock_mod.in_use(path) is not None):
        return
    for suffix in sorted(created):
        with suppress(OSError):
            Path(f"{path}{suffix}").unlink(missing_ok=True)


def examine(path: Path, *, locked: bool = False) -> str:
    """Check a file read-only and return its schema revision; refuse bad files.

    ``locked``: the caller holds the file's lock (no writer can be at work).
    """
    _check_header(path)
    existed = _logs(path)
    try:
        return _examine(path)
    finally:
        _drop_empty_logs(path, existed, locked=locked)


def _examine(path: Path) -> str:
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
            if foreign := file_checks.foreign_objects(conn):
                raise FileRefused("foreign_schema", str(path), ", ".join(foreign))
            if (problem := file_checks.check_values(conn)) is not None:
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
    """Copy a congress file next to itself with SQLite's backup API; return the copy.

    The copy is written as ``….part`` and takes its name only once SQLite's
    quick_check has passed on it: a file named "before-…" is always a good one.
    """
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.{label}-{stamp}{path.suffix}")
    n = 1
    while target.exists():
        target = path.with_name(f"{path.stem}.{label}-{stamp}-{n}{path.suffix}")
        n += 1
    part = target.with_name(target.name + ".part")
    try:
        with closing(_read_only(path)) as src, closing(sqlite3.connect(part)) as dst:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
            if dst.execute("PRAGMA quick_check").fetchall() != [("ok",)]:
                raise FileRefused("corrupt", str(path), "the copy set aside failed its check")
        _fsync(part)
        os.replace(part, target)
    except BaseException:
        _remove(part)
        raise
    return target


def _fsync(path: Path) -> None:
    with open(path, "rb") as fh:
        os.fsync(fh.fileno())


def _remove(path: Path) -> None:
    """Remove a file of ours with its SQLite companions (a failed or killed write)."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        with suppress(OSError):
            Path(f"{path}{suffix}").unlink(missing_ok=True)


def _migrate_atomically(path: Path, revision: str, actor: str = "") -> Path:
    """Migrate ``path`` (locked, examined, at ``revision``) all or nothing.

    A copy is migrated and checked beside the file, then renamed over it in one
    step: a kill, a full disk or a failing revision at any moment leaves the file
    as it was (leftover ``.part`` files are cleaned at the next opening). The
    original is first kept as ``<stem>.before-<revision>-….daihoi``; that copy's
    path is returned.
    """
    part = path.with_name(path.name + ".migrating.part")
    existed = _logs(path)
    try:
        return _migrate_copy(path, revision, part, actor)
    finally:
        _drop_empty_logs(path, existed, locked=True)  # what the read-only copies made


def _migrate_copy(path: Path, revision: str, part: Path, actor: str) -> Path:
    aside: Path | None = None
    try:
        # Everything into the main file first, so that the rename replaces all of it
        # (a log left beside the new file would be replayed over it).
        # (A file without one is not touched at all until the rename.)
        if _has_log(path):
            with closing(sqlite3.connect(path, isolation_level=None)) as conn:
                busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
                if busy and busy[0]:
                    raise FileRefused("in_use", str(path), "a reader holds the log")
        aside = copy_aside(path, f"before-{revision}")
        _remove(part)
        with closing(_read_only(path)) as src, closing(sqlite3.connect(part)) as dst:
            src.backup(dst)
        _migrate(part)
        # The baseline line goes into the copy too, so that the file is never seen
        # migrated without it (a kill between the rename and a later write).
        with Store(part, actor=actor) as migrated:
            record_baseline(migrated)
        _check_migrated(part)
        with closing(_connect(part)) as conn:
            conn.execute("PRAGMA journal_mode=DELETE")
        _fsync(part)
        for log in ("-wal", "-shm"):
            Path(f"{path}{log}").unlink(missing_ok=True)  # empty after the checkpoint
        os.replace(part, path)
        _fsync_folder(path.parent)
    except BaseException as exc:
        _remove(part)
        if aside is not None:
            _remove(aside)  # the file itself was not changed: no need for a copy
        if isinstance(exc, FileRefused) or not isinstance(exc, Exception):
            raise
        if (refused := refusal(exc, path.parent)) is not None:
            raise refused from exc
        raise FileRefused("migration_failed", str(path), f"{type(exc).__name__}: {exc}") from exc
    return aside


def _check_migrated(part: Path) -> None:
    with closing(sqlite3.connect(part, isolation_level=None)) as conn:
        if conn.execute("PRAGMA quick_check").fetchall() != [("ok",)]:
            raise FileRefused("migration_failed", str(part), "the migrated copy failed its check")
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        if row is None or row[0] != head_revision():
            raise FileRefused("migration_failed", str(part), f"migrated to {row}")


def _fsync_folder(folder: Path) -> None:
    if os.name == "nt":
        return  # Windows has no directory handles to flush; its rename is durable
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def clean_leftovers(path: Path) -> list[Path]:
    """Remove what a killed write left beside ``path`` (call with the file's lock held).

    Those are the ``….part`` files of a migration, a restore, a creation, a copy
    set aside or a backup, with their ``-wal``/``-shm``/``-journal``.
    """
    removed = []
    folders = [(path.parent, (f"{path.name}.", f"{path.stem}.")), (_backup_folder(path), ("",))]
    for folder, prefixes in folders:
        if not folder.is_dir():
            continue
        with suppress(OSError):
            for item in folder.iterdir():
                base = re.sub(r"-(wal|shm|journal)$", "", item.name)
                if base.endswith(".part") and base.startswith(prefixes) and item.is_file():
                    with suppress(OSError):
                        item.unlink()
                        removed.append(item)
    return removed


def _backup_folder(path: Path) -> Path:
    return path.with_name(path.stem + ".backups")  # as secretariat.backups.backup_folder


# --- the store --------------------------------------------------------------------


@dataclass
class UnitOfWork:
    """One user action: an ORM session in one transaction, plus its journal lines.

    The rows the action changes are captured by the connection
    (``secretariat.row_images``) and stored with the action's first journal
    line; every line carries the state digest after the action
    (``secretariat.state_digest``), and both are inside the hash chain.
    """

    session: OrmSession
    action: str
    actor: str
    clock: Clock
    _entries: list[tuple[str, str, Any, Any]] = field(default_factory=list)
    _last_hash: str = GENESIS_HASH
    _last_state: str = state_digest.EMPTY
    _baseline: list[row_images.RowImage] | None = None
    _raw: Any = None  # the sqlite3 connection under the session (the row log is on it)
    line_id: int | None = None  # the action's first journal line (with its row images)
    changed_rows: int = 0  # how many rows the action changed
    _capture: Any = row_images  # the engine's row capture (``CAPTURES``)
    # What the action changed, published to the listeners after the commit.
    change: Change | None = None

    def now(self) -> datetime:
        return self.clock()

    def journal(self, entity: str, entity_id: object, before: Any, after: Any) -> None:
        self._entries.append((entity, str(entity_id), before, after))

    def _begin(self, *, baseline: bool = False) -> None:
        # The session's transaction has begun (BEGIN IMMEDIATE): the raw connection is in it.
        connection = self.session.connection()
        self._capture = CAPTURES[connection.dialect.name]
        self._raw = connection.connection.dbapi_connection
        last = self._raw.execute(
            "SELECT hash, state FROM journal ORDER BY id DESC LIMIT 1"
        ).fetchone()
        if last is not None:
            self._last_hash = str(last[0])
        if baseline or last is None or last[1] is None:
            # No line carries the state yet (a new file, or one older than row
            # images), or the schema has just been migrated: the whole state is
            # recorded as a baseline line, from which the journal replays.
            rows = self._capture.all_rows(self._raw)
            if rows or last is not None or baseline:
                self._baseline = rows
        if last is not None and last[1] is not None:
            self._last_state = str(last[1])
        self._capture.clear(self._raw)

    def _flush_journal(self) -> None:
        images = self._capture.collect(self._raw)
        self.changed_rows = len(images)
        self.change = Change.of(
            self.action, (), [(i.table, i.key, i.before, i.after) for i in images]
        )
        at = datetime.now(UTC).isoformat(timespec="milliseconds")
        prev = self._last_hash
        lines: list[tuple[str, str, str, Any, Any, list[row_images.RowImage] | None, str]] = []
        state = self._last_state
        if self._baseline is not None:
            # A baseline restarts the replay: its digest is of its rows alone.
            state = state_digest.advance(state_digest.EMPTY, _changes(self._baseline))
            lines.append((BASELINE, "", "", None, None, self._baseline, state))
        state = state_digest.advance(state, _changes(images))
        entries = self._entries or [("", "", None, None)]
        if self.action == BASELINE:
            entries = []
        for n, (entity, entity_id, before, after) in enumerate(entries):
            lines.append(
                (self.action, entity, entity_id, before, after, images if n == 0 else None, state)
            )
        written: list[JournalEntry] = []
        for action, entity, entity_id, before, after, imgs, digest_state in lines:
            before_js = None if before is None else _canonical(before)
            after_js = None if after is None else _canonical(after)
            images_js = None if imgs is None else row_images.images_json(imgs)
            digest = entry_hash(
                prev,
                at,
                self.actor,
                action,
                entity,
                entity_id,
                before_js,
                after_js,
                images_js,
                digest_state,
            )
            written.append(
                JournalEntry(
                    at=at,
                    actor=self.actor,
                    action=action,
                    entity=entity,
                    entity_id=entity_id,
                    before=before_js,
                    after=after_js,
                    images=images_js,
                    state=digest_state,
                    prev_hash=prev,
                    hash=digest,
                )
            )
            self.session.add(written[-1])
            prev = digest
        self.session.flush()
        # The action's first line carries its images: its id names the action (undo).
        self.line_id = written[-len(entries) if entries else -1].id


BASELINE = "journal.baseline"  # the whole state, when row images began or the schema changed


def record_baseline(store: Store) -> None:
    """Journal the whole state as a baseline line (after a migration changed the schema).

    A migration may add columns or rewrite rows outside any action; the replay
    of the journal restarts from this line (``verify`` compares the state before
    it with the baseline, column by column, so that a baseline cannot hide an
    edit). Allowed on a closed congress: it records, it changes nothing.
    """
    with OrmSession(store.engine, expire_on_commit=False) as session, session.begin():
        uow = UnitOfWork(session=session, action=BASELINE, actor=store.actor, clock=store.clock)
        uow._begin(baseline=True)
        uow._flush_journal()


def _changes(
    images: list[row_images.RowImage],
) -> list[tuple[str, str, state_digest.Row | None, state_digest.Row | None]]:
    return [(i.table, i.key, i.before, i.after) for i in images]


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
    images: str | None = None,
    state: str | None = None,
) -> str:
    """The hash of one journal line; lines without images and state hash as before them."""
    fields: list[str | None] = [prev, at, actor, action, entity, entity_id, before, after]
    if images is not None or state is not None:
        fields += [images, state]
    payload = _canonical(fields)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


class Store:
    """An open congress file. Services take it as their first argument."""

    last_action_id: int | None = None  # the journal line of the last action (``undo``)

    def __init__(
        self,
        path: Path,
        *,
        actor: str = "",
        clock: Clock = _local_now,
        migrated_from: str | None = None,
        backup_path: Path | None = None,
        lock: lock_mod.FileLock | None = None,
        read_only: bool = False,
    ) -> None:
        self.path = path
        self.actor = actor or _default_actor()
        self.clock = clock
        self.migrated_from = migrated_from
        self.backup_path = backup_path
        # Read-only: opened beside a writer (or on a write-protected medium); every
        # action is refused ("read_only_mode") and nothing is written to the file.
        self.read_only = read_only
        self._lock = lock
        self._logs_before = _logs(path) if read_only else set()
        self._engine: Engine | None = _make_engine(path, writing=not read_only, read_only=read_only)
        if not read_only:  # a read-only store writes nothing, so captures nothing
            event.listen(self._engine, "connect", _capture_rows)
        self._read_engine: Engine | None = _make_engine(path, writing=False, read_only=read_only)
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
        if self.read_only:
            _drop_empty_logs(self.path, self._logs_before, locked=False)
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def warm_up(self) -> None:
        """Connect for writing now: a new connection makes the row-image triggers of
        every table (``row_images.install``, tens of ms on a large file), which the
        first action after opening — a check-in at the door — would otherwise wait
        for. The connection stays in the engine's pool for the actions."""
        if self._engine is not None and not self.read_only:
            with self._engine.connect():
                pass

    # -- listening (the UI refreshes its screens from here; no Qt in the core)
    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    # -- transactions
    @contextmanager
    def action(self, name: str, *, announce: tuple[str, ...] = ()) -> Iterator[UnitOfWork]:
        """Run one user action as one transaction with its journal lines.

        After the commit the listeners hear its ``Change`` (``secretariat.changes``),
        named ``name`` or, for an undo or redo, the first action of ``announce`` (the
        action whose rows moved), and ``last_action_id`` is the id of the action's
        journal line (``secretariat.undo``).
        """
        if self.read_only:
            raise ValidationError("read_only_mode", "action", name)
        with OrmSession(self.engine, expire_on_commit=False) as session, session.begin():
            # A closed congress is a frozen record: only the explicit reopen may
            # change it (services.closing).
            if name not in OPEN_WHEN_CLOSED and session.scalar(
                select(Closing.closed_at).where(Closing.id == 1)
            ):
                raise ValidationError("congress_closed", "action", name)
            uow = UnitOfWork(session=session, action=name, actor=self.actor, clock=self.clock)
            uow._begin()
            yield uow
            session.flush()
            uow._flush_journal()
        self.last_action_id = uow.line_id
        for recorded in self._recorders():
            if uow.line_id is not None and uow.changed_rows:
                recorded.append(uow.line_id)
        change = uow.change or Change(name)
        if announce:  # an undo or redo: the screens hear the action whose rows moved
            change = replace(change, action=announce[0])
        for listener in list(self._listeners):
            listener(change)

    @contextmanager
    def recording(self) -> Iterator[list[int]]:
        """The journal ids of the actions run inside the block that changed rows, in order.

        (What ``secretariat.undo`` takes back; an action that changed nothing has
        nothing to undo.)
        """
        ids: list[int] = []
        self._recorders().append(ids)
        try:
            yield ids
        finally:
            self._recorders().remove(ids)

    def _recorders(self) -> list[list[int]]:
        # Made on first use (a store built without this __init__, the server's, has it too).
        recorders: list[list[int]] = self.__dict__.setdefault("_recording", [])
        return recorders

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
        try:
            with closing(_read_only(self.path)) as src, closing(sqlite3.connect(tmp)) as dst:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")
            os.replace(tmp, target)
        except BaseException:
            _remove(tmp)
            raise
        return target


def _capture_rows(dbapi_connection: Any, _record: Any) -> None:
    row_images.install(dbapi_connection)


def _default_actor() -> str:
    return lock_mod.login_name()  # "" in some sandboxes; the journal still records it


def create(
    path: Path, *, actor: str = "", clock: Clock = _local_now, overwrite: bool = False
) -> Store:
    """Create an empty congress file (schema at head). It appears only when complete.

    A full disk or a read-only folder raises ``FileRefused`` and leaves nothing behind;
    a file open in another window or program is refused (``FileInUse``).
    """
    path = Path(path)
    if path.exists() and not overwrite:
        raise FileRefused("exists", str(path))
    lock = lock_mod.acquire(path)
    try:
        return _create(path, actor=actor, clock=clock, overwrite=overwrite, lock=lock)
    except Exception as exc:
        lock.release()
        if (refused := refusal(exc, path.parent)) is None:
            raise
        _remove(Path(f"{path}.part"))
        raise refused from exc


def _create(
    path: Path, *, actor: str, clock: Clock, overwrite: bool, lock: lock_mod.FileLock
) -> Store:
    if path.exists() and not overwrite:
        raise FileRefused("exists", str(path))
    tmp = path.with_name(path.name + ".part")
    _remove(tmp)
    with closing(_connect(tmp)) as conn:
        conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
    _migrate(tmp)
    with closing(_connect(tmp)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode=DELETE")
    # The old file's log (a crash) must not be replayed over the new file.
    for log in ("-wal", "-shm"):
        Path(f"{path}{log}").unlink(missing_ok=True)
    os.replace(tmp, path)
    return Store(path, actor=actor, clock=clock, lock=lock)


def open_store(
    path: Path, *, actor: str = "", clock: Clock = _local_now, read_only: bool = False
) -> Store:
    """Open an existing congress file, migrating an older one (all or nothing).

    The file is locked for this store (``FileInUse`` if another program or window
    has it). ``read_only``: no lock, nothing written, every action refused; an
    older file cannot be migrated then (``FileRefused("older_read_only")``).
    """
    path = Path(path)
    if read_only:
        revision = examine(path)
        if revision != head_revision():
            raise FileRefused("older_read_only", str(path), revision)
        return Store(path, actor=actor, clock=clock, read_only=True)
    if not path.is_file():
        raise FileRefused("not_found", str(path))
    lock = lock_mod.acquire(path)
    try:
        clean_leftovers(path)
        revision = examine(path, locked=True)
        backup = None
        if revision != head_revision():
            backup = _migrate_atomically(path, revision, actor)
        return Store(
            path,
            actor=actor,
            clock=clock,
            migrated_from=(revision if backup else None),
            backup_path=backup,
            lock=lock,
        )
    except BaseException:
        lock.release()
        raise


def copy_file(src: Path, dst: Path) -> None:
    """Plain copy for tests and tools (the store uses the backup API when open)."""
    shutil.copyfile(src, dst)
