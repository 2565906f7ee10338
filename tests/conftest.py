"""Settings for every test: Hypothesis runs the same examples in CI."""

from __future__ import annotations

import os

from hypothesis import settings

# On CI (CI=true) the property tests are derandomised: a run of main is repeatable,
# and a failure seen there is seen again by anyone who runs the same commit.
# Elsewhere they explore new examples on each run.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")


# --- a real PostgreSQL server (tests/pg.py) -------------------------------------------

import itertools  # noqa: E402
from collections.abc import Iterator  # noqa: E402

import pytest  # noqa: E402

from tests import pg  # noqa: E402

_databases = itertools.count(1)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[pg.PgServer | None]:
    """One server for the session (per xdist worker), or None with SECRETARIAT_PG_URL set."""
    if os.environ.get("SECRETARIAT_PG_URL"):
        yield None
        return
    try:
        import psycopg  # noqa: F401
    except ImportError:
        if pg.require():
            raise
        pytest.skip("psycopg is not installed (pip install -e '.[server]')")
    server = pg.PgServer()
    try:
        server.start()
    except (RuntimeError, OSError, pg.subprocess.SubprocessError) as exc:
        server.stop()
        if pg.require():
            raise
        pytest.skip(f"no PostgreSQL server could start: {exc}")
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def pg_admin_url(pg_server: pg.PgServer | None) -> str:
    """A superuser URL of the test server's maintenance database."""
    return os.environ.get("SECRETARIAT_PG_URL") or (pg_server.url if pg_server else "")


@pytest.fixture
def pg_url(pg_admin_url: str) -> Iterator[str]:
    """The URL of a new, empty database for one test (dropped after it)."""
    name = f"t{os.getpid()}_{next(_databases)}"
    yield pg.new_database(pg_admin_url, name)
    pg.drop_database(pg_admin_url, name)


@pytest.fixture(scope="session")
def pg_template(pg_admin_url: str) -> str:
    """A database with the congress schema at head, copied for each test (migrating is slow)."""
    from secretariat import pg_store

    name = f"head{os.getpid()}"
    pg_store.open_server(pg.new_database(pg_admin_url, name)).close()
    return name


@pytest.fixture
def pg_congress_url(pg_admin_url: str, pg_template: str) -> Iterator[str]:
    """The URL of a new database holding an empty congress (the schema, no rows)."""
    name = f"t{os.getpid()}_{next(_databases)}"
    yield pg.new_database(pg_admin_url, name, template=pg_template)
    pg.drop_database(pg_admin_url, name)
