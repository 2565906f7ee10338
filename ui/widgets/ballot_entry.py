"""Ballot entry, keyboard only, for a tired vote-counting committee (docs/domain/rules.md 4.3, 4.4).

The list of the round is shown numbered 1..n in ballot order, in large type.
One paper at a time: the operator reads it and types only what differs from
the common paper, then Enter stores it.

Keys (also written on the screen):

- **Surplus list** (strike the names not chosen, 190-QĐ/TW Điều 15): the number
  of each STRUCK name; a second press un-strikes it. Lists of up to 9 names: one
  key per name, so a paper with k struck names costs k + 1 keys (digits and
  Enter). Lists of 10 names or more: every number is typed with two digits
  (01, 02 … 09, 10, 11 …); the name is struck when the second digit is typed,
  and a first digit no name can start with is refused at once.
- **No-surplus list of several names**: every name starts as "agree"; a name's
  number steps its mark agree → disagree → both boxes → no box → agree. "Both"
  or "no box" voids only that name's mark (190-QĐ/TW Điều 30 khoản 1).
- **One-person list** (bí thư): 1 agree (the default, so Enter alone stores an
  "agree" paper), 2 disagree, 3 both boxes, 0 no box.
- Reasons read on the paper itself, on single keys (toggles): F5 not issued by
  the committee, F6 a name written in, F7 an identifying mark, F8 another
  reason (asks for its words). Reasons that follow from the reading (too many
  chosen, all struck, both / no box on a one-person list) are classified by
  the core: the verdict and WHY are shown live before Enter.
- Enter stores; Backspace takes back the last key of this paper; Esc clears
  the paper; ``#`` or F2 opens the paper-number field, needed only when the
  stack is out of order (otherwise the number follows the stack by itself);
  Ctrl+Z (the main undo stack) takes back the last stored paper.

``BallotReader`` is the reading part (list, keys, live verdict), shared with the
mismatch queue of the blind second pass; ``BallotEntryPanel`` adds the paper
number, the running totals and the last papers entered. With ``pass_no=2`` the
panel shows nothing of the first pass.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont, QIntValidator, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from secretariat.changes import Change
from secretariat.domain import MemberId
from secretariat.errors import SecretariatError, ValidationError
from secretariat.rules import ballots as rules
from secretariat.rules.ballots import Ballot, BallotForm, Classified, Mark
from secretariat.services import elections
from secretariat.services.elections import BallotEntry, BallotRow, EntryMode, RoundId, RoundRow
from ui.commands import ballot_actions
from ui.context import CongressContext
from ui.messages import describe
from ui.widgets.shortcuts import scale_font, wrapping_label

MAX_RECENT = 8
# What the panel shows: the round (its list, issued, announced, passes), its papers,
# the election's title (``secretariat.models`` table names).
PANEL_WATCHES = frozenset({"election", "election_round", "candidate", "ballot"})
MAX_OTHER = 64  # the width of ``ballot.other_reason``
COL_NUMBER, COL_NAME, COL_READING, COL_VOTES = range(4)

VALID_STYLE = (
    "QLabel { color: #ffffff; background: #1e7b34; border-radius: 6px; padding: 4px 14px; }"
)
INVALID_STYLE = (
    "QLabel { color: #ffffff; background: #b3261e; border-radius: 6px; padding: 4px 14px; }"
)
IDLE_STYLE = (
    "QLabel { color: #5f6b7a; background: #eef1f5; border-radius: 6px; padding: 4px 14px; }"
)
OK_STYLE = "QLabel { color: #0f5a1e; font-weight: bold; }"
ERROR_STYLE = "QLabel { color: #b3261e; font-weight: bold; }"
MUTED = "QLabel { color: #5f6b7a; }"
FLAG_ON = "QPushButton { background: #b3261e; color: #ffffff; font-weight: bold; }"
READER_STYLE = (
    "QFrame#ballotReader { border: 2px solid #cfd8e3; border-radius: 6px; }"
    "QFrame#ballotReader:focus { border: 2px solid #1f5fbf; }"
)
BANNER_STYLE = (
    "QLabel { color: #ffffff; background: #1f3f73; border-radius: 6px; padding: 6px 12px; }"
)
STRUCK_COLOUR = "#b3261e"
VOID_COLOUR = "#8a5300"
AGREE_COLOUR = "#1e7b34"

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
FLAG_KEYS = {
    Qt.Key.Key_F5: "not_issued",
    Qt.Key.Key_F6: "write_in",
    Qt.Key.Key_F7: "identifying_mark",
}
SINGLE_KEYS = {1: Mark.AGREE, 2: Mark.DISAGREE, 3: Mark.BOTH, 0: Mark.NONE}
CYCLE = (Mark.AGREE, Mark.DISAGREE, Mark.BOTH, Mark.NONE)


# --- words ----------------------------------------------------------------------------


def reason_label(code: str) -> str:
    """The short name of an invalid reason (a column, a totals field)."""
    labels = {
        rules.NOT_ISSUED: QCoreApplication.translate("BallotEntry", "Not issued by the committee"),
        rules.TOO_MANY: QCoreApplication.translate("BallotEntry", "More names chosen than seats"),
        rules.NONE_CHOSEN: QCoreApplication.translate("BallotEntry", "Every name struck"),
        rules.SINGLE_BOTH_MARKED: QCoreApplication.translate(
            "BallotEntry", "Both boxes marked (one-person list)"
        ),
        rules.SINGLE_UNMARKED: QCoreApplication.translate(
            "BallotEntry", "No box marked (one-person list)"
        ),
        rules.WRITE_IN: QCoreApplication.translate("BallotEntry", "A name written in"),
        rules.IDENTIFYING_MARK: QCoreApplication.translate("BallotEntry", "Identifying mark"),
        rules.OTHER: QCoreApplication.translate("BallotEntry", "Other reason"),
    }
    return labels.get(code, code)


def reason_text(code: str, *, chosen: int = 0, seats: int = 0, words: str | None = None) -> str:
    """Why a paper is invalid, in a sentence (docs/domain/rules.md 4.4); ``words``: the
    tellers' own words for a reason no code names (``rules.OTHER``)."""
    if code == rules.TOO_MANY:
        return (
            QCoreApplication.translate(
                "BallotEntry", "It chooses %1 names for %2 seats: more than the seats."
            )
            .replace("%1", str(chosen))
            .replace("%2", str(seats))
        )
    texts = {
        rules.NOT_ISSUED: QCoreApplication.translate(
            "BallotEntry",
            "It was not issued by the vote-counting committee (no stamp, or a foreign paper).",
        ),
        rules.NONE_CHOSEN: QCoreApplication.translate(
            "BallotEntry", "Every name is struck: the paper chooses no one."
        ),
        rules.SINGLE_BOTH_MARKED: QCoreApplication.translate(
            "BallotEntry", "One-person list: both boxes are marked."
        ),
        rules.SINGLE_UNMARKED: QCoreApplication.translate(
            "BallotEntry", "One-person list: no box is marked."
        ),
        rules.WRITE_IN: QCoreApplication.translate(
            "BallotEntry", "A name that is not on the list was written in."
        ),
        rules.IDENTIFYING_MARK: QCoreApplication.translate(
            "BallotEntry", "It carries a signature, a mark or writing that identifies the voter."
        ),
    }
    if code in texts:
        return texts[code]
    if code == rules.OTHER and words:
        code = words
    return QCoreApplication.translate("BallotEntry", "Other reason: %1").replace("%1", code)


