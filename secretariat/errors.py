"""Typed errors of the core. They carry a code and the facts; the UI words them.

Nothing here formats a message for a dialog: ``str(error)`` is a plain English
fallback for logs and the command line, and the UI maps ``code`` to its own
translated text using the attributes.
"""

from __future__ import annotations

from dataclasses import dataclass, field


class SecretariatError(Exception):
    """Base of every error the core raises on purpose."""

    code: str = "error"


class FileRefused(SecretariatError):
    """A congress file could not be opened. It was not modified."""

    def __init__(self, code: str, path: str, detail: str = "") -> None:
        self.code = code  # not_found, not_sqlite, corrupt, not_congress, newer, in_use, ...
        self.path = path
        self.detail = detail
        super().__init__(f"{code}: {path}" + (f" ({detail})" if detail else ""))


class FileInUse(FileRefused):
    """Another program (or window) has the congress file open for writing."""

    def __init__(self, path: str, user: str, host: str, pid: int, since: str) -> None:
        self.user = user
        self.host = host
        self.pid = pid
        self.since = since  # local time, ISO
        super().__init__("in_use", path, f"{user}@{host} pid {pid} since {since}")


class ValidationError(SecretariatError):
    """A service refused an action because a value is not acceptable."""

    def __init__(self, code: str, field: str = "", value: object = None) -> None:
        self.code = code
        self.field = field
        self.value = value
        super().__init__(f"{code}: {field}={value!r}" if field else code)


class NotFound(SecretariatError):
    code = "not_found"

    def __init__(self, entity: str, ident: object) -> None:
        self.entity = entity
        self.ident = ident
        super().__init__(f"{entity} {ident!r} not found")


@dataclass(frozen=True, slots=True)
class RowProblem:
    """One problem in one row of an imported file (1-based row as the user sees it)."""

    row: int
    column: str
    code: str  # missing, invalid, duplicate, unknown_value, ...
    value: str = ""
    detail: str = ""


@dataclass
class ImportRejected(SecretariatError):
    """An import found problems; nothing was written."""

    path: str
    problems: list[RowProblem] = field(default_factory=list)
    code: str = "import_rejected"

    def __post_init__(self) -> None:
        super().__init__(f"{len(self.problems)} problem(s) in {self.path}")
