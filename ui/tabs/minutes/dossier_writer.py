"""Writing the congress dossier (hồ sơ đại hội) to a folder or a .zip, in a worker thread.

The minutes tab owns the button and the "as one .zip file" box; this asks where,
runs the job with its progress dialog, and says where the dossier went.
"""

from __future__ import annotations

import html
import zipfile
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Qt, QThread, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QCheckBox, QFileDialog, QLabel, QMessageBox, QProgressDialog, QWidget

from secretariat import dossier
from secretariat.store import Store
from ui import state
from ui.context import CongressContext
from ui.messages import describe

FOLDER_KEY = "minutes/dossier_folder"  # QSettings: where the last dossier went


class _DossierWorker(QThread):
    """Writes the dossier off the UI thread; progress and the outcome come back as signals."""

    progressed = Signal(int, int)
    done = Signal(object)
    failed = Signal(object)

    def __init__(
        self, store: Store, target: Path, *, zip: bool, overwrite: bool, parent: QObject
    ) -> None:
        super().__init__(parent)
        self.store, self.target, self.zip, self.overwrite = store, target, zip, overwrite

    def run(self) -> None:
        try:
            written = dossier.write_dossier(
                self.store,
                self.target,
                zip=self.zip,
                progress=self.progressed.emit,
                overwrite=self.overwrite,
            )
        except Exception as exc:  # every failure is shown to the secretary, never lost
            self.failed.emit(exc)
        else:
            self.done.emit(written)


class DossierWriter(QObject):
    """Asks where, writes the dossier off the UI thread, shows its progress and outcome."""

    busy_changed = Signal()  # a job started or ended: the tab enables its actions

    def __init__(
        self, ctx: CongressContext, window: QWidget, zip_check: QCheckBox, status_label: QLabel
    ) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window_ = window
        self.zip_check = zip_check
        self.status_label = status_label
        self.status_label.linkActivated.connect(self._open_folder)
        self._worker: _DossierWorker | None = None
        self._progress: QProgressDialog | None = None
        self._status_folder = ""
        self.last_dossier: Path | None = None

    @property
    def busy(self) -> bool:
        return self._worker is not None

    def clear_status(self) -> None:
        self.status_label.hide()

    def _start_folder(self) -> str:
        remembered = str(state.settings().value(FOLDER_KEY, "") or "")
        if remembered and Path(remembered).is_dir():
            return remembered
        if self.ctx.path is not None:
            return str(self.ctx.path.parent)
        return QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        ) or str(Path.home())

    def dossier_name(self) -> str:
        store = self.ctx.require()
        return f"ho-so-dai-hoi-{store.clock():%Y-%m-%d}"

    def write_dossier(self) -> None:
        """Choose a folder (or a .zip), then write every document, the archive, the journal."""
        store = self.ctx.store
        if store is None or self._worker is not None:
            return
        as_zip = self.zip_check.isChecked()
        start = Path(self._start_folder())
        if as_zip:
            chosen, _ = QFileDialog.getSaveFileName(
                self.window_,
                self.tr("Write the congress dossier as a .zip file"),
                str(start / f"{self.dossier_name()}.zip"),
                self.tr("Zip archive (*.zip)"),
                options=QFileDialog.Option.DontConfirmOverwrite,
            )
            if not chosen:
                return
            target = Path(chosen)
            if target.suffix.lower() != ".zip":
                target = target.with_name(target.name + ".zip")
            state.settings().setValue(FOLDER_KEY, str(target.parent))
        else:
            chosen = QFileDialog.getExistingDirectory(
                self.window_,
                self.tr("Choose where to create the folder of the congress dossier"),
                str(start),
            )
            if not chosen:
                return
            state.settings().setValue(FOLDER_KEY, chosen)
            target = Path(chosen) / self.dossier_name()
        overwrite = False
        if target.exists():
            answer = QMessageBox.question(
                self.window_,
                self.tr("Write the congress dossier"),
                self.tr("%1 already exists. Replace it with a new dossier?").replace(
                    "%1", str(target)
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            overwrite = True
        self._start_dossier(store, target, as_zip=as_zip, overwrite=overwrite)

    def _start_dossier(self, store: Store, target: Path, *, as_zip: bool, overwrite: bool) -> None:
        dialog = QProgressDialog(self.tr("Writing the congress dossier…"), "", 0, 0, self.window_)
        dialog.setObjectName("dossierProgress")
        dialog.setWindowTitle(self.tr("Congress dossier"))
        dialog.setCancelButton(None)  # all or nothing: the core cleans up only on failure
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.show()
        self._progress = dialog
        worker = _DossierWorker(store, target, zip=as_zip, overwrite=overwrite, parent=self)
        worker.progressed.connect(self._dossier_progress)
        worker.done.connect(self._dossier_done)
        worker.failed.connect(lambda error: self._dossier_failed(target, error))
        worker.finished.connect(self._dossier_finished)
        self._worker = worker
        self.busy_changed.emit()
        worker.start()

    def _dossier_progress(self, done: int, total: int) -> None:
        dialog = self._progress
        if dialog is None:
            return
        dialog.setMaximum(total)
        dialog.setLabelText(
            self.tr("Writing the congress dossier: file %1 of %2…")
            .replace("%1", str(min(done + 1, total)))
            .replace("%2", str(total))
        )
        # Last: a modal progress dialog handles events in setValue, and the job's
        # "finished" may close it there.
        dialog.setValue(done)

    def _close_progress(self) -> None:
        if self._progress is not None:
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None

    def _dossier_finished(self) -> None:
        if self._worker is not None:
            self._worker.deleteLater()
            self._worker = None
        self.busy_changed.emit()

    def _dossier_done(self, result: object) -> None:
        self._close_progress()
        target = Path(str(result))
        self.last_dossier = target
        if target.is_dir():
            files = sorted(p.name for p in target.iterdir())
            folder = target
        else:
            with zipfile.ZipFile(target) as zf:
                files = sorted(Path(n).name for n in zf.namelist() if not n.endswith("/"))
            folder = target.parent
        self._status_folder = str(folder)
        link = html.escape(self.tr("Open folder"))
        self.status_label.setText(
            html.escape(self.tr("Congress dossier written to %1").replace("%1", str(target)))
            + f" — <a href='open-folder'>{link}</a>"
        )
        self.status_label.show()
        QMessageBox.information(
            self.window_,
            self.tr("Congress dossier"),
            self.tr(
                "The congress dossier was written to:\n%1\n\n"
                "It holds %2 files: every document (.docx and .pdf), the data archive "
                "(JSON), the journal of changes (CSV) and the list of contents, which states "
                "how long the ballots are kept and the deadline for complaints."
            )
            .replace("%1", str(target))
            .replace("%2", str(len(files))),
        )

    def _dossier_failed(self, target: Path, error: object) -> None:
        self._close_progress()
        exc = error if isinstance(error, Exception) else RuntimeError(str(error))
        QMessageBox.warning(
            self.window_,
            self.tr("Congress dossier"),
            self.tr("The congress dossier could not be written to %1.").replace("%1", str(target))
            + "\n\n"
            + describe(exc)
            + "\n\n"
            + self.tr("Nothing was left half-written."),
        )

    def _open_folder(self, _link: str = "") -> None:
        if self._status_folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(self._status_folder))

    def wait_for_jobs(self, msecs: int = 30_000) -> bool:
        """Block until a dossier being written is finished (closing the file, tests)."""
        worker = self._worker
        return worker is None or worker.wait(msecs)
