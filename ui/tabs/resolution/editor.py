"""The editor of the outline's current line: a section (a plain-text editor for long
Vietnamese text: no rich text, no autocorrection, word wrap) or a target (text,
figure — a decimal, "12,5" accepted — and unit).

What is typed is saved after a pause, on leaving the editor or on moving to another
section (Ctrl+PageUp/PageDown or Alt+Up/Down from the editor), each save one
undoable step; Esc goes back to the outline.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QEvent, QObject, QRegularExpression, Qt, QTimer
from PySide6.QtGui import QKeySequence, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from secretariat.services import resolution
from secretariat.services.resolution import Change, Section, SectionId, SectionKind, TargetId
from ui.dialogs.resolution import plain_editor
from ui.tabs.resolution.common import (
    DRAFT_TABLES,
    MUTED,
    READ_ONLY_STYLE,
    TARGET,
    Shared,
    figure_text,
)
from ui.widgets.shortcuts import key_button, scale_font, tab_action, wrapping_label

IDLE_SAVE_MS = 1500
FIGURE_PATTERN = r"^\s*\d{0,9}([.,]\d{0,6})?\s*$"
EMPTY_PAGE, SECTION_PAGE, TARGET_PAGE = range(3)


class SectionEditor(QWidget):
    """The section or target in the editor, saved as one undoable step per pause."""

    WATCHES: ClassVar[frozenset[str]] = DRAFT_TABLES

    def __init__(self, shared: Shared, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shared = shared
        self._dirty = False
        self._loading = False
        self._build()
        self._build_actions()
        self.save_timer = QTimer(self)
        self.save_timer.setSingleShot(True)
        self.save_timer.setInterval(IDLE_SAVE_MS)
        self.save_timer.timeout.connect(self.save_editor)
        for widget in (
            self.body_edit,
            self.title_edit,
            self.target_text,
            self.figure_edit,
            self.unit_edit,
        ):
            widget.installEventFilter(self)
        shared.key_changed.connect(self._on_key_changed)
        shared.save_requested.connect(self.save_editor)
        shared.discard_requested.connect(self._discard)
        shared.edit_requested.connect(self.focus_editor)

    # --- building -----------------------------------------------------------------------

    def _build(self) -> None:
        self.editor = QStackedWidget()
        self.editor.setObjectName("sectionEditor")
        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        self.empty_label = wrapping_label("emptyEditorLabel")
        self.empty_label.setStyleSheet(MUTED)
        empty_layout.addWidget(self.empty_label)
        empty_layout.addStretch(1)
        self.editor.addWidget(empty)
        self.editor.addWidget(self._build_section_page())
        self.editor.addWidget(self._build_target_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.editor, 1)
        status = QHBoxLayout()
        hint = QLabel(self.tr("Ctrl+PgUp / Ctrl+PgDn: previous / next section"))
        hint.setStyleSheet(MUTED)
        self.saved_label = QLabel()
        self.saved_label.setObjectName("savedLabel")
        self.saved_label.setStyleSheet(MUTED)
        status.addWidget(hint)
        status.addStretch(1)
        status.addWidget(self.saved_label)
        layout.addLayout(status)

    def _build_section_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(8, 0, 0, 0)
        self.place_label = wrapping_label("placeLabel")
        scale_font(self.place_label, 1.2, bold=True)
        layout.addWidget(self.place_label)
        self.title_row = QWidget()
        title_form = QFormLayout(self.title_row)
        title_form.setContentsMargins(0, 0, 0, 0)
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("titleEdit")
        self.title_edit.setPlaceholderText(self.tr("Title of the point (may be empty)"))
        self.title_edit.textEdited.connect(self._on_typed)
        title_form.addRow(self.tr("&Title:"), self.title_edit)
        layout.addWidget(self.title_row)
        self.body_edit = plain_editor("bodyEdit")
        self.body_edit.setPlaceholderText(self.tr("The text of this section…"))
        scale_font(self.body_edit, 1.1)
        self.body_edit.textChanged.connect(self._on_typed)
        layout.addWidget(self.body_edit, 1)
        self.auto_label = wrapping_label("autoLabel")
        self.auto_label.setStyleSheet(MUTED)
        layout.addWidget(self.auto_label)
        self.follow_button = key_button(
            self.tr("Follow the election results again"), "followElectionsButton"
        )
        self.follow_button.clicked.connect(self.follow_elections)
        layout.addWidget(self.follow_button, 0, Qt.AlignmentFlag.AlignLeft)
        return page

    def _build_target_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(8, 0, 0, 0)
        self.target_place = wrapping_label("targetPlaceLabel")
        scale_font(self.target_place, 1.2, bold=True)
        layout.addWidget(self.target_place)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.figure_edit = QLineEdit()
        self.figure_edit.setObjectName("figureEdit")
        self.figure_edit.setValidator(
            QRegularExpressionValidator(QRegularExpression(FIGURE_PATTERN), self.figure_edit)
        )
        self.figure_edit.setPlaceholderText(self.tr("e.g. 100 or 12,5; empty: no figure"))
        self.figure_edit.setMaximumWidth(200)
        self.figure_edit.textEdited.connect(self._on_typed)
        self.unit_edit = QComboBox()
        self.unit_edit.setObjectName("unitEdit")
        self.unit_edit.setEditable(True)
        self.unit_edit.addItems(["%", "đồng chí", "đảng viên", ""])
        self.unit_edit.setMaximumWidth(200)
        self.unit_edit.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        unit_line = self.unit_edit.lineEdit()
        if unit_line is not None:
            unit_line.textEdited.connect(self._on_typed)
        self.unit_edit.activated.connect(lambda _i: self._on_typed())
        self.target_text = QLineEdit()
        self.target_text.setObjectName("targetText")
        self.target_text.setPlaceholderText(self.tr("e.g. đảng viên hoàn thành tốt nhiệm vụ"))
        self.target_text.textEdited.connect(self._on_typed)
        form.addRow(self.tr("&Figure:"), self.figure_edit)
        form.addRow(self.tr("&Unit:"), self.unit_edit)
        form.addRow(self.tr("Te&xt:"), self.target_text)
        layout.addLayout(form)
        self.target_preview = wrapping_label("targetPreview")
        self.target_preview.setStyleSheet(MUTED)
        layout.addWidget(self.target_preview)
        layout.addStretch(1)
        self.setTabOrder(self.figure_edit, self.unit_edit)
        self.setTabOrder(self.unit_edit, self.target_text)
        return page

    def _build_actions(self) -> None:
        ctrl, alt = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier
        for name, text, keys, slot in (
            (
                "next_section_action",
                self.tr("Next section"),
                [QKeySequence(ctrl | Qt.Key.Key_PageDown), QKeySequence(alt | Qt.Key.Key_Down)],
                lambda: self.shared.step_requested.emit(1),
            ),
            (
                "previous_section_action",
                self.tr("Previous section"),
                [QKeySequence(ctrl | Qt.Key.Key_PageUp), QKeySequence(alt | Qt.Key.Key_Up)],
                lambda: self.shared.step_requested.emit(-1),
            ),
            (
                "back_to_outline_action",
                self.tr("Back to the outline"),
                [QKeySequence(Qt.Key.Key_Escape)],
                self.shared.outline_requested.emit,
            ),
        ):
            tab_action(self, text, keys, slot, owner=self.editor, name=name)

    # --- loading ------------------------------------------------------------------------

    def update_state(self) -> None:
        """Read-only once the resolution is adopted (or without a congress)."""
        editable = self.shared.editable
        for widget in (self.title_edit, self.target_text, self.figure_edit, self.body_edit):
            widget.setReadOnly(not editable)
            widget.setStyleSheet("" if editable else READ_ONLY_STYLE)
        self.unit_edit.setEnabled(editable)

    def _on_key_changed(self) -> None:
        self.save_editor()  # what was typed for the line shown until now
        self.load()

    def load(self) -> None:
        """Show the outline's current line, never overwriting what is being typed."""
        shared = self.shared
        key = shared.key
        if key != shared.editing:
            self._dirty = False
            self.saved_label.clear()
        shared.editing = key
        section, target = shared.section(key), shared.target(key)
        self._loading = True
        try:
            if key is None or section is None:
                shared.editing = None
                self._load_empty()
            elif target is not None:
                self.editor.setCurrentIndex(TARGET_PAGE)
                self.target_place.setText(shared.draft.place(target_id=target.id))
                if not self._dirty:
                    self._set_line(self.figure_edit, figure_text(target.figure))
                    self.unit_edit.setCurrentText(target.unit)
                    self._set_line(self.target_text, target.text)
                self.target_preview.setText(self.tr("Reads: %1").replace("%1", target.label))
            else:
                self._load_section(section)
        finally:
            self._loading = False

    def _load_empty(self) -> None:
        self.editor.setCurrentIndex(EMPTY_PAGE)
        self.empty_label.setText(
            self.tr("No draft yet: start from the usual draft, or press Insert in the outline.")
            if self.shared.draft.empty
            else self.tr("Select a section in the outline.")
        )

    def _load_section(self, section: Section) -> None:
        self.editor.setCurrentIndex(SECTION_PAGE)
        self.place_label.setText(self.shared.draft.place(section.id))
        preamble = section.kind is SectionKind.PREAMBLE
        self.title_row.setVisible(not preamble)
        self.auto_label.setText(
            self.tr(
                "This text follows the congress and its attendance until you edit it; "
                "it is frozen when the resolution is adopted."
            )
            if preamble
            else self.tr(
                "This text follows the election results until you edit it; it is frozen "
                "when the resolution is adopted."
            )
        )
        self.auto_label.setVisible(section.auto)
        self.follow_button.setText(
            self.tr("Follow the attendance again")
            if preamble
            else self.tr("Follow the election results again")
        )
        following = preamble or section.code == "election_results"
        self.follow_button.setVisible(following and not section.auto)
        self.follow_button.setEnabled(not self.shared.adopted)
        if not self._dirty:
            self._set_line(self.title_edit, section.title)
            if self.body_edit.toPlainText() != section.text:
                self._set_body(section.text)

    def _set_line(self, edit: QLineEdit, text: str) -> None:
        if edit.text() != text:
            edit.setText(text)

    def _set_body(self, text: str) -> None:
        """Replace the editor's text, keeping the cursor where it was (as far as it goes)."""
        position = self.body_edit.textCursor().position()
        self.body_edit.setPlainText(text)
        cursor = self.body_edit.textCursor()
        cursor.setPosition(min(position, len(text)))
        self.body_edit.setTextCursor(cursor)

    def focus_editor(self, field: str = "") -> None:
        """The keyboard into the editor: the field asked for, else the main one."""
        widgets = {"title": self.title_edit, "body": self.body_edit, "figure": self.figure_edit}
        if field in widgets:
            widgets[field].setFocus(Qt.FocusReason.OtherFocusReason)
            return
        editing = self.shared.editing
        if editing is None:
            return
        if editing[0] == TARGET:
            self.figure_edit.setFocus(Qt.FocusReason.TabFocusReason)
        else:
            self.body_edit.setFocus(Qt.FocusReason.TabFocusReason)

    # --- saving -------------------------------------------------------------------------

    def _on_typed(self, *_args: object) -> None:
        if self._loading or self.shared.editing is None or self.shared.adopted:
            return
        self._dirty = True
        self.saved_label.setText(self.tr("Not saved yet"))
        self.save_timer.start()

    def _discard(self) -> None:
        self._dirty = False

    def has_unsaved_text(self) -> bool:
        return self._dirty

    def save_editor(self) -> None:
        """Save what was typed in the editor (one undoable step), if anything changed."""
        self.save_timer.stop()
        key = self.shared.editing
        if not self._dirty or key is None or self.shared.ctx.store is None:
            return
        self._dirty = False
        if key[0] == TARGET:
            done = self._save_target(TargetId(key[1]))
        else:
            done = self._save_section(SectionId(key[1]))
        if done is None:
            return
        if done:
            self.saved_label.setText(self.tr("Saved"))
        else:
            self._dirty = self.shared.editing == key  # keep what was typed, to be corrected
            self.saved_label.setText(self.tr("Not saved"))

    def _save_target(self, tid: TargetId) -> bool | None:
        """Save the target; None: it is gone; True: saved (or unchanged)."""
        shared, store = self.shared, self.shared.ctx.require()
        target = shared.draft.target(tid)
        if target is None:
            return None
        text, unit = self.target_text.text(), self.unit_edit.currentText()
        figure = self.figure_edit.text()
        if (text.strip(), unit.strip(), figure.strip()) == (
            target.text,
            target.unit,
            figure_text(target.figure),
        ):
            return True
        change = shared.run(
            self.tr("Edit target %1").replace("%1", shared.draft.place(target_id=tid)),
            lambda: resolution.update_target(store, tid, text, figure, unit),
        )
        return change is not None

    def _save_section(self, sid: SectionId) -> bool | None:
        """Save the section; None: it is gone; True: saved (or unchanged)."""
        shared, store = self.shared, self.shared.ctx.require()
        section = shared.draft.section(sid)
        if section is None:
            return None
        title = self.title_edit.text() if section.kind is not SectionKind.PREAMBLE else None
        body = self.body_edit.toPlainText()
        if title is not None and " ".join(title.split()) == section.title:
            title = None
        new_text: str | None = body if body.strip() != section.text.strip() else None
        if title is None and new_text is None:
            return True
        change: Change | None
        if section.kind is SectionKind.PREAMBLE:
            change = shared.run(
                self.tr("Edit the preamble"), lambda: resolution.set_preamble(store, body)
            )
        else:
            change = shared.run(
                self.tr("Edit %1").replace("%1", shared.draft.place(sid)),
                lambda: resolution.update_section(store, sid, title=title, text=new_text),
            )
        return change is not None

    def follow_elections(self) -> None:
        """The election-results point (or the preamble) writes itself from the data again."""
        shared = self.shared
        section = shared.section(shared.editing)
        if shared.ctx.store is None or section is None or shared.adopted:
            return
        store, sid = shared.ctx.store, section.id
        self._dirty = False
        text = (
            self.tr("Follow the attendance")
            if section.kind is SectionKind.PREAMBLE
            else self.tr("Follow the election results")
        )
        shared.act(text, lambda: resolution.set_auto(store, sid, True))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.save_editor()
        return super().eventFilter(watched, event)
