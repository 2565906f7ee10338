"""Adding or editing one agenda item, and the words of the agenda's refusals."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from secretariat.domain import AgendaItemData
from secretariat.errors import SecretariatError, ValidationError
from secretariat.services import agenda
from secretariat.services.agenda import MAX_TITLE
from ui.commands import agenda_actions
from ui.messages import describe
from ui.widgets.shortcuts import wrapping_label

DEFAULT_MINUTES = 10


def agenda_error_text(error: Exception) -> str:
    """Words for the refusals of the agenda services (others: ui.messages.describe)."""
    if isinstance(error, ValidationError):
        key = (error.code, error.field)
        texts = {
            ("agenda_finished", ""): QCoreApplication.translate(
                "AgendaTab", "Every item has been held: there is no next item to start."
            ),
            ("nothing_running", ""): QCoreApplication.translate(
                "AgendaTab", "No item is under way."
            ),
            ("missing", "title"): QCoreApplication.translate(
                "AgendaTab", "The item needs a title."
            ),
            ("too_long", "title"): QCoreApplication.translate(
                "AgendaTab", "The title is too long (at most %1 characters)."
            ).replace("%1", str(MAX_TITLE)),
            ("invalid", "planned_minutes"): QCoreApplication.translate(
                "AgendaTab", "The planned time must be between 0 and 1440 minutes."
            ),
            ("too_long", "notes"): QCoreApplication.translate(
                "AgendaTab", "The notes are too long (at most %1 characters)."
            ).replace("%1", str(agenda.MAX_NOTES)),
        }
        if key in texts:
            return texts[key]
    return describe(error)


class AgendaItemDialog(QDialog):
    """Add or edit one agenda item; OK runs ``submit``, a refusal is shown inside."""

    def __init__(
        self,
        parent: QWidget | None = None,
        item: AgendaItemData | None = None,
        submit: Callable[[AgendaItemData], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("agenda_item_dialog")
        self.setWindowTitle(self.tr("Edit agenda item") if item else self.tr("Add agenda item"))
        self.setMinimumWidth(560)
        self._submit = submit
        self._original = item
        self.result_value: object = None

        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("title_edit")
        self.title_edit.setMaxLength(MAX_TITLE)
        self.presenter_edit = QLineEdit()
        self.presenter_edit.setObjectName("presenter_edit")
        self.presenter_edit.setPlaceholderText(self.tr("e.g. Đồng chí Lê Đình Khải, Bí thư Chi bộ"))
        self.minutes_spin = QSpinBox()
        self.minutes_spin.setObjectName("minutes_spin")
        self.minutes_spin.setRange(0, 24 * 60)
        self.minutes_spin.setSuffix(self.tr(" min"))
        self.minutes_spin.setMaximumWidth(120)
        self.vote_check = QCheckBox(self.tr("Voted on by show of &hands"))
        self.vote_check.setObjectName("vote_check")
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setObjectName("notes_edit")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMinimumHeight(self.fontMetrics().lineSpacing() * 5 + 12)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Presenter:"), self.presenter_edit)
        form.addRow(self.tr("Planned ti&me:"), self.minutes_spin)
        form.addRow("", self.vote_check)
        form.addRow(self.tr("&Notes for the minutes:"), self.notes_edit)
        self.error_label = wrapping_label("error_label")
        self.error_label.setStyleSheet("color: #b3261e;")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.setObjectName("buttons")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self._fields: dict[str, QWidget] = {
            "title": self.title_edit,
            "planned_minutes": self.minutes_spin,
            "notes": self.notes_edit,
        }

        data = item or AgendaItemData("", planned_minutes=DEFAULT_MINUTES)
        self.title_edit.setText(data.title)
        self.title_edit.setCursorPosition(0)
        self.presenter_edit.setText(data.presenter)
        self.minutes_spin.setValue(data.planned_minutes)
        self.vote_check.setChecked(data.needs_vote)
        self.notes_edit.setPlainText(data.notes)
        self.title_edit.textChanged.connect(self._update_ok)
        self._update_ok()
        self.title_edit.setFocus()

    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def data(self) -> AgendaItemData:
        return AgendaItemData(
            title=self.title_edit.text().strip(),
            presenter=self.presenter_edit.text().strip(),
            planned_minutes=self.minutes_spin.value(),
            needs_vote=self.vote_check.isChecked(),
            notes=self.notes_edit.toPlainText().strip(),
            code=self._original.code if self._original else "",
        )

    def accept(self) -> None:
        if not self.ok_button().isEnabled():
            return
        data = self.data()
        original = agenda_actions.item_data(self._original) if self._original else None
        if self._submit is not None and data != original:
            try:
                self.result_value = self._submit(data)
            except (SecretariatError, OSError) as error:
                self.show_error(error)
                return
        super().accept()

    def show_error(self, error: Exception) -> None:
        self.error_label.setText(agenda_error_text(error))
        self.error_label.show()
        if isinstance(error, ValidationError) and error.field in self._fields:
            self._fields[error.field].setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_ok(self) -> None:
        self.ok_button().setEnabled(bool(self.title_edit.text().strip()))


def confirm_other_day(parent: QWidget, day: date, today: date) -> bool:
    """F5 on a day other than the session's: start the item anyway (Yes) or not."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("AgendaTab", "Session dated another day"),
        QCoreApplication.translate(
            "AgendaTab",
            "The official session is dated %1, but today is %2. The times F5 stamps are "
            "today's, so the minutes would give two dates. Correct the session's date in "
            "the Congress tab first, or start the item anyway?",
        )
        .replace("%1", day.strftime("%d/%m/%Y"))
        .replace("%2", today.strftime("%d/%m/%Y")),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
