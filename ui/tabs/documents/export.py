"""Exporting documents: one to a chosen file, or all of them to a folder, off the UI thread.

A single export shows a busy dialog only if it takes longer than BUSY_AFTER_MS;
"Export all" shows its progress and can be stopped between files. The status
line says where the files went, with a link that opens the folder.
"""

from __future__ import annotations

import html
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import cast

from PySide6.QtCore import QObject, QStandardPaths, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QProgressDialog, QWidget

from secretariat.reports import catalog
from secretariat.reports.catalog import DocumentSpec
from ui import state
from ui.context import CongressContext
from ui.messages import describe, show_error
from ui.widgets.jobs import JobRunner

FOLDER_KEY = "documents/folder"  # QSettings: the folder of the last export
BUSY_AFTER_MS = 300  # an export shows a progress dialog only if it takes longer


class Exporter(QObject):
    """The exports of the documents tab: where to, the work in the runner, the outcome."""

    busy_changed = Signal()  # an export started or ended: the tab enables its actions

    def __init__(
        self, ctx: CongressContext, window: QWidget, runner: JobRunner, status_label: QLabel
    ) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window_ = window
        self.runner = runner
        self.status_label = status_label
        self.status_label.linkActivated.connect(self._open_folder)
        self._exporting = False
        self._busy_dialog: QProgressDialog | None = None
        self._busy_text = ""
        self.export_all_dialog: QProgressDialog | None = None  # while "Export all" runs
        self._status_folder = ""
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(BUSY_AFTER_MS)
        self._busy_timer.timeout.connect(self._show_busy)

    @property
    def exporting(self) -> bool:
        return self._exporting

    def clear_status(self) -> None:
        self.status_label.clear()
        self._status_folder = ""

    def _start_folder(self) -> str:
        remembered = str(state.settings().value(FOLDER_KEY, "") or "")
        if remembered and Path(remembered).is_dir():
            return remembered
        if self.ctx.path is not None:
            return str(self.ctx.path.parent)
        return QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        ) or str(Path.home())

    def export(self, spec: DocumentSpec | None, fmt: str) -> None:
        """Ask where to save ``spec`` as ``fmt``, then write it off the UI thread."""
        store = self.ctx.store
        if store is None or spec is None or fmt not in spec.formats or self._exporting:
            return
        suggested = str(
            Path(self._start_folder()) / catalog.default_filename(store, spec.name, fmt)
        )
        if fmt == catalog.DOCX:
            title, filter_ = self.tr("Export Word document"), self.tr("Word document (*.docx)")
        else:
            title, filter_ = self.tr("Export PDF"), self.tr("PDF document (*.pdf)")
        chosen, _ = QFileDialog.getSaveFileName(self.window_, title, suggested, filter_)
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != f".{fmt}":
            path = path.with_name(path.name + f".{fmt}")
        state.settings().setValue(FOLDER_KEY, str(path.parent))
        name = spec.name
        self._begin_export(self.tr("Writing %1…").replace("%1", path.name))
        self.runner.run(
            lambda _report: catalog.export(store, name, fmt, path),
            self._export_done,
            self._export_failed,
        )

    def _begin_export(self, text: str) -> None:
        self._exporting = True
        self._busy_text = text
        self._busy_timer.start()
        self.busy_changed.emit()

    def _show_busy(self) -> None:
        if not self._exporting or self._busy_dialog is not None:
            return
        dialog = QProgressDialog(self._busy_text, "", 0, 0, self.window_)
        dialog.setObjectName("exportBusy")
        dialog.setWindowTitle(self.tr("Exporting"))
        dialog.setCancelButton(None)  # a single file cannot be stopped halfway
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.show()
        self._busy_dialog = dialog

    def _end_export(self) -> None:
        self._exporting = False
        self._busy_timer.stop()
        if self._busy_dialog is not None:
            self._busy_dialog.close()
            self._busy_dialog.deleteLater()
            self._busy_dialog = None
        self.busy_changed.emit()

    def _export_done(self, result: object) -> None:
        self._end_export()
        path = Path(str(result))
        self._set_status(self.tr("Saved %1").replace("%1", str(path)), path.parent)

    def _export_failed(self, error: object) -> None:
        self._end_export()
        self.status_label.clear()
        show_error(
            self.window_, error if isinstance(error, Exception) else RuntimeError(str(error))
        )

    def _set_status(self, text: str, folder: Path) -> None:
        self._status_folder = str(folder)
        link = html.escape(self.tr("Open folder"))
        self.status_label.setText(f"{html.escape(text)} — <a href='open-folder'>{link}</a>")

    def _open_folder(self, _link: str = "") -> None:
        if self._status_folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(self._status_folder))

    def export_all(self, specs: Iterable[DocumentSpec]) -> None:
        """Choose a folder; write every document in every format it is made in."""
        store, specs = self.ctx.store, list(specs)
        if store is None or self._exporting or not specs:
            return
        chosen = QFileDialog.getExistingDirectory(
            self.window_, self.tr("Export all documents to a folder"), self._start_folder()
        )
        if not chosen:
            return
        folder = Path(chosen)
        state.settings().setValue(FOLDER_KEY, str(folder))
        files = [
            (spec.name, fmt, folder / catalog.default_filename(store, spec.name, fmt))
            for spec in specs
            for fmt in spec.formats
        ]
        existing = [path.name for _name, _fmt, path in files if path.exists()]
        if existing:
            answer = QMessageBox.question(
                self.window_,
                self.tr("Export all"),
                self.tr("%1 of these files already exist in the folder. Replace them?").replace(
                    "%1", str(len(existing))
                )
                + "\n\n"
                + "\n".join(existing),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        cancel = threading.Event()
        dialog = QProgressDialog(
            self.tr("Writing the documents…"), self.tr("Stop"), 0, len(files), self.window_
        )
        dialog.setObjectName("exportAllProgress")
        dialog.setWindowTitle(self.tr("Export all"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(cancel.set)
        dialog.setValue(0)
        dialog.show()
        self.export_all_dialog = dialog
        self._exporting = True
        self.busy_changed.emit()

        def work(report: Callable[[int, str], None]) -> tuple[list[Path], list[tuple[str, str]]]:
            written: list[Path] = []
            errors: list[tuple[str, str]] = []
            for done, (name, fmt, path) in enumerate(files):
                if cancel.is_set():
                    break
                report(done, path.name)
                try:
                    written.append(catalog.export(store, name, fmt, path))
                except Exception as exc:  # the other files are still written
                    errors.append((path.name, describe(exc)))
            report(len(files), "")
            return written, errors

        def progress(done: int, file_name: str) -> None:
            if file_name:
                dialog.setLabelText(self.tr("Writing %1…").replace("%1", file_name))
            dialog.setValue(done)  # last: a modal dialog handles events here

        self.runner.run(
            work,
            lambda result: self._export_all_done(folder, dialog, result),
            lambda error: self._export_all_failed(dialog, error),
            progress,
        )

    def _close_progress(self, dialog: QProgressDialog) -> None:
        self._exporting = False
        self.export_all_dialog = None
        dialog.close()
        dialog.deleteLater()
        self.busy_changed.emit()

    def _export_all_done(self, folder: Path, dialog: QProgressDialog, result: object) -> None:
        self._close_progress(dialog)
        written, errors = cast("tuple[list[Path], list[tuple[str, str]]]", result)
        self._set_status(
            self.tr("%1 files written to %2")
            .replace("%1", str(len(written)))
            .replace("%2", str(folder)),
            folder,
        )
        if errors:
            QMessageBox.warning(
                self.window_,
                self.tr("Export all"),
                self.tr("These files could not be written:")
                + "\n\n"
                + "\n".join(f"• {name}: {reason}" for name, reason in errors),
            )

    def _export_all_failed(self, dialog: QProgressDialog, error: object) -> None:
        self._close_progress(dialog)
        show_error(
            self.window_, error if isinstance(error, Exception) else RuntimeError(str(error))
        )
