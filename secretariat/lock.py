"""One file, one writer: a lock file beside an open congress file.

While a program works on ``dh.daihoi`` it holds ``dh.daihoi.lock``: a small JSON
note of who holds it (user, host, process id, since when) and an operating-system
lock on that note (``flock`` on POSIX, ``msvcrt.locking`` on Windows) held as
long as the file is open. A second window or process asking for the file is
told who has it (:class:`~secretariat.errors.FileInUse`) and may open it read-only.

A lock left by a crashed program is stale: its OS lock died with the process,
and on the same host its process id is no longer alive. A stale lock is taken
over silently. A lock from another host whose OS lock cannot be seen (some
network shares) is reported as in use: only its holder can tell.
"""

from __future__ import annotations

import errno
import getpass
import json
import os
import socket
import sys
from contextlib import suppress
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO

from secretariat.errors import FileInUse, FileRefused
from secretariat.faults import refusal

LOCK_SUFFIX = ".lock"


@dataclass(frozen=True, slots=True)
class Holder:
    """Who holds a congress file open for writing."""

    user: str
    host: str
    pid: int
    since: str  # local time, ISO, to the second


def lock_path(path: Path) -> Path:
    return Path(path).with_name(Path(path).name + LOCK_SUFFIX)


def login_name() -> str:
    """The computer's login, or "" where a sandbox has none."""
    try:
        return getpass.getuser()
    except Exception:  # no user name in some sandboxes
        return ""


def _me() -> Holder:
    return Holder(
        user=login_name(),
        host=socket.gethostname(),
        pid=os.getpid(),
        since=datetime.now().replace(microsecond=0).isoformat(),
    )


def _os_lock(fh: IO[bytes]) -> bool:
    """Take the OS lock on an open lock file; False if another holds it."""
    try:
        if sys.platform == "win32":
            import msvcrt

            fh.seek(0)
            msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        if exc.errno in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK, errno.EDEADLK):
            return False
        raise
    return True


def _alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":  # pragma: no cover - Windows
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)
        if not handle:
            return False
        ctypes.windll.kernel32.CloseHandle(handle)
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def read_holder(path: Path) -> Holder | None:
    """The note of the lock on ``path`` (None without a readable one)."""
    try:
        data = json.loads(lock_path(path).read_text("utf-8"))
        return Holder(str(data["user"]), str(data["host"]), int(data["pid"]), str(data["since"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


class FileLock:
    """The writer's lock on one congress file; ``release()`` (or closing) frees it."""

    def __init__(self, path: Path, fh: IO[bytes], holder: Holder) -> None:
        self.path = Path(path)
        self.holder = holder
        self._fh: IO[bytes] | None = fh

    @property
    def held(self) -> bool:
        return self._fh is not None

    def release(self) -> None:
        if self._fh is None:
            return
        # The note goes first, while the OS lock still keeps others out (Windows
        # cannot remove an open file: there it goes after closing).
        note = lock_path(self.path)
        try:
            note.unlink()
        except OSError:
            with suppress(OSError):
                self._fh.close()
            with suppress(OSError):
                note.unlink()
        with suppress(OSError):
            self._fh.close()
        self._fh = None

    def __enter__(self) -> FileLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def acquire(path: Path) -> FileLock:
    """Take the writer's lock on ``path``; ``FileInUse`` if a live program holds it.

    A folder where the note cannot be written raises ``FileRefused`` ("read_only",
    "disk_full"): the file can then only be opened read-only.
    """
    path = Path(path)
    note = lock_path(path)
    for _attempt in range(5):
        try:
            fh = open(note, "a+b")  # noqa: SIM115 - held open as long as the lock
        except OSError as exc:
            raise refusal(exc, path) or exc from exc
        try:
            if not _os_lock(fh):
                fh.close()
                raise _in_use(path)
            # The lock is ours; the note may belong to a crashed holder (stale) or
            # have been removed by a holder releasing just now (then try again).
            if not _same_file(fh, note):
                fh.close()
                continue
            holder = read_holder(path)
            if holder is not None and not _stale(holder):
                fh.close()
                raise FileInUse(str(path), holder.user, holder.host, holder.pid, holder.since)
            me = _me()
            _write_note(fh, me)
            return FileLock(path, fh, me)
        except FileRefused:
            raise
        except OSError as exc:
            with suppress(OSError):
                fh.close()
            raise refusal(exc, path) or exc from exc
    raise _in_use(path)


def _write_note(fh: IO[bytes], me: Holder) -> None:
    """Write who holds the lock. On a full disk the OS lock alone still keeps others
    out (they are told the file is in use, by an unknown holder)."""
    fh.seek(0)
    fh.truncate()
    try:
        fh.write(json.dumps(_asdict(me), ensure_ascii=False).encode("utf-8"))
        fh.flush()
        os.fsync(fh.fileno())
    except OSError as exc:
        if exc.errno not in (errno.ENOSPC, errno.EDQUOT):
            raise
        with suppress(OSError):
            fh.truncate(0)


def _asdict(holder: Holder) -> dict[str, object]:
    return {"user": holder.user, "host": holder.host, "pid": holder.pid, "since": holder.since}


def _same_file(fh: IO[bytes], note: Path) -> bool:
    try:
        mine, there = os.fstat(fh.fileno()), note.stat()
    except OSError:
        return False
    return (mine.st_dev, mine.st_ino) == (there.st_dev, there.st_ino)


def _stale(holder: Holder) -> bool:
    """Is the note of a lock whose OS lock we just took left by a dead program?

    On this host a dead process id says so (and our own id: our own locks are
    held on other handles, so a free OS lock under our id was left behind). A
    live process of another id keeps the note: the OS lock may not work on this
    file system. A note from another host is never judged stale from here.
    """
    if holder.host != socket.gethostname():
        return False
    return holder.pid == os.getpid() or not _alive(holder.pid)


def _in_use(path: Path) -> FileInUse:
    holder = read_holder(path) or Holder("", "", 0, "")
    return FileInUse(str(path), holder.user, holder.host, holder.pid, holder.since)


def in_use(path: Path) -> FileInUse | None:
    """``FileInUse`` if a live program holds ``path``, else None.

    A probe: it writes and removes nothing (a stale note stays for the next writer).
    """
    note = lock_path(path)
    try:
        fh = open(note, "rb")  # noqa: SIM115 - closed below
    except OSError:
        return None  # no note: no writer
    try:
        if not _os_lock(fh):
            return _in_use(path)
    except OSError:
        pass  # no OS locks here: the note alone tells
    finally:
        fh.close()
    holder = read_holder(path)
    if holder is not None and not _stale(holder):
        return FileInUse(str(path), holder.user, holder.host, holder.pid, holder.since)
    return None
