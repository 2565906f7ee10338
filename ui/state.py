"""Remembered UI state (window geometry, splitters, column widths) in QSettings.

Only the look of the UI lives here; congress data lives in the congress file.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QHeaderView, QSplitter

MAX_RECENT = 8


def settings() -> QSettings:
    return QSettings()


def save_header(key: str, header: QHeaderView) -> None:
    settings().setValue(f"ui/header/{key}", header.saveState())


def restore_header(key: str, header: QHeaderView) -> None:
    value = settings().value(f"ui/header/{key}")
    if isinstance(value, QByteArray):
        header.restoreState(value)


def save_splitter(key: str, splitter: QSplitter) -> None:
    settings().setValue(f"ui/splitter/{key}", splitter.saveState())


def restore_splitter(key: str, splitter: QSplitter) -> None:
    value = settings().value(f"ui/splitter/{key}")
    if isinstance(value, QByteArray):
        splitter.restoreState(value)


def recent_files() -> list[str]:
    value = settings().value("files/recent", [])
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value] if isinstance(value, list) else []


def add_recent_file(path: str) -> None:
    files = [path, *(f for f in recent_files() if f != path)][:MAX_RECENT]
    settings().setValue("files/recent", files)


def language() -> str:
    from ui.i18n import DEFAULT_LANGUAGE, LANGUAGES

    value = str(settings().value("ui/language", DEFAULT_LANGUAGE))
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def set_language(code: str) -> None:
    settings().setValue("ui/language", code)
