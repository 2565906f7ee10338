"""Render every document of the demo congress, run to its end, to PNG pages in docs/documents/.

Each .docx goes through LibreOffice (headless, its own profile per call, and the
output checked: soffice exits 0 even when a conversion fails), then pdftoppm.
PDF-only documents (the delegate cards) go straight to pdftoppm. Needs Debian's
libreoffice-writer-nogui, fonts-liberation2 and poppler-utils; not part of CI.

Usage: .venv/bin/python scripts/render_documents.py [--out DIR] [--dpi N]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from secretariat import demo, demo_end  # noqa: E402
from secretariat.reports import catalog  # noqa: E402


def docx_to_pdf(docx: Path, work: Path) -> Path:
    profile = work / f"lo-profile-{docx.stem}"
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(work),
            str(docx),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    pdf = work / (docx.stem + ".pdf")
    if not pdf.exists():
        raise RuntimeError(f"LibreOffice did not convert {docx.name}")
    return pdf


def pdf_to_png(pdf: Path, out: Path, stem: str, dpi: int) -> list[Path]:
    for old in out.glob(f"{stem}-*.png"):
        old.unlink()
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(out / stem)], check=True)
    return sorted(out.glob(f"{stem}-*.png"))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default=str(ROOT / "docs" / "documents"))
    parser.add_argument("--dpi", type=int, default=50)
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    if not shutil.which("soffice") or not shutil.which("pdftoppm"):
        sys.exit("needs soffice (libreoffice-writer-nogui) and pdftoppm (poppler-utils)")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        with demo.create_demo(work / "demo.daihoi") as store:
            demo_end.run_to_end(store)
            for spec in catalog.available(store):
                fmt = "docx" if "docx" in spec.formats else "pdf"
                stem = spec.name.replace(":", "-")
                written = catalog.export(store, spec.name, fmt, work / f"{stem}.{fmt}")
                pdf = docx_to_pdf(written, work) if fmt == "docx" else written
                for page in pdf_to_png(pdf, out, stem, args.dpi):
                    print(page.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
