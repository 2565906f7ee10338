"""The page set-up of the documents: margins, body size, dates, ballot serials, the
outgoing bí thư; stored in the congress file and changed as one undoable action."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from secretariat.errors import SecretariatError
from secretariat.services import settings
from ui.commands import ServiceCommand
from ui.context import CongressContext

MARGINS_KEY = "documents.margins_mm"
BODY_SIZE_KEY = "documents.body_size_pt"
ZERO_PAD_KEY = "documents.date_zero_pad"
SERIALS_KEY = "elections.print_serials"
SECRETARY_KEY = "documents.outgoing_secretary"
PAGE_KEYS = (MARGINS_KEY, BODY_SIZE_KEY, ZERO_PAD_KEY, SERIALS_KEY, SECRETARY_KEY)


def save_page_settings(ctx: CongressContext, values: Mapping[str, Any]) -> bool:
    """Store the changed page settings and push one undoable command for all of them.

    Keys whose value is unchanged are left alone; returns False (and pushes
    nothing) when nothing changed. If the core refuses a value, the keys already
    set are put back and the error propagates.
    """
    store = ctx.require()
    before: dict[str, Any] = {}
    after: dict[str, Any] = {}
    try:
        for key, value in values.items():
            if settings.get(store, key) == value:
                continue
            before[key] = settings.set_value(store, key, value)
            after[key] = value
    except SecretariatError:
        for key, value in before.items():
            settings.set_value(store, key, value)
        raise
    if not after:
        return False

    def put(snapshot: dict[str, Any]) -> None:
        for key, value in snapshot.items():
            settings.set_value(store, key, value)

    text = QCoreApplication.translate("Commands", "Change page set-up")
    ctx.undo_stack.push(ServiceCommand(text, lambda: put(before), lambda: put(after)))
    return True


class PageSetupDialog(QDialog):
    """Margins, body size and the zero-padding of dates; OK returns the values."""

    def __init__(self, values: Mapping[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageSetupDialog")
        self.setWindowTitle(self.tr("Page set-up"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.margin_spins: list[QSpinBox] = []
        for name, text in (
            ("marginTop", self.tr("Top margin:")),
            ("marginBottom", self.tr("Bottom margin:")),
            ("marginLeft", self.tr("Left margin:")),
            ("marginRight", self.tr("Right margin:")),
        ):
            spin = self._spin(name, 5, 60, self.tr(" mm"))
            self.margin_spins.append(spin)
            form.addRow(text, spin)
        self.top_spin, self.bottom_spin, self.left_spin, self.right_spin = self.margin_spins
        self.body_spin = self._spin("bodySize", 11, 16, self.tr(" pt"))
        form.addRow(self.tr("Body text size:"), self.body_spin)
        layout.addLayout(form)
        self.zero_pad_check = QCheckBox(
            self.tr("Pad days below 10 and months 1–2 with a zero (ngày 05 tháng 02)")
        )
        self.zero_pad_check.setObjectName("zeroPadCheck")
        layout.addWidget(self.zero_pad_check)
        self.serials_check = QCheckBox(self.tr("Print serial numbers on ballot papers"))
        self.serials_check.setObjectName("serialsCheck")
        layout.addWidget(self.serials_check)
        serials_note = QLabel(
            self.tr(
                "Off by default: a number printed before the hand-out lets anyone watching tie "
                "a paper to its voter. The tellers number the papers as they count."
            )
        )
        serials_note.setWordWrap(True)
        serials_note.setStyleSheet("QLabel { color: palette(placeholder-text); }")
        layout.addWidget(serials_note)
        secretary_form = QFormLayout()
        self.secretary_edit = QLineEdit()
        self.secretary_edit.setObjectName("outgoingSecretaryEdit")
        self.secretary_edit.setPlaceholderText(
            self.tr("empty: the presenter named “…, Bí thư …” in the programme")
        )
        secretary_form.addRow(
            self.tr("Outgoing bí thư (signs the chi ủy's papers):"), self.secretary_edit
        )
        layout.addLayout(secretary_form)
        note = QLabel(
            self.tr(
                "Defaults from the Party's format guidance (36-HD/VPTW); not confirmed, "
                "change them if your superior committee asks."
            )
        )
        note.setObjectName("pageSetupNote")
        note.setWordWrap(True)
        note.setStyleSheet("QLabel { color: palette(placeholder-text); }")
        layout.addWidget(note)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        restore = self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        restore.clicked.connect(lambda: self.set_values(settings.DEFAULTS))
        layout.addWidget(self.buttons)
        self.set_values(values)
        self.setMinimumWidth(420)

    def _spin(self, name: str, low: int, high: int, suffix: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setRange(low, high)
        spin.setSuffix(suffix)
        spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        spin.setMinimumWidth(90)
        return spin

    def set_values(self, values: Mapping[str, Any]) -> None:
        margins = values.get(MARGINS_KEY, settings.DEFAULTS[MARGINS_KEY])
        for spin, value in zip(self.margin_spins, margins, strict=True):
            spin.setValue(round(value))
        self.body_spin.setValue(round(values.get(BODY_SIZE_KEY, settings.DEFAULTS[BODY_SIZE_KEY])))
        self.zero_pad_check.setChecked(
            bool(values.get(ZERO_PAD_KEY, settings.DEFAULTS[ZERO_PAD_KEY]))
        )
        self.serials_check.setChecked(bool(values.get(SERIALS_KEY, settings.DEFAULTS[SERIALS_KEY])))
        self.secretary_edit.setText(
            str(values.get(SECRETARY_KEY, settings.DEFAULTS[SECRETARY_KEY]))
        )

    def values(self) -> dict[str, Any]:
        return {
            MARGINS_KEY: [spin.value() for spin in self.margin_spins],
            BODY_SIZE_KEY: self.body_spin.value(),
            ZERO_PAD_KEY: self.zero_pad_check.isChecked(),
            SERIALS_KEY: self.serials_check.isChecked(),
            SECRETARY_KEY: self.secretary_edit.text().strip(),
        }
