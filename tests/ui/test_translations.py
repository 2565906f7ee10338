"""The Vietnamese translation is complete: no unfinished string, nothing missing."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from ui.i18n import qm_path, ts_path

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


def test_every_vietnamese_string_is_finished() -> None:
    unfinished = []
    for (context, source), message in messages(ts_path("vi")).items():
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


def test_compiled_translation_is_built() -> None:
    assert qm_path("vi").exists()
