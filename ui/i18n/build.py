"""Build the .qm translation files from the .ts sources (``python -m ui.i18n.build``).

With ``--update`` it first refreshes the .ts sources from the code with
pyside6-lupdate (new strings appear unfinished; a test fails until they are
translated).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from ui.i18n import I18N_DIR, qm_path, qt_qm_path, qt_ts_path, ts_path

ROOT = I18N_DIR.parents[1]


def _tool(name: str) -> str:
    exe = Path(sys.executable).with_name(name)
    return str(exe) if exe.exists() else name


def update_sources() -> None:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))
    target = str(ts_path("vi").relative_to(ROOT))
    subprocess.run(
        [_tool("pyside6-lupdate"), "-no-obsolete", *sources, "-ts", target],
        check=True,
        cwd=ROOT,
        capture_output=True,
    )


def build() -> None:
    for source, target in ((ts_path("vi"), qm_path("vi")), (qt_ts_path("vi"), qt_qm_path("vi"))):
        if target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
            continue
        subprocess.run(
            [_tool("pyside6-lrelease"), "-silent", str(source), "-qm", str(target)], check=True
        )


if __name__ == "__main__":
    if "--update" in sys.argv:
        update_sources()
    build()
