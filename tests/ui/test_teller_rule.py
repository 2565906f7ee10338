"""The teller picker and the service that refuses a teller apply one rule.

190-QĐ/TW Điều 8: the vote-counting committee are full members in the hall who
are not on the list they count; "in the hall" is ``rules.presence`` for both
(rules.md §5), so the picker never offers a name the service then refuses.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
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
    # A full member who came to yesterday's preparatory session, never checked
    # out of it and is not in today's hall (the old picker and service disagreed).
    yesterday = demo.MOMENT.date() - timedelta(days=1)
    prep = congress.add_session(
        store, SessionData(SessionKind.PREPARATORY, yesterday, time(14), time(16))
    )
    away = next(
        i for i, m in members.items() if eligibility.may_vote(m) and MemberId(i) not in inside_now
    )
    attendance.check_in(store, prep.id, MemberId(away), at=datetime.combine(yesterday, time(14)))
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
    assert offers[away] is False
    text = next(
        tab.tellers_list.item(r).text()
        for r in range(tab.tellers_list.count())
        if tab.tellers_list.item(r).data(ID_ROLE) == away
    )
    assert "not in the hall" in text

    tickable = [MemberId(i) for i, yes in offers.items() if yes]
    candidates, tellers = tickable[:4], tickable[4:7]
    with pytest.raises(ValidationError) as refused:
        elections.open_round(store, election.id, candidates, [*tellers[:2], MemberId(away)])
    assert (refused.value.code, refused.value.value) == ("not_present", away)
    rnd = elections.open_round(store, election.id, candidates, tellers)
    assert list(rnd.tellers) == tellers
