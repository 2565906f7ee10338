"""The saved versions of the draft: any two compared side by side word by word, an
old one restored as a new version (nothing is overwritten)."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from secretariat.errors import SecretariatError
from secretariat.services import resolution
from secretariat.services.resolution import VersionId, VersionRow
from ui.tabs.resolution.common import (
    KIND_ROLE,
    PASSED_COLOUR,
    VERSION_TABLES,
    Shared,
    resolution_error_text,
)
from ui.widgets.diff_view import DiffView
from ui.widgets.shortcuts import key_button, scale_font, tab_action


class VersionsPanel(QWidget):
    """The list of versions, the comparison of two of them, restoring one."""

    WATCHES: ClassVar[frozenset[str]] = VERSION_TABLES

    def __init__(self, shared: Shared, save_action: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shared = shared
        self._build(save_action)
        self.restore_action = tab_action(
            self,
            self.tr("Restore as a new version"),
            [],
            self.restore_version,
            owner=self,
            button=self.restore_button,
            name="restore_version_action",
        )

    def _build(self, save_action: QAction) -> None:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(self.tr("Saved versions"))
        scale_font(caption, 1.1, bold=True)
        left_layout.addWidget(caption)
        self.version_list = QListWidget()
        self.version_list.setObjectName("versionList")
        self.version_list.currentRowChanged.connect(self._on_version_chosen)
        left_layout.addWidget(self.version_list, 1)
        self.save_version_button2 = key_button(
            self.tr("Save the draft as a version (Ctrl+S)"), "saveVersionButton2"
        )
        self.save_version_button2.clicked.connect(save_action.trigger)
        save_action.enabledChanged.connect(self.save_version_button2.setEnabled)
        self.restore_button = key_button(self.tr("Restore as a new version…"), "restoreButton")
        left_layout.addWidget(self.save_version_button2)
        left_layout.addWidget(self.restore_button)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("versionsSplitter")
        splitter.addWidget(left)
        splitter.addWidget(self._build_comparison())
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 4)
        splitter.setSizes([280, 980])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def _build_comparison(self) -> QWidget:
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        pick = QHBoxLayout()
        self.compare_a = QComboBox()
        self.compare_a.setObjectName("compareA")
        self.compare_b = QComboBox()
        self.compare_b.setObjectName("compareB")
        for combo in (self.compare_a, self.compare_b):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(14)
            combo.activated.connect(lambda _i: self.compare())
        compare_label = QLabel(self.tr("&Compare"))
        compare_label.setBuddy(self.compare_a)
        pick.addWidget(compare_label)
        pick.addWidget(self.compare_a, 1)
        pick.addWidget(QLabel(self.tr("with")))
        pick.addWidget(self.compare_b, 1)
        right_layout.addLayout(pick)
        self.diff_view = DiffView()
        right_layout.addWidget(self.diff_view, 1)
        return right

    def update_state(self) -> None:
        self.restore_action.setEnabled(self.shared.editable and self.version_list.currentRow() >= 0)

    # --- reading ------------------------------------------------------------------------

    @staticmethod
    def _version_text(row: VersionRow) -> str:
        stamp = row.created_at.strftime("%d/%m/%Y %H:%M")
        mark = "✓ " if row.adopted else ""
        return f"{mark}{row.name} — {stamp}"

    def fill(self) -> None:
        """Show the versions read last, keeping the selection and the comparison."""
        versions = self.shared.versions
        keep = self.selected_version_id()
        keep_a, keep_b = self.compare_a.currentData(), self.compare_b.currentData()
        self.version_list.clear()
        for row in versions:
            item = QListWidgetItem(self._version_text(row))
            item.setData(KIND_ROLE, int(row.id))
            if row.adopted:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
                item.setForeground(QBrush(QColor(PASSED_COLOUR)))
            self.version_list.addItem(item)
        for combo, kept in ((self.compare_a, keep_a), (self.compare_b, keep_b)):
            combo.clear()
            for row in versions:
                combo.addItem(row.name, int(row.id))
            combo.addItem(self.tr("Working draft"), -1)
            index = combo.findData(kept) if kept is not None else -1
            combo.setCurrentIndex(index if index >= 0 else combo.count() - 1)
        ids = [r.id for r in versions]
        if keep in ids:
            self.version_list.setCurrentRow(ids.index(keep))
        if not self.isHidden() and self.diff_view.blocks():  # the page shown
            self.compare()

    def draft_changed(self) -> None:
        """The working draft changed: a comparison with it on view is made again."""
        compared = (self.compare_a.currentData(), self.compare_b.currentData())
        if not self.isHidden() and self.diff_view.blocks() and -1 in compared:
            self.compare()

    def selected_version_id(self) -> VersionId | None:
        item = self.version_list.currentItem()
        return VersionId(int(item.data(KIND_ROLE))) if item is not None else None

    def _on_version_chosen(self, row: int) -> None:
        """Choosing a version compares it with the one before (the first: with the draft)."""
        if not self.shared.refreshing and row >= 0:
            versions = self.shared.versions
            version = versions[row]
            earlier = versions[row - 1] if row > 0 else None
            self.set_comparison(
                earlier.id if earlier else version.id, version.id if earlier else None
            )
        self.shared.state_changed.emit()

    def set_comparison(self, a: VersionId | None, b: VersionId | None) -> None:
        """Compare version ``a`` with ``b`` (None: the working draft)."""
        self.compare_a.setCurrentIndex(self.compare_a.findData(int(a) if a is not None else -1))
        self.compare_b.setCurrentIndex(self.compare_b.findData(int(b) if b is not None else -1))
        self.compare()

    def compare(self) -> None:
        store = self.shared.ctx.store
        if store is None:
            self.diff_view.clear()
            return
        a, b = self.compare_a.currentData(), self.compare_b.currentData()
        if a is None or b is None:
            self.diff_view.clear()
            return
        self.shared.save_requested.emit()
        first = VersionId(a) if a >= 0 else None
        second = VersionId(b) if b >= 0 else None
        try:
            blocks = resolution.compare(store, first, second)
        except SecretariatError as error:
            self.shared.show(resolution_error_text(error), ok=False)
            return
        self.diff_view.set_blocks(
            blocks, self.compare_a.currentText(), self.compare_b.currentText()
        )

    # --- restoring ----------------------------------------------------------------------

    def restore_version(self) -> None:
        shared = self.shared
        version = next((v for v in shared.versions if v.id == self.selected_version_id()), None)
        if shared.ctx.store is None or version is None or shared.adopted:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore a version"),
            self.tr(
                "Make “%1” the working draft again? It is saved as a new version; nothing "
                "is overwritten and this can be undone (Ctrl+Z)."
            ).replace("%1", version.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        store, vid = shared.ctx.store, version.id
        change = shared.act(
            self.tr("Restore %1").replace("%1", version.name),
            lambda: resolution.restore_version(store, vid),
        )
        if change is not None and change.version_after is not None:
            shared.show(
                self.tr("Restored as “%1”.").replace("%1", change.version_after.row.name), ok=True
            )
