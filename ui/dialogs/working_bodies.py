"""The congress's working bodies, elected by show of hands at its start.

One column per body: the presidium (Đoàn Chủ tịch, or a single Chủ tịch đại
hội), the secretariat (Đoàn Thư ký, or a single Thư ký đại hội) and, at a
delegates' congress, the credentials committee. Each is an ordered list of
members of the roster; the first presides and signs the minutes for the body
(docs/domain/procedure.md "Roles and bodies"; docs/domain/documents.md §2).

Everything works from the keyboard: typing a name (diacritics and case do not
matter) offers the members who match; Enter adds the highlighted one. In a
list, Delete removes the selected member and Alt+Up / Alt+Down move them; the
mnemonic of a column's title brings the keyboard to its picker. OK (or
Ctrl+Enter) writes every body in one undoable action through
``ui.commands.working_bodies_actions``; a refusal is shown and the dialog stays
open with everything chosen; Cancel changes nothing.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, QRect, QSize, Qt
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from secretariat.domain import Body, CongressKind, MemberId
from secretariat.errors import SecretariatError, ValidationError
from secretariat.rules import name_search
from secretariat.rules.collation import fold
from secretariat.services import congress, roster, working_bodies
from secretariat.services.working_bodies import MAX_SEATS
from ui.commands import working_bodies_actions
from ui.context import CongressContext
from ui.messages import describe
from ui.widgets.shortcuts import key_button, tab_action, wrapping_label

ID_ROLE = Qt.ItemDataRole.UserRole
NAME_ROLE = Qt.ItemDataRole.UserRole + 1
LIST_ROWS = 8  # a list shows this many names without scrolling
POPUP_MAX_WIDTH = 560  # the offers may be wider than the picker, up to this
NOTE_STYLE = "QLabel { color: #b3261e; }"
MUTED = "QLabel { color: #5f6b7a; }"


def body_title(body: Body, mnemonic: bool = False) -> str:
    """The body's name as the congress calls it (with its mnemonic, for a title)."""
    titles = {
        Body.PRESIDIUM: QCoreApplication.translate("WorkingBodies", "&Presidium"),
        Body.SECRETARIAT: QCoreApplication.translate("WorkingBodies", "&Secretariat"),
        Body.CREDENTIALS: QCoreApplication.translate("WorkingBodies", "C&redentials committee"),
    }
    text = titles[body]
    return text if mnemonic else text.replace("&", "")


def body_role(body: Body) -> str:
    """What the first member of the body does (shown under its picker)."""
    roles = {
        Body.PRESIDIUM: QCoreApplication.translate(
            "WorkingBodies", "The first presides over the congress and signs for the presidium."
        ),
        Body.SECRETARIAT: QCoreApplication.translate(
            "WorkingBodies", "The first keeps the minutes and signs them as the secretary."
        ),
        Body.CREDENTIALS: QCoreApplication.translate(
            "WorkingBodies", "The first presents the report on the delegates' credentials."
        ),
    }
    return roles[body]


def error_text(error: Exception) -> str:
    """Words for a refusal of ``working_bodies.set_bodies`` (others: ``describe``)."""
    if isinstance(error, ValidationError) and error.field in {b.value for b in Body}:
        body = body_title(Body(error.field))
        if error.code == "duplicate":
            return QCoreApplication.translate(
                "WorkingBodies", "%1 lists the same member twice."
            ).replace("%1", body)
        if error.code == "too_many":
            return (
                QCoreApplication.translate("WorkingBodies", "%1 has more than %2 members.")
                .replace("%1", body)
                .replace("%2", str(MAX_SEATS))
            )
    return describe(error)


def _word_starts(words: Sequence[str], folded: str) -> bool:
    """Whether each word typed begins a word of the name ("hang" → Hằng, not Thắng)."""
    name_words = folded.split()
    return all(any(n.startswith(w) for n in name_words) for w in words)


@dataclass(frozen=True, slots=True)
class Candidate:
    """A member of the roster as the picker offers them."""

    id: MemberId
    name: str
    detail: str  # the position (chức vụ), to tell namesakes apart
    folded: str  # the name without diacritics or case, for matching

    def label(self) -> str:
        return f"{self.name} — {self.detail}" if self.detail else self.name


