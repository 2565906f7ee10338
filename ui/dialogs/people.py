"""Dialogs for one member, one guest or one session.

A dialog is given an optional ``submit`` callable (usually a function of
``ui.commands.actions``). OK calls it; if the core refuses the data, the reason
is shown inside the dialog, the field concerned gets the focus, and the dialog
stays open so nothing typed is lost.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time
from typing import Any, TypeVar

from PySide6.QtCore import QDate, QObject, Qt, QTime
from PySide6.QtGui import QShowEvent, QValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from secretariat.domain import (
    Gender,
    GuestData,
    MemberData,
    MemberStatus,
    SessionData,
    SessionKind,
)
from secretariat.errors import SecretariatError, ValidationError
from ui.messages import describe
from ui.widgets.date_edit import DateEdit

DEFAULT_ETHNICITY = "Kinh"
# Suggestions only: the secretary may type anything (these are data, not UI text).
EDUCATION_LEVELS = ("", "Trung cấp", "Cao đẳng", "Đại học", "Thạc sĩ", "Tiến sĩ")
THEORY_LEVELS = ("", "Sơ cấp", "Trung cấp", "Cao cấp", "Cử nhân")


W = TypeVar("W", bound=QObject)


def named(widget: W, name: str) -> W:
    """Give a widget its object name (tests and saved state find it by that name)."""
    widget.setObjectName(name)
    return widget


class OptionalYearSpin(QSpinBox):
    """A year, or blank. Blank is stored as the value just below the first year."""

    def __init__(
        self, first: int, last: int, suggestion: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._first = first
        self._suggestion = suggestion
        self.setRange(first - 1, last)
        self.setValue(first - 1)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)

    def year(self) -> int | None:
        return None if self.value() == self.minimum() else self.value()

    def set_year(self, year: int | None) -> None:
        self.setValue(self.minimum() if year is None else year)

    def textFromValue(self, value: int) -> str:
        return "" if value == self.minimum() else str(value)

    def valueFromText(self, text: str) -> int:
        text = text.strip()
        return int(text) if text.isdigit() else self.minimum()

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        stripped = text.strip()
        if not stripped:
            return QValidator.State.Acceptable, text, pos
        if not stripped.isdigit() or len(stripped) > len(str(self.maximum())):
            return QValidator.State.Invalid, text, pos
        if self._first <= int(stripped) <= self.maximum():
            return QValidator.State.Acceptable, text, pos
        return QValidator.State.Intermediate, text, pos

    def stepBy(self, steps: int) -> None:
        # From blank, the arrows start at a likely year rather than at 1900.
        if self.year() is None and self._suggestion is not None:
            self.setValue(self._suggestion)
        else:
            super().stepBy(steps)

    def stepEnabled(self) -> QSpinBox.StepEnabledFlag:
        if self.year() is None:
            return QSpinBox.StepEnabledFlag.StepUpEnabled | QSpinBox.StepEnabledFlag.StepDownEnabled
        return super().stepEnabled()


def _select_data(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))


class _RecordDialog(QDialog):
    """OK runs ``submit``; a refusal from the core is shown inline."""

    def __init__(self, submit: Callable[[Any], object] | None, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._submit = submit
        self._field_widgets: dict[str, QWidget] = {}
        self.result_value: object = None  # what submit returned
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.error_label = QLabel()
        self.error_label.setObjectName("error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b3261e;")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.setObjectName("buttons")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        self.extra = QVBoxLayout()
        layout.addLayout(self.extra)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def ok_button(self) -> Any:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def first_field(self) -> QWidget | None:
        """The form's first field that takes the keyboard."""
        for row in range(self.form.rowCount()):
            item = self.form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            widget = item.widget() if item is not None else None
            if widget is not None and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                return widget
        return None

    def showEvent(self, event: QShowEvent) -> None:
        # Typing starts in the first field, never on a button: a space on "Cancel"
        # would close the dialog and send the rest of a name to the window behind.
        super().showEvent(event)
        first = self.first_field()
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def data(self) -> Any:
        raise NotImplementedError

    def accept(self) -> None:
        if not self.ok_button().isEnabled():
            return
        if self._submit is not None:
            try:
                self.result_value = self._submit(self.data())
            except (SecretariatError, OSError) as error:  # OSError: the disk refused
                self.show_error(error)
                return
        super().accept()

    def show_error(self, error: Exception) -> None:
        self.error_label.setText(describe(error))
        self.error_label.show()
        if isinstance(error, ValidationError):
            widget = self._field_widgets.get(error.field)
            if widget is not None:
                widget.setFocus(Qt.FocusReason.OtherFocusReason)


