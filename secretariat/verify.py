"""Tamper evidence: the journal's chain, the state it pins, and the tables against both.

Every journal line stores the hash of the line before it and its own hash over
(previous hash, time, actor, action, entity, id, before, after, row images,
state digest) (``store.entry_hash``). Since revision 0009 the first line of each
action carries the rows the action changed (``secretariat.row_images``) and
every line the state digest after it (``secretariat.state_digest``).

``verify_journal`` reads the file read-only and checks, reporting everything
it finds (``Finding``), not only the first problem:

1. the schema holds only what the program creates (a planted trigger, view,
   table or index is named);
2. the hash chain, from the start (the first broken line, and why);
3. the state: the row images replayed from empty must give each line's digest
   and, at the end, exactly the tables — each row that disagrees is named
   (changed, missing, or not in the journal), and the digest of the tables is
   recomputed;
4. with ``code`` (the "Mã đối chiếu" printed on a signed sheet): a line of the
   journal must have that code. A journal cut short, or forged and re-hashed
   whole, no longer has it.

Lines written before row images existed cannot be checked for state: the report
says from which line the state is checked (``state_from``). See
docs/tamper-evidence.md for what this proves and what it cannot.
"""

from __future__ import annotations

import json
import re
import sqlite3
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from secretariat import file_checks, state_digest
from secretariat import store as store_mod
from secretariat.errors import FileRefused
from secretariat.models import JournalEntry
from secretariat.row_images import RowImage, parse_images
from secretariat.state_digest import Row, RowKey
from secretariat.store import BASELINE, GENESIS_HASH, Store, entry_hash

