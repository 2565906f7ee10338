"""One undo shape: an action's row images applied back (undo) or forward again (redo).

Every action's unit of work stores the rows it changed on its journal line
(``secretariat.row_images``: table, key, before, after). Undoing the action is
putting each row back to its "before" image, redoing it putting it back to its
"after" image, so no service needs a hand-written inverse (issue #15 §3).

``undo`` and ``redo`` run as one unit of work of their own ("undo:<action>",
"redo:<action>"): its changes are captured as row images like any action's, so
the journal replayed from empty still gives the tables (``verify``). Before
writing anything, each row must still be as the action left it (undo) or as it
found it (redo); a row changed since is refused as
``ValidationError("undo_conflict", table, key)`` and nothing is written. A row
the images do not name but the apply would change (a foreign key's cascade onto
a row added since) or leave dangling is refused the same way, and so is a
step whose rows are tied by a foreign key to a row moved since (a paper entered
after the issue, a round announced after its papers): the undo stack undoes
the later step first. Rows an adopted resolution freezes stay frozen
(``adopted``).

The listeners hear the undone action's own name (the screens that show its rows
refresh as they did for it); the journal says "undo:…" / "redo:…".
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Boolean, Connection, Table, and_, delete, func, insert, select, update

from secretariat import models, row_images, state_digest
from secretariat.errors import ValidationError
from secretariat.models import JournalEntry
from secretariat.state_digest import Row, RowKey
from secretariat.store import BASELINE, Store, UnitOfWork

UNDO = "undo:"
REDO = "redo:"


@dataclass(frozen=True, slots=True)
class _Step:
    """One row: what it must be now (``expected``) and what it becomes (``target``)."""

    table: str
    key: str
    expected: Row | None
    target: Row | None


def undo(store: Store, line_ids: int | Sequence[int]) -> int:
    """Undo the actions of ``line_ids`` (in the order they ran) as one action; its line id."""
    return _apply(store, _ids(line_ids), forward=False)


def redo(store: Store, line_ids: int | Sequence[int]) -> int:
    """Do again the actions of ``line_ids`` that ``undo`` took back; its line id."""
    return _apply(store, _ids(line_ids), forward=True)


def _ids(line_ids: int | Sequence[int]) -> list[int]:
    return [line_ids] if isinstance(line_ids, int) else list(line_ids)


def _apply(store: Store, ids: list[int], *, forward: bool) -> int:
    if not ids:
        raise ValidationError("undo_nothing", "journal", ids)
    actions, images = _read_lines(store, ids)
    prefix = REDO if forward else UNDO
    announce = tuple(dict.fromkeys(actions))
    with store.action(prefix + actions[0], announce=announce) as uow:
        steps = _plan(images, forward=forward)
        conn = uow.session.connection()
        sqlite = conn.dialect.name == "sqlite"
        for step in steps:
            _check(conn, step)
        _check_related(uow, _since(uow, ids, forward=forward), steps)
        _check_frozen(uow, steps)
        if sqlite:
            conn.exec_driver_sql("PRAGMA defer_foreign_keys=ON")
        _write(conn, steps)
        if sqlite:  # (a server checks its foreign keys at once; its log is its own)
            _check_reach(uow, steps)
        for line_id in ids:
            uow.journal("journal", line_id, None, None)
    assert uow.line_id is not None
    return uow.line_id


def _read_lines(store: Store, ids: list[int]) -> tuple[list[str], list[list[row_images.RowImage]]]:
    with store.read() as session:
        rows = {
            line.id: line
            for line in session.scalars(select(JournalEntry).where(JournalEntry.id.in_(ids)))
        }
    actions, images = [], []
    for line_id in ids:
        line = rows.get(line_id)
        if line is None or line.images is None or line.action == BASELINE:
            raise ValidationError("undo_unknown_action", "journal", line_id)
        actions.append(line.action)
        images.append(row_images.parse_images(line.images))
    return actions, images


def _plan(lines: list[list[row_images.RowImage]], *, forward: bool) -> list[_Step]:
    """One step per row: the lines applied in order (redo) or taken back in reverse (undo)."""
    folded: dict[RowKey, list[Row | None]] = {}
    for images in lines if forward else reversed(lines):
        for image in images:
            expected, target = image.before, image.after
            if not forward:
                expected, target = target, expected
            seen = folded.setdefault((image.table, image.key), [expected, target])
            seen[1] = target
    return [
        _Step(table, key, expected, target)
        for (table, key), (expected, target) in folded.items()
        if expected != target
    ]


# Rows an adopted resolution freezes (its services refuse "adopted"); an undo or a
# redo that would change them is refused the same way, unless it moves the
# adoption itself (the versions).
ADOPTION_FREEZES = frozenset({"resolution_section", "resolution_target", "amendment"})


def _check_frozen(uow: UnitOfWork, steps: list[_Step]) -> None:
    tables = {s.table for s in steps}
    if not tables & ADOPTION_FREEZES or "resolution_version" in tables:
        return
    adopted = select(models.ResolutionVersion.id).where(models.ResolutionVersion.adopted)
    if uow.session.scalar(adopted.limit(1)) is not None:
        raise ValidationError("adopted", "resolution")


def _since(uow: UnitOfWork, ids: list[int], *, forward: bool) -> int:
    """The line after which a row moved counts: the step's own (undo), or its undo (redo)."""
    if not forward:
        return max(ids)
    undone = select(func.max(JournalEntry.id)).where(
        JournalEntry.entity == "journal",
        JournalEntry.entity_id == str(max(ids)),
        JournalEntry.action.startswith(UNDO),
    )
    return uow.session.scalar(undone) or max(ids)


