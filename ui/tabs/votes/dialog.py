"""The votes tab's words and dialog: refusals, the hall's lines, the subject dialog.

The tab itself (``ui.tabs.votes.tab``): record the show-of-hands votes (biểu quyết) of the congress.

Left, the list of votes in programme order with their results; Insert adds a
vote, F2 rewords it, Delete removes it (after asking). When the list is empty,
one button adds the default votes (one per agenda item that needs one).

Right, the selected vote: before it is held, the majority base and the full
members present now; once held, the base frozen on the vote with its
breakdown (a later change of attendance does not rewrite it, docs/domain/rules.md 2).
Three spin boxes take the counts from the keyboard (Tab moves between them,
Enter records); F7 records "all in favour" in one key. The verdict is decided
by the core (yes × 2 > base) and shown in large type with the percent and the
warnings. F10 shows the result in the hall, Shift+F10 takes it off.

Every edit goes through ``ui.commands.vote_actions`` (undoable); the screen
reloads from the services on ``ctx.changed``, keeping the selection by id.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from secretariat.domain import VoteRow
from secretariat.errors import SecretariatError, ValidationError
from secretariat.rules.votes import VoteResult
from secretariat.services.votes import MAX_SUBJECT
from ui.messages import describe
from ui.widgets.shortcuts import wrapping_label

ID_ROLE = Qt.ItemDataRole.UserRole
COL_NUMBER, COL_SUBJECT, COL_ITEM, COL_RESULT = range(4)
MAX_COUNT = 9999

MUTED = "QLabel { color: #5f6b7a; }"
PASSED_STYLE = (
    "QLabel { color: #ffffff; background: #1e7b34; border-radius: 6px; padding: 6px 18px; }"
)
FAILED_STYLE = (
    "QLabel { color: #ffffff; background: #b3261e; border-radius: 6px; padding: 6px 18px; }"
)
PENDING_STYLE = (
    "QLabel { color: #5f6b7a; background: #eef1f5; border-radius: 6px; padding: 6px 18px; }"
)
WARNING_STYLE = "QLabel { color: #8a5300; font-weight: bold; }"
PANEL_STYLE = (
    "QFrame#voteBasePanel { background: #f4f7fb; border: 1px solid #cfd8e3; border-radius: 6px; }"
)
PASSED_COLOUR = "#1e7b34"
FAILED_COLOUR = "#b3261e"


def vote_error_text(error: Exception) -> str:
    """Words for the refusals of the vote services (others: ui.messages.describe)."""
    if isinstance(error, ValidationError):
        key = (error.code, error.field)
        texts = {
            ("missing", "subject"): QCoreApplication.translate(
                "VotesTab", "The vote needs a subject."
            ),
            ("too_long", "subject"): QCoreApplication.translate(
                "VotesTab", "The subject is too long (at most %1 characters)."
            ).replace("%1", str(MAX_SUBJECT)),
            ("more_than_present", "yes"): QCoreApplication.translate(
                "VotesTab",
                "Refused: %1 votes is more than the full members present. "
                "Check the count; nothing was recorded.",
            ).replace("%1", str(error.value)),
            ("votes_not_empty", ""): QCoreApplication.translate(
                "VotesTab", "The congress already has votes."
            ),
        }
        if key in texts:
            return texts[key]
    return describe(error)


def hall_lines(row: VoteRow, result: VoteResult) -> list[str]:
    """What the hall reads (always Vietnamese, like the minutes)."""
    verdict = "ĐÃ THÔNG QUA" if result.passed else "KHÔNG THÔNG QUA"
    return [
        f"Tán thành: {row.yes}/{row.base} ({result.percent_text})",
        f"Không tán thành: {row.no}",
        f"Ý kiến khác: {row.other}",
        f"Mẫu số: {row.base} — {verdict}",
    ]


class VoteSubjectDialog(QDialog):
    """Type a vote's subject; OK runs ``submit``, a refusal is shown inside."""

    def __init__(
        self,
        parent: QWidget | None = None,
        subject: str = "",
        submit: Callable[[str], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("vote_subject_dialog")
        self.setWindowTitle(self.tr("Reword the vote") if subject else self.tr("Add a vote"))
        self.setMinimumWidth(560)
        self._submit = submit
        self._original = subject
        self.result_value: object = None
        self.subject_edit = QLineEdit(subject)
        self.subject_edit.setObjectName("subject_edit")
        self.subject_edit.setMaxLength(MAX_SUBJECT)
        self.subject_edit.setPlaceholderText(self.tr("e.g. Biểu quyết thông qua nghị quyết"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Subject:"), self.subject_edit)
        self.error_label = wrapping_label("error_label")
        self.error_label.setStyleSheet("color: #b3261e;")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.subject_edit.textChanged.connect(self._update_ok)
        self._update_ok()
        self.subject_edit.setFocus()

    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def _update_ok(self) -> None:
        self.ok_button().setEnabled(bool(self.subject_edit.text().strip()))

    def accept(self) -> None:
        if not self.ok_button().isEnabled():
            return
        text = self.subject_edit.text().strip()
        if self._submit is not None and text != self._original:
            try:
                self.result_value = self._submit(text)
            except (SecretariatError, OSError) as error:
                self.error_label.setText(vote_error_text(error))
                self.error_label.show()
                return
        super().accept()
