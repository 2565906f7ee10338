"""The congress on a PostgreSQL server: the same store, services and journal as a file.

Several counting stations write to one congress at once (issue #20), which a
single SQLite file cannot take; the congress then lives in a database of a
PostgreSQL server on the hall's network, reached through SQLAlchemy and
psycopg 3 (the optional extra ``server``; the single-laptop path never imports
it). What SQLite gives the file, the server gets its own way:

- **Schema**: the same Alembic migrations (SQLite-only steps carry a dialect
  check), run in one transaction: PostgreSQL's DDL is transactional, so a
  failing migration leaves the database as it was.
- **Row images** (``secretariat.row_images``): one trigger function fired after
  every insert, update and delete of every state table (foreign-key cascades
  included) logs ``to_jsonb`` of the old and new row into the session's
  temporary table ``secretariat_row_change``. Each connection of a server store
  creates that table; a write by any other client (psql, a foreign program)
  fails, as the table is missing: nothing changes the congress unjournaled.
  Values are read back in the form SQLite stores them (a boolean as 0/1), so a
  state digest is the same on both engines and a congress moves between them
  with its journal intact.
- **Append-only journal**: a trigger refuses UPDATE, DELETE and TRUNCATE
  (migration 0001).
- **One line of history**: every writing transaction first takes a
  transaction-scoped advisory lock (``pg_advisory_xact_lock``), then reads the
  last journal hash (READ COMMITTED: the read sees every line committed before
  the lock was granted). Concurrent stations' actions are therefore applied
  one after another, as SQLite's ``BEGIN IMMEDIATE`` does for one file; the lock
  is held for the few milliseconds an action takes. A writer that stops in
  the middle (killed, network lost) is cut off by the server after
  ``STUCK_AFTER`` idle in its transaction, which releases the lock.
- **Retries**: a serialization failure or a deadlock (a station's transaction
  chosen as the victim) is retried by :func:`retrying`, a whole service call
  at a time (a service call is one action and re-reads what it needs).
- **Reads**: REPEATABLE READ, read only — one consistent picture per read.

The database is the congress; there is no file lock: many stations open it at
once, and the server's own roles decide who may write what.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Boolean, Engine, create_engine, event, make_url, text
from sqlalchemy.exc import DBAPIError, OperationalError

from secretariat import models, state_digest
from secretariat import store as store_mod
from secretariat.errors import FileRefused
from secretariat.row_images import RowImage
from secretariat.state_digest import Row, RowKey, canonical
from secretariat.store import Clock, Store

LOG_NAME = "secretariat_row_change"
CAPTURE_FUNCTION = "secretariat_capture_row"
JOURNAL_LOCK = store_mod.APPLICATION_ID  # the advisory lock key every writer takes first
DIALECT = "postgresql"
CONNECT_TIMEOUT = 5  # seconds: a hall's network answers at once or not at all
_CONNECT = {"connect_timeout": CONNECT_TIMEOUT}
STUCK_AFTER = "15s"  # a writer idle this long inside its transaction is cut off
KEEPALIVES = {"tcp_keepalives_idle": 5, "tcp_keepalives_interval": 2, "tcp_keepalives_count": 3}
# SQLSTATEs worth running the whole action again for.
RETRY_STATES = frozenset({"40001", "40P01"})  # serialization_failure, deadlock_detected

T = TypeVar("T")


# --- the shape of the state, from the models (a server is always at the head revision) ---


@dataclass(frozen=True, slots=True)
class _Shape:
    name: str
    key: tuple[str, ...]
    booleans: frozenset[str]


@cache
def _shapes() -> tuple[_Shape, ...]:
    out = []
    for name in state_digest.state_table_names():
        table = models.Base.metadata.tables[name]
        key = tuple(c.name for c in table.primary_key.columns)
        booleans = frozenset(c.name for c in table.columns if isinstance(c.type, Boolean))
        out.append(_Shape(name, key, booleans))
    return tuple(out)


@cache
def _shape(name: str) -> _Shape:
    return next(s for s in _shapes() if s.name == name)


def sqlite_form(table: str, row: dict[str, Any]) -> Row:
    """A row as ``to_jsonb`` gives it, in the form SQLite stores it (booleans 0/1)."""
    booleans = _shape(table).booleans
    return {c: (int(v) if c in booleans and v is not None else v) for c, v in row.items()}


def _key(table: str, row: Row) -> str:
    return canonical([row[c] for c in _shape(table).key])


def _jsonb(value: Any) -> dict[str, Any] | None:
    if value is None:
        return None
    if isinstance(value, str):  # psycopg hands jsonb back parsed; text just in case
        loaded = json.loads(value)
        assert isinstance(loaded, dict)
        return loaded
    assert isinstance(value, dict)
    return value


# --- row images on a server connection (the counterpart of ``row_images``) ----------


class Capture:
    """``row_images``' functions for a psycopg connection (``store.UnitOfWork`` calls them)."""

    @staticmethod
    def install(conn: Any) -> None:
        conn.execute(
            f"CREATE TEMP TABLE IF NOT EXISTS {LOG_NAME} (seq bigserial PRIMARY KEY, "
            "tbl text NOT NULL, before jsonb, after jsonb)"
        )

    @staticmethod
    def clear(conn: Any) -> None:
        conn.execute(f"DELETE FROM pg_temp.{LOG_NAME}")

    @staticmethod
    def collect(conn: Any) -> list[RowImage]:
        rows = conn.execute(
            f"SELECT tbl, before, after FROM pg_temp.{LOG_NAME} ORDER BY seq"
        ).fetchall()
        folded: dict[tuple[str, str], list[Row | None]] = {}

        def note(table: str, key: str, before: Row | None, after: Row | None) -> None:
            seen = folded.get((table, key))
            if seen is None:
                folded[(table, key)] = [before, after]
            else:
                seen[1] = after

        for table, raw_before, raw_after in rows:
            old, new = _jsonb(raw_before), _jsonb(raw_after)
            before = None if old is None else sqlite_form(table, old)
            after = None if new is None else sqlite_form(table, new)
            okey = None if before is None else _key(table, before)
            nkey = None if after is None else _key(table, after)
            if okey is not None and nkey is not None and okey != nkey:  # the key changed
                note(table, okey, before, None)
                note(table, nkey, None, after)
            else:
                note(table, str(okey or nkey), before, after)
        Capture.clear(conn)
        return [
            RowImage(table, key, before, after)
            for (table, key), (before, after) in folded.items()
            if before != after
        ]

    @staticmethod
    def all_rows(conn: Any) -> list[RowImage]:
        return [RowImage(t, k, None, row) for (t, k), row in iter_rows(conn)]


