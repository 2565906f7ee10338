"""The resolution tab: draft the congress resolution, keep its versions, record the
amendments from the discussion and adopt it by hands (docs/domain/procedure.md "Drafting the
resolution"; docs/domain/documents.md section 4).

The tab composes its panels around one ``Shared`` object: the adoption bar on top
(``adoption``), then three pages — **Draft** (the outline, ``outline_panel``, beside the
editor of its current line, ``editor``), **Versions** (``versions``) and
**Amendments** (``amendments``) — and one feedback line. Every edit goes through
``ui.commands.resolution_actions`` (undoable); the tab reloads from the services on
``ctx.changed``, keeping the selection.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QSplitter, QTabWidget, QVBoxLayout, QWidget

from ui.context import CongressContext
from ui.tabs.resolution.adoption import AdoptionBar
from ui.tabs.resolution.amendments import AmendmentsPanel
from ui.tabs.resolution.common import Shared
from ui.tabs.resolution.editor import SectionEditor
from ui.tabs.resolution.outline import OutlinePanel
from ui.tabs.resolution.versions import VersionsPanel
from ui.widgets.shortcuts import wrapping_label

IGNORED_ACTIONS = ("setting.",)
OK_STYLE = "QLabel { color: #0f5a1e; font-weight: bold; }"
ERROR_STYLE = "QLabel { color: #b3261e; font-weight: bold; }"


class ResolutionTab(QWidget):
    """The draft's outline and editor, its versions, its amendments, its adoption."""

    def __init__(self, ctx: CongressContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resolution_tab")
        self.ctx = ctx
        self.shared = Shared(ctx, self)
        self._stale = False
        self._build()
        self.setFocusProxy(self.outline_panel.outline)  # Alt+7: the keyboard in the outline
        self.shared.feedback.connect(self._show_feedback)
        self.shared.key_changed.connect(self._update_state)
        self.shared.state_changed.connect(self._update_state)
        ctx.changed.connect(self._on_changed)
        ctx.opened.connect(self.refresh)
        ctx.closed.connect(self.refresh)
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
        self.feedback = wrapping_label("resolutionFeedback")
        layout.addWidget(self.feedback)

    # --- reading ------------------------------------------------------------------------

    def _on_changed(self, action: str) -> None:
        if action.startswith(IGNORED_ACTIONS):
            return
        if not self.shared.acting:
            self._show_feedback("", ok=True)
        if not self.isVisible():
            self._stale = True  # another tab is at work: reload when shown
            return
        self.refresh()

    def refresh(self) -> None:
        """Reload the draft, versions and amendments, keeping what was selected."""
        self._stale = False
        self.shared.load()
        self.shared.refreshing = True
        try:
            self.outline_panel.fill()
            self.versions.fill()
            self.amendments.fill()
        finally:
            self.shared.refreshing = False
        self.editor.load()
        self.amendments.show_amendment()
        self._update_state()

    def _update_state(self) -> None:
        self.adoption.update_state()
        self.outline_panel.update_state()
        self.editor.update_state()
        self.versions.update_state()
        self.amendments.update_state()

    # --- visibility, feedback -----------------------------------------------------------

    def has_unsaved_text(self) -> bool:
        return self.editor.has_unsaved_text()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:
        self.editor.save_editor()
        super().hideEvent(event)

    def save_state(self) -> None:
        """Save what is typed (the main window calls it before the file closes)."""
        self.editor.save_editor()

    def _show_feedback(self, text: str, ok: bool) -> None:
        self.feedback.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)
        self.feedback.setProperty("ok", ok if text else None)
        self.feedback.setText(text)
