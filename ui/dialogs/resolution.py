"""Dialogs of the resolution tab: record an amendment, explain one, adopt by hands.

Each dialog's OK runs ``submit``; a refusal from the core is shown inside the
dialog and nothing typed is lost.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from secretariat.domain import SpeechId, SpeechRow
from secretariat.errors import SecretariatError, ValidationError
from secretariat.services.resolution import (
    Draft,
    SectionId,
    TargetId,
    figure_value,
    proposal_result,
)
from ui.messages import describe

ERROR_STYLE = "color: #b3261e;"
MAX_COUNT = 9999


@dataclass(frozen=True, slots=True)
class AmendmentInput:
    """What the secretary typed for an amendment."""

    proposer: str
    speech_id: SpeechId | None
    section_id: SectionId | None
    target_id: TargetId | None
    text: str
    figure: Decimal | None
    remark: str = ""


def plain_editor(name: str) -> QPlainTextEdit:
    """A plain-text editor for long Vietnamese text: wraps, no rich text, Tab leaves."""
    editor = QPlainTextEdit()
    editor.setObjectName(name)
    editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
    editor.setTabChangesFocus(True)
    editor.setInputMethodHints(Qt.InputMethodHint.ImhNoAutoUppercase)
    return editor


def places(draft: Draft) -> list[tuple[str, SectionId | None, TargetId | None]]:
    """Every place an amendment can point at: the draft in reading order."""
    out: list[tuple[str, SectionId | None, TargetId | None]] = []
    for section in draft.sections():
        title = f" — {section.title}" if section.title else ""
        out.append((draft.place(section.id) + title, section.id, None))
        for target in section.targets:
            out.append((f"{draft.place(target_id=target.id)} — {target.label}", None, target.id))
    return out


class _Dialog(QDialog):
    def __init__(self, parent: QWidget | None, name: str, title: str) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.result_value: object = None
        self.error_label = QLabel()
        self.error_label.setObjectName("error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def fail(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def attempt(
        self, submit: Callable[[], object] | None, words: Callable[[Exception], str]
    ) -> None:
        if submit is not None:
            try:
                self.result_value = submit()
            except SecretariatError as error:
                self.fail(words(error))
                return
        super().accept()


class AmendmentDialog(_Dialog):
    """Who proposed what, against which section or target."""

    def __init__(
        self,
        draft: Draft,
        speeches: Sequence[SpeechRow],
        parent: QWidget | None = None,
        *,
        section_id: SectionId | None = None,
        target_id: TargetId | None = None,
        submit: Callable[[AmendmentInput], object] | None = None,
        words: Callable[[Exception], str] = describe,
    ) -> None:
        super().__init__(parent, "amendment_dialog", self.tr("Record an amendment"))
        self.setMinimumWidth(640)
        self._submit = submit
        self._words = words
        self._build_proposer(speeches)
        self._build_place(draft, section_id, target_id)
        # What the speaker said and the wording that would replace the text are two
        # fields: the remark is never written into the resolution.
        self.remark_edit = plain_editor("remarkText")
        self.remark_edit.setPlaceholderText(
            self.tr("What the speaker said, as in your notes (never written into the draft)")
        )
        self.remark_edit.setFixedHeight(70)
        self.text_edit = plain_editor("proposedText")
        self.text_edit.setPlaceholderText(
            self.tr("Only the new wording of the point or target (empty: no new wording)")
        )
        self.text_edit.setFixedHeight(90)
        self.result_label = QLabel()
        self.result_label.setObjectName("resultLabel")
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)
        self.result_label.setStyleSheet("color: #0f3d6e;")
        self._draft = draft
        self._prefilled = ""  # the section's text put in the editor to be reworded
        self.hint = QLabel()
        self.hint.setObjectName("amendmentHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #5f6b7a;")
        self.figure_edit = QLineEdit()
        self.figure_edit.setObjectName("proposedFigure")
        self.figure_edit.setPlaceholderText(self.tr("e.g. 25 or 12,5 (targets only)"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Proposed &by:"), self.proposer)
        form.addRow(self.tr("C&oncerns:"), self.place)
        form.addRow(self.tr("&Remark:"), self.remark_edit)
        form.addRow(self.tr("Proposed &wording:"), self.text_edit)
        form.addRow("", self.hint)
        form.addRow(self.tr("Proposed &figure:"), self.figure_edit)
        form.addRow(self.tr("Would read:"), self.result_label)
        self.text_edit.textChanged.connect(self._show_result)
        self.figure_edit.textChanged.connect(lambda _t: self._show_result())
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self._update()
        self.proposer.setFocus()

    def _build_proposer(self, speeches: Sequence[SpeechRow]) -> None:
        """The speakers of the congress to choose from (a second speech numbered), or a name."""
        self.proposer = QComboBox()
        self.proposer.setObjectName("proposerCombo")
        self.proposer.setEditable(True)
        self.proposer.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.proposer.addItem("", None)
        seen: dict[str, int] = {}
        for speech in speeches:
            seen[speech.speaker] = seen.get(speech.speaker, 0) + 1
            label = speech.speaker
            if seen[speech.speaker] > 1:
                label = f"{speech.speaker} ({seen[speech.speaker]})"
            self.proposer.addItem(label, int(speech.id))
        proposer_line = self.proposer.lineEdit()
        if proposer_line is not None:
            proposer_line.setPlaceholderText(self.tr("A speaker, or type a name"))

    def _build_place(
        self, draft: Draft, section_id: SectionId | None, target_id: TargetId | None
    ) -> None:
        """The places of the draft, the one selected in the outline chosen."""
        self.place = QComboBox()
        self.place.setObjectName("placeCombo")
        self._places: list[tuple[SectionId | None, TargetId | None]] = [(None, None)]
        self.place.addItem(self.tr("(general remark)"))
        for label, sid, tid in places(draft):
            self._places.append((sid, tid))
            self.place.addItem(label)
            if (sid is not None and sid == section_id and target_id is None) or (
                tid is not None and tid == target_id
            ):
                self.place.setCurrentIndex(self.place.count() - 1)
        self.place.currentIndexChanged.connect(lambda _i: self._update())

    def _update(self) -> None:
        sid, tid = self.chosen_place()
        self.figure_edit.setEnabled(tid is not None)
        # Accepting a section's amendment replaces the section's text: start from it.
        section = self._draft.section(sid) if sid is not None else None
        wording = section.text if section is not None else ""
        if self.text_edit.toPlainText() in ("", self._prefilled):
            self.text_edit.setPlainText(wording)
            self._prefilled = wording
        target = self._draft.target(tid) if tid is not None else None
        if target is not None:
            self.hint.setText(
                self.tr("Now: %1. A new figure and/or a new text for the target.").replace(
                    "%1", target.label
                )
            )
        elif section is not None:
            self.hint.setText(
                self.tr("If accepted, this wording replaces the text of the section.")
            )
        else:
            self.hint.setText(self.tr("A general remark: nothing in the draft changes."))
        self._show_result()

    def _show_result(self) -> None:
        """The point or target as it would read if the proposal were written in."""
        sid, tid = self.chosen_place()
        try:
            figure = figure_value(self.figure_edit.text()) if tid is not None else None
        except ValidationError:
            figure = None
        result = proposal_result(
            self._draft,
            section_id=sid,
            target_id=tid,
            proposed_text=self.text_edit.toPlainText(),
            proposed_figure=figure,
        )
        unchanged = self.text_edit.toPlainText().strip() == self._prefilled.strip()
        if result is None or (tid is None and unchanged):
            self.result_label.setText(self.tr("(the draft does not change)"))
        else:
            self.result_label.setText(result)

    def chosen_place(self) -> tuple[SectionId | None, TargetId | None]:
        return self._places[max(0, self.place.currentIndex())]

    def place_index(self, section_id: int | None, target_id: int | None) -> int:
        """The row of the place combo for a section or a target (-1: not offered)."""
        wanted = (section_id, None) if target_id is None else (None, target_id)
        return self._places.index(wanted) if wanted in self._places else -1

    def value(self) -> AmendmentInput:
        name = self.proposer.currentText().strip()
        index = self.proposer.findText(name, Qt.MatchFlag.MatchExactly)
        data = self.proposer.itemData(index) if index > 0 else None
        sid, tid = self.chosen_place()
        figure_text = self.figure_edit.text() if tid is not None else ""
        return AmendmentInput(
            proposer=name if data is None else "",
            speech_id=SpeechId(data) if data is not None else None,
            section_id=sid,
            target_id=tid,
            text=self.text_edit.toPlainText(),
            figure=figure_value(figure_text),
            remark=self.remark_edit.toPlainText(),
        )

    def accept(self) -> None:
        try:
            value = self.value()
        except ValidationError as error:
            self.fail(self._words(error))
            return
        submit = self._submit
        self.attempt((lambda: submit(value)) if submit else None, self._words)


class AnswerDialog(_Dialog):
    """The presidium's answer to an amendment (giải trình)."""

    def __init__(
        self,
        proposal: str,
        parent: QWidget | None = None,
        answer: str = "",
        submit: Callable[[str], object] | None = None,
        words: Callable[[Exception], str] = describe,
    ) -> None:
        super().__init__(parent, "answer_dialog", self.tr("Explain (keep the draft)"))
        self.setMinimumWidth(560)
        self._submit = submit
        self._words = words
        shown = QLabel(proposal)
        shown.setWordWrap(True)
        shown.setTextFormat(Qt.TextFormat.PlainText)
        self.answer_edit = plain_editor("answerEdit")
        self.answer_edit.setPlainText(answer)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("The proposal:")))
        layout.addWidget(shown)
        layout.addWidget(QLabel(self.tr("The presidium's &answer:")))
        layout.addWidget(self.answer_edit, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.answer_edit.setFocus()

    def accept(self) -> None:
        submit, text = self._submit, self.answer_edit.toPlainText()
        self.attempt((lambda: submit(text)) if submit else None, self._words)


class HandsDialog(_Dialog):
    """Yes / no / other of a show-of-hands vote (the adoption of the resolution)."""

    def __init__(
        self,
        title: str,
        note: str,
        parent: QWidget | None = None,
        submit: Callable[[int, int, int], object] | None = None,
        words: Callable[[Exception], str] = describe,
    ) -> None:
        super().__init__(parent, "hands_dialog", title)
        self.setMinimumWidth(460)
        self._submit = submit
        self._words = words
        self.yes_spin, self.no_spin, self.other_spin = (
            self._spin("yesSpin"),
            self._spin("noSpin"),
            self._spin("otherSpin"),
        )
        explanation = QLabel(note)
        explanation.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("In &favour (tán thành):"), self.yes_spin)
        form.addRow(self.tr("&Against (không tán thành):"), self.no_spin)
        form.addRow(self.tr("&Other opinion (ý kiến khác):"), self.other_spin)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.yes_spin.setFocus()
        self.yes_spin.selectAll()

    def _spin(self, name: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setRange(0, MAX_COUNT)
        spin.setMinimumWidth(110)
        return spin

    def counts(self) -> tuple[int, int, int]:
        for spin in (self.yes_spin, self.no_spin, self.other_spin):
            spin.interpretText()
        return self.yes_spin.value(), self.no_spin.value(), self.other_spin.value()

    def accept(self) -> None:
        submit, (yes, no, other) = self._submit, self.counts()
        self.attempt((lambda: submit(yes, no, other)) if submit else None, self._words)