class MemberDialog(_RecordDialog):
    """Add or edit one member: every field of ``MemberData``."""

    def __init__(
        self,
        parent: QWidget | None = None,
        member: MemberData | None = None,
        submit: Callable[[MemberData], object] | None = None,
    ) -> None:
        super().__init__(submit, parent)
        self.setObjectName("member_dialog")
        self.setWindowTitle(self.tr("Edit member") if member else self.tr("Add member"))
        self.setMinimumWidth(520)

        self.full_name = self._line("full_name_edit", 120)
        self.status = named(QComboBox(), "status_combo")
        self.status.addItem(self.tr("Full member"), MemberStatus.FULL)
        self.status.addItem(self.tr("Probationary member"), MemberStatus.PROBATIONARY)
        self.party_card_no = self._line("card_edit", 32)
        self.birth_year = OptionalYearSpin(1900, date.today().year, 1980)
        self.birth_year.setObjectName("birth_year_spin")
        self.birth_year.setMaximumWidth(110)
        self.gender = named(QComboBox(), "gender_combo")
        self.gender.addItem("—", None)
        self.gender.addItem(self.tr("Male"), Gender.MALE)
        self.gender.addItem(self.tr("Female"), Gender.FEMALE)
        self.ethnicity = self._line("ethnicity_edit", 500)
        self.position = self._line("position_edit", 500)
        self.education = self._suggest("education_combo", EDUCATION_LEVELS)
        self.theory_level = self._suggest("theory_combo", THEORY_LEVELS)
        self.note = named(QPlainTextEdit(), "note_edit")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)

        form = self.form
        form.addRow(self.tr("&Full name:"), self.full_name)
        form.addRow(self.tr("&Status:"), self.status)
        form.addRow(self.tr("Party &card no.:"), self.party_card_no)
        form.addRow(self.tr("&Year of birth:"), self.birth_year)
        form.addRow(self.tr("&Gender:"), self.gender)
        form.addRow(self.tr("E&thnicity:"), self.ethnicity)
        form.addRow(self.tr("&Position:"), self.position)
        form.addRow(self.tr("&Education:"), self.education)
        form.addRow(self.tr("Political t&heory:"), self.theory_level)

        situation = QGroupBox(self.tr("Situation"))
        column = QVBoxLayout(situation)
        self.exempt = named(QCheckBox(self.tr("E&xempt from party activity")), "exempt_check")
        self.temporary_in = named(
            QCheckBox(self.tr("Temporarily attached &in (from another cell)")), "temporary_in_check"
        )
        self.temporary_out = named(
            QCheckBox(self.tr("Temporarily attached o&ut (to another cell)")), "temporary_out_check"
        )
        self.suspended = named(
            QCheckBox(self.tr("Suspe&nded, prosecuted or detained")), "suspended_check"
        )
        # One per line: the Vietnamese wording is long ("Sinh hoạt tạm thời đến …").
        for box in (self.exempt, self.temporary_in, self.temporary_out, self.suspended):
            column.addWidget(box)
        form.addRow(situation)
        form.addRow(self.tr("N&ote:"), self.note)

        self._field_widgets = {
            "full_name": self.full_name,
            "party_card_no": self.party_card_no,
            "birth_year": self.birth_year,
            "ethnicity": self.ethnicity,
            "position": self.position,
            "education": self.education,
            "theory_level": self.theory_level,
            "temporary_out": self.temporary_out,
            "note": self.note,
        }
        self.full_name.textChanged.connect(self._update_ok)
        self.set_member(member or MemberData("", ethnicity=DEFAULT_ETHNICITY))
        self.full_name.setFocus()

    def _line(self, name: str, limit: int) -> QLineEdit:
        edit = named(QLineEdit(), name)
        edit.setMaxLength(limit)
        return edit

    def _suggest(self, name: str, values: tuple[str, ...]) -> QComboBox:
        combo = named(QComboBox(), name)
        combo.setEditable(True)
        combo.addItems(list(values))
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        return combo

    def set_member(self, member: MemberData) -> None:
        self.full_name.setText(member.full_name)
        _select_data(self.status, member.status)
        self.party_card_no.setText(member.party_card_no)
        self.birth_year.set_year(member.birth_year)
        _select_data(self.gender, member.gender)
        self.ethnicity.setText(member.ethnicity)
        self.position.setText(member.position)
        self.education.setCurrentText(member.education)
        self.theory_level.setCurrentText(member.theory_level)
        self.exempt.setChecked(member.exempt)
        self.temporary_in.setChecked(member.temporary_in)
        self.temporary_out.setChecked(member.temporary_out)
        self.suspended.setChecked(member.suspended)
        self.note.setPlainText(member.note)
        self._update_ok()

    def member_data(self) -> MemberData:
        return MemberData(
            full_name=self.full_name.text().strip(),
            status=MemberStatus(self.status.currentData()),
            party_card_no=self.party_card_no.text().strip(),
            birth_year=self.birth_year.year(),
            gender=self.gender.currentData(),
            ethnicity=self.ethnicity.text().strip(),
            position=self.position.text().strip(),
            education=self.education.currentText().strip(),
            theory_level=self.theory_level.currentText().strip(),
            exempt=self.exempt.isChecked(),
            temporary_in=self.temporary_in.isChecked(),
            temporary_out=self.temporary_out.isChecked(),
            suspended=self.suspended.isChecked(),
            note=self.note.toPlainText().strip(),
        )

    def data(self) -> MemberData:
        return self.member_data()

    def _update_ok(self) -> None:
        self.ok_button().setEnabled(bool(self.full_name.text().strip()))


