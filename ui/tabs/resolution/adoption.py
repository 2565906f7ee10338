"""The head of the resolution tab: its state, "Save version" (Ctrl+S), "Adopt the
resolution…" (Ctrl+Shift+A) by the hands of the congress, and "Reopen…"; once
adopted, a banner says the draft is frozen (docs/domain/procedure.md "Drafting the
resolution")."""

from __future__ import annotations

import functools
from typing import ClassVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QLabel, QVBoxLayout, QWidget

from secretariat.services import attendance, resolution
from secretariat.store import Store
from ui.commands import resolution_actions
from ui.dialogs.resolution import HandsDialog
from ui.tabs.resolution.common import (
    MUTED,
    VERSION_TABLES,
    Shared,
    proposal_text,
    resolution_error_text,
)
from ui.widgets.shortcuts import key_button, scale_font, tab_action, wrapping_label

BANNER_STYLE = (
    "QLabel { color: #ffffff; background: #1e5a9c; border-radius: 6px; padding: 8px 14px; }"
)


class AdoptionBar(QWidget):
    """The caption, the state, the version and adoption buttons, the adopted banner.

    Its keys work anywhere in ``keys_owner`` (the whole tab)."""

    WATCHES: ClassVar[frozenset[str]] = VERSION_TABLES

    def __init__(self, shared: Shared, keys_owner: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shared = shared
        self._build()
        ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        self.save_version_action = tab_action(
            self,
            self.tr("Save a version"),
            [QKeySequence(Qt.KeyboardModifier.ControlModifier | Qt.Key.Key_S)],
            self.save_version,
            owner=keys_owner,
            button=self.save_version_button,
            name="save_version_action",
        )
        self.adopt_action = tab_action(
            self,
            self.tr("Adopt the resolution"),
            [QKeySequence(ctrl_shift | Qt.Key.Key_A)],
            self.adopt,
            owner=keys_owner,
            button=self.adopt_button,
            name="adopt_action",
        )
        self.reopen_action = tab_action(
            self,
            self.tr("Reopen the resolution"),
            [],
            self.reopen,
            owner=keys_owner,
            button=self.reopen_button,
            name="reopen_action",
        )

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        caption = QLabel(self.tr("Congress resolution"))
        scale_font(caption, 1.2, bold=True)
        top.addWidget(caption)
        self.state_label = QLabel()
        self.state_label.setObjectName("resolutionState")
        self.state_label.setStyleSheet(MUTED)
        top.addWidget(self.state_label, 1)
        self.save_version_button = key_button(self.tr("Save version (Ctrl+S)"), "saveVersionButton")
        self.adopt_button = key_button(
            self.tr("Adopt the resolution… (Ctrl+Shift+A)"), "adoptButton"
        )
        scale_font(self.adopt_button, 1.0, bold=True)
        self.reopen_button = key_button(self.tr("Reopen…"), "reopenButton")
        for button in (self.save_version_button, self.adopt_button, self.reopen_button):
            top.addWidget(button)
        layout.addLayout(top)
        self.banner = wrapping_label("adoptedBanner")
        self.banner.setStyleSheet(BANNER_STYLE)
        scale_font(self.banner, 1.05, bold=True)
        self.banner.hide()
        layout.addWidget(self.banner)

    def update_state(self) -> None:
        """The banner, the state line and what may be done, as the data read last says."""
        shared = self.shared
        adopted = next((v for v in reversed(shared.versions) if v.adopted), None)
        self.banner.setVisible(shared.adopted)
        if adopted is not None:
            self.banner.setText(
                self.tr(
                    "Adopted: “%1” (%2) is frozen. The draft can no longer be edited; "
                    "use Reopen… to change it."
                )
                .replace("%1", adopted.name)
                .replace("%2", adopted.created_at.strftime("%d/%m/%Y %H:%M"))
            )
        drafts = sum(1 for v in shared.versions if not v.adopted)
        self.state_label.setText(
            self.tr("Adopted")
            if shared.adopted
            else self.tr("Working draft · %1 saved versions").replace("%1", str(drafts))
        )
        self.save_version_action.setEnabled(shared.editable)
        self.adopt_action.setEnabled(shared.editable)
        self.reopen_action.setEnabled(shared.ctx.store is not None and shared.adopted)
        self.reopen_button.setVisible(shared.adopted)
        self.adopt_button.setVisible(not shared.adopted)

    def save_version(self) -> None:
        """Ctrl+S: freeze the working draft as "Dự thảo N"."""
        shared = self.shared
        if shared.ctx.store is None or shared.adopted:
            return
        store = shared.ctx.store
        change = shared.act(self.tr("Save a version"), lambda: resolution.save_version(store))
        if change is not None and change.version_after is not None:
            shared.show(
                self.tr("Saved as “%1”.").replace("%1", change.version_after.row.name), ok=True
            )

    # --- adoption -----------------------------------------------------------------------

    def adopt(self) -> None:
        """The show-of-hands vote on the whole resolution; if it passes, it is frozen."""
        shared = self.shared
        if shared.ctx.store is None or shared.adopted:
            return
        shared.save_requested.emit()
        store = shared.ctx.store
        if not self._settle_pending(store):
            return
        counters = attendance.counters(store, store.clock())
        note = self.tr(
            "Type the hands of the vote on the whole resolution. If it passes, the "
            "working draft is frozen as the adopted resolution."
        )
        note += "\n" + (
            self.tr("Majority base %1 · full members present %2")
            .replace("%1", str(counters.base.majority_base))
            .replace("%2", str(counters.voters_present))
        )
        dialog = HandsDialog(
            self.tr("Adopt the resolution"),
            note,
            self,
            submit=self._adopt_now,
            words=resolution_error_text,
        )
        dialog.exec()

    def _settle_pending(self, store: Store) -> bool:
        """Remarks still pending are dealt with before the vote on the whole: the
        secretary deals with them in the list, or records them here as not accepted
        with the reason (the minutes and the amendments paper state each fate)."""
        waiting = resolution.pending_amendments(store)
        if not waiting:
            return True
        listed = "\n".join(
            f"{row.position}. {row.proposer or '…'}: {proposal_text(row)}" for row in waiting
        )
        reason, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("Remarks not dealt with"),
            self.tr(
                "These remarks are still pending:\n%1\n\nDeal with each in the list "
                "(accept, explain or vote) — or record them all as not accepted, with the "
                "reason below, and go on to the adoption vote."
            ).replace("%1", listed),
            resolution.NOT_ACCEPTED_REASON,
        )
        if not ok:
            return False
        if not reason.strip():
            self.shared.show(self.tr("Not adopted: a reason is needed."), ok=False)
            return False
        for row in waiting:
            self.shared.act(
                self.tr("Explain amendment %1").replace("%1", str(row.position)),
                functools.partial(resolution.explain_amendment, store, row.id, reason),
            )
        return not resolution.pending_amendments(store)

    def _adopt_now(self, yes: int, no: int, other: int) -> object:
        ctx = self.shared.ctx
        adoption = self.shared.attempt(lambda: resolution_actions.adopt(ctx, yes, no, other))
        percent = adoption.result.percent_text
        if adoption.version is not None:
            self.shared.show(
                self.tr("The resolution is adopted (%1 in favour).").replace("%1", percent),
                ok=True,
            )
        else:
            self.shared.show(
                self.tr(
                    "Not adopted: %1 in favour is not more than half. The vote is recorded."
                ).replace("%1", percent),
                ok=False,
            )
        return adoption

    def reopen(self) -> None:
        shared = self.shared
        if shared.ctx.store is None or not shared.adopted:
            return
        # The minutes say what the congress reopened it for (issue 18 §1): ask, and
        # let Esc (or an empty answer) leave the resolution adopted.
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Reopen the resolution"),
            self.tr(
                "Reopen the adopted resolution for editing? The adopted version stays in the "
                "list, no longer marked adopted; the resolution must be adopted again.\n\n"
                "What does the congress reopen it for? (the minutes say it)"
            ),
        )
        if not ok or not reason.strip():
            return
        shared.screen.run(
            lambda: resolution_actions.reopen(shared.ctx, reason),
            describe=resolution_error_text,
            done=self.tr("Reopened: the draft can be edited again."),
        )
