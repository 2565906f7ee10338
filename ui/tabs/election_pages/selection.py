"""What the pages of the elections tab share: the election, round and entry pass
chosen, and what was read for them (the elections, their rounds, the roster).

The tab chooses (its list of elections, its round picker, the entry mode
buttons) and reads; the pages read the selection and work on it. ``changed`` is
emitted when another election, round or pass is chosen; ``said`` carries a line
for the tab's feedback; ``page_wanted`` asks the tab to show a page.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from secretariat.domain import MemberRow
from secretariat.errors import ValidationError
from secretariat.services import attendance, elections, roster, settings
from secretariat.services.elections import ElectionId, ElectionRow, RoundId, RoundRow
from ui.context import CongressContext
from ui.dialogs.elections import ORDER
from ui.tabs.election_pages.common import ENTRY_PASS1, full_of_cell


class ElectionSelection(QObject):
    """The election, round and entry pass on screen, and the rows read for them."""

    changed = Signal()
    said = Signal(str, object)
    page_wanted = Signal(int)

    def __init__(self, ctx: CongressContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.elections: list[ElectionRow] = []
        self.rounds: list[RoundRow] = []
        self.members: dict[int, MemberRow] = {}
        self.numbers: dict[int, int] = {}
        self.members_loaded = False
        # The tellers ticked on page 2 before the round is opened (page 4 reuses them).
        self.teller_order: list[int] = []
        # Page 2's "the congress voted to allow a larger surplus" (page 1's check).
        self.allowed_more = False
        self.election_id: ElectionId | None = None
        self.round_id: RoundId | None = None
        self.entry_mode = ENTRY_PASS1

    # --- what is chosen ---------------------------------------------------------------

    def election(self) -> ElectionRow | None:
        return next((e for e in self.elections if e.id == self.election_id), None)

    def round(self) -> RoundRow | None:
        return next((r for r in self.rounds if r.id == self.round_id), None)

    def choose(self, election_id: ElectionId | None, round_id: RoundId | None) -> bool:
        """Another election or round: ``changed`` is emitted (True); the same: False."""
        if (election_id, round_id) == (self.election_id, self.round_id):
            return False
        self.election_id, self.round_id = election_id, round_id
        self.changed.emit()
        return True

    def choose_mode(self, mode: int) -> None:
        if mode != self.entry_mode:
            self.entry_mode = mode
            self.changed.emit()

    # --- reading ----------------------------------------------------------------------

    def load(self, *, members: bool) -> None:
        """The elections (in the order the congress holds them) and, if asked, the roster."""
        store = self.ctx.store
        if members or not self.members_loaded:
            people = roster.sort_members(roster.list_members(store)) if store else []
            self.members = {int(m.id): m for m in people}
            self.numbers = {int(m.id): n for n, m in enumerate(people, start=1)}
            self.members_loaded = store is not None
        rows = elections.list_elections(store) if store else []
        self.elections = sorted(rows, key=lambda e: (ORDER.get(e.target, 99), e.position))

    def load_rounds(self, election: ElectionRow | None) -> None:
        store = self.ctx.store
        self.rounds = elections.list_rounds(store, election.id) if store and election else []

    def setting(self, key: str, default: Any) -> Any:
        store = self.ctx.store
        if store is None:
            return default
        try:
            return settings.get(store, key)
        except ValidationError:
            return default

    def full_members(self) -> int:
        return sum(1 for m in self.members.values() if full_of_cell(m))

    def inside(self) -> set[int]:
        """Who is in the hall now: the same answer the service checks tellers against."""
        store = self.ctx.store
        if store is None:
            return set()
        return {int(ident) for ident in attendance.members_inside(store)}

    def voters_now(self) -> int:
        store = self.ctx.store
        return attendance.counters(store, store.clock()).voters_present if store else 0

    def member_text(self, m: MemberRow) -> str:
        born = f" ({m.birth_year})" if m.birth_year else ""
        return f"{self.numbers.get(int(m.id), 0)}. {m.full_name}{born}"

    def name(self, member_id: int) -> str:
        m = self.members.get(int(member_id))
        return m.full_name if m else str(member_id)

    # --- saying ----------------------------------------------------------------------

    def say(self, text: str, *, ok: bool | None) -> None:
        """A line for the tab's feedback: done (``ok``), refused, or a hint (None)."""
        self.said.emit(text, ok)
