"""Results over the rounds: ties, open seats, the bí thư appointed, alternates, ratification.

190-QĐ/TW Điều 18 and 30; 294-QĐ/TW mục 22; docs/domain/rules.md 4.1 and 4.5. On the demo
congress at ``AT``: majority base 24 (13 votes elect), 23 papers issued.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from secretariat.domain import MemberId
from secretariat.errors import ValidationError
from secretariat.rules.ballots import Mark
from secretariat.services import elections, settings
from secretariat.services.elections import ElectionId, ElectionStatus, Target
from secretariat.services.elections import results as election_results
from secretariat.services.elections.results import RoundProposal, pick_alternates
from secretariat.store import Store
from tests.core.test_elections_service import AT, CANDIDATES, TELLERS, congress_file, ids

__all__ = ["congress_file"]


@pytest.fixture
def store(any_store: Store) -> Store:
    """These tests run on a congress file and on a PostgreSQL server (issue #20)."""
    return any_store


def held_round(
    store: Store,
    election_id: ElectionId,
    candidates: Sequence[MemberId],
    papers: Sequence[Sequence[MemberId]] | Sequence[dict[MemberId, Mark]],
    **kw: Any,
) -> elections.RoundRow:
    """Open a round, issue 23 papers, enter ``papers``, announce."""
    opened = elections.open_round(store, election_id, candidates, ids(store, *TELLERS), at=AT, **kw)
    elections.start_ballot(store, opened.id, 23, at=AT)
    for paper in papers:
        if isinstance(paper, dict):
            elections.enter_ballot(store, opened.id, marks=paper)
        else:
            elections.enter_ballot(store, opened.id, chosen=paper)
    _, announced = election_results.announce(store, opened.id, at=AT)
    return announced


def test_tie_proposes_a_round_restricted_to_the_tied_rules_4_5(congress_file: Store) -> None:
    store = congress_file
    ha, hang, khai, nam = ids(store, *CANDIDATES[:4])
    election = elections.create_election(store, Target.COMMITTEE, "Bầu Chi ủy", 3)
    papers = [[ha, khai, hang]] * 7 + [[ha, khai, nam]] * 7 + [[hang, nam]] * 6
    first = held_round(store, election.id, [ha, hang, khai, nam], papers)
    assert first.announced and first.reason is None
    # Hà 14, Khải 14 elected; Hằng 13 and Nam 13 tie for the last seat.
    result = election_results.outcome(store, election.id)
    assert [e.member_id for e in result.elected] == [ha, khai]
    assert result.tied == (hang, nam) and result.open_seats == 1 and result.provisional
    assert result.elected[0].percent == Decimal("58.33") and result.elected[0].round_no == 1
    proposal = election_results.propose_next_round(store, election.id)
    assert proposal == RoundProposal(election.id, 2, 1, (hang, nam), "tie")
    assert elections.get_election(store, election.id).status is ElectionStatus.VOTING
    # A person confirms: 2 names for 1 seat is over the cap, but a tie round is not a new list.
    second = held_round(
        store,
        election.id,
        proposal.candidates,
        [[hang]] * 13 + [[nam]] * 7,
        seats=proposal.seats,
        reason=proposal.reason,
    )
    assert (second.round_no, second.seats, second.reason) == (2, 1, "tie")
    result = election_results.outcome(store, election.id)
    assert [(e.member_id, e.votes, e.round_no) for e in result.elected] == [
        (ha, 14, 1),
        (khai, 14, 1),
        (hang, 13, 2),
    ]
    assert result.open_seats == 0 and result.tied == ()
    assert elections.get_election(store, election.id).status is ElectionStatus.DONE
    assert election_results.propose_next_round(store, election.id) is None


def test_open_seats_carry_over_to_the_next_round_rules_4_5(congress_file: Store) -> None:
    store = congress_file
    ha, hang, khai, nam = ids(store, *CANDIDATES[:4])
    election = elections.create_election(store, Target.COMMITTEE, "Bầu Chi ủy", 3)
    held_round(store, election.id, [ha, hang, khai, nam], [[ha]] * 14 + [[hang, khai]] * 6)
    assert election_results.propose_next_round(store, election.id) == RoundProposal(
        election.id, 2, 2, (hang, khai, nam), "open_seats"
    )
    with pytest.raises(ValidationError) as err:  # the seats still open, not more
        elections.open_round(
            store, election.id, [hang, khai], ids(store, *TELLERS), seats=4, reason="open_seats"
        )
    assert err.value.code == "above_election_seats"
    held_round(
        store, election.id, [hang, khai, nam], [[hang, khai]] * 14, seats=2, reason="open_seats"
    )
    result = election_results.outcome(store, election.id)
    assert [e.member_id for e in result.elected] == [ha, hang, khai]
    assert [len(result.rounds), result.open_seats] == [2, 0]


def test_bi_thu_after_three_failed_rounds_is_appointed_294_muc_22(congress_file: Store) -> None:
    store = congress_file
    khai, hang = ids(store, "Lê Đình Khải", "Nguyễn Thị Minh Hằng")
    election = elections.create_election(store, Target.CELL_SECRETARY, "Bầu Bí thư", 1)
    rejected = [{khai: Mark.AGREE}] * 10 + [{khai: Mark.DISAGREE}] * 13
    for round_no in (1, 2, 3):
        reason = None if round_no == 1 else "open_seats"
        held_round(store, election.id, [khai], rejected, reason=reason)
        proposal = election_results.propose_next_round(store, election.id)
        assert proposal is not None
        assert proposal.reason == ("appoint" if round_no == 3 else "open_seats")
    assert proposal == RoundProposal(election.id, 4, 1, (), "appoint")
    before, after = election_results.record_appointment(
        store, election.id, hang, "Quyết định số 12-QĐ/ĐU ngày 20/6/2020"
    )
    assert after.status is ElectionStatus.APPOINTED and after.appointed_member_id == hang
    assert election_results.outcome(store, election.id).open_seats == 0
    assert election_results.propose_next_round(store, election.id) is None
    with pytest.raises(ValidationError) as err:  # no fourth round
        elections.open_round(store, election.id, [khai], ids(store, *TELLERS), reason="open_seats")
    assert err.value.code == "election_closed"
    # Undo restores the election exactly.
    assert election_results.restore_election(store, before) == (after, before)
    assert elections.get_election(store, election.id) == before


def test_appointment_only_when_due(congress_file: Store) -> None:
    store = congress_file
    (khai,) = ids(store, "Lê Đình Khải")
    election = elections.create_election(store, Target.CELL_SECRETARY, "Bầu Bí thư", 1)
    held_round(store, election.id, [khai], [{khai: Mark.DISAGREE}] * 13)
    with pytest.raises(ValidationError) as err:
        election_results.record_appointment(store, election.id, khai, "")
    assert err.value.code == "appointment_not_due"


def _delegates(store: Store) -> tuple[ElectionId, list[MemberId]]:
    ha, hang, khai, nam = ids(store, *CANDIDATES[:4])
    election = elections.create_election(
        store, Target.DELEGATE, "Bầu đại biểu dự Đại hội Đảng bộ", 2, alternates=1
    )
    papers = [[ha, hang, khai]] * 12 + [[ha, hang, nam]] * 8
    held_round(store, election.id, [ha, hang, khai, nam], papers)
    return election.id, [ha, hang, khai, nam]


def test_delegates_then_alternates_majority_ranked_by_default_190_D18(
    congress_file: Store,
) -> None:
    store = congress_file
    election_id, (ha, hang, khai, _) = _delegates(store)
    # Hà 20, Hằng 20 are delegates; Khải 12 is next but not above half of 24.
    result = election_results.outcome(store, election_id)
    assert [e.member_id for e in result.elected] == [ha, hang]
    assert result.alternates == () and result.open_alternates == 1
    assert elections.count(store, result.rounds[0].id).elected == (str(ha), str(hang))
    assert elections.get_election(store, election_id).status is ElectionStatus.VOTING
    settings.set_value(store, "elections.alternate_rule", "ranked")
    result = election_results.outcome(store, election_id)
    assert [(a.member_id, a.votes) for a in result.alternates] == [(khai, 12)]
    assert result.open_alternates == 0


def test_pick_alternates_never_breaks_a_tie() -> None:
    votes = {"a": 20, "b": 15, "c": 15, "d": 3}
    assert pick_alternates(votes, {"a"}, 1, 24, "majority_ranked") == ((), ("b", "c"))
    assert pick_alternates(votes, {"a"}, 2, 24, "majority_ranked") == (("b", "c"), ())
    assert pick_alternates(votes, {"a"}, 3, 24, "majority_ranked") == (("b", "c"), ())
    assert pick_alternates(votes, {"a"}, 3, 24, "ranked") == (("b", "c", "d"), ())
    assert pick_alternates(votes, set(), 0, 24, "ranked") == ((), ())
    with pytest.raises(ValidationError):
        pick_alternates(votes, set(), 1, 24, "by_age")


def test_announce_withdraw_and_ratify_rules_4_5(congress_file: Store) -> None:
    store = congress_file
    ha, hang, khai, nam = ids(store, *CANDIDATES[:4])
    election = elections.create_election(store, Target.COMMITTEE, "Bầu Chi ủy", 3)
    opened = elections.open_round(store, election.id, [ha, hang, khai, nam], ids(store, *TELLERS))
    _, started = elections.start_ballot(store, opened.id, 23, at=AT)
    entries = [elections.enter_ballot(store, opened.id, chosen=[ha, hang, khai]) for _ in range(14)]
    with pytest.raises(ValidationError) as err:
        election_results.ratify(store, election.id, date(2020, 7, 1))
    assert err.value.code == "not_done"
    before, after = election_results.announce(store, opened.id, at=AT)
    assert before == replace(after, announced_at=None) == started
    assert after.announced_at == AT
    assert elections.get_election(store, election.id).status is ElectionStatus.DONE
    with pytest.raises(ValidationError) as err:  # papers are frozen once announced
        elections.undo_ballot(store, entries[0].row.id)
    assert err.value.code == "announced"
    with pytest.raises(ValidationError) as err:
        election_results.announce(store, opened.id)
    assert err.value.code == "announced"
    was, ratified = election_results.ratify(store, election.id, date(2020, 7, 1), "Quyết định 5")
    assert ratified.ratified_on == date(2020, 7, 1) and ratified.ratified_note == "Quyết định 5"
    assert not election_results.outcome(store, election.id).provisional
    with pytest.raises(ValidationError) as err:
        election_results.withdraw_announcement(store, opened.id)
    assert err.value.code == "election_closed"
    election_results.restore_election(store, was)
    assert election_results.outcome(store, election.id).provisional
    # Withdrawing the announcement puts the round and the election back exactly.
    assert election_results.withdraw_announcement(store, opened.id) == (after, before)
    assert elections.get_round(store, opened.id) == before
    assert elections.get_election(store, election.id).status is ElectionStatus.VOTING


def test_close_election_keeps_the_seats_it_filled(congress_file: Store) -> None:
    store = congress_file
    ha, hang, khai, nam = ids(store, *CANDIDATES[:4])
    election = elections.create_election(store, Target.COMMITTEE, "Bầu Chi ủy", 3)
    held_round(store, election.id, [ha, hang, khai, nam], [[ha]] * 14)
    before, after = election_results.close_election(store, election.id)
    assert after.status is ElectionStatus.DONE
    assert election_results.propose_next_round(store, election.id) is None
    assert election_results.outcome(store, election.id).open_seats == 2
    assert election_results.restore_election(store, before)[1] == before
