"""``attendance.counters`` reads SQL aggregates; ``count_attendance`` stays the definition.

The fast path (``voter_groups``: one row per distinct combination of roster
flags, congress-wide state and presence) must give exactly the counters the
rule function gives over one ``Voter`` per member (``attendance.voters``), on
the demo, on a 1,000-member congress and on random rosters, at several moments
and ``as_of`` (docs/domain/rules.md §2 and §5; 190-QĐ/TW Điều 30).
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from secretariat import demo, models
from secretariat import store as store_mod
from secretariat.domain import AttendanceState, CongressKind, Movement
from secretariat.errors import ValidationError
from secretariat.rules.majority import count_attendance
from secretariat.services import attendance, congress
from secretariat.store import Store

START = datetime(2020, 6, 15, 7, 0)
STATES = (None, AttendanceState.PRESENT, AttendanceState.EXCUSED, AttendanceState.ABSENT)
STATUSES = ("full", "probationary")


@pytest.fixture
def store(any_store: Store) -> Store:
    """These tests run on a congress file and on a PostgreSQL server (issue #20)."""
    return any_store


def _reference(store: Store, at: datetime | None, as_of: datetime | None) -> object:
    kind = congress.get_info(store).kind
    return count_attendance(attendance.voters(store, at, as_of=as_of), kind)


def _assert_same(store: Store, moments: list[datetime | None]) -> None:
    for at in moments:
        for as_of in moments:
            try:
                expected = _reference(store, at, as_of)
            except ValidationError:
                # Inside the hall at ``at`` but not yet present ``as_of``: the rule
                # refuses such a voter, and the fast path must refuse it too.
                with pytest.raises(ValidationError):
                    attendance.counters(store, at, as_of=as_of)
                continue
            assert attendance.counters(store, at, as_of=as_of) == expected, (at, as_of)


def _fill(store: Store, rng: random.Random, members: int, sessions: int) -> list[datetime]:
    """A roster with every flag, attendance and timed movements, written as rows."""
    moments: list[datetime] = []
    with store.action("test.fill") as uow:
        s = uow.session
        session_ids = []
        for i in range(sessions):
            row = models.Session(kind="official", position=i)
            s.add(row)
            s.flush()
            session_ids.append(row.id)
        for n in range(members):
            attached = rng.choice((None, None, None, "in", "out"))
            m = models.Member(
                full_name=f"Member {n}",
                status=rng.choice(STATUSES),
                exempt=rng.random() < 0.15,
                temporary_in=attached == "in",
                temporary_out=attached == "out",
                suspended=rng.random() < 0.1,
            )
            s.add(m)
            s.flush()
            for sid in session_ids:
                state = rng.choice(STATES)
                if state is None:
                    continue
                s.add(models.Attendance(session_id=sid, member_id=m.id, state=str(state)))
                if state is not AttendanceState.PRESENT:
                    continue
                when = START + timedelta(minutes=rng.randrange(0, 600))
                for k in range(rng.randrange(1, 4)):
                    kind = Movement.IN if k % 2 == 0 else Movement.OUT
                    stamp = when.isoformat()
                    s.add(models.MovementRow(session_id=sid, member_id=m.id, kind=kind, at=stamp))
                    moments.append(when)
                    when += timedelta(minutes=rng.randrange(0, 90))
    return moments


def _moments(rng: random.Random, stamps: list[datetime]) -> list[datetime | None]:
    picked = rng.sample(stamps, min(3, len(stamps)))
    return [None, START - timedelta(hours=1), START + timedelta(hours=30), *picked]


@pytest.fixture
def demo_store(tmp_path: Path) -> Iterator[Store]:
    st = demo.create_demo(tmp_path / "demo.daihoi")
    yield st
    st.close()


def test_demo_counters_equal_the_rule_function(demo_store: Store) -> None:
    now = demo_store.clock()
    moments: list[datetime | None] = [None, now, now - timedelta(hours=3), now + timedelta(days=1)]
    _assert_same(demo_store, moments)
    assert attendance.counters(demo_store, now).present > 0


@pytest.mark.parametrize("kind", [CongressKind.MEMBERS, CongressKind.DELEGATES])
def test_thousand_members_counters_equal_the_rule_function(
    tmp_path: Path, kind: CongressKind
) -> None:
    rng = random.Random(1000)
    with store_mod.create(tmp_path / "big.daihoi", actor="t") as store:
        info = congress.get_info(store)
        congress.set_info(
            store,
            type(info)("Đảng bộ Thử", "Chi bộ Thử", "I", 2025, 2030, kind=kind),
        )
        stamps = _fill(store, rng, 1000, 3)
        counted = attendance.counters(store)
        assert counted.summoned > 500
        assert counted.base.kind is kind
        _assert_same(store, _moments(rng, stamps))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 2**32 - 1), members=st.integers(0, 25), sessions=st.integers(1, 3))
def test_random_rosters_counters_equal_the_rule_function(
    tmp_path_factory: pytest.TempPathFactory, seed: int, members: int, sessions: int
) -> None:
    rng = random.Random(seed)
    path = tmp_path_factory.mktemp("fuzz") / "f.daihoi"
    with store_mod.create(path, actor="t") as store:
        stamps = _fill(store, rng, members, sessions)
        _assert_same(store, _moments(rng, stamps))
