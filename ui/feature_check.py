"""Spare the start-up PySide6's source check of every module that never uses Qt.

Once ``PySide6.QtCore`` is imported, PySide6 replaces ``__import__`` and, after
each new module is imported, asks ``_mod_uses_pyside(module)`` whether it uses
PySide, to scope its optional ``from __feature__ import snake_case`` syntax: the
check reads the module's whole source text (``inspect.getsource``). The app
imports SQLAlchemy, the core and their standard-library modules after the window
shows (some 250 modules): the check alone cost 60–100 ms of the first tab's
start on the development install (bench/startup.py; the same cost is reported
upstream, napari/napari#8584).

``install`` puts in front of that check an answer known without reading: the
standard library, the core (``secretariat`` never imports Qt — checked by
``tests/test_architecture.py``) and the Qt-free libraries it uses do not use
PySide, which is what the check itself would find. Every other module is still
checked by PySide as before. The app uses no ``__feature__`` at all.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from types import ModuleType

# Top-level packages that never import Qt (the check would answer False after reading).
QT_FREE = frozenset(sys.stdlib_module_names) | frozenset(
    {
        "secretariat",
        "sqlalchemy",
        "alembic",
        "mako",
        "babel",
        "docx",
        "lxml",
        "reportlab",
        "openpyxl",
        "et_xmlfile",
        "greenlet",
        "typing_extensions",
        "psycopg",
        "psycopg_binary",
        "PIL",
    }
)
_MARK = "_secretariat_qt_free"


def install() -> bool:
    """Answer the check at once for ``QT_FREE`` modules; False if PySide6 has no such
    check (another version: nothing to spare) or it is already in place."""
    try:
        feature = importlib.import_module("PySide6.support.feature")
    except ImportError:
        return False
    check = getattr(feature, "_mod_uses_pyside", None)
    if not callable(check) or getattr(check, _MARK, False):
        return False
    feature._mod_uses_pyside = _answering(check)  # type: ignore[attr-defined]
    return True


def _answering(check: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    def uses_pyside(module: ModuleType) -> bool:
        if str(getattr(module, "__name__", "")).partition(".")[0] in QT_FREE:
            return False
        return check(module)

    setattr(uses_pyside, _MARK, True)
    return uses_pyside
