"""Finding people in a list of ticks by typing their name (issue #19 §1).

A list of people ticked with Space (the tellers of an election) is long; the
secretary would rather type the name. ``ListFinder`` watches a ``QListWidget``:
letters typed (diacritics not needed) make a query read by the one search rule
of every picker (``secretariat.rules.name_search``) and the list shows only the
rows that match. One person named: that row becomes current and Enter ticks
it. Several: none is taken — the secretary moves to one with ↑ ↓ (the list
shows only them) and Enter ticks the one moved to. Ticking ends the search and
shows every row again; Backspace takes a letter back, Esc ends the search.
Space ticks as before while nothing is typed (within a query it is a space).
A roster number typed ("12") finds the row numbered so, as the lists of the
program number their members.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from secretariat.rules import name_search

NAME_ROLE = Qt.ItemDataRole.UserRole + 9  # the person's name, for the search
_MOVES = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)
_CHORDS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


class ListFinder(QObject):
    """Type-to-find over a list of checkable rows; ``hint`` says what the typing found."""

    hint = Signal(str, bool)  # the words, and whether all is well (False: nothing done)

    def __init__(self, widget: QListWidget) -> None:
        super().__init__(widget)
        self.widget = widget
        self.query = ""
        self.found: tuple[int, ...] = ()  # the rows shown while a query is typed
        self._unique: int | None = None  # the row the query names alone
        self._moved = False  # the secretary moved to a row since the query changed
        widget.installEventFilter(self)
        model = widget.model()
        model.modelReset.connect(self._forget)  # the list reloaded: the search is over

    def _name(self, row: int) -> str:
        item = self.widget.item(row)
        return str(item.data(NAME_ROLE) or item.text())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if (
            watched is not self.widget
            or kind not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride)
            or not isinstance(event, QKeyEvent)
            or event.modifiers() & _CHORDS
        ):
            return super().eventFilter(watched, event)
        if kind == QEvent.Type.ShortcutOverride:
            # While a name is typed, its keys are the search's, never a shortcut's.
            if self.query or (event.text() and event.text().isprintable()):
                event.accept()
                return True
            return False
        return self._key(event)

    def _key(self, event: QKeyEvent) -> bool:
        """Handle one plain key; False lets the list have it."""
        key, text = event.key(), event.text()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return self.tick_found() if self.query else False
        if not self.query:
            if text and text.isprintable() and not text.isspace():
                self._set_query(text)
                return True
            return False
        if key == Qt.Key.Key_Escape:
            self.end()
            return True
        if key == Qt.Key.Key_Backspace:
            self._set_query(self.query[:-1])
            return True
        if key in _MOVES:
            self._moved = True  # the list moves among the rows shown
            return False
        if text and text.isprintable():
            self._set_query(self.query + text)
            return True
        return False

    def _set_query(self, query: str) -> None:
        self.query = query
        self._moved = False
        if not query:
            self.end()
            return
        names = [self._name(r) for r in range(self.widget.count())]
        found = self._by_number(query) or name_search.search(query, names)
        self.found, self._unique = found.indices, found.unique
        shown = set(found.indices)
        for row in range(self.widget.count()):
            self.widget.setRowHidden(row, row not in shown)
        if found.unique is not None:
            self.widget.setCurrentRow(found.unique)
            self.hint.emit(
                self.tr("“%1”: %2 — Enter ticks.")
                .replace("%1", query)
                .replace("%2", names[found.unique]),
                True,
            )
        elif found.indices:
            self.widget.setCurrentRow(-1)
            self.widget.clearSelection()
            self.hint.emit(
                self.tr("“%1”: %2 people match — choose with ↑ ↓, then Enter.")
                .replace("%1", query)
                .replace("%2", str(found.count)),
                True,
            )
        else:
            self.hint.emit(self.tr("Nobody in the list matches “%1”.").replace("%1", query), False)

    def _by_number(self, query: str) -> name_search.Found | None:
        """A roster number typed ("12" or "12."): the row shown as "12. …"."""
        number = query.strip().rstrip(".")
        if not number.isdigit():
            return None
        rows = tuple(
            r
            for r in range(self.widget.count())
            if self.widget.item(r).text().startswith(f"{number}. ")
        )
        return name_search.Found(rows, rows[0] if len(rows) == 1 else None)

    def chosen(self) -> QListWidgetItem | None:
        """The row Enter would tick: the one named, or the one moved to."""
        row = self.widget.currentRow()
        if self._unique is not None and not self._moved:
            row = self._unique
        elif not (self._moved and row in self.found):
            return None
        return self.widget.item(row)

    def tick_found(self) -> bool:
        item = self.chosen()
        if item is None:
            if len(self.found) > 1:
                self.hint.emit(
                    self.tr("%1 people match — choose with ↑ ↓, then Enter.").replace(
                        "%1", str(len(self.found))
                    ),
                    False,
                )
            return True
        if not item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            self.hint.emit(self.tr("Cannot be ticked: %1").replace("%1", item.text()), False)
            return True
        ticked = item.checkState() != Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        self.end()
        self.widget.setCurrentItem(item)
        name = self._name(self.widget.row(item))
        self.hint.emit(
            (self.tr("Ticked: %1") if ticked else self.tr("Unticked: %1")).replace("%1", name), True
        )
        return True

    def _forget(self) -> None:
        self.query = ""
        self.found, self._unique, self._moved = (), None, False

    def end(self) -> None:
        """The search ends: every row shown again."""
        self._forget()
        for row in range(self.widget.count()):
            self.widget.setRowHidden(row, False)
        self.hint.emit("", True)
