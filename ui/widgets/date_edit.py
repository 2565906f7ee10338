"""A date field where typing a whole date over a selected date gives the date typed.

Qt's QDateEdit reads keys section by section: after Ctrl+A (or a click that
selects everything) the first digit lands in whichever section the cursor was
in, and a "/" typed right after a section filled itself skips the next section
too, so "15/06/2025" typed over 20/05/2025 became 20/06/2025. Here typing over
a whole selection starts from the first section, from a date on which every
day number is valid (so 31 is not refused in February); a separator right
after a section moved on by itself is taken as already typed. Leaving the
field (or Enter) before the year is typed keeps the day and month typed with the
old date's year, never a year nobody typed.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QDateEdit, QWidget

SEPARATORS = "/.-"
_BLANK = QDate(2000, 1, 1)  # January of a leap year: every day number fits


class DateEdit(QDateEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._typed = 0  # digits typed in the current section since it was entered
        self._before: QDate | None = None  # the date typed over, while a new one is typed

    def _last_section(self) -> bool:
        return self.currentSectionIndex() == self.sectionCount() - 1

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        line = self.lineEdit()
        if text.isdigit() and line.text() and line.selectedText() == line.text():
            # Typing over everything: the date typed starts at its first section.
            self._before = self.date()
            if self.minimumDate() <= _BLANK <= self.maximumDate():
                self.setDate(_BLANK)
            self.setCurrentSectionIndex(0)
            self.setSelectedSection(self.sectionAt(0))
            self._typed = 0
        elif self._before is not None and event.key() == Qt.Key.Key_Escape:
            self.setDate(self._before)
            self._before = None
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._settle()
        if text and text in SEPARATORS and self._before is not None and self._typed == 0:
            event.accept()  # the section before filled itself: this "/" is typed already
            return
        index = self.currentSectionIndex()
        super().keyPressEvent(event)
        if self.currentSectionIndex() != index:
            self._typed = 0
        elif text.isdigit():
            self._typed += 1
            if self._last_section() and self._typed >= 4:
                self._before = None  # the year is in: the date is the one typed
        elif not (text and text in SEPARATORS):
            self._before = None  # another key: the secretary edits by section now

    def _settle(self) -> None:
        """Half a date typed: what was typed, the rest from the date typed over."""
        if self._before is None:
            return
        before, typed, index = self._before, self.date(), self.currentSectionIndex()
        self._before = None
        day = typed.day() if index > 0 or self._typed else before.day()
        month = typed.month() if index > 1 or (index == 1 and self._typed) else before.month()
        settled = QDate(before.year(), month, day)
        self.setDate(settled if settled.isValid() else before)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._settle()
        super().focusOutEvent(event)