class GuestDialog(_RecordDialog):
    """Add or edit one guest."""

    def __init__(
        self,
        parent: QWidget | None = None,
        guest: GuestData | None = None,
        submit: Callable[[GuestData], object] | None = None,
    ) -> None:
        super().__init__(submit, parent)
        self.setObjectName("guest_dialog")
        self.setWindowTitle(self.tr("Edit guest") if guest else self.tr("Add guest"))
        self.setMinimumWidth(520)
        self.full_name = named(QLineEdit(), "full_name_edit")
        self.full_name.setMaxLength(120)
        self.title = named(QLineEdit(), "title_edit")
        self.title.setPlaceholderText(self.tr("e.g. Deputy Director of the Provincial Police"))
        self.organisation = named(QLineEdit(), "organisation_edit")
        self.superior = named(
            QCheckBox(self.tr("&Represents the superior party committee")), "superior_check"
        )
        self.form.addRow(self.tr("&Full name:"), self.full_name)
        self.form.addRow(self.tr("&Title:"), self.title)
        self.form.addRow(self.tr("&Organisation:"), self.organisation)
        self.form.addRow("", self.superior)
        self._field_widgets = {"full_name": self.full_name}
        self.full_name.textChanged.connect(self._update_ok)
        guest = guest or GuestData("")
        self.full_name.setText(guest.full_name)
        self.title.setText(guest.title)
        self.organisation.setText(guest.organisation)
        self.superior.setChecked(guest.superior_representative)
        self._update_ok()

    def guest_data(self) -> GuestData:
        return GuestData(
            full_name=self.full_name.text().strip(),
            title=self.title.text().strip(),
            organisation=self.organisation.text().strip(),
            superior_representative=self.superior.isChecked(),
        )

    def data(self) -> GuestData:
        return self.guest_data()

    def _update_ok(self) -> None:
        self.ok_button().setEnabled(bool(self.full_name.text().strip()))


class SessionDialog(_RecordDialog):
    """Add or edit one sitting: preparatory or official, its day and hours."""

    def __init__(
        self,
        parent: QWidget | None = None,
        session: SessionData | None = None,
        submit: Callable[[SessionData], object] | None = None,
    ) -> None:
        super().__init__(submit, parent)
        self.setObjectName("session_dialog")
        self.setWindowTitle(self.tr("Edit session") if session else self.tr("Add session"))
        self.kind = named(QComboBox(), "kind_combo")
        self.kind.addItem(self.tr("Official session"), SessionKind.OFFICIAL)
        self.kind.addItem(self.tr("Preparatory session"), SessionKind.PREPARATORY)
        self.day = named(DateEdit(), "date_edit")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd/MM/yyyy")
        self.start = named(QTimeEdit(), "start_edit")
        self.end = named(QTimeEdit(), "end_edit")
        for edit in (self.start, self.end):
            edit.setDisplayFormat("HH:mm")
        self.form.addRow(self.tr("&Kind:"), self.kind)
        self.form.addRow(self.tr("&Date:"), self.day)
        self.form.addRow(self.tr("&Starts at:"), self.start)
        self.form.addRow(self.tr("&Ends at:"), self.end)
        self._field_widgets = {"end": self.end, "start": self.start}
        session = session or SessionData(SessionKind.OFFICIAL, date.today())
        _select_data(self.kind, session.kind)
        day = session.day or date.today()
        start, end = session.start or time(7, 30), session.end or time(11, 30)
        self.day.setDate(QDate(day.year, day.month, day.day))
        self.start.setTime(QTime(start.hour, start.minute))
        self.end.setTime(QTime(end.hour, end.minute))

    def session_data(self) -> SessionData:
        day, start, end = self.day.date(), self.start.time(), self.end.time()
        return SessionData(
            kind=SessionKind(self.kind.currentData()),
            day=date(day.year(), day.month(), day.day()),
            start=time(start.hour(), start.minute()),
            end=time(end.hour(), end.minute()),
        )

    def data(self) -> SessionData:
        return self.session_data()
