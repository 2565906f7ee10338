"""``secretariat --self-test``: the packaged program checks itself, offscreen.

It creates the demo congress in a temporary folder, shows the main window on it,
exports every document the catalog offers in every format it has, checks that
each file is non-empty, renders one PDF page with PDFium (the preview's native
library), says whether the counting stations' PostgreSQL driver is there, prints
a summary and exits 0; any failure exits 1. Used on the built bundle
(scripts/build) to prove the fonts, template, translations, migrations and
native libraries all travelled with it.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from pathlib import Path


def run() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication

    from secretariat import demo
    from secretariat.reports import catalog
    from ui.i18n import qm_path, translator

    started = time.perf_counter()
    failures: list[str] = []
    lines: list[str] = []
    exported = 0
    with tempfile.TemporaryDirectory(prefix="secretariat-self-test-") as folder:
        tmp = Path(folder)
        app = QApplication.instance() or QApplication([sys.argv[0]])
        QCoreApplication.setOrganizationName("SecretariatSelfTest")
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
        if not qm_path("vi").is_file():
            failures.append(f"translation missing: {qm_path('vi')}")
        translator.install("vi")
        try:
            from ui.main_window import MainWindow

            store = demo.create_demo(tmp / "self-test.daihoi")
            window = MainWindow()
            window.ctx.attach(store)
            window.show()
            app.processEvents()
            lines.append(f"window: {window.windowTitle()}")
            for spec in catalog.available(store):
                for fmt in spec.formats:
                    out = tmp / f"{spec.name.replace(':', '-')}.{fmt}"
                    try:
                        catalog.export(store, spec.name, fmt, out)
                        size = out.stat().st_size
                    except Exception as exc:  # a self-test reports, it does not stop
                        failures.append(f"{spec.name}.{fmt}: {exc!r}")
                        continue
                    if size <= 0:
                        failures.append(f"{spec.name}.{fmt}: empty file")
                    exported += 1
                    lines.append(f"  {spec.name}.{fmt}: {size:,} bytes")
            pdfs = sorted(tmp.glob("*.pdf"))
            if pdfs:
                import pypdfium2 as pdfium

                page = pdfium.PdfDocument(pdfs[0])[0]
                bitmap = page.render(scale=0.5)
                size_text = f"{bitmap.width}x{bitmap.height}"
                lines.append(f"pdfium: rendered {pdfs[0].name} page 1 ({size_text})")
            else:
                failures.append("no PDF was exported")
            lines.append(_server_driver())
            window.close_file()
            window.close()
        except Exception:
            failures.append(traceback.format_exc())
    stream = sys.stdout
    if stream is not None:  # a windowed Windows build has no console
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8")
        print("Secretariat self-test", file=stream)
        for line in lines:
            print(line, file=stream)
        verdict = "FAILED" if failures else "OK"
        took = time.perf_counter() - started
        print(f"{verdict}: {exported} files exported, {took:.1f} s", file=stream)
        for failure in failures:
            print(f"FAIL {failure}", file=stream)
    return 1 if failures else 0


def _server_driver() -> str:
    """Whether the counting stations' driver travelled with the build (extra "server"):
    psycopg with its libpq, and SQLAlchemy's dialect for it (loaded by name, so a
    build can miss it). Makes no connection."""
    try:
        import psycopg
    except ImportError:
        return "server driver: not in this build (counting stations need the extra 'server')"
    from sqlalchemy import create_engine

    create_engine("postgresql+psycopg://self-test@localhost/self-test").dispose()
    libpq = psycopg.pq.version()
    return f"server driver: psycopg {psycopg.__version__} ({psycopg.pq.__impl__}, libpq {libpq})"