def iter_rows(conn: Any) -> Iterator[tuple[RowKey, Row]]:
    """Every row of the state tables, as ``state_digest.iter_rows`` gives them from a file."""
    for shape in _shapes():
        for (value,) in conn.execute(f'SELECT to_jsonb(t) FROM "{shape.name}" t'):
            row = sqlite_form(shape.name, _jsonb(value) or {})
            yield (shape.name, _key(shape.name, row)), row


store_mod.CAPTURES[DIALECT] = Capture


def install_capture(conn: Any) -> None:
    """The capturing trigger on every state table (idempotent; run by the owner after migrating)."""
    conn.exec_driver_sql(
        f"CREATE OR REPLACE FUNCTION {CAPTURE_FUNCTION}() RETURNS trigger "
        "LANGUAGE plpgsql AS $$BEGIN "
        f"INSERT INTO pg_temp.{LOG_NAME} (tbl, before, after) VALUES (TG_TABLE_NAME, "
        "CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END, "
        "CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END); "
        "RETURN NULL; END$$"
    )
    for shape in _shapes():
        conn.exec_driver_sql(
            f'CREATE OR REPLACE TRIGGER "ri_{shape.name}" AFTER INSERT OR UPDATE OR DELETE '
            f'ON "{shape.name}" FOR EACH ROW EXECUTE FUNCTION {CAPTURE_FUNCTION}()'
        )


# --- engines ---------------------------------------------------------------------------


