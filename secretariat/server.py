"""Moving a congress between the secretary's file and a PostgreSQL server (issue #20 §1).

``push``: the congress of a ``.daihoi`` file goes onto an empty database of a
server (schema by the migrations, then every row, the journal included, with
their ids), where the counting stations work on it. ``pull``: the congress on
the server comes back into a file, journal included, all or nothing — written
as ``….part``, verified (chain, row images, state digest, and the same last
hash as the server), then renamed over the target; an existing file is first
kept aside as ``<stem>.before-pull-….daihoi``. The file stays the record of the
congress.

A pull is refused while a count is open: a round of an election whose ballots
have been issued and whose result is not yet announced, counted paper by paper
(the rounds on which ``services.elections.check_open_for_entry`` lets stations
enter papers). Stations may still be writing to it; the file would hold half a
count.
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import select

from secretariat import models
from secretariat import pg_store as pg
from secretariat import store as store_mod
from secretariat import verify as verify_mod
from secretariat.errors import FileRefused, ValidationError
from secretariat.store import Store

TOTALS = "totals"  # domain.EntryMode.TOTALS: a round typed from a tally sheet has no papers


def open_counts(store: Store) -> list[int]:
    """The rounds open for entry: ballots issued, paper by paper, result not announced."""
    r = models.ElectionRound
    with store.read() as session:
        ids = session.scalars(
            select(r.id)
            .where(r.held_at.is_not(None), r.issued.is_not(None), r.announced_at.is_(None))
            .where(r.entry_mode != TOTALS)
            .order_by(r.id)
        )
        return [int(i) for i in ids]


def _refuse_unless_verified(report: verify_mod.VerifyReport, where: str) -> None:
    if not report.ok:
        kinds = ", ".join(sorted({f.kind for f in report.findings}))
        raise FileRefused("verify_failed", where, kinds)


def push(path: Path, url: str, *, actor: str = "") -> int:
    """Put the congress of the file ``path`` onto the empty database at ``url``.

    The file must verify first (a tampered file is not spread to the stations);
    the server then must verify with the same last hash. Returns the rows copied.
    """
    path = Path(path)
    _refuse_unless_verified(verify_mod.verify_journal(path), str(path))
    with store_mod.open_store(path, actor=actor) as source:
        server = pg.open_server(url, actor=actor)
        try:
            count = pg.copy_rows(source, server)
            report = verify_mod.verify_journal(server)
            _refuse_unless_verified(report, str(server.path))
            if report.head != verify_mod.journal_head(source):
                raise FileRefused("verify_failed", str(server.path), "head")
        finally:
            server.close()
    return count


def pull(url: str, path: Path, *, actor: str = "", overwrite: bool = False) -> Path | None:
    """Bring the congress at ``url`` back into the file ``path``; the copy kept aside, if any.

    Refused while a count is open (``ValidationError("count_open")``), when
    ``path`` exists and ``overwrite`` is not given (``FileRefused("exists")``),
    or when the copy does not verify; the target is then untouched.
    """
    path = Path(path)
    if path.exists() and not overwrite:
        raise FileRefused("exists", str(path))
    server = pg.open_server(url, actor=actor, migrate=False)
    part = path.with_name(path.name + ".pull.part")
    try:
        if rounds := open_counts(server):
            raise ValidationError("count_open", "round_id", rounds[0])
        store_mod._remove(part)
        pg.copy_to_file(server, part)
        report = verify_mod.verify_journal(part)
        _refuse_unless_verified(report, str(part))
        if report.head != verify_mod.journal_head(server):
            raise FileRefused("verify_failed", str(part), "head")
        store_mod._fsync(part)
        return _replace(part, path, actor)
    except BaseException:
        store_mod._remove(part)
        raise
    finally:
        server.close()


def _replace(part: Path, path: Path, actor: str) -> Path | None:
    """Rename ``part`` over ``path`` (locked; an existing file kept aside first)."""
    if not path.exists():
        os.replace(part, path)
        store_mod._fsync_folder(path.parent)
        return None
    from secretariat import lock as lock_mod

    with lock_mod.acquire(path):
        aside = store_mod.copy_aside(path, "before-pull")
        for log in ("-wal", "-shm"):
            Path(f"{path}{log}").unlink(missing_ok=True)
        os.replace(part, path)
        store_mod._fsync_folder(path.parent)
    return aside
