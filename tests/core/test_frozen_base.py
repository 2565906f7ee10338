"""The frozen majority base: one writer for votes and ballots (docs/domain/rules.md §2).

190-QĐ/TW Điều 30 khoản 2: the base is measured at the moment of the vote or the
ballot and kept with its breakdown, so a later change of attendance does not
rewrite history.
"""

from __future__ import annotations

from datetime import timedelta

from secretariat.rules.eligibility import may_vote
from secretariat.rules.majority import FROZEN, frozen_values
from secretariat.services import attendance, congress, elections, roster, votes
from secretariat.store import Store
from tests.core.test_elections_service import AT, committee_round, congress_file

__all__ = ["congress_file"]  # the fixture: the demo congress at AT


def test_a_vote_and_a_ballot_at_one_moment_freeze_the_same_base_190_D30_k2(
    congress_file: Store,
) -> None:
    store = congress_file
    expected = frozen_values(attendance.counters(store, AT))
    assert tuple(expected) == FROZEN
    vote = votes.add_vote(store, "Thông qua chương trình")
    _, held = votes.all_in_favour(store, vote.id, at=AT)
    _, issued = elections.start_ballot(store, committee_round(store).id, 23, at=AT)
    assert {name: getattr(held, name) for name in FROZEN} == expected
    assert {name: getattr(issued, name) for name in FROZEN} == expected
    assert votes.FROZEN == elections.FROZEN == FROZEN


def test_the_frozen_base_does_not_follow_a_later_check_in_190_D30_k2(
    congress_file: Store,
) -> None:
    store = congress_file
    vote = votes.add_vote(store, "Thông qua chương trình")
    _, held = votes.all_in_favour(store, vote.id, at=AT)
    frozen = {name: getattr(held, name) for name in FROZEN}
    session = congress.list_sessions(store)[0]
    marks = attendance.session_attendance(store, session.id)
    late = next(m.id for m in roster.list_members(store) if may_vote(m) and m.id not in marks)
    attendance.check_in(store, session.id, late, at=AT + timedelta(minutes=5))
    later = frozen_values(attendance.counters(store, AT + timedelta(minutes=6)))
    assert later["voters_present"] == frozen["voters_present"] + 1
    assert {name: getattr(votes.get_vote(store, vote.id), name) for name in FROZEN} == frozen
