"""A combo box of people found by typing their name, without diacritics.

Qt's own keyboard search of a combo matches the start of the item's text only
(here the roster number). This one reads what is typed as a name query
(``secretariat.rules.name_search``): one person named unambiguously becomes
the current item. Several (Hùng / Hưng typed without marks, or "anh") are not
resolved to the first of them: the combo's list opens showing only those who
match, none highlighted, and the secretary picks with ↑ ↓ and Enter (typing on
narrows the list; Esc closes it). Until then no one is current and
``ambiguous`` holds how many match; ``hint`` says so. Digits typed first keep
Qt's search by roster number.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QListView, QWidget

from secretariat.rules import name_search

NAME_ROLE = Qt.ItemDataRole.UserRole + 7
_MOVES = (
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_PageDown,
    Qt.Key.Key_Home,
    Qt.Key.Key_End,
)
_CHORDS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


class PersonCombo(QComboBox):
    hint = Signal(str)  # what the typing found, for the screen's feedback line

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._typed = ""
        self._number = False  # a roster number is being typed
        # How many match while no one is chosen: 0 chosen, -1 the text typed matches nobody.
        self.ambiguous = 0
        self._matching: tuple[int, ...] = ()  # the rows the list shows while several match
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(1500)
        self._pause.timeout.connect(self._forget)
        self.activated.connect(self._chosen)
        self._list = QListView()  # its hidden rows are skipped by ↑ ↓
        self.setView(self._list)
        self._list.installEventFilter(self)

    def add_person(self, text: str, name: str, data: object) -> None:
        self.addItem(text, data)
        self.setItemData(self.count() - 1, name, NAME_ROLE)

    def typed(self) -> str:
        return self._typed

    def matching(self) -> tuple[int, ...]:
        """The rows offered while several people match (empty otherwise)."""
        return self._matching

    def _forget(self) -> None:
        self._typed = ""
        self._number = False

    def _chosen(self, *_args: object) -> None:
        self.ambiguous = 0
        self._typed = ""
        self._matching = ()
        self.hint.emit("")

    def clear(self) -> None:
        super().clear()
        self.ambiguous = 0
        self._typed = ""
        self._matching = ()

    # --- the list of those who match ---------------------------------------------------

    def show_matching(self, current: int | None = None) -> None:
        """Open the list with only the matching people, ``current`` highlighted (or none)."""
        shown = set(self._matching)
        for row in range(self.count()):
            self._list.setRowHidden(row, row not in shown)
        if not self.isVisible():
            return
        if not self._list.isVisible():
            self.showPopup()
        self._fit_popup()
        self._list.setCurrentIndex(
            self.model().index(current, 0) if current is not None else QModelIndex()
        )

    def _fit_popup(self) -> None:
        """The list as tall as the people it shows (Qt sizes it for every row)."""
        popup = self._list.window()
        if popup is self.window() or not self._matching:
            return
        rows = min(len(self._matching), self.maxVisibleItems())
        wanted = self._list.sizeHintForRow(self._matching[0]) * rows + 2 * self._list.frameWidth()
        extra = popup.height() - self._list.height()  # the popup's own frame and margins
        geometry = popup.geometry()
        height = min(geometry.height(), wanted + extra)
        top = self.mapToGlobal(self.rect().topLeft()).y()
        below = self.mapToGlobal(self.rect().bottomLeft()).y() + 1
        screen = self.screen().availableGeometry()
        # Just under the combo, or just over it when the screen ends first.
        geometry.moveTop(below if below + height <= screen.bottom() else top - height)
        geometry.setHeight(height)
        popup.setGeometry(geometry)

    def _show_every_row(self) -> None:
        for row in range(self.count()):
            self._list.setRowHidden(row, False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Typing while the list of matches is open narrows it (the list has the keyboard)."""
        if watched is self._list and event.type() == QEvent.Type.Hide:
            self._show_every_row()  # closed (picked, Esc, elsewhere): the next search sees all
        elif (
            watched is self._list
            and self._matching
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and not event.modifiers() & _CHORDS
        ):
            text = event.text()
            if event.key() == Qt.Key.Key_Backspace:
                self._typed = self._typed[:-1]
                self._find()
                return True
            if text and text.isprintable() and not (text.isspace() and not self._typed):
                self._typed += text
                self._find()
                return True
        return super().eventFilter(watched, event)

    # --- typing in the closed combo -----------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        plain = not event.modifiers() & _CHORDS
        if event.key() in _MOVES:
            if self._matching and plain:
                # Several match: ↑ ↓ open their list, not the whole roster.
                up = event.key() in (Qt.Key.Key_Up, Qt.Key.Key_PageUp, Qt.Key.Key_End)
                self.show_matching(self._matching[-1] if up else self._matching[0])
                return
            super().keyPressEvent(event)
            self._chosen()  # moved to: a choice made
            return
        if plain and event.key() == Qt.Key.Key_Backspace and self._typed:
            self._typed = self._typed[:-1]
            self._find()
            return
        if (
            plain
            and text
            and not self._typed
            and (text.isdigit() or (self._number and text == "."))
        ):
            self._number = True  # a roster number ("12."): Qt's search of the item's start
            self._pause.start()
            super().keyPressEvent(event)
            self._chosen()
            return
        if plain and text and text.isprintable():
            if text.isspace() and not self._typed:
                super().keyPressEvent(event)  # Space opens the list, as Qt does
                return
            self._typed += text
            self._find()
            return
        super().keyPressEvent(event)

    def _find(self) -> None:
        self._pause.start()
        names = [str(self.itemData(i, NAME_ROLE) or self.itemText(i)) for i in range(self.count())]
        found = name_search.search(self._typed, names)
        if found.unique is not None:
            self._matching = ()
            self.hidePopup()
            self.setCurrentIndex(found.unique)
            self.ambiguous = 0
            self.hint.emit("")
        elif found.indices:
            # Several: no one is taken; the list shows them to choose from.
            self._matching = found.indices
            self.setCurrentIndex(-1)
            self.ambiguous = found.count
            self.show_matching()
            self.hint.emit(
                QCoreApplication.translate(
                    "PersonCombo", "%1 people match — choose with ↑ ↓ and Enter"
                ).replace("%1", str(found.count))
            )
        elif self._typed.strip():
            self._matching = ()
            self.hidePopup()
            self.ambiguous = -1  # typed, and no one: the item shown is not what was typed
            self.hint.emit(
                QCoreApplication.translate("PersonCombo", "Nobody matches “%1”.").replace(
                    "%1", self._typed
                )
            )
