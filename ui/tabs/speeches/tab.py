"""The speeches tab: the speaker queue, the speaking clock and the summary for the minutes.

One screen for the secretary during the discussion. The agenda item at the top
follows the item under way unless another is chosen. Its panels, composed around
one ``Shared`` object: registration (``registration``: typing a name without
diacritics finds members and guests, Enter registers), the queue (``queue_panel``),
who speaks (``speaking``), the summary (``notes``) and the statistics (``stats``).
The keys:

    F9           call the next speaker (ends the current speech)
    F8           pause / resume the current speech
    Shift+F9     end the current speech
    Ctrl+Up/Down move the selected waiting speech in the queue (or drag it)
    Delete       remove the selected waiting speech (in the queue)
    Enter        register the person selected in the search results
    Up/Down      move through the search results while typing

The F-keys and Ctrl+arrows work anywhere in the tab, also while typing the
summary. The clock's tick only repaints the countdown, the speaking times and the
statistics. Every edit goes through ``ui.commands.speech_actions`` (undoable), run
by the tab's one runner; each panel declares the tables it shows (``WATCHES``) and
a change reloads only what it touched (a check-in at the door: nothing here).
"""

from __future__ import annotations

from datetime import datetime
from typing import ClassVar

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from secretariat.changes import Change
from secretariat.domain import AgendaItemId, AgendaItemRow, SpeechRow
from secretariat.rules.collation import fold
from secretariat.services import agenda, roster, settings, speeches
from ui import state
from ui.context import CongressContext
from ui.screen import Screen
from ui.tabs.speeches.common import Person, Shared, compact
from ui.tabs.speeches.notes import NotesPanel
from ui.tabs.speeches.queue import QueuePanel
from ui.tabs.speeches.registration import RegistrationPanel
from ui.tabs.speeches.speaking import SpeakingPanel
from ui.tabs.speeches.statistics import StatisticsPanel

STATE_KEY = "speeches"  # ui.state key of the splitter and the queue header
TICK_MS = 250
PANELS = (RegistrationPanel, QueuePanel, SpeakingPanel, NotesPanel, StatisticsPanel)
PanelType = RegistrationPanel | QueuePanel | SpeakingPanel | NotesPanel | StatisticsPanel