def mark_label(mark: Mark) -> str:
    labels = {
        Mark.AGREE: QCoreApplication.translate("BallotEntry", "✓ agree"),
        Mark.DISAGREE: QCoreApplication.translate("BallotEntry", "✗ disagree"),
        Mark.BOTH: QCoreApplication.translate("BallotEntry", "both boxes (void)"),
        Mark.NONE: QCoreApplication.translate("BallotEntry", "no box (void)"),
    }
    return labels[mark]


def _set_role(item: QTableWidgetItem, role: Qt.ItemDataRole, value: object) -> None:
    """Set ``role`` only when it changes (None: the view's default)."""
    if item.data(role) != value:
        item.setData(role, value)


def numbers_text(numbers: Sequence[int]) -> str:
    return ", ".join(str(n) for n in numbers)


def reading_summary(row: BallotRow | None, round_row: RoundRow, *, flags: bool = True) -> str:
    """A stored paper in a few words: what was struck or marked, and the flags."""
    if row is None:
        return QCoreApplication.translate("BallotEntry", "(not entered)")
    position = {c.member_id: c.position for c in round_row.candidates}
    parts: list[str] = []
    if row.chosen is not None:
        kept = {position[m] for m in row.chosen if m in position}
        struck = [p for p in range(1, len(round_row.candidates) + 1) if p not in kept]
        parts.append(
            QCoreApplication.translate("BallotEntry", "struck %1").replace(
                "%1", numbers_text(struck)
            )
            if struck
            else QCoreApplication.translate("BallotEntry", "none struck")
        )
    elif row.marks is not None:
        if len(round_row.candidates) == 1:
            only = round_row.candidates[0].member_id
            parts.append(mark_label(row.marks.get(only, Mark.NONE)))
        else:
            odd = [
                f"{c.position} {mark_label(row.marks.get(c.member_id, Mark.NONE))}"
                for c in round_row.candidates
                if row.marks.get(c.member_id, Mark.NONE) is not Mark.AGREE
            ]
            parts.append(
                "; ".join(odd) if odd else QCoreApplication.translate("BallotEntry", "all agree")
            )
    for flag, key in (
        (row.not_issued, rules.NOT_ISSUED),
        (row.write_in, rules.WRITE_IN),
        (row.identifying_mark, rules.IDENTIFYING_MARK),
    ):
        if flag and flags:
            parts.append(reason_label(key))
    if row.other_reason and flags:
        parts.append(row.other_reason)
    return " · ".join(parts)


def verdict_words(row: BallotRow) -> str:
    if row.valid:
        return QCoreApplication.translate("BallotEntry", "valid")
    label = reason_label(row.reason or "")
    if row.reason == rules.OTHER and row.other_reason:
        label = f"{label} ({row.other_reason})"
    return QCoreApplication.translate("BallotEntry", "invalid: %1").replace("%1", label)


def ballot_error_text(error: Exception, issued: int | None = None) -> str:
    """Words for the refusals of ballot entry; nothing was stored."""
    if isinstance(error, ValidationError):
        key = (error.code, error.field)
        value = str(error.value)
        texts = {
            ("duplicate", "serial"): QCoreApplication.translate(
                "BallotEntry", "Paper No. %1 is already entered."
            ),
            ("above_issued", "serial"): QCoreApplication.translate(
                "BallotEntry", "There is no paper No. %1: only %2 were issued."
            ),
            ("above_issued", "collected"): QCoreApplication.translate(
                "BallotEntry", "All %2 papers issued are already entered."
            ),
            ("invalid_count", "serial"): QCoreApplication.translate(
                "BallotEntry", "Paper numbers start at 1."
            ),
            ("not_started", "round_id"): QCoreApplication.translate(
                "BallotEntry", "The ballots of this round have not been issued yet."
            ),
            ("unknown_reason", "other_reason"): QCoreApplication.translate(
                "BallotEntry", "“%1” is not a known invalid reason."
            ),
            ("unknown_candidate", "chosen"): QCoreApplication.translate(
                "BallotEntry", "A name that is not on the list."
            ),
            ("unknown_candidate", "marks"): QCoreApplication.translate(
                "BallotEntry", "A name that is not on the list."
            ),
            ("totals_entered", "round_id"): QCoreApplication.translate(
                "BallotEntry",
                "The totals of a tally sheet are recorded for this round: clear them before "
                "entering papers.",
            ),
            ("announced", "round_id"): QCoreApplication.translate(
                "BallotEntry",
                "The result of this round is announced: the papers can no longer change.",
            ),
            ("second_pass_finished", "round_id"): QCoreApplication.translate(
                "BallotEntry", "The second pass is finished: reopen it to type more papers."
            ),
        }
        if key in texts:
            text = texts[key].replace("%1", value).replace("%2", str(issued or ""))
            return text + " " + QCoreApplication.translate("BallotEntry", "Nothing was stored.")
    return describe(error)


# --- the reading of one paper ---------------------------------------------------------


