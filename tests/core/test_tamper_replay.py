"""The journal replayed from empty equals the tables (issue #17 §2, issue #15 §3).

Every action's unit of work records the row images it changed, captured by the
connection (``secretariat.row_images``), whatever wrote them: the ORM, a bulk
``delete()``, a foreign key's ON DELETE CASCADE or SET NULL. Random sequences
of service actions, each sometimes undone and redone as the UI's undo commands
do it (``secretariat.undo``, the generic apply of row images), must leave a file
whose journal, replayed from empty, gives exactly its tables, and whose last
line's state digest is the digest of its tables.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from contextlib import closing, suppress
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from secretariat import state_digest, undo
from secretariat import store as store_mod
from secretariat.domain import Body, MemberData, SessionData, SessionKind
from secretariat.errors import SecretariatError
from secretariat.services import (
    agenda,
    attendance,
    congress,
    elections,
    resolution,
    roster,
    speeches,
    votes,
    working_bodies,
)
from secretariat.services import (
    closing as closing_svc,
)
from secretariat.services.elections import Target
from secretariat.store import Store
from secretariat.verify import verify_journal

AT = datetime(2020, 6, 15, 7, 30)
Step = Callable[[Store, int], list[Callable[[], object]]]


def _template(path: Path) -> None:
    with store_mod.create(path) as s:
        session = congress.add_session(s, SessionData(SessionKind.OFFICIAL, AT.date()))
        agenda.seed_default(s)
        people = roster.add_members(
            s, [MemberData(f"Lê Văn Thử{i:02d}", birth_year=1970 + i) for i in range(12)]
        )
        for p in people[:10]:
            attendance.check_in(s, session.id, p.id, at=AT)
        votes.add_vote(s, "Thông qua chương trình đại hội", agenda.list_items(s)[0].id)
        election = elections.create_election(s, Target.DELEGATE, "Bầu đại biểu", 2)
        rnd = elections.open_round(s, election.id, [p.id for p in people[:4]], [people[5].id])
        elections.start_ballot(s, rnd.id, 10, at=AT + timedelta(minutes=1))
        resolution.seed_default(s)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("replay") / "template.daihoi"
    _template(path)
    return path


# Each step does an action and returns its undo and redo (as the UI's commands do:
# the generic apply of the action's row images, ``secretariat.undo``).


def _undoable(s: Store, act: Callable[[], object]) -> list[Callable[[], object]]:
    with s.recording() as ids:
        act()
    return [lambda: undo.undo(s, ids), lambda: undo.redo(s, ids)]


def _toggle_presence(s: Store, n: int) -> list[Callable[[], object]]:
    sid = congress.list_sessions(s)[0].id
    member = roster.list_members(s)[n % 10].id
    mark = attendance.session_attendance(s, sid).get(member)
    move = attendance.check_out if mark is not None and mark.inside else attendance.check_in
    return _undoable(s, lambda: move(s, sid, member, at=s.clock()))


def _hold_vote(s: Store, n: int) -> list[Callable[[], object]]:
    vote = votes.list_votes(s)[0]
    return _undoable(s, lambda: votes.hold(s, vote.id, 5 + n % 4, n % 3, 0))


def _ballot(s: Store, n: int) -> list[Callable[[], object]]:
    rnd = elections.list_rounds(s, elections.list_elections(s)[0].id)[0]
    names = [c.member_id for c in rnd.candidates]
    return _undoable(
        s, lambda: elections.enter_ballot(s, rnd.id, chosen=names[: 1 + n % len(names)])
    )


def _member(s: Store, n: int) -> list[Callable[[], object]]:
    added = roster.add_member(s, MemberData(f"Trần Thị Mới{n}", birth_year=1980))
    return _undoable(s, lambda: roster.remove_member(s, added.id))


def _bodies(s: Store, n: int) -> list[Callable[[], object]]:
    ids = [m.id for m in roster.list_members(s)]
    chosen = {Body.PRESIDIUM: [ids[n % 5], ids[5 + n % 5]], Body.SECRETARIAT: [ids[11]]}
    return _undoable(s, lambda: working_bodies.set_bodies(s, chosen))


def _speech(s: Store, n: int) -> list[Callable[[], object]]:
    item = agenda.list_items(s)[1 + n % 3]
    speeches.register(s, item.id, member_id=roster.list_members(s)[n % 10].id)
    _before, speaking = speeches.call_next(s, item.id)
    speeches.finish(s, speaking.id)
    return []


def _section(s: Store, n: int) -> list[Callable[[], object]]:
    point = resolution.add_point(s, f"Điểm thử {n}", "Nội dung")
    assert point.subject_id is not None
    resolution.add_target(s, point.subject_id, "Chỉ tiêu", 90 + n % 10)
    subject = point.subject_id  # its target goes by cascade
    return _undoable(s, lambda: resolution.remove_section(s, subject))


def _agenda_item(s: Store, n: int) -> list[Callable[[], object]]:
    # The first item has the vote: removing it sets the vote's item to NULL (by the
    # foreign key) and deletes its speeches (by cascade).
    item = agenda.list_items(s)[0]
    return _undoable(s, lambda: agenda.remove_item(s, item.id))


def _close(s: Store, n: int) -> list[Callable[[], object]]:
    closing_svc.close_congress(s)
    return [lambda: closing_svc.reopen_congress(s, "tiếp tục thử")]


STEPS: tuple[Step, ...] = (
    _toggle_presence,
    _hold_vote,
    _ballot,
    _member,
    _bodies,
    _speech,
    _section,
    _agenda_item,
    _close,
)


def _tables_equal_the_replayed_journal(path: Path) -> None:
    report = verify_journal(path)
    assert report.ok, report.findings
    assert report.state_from == 1 and report.unchecked_lines == 0
    with closing(sqlite3.connect(path)) as conn:
        last = conn.execute("SELECT state FROM journal ORDER BY id DESC LIMIT 1").fetchone()[0]
        assert last == state_digest.digest_of(state_digest.read_state(conn)) == report.digest


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    st.lists(
        st.tuples(st.integers(0, len(STEPS) - 1), st.integers(0, 2), st.integers(0, 50)),
        min_size=1,
        max_size=10,
    )
)
def test_the_journal_replayed_from_empty_equals_the_tables(
    template: Path, plan: list[tuple[int, int, int]]
) -> None:
    folder = Path(tempfile.mkdtemp())
    try:
        path = folder / "c.daihoi"
        shutil.copyfile(template, path)
        with store_mod.open_store(path) as s:
            for step, undo_redo, n in plan:
                try:
                    inverses = STEPS[step](s, n)
                    for inverse in inverses[:undo_redo]:
                        inverse()
                except SecretariatError:
                    pass  # a refusal (e.g. on a closed congress) must leave no trace either
            with suppress(SecretariatError):
                closing_svc.reopen_congress(s, "kết thúc thử")
        _tables_equal_the_replayed_journal(path)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def test_every_step_runs_and_is_captured(template: Path, tmp_path: Path) -> None:
    """Each step (and its undo and redo) once, checked after each: none is skipped."""
    path = tmp_path / "c.daihoi"
    shutil.copyfile(template, path)
    for n, step in enumerate(STEPS):
        with store_mod.open_store(path) as s:
            for inverse in step(s, n):
                inverse()
        _tables_equal_the_replayed_journal(path)
        with closing(sqlite3.connect(path)) as conn:
            images = conn.execute("SELECT images FROM journal ORDER BY id DESC LIMIT 3").fetchall()
        assert any(i[0] and i[0] != "[]" for i in images), step.__name__


def test_a_cascade_is_captured_though_no_service_wrote_it(template: Path, tmp_path: Path) -> None:
    path = tmp_path / "c.daihoi"
    shutil.copyfile(template, path)
    with store_mod.open_store(path) as s:
        _agenda_item(s, 0)
        with closing(sqlite3.connect(path)) as conn:
            (images,) = conn.execute(
                "SELECT images FROM journal WHERE action = 'agenda.remove'"
            ).fetchone()
    # The vote's item became NULL by the foreign key's SET NULL: the vote's row is there.
    assert '["vote",[1],' in images
    assert '"agenda_item_id":null' in images


def test_raw_sql_and_replace_in_a_unit_of_work_are_captured(template: Path, tmp_path: Path) -> None:
    """Any write on the action's connection is captured, not only the ORM's."""
    from sqlalchemy import text

    path = tmp_path / "c.daihoi"
    shutil.copyfile(template, path)
    with store_mod.open_store(path) as s:
        with s.action("test.raw") as uow:
            uow.session.execute(text("UPDATE vote SET note = 'raw' WHERE id = 1"))
            uow.session.execute(text("INSERT INTO setting (key, value) VALUES ('k', '1')"))
        with s.action("test.replace") as uow:  # deletes the row, then inserts it
            uow.session.execute(
                text("INSERT OR REPLACE INTO setting (key, value) VALUES ('k', '2')")
            )
        with closing(sqlite3.connect(path)) as conn:
            raw, replaced = (
                conn.execute(f"SELECT images FROM journal WHERE action = '{a}'").fetchone()[0]
                for a in ("test.raw", "test.replace")
            )
    assert '"note":"raw"' in raw and '["setting",["k"],null,{"key":"k","value":"1"}]' in raw
    assert replaced == '[["setting",["k"],{"key":"k","value":"1"},{"key":"k","value":"2"}]]'
    _tables_equal_the_replayed_journal(path)
