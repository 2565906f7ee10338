"""Closing the congress (bế mạc, the record frozen) and reopening it for a stated reason.

``confirm_close`` asks before the record is frozen and says what that means;
``ReopenDialog`` takes the reason the journal keeps, and shows a refusal
inside so the reason typed is not lost.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from secretariat.errors import SecretariatError
from secretariat.services.closing import MAX_REASON
from ui.messages import describe
from ui.widgets.shortcuts import wrapping_label


def close_question(gaps: int) -> str:
    """What closing does, in words the secretary can weigh before saying yes."""
    text = QCoreApplication.translate(
        "Closing",
        "Close the congress and lock its record?\n\n"
        "From now on nothing can be changed on any tab: attendance, agenda, speeches, "
        "votes, elections, the resolution and the minutes are frozen as they are. "
        "Every document exported afterwards carries the fingerprint of this record, so a "
        "printed copy can be matched to the file.\n\n"
        "The undo history is cleared. To correct something later, reopen the congress "
        "(Mở lại) and give the reason; the reopening is kept in the journal.",
    )
    if gaps:
        text += "\n\n" + QCoreApplication.translate(
            "Closing", "Note: the check of the minutes still lists %1 gap(s)."
        ).replace("%1", str(gaps))
    return text


def confirm_close(parent: QWidget | None, gaps: int = 0) -> bool:
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("Closing", "Close the congress"),
        close_question(gaps),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


class ReopenDialog(QDialog):
    """Type why the closed congress is reopened; OK runs ``submit(reason)``."""

    def __init__(
        self, parent: QWidget | None = None, submit: Callable[[str], object] | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reopenDialog")
        self.setWindowTitle(self.tr("Reopen the congress"))
        self.setMinimumWidth(520)
        self._submit = submit
        explain = QLabel(
            self.tr(
                "The record was frozen when the congress closed. Reopening lets it be "
                "changed again; the reason you give is kept in the journal with the time "
                "and your name. Close the congress again when the correction is made."
            )
        )
        explain.setWordWrap(True)
        caption = QLabel(self.tr("&Reason for reopening:"))
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setObjectName("reasonEdit")
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setPlaceholderText(
            self.tr("e.g. Sửa họ tên đại biểu ghi sai trong biên bản")
        )
        self.reason_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        caption.setBuddy(self.reason_edit)
        self.error_label = wrapping_label("reopenError")
        self.error_label.setStyleSheet("color: #b3261e;")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button().setText(self.tr("Reopen"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(caption)
        layout.addWidget(self.reason_edit)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.reason_edit.textChanged.connect(self._update_ok)
        self._update_ok()
        self.reason_edit.setFocus()

    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def reason(self) -> str:
        return " ".join(self.reason_edit.toPlainText().split())

    def _update_ok(self) -> None:
        reason = self.reason()
        self.ok_button().setEnabled(bool(reason) and len(reason) <= MAX_REASON)

    def accept(self) -> None:
        if not self.ok_button().isEnabled():
            return
        if self._submit is not None:
            try:
                self._submit(self.reason())
            except (SecretariatError, OSError) as error:
                self.error_label.setText(describe(error))
                self.error_label.show()
                return
        super().accept()
