"""Blind double entry: the second pass, the mismatch queue, resolutions, the announce block.

Issue 6, deliverable 5 (docs/domain/rules.md 4.6: the tally must be reproducible from the
papers). On the demo congress: 23 papers issued for a committee of 5.
"""

from __future__ import annotations

import json

import pytest

from secretariat.domain import MemberId
from secretariat.errors import NotFound, ValidationError
from secretariat.rules.ballots import Mark
from secretariat.services import elections
from secretariat.services.elections import BallotRow, Target, double_entry
from secretariat.services.elections import results as election_results
from secretariat.services.elections.double_entry import ResolutionId, SecondPassState
from secretariat.store import Store
from tests.core.test_elections_service import (
    AT,
    CANDIDATES,
    TELLERS,
    committee_round,
    congress_file,
    ids,
)

__all__ = ["congress_file"]


@pytest.fixture
def store(any_store: Store) -> Store:
    """These tests run on a congress file and on a PostgreSQL server (issue #20)."""
    return any_store


def _stack(store: Store) -> tuple[elections.RoundRow, list[list[MemberId]]]:
    opened = committee_round(store)
    elections.start_ballot(store, opened.id, 23, at=AT)
    ha, hang, khai, nam, son, _, _ = ids(store, *CANDIDATES)
    readings = [[ha, hang, khai], [khai, nam], [hang, son], [ha], [khai, nam, son]]
    for reading in readings:
        elections.enter_ballot(store, opened.id, chosen=reading)
    return opened, readings


def test_mismatches_go_to_a_queue_and_block_the_announcement(congress_file: Store) -> None:
    store = congress_file
    opened, readings = _stack(store)
    assert double_entry.announce_blockers(store, opened.id) == []  # single entry is enough
    assert double_entry.second_pass_state(store, opened.id) == SecondPassState(False, 0, False)
    (khai,) = ids(store, "Lê Đình Khải")
    second = list(readings)
    second[2] = [*readings[2], khai]  # the second operator reads paper 3 differently
    for reading in second[:4]:  # and has not keyed paper 5 yet
        elections.enter_ballot(store, opened.id, chosen=reading, pass_no=2)
    assert double_entry.second_pass_state(store, opened.id) == SecondPassState(True, 4, False)
    queue = double_entry.mismatches(store, opened.id)
    assert [m.serial for m in queue] == [3]
    assert queue[0].first is not None and queue[0].second is not None
    assert set(queue[0].second.chosen or ()) - set(queue[0].first.chosen or ()) == {khai}
    assert double_entry.announce_blockers(store, opened.id) == [
        "second_pass_unfinished",
        "mismatches_open",
    ]
    with pytest.raises(ValidationError) as err:
        election_results.announce(store, opened.id)
    assert err.value.code == "second_pass_unfinished"

    before, finished = double_entry.finish_second_pass(store, opened.id)
    assert finished.second_pass_finished and not before.second_pass_finished
    with pytest.raises(ValidationError) as err:  # finished: no more second-pass papers
        elections.enter_ballot(store, opened.id, chosen=[khai], pass_no=2)
    assert err.value.code == "second_pass_finished"
    # Once finished, paper 5 keyed in the first pass only is a mismatch too.
    queue = double_entry.mismatches(store, opened.id)
    assert [(m.serial, m.second is None) for m in queue] == [(3, False), (5, True)]
    assert double_entry.announce_blockers(store, opened.id) == ["mismatches_open"]
    # Undo of "finish" puts the flag back.
    assert double_entry.reopen_second_pass(store, opened.id) == (finished, before)
    double_entry.finish_second_pass(store, opened.id)


