"""The frozen majority base: one writer for votes and ballots (docs/domain/rules.md §2).

190-QĐ/TW Điều 30 khoản 2: the base is measured at the moment of the vote or the
ballot and kept with its breakdown, so a later change of attendance does not
rewrite history.
"""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from secretariat import archive, demo, undo, verify
from secretariat import store as store_mod
from secretariat.domain import HasFrozenBase
from secretariat.errors import ValidationError
from secretariat.rules.eligibility import may_vote
from secretariat.rules.majority import FROZEN, frozen_values
from secretariat.services import attendance, congress, elections, roster, votes
from secretariat.store import Store
from tests.core.conftest import FakeClock
from tests.core.test_elections_service import AT, committee_round, congress_file
from tests.core.test_faults_migration import _downgrade

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


def _numbers(row: HasFrozenBase) -> list[int | None]:
    return [getattr(row, name) for name in FROZEN]


def _table(store: Store, sql: str) -> list[tuple[object, ...]]:
    with store.read() as s:
        return [tuple(row) for row in s.execute(text(sql))]


def _columns(store: Store, table: str) -> set[str]:
    with store.read() as s:
        return {str(c["name"]) for c in inspect(s.connection()).get_columns(table)}


def _frozen_rows(store: Store) -> dict[int, dict[str, object]]:
    names = ("id", "at", *FROZEN)
    rows = _table(store, f"SELECT {', '.join(names)} FROM frozen_base")
    return {int(str(r[0])): dict(zip(names[1:], r[1:], strict=True)) for r in rows}


def test_the_base_is_stored_once_in_its_own_table_190_D30_k2(congress_file: Store) -> None:
    """A held vote and an issued round each refer to one ``frozen_base`` row; the
    numbers are nowhere else in the file."""
    store = congress_file
    assert not set(FROZEN) & (_columns(store, "vote") | _columns(store, "election_round"))
    before = _frozen_rows(store)
    vote = votes.add_vote(store, "Thông qua chương trình")
    _, held = votes.all_in_favour(store, vote.id, at=AT)
    _, issued = elections.start_ballot(store, committee_round(store).id, 23, at=AT)
    rows = _frozen_rows(store)
    assert held.frozen is not None and issued.frozen is not None
    assert set(rows) - set(before) == {held.frozen.id, issued.frozen.id}
    expected = {
        "at": AT.replace(microsecond=0).isoformat(),
        **frozen_values(attendance.counters(store, AT)),
    }
    assert rows[held.frozen.id] == rows[issued.frozen.id] == expected
    (ref,) = _table(store, f"SELECT frozen_base_id FROM vote WHERE id = {vote.id}")
    assert ref == (held.frozen.id,)
    (ref,) = _table(store, f"SELECT frozen_base_id FROM election_round WHERE id = {issued.id}")
    assert ref == (issued.frozen.id,)
    # The row types read the one stored value.
    assert held.base == held.frozen.base == expected["base"]
    assert issued.voters_present == issued.frozen.voters_present == expected["voters_present"]


def test_clearing_and_undoing_keep_no_base_that_nothing_holds_190_D30_k2(
    congress_file: Store,
) -> None:
    """Clear, remove, take the ballots back: the base goes with its vote or round;
    undo puts the same row back (same id, same numbers), not a new measure."""
    store = congress_file
    start = _frozen_rows(store)
    vote = votes.add_vote(store, "Thông qua chương trình")
    unheld, held = votes.all_in_favour(store, vote.id, at=AT)
    assert held.frozen is not None
    kept = _frozen_rows(store)[held.frozen.id]
    with store.recording() as cleared:
        assert votes.clear_result(store, vote.id) == held
    assert _frozen_rows(store) == start
    undo.undo(store, cleared)
    assert votes.get_vote(store, vote.id) == held
    assert _frozen_rows(store)[held.frozen.id] == kept
    undo.redo(store, cleared)
    assert votes.get_vote(store, vote.id) == unheld
    assert _frozen_rows(store) == start
    undo.undo(store, cleared)
    with store.recording() as removed:
        votes.remove_vote(store, vote.id)
    assert _frozen_rows(store) == start
    undo.undo(store, removed)
    assert votes.get_vote(store, vote.id) == held
    assert _frozen_rows(store)[held.frozen.id] == kept

    opened = committee_round(store)
    with store.recording() as started:
        _, issued = elections.start_ballot(store, opened.id, 23, at=AT)
    assert issued.frozen is not None
    with_round = _frozen_rows(store)
    undo.undo(store, started)
    assert elections.get_round(store, issued.id).frozen is None
    assert issued.frozen.id not in _frozen_rows(store)
    undo.redo(store, started)
    assert elections.get_round(store, issued.id) == issued
    assert _frozen_rows(store) == with_round