class Refused(Exception):
    """A key that cannot apply to this list; ``text`` says why (nothing changed)."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text


@dataclass
class Draft:
    """The paper being typed: positions are 1-based ballot order."""

    size: int
    form: BallotForm
    struck: frozenset[int] = frozenset()
    marks: Mapping[int, Mark] = field(default_factory=dict)
    not_issued: bool = False
    write_in: bool = False
    identifying_mark: bool = False
    other_reason: str | None = None
    pending: str = ""  # the first digit of a two-digit number
    history: list[Draft] = field(default_factory=list, repr=False, compare=False)

    @property
    def single(self) -> bool:
        return self.form is BallotForm.NO_SURPLUS and self.size == 1

    @property
    def width(self) -> int:
        """Digits per name number: 1 up to 9 names, then 2 (01 … 99)."""
        return 1 if self.size <= 9 or self.single else len(str(self.size))

    @property
    def empty(self) -> bool:
        return self == Draft(self.size, self.form)

    def mark(self, position: int) -> Mark:
        return self.marks.get(position, Mark.AGREE)

    def _save(self) -> None:
        self.history.append(replace(self, history=[]))

    def _restore(self, old: Draft) -> None:
        for name in ("struck", "marks", "not_issued", "write_in", "identifying_mark"):
            setattr(self, name, getattr(old, name))
        self.other_reason = old.other_reason
        self.pending = old.pending

    def digit(self, value: int) -> None:
        """One digit key; raises ``Refused`` for a number not on the list."""
        if self.single:
            if value not in SINGLE_KEYS:
                raise Refused(
                    QCoreApplication.translate(
                        "BallotEntry",
                        "On a one-person list: 1 agree, 2 disagree, 3 both, 0 no box.",
                    )
                )
            self._save()
            self.marks = {1: SINGLE_KEYS[value]}
            return
        typed = self.pending + str(value)
        if len(typed) < self.width:
            if int(typed) * 10 ** (self.width - len(typed)) > self.size:
                raise Refused(self._no_such(typed + "…"))
            self._save()
            self.pending = typed
            return
        number = int(typed)
        if not 1 <= number <= self.size:
            if self.pending:
                self._save()
                self.pending = ""
            raise Refused(self._no_such(typed))
        self._save()
        self.pending = ""
        if self.form is BallotForm.SURPLUS:
            self.struck = self.struck ^ {number}
        else:
            following = CYCLE[(CYCLE.index(self.mark(number)) + 1) % len(CYCLE)]
            self.marks = {**self.marks, number: following}

    def _no_such(self, typed: str) -> str:
        return (
            QCoreApplication.translate(
                "BallotEntry", "There is no name number %1 on this list (1–%2)."
            )
            .replace("%1", typed)
            .replace("%2", str(self.size))
        )

    def toggle(self, flag: str) -> None:
        self._save()
        setattr(self, flag, not getattr(self, flag))

    def set_other(self, text: str | None) -> None:
        self._save()
        self.other_reason = text or None

    def back(self) -> bool:
        """Backspace: take back the last key of this paper."""
        if not self.history:
            return False
        self._restore(self.history.pop())
        return True

    def reading(self, members: Sequence[MemberId]) -> dict[str, Any]:
        """The keyword arguments of ``enter_ballot`` / ``resolve_mismatch``."""
        out: dict[str, Any] = {
            "not_issued": self.not_issued,
            "write_in": self.write_in,
            "identifying_mark": self.identifying_mark,
            "other_reason": self.other_reason,
        }
        if self.form is BallotForm.SURPLUS:
            out["chosen"] = [m for p, m in enumerate(members, 1) if p not in self.struck]
        else:
            out["marks"] = {m: self.mark(p) for p, m in enumerate(members, 1)}
        return out

    def ballot(self, names: Sequence[str]) -> Ballot:
        """The paper as ``rules.ballots.classify`` reads it."""
        common: dict[str, Any] = {
            "not_issued": self.not_issued,
            "write_in": self.write_in,
            "identifying_mark": self.identifying_mark,
        }
        if self.form is BallotForm.SURPLUS:
            chosen = frozenset(n for p, n in enumerate(names, 1) if p not in self.struck)
            return Ballot(self.form, chosen=chosen, **common)
        marks = {n: self.mark(p) for p, n in enumerate(names, 1)}
        return Ballot(self.form, marks=marks, **common)

    def classify(self, round_row: RoundRow) -> Classified:
        """The verdict of the core's rules on this reading: another reason in
        the tellers' words counts under ``rules.OTHER``."""
        ballot = replace(self.ballot(round_row.names), other_reason=self.other_reason)
        return rules.classify(
            ballot,
            round_row.names,
            round_row.limit,
            single_unmarked_invalid=round_row.single_unmarked_invalid,
        )


# --- the reader widget ----------------------------------------------------------------