CODE_CHARS = 12  # the printed code: the first 12 hex digits of a line's hash (services.closing)
ARCHIVE_IMPORT = "archive.import"


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing that disagrees. ``kind`` is one of:

    foreign_object (``detail`` "trigger x"), chain_hash / chain_link (``line``),
    bad_images (``line``: its images cannot be read), line_state (``line``: its
    images do not give its state, or do not follow the rows before it),
    line_without_state (``line``: a line among stateful ones has none),
    row_changed / row_missing / row_extra (``table``, ``key``), baseline_changed
    (``table``, ``key``, ``line``: a baseline line disagrees with the rows
    before it, columns in ``detail``), state_digest
    (the tables' digest is not the last line's), code_not_found (``detail``).
    """

    kind: str
    table: str = ""
    key: str = ""  # the row's primary key as JSON, "[3]"
    line: int | None = None
    detail: str = ""


@dataclass(frozen=True, slots=True)
class VerifyReport:
    ok: bool
    entries: int  # journal lines read
    first_broken: int | None  # journal id of the first line that does not chain
    head: str  # hash of the last line (GENESIS_HASH for an empty journal)
    reason: str = ""  # "hash" (the line was changed) or "link" (a line before it changed/went)
    findings: tuple[Finding, ...] = ()
    state_from: int | None = None  # the first line carrying the state (None: no line does)
    unchecked_lines: int = 0  # lines before ``state_from`` (older than row images)
    digest: str = ""  # the state digest recomputed from the tables
    code: str | None = None  # the code checked, normalised "XXXX-XXXX-XXXX"
    code_line: int | None = None  # the line whose hash the code is
    lines_after_code: int = 0  # journal lines recorded after the sheet was printed
    actions_after_code: tuple[str, ...] = ()  # their actions, in order, each once
    rebuilt: bool = False  # a congress rebuilt from a JSON archive (history not carried)
    state_checked: bool = field(default=True)


_COLUMNS = "id, at, actor, action, entity, entity_id, before, after, prev_hash, hash, images, state"
_LINE = tuple[object, ...]


def _rows(conn: sqlite3.Connection) -> list[_LINE]:
    present = {str(r[1]) for r in conn.execute("PRAGMA table_info(journal)")}
    # A file older than revision 0009 (not yet migrated) has no images nor state.
    columns = ", ".join(c if c in present else f"NULL AS {c}" for c in _COLUMNS.split(", "))
    return conn.execute(f"SELECT {columns} FROM journal ORDER BY id").fetchall()


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def _walk(rows: list[_LINE]) -> tuple[int | None, str, str]:
    """(first broken line, reason, head) of the hash chain."""
    prev = GENESIS_HASH
    head = str(rows[-1][9]) if rows else GENESIS_HASH
    for row in rows:
        ident, at, actor, action, entity, entity_id, before, after, prev_hash, digest = row[:10]
        images, state = row[10], row[11]
        if prev_hash != prev:
            return int(str(ident)), "link", head
        texts = [at, actor, action, entity, entity_id]
        if not all(isinstance(t, str) for t in texts) or not all(
            v is None or isinstance(v, str) for v in (before, after, images, state)
        ):
            return int(str(ident)), "hash", head
        expected = entry_hash(
            prev,
            str(at),
            str(actor),
            str(action),
            str(entity),
            str(entity_id),
            _text(before),
            _text(after),
            _text(images),
            _text(state),
        )
        if digest != expected:
            return int(str(ident)), "hash", head
        prev = expected
    return None, "", head


def _replay(rows: list[_LINE], findings: list[Finding]) -> tuple[dict[RowKey, Row], int | None]:
    """The state the journal's row images give, from the first line that carries one.

    A baseline line (``store.BASELINE``, written when row images began or after a
    migration) restarts the replay from its rows; the state before it must agree
    with them on the columns both have, so that a baseline cannot hide an edit.
    """
    start = next((i for i, row in enumerate(rows) if row[11] is not None), None)
    state: dict[RowKey, Row] = {}
    if start is None:
        return state, None
    digest = state_digest.EMPTY
    for n, row in enumerate(rows[start:]):
        line, images, expected = int(str(row[0])), row[10], row[11]
        if expected is None:
            findings.append(Finding("line_without_state", line=line))
            continue
        if images is not None:
            try:
                changes = parse_images(str(images))
            except (ValueError, TypeError):
                findings.append(Finding("bad_images", line=line))
                continue
            if row[3] == BASELINE:
                if n:
                    findings += _rebased(state, changes, line)
                state, digest = {}, state_digest.EMPTY
            follows = True
            for change in changes:
                key = (change.table, change.key)
                follows = follows and state.get(key) == change.before
                if change.after is None:
                    state.pop(key, None)
                else:
                    state[key] = change.after
            digest = state_digest.advance(
                digest, ((c.table, c.key, c.before, c.after) for c in changes)
            )
            if not follows:
                findings.append(Finding("line_state", line=line, detail="before"))
        if digest != expected:
            findings.append(Finding("line_state", line=line, detail="digest"))
            digest = str(expected)
    return state, int(str(rows[start][0]))


def _rebased(state: dict[RowKey, Row], changes: list[RowImage], line: int) -> list[Finding]:
    """Rows where a baseline disagrees with the state before it (columns in both)."""
    after = {(c.table, c.key): c.after for c in changes if c.after is not None}
    found = []
    for key in sorted(state.keys() | after.keys()):
        old, new = state.get(key), after.get(key)
        if old is None or new is None:
            found.append(Finding("baseline_changed", table=key[0], key=key[1], line=line))
            continue
        differ = sorted(c for c in old.keys() & new.keys() if old[c] != new[c])
        if differ:
            found.append(
                Finding(
                    "baseline_changed",
                    table=key[0],
                    key=key[1],
                    line=line,
                    detail=", ".join(differ),
                )
            )
    return found


def _compare(journal: dict[RowKey, Row], tables: dict[RowKey, Row]) -> list[Finding]:
    found = []
    for key in sorted(journal.keys() | tables.keys()):
        mine, theirs = journal.get(key), tables.get(key)
        if mine == theirs:
            continue
        kind = "row_missing" if theirs is None else "row_extra" if mine is None else "row_changed"
        detail = ""
        if mine is not None and theirs is not None:
            detail = ", ".join(
                sorted(c for c in mine.keys() | theirs.keys() if mine.get(c) != theirs.get(c))
            )
        found.append(Finding(kind, table=key[0], key=key[1], detail=detail))
    return found


def normalise_code(code: str) -> str:
    """ "3f2a 91c0-7b4e" → "3F2A-91C0-7B4E"; ``ValueError`` if it is not 12 hex digits."""
    digits = re.sub(r"[\s\-.]", "", code).upper()
    if not re.fullmatch(f"[0-9A-F]{{{CODE_CHARS}}}", digits):
        raise ValueError(code)
    return "-".join(digits[i : i + 4] for i in range(0, CODE_CHARS, 4))


def _open_checked(path: Path) -> None:
    try:
        store_mod.examine(path)  # refuses what is not a readable congress file
    except FileRefused as exc:
        if exc.code != "foreign_schema":  # verify names those objects instead
            raise


def _file_inputs(target: Store | Path | str) -> tuple[list[str], list[_LINE], dict[RowKey, Row]]:
    if isinstance(target, Store):
        path = target.path
    else:
        path = Path(target)
        _open_checked(path)
    try:
        with closing(store_mod._read_only(path)) as conn:
            return file_checks.foreign_objects(conn), _rows(conn), state_digest.read_state(conn)
    except sqlite3.DatabaseError as exc:
        raise FileRefused("corrupt", str(path), str(exc)) from exc


def verify_journal(target: Store | Path | str, *, code: str | None = None) -> VerifyReport:
    """Check an open store or a congress file (read-only); see the module's docstring.

    ``code`` is the code printed on a sheet; ``ValueError`` if it is not one.
    """
    wanted = None if code is None else normalise_code(code)
    # A server store (``secretariat.pg_store``) reads its own snapshot; verify never
    # imports it, so the single-laptop path never loads the PostgreSQL driver.
    server_inputs = getattr(target, "verify_inputs", None)
    if isinstance(target, Store) and server_inputs is not None:
        foreign, rows, tables = server_inputs()
    else:
        foreign, rows, tables = _file_inputs(target)
    findings = [Finding("foreign_object", detail=name) for name in foreign]
    broken, reason, head = _walk(rows)
    if broken is not None:
        findings.append(Finding("chain_" + reason, line=broken))
    replayed, state_from = _replay(rows, findings)
    digest = state_digest.digest_of(tables)
    checked = state_from is not None or not rows
    if checked:
        findings += _compare(replayed, tables)
        last_state = rows[-1][11] if rows else state_digest.EMPTY
        if last_state is not None and last_state != digest:
            findings.append(Finding("state_digest", detail=str(last_state)))
    code_line, after = None, 0
    later: tuple[str, ...] = ()
    if wanted is not None:
        digits = wanted.replace("-", "").lower()
        hits = [i for i, row in enumerate(rows) if str(row[9]).lower().startswith(digits)]
        if not hits:
            findings.append(Finding("code_not_found", detail=wanted))
        else:
            code_line, after = int(str(rows[hits[-1]][0])), len(rows) - hits[-1] - 1
            later = tuple(dict.fromkeys(str(row[3]) for row in rows[hits[-1] + 1 :]))
    unchecked = (
        len(rows) if state_from is None else sum(1 for r in rows if int(str(r[0])) < state_from)
    )
    return VerifyReport(
        ok=not findings,
        entries=len(rows),
        first_broken=broken,
        head=head,
        reason=reason,
        findings=tuple(findings),
        state_from=state_from,
        unchecked_lines=unchecked,
        digest=digest,
        code=wanted,
        code_line=code_line,
        lines_after_code=after,
        actions_after_code=later,
        rebuilt=any(row[3] == ARCHIVE_IMPORT for row in rows),
        state_checked=checked,
    )


def journal_head(store: Store) -> str:
    """The hash of the last journal line, as printed on the count minutes."""
    with store.read() as session:
        head = session.scalar(select(JournalEntry.hash).order_by(JournalEntry.id.desc()).limit(1))
    return head or GENESIS_HASH


def row_label(finding: Finding) -> str:
    """ "vote [3]" for a row finding (for the command line and logs)."""
    key = json.loads(finding.key) if finding.key else []
    return f"{finding.table} " + ", ".join(str(k) for k in key)
