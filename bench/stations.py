"""Counting stations on a PostgreSQL server: papers stored per second, and how soon the
secretary sees them (issue 20).

A throwaway server is started (tests/pg.py: ``initdb`` in a temporary folder, loopback
only). For 1, 2, 4 and 8 stations, a congress with one 60-name list is pushed onto a
fresh database, the papers are cut into stacks (tests/server/count_scenario.py), and each
station, a process with its own login, keys its stacks through ``services.stations``,
first and second readings interleaved (with one station: its first pass only, as no
station keys both passes of a stack). Printed: papers stored per second over the span
from the first station's first paper to the last station's last one.

Then the delay from a station's Enter to the secretary's totals: one paper keyed as a
station, then the secretary's screen reading what it shows (the stations dialog's
refresh: per-station progress, the announce check, both passes' papers, the count),
repeated; the dialog reads every ``POLL_MS``, so the worst case adds that interval.

    .venv/bin/python bench/stations.py [--papers 400]

The machine's core count is printed with the figures: every writer takes the journal's
lock in turn, so more stations help only while keying, not storing, is the bottleneck.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

STATIONS = (1, 2, 4, 8)
NAMES = 60
POLL_MS = 500  # ui.dialogs.stations.POLL_MS (not imported: no Qt here)
SAMPLES = 20


def _rate(server_url: str, database: str, folder: Path, n: int, papers: int) -> float:
    from tests import pg
    from tests.server import count_scenario as scenario

    url = pg.new_database(server_url, database)
    plan = scenario.prepare(server_url, url, folder, papers=papers, names=NAMES, stations=max(n, 2))
    try:
        logins = plan.logins[:n]
        passes = (1,) if n == 1 else (1, 2)
        with multiprocessing.get_context("spawn").Pool(n) as pool:
            done = pool.starmap(scenario.station_timed, [(plan, lg, None, passes) for lg in logins])
        stored = sum(d[0] for d in done)
        span = max(d[2] for d in done) - min(d[1] for d in done)
        return stored / span
    finally:
        scenario.drop_logins(server_url, plan)


def _delay(server_url: str, folder: Path) -> tuple[float, float]:
    """Median milliseconds: a station's Enter until stored; the secretary's refresh read."""
    from secretariat import pg_store
    from secretariat.services import elections, stations
    from secretariat.services.elections import RoundId, double_entry
    from tests import pg
    from tests.server import count_scenario as scenario

    url = pg.new_database(server_url, "delay")
    plan = scenario.prepare(server_url, url, folder, papers=200, names=NAMES, stations=2)
    station = pg_store.open_server(plan.station_url(plan.logins[0]), migrate=False)
    secretary = pg_store.open_server(plan.url)
    enter, read = [], []
    try:
        me = stations.station_by_login(station, plan.logins[0])
        (work,) = [a for a in stations.station_work(station, me.id) if a.pass_no == 1]
        rid = RoundId(plan.round_id)
        for serial in range(work.stack.first, work.stack.first + SAMPLES):
            chosen = scenario.reading(plan, serial, 1)
            t0 = time.perf_counter()
            stations.enter_paper(station, me.id, work.stack.id, serial=serial, chosen=chosen)
            t1 = time.perf_counter()
            stations.progress(secretary, rid)
            double_entry.announce_blockers(secretary, rid)
            seen = len(elections.list_ballots(secretary, rid, 1))
            elections.list_ballots(secretary, rid, 2)
            elections.count(secretary, rid)
            t2 = time.perf_counter()
            assert seen == serial - work.stack.first + 1
            enter.append((t1 - t0) * 1000)
            read.append((t2 - t1) * 1000)
    finally:
        station.close()
        secretary.close()
        scenario.drop_logins(server_url, plan)
    return statistics.median(enter), statistics.median(read)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--papers", type=int, default=400, help="papers per configuration")
    args = parser.parse_args(argv)
    from tests import pg

    print(f"cores: {os.cpu_count()} · {NAMES}-name list · {args.papers} papers per run")
    with pg.PgServer() as server, tempfile.TemporaryDirectory() as scratch:
        for n in STATIONS:
            folder = Path(scratch) / f"s{n}"
            folder.mkdir()
            rate = _rate(server.url, f"rate{n}", folder, n, args.papers)
            print(f"{n} station{'s' if n > 1 else ' '}: {rate:7.1f} papers stored per second")
        folder = Path(scratch) / "delay"
        folder.mkdir()
        enter_ms, read_ms = _delay(server.url, folder)
    print(
        f"Enter → stored: {enter_ms:.0f} ms; the secretary's refresh: {read_ms:.0f} ms; "
        f"on screen within {enter_ms + read_ms:.0f} ms + the {POLL_MS} ms poll "
        f"(worst case {enter_ms + read_ms + POLL_MS:.0f} ms)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
