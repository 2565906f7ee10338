"""The Vietnamese translation is complete: no unfinished string, nothing missing."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from ui.i18n import qm_path, qt_qm_path, qt_ts_path, ts_path

ROOT = Path(__file__).resolve().parents[2]


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(path)
    out = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            out[(name, source)] = message
    return out


@pytest.mark.parametrize("path", [ts_path("vi"), qt_ts_path("vi")], ids=lambda p: p.name)
def test_every_vietnamese_string_is_finished(path: Path) -> None:
    unfinished = []
    for (context, source), message in messages(path).items():
        translation = message.find("translation")
        if translation is None:
            unfinished.append((context, source))
            continue
        kind = translation.get("type")
        numerus = translation.findall("numerusform")
        text = "".join(n.text or "" for n in numerus) if numerus else (translation.text or "")
        if kind in ("unfinished", "vanished", "obsolete") or not text.strip():
            unfinished.append((context, source))
    assert unfinished == []


def test_no_string_in_the_code_is_missing_from_the_translation(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    shutil.copy(ts_path("vi"), fresh)
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run(
        [str(lupdate), "-no-obsolete", *sources, "-ts", str(fresh)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    in_code = set(messages(fresh))
    translated = set(messages(ts_path("vi")))
    assert sorted(in_code - translated) == []


def test_compiled_translations_are_built() -> None:
    assert qm_path("vi").stat().st_size > 1000
    assert qt_qm_path("vi").exists()


def test_vietnamese_is_applied_to_our_strings_and_qt_buttons(qapp: object) -> None:
    from PySide6.QtCore import QCoreApplication

    from ui.i18n import translator

    translator.install("vi")
    try:
        assert QCoreApplication.translate("MainWindow", "Attendance") == "Điểm danh"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Hủy"
        assert QCoreApplication.translate("QWizard", "&Next >") == "&Tiếp >"
    finally:
        translator.install("en")
    assert QCoreApplication.translate("MainWindow", "Attendance") == "Attendance"
