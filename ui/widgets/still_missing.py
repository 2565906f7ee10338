"""The attendance tab's "still missing" list: summoned members not yet arrived nor marked.

It changes by one name per check-in at the door, so it takes names out rather
than rebuilding a list of up to 1,000 entries (issue #16).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from secretariat.domain import MemberRow


class StillMissing(QWidget):
    """A bold "Still missing (N)" over the names; a double-click names the member chosen."""

    chosen = Signal(int)  # the member id double-clicked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        font = QFont(self.label.font())
        font.setBold(True)
        self.label.setFont(font)
        layout.addWidget(self.label)
        self.names = QListWidget()
        self.names.setObjectName("missingList")
        self.names.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.names.setToolTip(self.tr("Double-click a name to select it in the list"))
        self.names.itemDoubleClicked.connect(
            lambda entry: self.chosen.emit(int(entry.data(Qt.ItemDataRole.UserRole)))
        )
        layout.addWidget(self.names, 1)
        self._ids: list[int] = []

    def show_missing(self, members: Sequence[MemberRow]) -> None:
        """Show these members, in this order (names only taken out when that is enough)."""
        self.label.setText(self.tr("Still missing (%1)").replace("%1", str(len(members))))
        ids = [int(m.id) for m in members]
        if ids == self._ids:
            return
        still = set(ids)
        if [m for m in self._ids if m in still] == ids:
            # Some arrived (the common case at the door): take their names out.
            for row in reversed(range(self.names.count())):
                if int(self.names.item(row).data(Qt.ItemDataRole.UserRole)) not in still:
                    self.names.takeItem(row)
        else:
            self.names.clear()
            for member in members:
                entry = QListWidgetItem(member.full_name)
                entry.setData(Qt.ItemDataRole.UserRole, int(member.id))
                if member.position:
                    entry.setToolTip(member.position)
                self.names.addItem(entry)
        self._ids = ids
