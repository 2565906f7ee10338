"""The resolution tab: draft the congress resolution, keep its versions, record the
amendments from the discussion and adopt it by hands (docs/domain/procedure.md "Drafting the
resolution"; docs/domain/documents.md section 4).

The tab composes its panels around one ``Shared`` object: the adoption bar on top
(``adoption``), then three pages — **Draft** (the outline, ``outline_panel``, beside the
editor of its current line, ``editor``), **Versions** (``versions``) and
**Amendments** (``amendments``) — and one feedback line. Every edit goes through
``ui.commands.resolution_actions`` (undoable), run by the tab's one runner; each
panel declares the tables it shows (``WATCHES``) and the tab reloads from the
services only the parts a change touched, keeping the selection.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QSplitter, QTabWidget, QVBoxLayout, QWidget

from secretariat.changes import Change
from ui.context import CongressContext
from ui.screen import Screen
from ui.tabs.resolution.adoption import AdoptionBar
from ui.tabs.resolution.amendments import AmendmentsPanel
from ui.tabs.resolution.common import AUTO_TABLES, RESOLUTION_TABLES, Shared
from ui.tabs.resolution.editor import SectionEditor
from ui.tabs.resolution.outline import OutlinePanel
from ui.tabs.resolution.versions import VersionsPanel


class ResolutionTab(Screen):
    """The draft's outline and editor, its versions, its amendments, its adoption."""

    WATCHES: ClassVar[frozenset[str]] = (
        AdoptionBar.WATCHES
        | OutlinePanel.WATCHES
        | SectionEditor.WATCHES
        | VersionsPanel.WATCHES
        | AmendmentsPanel.WATCHES
    )

    def __init__(self, ctx: CongressContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("resolution_tab")
        self.feedback.setObjectName("resolutionFeedback")
        self.shared = Shared(self)
        self._build()
        self.setFocusProxy(self.outline_panel.outline)  # Alt+7: the keyboard in the outline
        self.shared.feedback.connect(lambda text, ok: self.show_feedback(text, ok=ok))
        self.shared.key_changed.connect(self._update_state)
        self.shared.state_changed.connect(self._update_state)
        self.refresh()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.adoption = AdoptionBar(self.shared, self)
        layout.addWidget(self.adoption)
        self.outline_panel = OutlinePanel(self.shared)
        self.editor = SectionEditor(self.shared)
        self.draft_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.draft_splitter.setObjectName("draftSplitter")
        self.draft_splitter.addWidget(self.outline_panel)
        self.draft_splitter.addWidget(self.editor)
        self.draft_splitter.setChildrenCollapsible(False)
        self.draft_splitter.setStretchFactor(0, 2)
        self.draft_splitter.setStretchFactor(1, 3)
        self.draft_splitter.setSizes([480, 780])
        self.outline_panel.add_move_actions(self.draft_splitter)
        draft_page = QWidget()
        QVBoxLayout(draft_page).addWidget(self.draft_splitter)
        self.versions = VersionsPanel(self.shared, self.adoption.save_version_action)
        self.amendments = AmendmentsPanel(self.shared)
        self.pages = QTabWidget()
        self.pages.setObjectName("resolutionPages")
        self.pages.addTab(draft_page, self.tr("Draft"))
        self.pages.addTab(self.versions, self.tr("Versions"))
        self.pages.addTab(self.amendments, self.tr("Amendments"))
        self.pages.currentChanged.connect(lambda _i: self.editor.save_editor())
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.feedback)

    # --- reading ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the draft, versions and amendments, keeping what was selected."""
        self._reload(draft=True, versions=True, amendments=True)

    def on_change(self, change: Change) -> None:
        """Reload only the parts whose tables the change touched."""
        # The draft follows the attendance or the elections only through its auto sections.
        self._reload(
            draft=change.touches(*RESOLUTION_TABLES, *self.shared.followed_tables()),
            versions=change.touches(*VersionsPanel.WATCHES, *AdoptionBar.WATCHES),
            amendments=change.touches(*AmendmentsPanel.WATCHES),
            # A point edited leaves the election results as they were (no tally again).
            current=frozenset(k for k, t in AUTO_TABLES.items() if not change.touches(*t)),
        )

    def _reload(
        self,
        *,
        draft: bool,
        versions: bool,
        amendments: bool,
        current: frozenset[str] = frozenset(),
    ) -> None:
        self.shared.load(draft=draft, versions=versions, amendments=amendments, current=current)
        self.shared.refreshing = True
        try:
            if draft:
                self.outline_panel.fill()
            if versions:
                self.versions.fill()
            elif draft:
                self.versions.draft_changed()
            if amendments:
                self.amendments.fill()
        finally:
            self.shared.refreshing = False
        if draft:
            self.editor.load()
        if amendments:
            self.amendments.show_amendment()
        self._update_state()

    def _update_state(self) -> None:
        self.adoption.update_state()
        self.outline_panel.update_state()
        self.editor.update_state()
        self.versions.update_state()
        self.amendments.update_state()

    # --- what is typed ------------------------------------------------------------------

    def has_unsaved_text(self) -> bool:
        return self.editor.has_unsaved_text()

    def hideEvent(self, event: QHideEvent) -> None:
        self.editor.save_editor()
        super().hideEvent(event)

    def save_state(self) -> None:
        """Save what is typed (the main window calls it before the file closes)."""
        self.editor.save_editor()