def test_resolution_replaces_both_passes_is_logged_and_undone_exactly(
    congress_file: Store,
) -> None:
    store = congress_file
    opened, readings = _stack(store)
    (khai,) = ids(store, "Lê Đình Khải")
    second = list(readings)
    second[2] = [*readings[2], khai]
    for reading in second[:4]:
        elections.enter_ballot(store, opened.id, chosen=reading, pass_no=2)
    double_entry.finish_second_pass(store, opened.id)
    passes_before = (
        elections.list_ballots(store, opened.id),
        elections.list_ballots(store, opened.id, pass_no=2),
    )
    count_before = elections.count(store, opened.id)
    with pytest.raises(ValidationError) as err:
        double_entry.resolve_mismatch(store, opened.id, 1, chosen=readings[0])
    assert err.value.code == "not_a_mismatch"

    # Paper 3: the paper shows Khải unstruck too — the second pass was right.
    first_res = double_entry.resolve_mismatch(
        store, opened.id, 3, chosen=second[2], note="Xem lại phiếu số 3"
    )
    assert first_res.first == passes_before[0][2] and first_res.second == passes_before[1][2]
    assert set(first_res.result.chosen or ()) == set(second[2])
    assert first_res.note == "Xem lại phiếu số 3" and first_res.actor == "Mai Xuân Trường"
    # Paper 5: the second operator missed it; the paper confirms the first reading.
    last = double_entry.resolve_mismatch(store, opened.id, 5, chosen=readings[4])
    assert last.second is None
    assert double_entry.mismatches(store, opened.id) == []
    assert double_entry.list_resolutions(store, opened.id) == [first_res, last]
    assert double_entry.announce_blockers(store, opened.id) == []
    p1 = elections.list_ballots(store, opened.id)
    p2 = elections.list_ballots(store, opened.id, pass_no=2)
    assert [b.serial for b in p1] == [b.serial for b in p2] == [1, 2, 3, 4, 5]
    assert elections.count(store, opened.id).votes[str(khai)] == count_before.votes[str(khai)] + 1

    # Undo, newest first: both passes come back exactly, the log empties.
    assert double_entry.undo_resolution(store, last.id) == last
    assert double_entry.undo_resolution(store, first_res.id) == first_res
    assert (
        elections.list_ballots(store, opened.id),
        elections.list_ballots(store, opened.id, pass_no=2),
    ) == passes_before
    assert double_entry.list_resolutions(store, opened.id) == []
    assert elections.count(store, opened.id) == count_before
    with pytest.raises(NotFound):
        double_entry.undo_resolution(store, ResolutionId(999))
    with store.engine.connect() as conn:
        actions = [
            r[0]
            for r in conn.exec_driver_sql(
                "SELECT action FROM journal WHERE entity = 'ballot_resolution' ORDER BY id"
            )
        ]
        logged = conn.exec_driver_sql(
            "SELECT after FROM journal WHERE entity = 'ballot_resolution' ORDER BY id LIMIT 1"
        ).scalar_one()
    assert actions == [
        "election.resolve_mismatch",
        "election.resolve_mismatch",
        "election.undo_resolution",
        "election.undo_resolution",
    ]
    assert json.loads(logged)["note"] == "Xem lại phiếu số 3"


def test_no_surplus_readings_compare_by_the_marks_shown(congress_file: Store) -> None:
    store = congress_file
    election = elections.create_election(store, Target.COMMITTEE, "Bầu Chi ủy", 2)
    ha, hang = ids(store, *CANDIDATES[:2])
    opened = elections.open_round(store, election.id, [ha, hang], ids(store, *TELLERS), at=AT)
    elections.start_ballot(store, opened.id, 23, at=AT)
    elections.enter_ballot(store, opened.id, marks={ha: Mark.AGREE})
    elections.enter_ballot(store, opened.id, marks={ha: Mark.AGREE}, not_issued=True)
    # A name left out reads "none"; a voided paper compares by its flags only.
    elections.enter_ballot(store, opened.id, marks={ha: Mark.AGREE, hang: Mark.NONE}, pass_no=2)
    elections.enter_ballot(store, opened.id, marks={}, not_issued=True, pass_no=2)
    assert double_entry.mismatches(store, opened.id) == []
    entry = elections.enter_ballot(store, opened.id, marks={hang: Mark.AGREE})
    elections.enter_ballot(store, opened.id, marks={hang: Mark.DISAGREE}, pass_no=2)
    (mismatch,) = double_entry.mismatches(store, opened.id)
    assert mismatch.serial == 3 and mismatch.first == entry.row
    res = double_entry.resolve_mismatch(store, opened.id, 3, marks={hang: Mark.BOTH})
    stored: BallotRow = res.result
    assert stored.marks == {hang: Mark.BOTH} and stored.valid


def test_no_announcement_without_ballots_or_before_the_issue(congress_file: Store) -> None:
    store = congress_file
    opened = committee_round(store)
    assert double_entry.announce_blockers(store, opened.id) == ["not_started"]
    elections.start_ballot(store, opened.id, 23, at=AT)
    assert double_entry.announce_blockers(store, opened.id) == ["no_ballots"]
    with pytest.raises(ValidationError) as err:
        double_entry.finish_second_pass(store, opened.id)
    assert err.value.code == "second_pass_empty"