def _url(url: str) -> str:
    """``postgresql://…`` → the psycopg 3 driver's URL (what a user types works)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != DIALECT:
        raise FileRefused("not_server", parsed.render_as_string(hide_password=True))
    return parsed.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)


def _install_log(dbapi_connection: Any, _record: Any) -> None:
    Capture.install(dbapi_connection)
    # A station that dies or loses the network in the middle of an action holds
    # the journal's lock: the server ends its session once it is idle in its
    # transaction that long (its paper was not stored; the others go on), and
    # probes a silent peer's socket within seconds rather than hours.
    dbapi_connection.execute(f"SET idle_in_transaction_session_timeout = '{STUCK_AFTER}'")
    for name, value in KEEPALIVES.items():
        dbapi_connection.execute(f"SET {name} = {value}")
    dbapi_connection.commit()


def _make_engine(url: str, *, writing: bool) -> Engine:
    if writing:
        engine = create_engine(
            url, isolation_level="READ COMMITTED", pool_pre_ping=True, connect_args=_CONNECT
        )
        event.listen(engine, "connect", _install_log)

        @event.listens_for(engine, "begin")
        def _lock(conn: Any) -> None:
            # First statement of every writing transaction: one writer at a time.
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({JOURNAL_LOCK})")

        return engine
    engine = create_engine(
        url, isolation_level="REPEATABLE READ", pool_pre_ping=True, connect_args=_CONNECT
    )
    return engine.execution_options(postgresql_readonly=True)


def default_path(url: str) -> Path:
    """Where a server store without a file of its own says it is: ``daihoi@host-5432.daihoi``.

    Its ``stem`` names the database and server; backups (``secretariat.backups``)
    go beside it, so a caller passes a path in a folder of its own choosing.
    """
    parsed = make_url(url)
    host = (parsed.host or "localhost").replace(":", "_")
    return Path(f"{parsed.database or 'postgres'}@{host}-{parsed.port or 5432}.daihoi")


def safe_url(url: str) -> str:
    """The URL without its password (for messages and logs)."""
    return make_url(url).render_as_string(hide_password=True)


class ServerStore(Store):
    """An open congress on a PostgreSQL server. Services take it like any store.

    ``path`` is a local name for it (``default_path``; backups go beside it), as
    there is no file; there is no lock, and ``backup_to`` writes a congress file
    of the current state, journal included.
    """

    def __init__(
        self,
        url: str,
        *,
        actor: str = "",
        clock: Clock = store_mod._local_now,
        migrated_from: str | None = None,
        path: Path | None = None,
    ) -> None:
        self.url = _url(url)
        self.path = path or default_path(self.url)
        self.actor = actor or store_mod._default_actor()
        self.clock = clock
        self.migrated_from = migrated_from
        self.backup_path = None
        self.read_only = False
        self._lock = None
        self._logs_before = set()
        self._engine = _make_engine(self.url, writing=True)
        self._read_engine = _make_engine(self.url, writing=False)
        self._listeners = []

    def backup_to(self, target: Path) -> Path:
        """Write the congress, journal included, to a congress file (all or nothing)."""
        part = target.with_name(target.name + ".part")
        store_mod._remove(part)
        try:
            copy_to_file(self, part)
            store_mod._fsync(part)
            Path(part).replace(target)
        except BaseException:
            store_mod._remove(part)
            raise
        return target

    def verify_inputs(self) -> tuple[list[str], list[tuple[object, ...]], dict[RowKey, Row]]:
        """What ``verify`` reads: foreign objects, the journal lines, the state — one snapshot."""
        columns = "id, at, actor, action, entity, entity_id, before, after, prev_hash, hash"
        columns += ", images, state"
        with self.read() as session:
            conn = session.connection().connection.dbapi_connection
            assert conn is not None
            lines = [tuple(r) for r in conn.execute(f"SELECT {columns} FROM journal ORDER BY id")]
            tables = dict(iter_rows(conn))
            foreign = foreign_objects(conn)
        return foreign, lines, tables


def foreign_objects(conn: Any) -> list[str]:
    """Schema objects the program did not create ("trigger x", "view v", "table t", "rule r").

    As ``file_checks.foreign_objects`` for a file: a trigger could rewrite papers
    as they are entered, a view, rule or extra table feed a document what the
    journal never saw. Functions alone do nothing and are not listed.
    """
    ours = {f"ri_{s.name}" for s in _shapes()} | {"journal_no_update", "journal_no_truncate"}
    schema = "n.nspname = current_schema()"
    triggers = conn.execute(
        "SELECT tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
        f"JOIN pg_namespace n ON n.oid = c.relnamespace WHERE NOT t.tgisinternal AND {schema}"
    ).fetchall()
    tables = conn.execute(
        "SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        f"WHERE c.relkind IN ('r', 'v', 'm', 'p', 'f') AND {schema}"
    ).fetchall()
    rules = conn.execute(
        "SELECT rulename FROM pg_rules WHERE schemaname = current_schema()"
    ).fetchall()
    known = set(models.Base.metadata.tables) | {"alembic_version"}
    found = [f"trigger {name}" for (name,) in triggers if name not in ours]
    for name, kind in tables:
        if kind != "r" or name not in known:
            found.append(f"{'table' if kind in ('r', 'p', 'f') else 'view'} {name}")
    found += [f"rule {name}" for (name,) in rules]
    return sorted(found)


# --- creating and opening ------------------------------------------------------------------


def _revision(conn: Any) -> str | None:
    exists = conn.exec_driver_sql("SELECT to_regclass('alembic_version')").scalar()
    if exists is None:
        return None
    value = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    return None if value is None else str(value)


def _migrate(url: str, *, create: bool = True) -> str | None:
    """Bring the database to the head revision in one transaction; the revision it had.

    ``create=False``: an empty database is refused (``FileRefused("not_congress")``).
    """
    engine = create_engine(url, isolation_level="READ COMMITTED", connect_args=_CONNECT)
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({JOURNAL_LOCK})")
            revision = _revision(conn)
            if revision is None and not create:
                raise FileRefused("not_congress", safe_url(url))
            if revision is not None and revision not in store_mod.known_revisions():
                raise FileRefused("newer", safe_url(url), revision)
            if revision != store_mod.head_revision():
                from alembic import command

                cfg = store_mod._alembic_config()
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
            install_capture(conn)
        return revision
    finally:
        engine.dispose()


def _check_revision(url: str) -> str:
    """The revision of a database opened without migrating; refused unless at the head."""
    engine = create_engine(url, connect_args=_CONNECT)
    try:
        with engine.connect() as conn:
            revision = _revision(conn)
    finally:
        engine.dispose()
    if revision is None:
        raise FileRefused("not_congress", safe_url(url))
    if revision != store_mod.head_revision():
        code = "newer" if revision not in store_mod.known_revisions() else "older_read_only"
        raise FileRefused(code, safe_url(url), revision)
    return revision


def open_server(
    url: str,
    *,
    actor: str = "",
    clock: Clock = store_mod._local_now,
    migrate: bool = True,
    create: bool = True,
    path: Path | None = None,
) -> ServerStore:
    """Open the congress in the database at ``url`` (``postgresql://user:pw@host:port/db``).

    An empty database gets the schema; one of an older schema is migrated (all or
    nothing) and its baseline journaled; a newer one is refused
    (``FileRefused("newer")``). ``migrate=False`` (a station's login, which may
    not change the schema) opens the database as it is. A server that cannot be
    reached, or refuses the login, is ``FileRefused("unreachable")``.
    ``create=False``: an empty database is refused (``FileRefused("not_congress")``)
    instead of receiving an empty congress. ``path``: see ``ServerStore``.
    """
    full = _url(url)
    try:
        before = _migrate(full, create=create) if migrate else _check_revision(full)
    except OperationalError as exc:
        raise FileRefused("unreachable", safe_url(full), str(exc.orig or exc)) from exc
    store = ServerStore(full, actor=actor, clock=clock, migrated_from=before, path=path)
    if before is not None and before != store_mod.head_revision():
        store_mod.record_baseline(store)
    return store


def retrying(call: Callable[[], T], *, attempts: int = 8) -> T:
    """Run ``call`` (one service call) again after a serialization failure or a deadlock."""
    for attempt in range(attempts):
        try:
            return call()
        except DBAPIError as exc:
            state = getattr(exc.orig, "sqlstate", None)
            if state not in RETRY_STATES or attempt == attempts - 1:
                raise
            time.sleep(0.01 * (2**attempt))
    raise AssertionError("unreachable")


# --- copying a congress between a file and a server ---------------------------------------


def copy_rows(source: Store, target: Store) -> int:
    """Copy every row, the journal included, from ``source`` into the empty ``target``.

    Both stores are at the head revision. Rows keep their ids; on a server the
    id sequences are moved past the copied ids. Returns the number of rows.
    """
    tables = models.Base.metadata.sorted_tables
    count = 0
    with source.read() as src, target.engine.begin() as dst:
        if dst.exec_driver_sql("SELECT count(*) FROM journal").scalar():
            raise FileRefused("not_empty", str(target.path))
        for table in tables:
            rows = [dict(r._mapping) for r in src.execute(table.select())]
            if rows:
                dst.execute(table.insert(), rows)
                count += len(rows)
        if dst.dialect.name == DIALECT:
            for table in tables:
                key = list(table.primary_key.columns)
                if len(key) == 1 and key[0].type.python_type is int:
                    _move_sequence(dst, table.name, key[0].name)
            Capture.clear(dst.connection.dbapi_connection)
    return count


def _move_sequence(conn: Any, table: str, column: str) -> None:
    """Set ``table``'s id sequence (if it has one) past its largest id."""
    conn.execute(
        text(
            f'SELECT setval(seq, coalesce((SELECT max("{column}") FROM "{table}"), 0) + 1, false) '
            "FROM (SELECT pg_get_serial_sequence(:t, :c) AS seq) s WHERE seq IS NOT NULL"
        ),
        {"t": table, "c": column},
    )


def copy_to_file(source: Store, path: Path) -> None:
    """A new congress file at ``path`` holding ``source``'s rows and journal."""
    target = store_mod.create(path, actor=source.actor, clock=source.clock)
    try:
        copy_rows(source, target)
    finally:
        target.close()
