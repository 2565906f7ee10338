"""The teller picker and the service that refuses a teller apply one rule.

190-QĐ/TW Điều 8: the vote-counting committee are full members in the hall who
are not on the list they count; "in the hall" is ``rules.presence`` for both
(docs/domain/rules.md §5), so the picker never offers a name the service then refuses.
"""

from __future__ import annotations

from datetime import datetime, time
from typing import Any

import pytest

from PySide6.QtCore import Qt

from secretariat import demo
from secretariat.domain import MemberId, SessionData, SessionKind
from secretariat.errors import ValidationError
from secretariat.rules import eligibility
from secretariat.services import attendance, congress, elections, roster
from secretariat.services.elections import Target
from tests.ui.test_elections_tab import CTRL, english, press, show
from ui.context import CongressContext
from ui.tabs.election_pages.common import ID_ROLE
from ui.tabs.elections import ElectionsTab

__all__ = ["english"]  # the autouse fixture, in English


def _offers(tab: ElectionsTab) -> dict[int, bool]:
    """Every name on the tellers page: can it be ticked?"""
    found = {}
    for row in range(tab.tellers_list.count()):
        item = tab.tellers_list.item(row)
        found[int(item.data(ID_ROLE))] = bool(item.flags() & Qt.ItemFlag.ItemIsUserCheckable)
    return found


def test_teller_picker_offers_exactly_whom_the_service_accepts_190_D8(
    qtbot: Any, ctx: CongressContext
) -> None:
    store = ctx.require()
    members = {int(m.id): m for m in roster.list_members(store)}
    inside_now = attendance.members_inside(store, demo.MOMENT)
    # A full member who came to an early preparatory session, never checked out
    # and never checked in at the official one: the old picker read the official
    # session's marks (not in the hall), the old service the movements (inside).
    day = demo.MOMENT.date()
    prep = congress.add_session(store, SessionData(SessionKind.PREPARATORY, day, time(5), time(6)))
    away = next(
        i for i, m in members.items() if eligibility.may_vote(m) and MemberId(i) not in inside_now
    )
    attendance.check_in(store, prep.id, MemberId(away), at=datetime.combine(day, time(5, 10)))
    election = elections.create_election(store, Target.COMMITTEE, "Bầu Chi ủy", 3)

    tab = show(qtbot, ctx)
    press(qtbot, tab, tab.table, Qt.Key.Key_2, CTRL)
    offers = _offers(tab)
    inside = attendance.members_inside(store)
    expected = {
        i: eligibility.may_count(m, inside=MemberId(i) in inside, on_list=False)
        for i, m in members.items()
        if eligibility.may_vote(m)
    }
    assert offers == expected
    assert offers[away] is True  # inside by the one rule, for the picker and the service

    tickable = [MemberId(i) for i, yes in offers.items() if yes]
    outside = [MemberId(i) for i, yes in offers.items() if not yes]
    assert outside  # the demo has members not yet arrived
    candidates = [t for t in tickable if t != away][:4]
    tellers = [MemberId(away), *[t for t in tickable if t != away][4:6]]
    with pytest.raises(ValidationError) as refused:
        elections.open_round(store, election.id, candidates, [*tellers[:2], outside[0]])
    assert (refused.value.code, refused.value.value) == ("not_present", outside[0])
    rnd = elections.open_round(store, election.id, candidates, tellers)
    assert list(rnd.tellers) == tellers
