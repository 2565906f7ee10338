"""What the panels of the resolution tab share: the data read last, the outline's
current line, the words of the refusals, and the signals the panels talk through.

The panels never reach into each other: the outline says which section is current
(``Shared.key`` and ``key_changed``), the editor saves what is typed when asked
(``save_requested``), and every panel runs its actions through ``Shared.run`` so
the tab shows one feedback line.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget

from secretariat.errors import SecretariatError, ValidationError
from secretariat.services import resolution
from secretariat.services.resolution import (
    AmendmentRow,
    Change,
    Draft,
    Section,
    SectionId,
    SectionKind,
    TargetId,
    TargetRow,
    VersionRow,
)
from ui.commands.resolution_actions import run
from ui.messages import describe
from ui.screen import Screen

KIND_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SECTION, TARGET = "section", "target"

MUTED = "QLabel { color: #5f6b7a; }"
READ_ONLY_STYLE = "background: #f1f3f6; color: #3c4450;"
PASSED_COLOUR = "#1e7b34"
FAILED_COLOUR = "#b3261e"
PENDING_COLOUR = "#8a5300"

Key = tuple[str, int]


def resolution_error_text(error: Exception) -> str:
    """Words for the refusals of the resolution services (others: ui.messages)."""
    if isinstance(error, ValidationError):
        codes = {
            "adopted": QCoreApplication.translate(
                "ResolutionTab",
                "The resolution has been adopted and is frozen. Reopen it first to change it.",
            ),
            "not_adopted": QCoreApplication.translate(
                "ResolutionTab", "The resolution is not adopted."
            ),
            "decided": QCoreApplication.translate(
                "ResolutionTab",
                "This amendment has already been decided. Undo (Ctrl+Z) the decision to change it.",
            ),
            "not_voted": QCoreApplication.translate(
                "ResolutionTab", "This amendment has not been put to a vote."
            ),
            "gone": QCoreApplication.translate(
                "ResolutionTab",
                "The section or target of this amendment is no longer in the draft.",
            ),
            "draft_not_empty": QCoreApplication.translate(
                "ResolutionTab", "The draft is not empty."
            ),
            "empty": QCoreApplication.translate(
                "ResolutionTab", "The draft is empty: there is nothing to adopt."
            ),
            "pending_amendments": QCoreApplication.translate(
                "ResolutionTab",
                "Some remarks are still pending: accept, explain or vote on each before "
                "the adoption vote.",
            ),
        }
        if error.code in codes:
            return codes[error.code]
        if error.code == "invalid" and error.field in ("figure", "proposed_figure"):
            return QCoreApplication.translate(
                "ResolutionTab",
                "The figure must be a number such as 100, 20 or 12,5 (below one billion).",
            )
        if error.code == "invalid" and error.field == "proposed_text":
            return QCoreApplication.translate(
                "ResolutionTab", "The proposed text is not acceptable."
            )
        if error.code == "missing" and error.field == "proposed_text":
            return QCoreApplication.translate(
                "ResolutionTab", "Type the proposed wording (or a figure for a target)."
            )
        if error.code == "missing" and error.field == "answer":
            return QCoreApplication.translate("ResolutionTab", "Type the presidium's answer.")
        if error.code == "missing" and error.field == "text":
            return QCoreApplication.translate("ResolutionTab", "A target needs its text.")
        if error.code == "more_than_present":
            return QCoreApplication.translate(
                "ResolutionTab",
                "Refused: %1 votes is more than the full members present. Nothing was recorded.",
            ).replace("%1", str(error.value))
    return describe(error)


def figure_text(value: Decimal | None) -> str:
    """A figure as the secretary types it: Vietnamese decimal comma."""
    if value is None:
        return ""
    return format(value.normalize(), "f").replace(".", ",")


def proposal_text(row: AmendmentRow) -> str:
    """What an amendment proposes, on one line (its figure first)."""
    words = " ".join(row.proposed_text.split())
    if row.proposed_figure is not None:
        figure = figure_text(row.proposed_figure)
        words = QCoreApplication.translate("ResolutionTab", "figure → %1").replace("%1", figure) + (
            f"; {words}" if words else ""
        )
    return words or " ".join(row.remark.split())


def table_style(table: QTableWidget) -> None:
    """A read-only table of whole rows, one line each, fixed row height."""
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.verticalHeader().setVisible(False)
    rows = table.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(table.fontMetrics().height() + 12)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)


# What each part of the tab shows (``secretariat.models`` table names): a change
# touching none of a part's tables leaves it as it is (issue #15 §2).
RESOLUTION_TABLES = frozenset({"resolution_section", "resolution_target", "resolution_version"})
# The sections that follow the data while ``auto``: the preamble (the congress and
# its attendance, docs/domain/documents.md §4) and the election results
# (docs/domain/procedure.md "Election results flow into the resolution text").
PREAMBLE_TABLES = frozenset({"congress", "session", "member", "attendance", "movement"})
ELECTION_TABLES = frozenset(
    {
        "congress",
        "member",
        "election",
        "election_round",
        "candidate",
        "ballot",
        "ballot_resolution",
        "nomination",
    }
)
FOLLOWED_TABLES = PREAMBLE_TABLES | ELECTION_TABLES
# What each auto section follows, by its key (``resolution.auto_texts_of``).
AUTO_TABLES = {"preamble": PREAMBLE_TABLES, "election_results": ELECTION_TABLES}
DRAFT_TABLES = RESOLUTION_TABLES | FOLLOWED_TABLES
VERSION_TABLES = RESOLUTION_TABLES
AMENDMENT_TABLES = RESOLUTION_TABLES | {"amendment", "vote", "speech"}

T = TypeVar("T")


class Shared(QObject):
    """The small object the resolution panels talk through.

    It holds what the tab read last (draft, versions, amendments, adopted), the
    outline's current line (``key``) and the section or target in the editor
    (``editing``), and runs the panels' actions through the tab's one runner
    (``Screen.run``: one feedback line, the tab's own changes told from others).
    """

    key_changed = Signal()  # the outline's current line changed (not while refreshing)
    save_requested = Signal()  # save what is typed in the editor, before an action
    discard_requested = Signal()  # forget what is typed (the section is being removed)
    edit_requested = Signal(str)  # keyboard into the editor: "", "title", "body", "figure"
    select_requested = Signal(str, int)  # make (kind, id) the outline's current line
    step_requested = Signal(int)  # the next (+1) or previous (-1) line of the outline
    outline_requested = Signal()  # the keyboard back to the outline
    feedback = Signal(str, bool)  # the tab's feedback line: text, ok
    state_changed = Signal()  # what may be done changed: the tab updates its actions

    def __init__(self, screen: Screen) -> None:
        super().__init__(screen)
        self.screen = screen
        self.ctx = screen.ctx
        self.draft = Draft(None, ())
        self.versions: list[VersionRow] = []
        self.amendments: list[AmendmentRow] = []
        self.adopted = False
        self.key: Key | None = None
        self.editing: Key | None = None
        self.refreshing = False

    # --- the data ---------------------------------------------------------------------

    def load(
        self,
        *,
        draft: bool = True,
        versions: bool = True,
        amendments: bool = True,
        current: frozenset[str] = frozenset(),
    ) -> None:
        """Read again the draft, the versions (and the adoption), the amendments.

        ``current``: the auto sections (``AUTO_TABLES`` keys) whose text shown is still
        current, as no change touched what they follow: kept, not made again.
        """
        store = self.ctx.store
        if store is None:
            self.draft, self.versions, self.amendments = Draft(None, ()), [], []
            self.adopted = False
            return
        if draft:
            known = resolution.auto_texts_of(self.draft)
            self.draft = resolution.draft(
                store, {key: text for key, text in known.items() if key in current}
            )
        if versions:
            self.versions = resolution.list_versions(store)
            self.adopted = resolution.is_adopted(store)
        if amendments:
            self.amendments = resolution.list_amendments(store)

    def followed_tables(self) -> frozenset[str]:
        """The tables the draft read last follows: those of its ``auto`` sections."""
        tables: frozenset[str] = frozenset()
        for section in self.draft.sections():
            if section.auto and section.kind is SectionKind.PREAMBLE:
                tables |= PREAMBLE_TABLES
            elif section.auto and section.code == "election_results":
                tables |= ELECTION_TABLES
        return tables

    @property
    def editable(self) -> bool:
        return self.ctx.store is not None and not self.adopted

    def section(self, key: Key | None) -> Section | None:
        """The section of a line of the outline (a target's: the section it belongs to)."""
        if key is None:
            return None
        if key[0] == SECTION:
            return self.draft.section(SectionId(key[1]))
        target = self.draft.target(TargetId(key[1]))
        return self.draft.section(target.section_id) if target is not None else None

    def target(self, key: Key | None) -> TargetRow | None:
        if key is None or key[0] != TARGET:
            return None
        return self.draft.target(TargetId(key[1]))

    def point_of(self, section: Section) -> Section | None:
        if section.kind is SectionKind.POINT:
            return section
        if section.kind is SectionKind.SUBPOINT and section.parent_id is not None:
            return self.draft.section(section.parent_id)
        return None

    # --- running actions --------------------------------------------------------------

    def show(self, text: str, *, ok: bool) -> None:
        self.feedback.emit(text, ok)

    def run(self, text: str, action: Callable[[], Change]) -> Change | None:
        """Run an undoable action; a refusal is worded in the feedback line."""
        made: list[Change] = []
        done = self.screen.run(
            lambda: made.append(run(self.ctx, text, action)), describe=resolution_error_text
        )
        return made[0] if done and made else None

    def act(
        self, text: str, action: Callable[[], Change], kind: str | None = None
    ) -> Change | None:
        """Save the editor, run an action; select what it made (``kind``) if any."""
        self.save_requested.emit()
        change = self.run(text, action)
        if change is not None and kind is not None and change.subject_id is not None:
            self.select_requested.emit(kind, change.subject_id)
        return change

    def attempt(self, do: Callable[[], T]) -> T:
        """Run an action for a dialog as the tab's own: a refusal raises (the dialog
        shows it) and nothing is said on the feedback line."""
        made: list[T] = []
        refused: list[SecretariatError] = []

        def guarded() -> None:
            try:
                made.append(do())
            except SecretariatError as error:
                refused.append(error)

        self.ctx.require()
        self.screen.run(guarded)
        if refused:
            raise refused[0]
        return made[0]

    def checked(self, text: str, action: Callable[[], Change]) -> Change:
        """Run an undoable action for a dialog: a refusal raises (the dialog shows it)."""
        return self.attempt(lambda: run(self.ctx, text, action))
