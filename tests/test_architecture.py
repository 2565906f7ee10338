"""The core/UI split is enforced: ``secretariat`` never imports Qt or ``ui``."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FORBIDDEN = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "ui")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_core_sources_import_no_qt_or_ui() -> None:
    offenders = []
    for path in sorted((ROOT / "secretariat").rglob("*.py")):
        for name in imported_modules(path):
            if name.split(".")[0] in FORBIDDEN:
                offenders.append(f"{path.relative_to(ROOT)}: {name}")
    assert offenders == []


def test_core_runs_with_qt_unimportable() -> None:
    """Import every core module with Qt blocked, as a Qt-less machine would."""
    script = (
        "import sys, importlib, pkgutil\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('PySide6', 'shiboken6', 'ui'):\n"
        "            raise ImportError('blocked: ' + name)\n"
        "sys.meta_path.insert(0, Block())\n"
        "import secretariat\n"
        "for m in pkgutil.walk_packages(secretariat.__path__, 'secretariat.'):\n"
        "    if '.migrations' in m.name: continue\n"
        "    importlib.import_module(m.name)\n"
        "assert not any(k.startswith(('PySide6', 'shiboken6')) for k in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr


def test_services_never_import_reports() -> None:
    """The arrow goes down only: documents read services, never the reverse."""
    offenders = [
        f"{path.relative_to(ROOT)}: {name}"
        for path in sorted((ROOT / "secretariat" / "services").rglob("*.py"))
        for name in imported_modules(path)
        if name.startswith("secretariat.reports")
    ]
    assert offenders == []


def test_rules_import_only_the_domain_and_each_other() -> None:
    """Pure rules: no database, no services, no documents (docs/architecture.md)."""
    allowed = ("secretariat.rules", "secretariat.domain", "secretariat.errors")
    offenders = [
        f"{path.relative_to(ROOT)}: {name}"
        for path in sorted((ROOT / "secretariat" / "rules").rglob("*.py"))
        for name in imported_modules(path)
        if (name.startswith("secretariat") and not name.startswith(allowed))
        or name.split(".")[0] in ("sqlalchemy", "alembic")
    ]
    assert offenders == []


def test_layer_contracts_hold() -> None:
    """The import-linter contracts of pyproject.toml (core and UI layers) are kept."""
    pytest.importorskip("importlinter")
    script = (
        "import sys\n"
        "from importlinter.cli import lint_imports\n"
        "sys.exit(lint_imports(no_cache=True, no_logo=True))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stdout + result.stderr