class BodyEditor(QGroupBox):
    """One body: a picker over the roster and the ordered list of those chosen."""

    def __init__(
        self,
        body: Body,
        candidates: Sequence[Candidate],
        chosen: Sequence[tuple[MemberId, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(body_title(body, mnemonic=True), parent)
        self.body = body
        self.setObjectName(f"{body.value}_group")
        self._candidates = list(candidates)
        self._offered: list[Candidate] = []
        self._build_picker()
        self._build_list()
        self._lay_out()
        self._make_actions()
        self._show_note("")
        for member_id, name in chosen:
            self._append(member_id, name)
        self._renumber()
        self.list.setCurrentRow(0 if chosen else -1)
        self._update_enabled()

    def _build_picker(self) -> None:
        """The line where a name is typed, and the offers it pops up."""
        body = self.body
        # Created first, so the title's mnemonic gives it the keyboard.
        self.picker = QLineEdit()
        self.picker.setObjectName(f"{body.value}_picker")
        self.picker.setPlaceholderText(self.tr("Type a name, then Enter…"))
        self.picker.setClearButtonEnabled(True)
        self.picker.installEventFilter(self)
        self.picker.textEdited.connect(self._offer)
        # Enter while the offers show, none highlighted: the popup passes it on here.
        self.picker.returnPressed.connect(self.add_typed)
        self.add_button = key_button(self.tr("Add (Enter)"), f"{body.value}_add")
        self.add_button.clicked.connect(self.add_typed)

        # Driven by hand rather than by QLineEdit.setCompleter, because matching
        # ignores diacritics: the picker offers what ``name_search`` finds, unfiltered.
        self.offers = QStandardItemModel(self)
        self.completer = QCompleter(self.offers, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setWidget(self.picker)
        self.completer.setMaxVisibleItems(LIST_ROWS)
        # PySide6's stubs type the overloaded signal as one SignalInstance; the
        # QModelIndex overload is the one that carries the offer's id.
        activated: Any = self.completer.activated
        activated[QModelIndex].connect(self._on_activated)

    def _build_list(self) -> None:
        """The ordered list of those chosen, its buttons and the note under the picker."""
        body = self.body
        self.list = QListWidget()
        self.list.setObjectName(f"{body.value}_list")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setUniformItemSizes(True)
        # Room above and below for stacked marks (Ễ, Ặ) besides the line itself.
        self._row_height = self.list.fontMetrics().lineSpacing() + 8
        self.list.setMinimumHeight(self._row_height * LIST_ROWS + 6)
        self.list.currentRowChanged.connect(self._update_enabled)

        self.remove_button = key_button(self.tr("Remove (Delete)"), f"{body.value}_remove")
        self.up_button = key_button(self.tr("Up (Alt+↑)"), f"{body.value}_up")
        self.down_button = key_button(self.tr("Down (Alt+↓)"), f"{body.value}_down")
        # The body's role, or in red why a name could not be added. Two lines kept:
        # a wrapped label that appears would squeeze the list (a dialog does not
        # grow for a label's height-for-width).
        self.note = wrapping_label(f"{body.value}_note")
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 2 + 2)
        self.note.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

    def _lay_out(self) -> None:
        pick_row = QHBoxLayout()
        pick_row.addWidget(self.picker, 1)
        pick_row.addWidget(self.add_button)
        button_row = QHBoxLayout()
        for button in (self.remove_button, self.up_button, self.down_button):
            button_row.addWidget(button)
        button_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(pick_row)
        layout.addWidget(self.note)
        layout.addWidget(self.list, 1)
        layout.addLayout(button_row)

    def _make_actions(self) -> None:
        """Delete in the list; Alt+↑ / Alt+↓ anywhere in the column, each with its button."""
        body = self.body
        alt = Qt.KeyboardModifier.AltModifier
        self.remove_action = tab_action(
            self,
            self.tr("Remove the member"),
            QKeySequence(QKeySequence.StandardKey.Delete),
            self.remove_selected,
            owner=self.list,
            context=Qt.ShortcutContext.WidgetShortcut,
            button=self.remove_button,
            name=f"{body.value}_remove_action",
        )
        # Live in the whole column: right after adding, in the picker, too.
        self.up_action = tab_action(
            self,
            self.tr("Move the member up"),
            QKeySequence(alt | Qt.Key.Key_Up),
            self.move_up,
            owner=self,
            button=self.up_button,
            name=f"{body.value}_up_action",
        )
        self.down_action = tab_action(
            self,
            self.tr("Move the member down"),
            QKeySequence(alt | Qt.Key.Key_Down),
            self.move_down,
            owner=self,
            button=self.down_button,
            name=f"{body.value}_down_action",
        )

    # --- reading ------------------------------------------------------------------------

    def member_ids(self) -> list[MemberId]:
        return [MemberId(int(self.list.item(i).data(ID_ROLE))) for i in range(self.list.count())]

    def names(self) -> list[str]:
        return [str(self.list.item(i).data(NAME_ROLE)) for i in range(self.list.count())]

    def matches(self, text: str, everyone: bool = False) -> list[Candidate]:
        """The members whose name holds every word typed, not chosen yet: an exact
        name first, then names with words that begin so. Nothing typed: no one,
        or with ``everyone`` the whole roster."""
        query = fold(unicodedata.normalize("NFC", text))
        taken = set(self.member_ids())
        if not query:
            return [c for c in self._candidates if c.id not in taken] if everyone else []
        words = query.split()
        found = [
            c for c in self._candidates if c.id not in taken and name_search.matches(text, c.name)
        ]
        return sorted(found, key=lambda c: (c.folded != query, not _word_starts(words, c.folded)))

    # --- the picker ---------------------------------------------------------------------

    def _offer(self, text: str, everyone: bool = False) -> None:
        """Offer the members matching what is typed, the first highlighted."""
        self._offered = self.matches(text, everyone)
        self.offers.clear()
        for candidate in self._offered:
            item = QStandardItem(candidate.label())
            item.setData(int(candidate.id), ID_ROLE)
            item.setEditable(False)
            item.setSizeHint(QSize(0, self._row_height))
            self.offers.appendRow(item)
        self._show_note("")
        popup = self._popup()
        if not self._offered:
            popup.hide()
            return
        metrics = popup.fontMetrics()
        widest = max(metrics.horizontalAdvance(c.label()) for c in self._offered)
        width = max(self.picker.width(), min(widest + 48, POPUP_MAX_WIDTH))
        self.completer.complete(QRect(0, 0, width, self.picker.height()))
        # Highlighted (so Enter takes it) only when asked for with ↓ or named by the
        # text alone: of several matches none is taken silently (name_search).
        unique = name_search.search(text, [c.name for c in self._offered]).unique
        row = 0 if everyone else unique  # ``everyone``: the secretary pressed ↓
        if row is not None:
            popup.setCurrentIndex(self.completer.completionModel().index(row, 0))
        else:
            popup.setCurrentIndex(QModelIndex())

    def _popup(self) -> QAbstractItemView:
        popup = self.completer.popup()
        assert popup is not None  # a QCompleter always makes its popup on demand
        return popup

    def _on_activated(self, index: QModelIndex) -> None:
        member_id = index.data(ID_ROLE)
        found = next((c for c in self._candidates if c.id == member_id), None)
        if found is not None:
            self.add(found)

    def _highlighted(self) -> Candidate | None:
        popup = self._popup()
        if not popup.isVisible() or not popup.currentIndex().isValid():
            return None
        member_id = popup.currentIndex().data(ID_ROLE)
        return next((c for c in self._offered if c.id == member_id), None)

    def add_typed(self) -> bool:
        """Enter or Add: the highlighted offer, else the only (or exact) match.

        Returns False, with a note saying why, when nothing could be added.
        """
        text = self.picker.text().strip()
        chosen = self._highlighted()
        if chosen is None and not text:
            return True
        if chosen is None:
            found = self.matches(text)
            unique = name_search.search(text, [c.name for c in found]).unique
            if unique is not None:
                chosen = found[unique]
            elif found:
                self._offer(text)
                self._show_note(self.tr("Several members match: choose one with ↓ and Enter."))
                return False
            else:
                self._show_note(
                    self.tr("No member of the roster matches “%1”.").replace("%1", text)
                    if text.casefold() not in map(str.casefold, self.names())
                    else self.tr("%1 is already in the list.").replace("%1", text)
                )
                return False
        return self.add(chosen)

    def add(self, candidate: Candidate) -> bool:
        """Put a member at the end of the list (once), keep the keyboard in the picker."""
        if candidate.id in self.member_ids():
            self._show_note(self.tr("%1 is already in the list.").replace("%1", candidate.name))
            return False
        if self.list.count() >= MAX_SEATS:
            self._show_note(self.tr("A body has at most %1 members.").replace("%1", str(MAX_SEATS)))
            return False
        self._popup().hide()
        self._append(candidate.id, candidate.name)
        self._renumber()
        self.list.setCurrentRow(self.list.count() - 1)
        self.picker.clear()
        self._offered = []
        self._show_note("")
        self._update_enabled()
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.picker
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
        ):
            plain = not event.modifiers() & Qt.KeyboardModifier.ControlModifier
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
                # Never the dialog's OK: Enter in the picker adds (Ctrl+Enter is OK).
                self.add_typed()
                return True
            if event.key() == Qt.Key.Key_Down and not self._popup().isVisible():
                self._offer(self.picker.text(), everyone=True)  # the offers, or everyone
                return bool(self._offered)
        return super().eventFilter(watched, event)

    # --- the list -----------------------------------------------------------------------

    def _append(self, member_id: MemberId, name: str) -> None:
        item = QListWidgetItem(name)
        item.setSizeHint(QSize(0, self._row_height))
        item.setData(ID_ROLE, int(member_id))
        item.setData(NAME_ROLE, name)
        self.list.addItem(item)

    def _renumber(self) -> None:
        """Number the names; the first, who presides and signs, in bold."""
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setText(f"{row + 1}. {item.data(NAME_ROLE)}")
            font = QFont(self.list.font())
            font.setBold(row == 0)
            item.setFont(font)

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        self.list.takeItem(row)
        self._renumber()
        self.list.setCurrentRow(min(row, self.list.count() - 1))
        self._show_note("")
        self._update_enabled()

    def move_up(self) -> None:
        self._move(-1)

    def move_down(self) -> None:
        self._move(1)

    def _move(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self._renumber()
        self.list.setCurrentRow(target)
        self._update_enabled()

    # --- state --------------------------------------------------------------------------

    def _show_note(self, text: str) -> None:
        """A reason in red; nothing to say: the body's role, muted."""
        self.note.setText(text or body_role(self.body))
        self.note.setToolTip(text)
        self.note.setStyleSheet(NOTE_STYLE if text else MUTED)
        self.note.setProperty("error", bool(text))

    def _update_enabled(self, *_args: object) -> None:
        row = self.list.currentRow()
        count = self.list.count()
        self.remove_action.setEnabled(row >= 0)
        self.up_action.setEnabled(row > 0)
        self.down_action.setEnabled(0 <= row < count - 1)
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)


class WorkingBodiesDialog(QDialog):
    """Choose the presidium, the secretariat (and the credentials committee)."""

    def __init__(self, ctx: CongressContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("working_bodies_dialog")
        self.setWindowTitle(self.tr("Working bodies of the congress"))
        self.ctx = ctx
        store = ctx.require()
        seats = working_bodies.list_seats(store)
        bodies = [Body.PRESIDIUM, Body.SECRETARIAT]
        delegates = congress.get_info(store).kind is CongressKind.DELEGATES
        if delegates or any(s.body is Body.CREDENTIALS for s in seats):
            bodies.append(Body.CREDENTIALS)
        candidates = [
            Candidate(m.id, m.full_name, m.position, fold(m.full_name))
            for m in roster.list_members(store)
        ]

        self.hint = wrapping_label("hint")
        self.hint.setText(
            self.tr(
                "The first in each list presides and signs the minutes; a single name is "
                "the congress's chair or secretary."
            )
        )
        self.keys_hint = wrapping_label("keys_hint")
        self.keys_hint.setStyleSheet(MUTED)
        self.keys_hint.setText(
            self.tr(
                "Type a name (without diacritics if you like) and press Enter to add. In a "
                "list: Delete removes, Alt+↑ / Alt+↓ change the order. Ctrl+Enter: OK."
            )
        )
        self.editors: dict[Body, BodyEditor] = {}
        columns = QHBoxLayout()
        for body in bodies:
            chosen = [(s.member_id, s.name) for s in seats if s.body is body]
            editor = BodyEditor(body, candidates, chosen, self)
            self.editors[body] = editor
            columns.addWidget(editor, 1)
        self._before = self.bodies()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.setObjectName("buttons")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        tab_action(
            self,
            self.tr("Apply"),
            [
                QKeySequence(Qt.KeyboardModifier.ControlModifier | Qt.Key.Key_Return),
                QKeySequence(Qt.KeyboardModifier.ControlModifier | Qt.Key.Key_Enter),
            ],
            self.accept,
            owner=self,
            context=Qt.ShortcutContext.WindowShortcut,
            name="apply_action",
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.keys_hint)
        layout.addLayout(columns, 1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(340 * len(bodies))
        self.editors[Body.PRESIDIUM].picker.setFocus()

    def bodies(self) -> dict[Body, list[MemberId]]:
        """Each body shown, as chosen: member ids in order."""
        return {body: editor.member_ids() for body, editor in self.editors.items()}

    def accept(self) -> None:
        # A name typed and not yet added is what the secretary meant: add it first.
        for editor in self.editors.values():
            if editor.picker.text().strip() and not editor.add_typed():
                editor.picker.setFocus()
                return
        bodies = self.bodies()
        if bodies != self._before:
            try:
                working_bodies_actions.set_bodies(self.ctx, bodies)
            except SecretariatError as error:
                QMessageBox.warning(self, self.windowTitle(), error_text(error))
                return
        super().accept()