def _check_related(uow: UnitOfWork, last: int, steps: list[_Step]) -> None:
    """Refuse when a row related by a foreign key to the step's rows moved since.

    A row added since that points to a row the apply changes (a paper entered
    after the ballots were issued: undoing the issue would leave it on a round
    never issued), or a row the step's rows point to that was changed since (the
    round announced after its papers: they are part of the announced result).
    The undo stack undoes the later step first, which takes both away.
    """
    query = select(JournalEntry.images).where(
        JournalEntry.id > last, JournalEntry.images.is_not(None), JournalEntry.action != BASELINE
    )
    net: dict[RowKey, list[Row | None]] = {}
    for text in uow.session.scalars(query.order_by(JournalEntry.id)):
        for image in row_images.parse_images(str(text)):
            net.setdefault((image.table, image.key), [image.before, image.after])[1] = image.after
    moved = {key: change for key, change in net.items() if change[0] != change[1]}
    if not moved:
        return
    touched = {(s.table, s.key) for s in steps if s.expected is not None}
    updated = {key for key, (before, after) in moved.items() if before is not None and after}
    for (table, key), (before, after) in sorted(moved.items()):
        if before is None and after is not None and touched & set(_parents(table, after)):
            raise _conflict(table, key)
    for step in steps:
        for row in (step.expected, step.target):
            if row is not None and updated & set(_parents(step.table, row)):
                raise _conflict(step.table, step.key)


def _parents(table: str, row: Row) -> list[RowKey]:
    """The rows ``row`` of ``table`` points to by its (single-column) foreign keys."""
    out = []
    for fk in models.Base.metadata.tables[table].foreign_keys:
        value = row.get(fk.parent.name)
        if value is not None:
            out.append((fk.column.table.name, state_digest.canonical([value])))
    return out


def _conflict(table: str, key: str) -> ValidationError:
    return ValidationError("undo_conflict", table, json.loads(key))


def _table(name: str) -> Table:
    return models.Base.metadata.tables[name]


def _match(table: Table, key: str) -> Any:
    values = json.loads(key)
    return and_(*(column == value for column, value in zip(table.primary_key, values, strict=True)))


def _image(table: Table, row: Any) -> Row:
    """A row read back in the images' form (booleans 0/1, as SQLite stores them)."""
    return {
        c.name: (
            int(row[c.name])
            if isinstance(c.type, Boolean) and row[c.name] is not None
            else row[c.name]
        )
        for c in table.columns
    }


