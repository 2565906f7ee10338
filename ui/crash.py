"""An unexpected error never disappears: it is logged to a file and shown in words.

On Windows the program has no console, so an exception that reaches Qt's event
loop would otherwise vanish and leave the secretary guessing. ``install()``
replaces ``sys.excepthook``: the traceback is appended to a log file the
secretary can send (``<app data>/logs/secretariat.log``, rotated at 1 MB, three
files kept), and a message says what happened and what to do. The congress data
is safe whatever the error: every action is one transaction, so an action that
failed half-way was rolled back whole by its unit of work.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QApplication, QMessageBox

LOG_NAME = "secretariat.log"
_logger = logging.getLogger("secretariat.crash")

Hook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def log_folder() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base or Path.home() / ".secretariat") / "logs"


def log_path() -> Path:
    return log_folder() / LOG_NAME


def _ensure_handler() -> None:
    if _logger.handlers:
        return
    folder = log_folder()
    folder.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(
        folder / LOG_NAME, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    _logger.addHandler(handler)
    _logger.setLevel(logging.INFO)
    _logger.propagate = False


def record(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> Path:
    """Append the error and its traceback to the log; return the log's path."""
    try:
        _ensure_handler()
        text = "".join(traceback.format_exception(kind, error, tb))
        _logger.error("Unexpected error\n%s", text)
    except OSError:
        pass  # a log that cannot be written must not hide the message itself
    return log_path()


def message_text(error: BaseException, where: Path) -> str:
    return QCoreApplication.translate(
        "Crash",
        "Something went wrong that the program did not expect ({error}).\n\n"
        "Your congress data is safe: each action is saved whole or not at all, so the "
        "action that failed was not saved. You can go on working; if the same step fails "
        "again, save a copy (Ctrl+Shift+S) and restart the program.\n\n"
        "The details were written to {log}. Please send that file to whoever supports "
        "you.",
    ).format(error=type(error).__name__, log=str(where))


def _show(error: BaseException, where: Path) -> None:
    if QApplication.instance() is None:
        return
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("Crash", "Unexpected error"),
        message_text(error, where),
        QMessageBox.StandardButton.Ok,
        QApplication.activeWindow(),
    )
    box.setObjectName("crashMessage")
    box.exec()


_showing = False


def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    """The replacement for ``sys.excepthook``: log, then tell (never twice at once)."""
    global _showing
    where = record(kind, error, tb)
    if sys.__stderr__ is not None:  # no console on Windows
        traceback.print_exception(kind, error, tb, file=sys.__stderr__)
    if issubclass(kind, KeyboardInterrupt) or _showing:
        return
    _showing = True
    try:
        _show(error, where)
    finally:
        _showing = False


def install() -> Hook:
    """Install the hook; return the one it replaced."""
    previous = sys.excepthook
    sys.excepthook = hook
    return previous
