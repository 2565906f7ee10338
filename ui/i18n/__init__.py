"""Translations: Qt Linguist sources (.ts) here; .qm files are built from them."""

from __future__ import annotations

from pathlib import Path

I18N_DIR = Path(__file__).parent
LANGUAGES = ("vi", "en")  # Vietnamese is the default; English is the source language
DEFAULT_LANGUAGE = "vi"


def ts_path(language: str) -> Path:
    return I18N_DIR / f"secretariat_{language}.ts"


def qm_path(language: str) -> Path:
    return I18N_DIR / f"secretariat_{language}.qm"


def qt_ts_path(language: str) -> Path:
    """Qt's own strings (buttons, wizard, file dialog), which PySide6 does not translate."""
    return I18N_DIR / f"qt_{language}.ts"


def qt_qm_path(language: str) -> Path:
    return I18N_DIR / f"qt_{language}.qm"
