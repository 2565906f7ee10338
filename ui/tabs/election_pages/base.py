"""What the pages of the elections tab share with the tab itself.

``ElectionsTab`` (``ui.tabs.elections``) mixes in the four pages; each page uses
the tab's state (the elections, the rounds, the members, the selection) and a
few of its helpers. They are declared here for the type checker only: at run
time ``PageBase`` is a plain class and the tab provides them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
)

from secretariat.domain import MemberRow
from secretariat.rules.tally import Tally
from secretariat.services.elections import ElectionId, ElectionRow, RoundId, RoundRow
from secretariat.services.elections.nominations import NominationRow
from secretariat.services.elections.results import RoundProposal
from ui.context import CongressContext
from ui.projector import ProjectorController
from ui.tabs.election_pages.common import MAX_COUNT, EntryPanel

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget as _Widget
else:
    _Widget = object


class PageBase(_Widget):
    """The tab's state and helpers, as the pages see them."""

    ctx: CongressContext
    projector: ProjectorController | None
    _elections: list[ElectionRow]
    _rounds: list[RoundRow]
    _members: dict[int, MemberRow]
    _numbers: dict[int, int]
    _nominations: list[NominationRow]
    _tally: Tally | None
    _proposal: RoundProposal | None
    _teller_order: list[int]
    _refreshing: bool
    _acting: bool
    _entry_panels: dict[int, EntryPanel]
    _panel_round: dict[int, RoundId | None]
    _seen_rounds: tuple[ElectionId, int] | None
    # Built by the tab (the round picker, the shortcuts) or by another page.
    round_combo: QComboBox
    allowed_more_check: QCheckBox
    nominate_action: QAction
    remove_nomination_action: QAction
    approve_action: QAction
    open_round_action: QAction
    issue_action: QAction
    announce_action: QAction
    confirm_action: QAction

    if TYPE_CHECKING:

        def _button(self, text: str, name: str, *, focus: bool = False) -> QPushButton: ...

        def _spin(self, name: str, maximum: int = MAX_COUNT) -> QSpinBox: ...

        def _table(self, name: str, headers: list[str]) -> QTableWidget: ...

        @staticmethod
        def _fit_height(table: QTableWidget, least: int = 3, most: int = 12) -> None: ...

        def _panel(self) -> tuple[QFrame, QVBoxLayout]: ...

        def _scroll(self, page: _Widget) -> QScrollArea: ...

        def _inside(self) -> set[int]: ...

        def _member_text(self, m: MemberRow) -> str: ...

        def _voters_now(self) -> int: ...

        def refresh(self) -> None: ...

        def selected_election(self) -> ElectionRow | None: ...

        def selected_round(self) -> RoundRow | None: ...

        def show_page(self, page: int, focus: bool = False) -> None: ...

        def _run(self, do: Callable[[], object], done: str = "") -> bool: ...

        def _show_feedback(self, text: str, ok: bool) -> None: ...
