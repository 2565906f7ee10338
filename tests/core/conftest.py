from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from secretariat import store as store_mod
from secretariat.store import Store


class FakeClock:
    """A clock the test moves by hand: times in the file are then predictable."""

    def __init__(self, start: datetime = datetime(2020, 6, 15, 7, 0)) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, minutes: float = 1) -> datetime:
        self.now += timedelta(minutes=minutes)
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def store(tmp_path: Path, clock: FakeClock) -> Iterator[Store]:
    st = store_mod.create(tmp_path / "test.daihoi", actor="tester", clock=clock)
    yield st
    st.close()


@pytest.fixture(params=["sqlite", "postgresql"])
def any_store(request: pytest.FixtureRequest, tmp_path: Path, clock: FakeClock) -> Iterator[Store]:
    """A new congress in a file, then on a PostgreSQL server (tests/pg.py starts one).

    A module whose tests run on both engines overrides ``store`` with it
    (``def store(any_store): return any_store``).
    """
    if request.param == "sqlite":
        st = store_mod.create(tmp_path / "test.daihoi", actor="tester", clock=clock)
    else:
        from secretariat import pg_store

        url = request.getfixturevalue("pg_congress_url")
        st = pg_store.open_server(url, actor="tester", clock=clock)
    yield st
    st.close()


@pytest.fixture(scope="session")
def pg_demo_template(pg_admin_url: str, tmp_path_factory: pytest.TempPathFactory) -> str:
    """A database holding the demo congress, pushed once from a demo file, copied per test."""
    import os

    from secretariat import demo, server
    from tests import pg

    path = tmp_path_factory.mktemp("pg-demo") / "demo.daihoi"
    demo.create_demo(path).close()
    name = f"demo{os.getpid()}"
    server.push(path, pg.new_database(pg_admin_url, name))
    return name


@pytest.fixture
def pg_demo_url(pg_admin_url: str, pg_demo_template: str) -> Iterator[str]:
    """A new database holding the demo congress (as ``demo.create_demo`` makes it)."""
    from tests import pg

    name = f"{pg_demo_template}_{next(_copies)}"
    yield pg.new_database(pg_admin_url, name, pg_demo_template)
    pg.drop_database(pg_admin_url, name)


_copies = itertools.count(1)
