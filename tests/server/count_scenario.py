"""A count on several stations at once, for the concurrency tests and bench/stations.py (issue 20).

``prepare`` builds a congress through the services (``bench.big_congress.building``:
members all present, one delegate election whose list has ``names`` names, ``papers``
ballots issued), cuts the papers into one stack per station (stack k: pass 1 by station
k, pass 2 by station k+1, so every station keys one first and one second reading),
pushes it onto a server and creates the stations' logins (``secretariat.station_roles``).

``station_main`` is one station: a process of its own logged in with its own login,
keying its stacks through ``services.stations`` — both of its passes interleaved, so
first and second readings arrive at once. Each paper's reading follows from its
number (``reading``); the second reading of the ``planted`` papers differs by one name,
which is where the mismatches must be found. A lost server is waited for and the same
paper sent again; a paper whose first try was stored before the line dropped is then
refused as ``duplicate`` and counted as done (so none is doubled or lost).
"""

from __future__ import annotations

import random
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from itertools import zip_longest
from pathlib import Path
from typing import TypeVar

from sqlalchemy import make_url
from sqlalchemy.exc import DBAPIError

from tests import pg

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

AT = datetime(2026, 12, 7, 9, 0)
SEATS_SHARE = 0.75  # seats for a list of n names: three quarters (60 names, 45 seats)
PASSWORD = "tram-kiem-phieu"
T = TypeVar("T")


@dataclass(frozen=True)
class Plan:
    """What the stations key: where, as whom, which papers, which ones planted."""

    url: str  # the congress's database, as the owner
    round_id: int
    papers: int
    names: int
    stations: int
    logins: tuple[str, ...]
    candidates: tuple[int, ...]  # member ids in ballot order

    def station_url(self, login: str) -> str:
        url = make_url(self.url).set(username=login, password=PASSWORD)
        return url.render_as_string(hide_password=False)


def planted(serial: int) -> bool:
    """The papers whose second reading differs from the first (about one in 97)."""
    return serial % 97 == 13


def reading(plan: Plan, serial: int, pass_no: int) -> list[int]:
    """The names left unstruck on paper ``serial`` as pass ``pass_no`` reads it."""
    rng = random.Random(serial)
    seats = round(plan.names * SEATS_SHARE)
    keep = seats - rng.choice((0, 0, 0, 1, 2, 5))
    chosen = sorted(rng.sample(plan.candidates, keep))
    if pass_no == 2 and planted(serial):
        chosen = chosen[1:]  # the second typist missed one name
    return chosen


def _build(path: Path, papers: int, names: int) -> tuple[int, tuple[int, ...]]:
    from bench.big_congress import building
    from secretariat.services import elections
    from secretariat.services.elections import Target

    with building(path, "Chi bộ Kiểm phiếu Nhiều máy", papers + 1, papers + 1) as (store, people):
        election = elections.create_election(
            store, Target.DELEGATE, "Bầu đoàn đại biểu", round(names * SEATS_SHARE)
        )
        candidates = tuple(p.id for p in people[:names])
        teller = people[-1].id
        opened = elections.open_round(store, election.id, list(candidates), [teller], at=AT)
        elections.start_ballot(store, opened.id, papers, at=AT)
        return int(opened.id), tuple(int(c) for c in candidates)


