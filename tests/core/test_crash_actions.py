"""The kill test over the UI's actions: SIGKILL a process doing check-ins, speeches,
votes and ballot entry at random moments. After each kill the file opens, passes
integrity_check, holds every acknowledged action (its journal line, same hash),
and its hash chain is whole."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from secretariat import store as store_mod
from secretariat.domain import MemberData, SessionData, SessionKind
from secretariat.services import agenda, attendance, congress, elections, roster, votes
from secretariat.services.elections import Target
from secretariat.verify import verify_journal

AT = datetime(2020, 6, 15, 8, 0)
ROOT = Path(__file__).resolve().parents[2]


def run_and_kill(path: Path, delay: float) -> list[tuple[int, str]]:
    """Run the writer, SIGKILL it ``delay`` s after its first ACK; the (id, hash) acked."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.core.crash_actions_writer", str(path)],
        stdout=subprocess.PIPE,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert proc.stdout is not None
    os.set_blocking(proc.stdout.fileno(), False)
    buffer = b""
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        chunk = proc.stdout.read()
        if chunk:
            buffer += chunk
            if b"ACK " in buffer and deadline - time.monotonic() > delay:
                deadline = time.monotonic() + delay
        time.sleep(0.002)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    buffer += proc.stdout.read() or b""
    assert proc.returncode == -signal.SIGKILL, buffer.decode()[-2000:]
    acked = []
    for line in buffer.decode().splitlines():
        if line.startswith("ACK "):
            _ack, ident, digest = line.split()
            acked.append((int(ident), digest))
    return acked


def _congress(path: Path) -> None:
    with store_mod.create(path) as st:
        session = congress.add_session(st, SessionData(SessionKind.OFFICIAL, AT.date()))
        agenda.seed_default(st)
        people = roster.add_members(
            st, [MemberData(f"Lê Văn Thử{i:02d}", birth_year=1970 + i) for i in range(30)]
        )
        for p in people:
            attendance.check_in(st, session.id, p.id, at=AT)
        votes.add_vote(st, "Thông qua chương trình đại hội")
        election = elections.create_election(st, Target.DELEGATE, "Bầu đại biểu", 3)
        rnd = elections.open_round(
            st, election.id, [p.id for p in people[:5]], [people[5].id], at=AT
        )
        elections.start_ballot(st, rnd.id, 20, at=AT + timedelta(minutes=1))


@pytest.mark.slow
def test_sigkill_during_the_ui_actions_loses_no_acknowledged_one(tmp_path: Path) -> None:
    path = tmp_path / "crash.daihoi"
    _congress(path)
    rng = random.Random(20261127)
    acked, rounds = 0, 0
    # Five kills at least, and on until a fair number of actions were acknowledged
    # (a loaded machine types slower: the kills, not the speed, are under test).
    while rounds < 5 or (acked <= 20 and rounds < 15):
        rounds += 1
        lines = run_and_kill(path, delay=rng.uniform(0.05, 1.5))
        with sqlite3.connect(path) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            journal = dict(conn.execute("SELECT id, hash FROM journal").fetchall())
        conn.close()
        for ident, digest in lines:
            assert journal.get(ident) == digest, f"acknowledged action {ident} lost"
        report = verify_journal(path)
        assert report.ok, f"hash chain broken at {report.first_broken}"
        acked += len(lines)
    assert acked > 20, "the writer should have acknowledged a fair number of actions"
