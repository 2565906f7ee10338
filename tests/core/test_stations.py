"""Counting stations and stacks: assignment, a station's blind entry, progress, the announce block.

Issue 20 §3 (docs/domain/rules.md 4.3, 4.6: two independent readings of each paper, the
result announced only once they agree). On the demo congress: 23 papers issued for a
committee of 5.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from secretariat import archive, models
from secretariat.errors import NotFound, ValidationError
from secretariat.services import elections, stations
from secretariat.services.elections import double_entry
from secretariat.services.elections import results as election_results
from secretariat.services.stations import StackId, StationId
from secretariat.store import Store
from secretariat.verify import verify_journal
from tests.core.test_elections_service import AT, CANDIDATES, committee_round, congress_file, ids

__all__ = ["congress_file"]


def _code(call: object) -> str:
    assert callable(call)
    with pytest.raises(ValidationError) as err:
        call()
    return err.value.code


def _three_stations(store: Store) -> tuple[StationId, StationId, StationId]:
    a = stations.add_station(store, "Máy 1", "may1").id
    b = stations.add_station(store, "Máy 2", "may2").id
    c = stations.add_station(store, "Máy 3", "may3").id
    return a, b, c


def _issued(store: Store) -> elections.RoundRow:
    opened = committee_round(store)
    elections.start_ballot(store, opened.id, 23, at=AT)
    return opened


def test_stations_need_a_name_and_a_plain_unique_login(congress_file: Store) -> None:
    store = congress_file
    one = stations.add_station(store, "  Máy   số 1 ", "may1")
    assert (one.name, one.login) == ("Máy số 1", "may1")
    assert _code(lambda: stations.add_station(store, "Máy số 1", "may9")) == "duplicate"
    assert _code(lambda: stations.add_station(store, "Khác", "may1")) == "duplicate"
    for login in ("", "May1", "1may", "máy1", "may-1", "postgres", "pg_read", "a" * 64):
        assert _code(lambda login=login: stations.add_station(store, "X", login)) == "bad_login"
    assert _code(lambda: stations.add_station(store, " ", "may2")) == "missing"
    assert stations.station_by_login(store, "may1") == one
    with pytest.raises(NotFound):
        stations.station_by_login(store, "may2")
    assert stations.remove_station(store, one.id) == one
    assert stations.list_stations(store) == []


def test_a_stack_goes_to_two_different_stations_and_never_overlaps(congress_file: Store) -> None:
    store = congress_file
    a, b, c = _three_stations(store)
    opened = _issued(store)
    first = stations.assign_stack(store, opened.id, 1, 12, a, b)
    assert (first.first, first.last, first.size) == (1, 12, 12)
    assert (first.pass_of(a), first.pass_of(b), first.pass_of(c)) == (1, 2, None)
    # The second reading must be independent: never the same station twice.
    assert _code(lambda: stations.assign_stack(store, opened.id, 13, 23, c, c)) == "same_station"
    for lo, hi in ((12, 15), (1, 1), (5, 6), (1, 23)):
        with pytest.raises(ValidationError) as err:
            stations.assign_stack(store, opened.id, lo, hi, b, c)
        assert (err.value.code, err.value.value) == ("stack_overlap", 1)
    assert _code(lambda: stations.assign_stack(store, opened.id, 13, 24, b, c)) == "above_issued"
    assert _code(lambda: stations.assign_stack(store, opened.id, 0, 3, b, c)) == "invalid_count"
    assert _code(lambda: stations.assign_stack(store, opened.id, 20, 19, b, c)) == "invalid_count"
    second = stations.assign_stack(store, opened.id, 13, 23, b, a)
    assert stations.list_stacks(store, opened.id) == [first, second]
    # A station with stacks stays; an empty stack can be taken back.
    assert _code(lambda: stations.remove_station(store, a)) == "station_in_use"
    assert stations.unassign_stack(store, second.id) == second
    assert stations.list_stacks(store, opened.id) == [first]


def test_a_station_keys_only_its_stack_and_its_pass(congress_file: Store) -> None:
    store = congress_file
    a, b, c = _three_stations(store)
    opened = _issued(store)
    stack = stations.assign_stack(store, opened.id, 1, 10, a, b)
    ha, hang, khai = ids(store, *CANDIDATES[:3])
    entry = stations.enter_paper(store, a, stack.id, chosen=[ha, hang])
    assert (entry.row.serial, entry.row.pass_no, entry.row.actor) == (1, 1, "Máy 1")
    second = stations.enter_paper(store, b, stack.id, chosen=[ha])
    assert (second.row.serial, second.row.pass_no, second.row.actor) == (1, 2, "Máy 2")
    # A station off the stack, a serial outside it, a serial already keyed.
    assert _code(lambda: stations.enter_paper(store, c, stack.id, chosen=[ha])) == "not_your_stack"
    assert _code(lambda: stations.enter_paper(store, a, stack.id, serial=11)) == "outside_stacks"
    assert _code(lambda: stations.enter_paper(store, a, stack.id, serial=1)) == "duplicate"
    # Out of order, then the next serial is the lowest still missing.
    assert stations.enter_paper(store, a, stack.id, chosen=[khai], serial=5).row.serial == 5
    assert stations.enter_paper(store, a, stack.id, chosen=[khai]).row.serial == 2
    # Blind: each station reads its own pass only.
    assert [p.serial for p in stations.station_papers(store, a, stack.id)] == [1, 2, 5]
    assert [p.pass_no for p in stations.station_papers(store, b, stack.id)] == [2]
    assert _code(lambda: stations.station_papers(store, b, stack.id, pass_no=1)) == "other_pass"
    assert _code(lambda: stations.station_papers(store, c, stack.id)) == "not_your_stack"
    # Taking back: one's own paper only.
    assert _code(lambda: stations.take_back(store, b, entry.row.id)) == "not_your_paper"
    assert stations.take_back(store, a, entry.row.id).serial == 1
    assert stations.enter_paper(store, a, stack.id, chosen=[ha, hang]).row.serial == 1


def test_progress_and_which_stack_a_station_is_on(congress_file: Store) -> None:
    store = congress_file
    a, b, c = _three_stations(store)
    opened = _issued(store)
    s1 = stations.assign_stack(store, opened.id, 1, 3, a, b)
    s2 = stations.assign_stack(store, opened.id, 4, 6, b, c)
    (ha,) = ids(store, CANDIDATES[0])
    for _ in range(3):
        stations.enter_paper(store, a, s1.id, chosen=[ha])
    stations.enter_paper(store, b, s2.id, chosen=[ha])
    work_b = stations.station_work(store, b, opened.id)
    assert [(w.stack.id, w.pass_no, w.entered, w.next_serial) for w in work_b] == [
        (s1.id, 2, 0, 1),
        (s2.id, 1, 1, 5),
    ]
    (work_a,) = stations.station_work(store, a)
    assert work_a.done and work_a.entered == 3
    board = {p.station.id: (p.entered, p.size) for p in stations.progress(store, opened.id)}
    assert board == {a: (3, 3), b: (1, 6), c: (0, 3)}
    assert _code(lambda: stations.enter_paper(store, a, s1.id, chosen=[ha])) == "stack_done"
    with pytest.raises(NotFound):
        stations.station_work(store, StationId(99))


def test_nothing_is_announced_while_a_stack_lacks_a_pass_or_a_mismatch_remains(
    congress_file: Store,
) -> None:
    store = congress_file
    a, b, c = _three_stations(store)
    opened = _issued(store)
    ha, hang, khai = ids(store, *CANDIDATES[:3])
    low = stations.assign_stack(store, opened.id, 1, 12, a, b)
    high = stations.assign_stack(store, opened.id, 13, 23, c, a)
    readings = {n: [ha, hang] if n % 3 else [khai] for n in range(1, 24)}
    for n in range(1, 24):
        stations.enter_paper(
            store, a if n <= 12 else c, (low if n <= 12 else high).id, chosen=readings[n]
        )
    for n in range(1, 23):  # paper 23's second reading is missing
        planted = [ha] if n in (4, 17) else readings[n]  # two papers read differently
        stations.enter_paper(
            store, b if n <= 12 else a, (low if n <= 12 else high).id, chosen=planted
        )
    assert [s.id for s in stations.unfinished_stacks_of(store, opened.id)] == [high.id]
    assert "stacks_unfinished" in double_entry.announce_blockers(store, opened.id)
    assert [m.serial for m in double_entry.mismatches(store, opened.id)] == [4, 17]
    with pytest.raises(ValidationError):
        election_results.announce(store, opened.id)
    stations.enter_paper(store, a, high.id, chosen=readings[23])
    double_entry.finish_second_pass(store, opened.id)
    assert double_entry.announce_blockers(store, opened.id) == ["mismatches_open"]
    for serial in (4, 17):
        double_entry.resolve_mismatch(store, opened.id, serial, chosen=readings[serial])
    assert double_entry.announce_blockers(store, opened.id) == []
    election_results.announce(store, opened.id)
    # After the announcement nothing of the stacks moves.
    assert _code(lambda: stations.unassign_stack(store, low.id)) == "stack_has_papers"
    assert _code(lambda: stations.reassign_pass(store, low.id, 2, c)) == "announced"
    assert verify_journal(store).ok


def test_a_failed_station_hands_its_pass_to_another(congress_file: Store) -> None:
    store = congress_file
    a, b, c = _three_stations(store)
    opened = _issued(store)
    stack = stations.assign_stack(store, opened.id, 1, 5, a, b)
    (ha,) = ids(store, CANDIDATES[0])
    stations.enter_paper(store, b, stack.id, chosen=[ha])
    assert _code(lambda: stations.reassign_pass(store, stack.id, 2, a)) == "same_station"
    before, after = stations.reassign_pass(store, stack.id, 2, c)
    assert (before.second_station, after.second_station) == (b, c)
    # The new station continues where the failed one stopped.
    assert stations.enter_paper(store, c, stack.id, chosen=[ha]).row.serial == 2
    assert _code(lambda: stations.enter_paper(store, b, stack.id)) == "not_your_stack"
    assert stations.reassign_pass(store, stack.id, 2, b) == (after, before)
    with pytest.raises(NotFound):
        stations.unassign_stack(store, StackId(99))


def test_stations_and_stacks_travel_in_the_archive_and_the_journal(
    congress_file: Store, tmp_path: Path
) -> None:
    store = congress_file
    a, b, _ = _three_stations(store)
    opened = _issued(store)
    stack = stations.assign_stack(store, opened.id, 1, 4, a, b)
    data = archive.export_archive(store)
    assert data["elections"]["stations"][0] == {"id": a, "name": "Máy 1", "login": "may1"}
    assert data["elections"]["stacks"][0]["first_station_id"] == a
    with store.read() as s:
        line = s.scalars(
            select(models.JournalEntry).where(models.JournalEntry.action == "station.assign_stack")
        ).one()
    assert json.loads(line.after or "{}")["second_station"] == b
    out = archive.write_archive(store, tmp_path / "a.json")
    with archive.import_archive(out, tmp_path / "copy.daihoi") as copy:
        assert stations.list_stacks(copy, opened.id) == [stack]
        assert [s.login for s in stations.list_stations(copy)] == ["may1", "may2", "may3"]
        again = archive.write_archive(copy, tmp_path / "again.json")
    assert again.read_bytes() == out.read_bytes()
