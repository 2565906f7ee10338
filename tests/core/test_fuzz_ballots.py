"""Ballot entry with random readings: stored and classified, or refused with a
clear error; never a crash, never half-written (the paper count and the journal
move together or not at all)."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from secretariat import models
from secretariat import store as store_mod
from secretariat.domain import MemberData, SessionData, SessionKind
from secretariat.errors import SecretariatError
from secretariat.services import attendance, congress, elections, roster
from secretariat.services.elections import Target
from secretariat.store import Store

AT = datetime(2020, 6, 15, 10, 0)


@pytest.fixture(scope="module")
def rounds() -> Iterator[tuple[Store, list[Any]]]:
    """Two rounds under way: a surplus list (5 names, 3 seats) and a no-surplus one."""
    with tempfile.TemporaryDirectory() as folder:
        store = store_mod.create(Path(folder) / "b.daihoi", clock=lambda: AT)
        session = congress.add_session(store, SessionData(SessionKind.OFFICIAL, AT.date()))
        people = roster.add_members(
            store, [MemberData(f"Nguyễn Văn Người{i}", birth_year=1970 + i) for i in range(12)]
        )
        for p in people:
            attendance.check_in(store, session.id, p.id, at=AT - timedelta(hours=1))
        opened = []
        for title, names, seats in (("Bầu chi ủy", 5, 3), ("Bầu bí thư", 1, 1)):
            election = elections.create_election(store, Target.COMMITTEE, title, seats)
            ids = [p.id for p in people[:names]]
            rnd = elections.open_round(
                store, election.id, ids, [people[-1].id], at=AT, congress_allowed_more=True
            )
            elections.start_ballot(store, rnd.id, 12, at=AT)
            opened.append(elections.get_round(store, rnd.id))
        yield store, opened
        store.close()


def _counts(store: Store, round_id: int) -> tuple[int, int]:
    """Papers of the round (both passes) and journal lines."""
    with store.read() as session:
        papers = session.scalar(
            select(func.count())
            .select_from(models.BallotPaper)
            .where(models.BallotPaper.round_id == round_id)
        )
        journal = session.scalar(select(func.count()).select_from(models.JournalEntry))
    return int(papers or 0), int(journal or 0)


IDS = st.integers(min_value=-3, max_value=20)
READING = st.fixed_dictionaries(
    {},
    optional={
        "chosen": st.none() | st.lists(IDS, max_size=8),
        "marks": st.none()
        | st.dictionaries(
            IDS, st.sampled_from(["agree", "disagree", "both", "none", "", "x", "AGREE"])
        ),
        "not_issued": st.booleans(),
        "write_in": st.booleans(),
        "identifying_mark": st.booleans(),
        "other_reason": st.none() | st.text(max_size=30),
        "serial": st.none() | st.integers(min_value=-5, max_value=40),
        "pass_no": st.sampled_from([1, 1, 1, 2, 0, 3]),
    },
)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(which=st.sampled_from([0, 1]), reading=READING)
def test_a_random_reading_is_stored_classified_or_refused(
    rounds: tuple[Store, list[Any]], which: int, reading: dict[str, Any]
) -> None:
    store, opened = rounds
    rnd = opened[which]
    papers, journal = _counts(store, rnd.id)
    try:
        entry = elections.enter_ballot(store, rnd.id, **reading)
    except SecretariatError:
        assert _counts(store, rnd.id) == (papers, journal)  # nothing half-written
        return
    assert _counts(store, rnd.id)[0] == papers + 1
    assert _counts(store, rnd.id)[1] > journal
    assert entry.row.valid == entry.classified.valid
    assert entry.row.valid or entry.row.reason
    stored = {b.id: b for b in elections.list_ballots(store, rnd.id, pass_no=entry.row.pass_no)}[
        entry.row.id
    ]
    assert (stored.valid, stored.reason) == (entry.row.valid, entry.row.reason)
    elections.count(store, rnd.id)  # the round still counts