def _assign(path: Path, round_id: int, papers: int, logins: tuple[str, ...]) -> None:
    from secretariat import store as store_mod
    from secretariat.services import stations

    n = len(logins)
    with store_mod.open_store(path) as store:
        ids = [
            stations.add_station(store, f"Máy {i + 1}", login).id for i, login in enumerate(logins)
        ]
        size = -(-papers // n)
        for k in range(n):
            first, last = k * size + 1, min((k + 1) * size, papers)
            second = ids[(k + 1) % n] if n > 1 else None
            if first <= last and second is not None:
                stations.assign_stack(store, round_id, first, last, ids[k], second)


def prepare(
    admin_url: str, database_url: str, folder: Path, *, papers: int, names: int, stations: int
) -> Plan:
    """The congress on the server, its stacks assigned, the stations' logins made."""
    from sqlalchemy import create_engine

    from secretariat import server, station_roles

    logins = tuple(f"tram{i + 1}" for i in range(stations))
    path = folder / "count.daihoi"
    round_id, candidates = _build(path, papers, names)
    _assign(path, round_id, papers, logins)
    server.push(path, database_url)
    engine = create_engine(database_url)
    with engine.begin() as conn:
        station_roles.install(conn)
        for login in logins:
            station_roles.create_station_login(conn, login, PASSWORD)
    engine.dispose()
    _ = admin_url
    return Plan(database_url, round_id, papers, names, stations, logins, candidates)


def drop_logins(admin_url: str, plan: Plan) -> None:
    from sqlalchemy import create_engine

    engine = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        database = make_url(plan.url).database
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
        for login in plan.logins:
            conn.exec_driver_sql(f"DROP ROLE IF EXISTS {login}")
    engine.dispose()


# --- the server going away and coming back ---------------------------------------------


def stop_server(server: pg.PgServer) -> None:
    """Stop the test server (its stations' connections drop)."""
    assert server.folder is not None
    server._run("pg_ctl", "-D", str(server.folder / "data"), "-m", "fast", "-w", "stop")


def start_server(server: pg.PgServer) -> None:
    """Start it again on the same port, as ``tests/pg.py`` did. (``pg_ctl restart``
    would leave the new server writing to the caller's pipes, so that it never returns.)"""
    assert server.folder is not None
    options = (
        f"-c listen_addresses=127.0.0.1 -c port={server.port} "
        f"-c unix_socket_directories={server.folder} -c fsync=off -c synchronous_commit=off "
        "-c full_page_writes=off -c max_connections=100 -c shared_buffers=32MB"
    )
    data, log = str(server.folder / "data"), str(server.folder / "log")
    server._run("pg_ctl", "-D", data, "-l", log, "-o", options, "-w", "start")


# --- one station ----------------------------------------------------------------------


def _lost(error: BaseException) -> bool:
    return isinstance(error, DBAPIError) and (
        error.connection_invalidated
        or getattr(error.orig, "sqlstate", None) is None
        or str(getattr(error.orig, "sqlstate", "")).startswith(("08", "57"))
    )


def patiently(call: Callable[[], T], *, wait: float = 60.0) -> T:
    """Run one service call; while the server is away, wait and run it again."""
    from secretariat.pg_store import retrying

    deadline = time.monotonic() + wait
    while True:
        try:
            return retrying(call)
        except DBAPIError as error:
            if not _lost(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def _key(
    store: object, me: int, plan: Plan, item: tuple[int, int, int], sent: set[tuple[int, int]]
) -> int:
    """Key one paper; 1 if this call stored it, 0 if an earlier, unanswered try had."""
    from secretariat.errors import ValidationError
    from secretariat.services import stations

    serial, pass_no, stack = item
    chosen = reading(plan, serial, pass_no)
    try:
        patiently(
            lambda: stations.enter_paper(store, me, stack, serial=serial, chosen=chosen)  # type: ignore[arg-type]
        )
    except ValidationError as error:
        if error.code == "duplicate" and (serial, pass_no) in sent:
            return 0
        raise
    finally:
        sent.add((serial, pass_no))
    return 1


def station_main(plan: Plan, login: str, limit: int | None = None) -> int:
    """One station's process: key every missing paper of its stacks, both passes
    interleaved; returns the papers it stored (stops after ``limit`` when given)."""
    return station_timed(plan, login, limit)[0]


def station_timed(
    plan: Plan, login: str, limit: int | None = None, passes: tuple[int, ...] = (1, 2)
) -> tuple[int, float, float]:
    """``station_main`` with the wall-clock times of its first and last paper."""
    from secretariat import pg_store
    from secretariat.services import stations

    store = pg_store.open_server(plan.station_url(login), actor=login, migrate=False)
    try:
        me = patiently(lambda: stations.station_by_login(store, login))
        queues = []
        for a in patiently(lambda: stations.station_work(store, me.id)):
            if a.pass_no not in passes:
                continue
            papers = patiently(lambda a=a: stations.station_papers(store, me.id, a.stack.id))
            keyed = {p.serial for p in papers}
            span = range(a.stack.first, a.stack.last + 1)
            queues.append([(n, a.pass_no, int(a.stack.id)) for n in span if n not in keyed])
        order = [item for group in zip_longest(*queues) for item in group if item is not None]
        stored = 0
        sent: set[tuple[int, int]] = set()
        began = time.time()
        for item in order[:limit]:
            stored += _key(store, int(me.id), plan, item, sent)
        return stored, began, time.time()
    finally:
        store.close()
