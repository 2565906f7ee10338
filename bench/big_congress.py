"""Budgets on a large congress: 1,000 members and 5,000 ballots.

The congress is built once through the services (members, check-ins, the
default programme, five delegate elections of 60 names with 1,000 papers each
entered with ``elections.enter_ballot``) into the temporary folder and reused
while the schema is the same (``--rebuild`` builds it again). Then, each in a
fresh process, offscreen:

1. opening it: the main window shown on the file and idle (budget 2 s: the
   issue sets none; this is ours);
2. exporting the minutes (biên bản đại hội) as .docx and as .pdf (budget 3 s each);
3. tallying one round, 1,000 ballots of 60 names, read back from the file
   (``services.elections.count``, budget 100 ms; the rules-only tally and the
   keystrokes are in bench/election_tally.py);
4. peak memory with the congress open in the main window, every tab shown
   (budget 300 MB: ``resource.getrusage`` maxrss; tracemalloc's Python peak
   is printed beside it).

    .venv/bin/python bench/big_congress.py [--rebuild]

Prints each figure with its budget; exits 1 if one is over.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

if TYPE_CHECKING:
    from secretariat.domain import MemberRow
    from secretariat.store import Store

MEMBERS = 1_000
ROUNDS = 5
NAMES = 60
SEATS = 45
AT = datetime(2020, 6, 15, 10, 0)
BUDGETS = {"open_s": 2.0, "minutes_docx_s": 3.0, "minutes_pdf_s": 3.0, "tally_ms": 100.0}
BUDGET_MB = 300.0
FAMILY = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô")
MIDDLE = ("Văn", "Thị", "Đức", "Minh", "Thu", "Quốc", "Ngọc", "Hữu")
GIVEN = ("An", "Bình", "Cường", "Dung", "Hà", "Hải", "Lan", "Nam", "Sơn", "Tâm", "Việt", "Yến")


def member_name(i: int) -> str:
    return f"{FAMILY[i % 10]} {MIDDLE[(i // 10) % 8]} {GIVEN[(i // 80) % 12]} {i:04d}"


@contextmanager
def building(
    path: Path, cell_name: str, members: int, present: int, position: str = ""
) -> Iterator[tuple[Store, list[MemberRow]]]:
    """A test congress made through the services and moved into ``path`` only when whole:
    its identity, the default agenda, one session, ``members`` members of whom the
    first ``present`` checked in an hour before ``AT`` (in one unit of work)."""
    from sqlalchemy import select

    from secretariat import models
    from secretariat import store as store_mod
    from secretariat.domain import CongressInfo, MemberData, Movement, SessionData, SessionKind
    from secretariat.services import agenda, congress, roster

    part = path.with_name(path.name + ".building")
    part.unlink(missing_ok=True)
    with store_mod.create(part, actor="bench") as store:
        congress.set_info(
            store,
            CongressInfo(
                "Đảng bộ Khối Thử nghiệm", cell_name, "VII", 2025, 2030,
                venue="Hội trường A", place="Hà Nội",
            ),
        )  # fmt: skip
        agenda.seed_default(store)
        session = congress.add_session(store, SessionData(SessionKind.OFFICIAL, AT.date()))
        people = roster.add_members(
            store,
            [
                MemberData(
                    member_name(i),
                    party_card_no=f"36{i:06d}",
                    birth_year=1960 + i % 40,
                    position=position,
                )
                for i in range(members)
            ],
        )
        stamp = (AT - timedelta(hours=1)).isoformat()
        with store.action("bench.check_in_all") as uow:
            ids = list(uow.session.scalars(select(models.Member.id).order_by(models.Member.id)))
            for member_id in ids[:present]:
                uow.session.add(
                    models.Attendance(session_id=session.id, member_id=member_id, state="present")
                )
                uow.session.add(
                    models.MovementRow(
                        session_id=session.id, member_id=member_id, kind=str(Movement.IN), at=stamp
                    )
                )
        yield store, people
    os.replace(part, path)


def build(path: Path) -> None:
    """The large congress, through the services (the check-ins in one unit of work)."""
    from secretariat.services import elections
    from secretariat.services.elections import Target

    rng = random.Random(1000)
    cell = "Chi bộ Thử nghiệm Lớn"
    with building(path, cell, MEMBERS, MEMBERS, position="Đảng viên") as (store, people):
        for n in range(ROUNDS):
            election = elections.create_election(
                store, Target.DELEGATE, f"Bầu đoàn đại biểu số {n + 1}", SEATS
            )
            candidates = [p.id for p in people[n * NAMES : (n + 1) * NAMES]]
            teller = people[-1 - n].id
            opened = elections.open_round(store, election.id, candidates, [teller], at=AT)
            elections.start_ballot(store, opened.id, MEMBERS, at=AT)
            for _ in range(MEMBERS):
                keep = SEATS - rng.choice((0, 0, 0, 1, 2, 5))
                chosen = rng.sample(candidates, keep)
                elections.enter_ballot(store, opened.id, chosen=chosen)


# --- the measurements, each in its own process -----------------------------------------


def _open(path: Path) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    from ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = MainWindow()
    window.show()
    app.processEvents()
    start = time.perf_counter()
    assert window.open_path(path)
    app.processEvents()
    return {"open_s": time.perf_counter() - start}


def _minutes(path: Path, folder: Path) -> dict[str, float]:
    from secretariat import store as store_mod
    from secretariat.reports import catalog

    names = {s.name for s in catalog.SPECS}
    doc = "minutes" if "minutes" in names else "results_sheet"
    figures = {"document_is_minutes": float(doc == "minutes")}
    with store_mod.open_store(path) as store:
        for fmt in ("docx", "pdf"):
            start = time.perf_counter()
            catalog.export(store, doc, fmt, folder / f"{doc}.{fmt}")
            figures[f"minutes_{fmt}_s"] = time.perf_counter() - start
    return figures


def _tally(path: Path) -> dict[str, float]:
    import statistics

    from secretariat import store as store_mod
    from secretariat.services import elections

    with store_mod.open_store(path) as store:
        election = elections.list_elections(store)[0]
        rnd = elections.list_rounds(store, election.id)[0]
        counted = elections.count(store, rnd.id)
        assert counted.collected == MEMBERS, counted.collected
        times = []
        for _ in range(7):
            elections.forget_counts()  # the count from the stored papers, not a kept one
            start = time.perf_counter()
            elections.count(store, rnd.id)
            times.append((time.perf_counter() - start) * 1000)
    return {"tally_ms": statistics.median(times)}


def _memory(path: Path) -> dict[str, float]:
    import resource
    import tracemalloc

    tracemalloc.start()
    from PySide6.QtWidgets import QApplication

    from ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = MainWindow()
    window.show()
    assert window.open_path(path)
    app.processEvents()
    assert window.tabs is not None
    for index in range(window.tabs.count()):  # every screen shown once
        window.tabs.setCurrentIndex(index)
        app.processEvents()
    _current, peak = tracemalloc.get_traced_memory()
    maxrss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"maxrss_mb": maxrss_kb / 1024, "python_peak_mb": peak / 2**20}


def child(kind: str, path: Path) -> None:
    with tempfile.TemporaryDirectory() as folder:
        from PySide6.QtCore import QCoreApplication, QSettings

        QCoreApplication.setOrganizationName("SecretariatBench")
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
        work = Path(folder) / path.name
        work.write_bytes(path.read_bytes())  # each measure opens its own copy
        run = {
            "open": lambda: _open(work),
            "minutes": lambda: _minutes(work, Path(folder)),
            "tally": lambda: _tally(work),
            "memory": lambda: _memory(work),
        }[kind]
        print(json.dumps(run()), flush=True)
        shutil.rmtree(folder, ignore_errors=True)
        os._exit(0)  # skip Qt's teardown: the figure is out


def measure(kind: str, path: Path) -> dict[str, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, __file__, "--child", kind, str(path)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=False,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"{kind} failed:\n{done.stdout}\n{done.stderr}")
    figures: dict[str, float] = json.loads(lines[-1])
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--child", nargs=2, metavar=("KIND", "FILE"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(args.child[0], Path(args.child[1]))
        return 0
    from secretariat import store as store_mod

    folder = Path(tempfile.gettempdir()) / "secretariat-bench"
    folder.mkdir(exist_ok=True)
    path = folder / f"big-{MEMBERS}-{ROUNDS * MEMBERS}-r{store_mod.head_revision()}.daihoi"
    if args.rebuild or not path.exists():
        start = time.perf_counter()
        build(path)
        print(f"built {path} in {time.perf_counter() - start:.0f} s")
    figures: dict[str, float] = {}
    for kind in ("open", "minutes", "tally", "memory"):
        figures.update(measure(kind, path))
    ok = True

    def line(label: str, value: float, budget: float, unit: str) -> None:
        nonlocal ok
        passed = value <= budget
        ok &= passed
        verdict = "PASS" if passed else "FAIL"
        print(f"  {label:<44} {value:8.2f} {unit}  (budget {budget:g} {unit}) {verdict}")

    doc = "minutes" if figures.pop("document_is_minutes") else "results sheet (no minutes yet)"
    print(f"Large congress: {MEMBERS} members, {ROUNDS * MEMBERS} ballots ({ROUNDS} rounds)")
    line("open in the main window, until idle", figures["open_s"], BUDGETS["open_s"], "s")
    line(f"export the {doc} as .docx", figures["minutes_docx_s"], 3.0, "s")
    line(f"export the {doc} as .pdf", figures["minutes_pdf_s"], 3.0, "s")
    line(f"tally 1,000 ballots of {NAMES} names (count)", figures["tally_ms"], 100.0, "ms")
    line("peak memory, congress open, every tab (maxrss)", figures["maxrss_mb"], BUDGET_MB, "MB")
    print(f"  (tracemalloc Python peak: {figures['python_peak_mb']:.1f} MB)")
    print("OK" if ok else "OVER BUDGET")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