def test_an_older_file_keeps_every_base_when_migrated_190_D30_k2(tmp_path: Path) -> None:
    """Revision 0013 moves the base of each held vote and issued round into
    ``frozen_base``: the same numbers, read the same way, and the journal checks."""
    path = tmp_path / "d.daihoi"
    with demo.create_demo(path) as st:
        st.clock = FakeClock(AT)
        vote = votes.add_vote(st, "Thông qua chương trình")
        votes.hold(st, vote.id, 20, 1, 2, at=AT - timedelta(minutes=3))
        elections.start_ballot(st, committee_round(st).id, 23, at=AT)
        held = [(v.id, v.held_at, v.base, _numbers(v)) for v in votes.list_votes(st) if v.held]
        issued = [
            (r.id, r.held_at, r.base, _numbers(r))
            for e in elections.list_elections(st)
            for r in elections.list_rounds(st, e.id)
            if r.started
        ]
    assert len(held) >= 2 and len(issued) == 1
    _downgrade(path, "-1")  # the revision before 0013_frozen, wherever it is chained
    assert store_mod.examine(path) != store_mod.head_revision()
    with closing(sqlite3.connect(path)) as conn:
        tables = {str(r[0]) for r in conn.execute("SELECT name FROM sqlite_master")}
        assert "frozen_base" not in tables
        old = conn.execute(f"SELECT {', '.join(FROZEN)} FROM vote WHERE id = {vote.id}").fetchone()
        assert list(old) == list(next(n for i, _, _, n in held if i == vote.id))
    with store_mod.open_store(path) as st:
        assert [
            (v.id, v.held_at, v.base, _numbers(v)) for v in votes.list_votes(st) if v.held
        ] == held
        assert [
            (r.id, r.held_at, r.base, _numbers(r))
            for e in elections.list_elections(st)
            for r in elections.list_rounds(st, e.id)
            if r.started
        ] == issued
        for v in votes.list_votes(st):
            assert v.frozen is None or v.frozen.at == v.held_at
        assert len(_frozen_rows(st)) == len(held) + len(issued)
    assert verify.verify_journal(path).ok


def test_an_older_archive_keeps_every_base_when_imported_190_D30_k2(tmp_path: Path) -> None:
    """An archive written before revision 0013 has the base on each vote and round:
    imported, each keeps exactly its numbers, now in ``frozen_bases``."""
    with demo.create_demo(tmp_path / "d.daihoi") as st:
        st.clock = FakeClock(AT)
        vote = votes.add_vote(st, "Thông qua chương trình")
        votes.hold(st, vote.id, 20, 1, 2, at=AT - timedelta(minutes=3))
        opened = committee_round(st)
        elections.start_ballot(st, opened.id, 23, at=AT)
        held = [(v.id, _numbers(v)) for v in votes.list_votes(st) if v.held]
        issued = _numbers(elections.get_round(st, opened.id))
        out = archive.write_archive(st, tmp_path / "new.json")
    data = json.loads(out.read_text(encoding="utf-8"))
    bases = {f["id"]: f for f in data.pop("frozen_bases")}
    assert len(bases) == len(held) + 1
    for row in [*data["votes"], *data["elections"]["rounds"]]:
        frozen = bases.get(row.pop("frozen_base_id"))
        row.update({name: frozen[name] if frozen else None for name in FROZEN})
    old = tmp_path / "old.json"
    old.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with archive.import_archive(old, tmp_path / "copy.daihoi") as copy:
        assert [(v.id, _numbers(v)) for v in votes.list_votes(copy) if v.held] == held
        assert _numbers(elections.get_round(copy, opened.id)) == issued
        assert len(_frozen_rows(copy)) == len(held) + 1
    # Partly recorded in an older archive: refused, named as before.
    data["votes"][0]["base"] = None
    old.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ValidationError) as err:
        archive.import_archive(old, tmp_path / "x.daihoi")
    assert (err.value.code, err.value.field) == ("missing", "votes[0].base")
