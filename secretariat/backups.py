"""Rotating backups of the open congress file, and restoring one.

Backups sit in a folder next to the file, ``<name>.backups/``, as
``<stem>-YYYYMMDD-HHMMSS.daihoi``: a consistent copy made with SQLite's online
backup API while the file stays open. The app takes one when a file is opened
and, while the secretary works, one every few minutes if anything changed
(``due``, asked by a timer). Pruning keeps the newest few and, older
than those, the newest one of each hour, so a whole congress day stays
reachable in a folder of a few dozen files.

``restore_backup`` is all or nothing: the backup is checked and copied beside the
target first, the current file is copied aside (``<stem>.before-restore-….daihoi``),
and only then does the copy replace it in one rename.
"""

from __future__ import annotations

import os
import re
import sqlite3
import weakref
from contextlib import closing, suppress
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from secretariat import lock as lock_mod
from secretariat import store as store_mod
from secretariat.errors import FileRefused
from secretariat.faults import refusal
from secretariat.store import FILE_EXTENSION, Store

STAMP_FORMAT = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"-(\d{8}-\d{6})(?:-(\d+))?$")


@dataclass(frozen=True, slots=True)
class BackupPolicy:
    """When to back up and what to keep."""

    interval: timedelta = timedelta(minutes=5)  # after a change, at most this often
    keep_last: int = 10  # the newest backups, whatever their age
    keep_hourly: int = 48  # then the newest of each hour, for this many hours


DEFAULT_POLICY = BackupPolicy()


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    taken_at: datetime  # local time, from the file name
    size: int  # bytes


@dataclass
class _Last:
    at: datetime
    journal_id: int


# What was backed up last for each open store (in this process).
_last: weakref.WeakKeyDictionary[Store, _Last] = weakref.WeakKeyDictionary()


def backup_folder(path: Path) -> Path:
    return path.with_name(path.stem + ".backups")


def _journal_id(store: Store) -> int:
    with store.read() as session:
        value = session.connection().exec_driver_sql("SELECT max(id) FROM journal").scalar()
    return int(value or 0)


def backup_now(
    store: Store, now: datetime | None = None, policy: BackupPolicy = DEFAULT_POLICY
) -> Path:
    """Write a backup of the open file now, prune old ones; return the new backup.

    A full disk or a read-only folder raises ``FileRefused`` ("disk_full",
    "read_only") and leaves the congress file and the older backups as they were.
    """
    now = now or datetime.now()
    journal_id = _journal_id(store)
    target = write_backup(store, now, policy)
    taken(store, now, journal_id)
    return target


def due(store: Store, now: datetime, policy: BackupPolicy = DEFAULT_POLICY) -> int | None:
    """The last journal line a backup taken ``now`` would hold, if one is due; else
    None. One is due on the first call for a store (it was just opened), then when
    something changed and ``policy.interval`` has passed. A quick read: the app's
    timer asks on the window's thread and leaves the copy (``write_backup``, then
    ``taken``) to a worker."""
    last = _last.get(store)
    if last is not None and now - last.at < policy.interval:
        return None
    journal_id = _journal_id(store)
    if last is not None and journal_id == last.journal_id:
        return None
    return journal_id


def write_backup(store: Store, now: datetime, policy: BackupPolicy = DEFAULT_POLICY) -> Path:
    """Copy the open file into its backups folder and prune it; return the copy.

    It reads the file through a connection of its own (``Store.backup_to``), so it
    may run on another thread while the window goes on writing. Refusals as
    ``backup_now``.
    """
    folder = backup_folder(store.path)
    stem = f"{store.path.stem}-{now.strftime(STAMP_FORMAT)}"
    target = folder / f"{stem}{FILE_EXTENSION}"
    n = 1
    while target.exists():
        target = folder / f"{stem}-{n}{FILE_EXTENSION}"
        n += 1
    try:
        folder.mkdir(exist_ok=True)
        store.backup_to(target)
    except (OSError, sqlite3.Error) as exc:
        with suppress(OSError):  # a read-only folder cannot hold a .part either
            Path(str(target) + ".part").unlink(missing_ok=True)
        if (refused := refusal(exc, folder)) is not None:
            raise refused from exc
        raise
    prune(store.path, now, policy)
    return target


def taken(store: Store, now: datetime, journal_id: int) -> None:
    """Remember a backup written at ``now`` holding the journal up to ``journal_id``."""
    _last[store] = _Last(now, journal_id)


def _taken_at(path: Path) -> datetime | None:
    found = _NAME.search(path.stem)
    if not found:
        return None
    try:
        return datetime.strptime(found.group(1), STAMP_FORMAT)
    except ValueError:
        return None


def list_backups(path: Path) -> list[BackupInfo]:
    """The backups of the congress file ``path``, newest first."""
    folder = backup_folder(Path(path))
    if not folder.is_dir():
        return []
    found = []
    for item in folder.glob(f"{Path(path).stem}-*{FILE_EXTENSION}"):
        taken = _taken_at(item)
        if taken is not None and item.is_file():
            found.append(BackupInfo(item, taken, item.stat().st_size))
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def prune(path: Path, now: datetime, policy: BackupPolicy = DEFAULT_POLICY) -> list[Path]:
    """Delete backups beyond the policy; return the deleted ones."""
    backups = list_backups(path)
    keep = {b.path for b in backups[: policy.keep_last]}
    hours: set[datetime] = set()
    for b in backups[policy.keep_last :]:
        hour = b.taken_at.replace(minute=0, second=0, microsecond=0)
        if hour not in hours and now - hour < timedelta(hours=policy.keep_hourly):
            hours.add(hour)
            keep.add(b.path)
    removed = []
    for b in backups:
        if b.path not in keep:
            try:
                b.path.unlink()
            except OSError:
                continue  # an undeletable old backup is no reason to stop working
            removed.append(b.path)
    return removed


def restore_backup(backup: Path, target: Path) -> Path | None:
    """Replace the congress file ``target`` (closed) with ``backup``, all or nothing.

    The current ``target`` is first copied aside; that copy's path is returned
    (None if there was no file). A backup that is not a sound congress file is
    refused (``FileRefused``) and nothing changes; so is a ``target`` open in
    another window or program (``FileInUse``).
    """
    backup, target = Path(backup), Path(target)
    store_mod.examine(backup)
    # A file open in another window or program is never replaced under it.
    with lock_mod.acquire(target):
        return _restore(backup, target)


def _restore(backup: Path, target: Path) -> Path | None:
    part = target.with_name(target.name + ".restore.part")
    try:
        for leftover in (part, Path(f"{part}-wal"), Path(f"{part}-shm")):
            leftover.unlink(missing_ok=True)
        with closing(sqlite3.connect(backup)) as src, closing(sqlite3.connect(part)) as dst:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
            if dst.execute("PRAGMA quick_check").fetchall() != [("ok",)]:
                raise FileRefused("corrupt", str(backup), "copy failed its check")
        aside = None
        if target.exists():
            aside = store_mod.copy_aside(target, "before-restore")
            # The current file's log must not be replayed over the restored copy.
            with closing(sqlite3.connect(target)) as conn:
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            for log in (Path(f"{target}-wal"), Path(f"{target}-shm")):
                log.unlink(missing_ok=True)
        os.replace(part, target)
    except (OSError, sqlite3.Error) as exc:
        with suppress(OSError):
            part.unlink(missing_ok=True)
        if (refused := refusal(exc, target.parent)) is not None:
            raise refused from exc
        raise
    except BaseException:
        with suppress(OSError):
            part.unlink(missing_ok=True)
        raise
    return aside
