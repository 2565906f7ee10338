"""The minutes tab: BIÊN BẢN ĐẠI HỘI reviewed section by section, read back, signed off.

Left, the sections of the minutes in document order, each marked generated,
edited, or edited while the data under it changed since (stale); under them
the completeness check, each gap with a link to the tab where it is filled in.

Right, the selected section's text in a plain-text editor. Typing makes it
the secretary's edit, stored as one undoable step when the keyboard leaves the
section or the editor, after a pause in typing, or at once with Ctrl+Enter.
Ctrl+Shift+R reverts to the generated text (undoable). A stale edit shows the
comparison of the edit with the text generated from the data now; "Keep my
edit" marks it checked.

F10 reads the minutes back to the congress: the whole text in large type on
the hall screen; the right side then shows what the hall sees, and PageDown,
PageUp, Space, the arrow keys, Home and End scroll the hall (in the list of
sections too; a click on a section takes the hall there). Shift+F10 (or Esc)
takes the text off.

Below, closing the congress (the record frozen, the fingerprint shown in a
banner; reopening needs a reason) and writing the congress dossier (hồ sơ đại
hội) to a folder or a .zip, in a worker thread with its progress.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from secretariat.changes import Change
from secretariat.domain import Missing
from secretariat.reports.snapshot import snapshot
from secretariat.services import closing, minutes
from secretariat.services.minutes import MinutesSection
from secretariat.store import Store
from ui import state
from ui.commands import minutes_actions
from ui.context import CongressContext
from ui.dialogs.closing import ReopenDialog, confirm_close
from ui.projector import ProjectorController
from ui.screen import Screen
from ui.tabs.minutes.dossier_writer import DossierWriter, _DossierWorker
from ui.tabs.minutes.panels import MUTED, ClosedBanner, EditorPage, SectionsPanel
from ui.tabs.minutes.read_back import (
    HALL_TITLE,
    READ_KEYS,
    ReadBackPanel,
    hall_paragraphs,
    scroll_hall,
)
from ui.tabs.minutes.texts import COL_TITLE, KEY_ROLE, SECTION_LINK
from ui.widgets.shortcuts import key_button, tab_action

STATE_KEY = "minutes"  # ui.state key of the splitter
PAUSE_MS = 1500  # an edit is stored after this pause in typing
CLOSING_TABLE = "closing"  # secretariat.models.Closing: closed, reopened


class MinutesTab(Screen):
    """The sections of the minutes, the editor, the read-back, closing and the dossier."""

    fix_requested = Signal(str)  # the tab where a gap is filled in ("congress", …)

    def __init__(
        self,
        ctx: CongressContext,
        parent: QWidget | None = None,
        projector: ProjectorController | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("minutes_tab")
        self.feedback.setObjectName("minutesFeedback")
        self.projector = projector
        self._sections: list[MinutesSection] = []
        self._key: str | None = None  # the section in the editor
        self._dirty = False  # typed since the editor was loaded or the edit stored
        self._loading = False
        self._refreshing = False
        self._loaded = False  # the sections are generated when the tab is first shown
        self._closed_at: datetime | None = None  # the closed state as last read
        self._reopened: list[closing.Reopening] = []
        self._reading = False
        self.gaps: list[Missing] = []
        self._starts: dict[str, int] = {}  # a section's first paragraph on the hall screen
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(PAUSE_MS)
        self._pause.timeout.connect(self.commit)
        self._build()
        self.dossier = DossierWriter(ctx, self, self.zip_check, self.status_label)
        self.dossier.busy_changed.connect(lambda: self._update_closed(self.ctx.store))
        self._build_actions()
        state.restore_splitter(STATE_KEY, self.splitter)
        if projector is not None:
            self.listen(projector.refreshed, self._follow_projector)
        # The sections are generated when the tab is first shown (a second on a large
        # congress); the menu's close / reopen follow the file at once.
        self._update_closed(ctx.store)
        if self.isVisible():
            self.refresh()

    # --- building ---------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.banner = ClosedBanner()
        self.banner_label = self.banner.label
        self.reopen_button = self.banner.reopen_button
        layout.addWidget(self.banner)

        # Left: the sections and the check.
        self.sections_panel = SectionsPanel()
        self.tree = self.sections_panel.tree
        self.check_label = self.sections_panel.check_label
        self.tree.currentItemChanged.connect(self._on_current_changed)
        self.check_label.linkActivated.connect(self._on_check_link)

        # Right: the editor, or the read-back.
        self.right_stack = QStackedWidget()
        self.editor_page = page = EditorPage()
        self.editor = page.editor
        self.title_label, self.state_label = page.title_label, page.state_label
        self.save_button, self.revert_button = page.save_button, page.revert_button
        self.confirm_button, self.compare_button = page.confirm_button, page.compare_button
        self.compare_box, self.compare_view = page.compare_box, page.compare_view
        self.editor.textChanged.connect(self._on_text_changed)
        self.editor.installEventFilter(self)
        self.tree.installEventFilter(self)  # the scrolling keys while reading back
        self.right_stack.addWidget(page)
        self.read_panel = ReadBackPanel()
        self.read_panel.key_pressed.connect(self._on_read_key)
        self.right_stack.addWidget(self.read_panel)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("minutesSplitter")
        self.splitter.addWidget(self.sections_panel)
        self.splitter.addWidget(self.right_stack)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([470, 790])
        self.splitter.splitterMoved.connect(self._save_splitter)
        layout.addWidget(self.splitter, 1)
        self._build_bottom(layout)

    def _build_bottom(self, layout: QVBoxLayout) -> None:
        """Bottom: the hall, closing, the dossier; the feedback and the fingerprint."""
        bar = QHBoxLayout()
        self.read_button = key_button(self.tr("Read back in the hall (F10)"), "readButton")
        self.stop_button = key_button(self.tr("Stop (Shift+F10)"), "stopReadButton")
        for button in (self.read_button, self.stop_button):
            if self.projector is None:  # not setVisible(True): no parent yet (a window)
                button.hide()
            bar.addWidget(button)
        bar.addStretch(1)
        self.close_button = key_button(self.tr("Close the congress / lock…"), "closeButton")
        self.dossier_button = key_button(self.tr("Write the congress dossier…"), "dossierButton")
        self.zip_check = QCheckBox(self.tr("as one .zip file"))
        self.zip_check.setObjectName("zipCheck")
        self.zip_check.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for widget in (self.close_button, self.dossier_button, self.zip_check):
            bar.addWidget(widget)
        layout.addLayout(bar)
        foot = QHBoxLayout()
        foot.addWidget(self.feedback, 1)
        self.fingerprint_label = QLabel()
        self.fingerprint_label.setObjectName("fingerprintLabel")
        self.fingerprint_label.setStyleSheet(MUTED)
        self.fingerprint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        foot.addWidget(self.fingerprint_label)
        layout.addLayout(foot)
        self.status_label = QLabel()
        self.status_label.setObjectName("dossierStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.RichText)
        self.status_label.hide()
        layout.addWidget(self.status_label)

    def _build_actions(self) -> None:
        shift = Qt.KeyboardModifier.ShiftModifier
        ctrl = Qt.KeyboardModifier.ControlModifier

        def add(
            name: str,
            text: str,
            keys: list[QKeySequence],
            slot: Callable[[], object],
            button: QPushButton | None = None,
        ) -> QAction:
            return tab_action(self, text, keys, slot, owner=self, button=button, name=name)

        self.save_action = add(
            "save_section_action",
            self.tr("Keep the text of the section"),
            [QKeySequence(ctrl | Qt.Key.Key_Return), QKeySequence(ctrl | Qt.Key.Key_Enter)],
            self.commit,
            self.save_button,
        )
        self.revert_action = add(
            "revert_section_action",
            self.tr("Revert the section to the generated text"),
            [QKeySequence(ctrl | shift | Qt.Key.Key_R)],
            self.revert,
            self.revert_button,
        )
        self.confirm_action = add(
            "confirm_section_action",
            self.tr("Keep my edit as checked against the data"),
            [],
            self.confirm_edit,
            self.confirm_button,
        )
        self.compare_action = add(
            "compare_section_action",
            self.tr("Compare the edit with the regenerated text"),
            [QKeySequence(Qt.Key.Key_F6)],
            self.toggle_compare,
        )
        self.compare_button.clicked.connect(self._compare_clicked)
        self.read_action = add(
            "read_back_action",
            self.tr("Read the minutes back in the hall"),
            [QKeySequence(Qt.Key.Key_F10)],
            self.read_back,
            self.read_button,
        )
        self.stop_action = add(
            "stop_read_back_action",
            self.tr("Take the minutes off the hall screen"),
            [QKeySequence(shift | Qt.Key.Key_F10)],
            self.stop_read_back,
            self.stop_button,
        )
        self.read_action.setEnabled(self.projector is not None)
        self.stop_action.setEnabled(self.projector is not None)
        # Also for the main window's menus (the lead adds them there).
        self.close_action = add(
            "close_congress_action",
            self.tr("Close the congress and lock the record…"),
            [],
            self.close_congress,
            self.close_button,
        )
        self.reopen_action = add(
            "reopen_congress_action",
            self.tr("Reopen the congress…"),
            [],
            self.reopen_congress,
            self.reopen_button,
        )
        self.dossier_action = add(
            "write_dossier_action",
            self.tr("Write the congress dossier…"),
            [],
            self.write_dossier,
            self.dossier_button,
        )

    # --- reading ----------------------------------------------------------------------

    def on_opened(self) -> None:
        """Another congress (or none): nothing shown so far belongs to it."""
        if self._reading and self.projector is not None and self.projector.is_reading:
            self.projector.clear_text()  # another congress (or none): not these minutes
        self._key = None
        self._dirty = False
        self._reading = False
        self.right_stack.setCurrentIndex(0)
        self.dossier.clear_status()
        self._loaded = False
        if self.isVisible():
            self.refresh()
        else:
            self._update_closed(self.ctx.store)

    def on_closed(self) -> None:
        self.show_feedback("", ok=True)
        self.on_opened()

    def on_change(self, change: Change) -> None:
        """Regenerate what the change touched: the service keeps the facts whose tables
        it did not change (the counts of the rounds after a check-in); the closed state
        is read again only when the closing changed."""
        closing_changed = change.touches(CLOSING_TABLE)
        if self.isVisible():
            self._reload(closing_changed=closing_changed)
            return
        # Delivered while hidden: the congress closed or reopened (the Congress menu
        # follows at once), or a window not on screen; the sections wait for the showing.
        self._loaded = False
        self._update_closed(self.ctx.store, closing_changed=closing_changed)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:  # the first showing, or a change heard while hidden
            self.refresh()

    def refresh(self) -> None:
        """Reload the sections, the check and the closed state; keep the section by key."""
        self._reload(closing_changed=True)

    def _reload(self, *, closing_changed: bool) -> None:
        self._loaded = True
        store = self.ctx.store
        self._update_closed(store, closing_changed=closing_changed)
        before = self._sections
        self._sections, gaps = [], None
        if store is not None:
            with snapshot(store) as view:  # one read transaction, one picture of the file
                self._sections, gaps = minutes.generate(view), minutes.completeness(view)
        keys = [s.key for s in self._sections]
        keep = self._key if self._key in keys else (keys[0] if keys else None)
        self._refreshing = True
        try:
            self.sections_panel.fill(self._sections, keep)
        finally:
            self._refreshing = False
        if keep != self._key:
            self._key = keep
            self._dirty = False
        self._show_section(reload=not self._dirty)
        self._update_check(gaps)
        reading = self._reading and self.projector is not None and self.projector.is_reading
        if reading and self._sections != before:
            self._send_to_hall(keep_position=True)

    def section(self, key: str | None = None) -> MinutesSection | None:
        key = key or self._key
        return next((s for s in self._sections if s.key == key), None)

    def selected_key(self) -> str | None:
        return self._key

    def select_section(self, key: str) -> None:
        self.sections_panel.select(key)

    def _on_current_changed(self, current: QTreeWidgetItem | None, *_: object) -> None:
        if self._refreshing or current is None:
            return
        key = str(current.data(COL_TITLE, KEY_ROLE))
        if key == self._key:
            return
        self.commit()  # the section left keeps what was typed
        self._key = key
        self._dirty = False
        self.compare_button.setChecked(False)
        self._show_section(reload=True)
        if self._reading and self.projector is not None and key in self._starts:
            self.projector.scroll_text_to_paragraph(self._starts[key])  # the hall goes there
            self._update_position()

    def _show_section(self, *, reload: bool) -> None:
        section = self.section()
        closed = self._closed_at is not None
        if section is None:
            self.editor_page.show_header(
                None,
                self.tr("Open a congress to see its minutes.") if self.ctx.store is None else "",
            )
            self._set_editor("")
            self.editor.setEnabled(False)
            for action in (self.save_action, self.revert_action, self.confirm_action):
                action.setEnabled(False)
            self.compare_box.hide()
            self._sync_buttons()
            return
        self.editor.setEnabled(True)
        self.editor_page.show_header(section)
        shown = minutes_actions.normalized(self.editor.toPlainText())
        if reload and shown != section.text:
            self._set_editor(section.text)
        self.editor_page.set_frozen(closed)
        self.save_action.setEnabled(not closed)
        self.revert_action.setEnabled(not closed and section.edited)
        self.confirm_action.setEnabled(not closed and section.stale)
        self.compare_action.setEnabled(section.edited)
        if section.stale and not self.compare_button.isChecked():
            self.compare_button.setChecked(True)  # a stale edit shows what changed
        if not section.edited:
            self.compare_button.setChecked(False)
        self._show_compare(section)
        self._sync_buttons()

    def _sync_buttons(self) -> None:
        # The compare button toggles the view itself; the other buttons follow their
        # actions (tab_action).
        self.compare_button.setEnabled(self.compare_action.isEnabled())
        self.confirm_button.setVisible(self.confirm_action.isEnabled())

    def _set_editor(self, text: str) -> None:
        """Show ``text`` without it counting as typing; the cursor stays where it was."""
        position = self.editor.textCursor().position()
        self._loading = True
        try:
            self.editor.setPlainText(text)
        finally:
            self._loading = False
        cursor = self.editor.textCursor()
        cursor.setPosition(min(position, len(text)))
        self.editor.setTextCursor(cursor)
        self._dirty = False
        self._pause.stop()

    def _show_compare(self, section: MinutesSection) -> None:
        self.editor_page.show_compare(section)

    def _update_check(self, gaps: list[Missing] | None) -> None:
        """The check under the sections (None: no congress open)."""
        self.gaps = gaps or []
        self.sections_panel.show_check(gaps, self._sections)

    def _on_check_link(self, link: str) -> None:
        if link.startswith(SECTION_LINK):
            self.select_section(link.removeprefix(SECTION_LINK))
            self.editor.setFocus()
        else:
            self.fix_requested.emit(link)

    def _update_closed(self, store: Store | None, *, closing_changed: bool = True) -> None:
        """The fingerprint (it follows every change), the banner and the actions; the
        closed state and the reopenings are read again if ``closing_changed``."""
        has = store is not None
        if closing_changed or store is None:
            self._closed_at = closing.state(store).closed_at if store is not None else None
            self._reopened = (
                closing.reopenings(store) if store is not None and self._closed_at is None else []
            )
        closed_at, reopened = self._closed_at, self._reopened
        fingerprint = closing.fingerprint(store) if store is not None else ""
        self.fingerprint_label.setText(
            self.tr("Fingerprint of the record: %1").replace("%1", fingerprint) if has else ""
        )
        self.banner.show_closed(closed_at, fingerprint)
        if reopened:
            last = reopened[-1]
            self.fingerprint_label.setToolTip(
                self.tr("Reopened %1 time(s); last reason: %2")
                .replace("%1", str(len(reopened)))
                .replace("%2", last.reason)
            )
        else:
            self.fingerprint_label.setToolTip("")
        self.close_action.setEnabled(has and closed_at is None)
        self.reopen_action.setEnabled(closed_at is not None)
        self.dossier_action.setEnabled(has and not self.dossier.busy)
        self.close_button.setVisible(closed_at is None)
        self.zip_check.setEnabled(self.dossier_action.isEnabled())
        self.read_action.setEnabled(self.projector is not None and has)

    # --- editing ----------------------------------------------------------------------

    def _on_text_changed(self) -> None:
        if self._loading or self.editor.isReadOnly():
            return
        self._dirty = True
        self._pause.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.editor and event.type() == QEvent.Type.FocusOut:
            self.commit()
        if (
            watched is self.tree
            and self._reading
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in READ_KEYS
        ):
            # While reading back, the scrolling keys move the hall, not the list.
            self._on_read_key(event.key(), event.modifiers().value)
            return True
        return super().eventFilter(watched, event)

    def commit(self) -> bool:
        """Store what was typed in the section as the secretary's edit (one undo step)."""
        self._pause.stop()
        key = self._key
        if not self._dirty or key is None or self.ctx.store is None:
            return True
        text = self.editor.toPlainText()
        self._dirty = False
        stored: list[object] = []
        shown, ok = self.feedback.text(), self.feedback.property("ok")
        if not self.run(lambda: stored.append(minutes_actions.edit_section(self.ctx, key, text))):
            self._dirty = True
            return False
        if stored and stored[0] is not None:
            self.show_feedback(self.tr("Edit kept (Ctrl+Z undoes it)."), ok=True)
        elif shown:
            self.show_feedback(shown, ok=ok)  # nothing new to keep: the line stays as it was
        return True

    def revert(self) -> None:
        """Ctrl+Shift+R: the section's generated text again (undoable)."""
        section = self.section()
        if section is None:
            return
        if not section.edited:
            if self._dirty:  # typed but not kept yet: just drop it
                self._set_editor(section.text)
            return
        self._pause.stop()
        self._dirty = False
        key = section.key
        if self.run(lambda: minutes_actions.revert_section(self.ctx, key)):
            self.show_feedback(
                self.tr("Back to the generated text (Ctrl+Z brings your edit back)."), ok=True
            )

    def confirm_edit(self) -> None:
        """Keep a stale edit as it is, checked against the data of now."""
        section = self.section()
        if section is None or not section.stale:
            return
        self.commit()
        key, text = section.key, self.editor.toPlainText()
        if self.run(lambda: minutes_actions.edit_section(self.ctx, key, text, confirm=True)):
            self.show_feedback(self.tr("Your edit is kept and marked as checked."), ok=True)

    def toggle_compare(self) -> None:
        section = self.section()
        if section is None or not section.edited:
            return
        self.compare_button.setChecked(not self.compare_button.isChecked())
        self._show_compare(section)

    def _compare_clicked(self) -> None:
        section = self.section()
        if section is not None:
            self._show_compare(section)

    # --- reading back in the hall -------------------------------------------------------

    @property
    def is_reading(self) -> bool:
        return self._reading

    def _send_to_hall(self, *, keep_position: bool) -> None:
        if self.projector is None:
            return
        paragraphs, headings, self._starts = hall_paragraphs(self._sections)
        self.projector.show_text(HALL_TITLE, paragraphs, headings, keep_position=keep_position)

    def read_back(self) -> None:
        """F10: the whole minutes in large type on the hall screen, scrolled from here."""
        if self.projector is None or self.ctx.store is None:
            return
        self.commit()
        self._reading = True
        self._send_to_hall(keep_position=False)
        self.read_panel.attach(self.projector)
        self.right_stack.setCurrentWidget(self.read_panel)
        self.read_panel.setFocus(Qt.FocusReason.OtherFocusReason)
        self._update_position()
        self.show_feedback(self.tr("The minutes are on the hall screen."), ok=True)

    def stop_read_back(self) -> None:
        """Shift+F10 (or Esc while reading): the hall goes back to the programme."""
        if self.projector is None:
            return
        was = self._reading
        self._reading = False
        if self.projector.is_reading:
            self.projector.clear_text()
        self.right_stack.setCurrentIndex(0)
        if was:
            self.tree.setFocus()
            self.show_feedback(self.tr("The minutes were taken off the hall screen."), ok=True)

    def _on_read_key(self, key: int, modifiers: int) -> None:
        if self.projector is None:
            return
        if key == Qt.Key.Key_Escape.value:
            self.stop_read_back()
            self._update_position()
        elif scroll_hall(self.projector, key, modifiers):
            self._update_position()

    def _follow_projector(self) -> None:
        """Another screen replaced the minutes in the hall: back to editing."""
        if self._reading and self.projector is not None and not self.projector.is_reading:
            self._reading = False
            self.right_stack.setCurrentIndex(0)
        elif self._reading:
            self._update_position()

    def _update_position(self) -> None:
        if self.projector is not None:
            self.read_panel.show_position(self.projector)

    # --- closing ------------------------------------------------------------------------

    def close_congress(self) -> None:
        """Bế mạc: freeze the record after asking; the banner shows the fingerprint."""
        store = self.ctx.store
        if store is None or closing.is_closed(store):
            return
        self.commit()
        if not confirm_close(self, len(self.gaps)):
            return
        if self.run(lambda: minutes_actions.close_congress(self.ctx)):
            self.show_feedback(
                self.tr("The congress is closed; its record is frozen. Fingerprint: %1").replace(
                    "%1", closing.fingerprint(store)
                ),
                ok=True,
            )

    def reopen_congress(self) -> None:
        """Mở lại: reopen the closed congress for a reason the journal keeps."""
        store = self.ctx.store
        if store is None or not closing.is_closed(store):
            return
        dialog = ReopenDialog(
            self, submit=lambda reason: minutes_actions.reopen_congress(self.ctx, reason)
        )
        accepted: list[int] = []
        # Inside run: the reopening the dialog submits is this screen's own change.
        self.run(lambda: accepted.append(dialog.exec()))
        if accepted and accepted[0]:
            self.show_feedback(
                self.tr("The congress is open again; the reason is kept in the journal."),
                ok=True,
            )

    # --- the dossier --------------------------------------------------------------------

    def dossier_name(self) -> str:
        return self.dossier.dossier_name()

    @property
    def last_dossier(self) -> Path | None:
        return self.dossier.last_dossier

    @property
    def _worker(self) -> _DossierWorker | None:
        return self.dossier._worker

    def write_dossier(self) -> None:
        """Choose a folder (or a .zip), then write every document, the archive, the journal."""
        if self.ctx.store is None or self.dossier.busy:
            return
        self.commit()
        self.dossier.write_dossier()

    def wait_for_jobs(self, msecs: int = 30_000) -> bool:
        """Block until a dossier being written is finished (closing the file, tests)."""
        return self.dossier.wait_for_jobs(msecs)

    # --- feedback and state -------------------------------------------------------------

    def save_state(self) -> None:
        """Before the file closes: keep what is typed, remember the splitter."""
        self.commit()
        self._save_splitter()

    def _save_splitter(self, *_args: object) -> None:
        state.save_splitter(STATE_KEY, self.splitter)
