"""The packaged app: scripts/build makes the PyInstaller bundle and the built
program passes its own self-test (demo congress, every document exported).

About a minute on the 2-CPU CI machine, so it runs with the other tests.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_the_built_bundle_passes_its_self_test(tmp_path: Path) -> None:
    env = {**os.environ, "BUILD_DIR": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        ["bash", str(ROOT / "scripts" / "build")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    bundle = tmp_path / "dist" / "secretariat"
    internal = bundle / "_internal"
    # What the bundle must carry beside the code.
    assert (internal / "resources" / "template.docx").is_file()
    assert list((internal / "resources" / "fonts").glob("*.ttf"))
    assert (internal / "ui" / "i18n" / "secretariat_vi.qm").is_file()
    assert (internal / "secretariat" / "migrations" / "env.py").is_file()
    assert len(list((internal / "secretariat" / "migrations" / "versions").glob("0*.py"))) >= 4
    assert list(internal.rglob("libpdfium*")) or list(internal.rglob("pdfium.dll"))
    assert "OK:" in done.stdout and "FAIL" not in done.stdout
    # The checks install the extra "server": the stations' driver and its libpq load.
    assert "server driver: psycopg" in done.stdout, done.stdout[-2000:]
    assert "results_sheet.pdf" in done.stdout and "programme.docx" in done.stdout
