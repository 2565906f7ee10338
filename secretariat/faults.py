"""Words for the file system's refusals: a full disk, a read-only folder, an I/O error.

SQLite and the OS report these as ``sqlite3.OperationalError`` or ``OSError``;
the core turns them into ``FileRefused`` with a code the UI words
("disk_full", "read_only", "io_error"). The transaction that met the error has
rolled back, so nothing of it was written and everything before it is intact.
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from secretariat.errors import FileRefused

_SQLITE_CODES = {13: "disk_full", 8: "read_only", 3: "read_only", 14: "read_only", 10: "io_error"}
_ERRNO_CODES = {
    errno.ENOSPC: "disk_full",
    errno.EDQUOT: "disk_full",
    errno.EROFS: "read_only",
    errno.EACCES: "read_only",
    errno.EPERM: "read_only",
    errno.EIO: "io_error",
}


def fault_code(exc: BaseException) -> str | None:
    """The refusal code of a storage error, or None if it is not one."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, OSError) and current.errno in _ERRNO_CODES:
            return _ERRNO_CODES[current.errno]
        if isinstance(current, sqlite3.Error):
            code = getattr(current, "sqlite_errorcode", None)
            if code is not None and code & 0xFF in _SQLITE_CODES:
                return _SQLITE_CODES[code & 0xFF]
            text = str(current).lower()
            if "disk is full" in text:
                return "disk_full"
            if "readonly" in text or "unable to open" in text:
                return "read_only"
            if "disk i/o" in text:
                return "io_error"
        orig = getattr(current, "orig", None)  # SQLAlchemy wraps the driver's error
        current = orig if isinstance(orig, BaseException) else current.__cause__
    return None


def refusal(exc: BaseException, path: Path | str) -> FileRefused | None:
    """A ``FileRefused`` for a storage error; None for any other error."""
    code = fault_code(exc)
    return None if code is None else FileRefused(code, str(path), str(exc))
