"""The dialog that sets up a new election: what it fills, its title, its seats.

The title is prefilled in Vietnamese for the target chosen (it is data printed
on the ballots and the minutes, never UI text) and follows the target until the
secretary types a title of their own. The dialog explains what the cell elects
by the 9-member rule (294-QĐ/TW mục 22; docs/domain/rules.md 4.1) from the roster's full
members. OK runs ``submit``; a refusal is shown inside and nothing typed is lost.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from secretariat.domain import CongressInfo
from secretariat.errors import SecretariatError
from secretariat.rules.elections import COMMITTEE_THRESHOLD, MAX_COMMITTEE, what_the_cell_elects
from secretariat.services.elections import MAX_TITLE, Target
from ui.messages import describe

# The kinds offered, in the order the congress holds them (docs/domain/rules.md 4.1).
TARGETS: tuple[Target, ...] = (
    Target.COMMITTEE,
    Target.CELL_SECRETARY,
    Target.DEPUTY_SECRETARY,
    Target.DELEGATE,
    Target.POLL,
)
ORDER = {target: n for n, target in enumerate(TARGETS)} | {Target.ALTERNATE: len(TARGETS) - 1}


def target_label(target: Target | str) -> str:
    labels = {
        Target.COMMITTEE: QCoreApplication.translate("Elections", "Cell committee (chi ủy)"),
        Target.CELL_SECRETARY: QCoreApplication.translate("Elections", "Cell secretary (bí thư)"),
        Target.DEPUTY_SECRETARY: QCoreApplication.translate(
            "Elections", "Deputy secretary (phó bí thư)"
        ),
        Target.DELEGATE: QCoreApplication.translate(
            "Elections", "Delegates to the superior congress"
        ),
        Target.ALTERNATE: QCoreApplication.translate("Elections", "Alternate delegates"),
        Target.POLL: QCoreApplication.translate("Elections", "Opinion poll on nominees"),
    }
    return labels.get(Target(target), str(target))


def _term(info: CongressInfo | None) -> str:
    if info is None or info.term_start is None or info.term_end is None:
        return ""
    return f" nhiệm kỳ {info.term_start} – {info.term_end}"


def default_title(target: Target | str, info: CongressInfo | None = None) -> str:
    """The Vietnamese title printed on the ballots, by target."""
    term = _term(info)
    titles = {
        Target.COMMITTEE: f"Bầu Chi ủy chi bộ{term}",
        Target.CELL_SECRETARY: f"Bầu Bí thư chi bộ{term}",
        Target.DEPUTY_SECRETARY: f"Bầu Phó Bí thư chi bộ{term}",
        Target.DELEGATE: "Bầu đại biểu dự Đại hội cấp trên",
        Target.ALTERNATE: "Bầu đại biểu dự khuyết dự Đại hội cấp trên",
        Target.POLL: "Lấy phiếu thăm dò đối với người được giới thiệu",
    }
    return titles[Target(target)]


def default_seats(target: Target | str) -> int:
    return {Target.COMMITTEE: 3, Target.DELEGATE: 1}.get(Target(target), 1)


def rule_text(full_members: int) -> str:
    """What the cell elects, in words, from its full members (docs/domain/rules.md 4.1)."""
    elects = what_the_cell_elects(full_members)
    if len(elects) == 3:
        text = QCoreApplication.translate(
            "Elections",
            "The cell has %1 full members (exempt members included): 9 or more, so it "
            "elects a committee of at most %2, then the bí thư from the committee, then "
            "one phó bí thư from the committee — three separate elections, in that order "
            "(294-QĐ/TW mục 22).",
        )
    else:
        text = QCoreApplication.translate(
            "Elections",
            "The cell has %1 full members (exempt members included): fewer than 9, so it "
            "elects no committee — only a bí thư, and a phó bí thư if needed "
            "(294-QĐ/TW mục 22).",
        )
    return text.replace("%1", str(full_members)).replace("%2", str(MAX_COMMITTEE))


def suggested_target(full_members: int, existing: list[Target]) -> Target:
    """The next election the cell holds that is not set up yet."""
    for target in what_the_cell_elects(full_members):
        if Target(str(target)) not in existing:
            return Target(str(target))
    return Target.DELEGATE


class NewElectionDialog(QDialog):
    """Target, title, seats (and alternates for delegates); OK runs ``submit``."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        full_members: int = 0,
        info: CongressInfo | None = None,
        target: Target = Target.COMMITTEE,
        submit: Callable[[Target, str, int, int], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("new_election_dialog")
        self.setWindowTitle(self.tr("New election"))
        self.setMinimumWidth(620)
        self._submit = submit
        self._info = info
        self._full = full_members
        self._typed_title = False
        self.result_value: object = None

        self.target_combo = QComboBox()
        self.target_combo.setObjectName("target_combo")
        for kind in TARGETS:
            self.target_combo.addItem(target_label(kind), str(kind))
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("title_edit")
        self.title_edit.setMaxLength(MAX_TITLE)
        self.seats_spin = QSpinBox()
        self.seats_spin.setObjectName("seats_spin")
        self.seats_spin.setRange(1, 99)
        self.alternates_spin = QSpinBox()
        self.alternates_spin.setObjectName("alternates_spin")
        self.alternates_spin.setRange(0, 99)
        self.alternates_label = QLabel(self.tr("&Alternates (dự khuyết):"))
        self.alternates_label.setBuddy(self.alternates_spin)
        self.seats_note = QLabel()
        self.seats_note.setObjectName("seats_note")
        self.seats_note.setWordWrap(True)
        self.seats_note.setStyleSheet("color: #5f6b7a;")

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&What is elected:"), self.target_combo)
        form.addRow(self.tr("&Title (printed on the ballots):"), self.title_edit)
        form.addRow(self.tr("&Seats:"), self.seats_spin)
        form.addRow(self.alternates_label, self.alternates_spin)
        form.addRow("", self.seats_note)

        self.rule_label = QLabel(rule_text(full_members))
        self.rule_label.setObjectName("rule_label")
        self.rule_label.setWordWrap(True)
        self.rule_label.setTextFormat(Qt.TextFormat.PlainText)
        self.rule_label.setStyleSheet(
            "QLabel { background: #f4f7fb; border: 1px solid #cfd8e3; border-radius: 6px;"
            " padding: 8px; }"
        )
        self.error_label = QLabel()
        self.error_label.setObjectName("error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b3261e;")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.rule_label)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self.target_combo.setCurrentIndex(max(0, self.target_combo.findData(str(target))))
        self._on_target()
        self.target_combo.currentIndexChanged.connect(self._on_target)
        self.title_edit.textEdited.connect(self._on_title_edited)
        self.title_edit.textChanged.connect(self._update_ok)
        self.seats_spin.valueChanged.connect(self._update_note)
        self._update_ok()
        self.target_combo.setFocus()

    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def target(self) -> Target:
        return Target(str(self.target_combo.currentData()))

    def _on_title_edited(self, _text: str) -> None:
        self._typed_title = True

    def _on_target(self) -> None:
        kind = self.target()
        if not self._typed_title or not self.title_edit.text().strip():
            self.title_edit.setText(default_title(kind, self._info))
            self._typed_title = False
        self.seats_spin.setValue(default_seats(kind))
        committee = kind is Target.COMMITTEE
        self.seats_spin.setMaximum(MAX_COMMITTEE if committee else 99)
        single = kind in (Target.CELL_SECRETARY, Target.DEPUTY_SECRETARY)
        self.seats_spin.setEnabled(not single)
        delegates = kind is Target.DELEGATE
        self.alternates_spin.setVisible(delegates)
        self.alternates_label.setVisible(delegates)
        if not delegates:
            self.alternates_spin.setValue(0)
        self._update_note()

    def _update_note(self) -> None:
        kind = self.target()
        if kind is Target.COMMITTEE:
            note = QCoreApplication.translate(
                "Elections",
                "At most %1 members; the number is first decided by a show of hands.",
            ).replace("%1", str(MAX_COMMITTEE))
            if self._full < COMMITTEE_THRESHOLD:
                note += " " + QCoreApplication.translate(
                    "Elections",
                    "Warning: with fewer than 9 full members a cell elects no committee.",
                )
        elif kind in (Target.CELL_SECRETARY, Target.DEPUTY_SECRETARY):
            note = QCoreApplication.translate("Elections", "One seat.")
            if self._full >= COMMITTEE_THRESHOLD:
                note += " " + QCoreApplication.translate(
                    "Elections", "The nominees must be elected members of the new committee."
                )
        elif kind is Target.DELEGATE:
            note = QCoreApplication.translate(
                "Elections",
                "The number of delegates is allocated by the superior committee; full "
                "delegates are elected first, then alternates from the rest (190-QĐ/TW "
                "Điều 18).",
            )
        else:
            note = QCoreApplication.translate(
                "Elections", "An opinion poll on nominees put forward from the floor."
            )
        self.seats_note.setText(note)

    def _update_ok(self) -> None:
        self.ok_button().setEnabled(bool(self.title_edit.text().strip()))

    def accept(self) -> None:
        if not self.ok_button().isEnabled():
            return
        if self._submit is not None:
            try:
                self.result_value = self._submit(
                    self.target(),
                    self.title_edit.text().strip(),
                    self.seats_spin.value(),
                    self.alternates_spin.value(),
                )
            except SecretariatError as error:
                self.error_label.setText(describe(error))
                self.error_label.show()
                return
        super().accept()
