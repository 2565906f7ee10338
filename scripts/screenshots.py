"""Render every tab of the demo congress offscreen to PNG in docs/screenshots/.

Usage: .venv/bin/python scripts/screenshots.py [--lang vi|en] [--out DIR]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication, QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from secretariat import demo  # noqa: E402
from ui.context import CongressContext  # noqa: E402
from ui.i18n import translator  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402


def tab_file_name(widget: object) -> str:
    return type(widget).__name__.removesuffix("Tab").lower()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="vi")
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        QCoreApplication.setOrganizationName("SecretariatScreenshots")
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        translator.install(args.lang)
        ctx = CongressContext()
        window = MainWindow(ctx)
        ctx.attach(demo.create_demo(Path(tmp) / "dai-hoi-mau.daihoi"))
        window.resize(1280, 800)
        window.show()
        assert window.tabs is not None
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            for _ in range(5):
                app.processEvents()
            name = tab_file_name(window.tabs.widget(index))
            path = out / f"{name}.png"
            window.grab().save(str(path))
            print(path)
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
