"""Remembered UI state (window geometry, splitters, column widths) in QSettings.

Only the look of the UI lives here; congress data lives in the congress file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QHeaderView, QSplitter

MAX_RECENT = 8


def settings() -> QSettings:
    return QSettings()


def _save(key: str, value: QByteArray) -> None:
    """Write ``value`` unless it is there already (a write syncs the file: 10–20 ms)."""
    kept = settings()
    if kept.value(key) != value:
        kept.setValue(key, value)


def save_header(key: str, header: QHeaderView) -> None:
    _save(f"ui/header/{key}", header.saveState())


def restore_header(key: str, header: QHeaderView) -> None:
    value = settings().value(f"ui/header/{key}")
    if isinstance(value, QByteArray):
        header.restoreState(value)


def save_splitter(key: str, splitter: QSplitter) -> None:
    _save(f"ui/splitter/{key}", splitter.saveState())


def restore_splitter(key: str, splitter: QSplitter) -> None:
    value = settings().value(f"ui/splitter/{key}")
    if isinstance(value, QByteArray):
        splitter.restoreState(value)


def recent_files() -> list[str]:
    """Absolute paths only: a relative one (kept by older versions) meant nothing
    once the program was started from another folder, so it is dropped."""
    value = settings().value("files/recent", [])
    found = [value] if isinstance(value, str) else value if isinstance(value, list) else []
    return [str(v) for v in found if Path(str(v)).is_absolute()]


def add_recent_file(path: str) -> None:
    absolute = str(Path(path).resolve())
    files = [absolute, *(f for f in recent_files() if f != absolute)][:MAX_RECENT]
    settings().setValue("files/recent", files)


def language() -> str:
    from ui.i18n import DEFAULT_LANGUAGE, LANGUAGES

    value = str(settings().value("ui/language", DEFAULT_LANGUAGE))
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def set_language(code: str) -> None:
    settings().setValue("ui/language", code)
