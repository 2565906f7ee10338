"""The backups of the open congress: when each was taken, its size, and restore.

Restoring closes the file, replaces it with the chosen backup (the current file
is first kept aside as ``<name>.before-restore-….daihoi``) and opens it again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from secretariat import backups
from secretariat.errors import SecretariatError
from ui.context import CongressContext
from ui.messages import describe


class BackupsDialog(QDialog):
    """Lists the backups next to the open file; "Restore" puts one back."""

    restored = Signal(Path)  # the backup that was restored

    def __init__(self, ctx: CongressContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("backupsDialog")
        self.setWindowTitle(self.tr("Backups"))
        self.resize(560, 420)
        self.path = ctx.require().path
        intro = QLabel(
            self.tr(
                "A backup is taken when the file is opened and every few minutes while you "
                "work. They are kept in the folder %1."
            ).replace("%1", str(backups.backup_folder(self.path)))
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("backupsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Taken at"), self.tr("Size")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())
        self.restore_button = QPushButton(self.tr("&Restore this backup…"))
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.clicked.connect(self.restore_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.entries: list[backups.BackupInfo] = []
        self.refresh()

    def refresh(self) -> None:
        self.entries = backups.list_backups(self.path)
        locale = QLocale()
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            when = QTableWidgetItem(entry.taken_at.strftime("%d/%m/%Y %H:%M:%S"))
            size = QTableWidgetItem(locale.formattedDataSize(entry.size))
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 0, when)
            self.table.setItem(row, 1, size)
        if self.entries:
            self.table.selectRow(0)
        # Read-only: another window or program has the file; never replace it under it.
        read_only = self.ctx.require().read_only
        self.restore_button.setEnabled(bool(self.entries) and not read_only)
        if read_only:
            self.restore_button.setToolTip(
                self.tr(
                    "The file is open read-only in this window: restore a backup from the "
                    "window or program that has it open."
                )
            )

    def selected(self) -> backups.BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.entries[rows[0].row()] if rows else None

    def _reopen(self) -> bool:
        """Open the file again after a restore (another program may have taken it)."""
        try:
            self.ctx.open(self.path)
        except (SecretariatError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Could not open the file again"), describe(exc))
            self.reject()
            return False
        return True

    def confirm(self, entry: backups.BackupInfo) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Restore a backup"),
            self.tr(
                "Go back to the congress as it was at %1? Changes made since then are "
                "set aside: the current file is kept as a copy next to it."
            ).replace("%1", entry.taken_at.strftime("%H:%M:%S %d/%m/%Y")),
        )
        return answer == QMessageBox.StandardButton.Yes

    def restore_selected(self) -> None:
        entry = self.selected()
        if entry is None or not self.restore_button.isEnabled() or not self.confirm(entry):
            return
        self.ctx.close()
        try:
            aside = backups.restore_backup(entry.path, self.path)
        except (SecretariatError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Could not restore the backup"), describe(exc))
            self._reopen()  # the file is as it was: open it again
            return
        if not self._reopen():
            return
        self.restored.emit(entry.path)
        if aside is not None:
            QMessageBox.information(
                self,
                self.tr("Backup restored"),
                self.tr("The file before the restore was kept as %1").replace("%1", str(aside)),
            )
        self.accept()