def _values(table: Table, image: Row) -> dict[str, Any]:
    """An image as values to write (booleans as booleans, for a server)."""
    out = {}
    for c in table.columns:
        value = image.get(c.name)
        out[c.name] = bool(value) if isinstance(c.type, Boolean) and value is not None else value
    return out


def _check(conn: Connection, step: _Step) -> None:
    """The row is now exactly what the step expects (absent, or equal column by column)."""
    if step.table not in models.Base.metadata.tables:
        raise _conflict(step.table, step.key)
    table = _table(step.table)
    found = conn.execute(select(table).where(_match(table, step.key))).mappings().first()
    current = None if found is None else _image(table, found)
    if current != step.expected:
        raise _conflict(step.table, step.key)


def _write(conn: Connection, steps: list[_Step]) -> None:
    """Deletes first, children before parents; then inserts, parents first; then
    updates; last the deletes of rows an updated row still points to now.

    A RESTRICT acts at once (and a server checks every foreign key at once):
    deleting in reverse dependency order and inserting in order keeps them quiet,
    and a row is deleted only once nothing points to it (a vote's result cleared
    lets go of its frozen base, then the base goes).
    """
    order = {name: n for n, name in enumerate(state_digest.state_table_names())}
    updates = [s for s in steps if s.target is not None and s.expected is not None]
    deletes = sorted((s for s in steps if s.target is None), key=lambda s: -order[s.table])
    held = _held(updates, deletes)
    inserts = sorted(
        (s for s in steps if s.expected is None), key=lambda s: (order[s.table], s.key)
    )
    for step in (s for s in deletes if (s.table, s.key) not in held):
        table = _table(step.table)
        conn.execute(delete(table).where(_match(table, step.key)))
    for step in inserts:
        table = _table(step.table)
        conn.execute(insert(table).values(_values(table, _row(step))))
    for step in updates:
        table = _table(step.table)
        conn.execute(
            update(table).where(_match(table, step.key)).values(_values(table, _row(step)))
        )
    for step in (s for s in deletes if (s.table, s.key) in held):
        table = _table(step.table)
        conn.execute(delete(table).where(_match(table, step.key)))


def _held(updates: list[_Step], deletes: list[_Step]) -> set[RowKey]:
    """The rows to delete that an updated row points to now, and what those point to."""
    held = {key for s in updates if s.expected is not None for key in _parents(s.table, s.expected)}
    by_key = {(s.table, s.key): s for s in deletes}
    todo = [key for key in held if key in by_key]
    while todo:
        step = by_key[todo.pop()]
        assert step.expected is not None
        for key in _parents(step.table, step.expected):
            if key not in held:
                held.add(key)
                if key in by_key:
                    todo.append(key)
    return held


def _row(step: _Step) -> Row:
    assert step.target is not None
    return step.target


def _raw(uow: UnitOfWork) -> Any:
    """The sqlite3 connection under the unit of work (the row log and pragmas live there)."""
    return uow.session.connection().connection.dbapi_connection


def _check_reach(uow: UnitOfWork, steps: Iterable[_Step]) -> None:
    """Refuse an apply that touched a row the images do not name, or left one dangling."""
    planned = {(s.table, s.key) for s in steps}
    raw = _raw(uow)
    beyond = sorted(row_images.pending_keys(raw) - planned)
    if beyond:
        raise _conflict(*beyond[0])
    for table in _referring({table for table, _key in planned}):
        dangling = raw.execute(f'PRAGMA foreign_key_check("{table}")').fetchone()
        if dangling is not None:
            raise ValidationError("undo_conflict", str(dangling[0]), [dangling[1]])


def _referring(tables: set[str]) -> list[str]:
    """``tables`` and the tables whose foreign keys point into them (a key may dangle there)."""
    out = set(tables)
    for table in models.Base.metadata.sorted_tables:
        if any(fk.column.table.name in tables for fk in table.foreign_keys):
            out.add(table.name)
    return sorted(out)
