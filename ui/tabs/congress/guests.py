"""The guests page of the congress tab: the guests in the order they are introduced."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QToolBar, QVBoxLayout, QWidget

from secretariat.changes import Change
from secretariat.domain import GuestId, GuestRow
from secretariat.errors import SecretariatError
from secretariat.services import roster
from secretariat.store import Store
from ui.commands import actions
from ui.context import CongressContext
from ui.dialogs.people import GuestDialog, named
from ui.messages import show_error
from ui.models.roster_model import GuestTableModel, sorted_proxy
from ui.screen import Screen
from ui.tabs.congress.views import current_id, select_ids, selected_ids, table_view
from ui.widgets.shortcuts import tab_action


class GuestsPanel(Screen):
    """The guests: Insert adds one, Enter or F2 edits, Delete removes (undoable)."""

    WATCHES = frozenset({"guest"})

    def __init__(
        self,
        ctx: CongressContext,
        parent: QWidget | None = None,
        *,
        on_count: Callable[[int], None] | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("guests_page")
        self._on_count = on_count
        self._sized = False
        self.count = 0  # guests shown
        self._build()
        self.refresh()

    def _action(
        self,
        name: str,
        text: str,
        keys: list[QKeySequence],
        slot: Callable[[], object],
        owner: QWidget,
        context: Qt.ShortcutContext,
    ) -> QAction:
        return tab_action(self, text, keys, slot, owner=owner, context=context, name=name)

    def _build(self) -> None:
        page = self
        self.guest_model = GuestTableModel(self)
        self.guest_proxy = sorted_proxy(self)
        self.guest_proxy.setSourceModel(self.guest_model)
        self.guest_view = table_view("guest_table")
        self.guest_view.setModel(self.guest_proxy)
        self.guest_view.setSortingEnabled(False)  # the order guests are introduced in
        self.guest_view.doubleClicked.connect(lambda _index: self.edit_guest())
        self.guest_view.selectionModel().selectionChanged.connect(self.update_buttons)

        toolbar = named(QToolBar(), "guest_toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.add_guest_action = self._action(
            "add_guest_action",
            self.tr("&Add guest…"),
            [QKeySequence(Qt.Key.Key_Insert), QKeySequence("Ctrl+Shift+G")],
            self.add_guest,
            page,
            Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        self.edit_guest_action = self._action(
            "edit_guest_action",
            self.tr("&Edit…"),
            [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter), QKeySequence("F2")],
            self.edit_guest,
            self.guest_view,
            Qt.ShortcutContext.WidgetShortcut,
        )
        self.remove_guest_action = self._action(
            "remove_guest_action",
            self.tr("&Remove"),
            [QKeySequence(QKeySequence.StandardKey.Delete)],
            self.remove_guest,
            self.guest_view,
            Qt.ShortcutContext.WidgetShortcut,
        )
        self.add_guest_action.setToolTip(self.tr("Add a guest (Insert, Ctrl+Shift+G)"))
        for action in (self.add_guest_action, self.edit_guest_action, self.remove_guest_action):
            toolbar.addAction(action)
        layout = QVBoxLayout(page)
        layout.addWidget(toolbar)
        layout.addWidget(self.guest_view, 1)
        self.feedback.hide()  # refusals come as messages here

    def refresh(self) -> None:
        self._refresh(self.ctx.store)

    def on_change(self, change: Change) -> None:
        self.refresh()

    def _refresh(self, store: Store | None) -> None:
        view = self.guest_view
        selected, current = selected_ids(view), current_id(view)
        rows = roster.list_guests(store) if store else []
        self.guest_model.set_rows(rows)
        select_ids(view, selected, current)
        if rows and not self._sized:
            self._sized = True
            view.resizeColumnsToContents()
            header = view.horizontalHeader()
            limits = {GuestTableModel.NAME: 220, GuestTableModel.TITLE: 380}
            limits[GuestTableModel.ORGANISATION] = 260
            for column, most in limits.items():
                header.resizeSection(column, min(header.sectionSize(column), most))
        self.count = len(rows)
        if self._on_count is not None:
            self._on_count(self.count)
        self.update_buttons()

    def update_buttons(self) -> None:
        guests = len(self.guest_view.selectionModel().selectedRows())
        self.edit_guest_action.setEnabled(guests >= 1)
        self.remove_guest_action.setEnabled(guests >= 1)

    def add_guest(self) -> None:
        if self.ctx.store is None:
            return
        dialog = GuestDialog(self, submit=lambda data: actions.add_guest(self.ctx, data))
        if dialog.exec() and isinstance(dialog.result_value, GuestRow):
            guest_id = int(dialog.result_value.id)
            select_ids(self.guest_view, [guest_id], guest_id)

    def edit_guest(self) -> None:
        guest_id = current_id(self.guest_view)
        if guest_id is None:
            return
        row = self.guest_model.row_of(guest_id)
        guest = self.guest_model.row_at(row)
        GuestDialog(
            self,
            guest,
            submit=lambda data: actions.update_guest(self.ctx, GuestId(guest_id), data),
        ).exec()

    def remove_guest(self) -> None:
        guest_id = current_id(self.guest_view)
        if guest_id is None:
            return
        guest = self.guest_model.row_at(self.guest_model.row_of(guest_id))
        answer = QMessageBox.question(
            self,
            self.tr("Remove guest"),
            self.tr("Remove %1 from the guests? You can undo this.").replace("%1", guest.full_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            actions.remove_guest(self.ctx, GuestId(guest_id))
        except SecretariatError as error:
            show_error(self, error, self.tr("Remove guest"))