class BallotReader(QFrame):
    """The list numbered in ballot order, the keys, and the live verdict of one paper.

    Takes the keyboard (it is the focus widget while papers are typed). Signals:
    ``submitted`` on Enter, ``serial_requested`` on ``#`` / F2, ``refused(str)``
    for a key that cannot apply (nothing changed), ``changed`` after any key.
    """

    submitted = Signal()
    serial_requested = Signal()
    refused = Signal(str)
    changed = Signal()
    escaped = Signal()  # Esc on an empty paper: the host may move the keyboard away

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ballotReader")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setStyleSheet(READER_STYLE)
        self.round_row: RoundRow | None = None
        self.draft: Draft | None = None
        self._votes: Mapping[str, int] | None = None
        self._build()
        self.set_round(None)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        self.hint_label = wrapping_label("formHint")
        scale_font(self.hint_label, 1.1, bold=True)
        layout.addWidget(self.hint_label)
        self._build_table(layout)
        self._build_verdict(layout)
        self._build_flags(layout)
        self.keys_label = wrapping_label("keysLabel")
        self.keys_label.setStyleSheet("QLabel { color: #3d4a5c; }")
        scale_font(self.keys_label, 1.05)
        layout.addWidget(self.keys_label)

    def _build_table(self, layout: QVBoxLayout) -> None:
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("candidateTable")
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setHorizontalHeaderLabels(
            [self.tr("No."), self.tr("Full name"), self.tr("On this paper"), self.tr("Votes")]
        )
        scale_font(self.table, 1.35)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        # Sized once per round (``_size_columns``): ResizeToContents re-measured every
        # row on every cell set, about 110 ms of each key on a 60-name list.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        self._sized_for: tuple[object, ...] | None = None
        layout.addWidget(self.table, 1)

    def _build_verdict(self, layout: QVBoxLayout) -> None:
        verdict_row = QHBoxLayout()
        self.closed = False
        self.verdict_label = QLabel()
        self.verdict_label.setObjectName("verdictLabel")
        self.verdict_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        scale_font(self.verdict_label, 1.6, bold=True)
        widest = max(
            self.verdict_label.fontMetrics().horizontalAdvance(text)
            for text in (self.tr("VALID"), self.tr("INVALID"))
        )
        self.verdict_label.setMinimumWidth(max(160, widest + 40))  # the padding of the style
        self.verdict_label.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
        self.why_label = wrapping_label("whyLabel")
        scale_font(self.why_label, 1.15)
        verdict_row.addWidget(self.verdict_label)
        verdict_row.addWidget(self.why_label, 1)
        layout.addLayout(verdict_row)
        self.pending_label = wrapping_label("pendingLabel")
        self.pending_label.setStyleSheet("QLabel { color: #1f5fbf; font-weight: bold; }")
        scale_font(self.pending_label, 1.2, bold=True)
        layout.addWidget(self.pending_label)

    def _build_flags(self, layout: QVBoxLayout) -> None:
        flags = QGridLayout()
        self.flag_buttons: dict[str, QPushButton] = {}
        for column, (key, flag, text) in enumerate(
            (
                ("F5", "not_issued", self.tr("Not issued by the committee")),
                ("F6", "write_in", self.tr("Name written in")),
                ("F7", "identifying_mark", self.tr("Identifying mark")),
                ("F8", "other_reason", self.tr("Other reason…")),
            )
        ):
            button = QPushButton(f"{key}  {text}")
            button.setObjectName(f"flag_{flag}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setCheckable(True)
            button.setMinimumHeight(34)
            button.clicked.connect(lambda _c=False, f=flag: self._flag_clicked(f))
            self.flag_buttons[flag] = button
            flags.addWidget(button, column // 2, column % 2)
        layout.addLayout(flags)
        self.other_edit = QLineEdit()
        self.other_edit.setObjectName("otherReasonEdit")
        self.other_edit.setMaxLength(MAX_OTHER)
        self.other_edit.setPlaceholderText(
            self.tr("Other reason, as written in the minutes; Enter keeps it, Esc cancels")
        )
        self.other_edit.installEventFilter(self)
        self.other_edit.hide()
        layout.addWidget(self.other_edit)

    # --- the round --------------------------------------------------------------------

    def set_round(self, round_row: RoundRow | None) -> None:
        """Show the list of ``round_row`` (None: nothing) and start a blank paper."""
        same = (
            round_row is not None
            and self.round_row is not None
            and round_row.id == self.round_row.id
            and round_row.candidates == self.round_row.candidates
        )
        self.round_row = round_row
        if not same:
            self.draft = Draft(len(round_row.candidates), round_row.form) if round_row else None
        self.hint_label.setText(self._hint())
        self.keys_label.setText(self._keys())
        self.setEnabled(round_row is not None)
        self._render()

    def set_votes(self, votes: Mapping[str, int] | None, *, render: bool = True) -> None:
        """Votes per name so far (column hidden when None: the blind second pass);
        ``render`` False: shown with the next change (``clear``, say)."""
        self._votes = votes
        self.table.setColumnHidden(COL_VOTES, votes is None)
        if render:
            self._render()

    def clear(self) -> None:
        if self.round_row is not None:
            self.draft = Draft(len(self.round_row.candidates), self.round_row.form)
        self.other_edit.hide()
        self._render()

    def reading(self) -> dict[str, Any]:
        """The reading typed so far, as ``enter_ballot`` keywords."""
        assert self.round_row is not None and self.draft is not None
        return self.draft.reading([c.member_id for c in self.round_row.candidates])

    def _hint(self) -> str:
        row = self.round_row
        if row is None:
            return self.tr("No round selected.")
        n = len(row.candidates)
        if row.form is BallotForm.SURPLUS:
            text = self.tr(
                "Surplus list, %1 names for %2 seats: type the numbers of the STRUCK names."
            )
        elif n == 1:
            text = self.tr(
                "One-person list: 1 agree (already set) · 2 disagree · 3 both boxes · 0 no box."
            )
        else:
            text = self.tr(
                "No-surplus list, %1 names for %2 seats: every name starts as “agree”; "
                "type a name's number to step its mark."
            )
        return text.replace("%1", str(n)).replace("%2", str(row.seats))

    def _keys(self) -> str:
        row = self.round_row
        if row is None:
            return ""
        n = len(row.candidates)
        lines = []
        if row.form is BallotForm.SURPLUS:
            if n <= 9:
                lines.append(
                    self.tr("1–%1: strike a name, again to un-strike it.").replace("%1", str(n))
                )
            else:
                lines.append(
                    self.tr(
                        "Two digits per name (01, 02 … %1): strike a name, again to un-strike it."
                    ).replace("%1", str(n))
                )
        elif n > 1:
            first = "1–%1" if n <= 9 else "01–%1"
            lines.append(
                self.tr("%1: agree → disagree → both boxes → no box → agree.").replace(
                    "%1", first.replace("%1", str(n))
                )
            )
        lines.append(
            self.tr(
                "Enter: store the paper · Backspace: take back the last key · Esc: clear the paper"
            )
        )
        lines.append(
            self.tr(
                "# or F2: paper number (only when the stack is out of order) · "
                "Ctrl+Z: take back the last paper stored"
            )
        )
        return "\n".join(lines)

    # --- showing ----------------------------------------------------------------------

    def _size_columns(self) -> None:
        """Once per round: each narrow column as wide as the widest text it can hold."""
        row = self.round_row
        issued = (row.issued or 0) if row is not None else 0
        key = (row.id, len(row.candidates), issued) if row is not None else None
        if key == self._sized_for:
            return
        self._sized_for = key
        count = len(row.candidates) if row is not None else 0
        marks = [mark_label(mark) for mark in Mark]
        texts = {
            COL_NUMBER: [str(max(count, 1))],
            COL_READING: [self.tr("STRUCK"), *marks],
            COL_VOTES: [str(max(issued, count, 1))],
        }
        cells = self.table.fontMetrics()
        heads = self.table.horizontalHeader().fontMetrics()
        for column, values in texts.items():
            head = self.table.horizontalHeaderItem(column)
            widest = max(
                [cells.horizontalAdvance(text) for text in values]
                + [heads.horizontalAdvance(head.text() if head else "")]
            )
            self.table.horizontalHeader().resizeSection(column, widest + 24)

    def _set_cell(self, row: int, column: int, text: str) -> QTableWidgetItem:
        """The cell's item, its text set only when it differs (a repaint, no new item)."""
        item = self.table.item(row, column)
        if item is None:
            item = QTableWidgetItem(text)
            if column == COL_NUMBER:
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            elif column == COL_VOTES:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, column, item)
        elif item.text() != text:
            item.setText(text)
        return item

    def _render(self) -> None:
        row, draft = self.round_row, self.draft
        candidates = row.candidates if row else ()
        self._size_columns()
        if self.table.rowCount() != len(candidates):
            self.table.setRowCount(len(candidates))
        struck_font = QFont(self.table.font())
        struck_font.setStrikeOut(True)
        for index, candidate in enumerate(candidates):
            number = self._set_cell(index, COL_NUMBER, str(candidate.position))
            name = self._set_cell(index, COL_NAME, candidate.full_name)
            reading = self._set_cell(index, COL_READING, self._cell(candidate.position))
            self._set_cell(
                index,
                COL_VOTES,
                str(self._votes.get(str(candidate.member_id), 0)) if self._votes else "0",
            )
            colour = self._colour(candidate.position)
            for item in (number, name, reading):
                _set_role(item, Qt.ItemDataRole.ForegroundRole, QColor(colour) if colour else None)
            struck = draft is not None and candidate.position in draft.struck
            _set_role(name, Qt.ItemDataRole.FontRole, struck_font if struck else None)
        self._render_verdict()
        for flag, button in self.flag_buttons.items():
            on = bool(draft is not None and getattr(draft, flag))
            button.setChecked(on)
            button.setStyleSheet(FLAG_ON if on else "")
        other = draft.other_reason if draft else None
        self.flag_buttons["other_reason"].setToolTip(other or "")
        self.pending_label.setText(
            self.tr("Name number %1_ (type the second digit)").replace("%1", draft.pending)
            if draft is not None and draft.pending
            else ""
        )

    def _cell(self, position: int) -> str:
        draft = self.draft
        if draft is None:
            return ""
        if draft.form is BallotForm.SURPLUS:
            return self.tr("STRUCK") if position in draft.struck else ""
        return mark_label(draft.mark(position))

    def _colour(self, position: int) -> str:
        draft = self.draft
        if draft is None:
            return ""
        if draft.form is BallotForm.SURPLUS:
            return STRUCK_COLOUR if position in draft.struck else ""
        mark = draft.mark(position)
        if mark is Mark.AGREE:
            return AGREE_COLOUR
        return STRUCK_COLOUR if mark is Mark.DISAGREE else VOID_COLOUR

    def verdict(self) -> Classified | None:
        if self.round_row is None or self.draft is None:
            return None
        return self.draft.classify(self.round_row)

    def set_closed(self, closed: bool) -> None:
        """No paper can be stored now (all in, announced, …): no verdict to show."""
        if closed != self.closed:
            self.closed = closed
            self._render_verdict()

    def _render_verdict(self) -> None:
        verdict = None if self.closed else self.verdict()
        row, draft = self.round_row, self.draft
        if verdict is None or row is None or draft is None:
            self.verdict_label.setText("")
            self.verdict_label.setStyleSheet(IDLE_STYLE)
            self.verdict_label.setProperty("valid", None)
            self.why_label.clear()
            return
        self.verdict_label.setProperty("valid", verdict.valid)
        if not verdict.valid:
            chosen = len(row.candidates) - len(draft.struck)
            if draft.form is BallotForm.NO_SURPLUS:
                chosen = sum(draft.mark(p) is Mark.AGREE for p in range(1, draft.size + 1))
            self.verdict_label.setText(self.tr("INVALID"))
            self.verdict_label.setStyleSheet(INVALID_STYLE)
            self.why_label.setText(
                reason_text(
                    verdict.reason or "", chosen=chosen, seats=row.limit, words=draft.other_reason
                )
            )
            return
        self.verdict_label.setText(self.tr("VALID"))
        self.verdict_label.setStyleSheet(VALID_STYLE)
        chosen_numbers = [c.position for c in row.candidates if str(c.member_id) in verdict.votes]
        if not chosen_numbers:
            why = self.tr("It counts for no one.")
        elif draft.single or len(chosen_numbers) == len(row.candidates):
            why = self.tr("It counts for %1 of %2 names.")
        else:
            why = self.tr("It counts for %1 of %2 names: %3.")
        why = (
            why.replace("%1", str(len(chosen_numbers)))
            .replace("%2", str(len(row.candidates)))
            .replace("%3", numbers_text(chosen_numbers))
        )
        void = [p for p in range(1, draft.size + 1) if draft.mark(p) in (Mark.BOTH, Mark.NONE)]
        if draft.form is BallotForm.NO_SURPLUS and not draft.single and void:
            why += " " + self.tr(
                "The mark for %1 is void; the paper counts for the others (Điều 30)."
            ).replace("%1", numbers_text(void))
        self.why_label.setText(why)

    # --- keys -------------------------------------------------------------------------

    def handles(self, event: QKeyEvent) -> bool:
        """Whether this key is one of the reader's (so a tab's shortcut does not take it)."""
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            return False
        key = event.key()
        return (
            Qt.Key.Key_0 <= key <= Qt.Key.Key_9
            or key in ENTER_KEYS
            or key in FLAG_KEYS
            or key
            in (
                Qt.Key.Key_F8,
                Qt.Key.Key_F2,
                Qt.Key.Key_NumberSign,
                Qt.Key.Key_Backspace,
                Qt.Key.Key_Escape,
            )
        )

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and self.handles(event)
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.draft is None or not self.handles(event):
            super().keyPressEvent(event)
            return
        key = event.key()
        try:
            if Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
                self.draft.digit(int(key) - int(Qt.Key.Key_0))
            elif key in ENTER_KEYS:
                if self.draft.pending:
                    raise Refused(
                        self.tr(
                            "Name number %1_ is half typed: type its second digit or Backspace."
                        ).replace("%1", self.draft.pending)
                    )
                self.submitted.emit()
                return
            elif key in FLAG_KEYS:
                self.draft.toggle(FLAG_KEYS[Qt.Key(key)])
            elif key == Qt.Key.Key_F8:
                self.ask_other()
                return
            elif key in (Qt.Key.Key_F2, Qt.Key.Key_NumberSign):
                self.serial_requested.emit()
                return
            elif key == Qt.Key.Key_Backspace:
                self.draft.back()
            elif key == Qt.Key.Key_Escape:
                if self.draft.empty:
                    self.escaped.emit()
                    return
                self.clear()
        except Refused as refusal:
            self._render()
            self.refused.emit(refusal.text)
            return
        self._render()
        self.changed.emit()

    def _flag_clicked(self, flag: str) -> None:
        if self.draft is None:
            return
        if flag == "other_reason":
            self.ask_other()
        else:
            self.draft.toggle(flag)
            self._render()
            self.changed.emit()
        self.setFocus()

    def ask_other(self) -> None:
        """F8: the words of another reason; F8 again on a paper that has one removes it."""
        if self.draft is None:
            return
        if self.draft.other_reason:
            self.draft.set_other(None)
            self._render()
            self.changed.emit()
            return
        self.other_edit.clear()
        self.other_edit.show()
        self.other_edit.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.other_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in ENTER_KEYS:
                text = " ".join(self.other_edit.text().split())
                if text and self.draft is not None:
                    self.draft.set_other(text)
                self._close_other()
                return True
            if event.key() == Qt.Key.Key_Escape:
                self._close_other()
                return True
        return super().eventFilter(watched, event)

    def _close_other(self) -> None:
        self.other_edit.hide()
        self.setFocus()
        self._render()
        self.changed.emit()


# --- the entry panel ------------------------------------------------------------------


def next_serial(used: set[int], issued: int) -> int | None:
    """The number the core gives a paper entered without one (``enter_ballot``).

    The paper after the last one entered; once the stack is past ``issued``,
    the first gap. None when every paper is in.
    """
    following = max(used, default=0) + 1
    if following <= issued:
        return following
    return next((n for n in range(1, issued + 1) if n not in used), None)


def papers(ctx: CongressContext, round_id: RoundId, pass_no: int) -> list[BallotRow]:
    """The papers of one pass (the first pass is the count)."""
    store = ctx.require()
    return elections.list_ballots(store, round_id, pass_no=pass_no)


class BallotEntryPanel(QWidget):
    """Paper-by-paper entry of one round; ``pass_no=2`` is the blind second pass.

    ``set_round(round_id, pass_no)`` chooses the round; ``focus_entry()`` gives
    the keyboard to the reader; ``entered(serial)`` is emitted after each paper
    is stored.
    """

    entered = Signal(int)

    def __init__(self, ctx: CongressContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ballotEntryPanel")
        self.ctx = ctx
        self.round_id: RoundId | None = None
        self.pass_no = 1
        self.round_row: RoundRow | None = None
        self.serial: int | None = None  # typed by the operator (stack out of order)
        self._papers: list[BallotRow] = []
        self._used: set[int] = set()  # the serials entered in this pass
        self._valid = 0
        self._votes: dict[str, int] = {}  # the running count (first pass)
        self._titles: dict[int, str] = {}  # election id → title
        self._storing = False  # inside ``store_paper``: its change is applied in place
        self._build()
        # Typed changes, routed by table (held while the panel is hidden); bound
        # methods, never lambdas: the connections die with the panel.
        ctx.changed.watch(self, PANEL_WATCHES, self._on_change)
        ctx.opened.connect(self.refresh)
        ctx.closed.connect(self._on_closed)

    def _on_closed(self) -> None:
        self.set_round(None)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.title_label = wrapping_label("roundTitle")
        scale_font(self.title_label, 1.3, bold=True)
        layout.addWidget(self.title_label)
        self.pass_banner = wrapping_label("passBanner")
        self.pass_banner.setStyleSheet(BANNER_STYLE)
        scale_font(self.pass_banner, 1.1, bold=True)
        self.pass_banner.setText(
            self.tr("SECOND PASS (blind): type the same stack again; the first pass is not shown.")
        )
        self.pass_banner.hide()
        layout.addWidget(self.pass_banner)

        body = QHBoxLayout()
        self.reader = BallotReader()
        body.addWidget(self.reader, 3)
        side = QVBoxLayout()
        side.addWidget(self._build_serial())
        self._build_totals(side)
        body.addLayout(side, 2)
        layout.addLayout(body, 1)

        self.feedback = wrapping_label("entryFeedback")
        scale_font(self.feedback, 1.15, bold=True)
        self.feedback.setMinimumHeight(self.feedback.fontMetrics().height() * 2 + 4)
        layout.addWidget(self.feedback)

        self.reader.submitted.connect(self.store_paper)
        self.reader.serial_requested.connect(self.ask_serial)
        self.reader.refused.connect(self._refused)
        self.reader.changed.connect(self._typed)
        self._just_stored = False  # the last key stored a paper: nothing typed since
        self.setFocusProxy(self.reader)

    def _build_serial(self) -> QFrame:
        """The number of the paper being typed (follows the stack, or typed by hand)."""
        serial_box = QFrame()
        serial_box.setObjectName("serialBox")
        serial_box.setStyleSheet(
            "QFrame#serialBox { background: #f4f7fb; border: 1px solid #cfd8e3;"
            " border-radius: 6px; }"
        )
        serial_layout = QVBoxLayout(serial_box)
        caption = QLabel(self.tr("Paper No."))
        caption.setStyleSheet(MUTED)
        serial_layout.addWidget(caption)
        self.serial_label = QLabel()
        self.serial_label.setObjectName("serialLabel")
        scale_font(self.serial_label, 2.4, bold=True)
        serial_layout.addWidget(self.serial_label)
        self.serial_note = wrapping_label("serialNote")
        self.serial_note.setStyleSheet(MUTED)
        serial_layout.addWidget(self.serial_note)
        self.serial_edit = QLineEdit()
        self.serial_edit.setObjectName("serialEdit")
        self.serial_edit.setValidator(QIntValidator(1, 99999, self.serial_edit))
        self.serial_edit.setPlaceholderText(self.tr("Number on the paper; Enter, or Esc"))
        scale_font(self.serial_edit, 1.4, bold=True)
        self.serial_edit.installEventFilter(self)
        self.serial_edit.hide()
        serial_layout.addWidget(self.serial_edit)
        return serial_box

    def _build_totals(self, side: QVBoxLayout) -> None:
        """The running totals and the last papers entered."""
        self.totals_label = QLabel()
        self.totals_label.setObjectName("totalsLabel")
        self.totals_label.setTextFormat(Qt.TextFormat.RichText)
        self.totals_label.setWordWrap(True)
        self.totals_label.setStyleSheet(
            "QLabel { background: #ffffff; border: 1px solid #cfd8e3; border-radius: 6px;"
            " padding: 6px 10px; }"
        )
        scale_font(self.totals_label, 1.4)
        side.addWidget(self.totals_label)

        recent_caption = QLabel(self.tr("Last papers entered"))
        recent_caption.setStyleSheet(MUTED)
        side.addWidget(recent_caption)
        self.recent = QListWidget()
        self.recent.setObjectName("recentList")
        self.recent.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.recent.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.recent.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.recent.setWordWrap(True)
        self.recent.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scale_font(self.recent, 1.1)
        side.addWidget(self.recent, 1)

    def _refused(self, text: str) -> None:
        self._say(text, ok=False)

    # --- public -----------------------------------------------------------------------

    def set_round(self, round_id: int | None, pass_no: int = 1) -> None:
        """Enter the papers of ``round_id`` (None: nothing); ``pass_no`` 2 = blind."""
        if pass_no not in (1, 2):
            raise ValueError(pass_no)
        changed = round_id != self.round_id or pass_no != self.pass_no
        self.round_id = RoundId(round_id) if round_id is not None else None
        self.pass_no = pass_no
        if changed:
            self.serial = None
            self.serial_edit.hide()
            self.reader.set_round(None)
            self._say("", ok=True)
        self.refresh()

    def focus_entry(self) -> None:
        self.reader.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- reading ----------------------------------------------------------------------

    def _on_change(self, change: Change) -> None:
        if self._storing:
            return  # the paper just stored is appended by ``store_paper`` (issue #16)
        if self._taken_back(change):
            return
        self.refresh()

    def _taken_back(self, change: Change) -> bool:
        """Papers of this pass deleted and nothing else (a paper undone): dropped from
        what is shown, the count read once; the round and its papers are not read again."""
        if change.unknown or change.tables != {"ballot"} or not change.images:
            return False
        gone: set[int] = set()
        for table, _key, before, after in change.images:
            if table != "ballot" or after is not None or before is None:
                return False
            gone.add(int(before["id"]))
        if self.round_row is None or not gone <= {int(p.id) for p in self._papers}:
            return False
        self._papers = [p for p in self._papers if int(p.id) not in gone]
        self._used = {p.serial for p in self._papers}
        self._valid = sum(p.valid for p in self._papers)
        self._votes = self._count(self.round_row) if self.pass_no == 1 else {}
        self._show_serial()
        self._show_totals()
        self._show_recent()
        return True

    def refresh(self) -> None:
        store = self.ctx.store
        self.round_row = None
        self._papers = []
        if store is not None and self.round_id is not None:
            try:
                self.round_row = elections.get_round(store, self.round_id)
                # In the order entered: a paper stored here is appended (``_append``).
                self._papers = sorted(
                    papers(self.ctx, self.round_id, self.pass_no),
                    key=lambda p: (p.entered_at, p.id),
                )
            except SecretariatError:
                self.round_row = None
        row = self.round_row
        self._used = {p.serial for p in self._papers}
        self._valid = sum(p.valid for p in self._papers)
        self._votes = self._count(row) if self.pass_no == 1 else {}
        self.pass_banner.setVisible(self.pass_no == 2 and row is not None)
        self.reader.set_round(row)
        self.title_label.setText(self._title_text(row))
        self._show_serial()
        self._show_totals()
        self._show_recent()

    def _count(self, row: RoundRow | None) -> dict[str, int]:
        """The votes per name of the papers stored (first pass), read once per refresh."""
        if row is None or row.issued is None:
            return {}
        try:
            return dict(elections.count(self.ctx.require(), row.id).votes)
        except SecretariatError:
            return {name: 0 for name in row.names}

    def _append(self, entry: BallotEntry) -> None:
        """A paper this panel stored: added to what is shown without reading the round
        again (the running totals move by its votes)."""
        paper = entry.row
        self._papers.append(paper)
        self._used.add(paper.serial)
        if paper.valid:
            self._valid += 1
        if self.pass_no == 1:
            for name in entry.classified.votes:
                self._votes[name] = self._votes.get(name, 0) + 1
        self._show_totals(render=False)  # the reader shows them with the next blank paper
        self._show_recent()

    def _title_text(self, row: RoundRow | None) -> str:
        if row is None:
            return self.tr("No round selected.")
        if int(row.election_id) not in self._titles:
            store = self.ctx.require()
            self._titles = {int(e.id): e.title for e in elections.list_elections(store)}
        title = self._titles.get(int(row.election_id), "")
        return (
            self.tr("%1 — round %2, %3 seats")
            .replace("%1", title)
            .replace("%2", str(row.round_no))
            .replace("%3", str(row.seats))
        )

    def expected_serial(self) -> int | None:
        """The number the next paper gets: typed, or the one after the last entered."""
        if self.serial is not None:
            return self.serial
        row = self.round_row
        if row is None or row.issued is None:
            return None
        return next_serial(self._used, row.issued)

    def _show_serial(self) -> None:
        row = self.round_row
        number = self.expected_serial()
        self.serial_label.setText(str(number) if number is not None else "—")
        self.reader.set_closed(
            row is None
            or row.issued is None
            or row.announced
            or (self.pass_no == 2 and row.second_pass_finished)
            or row.entry_mode == EntryMode.TOTALS
            or number is None
        )
        if row is None:
            self.serial_note.setText("")
        elif row.issued is None:
            self.serial_note.setText(self.tr("The ballots have not been issued yet."))
        elif row.announced:
            self.serial_note.setText(self.tr("The result is announced."))
        elif self.pass_no == 2 and row.second_pass_finished:
            self.serial_note.setText(self.tr("The second pass is finished."))
        elif row.entry_mode == EntryMode.TOTALS:
            self.serial_note.setText(self.tr("Totals from a tally sheet are recorded instead."))
        elif number is None:
            self.serial_note.setText(self.tr("Every paper issued is entered."))
        elif self.serial is not None:
            self.serial_note.setText(
                self.tr("Typed by hand (Esc in the field: back to the stack).")
            )
        else:
            self.serial_note.setText(self.tr("Follows the stack; # or F2 to type another."))

    def _show_totals(self, *, render: bool = True) -> None:
        row = self.round_row
        if row is None or row.issued is None:
            self.totals_label.setText("")
            self.reader.set_votes(None if self.pass_no == 2 else {})
            return
        entered = len(self._papers)
        remaining = row.issued - entered
        if self.pass_no == 2:
            self.reader.set_votes(None, render=render)
            self.totals_label.setText(
                self.tr("Second pass: <b>%1</b> of %2 papers typed · <b>%3</b> to go")
                .replace("%1", str(entered))
                .replace("%2", str(row.issued))
                .replace("%3", str(remaining))
            )
            return
        valid = self._valid
        self.reader.set_votes(self._votes, render=render)
        self.totals_label.setText(
            self.tr(
                "Collected <b>%1</b> / %2 issued<br>Valid <b>%3</b> · invalid <b>%4</b><br>"
                "Papers remaining <b>%5</b>"
            )
            .replace("%1", str(entered))
            .replace("%2", str(row.issued))
            .replace("%3", str(valid))
            .replace("%4", str(entered - valid))
            .replace("%5", str(remaining))
        )

    def _show_recent(self) -> None:
        self.recent.clear()
        row = self.round_row
        if row is None:
            return
        for paper in reversed(self._papers[-MAX_RECENT:]):
            text = self.tr("No. %1 · %2").replace("%1", str(paper.serial))
            text = text.replace("%2", reading_summary(paper, row, flags=self.pass_no == 2))
            if self.pass_no == 1:
                text += f" · {verdict_words(paper)}"
            self.recent.addItem(text)
            if self.pass_no == 1 and not paper.valid:
                self.recent.item(self.recent.count() - 1).setForeground(QColor(STRUCK_COLOUR))

    # --- actions ----------------------------------------------------------------------

    def ask_serial(self) -> None:
        """``#`` / F2: type the number of a paper that is out of order."""
        if self.round_row is None or self.round_row.issued is None:
            return
        self.serial_edit.clear()
        self.serial_edit.show()
        self.serial_edit.setFocus()
        self._say(self.tr("Type the number printed on the paper, then Enter."), ok=True)

    def _take_serial(self) -> None:
        row = self.round_row
        text = self.serial_edit.text().strip()
        if row is None or row.issued is None or not text:
            self._close_serial()
            return
        number = int(text)
        if number in self._used:
            self._say(ballot_error_text(ValidationError("duplicate", "serial", number)), ok=False)
            self.serial_edit.selectAll()
            return
        if number > row.issued or number < 1:
            error = ValidationError("above_issued" if number else "invalid_count", "serial", number)
            self._say(ballot_error_text(error, row.issued), ok=False)
            self.serial_edit.selectAll()
            return
        self.serial = number
        self._close_serial()
        self._say(self.tr("The next paper is No. %1.").replace("%1", str(number)), ok=True)

    def _close_serial(self) -> None:
        self.serial_edit.hide()
        self._show_serial()
        self.focus_entry()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.serial_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in ENTER_KEYS:
                self._take_serial()
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.serial = None
                self._close_serial()
                self._say("", ok=True)
                return True
        return super().eventFilter(watched, event)

    def _typed(self) -> None:
        """A key typed on the paper: the last line said is done with."""
        self._say("", ok=True)
        self._just_stored = False

    def _confirm_empty(self) -> bool:
        return confirm_empty_paper(self, self.reader.draft, just_stored=self._just_stored)

    def store_paper(self) -> None:
        """Enter: store the paper as typed; refused, nothing is stored and the reading stays."""
        row = self.round_row
        if row is None or self.round_id is None:
            return
        if not self._confirm_empty():
            self._say(nothing_stored(), ok=False)
            self.focus_entry()
            return
        reading = self.reader.reading()
        self._storing = True
        try:
            entry = ballot_actions.enter_ballot(
                self.ctx, self.round_id, serial=self.serial, pass_no=self.pass_no, **reading
            )
        except SecretariatError as error:
            self._say(ballot_error_text(error, row.issued), ok=False)
            return
        finally:
            self._storing = False
        self.serial = None
        self._append(entry)
        self.reader.clear()
        self._show_serial()
        stored = entry.row
        if self.pass_no == 2:
            text = self.tr("Paper No. %1 typed.").replace("%1", str(stored.serial))
        elif stored.valid:
            text = self.tr("Paper No. %1 stored: valid.").replace("%1", str(stored.serial))
        else:
            text = (
                self.tr("Paper No. %1 stored: INVALID, %2.")
                .replace("%1", str(stored.serial))
                .replace("%2", reason_label(stored.reason or ""))
            )
        self._say(text, ok=True)
        self._just_stored = True
        self.focus_entry()
        self.entered.emit(stored.serial)

    def _say(self, text: str, *, ok: bool) -> None:
        self.feedback.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)
        self.feedback.setProperty("ok", ok if text else None)
        self.feedback.setText(text)


def nothing_stored() -> str:
    """What Enter says when the empty paper was not confirmed (the entry page, a station)."""
    return QCoreApplication.translate(
        "BallotEntryPanel", "Nothing stored: type the paper, then Enter."
    )


def confirm_empty_paper(parent: QWidget, draft: Draft | None, *, just_stored: bool) -> bool:
    """Enter on an empty paper: never an unmarked paper stored without a word.

    On a list with surplus, nothing struck keeps every name: an invalid paper
    ("bầu quá số lượng"), so Enter asks. On the agree / disagree form an empty
    paper agrees with every name (Enter alone is the fast way), but a second
    Enter in a row, with nothing typed since the last paper (``just_stored``),
    asks first. True: store it.
    """
    if draft is None or not draft.empty:
        return True
    if draft.form is BallotForm.SURPLUS:
        text = QCoreApplication.translate(
            "BallotEntryPanel",
            "Nothing is struck: every name is kept, more than the seats, so this paper "
            "is INVALID. Store it as an invalid paper?",
        )
    elif just_stored:
        text = QCoreApplication.translate(
            "BallotEntryPanel",
            "Nothing was typed since the last paper. Store another paper that agrees "
            "with every name?",
        )
    else:
        return True
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("BallotEntryPanel", "Empty paper"),
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
