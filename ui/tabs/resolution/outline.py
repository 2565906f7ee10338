"""The outline of the draft: Preamble, points 1., 2., … with their sub-points a), b), …
and targets (docs/domain/documents.md section 4).

Up/Down move in it, Enter puts the keyboard in the editor, Insert adds a point,
Ctrl+Insert a sub-point, Alt+Insert a target, Delete removes, Alt+Shift+Up/Down
moves the selected line. The current line is published as ``Shared.key``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from secretariat.services import resolution
from secretariat.services.resolution import Section, SectionId, SectionKind, TargetId
from ui.tabs.resolution.common import DRAFT_TABLES, ID_ROLE, KIND_ROLE, SECTION, TARGET, Key, Shared
from ui.widgets.shortcuts import key_button, scale_font, tab_action

ONLY = Qt.ShortcutContext.WidgetShortcut


class OutlinePanel(QWidget):
    """The outline tree, the usual-draft button and the buttons that add, remove, move."""

    WATCHES: ClassVar[frozenset[str]] = DRAFT_TABLES

    def __init__(self, shared: Shared, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shared = shared
        self._rows: list[tuple[Key, Key | None, str]] = []  # what the outline shows
        self._build()
        self._build_actions()
        shared.select_requested.connect(lambda kind, ident: self.select((kind, ident)))
        shared.step_requested.connect(self.step)
        shared.outline_requested.connect(self.focus_outline)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.outline = QTreeWidget()
        self.outline.setObjectName("outline")
        self.outline.setHeaderHidden(True)
        self.outline.setColumnCount(1)
        self.outline.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.outline.setUniformRowHeights(True)
        self.outline.setStyleSheet("QTreeWidget::item { padding: 2px 0; }")
        self.outline.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.outline.currentItemChanged.connect(self._on_current)
        layout.addWidget(self.outline, 1)
        self.seed_button = QPushButton(self.tr("Start from the usual draft"))
        self.seed_button.setObjectName("seedButton")
        scale_font(self.seed_button, 1.1, bold=True)
        self.seed_button.setMinimumHeight(40)
        self.seed_button.clicked.connect(self.seed)
        layout.addWidget(self.seed_button)
        grid = QGridLayout()
        self.add_point_button = key_button(self.tr("Point (Insert)"), "addPointButton")
        self.add_sub_button = key_button(self.tr("Sub-point (Ctrl+Ins)"), "addSubpointButton")
        self.add_target_button = key_button(self.tr("Target (Alt+Ins)"), "addTargetButton")
        self.remove_button = key_button(self.tr("Remove (Delete)"), "removeButton")
        self.up_button = key_button(self.tr("Up (Alt+Shift+↑)"), "moveUpButton")
        self.down_button = key_button(self.tr("Down (Alt+Shift+↓)"), "moveDownButton")
        for n, button in enumerate(
            (
                self.add_point_button,
                self.add_sub_button,
                self.add_target_button,
                self.remove_button,
                self.up_button,
                self.down_button,
            )
        ):
            grid.addWidget(button, n // 3, n % 3)
        layout.addLayout(grid)

    def _action(
        self,
        name: str,
        text: str,
        keys: list[QKeySequence],
        slot: Callable[[], object],
        button: QPushButton | None = None,
    ) -> QAction:
        return tab_action(
            self, text, keys, slot, owner=self.outline, context=ONLY, button=button, name=name
        )

    def _build_actions(self) -> None:
        ctrl, alt = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier
        self.add_point_action = self._action(
            "add_point_action",
            self.tr("Add a point"),
            [QKeySequence(Qt.Key.Key_Insert)],
            self.add_point,
            self.add_point_button,
        )
        self.add_subpoint_action = self._action(
            "add_subpoint_action",
            self.tr("Add a sub-point"),
            [QKeySequence(ctrl | Qt.Key.Key_Insert)],
            self.add_subpoint,
            self.add_sub_button,
        )
        self.add_target_action = self._action(
            "add_target_action",
            self.tr("Add a target"),
            [QKeySequence(alt | Qt.Key.Key_Insert)],
            self.add_target,
            self.add_target_button,
        )
        self.remove_action = self._action(
            "remove_section_action",
            self.tr("Remove"),
            [QKeySequence(QKeySequence.StandardKey.Delete)],
            self.remove_selected,
            self.remove_button,
        )
        self.edit_action = self._action(
            "edit_section_action",
            self.tr("Edit the section"),
            [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)],
            lambda: self.shared.edit_requested.emit(""),
        )

    def add_move_actions(self, owner: QWidget) -> None:
        """Alt+Shift+Up/Down anywhere in ``owner`` (the outline and the editor)."""
        keys = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier
        self.up_action = tab_action(
            self,
            self.tr("Move up"),
            [QKeySequence(keys | Qt.Key.Key_Up)],
            lambda: self.move_selected(-1),
            owner=owner,
            button=self.up_button,
            name="move_up_action",
        )
        self.down_action = tab_action(
            self,
            self.tr("Move down"),
            [QKeySequence(keys | Qt.Key.Key_Down)],
            lambda: self.move_selected(1),
            owner=owner,
            button=self.down_button,
            name="move_down_action",
        )

    def update_state(self) -> None:
        """Enable what may be done on the current line."""
        shared = self.shared
        editable = shared.editable
        self.seed_button.setVisible(editable and shared.draft.empty)
        self.add_point_action.setEnabled(editable)
        key = self.current_key()
        section = shared.section(key)
        self.add_subpoint_action.setEnabled(
            editable and section is not None and shared.point_of(section) is not None
        )
        not_preamble = key is not None and (
            section is None or section.kind is not SectionKind.PREAMBLE
        )
        self.add_target_action.setEnabled(editable and not_preamble)
        self.remove_action.setEnabled(editable and key is not None)
        self.up_action.setEnabled(editable and not_preamble)
        self.down_action.setEnabled(editable and not_preamble)

    # --- the tree -----------------------------------------------------------------------

    def _outline_rows(self) -> list[tuple[Key, Key | None, str]]:
        """(key, parent key, text) of every line of the outline, in order."""
        d = self.shared.draft
        rows: list[tuple[Key, Key | None, str]] = []
        if d.preamble is not None:
            rows.append(((SECTION, int(d.preamble.id)), None, self.tr("Preamble")))
        for section in d.sections():
            if section.kind is SectionKind.PREAMBLE:
                continue
            key = (SECTION, int(section.id))
            parent = (SECTION, int(section.parent_id)) if section.parent_id is not None else None
            rows.append((key, parent, self._section_text(section)))
            rows.extend(((TARGET, int(t.id)), key, f"◦ {t.label}") for t in section.targets)
        return rows

    def fill(self) -> None:
        """Show the draft read last, keeping the current line (and the scroll)."""
        keep = self.current_key() or self.shared.editing
        rows = self._outline_rows()
        if rows == self._rows and keep is not None:
            return  # nothing the outline shows changed: keep it (and the scroll) as it is
        self._rows = rows
        scroll = self.outline.verticalScrollBar().value()
        self.outline.clear()
        found = self._fill_tree(keep)
        self.outline.expandAll()
        self.outline.verticalScrollBar().setValue(scroll)
        if found is not None:
            self.outline.setCurrentItem(found)
        elif (first := self.outline.topLevelItem(0)) is not None:
            self.outline.setCurrentItem(first)

    def _fill_tree(self, keep: Key | None) -> QTreeWidgetItem | None:
        found: QTreeWidgetItem | None = None
        d = self.shared.draft

        def item(parent: QTreeWidget | QTreeWidgetItem, key: Key, text: str) -> QTreeWidgetItem:
            nonlocal found
            node = QTreeWidgetItem(parent, [text])
            node.setData(0, KIND_ROLE, key[0])
            node.setData(0, ID_ROLE, key[1])
            node.setToolTip(0, text)
            if key == keep:
                found = node
            return node

        def targets(parent: QTreeWidgetItem, section: Section) -> None:
            for t in section.targets:
                node = item(parent, (TARGET, int(t.id)), f"◦ {t.label}")
                node.setForeground(0, QBrush(QColor("#1e5a9c")))

        if d.preamble is not None:
            item(self.outline, (SECTION, int(d.preamble.id)), self.tr("Preamble"))
        for point in d.points:
            node = item(self.outline, (SECTION, int(point.id)), self._section_text(point))
            font = node.font(0)
            font.setBold(True)
            node.setFont(0, font)
            targets(node, point)
            for sub in point.subpoints:
                child = item(node, (SECTION, int(sub.id)), self._section_text(sub))
                targets(child, sub)
        return found

    @staticmethod
    def _section_text(section: Section) -> str:
        words = section.title or " ".join(section.text.split())
        if len(words) > 80:
            words = words[:79] + "…"
        return f"{section.number} {words}".strip()

    def current_key(self) -> Key | None:
        node = self.outline.currentItem()
        return self._key_of(node) if node is not None else None

    def select(self, key: Key) -> None:
        """Show a section or target in the outline and the editor."""
        nodes = [self.outline.topLevelItem(i) for i in range(self.outline.topLevelItemCount())]
        while nodes:
            node = nodes.pop(0)
            if node is None:
                continue
            if self._key_of(node) == key:
                self.outline.setCurrentItem(node)
                return
            nodes.extend(node.child(i) for i in range(node.childCount()))

    @staticmethod
    def _key_of(node: QTreeWidgetItem) -> Key:
        return (str(node.data(0, KIND_ROLE)), int(node.data(0, ID_ROLE)))

    def _on_current(self, *_args: object) -> None:
        self.shared.key = self.current_key()
        if not self.shared.refreshing:
            self.shared.key_changed.emit()

    def step(self, direction: int) -> None:
        """Ctrl+PgDn / Ctrl+PgUp from the editor: the next or previous section."""
        current = self.outline.currentItem()
        if current is None:
            return
        self.shared.save_requested.emit()
        other = (
            self.outline.itemBelow(current) if direction > 0 else self.outline.itemAbove(current)
        )
        if other is not None:
            self.outline.setCurrentItem(other)
        self.shared.edit_requested.emit("")

    def focus_outline(self) -> None:
        self.shared.save_requested.emit()
        self.outline.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- the actions --------------------------------------------------------------------

    def seed(self) -> None:
        store = self.shared.ctx.require()
        if self.shared.act(
            self.tr("Start the usual draft"), lambda: resolution.seed_default(store), SECTION
        ):
            self.outline.setFocus()

    def add_point(self) -> None:
        """Insert: a new point after the selected one (or last)."""
        shared = self.shared
        if shared.ctx.store is None or shared.adopted:
            return
        store = shared.ctx.store
        section = shared.section(self.current_key())
        point = shared.point_of(section) if section is not None else None
        position = point.position + 1 if point is not None else None
        if shared.act(
            self.tr("Add a point"),
            lambda: resolution.add_point(store, "", "", position=position),
            SECTION,
        ):
            shared.edit_requested.emit("title")

    def add_subpoint(self) -> None:
        """Ctrl+Insert: a new sub-point of the selected point (after the selected sub-point)."""
        shared = self.shared
        section = shared.section(self.current_key())
        if shared.ctx.store is None or section is None or shared.adopted:
            return
        point = shared.point_of(section)
        if point is None:
            return
        store = shared.ctx.store
        position = section.position + 1 if section.kind is SectionKind.SUBPOINT else None
        pid = point.id
        if shared.act(
            self.tr("Add a sub-point"),
            lambda: resolution.add_subpoint(store, pid, "", "", position=position),
            SECTION,
        ):
            shared.edit_requested.emit("body")

    def add_target(self) -> None:
        """Alt+Insert: a new target of the selected section (after the selected target).

        A target needs words, so it starts as "…"; its figure is typed next."""
        shared = self.shared
        key = self.current_key()
        section = shared.section(key)
        if shared.ctx.store is None or section is None or shared.adopted:
            return
        if section.kind is SectionKind.PREAMBLE:
            return
        target = shared.target(key)
        position = target.position + 1 if target is not None else None
        store, sid = shared.ctx.store, section.id
        if shared.act(
            self.tr("Add a target"),
            lambda: resolution.add_target(store, sid, "…", None, "%", position=position),
            TARGET,
        ):
            shared.edit_requested.emit("figure")

    def remove_selected(self) -> None:
        """Delete: remove the selected section (with its sub-points and targets) or target."""
        shared = self.shared
        key = self.current_key()
        if shared.ctx.store is None or key is None or shared.adopted:
            return
        store = shared.ctx.store
        current = self.outline.currentItem()
        above = self.outline.itemAbove(current) if current is not None else None
        neighbour = self._key_of(above) if above is not None else None
        shared.discard_requested.emit()
        if key[0] == TARGET:
            tid = TargetId(key[1])
            change = shared.act(
                self.tr("Remove %1").replace("%1", shared.draft.place(target_id=tid)),
                lambda: resolution.remove_target(store, tid),
            )
        else:
            sid = SectionId(key[1])
            change = shared.act(
                self.tr("Remove %1").replace("%1", shared.draft.place(sid)),
                lambda: resolution.remove_section(store, sid),
            )
        if change is not None:
            shared.show(self.tr("Removed (Ctrl+Z brings it back)."), ok=True)
            if neighbour is not None:
                self.select(neighbour)
            first = self.outline.topLevelItem(0)
            if self.outline.currentItem() is None and first is not None:
                self.outline.setCurrentItem(first)
            self.outline.setFocus()

    def move_selected(self, step: int) -> None:
        """Alt+Shift+Up/Down: the selected point, sub-point or target one place earlier/later."""
        shared = self.shared
        key = self.current_key()
        if shared.ctx.store is None or key is None or shared.adopted:
            return
        store = shared.ctx.store
        target = shared.target(key)
        if target is not None:
            tid, position = target.id, target.position + step
            if position < 1:
                return
            shared.act(
                self.tr("Move a target"), lambda: resolution.move_target(store, tid, position)
            )
            return
        section = shared.section(key)
        if section is None or section.kind is SectionKind.PREAMBLE:
            return
        sid, position = section.id, section.position + step
        if position < 1:
            return
        shared.act(
            self.tr("Move %1").replace("%1", shared.draft.place(sid)),
            lambda: resolution.move_section(store, sid, position),
        )
