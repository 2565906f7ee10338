"""A combo box of people found by typing their name, without diacritics.

Qt's own keyboard search of a combo matches the start of the item's text only
(here the roster number). This one reads what is typed as a name query
(``secretariat.rules.name_search``): one person named unambiguously becomes
the current item; several (Hùng / Hưng typed without marks, or "anh") make the
first of them current but mark the choice as *not made*: ``ambiguous`` holds
how many match until the secretary moves with ↑ ↓ or picks from the list, and
``hint`` says so. Digits typed first keep Qt's search by roster number.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QWidget

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


class PersonCombo(QComboBox):
    hint = Signal(str)  # what the typing found, for the screen's feedback line

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._typed = ""
        self._number = False  # a roster number is being typed
        # How many match while no one is chosen: 0 chosen, -1 the text typed matches nobody.
        self.ambiguous = 0
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(1500)
        self._pause.timeout.connect(self._forget)
        self.activated.connect(self._chosen)

    def add_person(self, text: str, name: str, data: object) -> None:
        self.addItem(text, data)
        self.setItemData(self.count() - 1, name, NAME_ROLE)

    def typed(self) -> str:
        return self._typed

    def _forget(self) -> None:
        self._typed = ""
        self._number = False

    def _chosen(self, *_args: object) -> None:
        self.ambiguous = 0
        self._typed = ""
        self.hint.emit("")

    def clear(self) -> None:
        super().clear()
        self.ambiguous = 0
        self._typed = ""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        plain = not event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        )
        if event.key() in _MOVES:
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
            self.setCurrentIndex(found.unique)
            self.ambiguous = 0
            self.hint.emit("")
        elif found.indices:
            self.setCurrentIndex(found.indices[0])
            self.ambiguous = found.count
            self.hint.emit(
                QCoreApplication.translate(
                    "PersonCombo", "%1 people match — choose with ↑ ↓"
                ).replace("%1", str(found.count))
            )
        elif self._typed.strip():
            self.ambiguous = -1  # typed, and no one: the item shown is not what was typed
            self.hint.emit(
                QCoreApplication.translate("PersonCombo", "Nobody matches “%1”.").replace(
                    "%1", self._typed
                )
            )