class SpeechesTab(Screen):
    """Register speakers, run the speaking clock, write the summaries, see the statistics."""

    # The agenda items (the item shown), and what the panels show.
    WATCHES: ClassVar[frozenset[str]] = frozenset({"agenda_item"}).union(
        *(panel.WATCHES for panel in PANELS)
    )

    def __init__(self, ctx: CongressContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.feedback.setObjectName("speechFeedback")
        self.shared = Shared(self)
        self._build()
        self.setFocusProxy(self.registration.search)
        self.shared.feedback.connect(lambda text, ok: self.show_feedback(text, ok=ok))
        self.shared.selection_changed.connect(self._on_selection)
        self.speaking.called.connect(self.queue_panel.select_speech)
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.refresh()
        state.restore_splitter(STATE_KEY, self.splitter)

    def _build(self) -> None:
        top = QHBoxLayout()
        item_label = QLabel(self.tr("Agenda item:"))
        self.item_combo = QComboBox()
        self.item_combo.setObjectName("speechItem")
        compact(self.item_combo)
        self.item_combo.activated.connect(self._on_item_chosen)
        item_label.setBuddy(self.item_combo)
        self.follow_box = QCheckBox(self.tr("Follow the item under way"))
        self.follow_box.setObjectName("speechFollow")
        self.follow_box.setChecked(True)
        self.follow_box.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.follow_box.toggled.connect(self._on_follow_toggled)
        top.addWidget(item_label)
        top.addWidget(self.item_combo, 1)
        top.addWidget(self.follow_box)
        self.registration = RegistrationPanel(self.shared)
        self.queue_panel = QueuePanel(self.shared, self)
        self.speaking = SpeakingPanel(self.shared, self)
        self.notes = NotesPanel(self.shared)
        self.stats = StatisticsPanel(self.shared)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("speechSplitter")
        self.splitter.addWidget(self._column(self.registration, self.queue_panel))
        self.splitter.addWidget(self._column(self.speaking, self.notes))
        self.splitter.addWidget(self.stats)
        for index, stretch in enumerate((4, 4, 3)):
            self.splitter.setStretchFactor(index, stretch)
            self.splitter.setCollapsible(index, False)
        self.splitter.setSizes([440, 480, 340])
        self.splitter.splitterMoved.connect(self._save_splitter)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.feedback)
        layout.addWidget(self.splitter, 1)

    @staticmethod
    def _column(upper: QWidget, lower: QWidget) -> QWidget:
        """Two panels one above the other; the lower one takes the height left."""
        side = QWidget()
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(upper)
        column.addWidget(lower, 1)
        return side

    # --- reading ----------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload from the services, keeping the chosen item, the selection and unsaved notes."""
        shared, store = self.shared, self.ctx.store
        if store is None:
            shared.items, shared.people, shared.rows, shared.item_id = [], [], [], None
            self._fill_items(None)
            self._show(None)
            return
        shared.warn_seconds = int(settings.get(store, "speeches.warn_seconds"))
        shared.items = agenda.list_items(store)
        progress = agenda.progress(store)
        self._choose_item(progress.current, progress.following)
        self._fill_items(progress.current)
        shared.people = self._read_people()
        self._read_rows()
        self._show(store.clock())

    def on_change(self, change: Change) -> None:
        """Read again only what the change touched; show it in the panels that show it."""
        store = self.ctx.store
        if store is None or change.touches("agenda_item"):
            self.refresh()  # another item may be under way: everything follows it
            return
        if change.touches("setting"):
            self.shared.warn_seconds = int(settings.get(store, "speeches.warn_seconds"))
        if change.touches("member", "guest"):
            self.shared.people = self._read_people()
        if change.touches("speech"):
            self._read_rows()
        self._show(store.clock(), change)

    def _read_rows(self) -> None:
        store, item_id = self.ctx.require(), self.shared.item_id
        self.shared.rows = speeches.queue(store, item_id) if item_id is not None else []

    def _show(self, now: datetime | None, change: Change | None = None) -> None:
        """Fill the panels (those whose tables ``change`` touched), keeping the selection."""

        def touched(panel: type[PanelType]) -> bool:
            return change is None or change.touches(*panel.WATCHES)

        if self.shared.refreshing:
            return
        self.shared.refreshing = True
        try:
            if touched(QueuePanel):
                self.queue_panel.fill(now)
            if touched(RegistrationPanel):
                self.registration.update_results()
            if touched(SpeakingPanel):
                self.speaking.show_speaking(now)
            if touched(StatisticsPanel):
                self.stats.load(now)
        finally:
            self.shared.refreshing = False
        if touched(NotesPanel):
            self.notes.sync()
        self._update_enabled()

    def _choose_item(self, current: AgendaItemRow | None, following: AgendaItemRow | None) -> None:
        items = self.shared.items
        if self.follow_box.isChecked() and current is not None:
            self.shared.item_id = current.id
        elif self.shared.item_id not in [item.id for item in items]:
            fallback = current or following or (items[0] if items else None)
            self.shared.item_id = fallback.id if fallback else None

    def _fill_items(self, current: AgendaItemRow | None) -> None:
        self.item_combo.blockSignals(True)
        self.item_combo.clear()
        for item in self.shared.items:
            if current is not None and item.id == current.id:
                mark = "▶ "
            elif item.ended_at is not None:
                mark = "✓ "
            else:
                mark = ""
            self.item_combo.addItem(f"{mark}{item.position}. {item.title}", int(item.id))
        if self.shared.item_id is not None:
            self.item_combo.setCurrentIndex(self.item_combo.findData(int(self.shared.item_id)))
        self.item_combo.blockSignals(False)

    def _read_people(self) -> list[Person]:
        store = self.ctx.require()
        people = [
            Person(m.id, None, m.full_name, m.position, fold(m.full_name))
            for m in roster.list_members(store)
        ]
        people += [
            Person(
                None,
                g.id,
                g.full_name,
                g.title,
                fold(g.full_name),
                superior_representative=g.superior_representative,
            )
            for g in roster.list_guests(store)
        ]
        return people

    def _on_selection(self) -> None:
        self.notes.sync()
        self._update_enabled()

    def current_speech(self) -> SpeechRow | None:
        """The speech under way (speaking or paused) in the chosen item."""
        return self.shared.current_speech()

    def item_id(self) -> AgendaItemId | None:
        return self.shared.item_id

    # --- the item -----------------------------------------------------------------------

    def select_item(self, item_id: AgendaItemId) -> None:
        """Show another item's queue (stops following the item under way unless it is it)."""
        self.notes.save_notes()
        self.shared.item_id = item_id
        current = agenda.progress(self.ctx.require()).current if self.ctx.store else None
        self.follow_box.blockSignals(True)
        self.follow_box.setChecked(current is not None and current.id == item_id)
        self.follow_box.blockSignals(False)
        self.queue_panel.clear_selection()
        self.refresh()

    def _on_item_chosen(self, index: int) -> None:
        if index >= 0:
            self.select_item(AgendaItemId(int(self.item_combo.itemData(index))))
            self.shared.search_requested.emit()

    def _on_follow_toggled(self, checked: bool) -> None:
        if checked:
            self.notes.save_notes()
            self.queue_panel.clear_selection()
            self.refresh()

    # --- the clock, enabling ----------------------------------------------------------

    def tick(self) -> None:
        """Repaint what the clock moves: the countdown, the speaking times, the statistics."""
        store = self.ctx.store
        if store is None:
            return
        now = store.clock()
        self.speaking.tick(now)
        self.queue_panel.tick(now)
        self.stats.tick(now)

    def _update_enabled(self) -> None:
        self.speaking.update_enabled()
        self.queue_panel.update_enabled()
        self.registration.update_enabled()
        self.notes.update_enabled()

    # --- visibility -----------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.tick()
        self.timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self.timer.stop()
        self.notes.save_notes()
        self.save_state()
        super().hideEvent(event)

    def save_state(self) -> None:
        """Save unsaved notes and remember the splitter (the main window calls it on close)."""
        self.notes.save_notes()
        self._save_splitter()

    def _save_splitter(self, *_args: object) -> None:
        state.save_splitter(STATE_KEY, self.splitter)
