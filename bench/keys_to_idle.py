"""Budget: every key answers at once — keystroke to event-loop idle, median < 50 ms, p95 < 100 ms.

Through the real main window (offscreen), its cycle collector run as the app
runs it (``ui/collector.py``), with every tab shown once first, each
action is typed with real key events and timed from the key press to the moment
the event loop is idle again (a zero timer fires after everything the key posted):

- check-in at the door (name typed, Enter timed) and its undo (Ctrl+Z);
- a ballot digit key (the ballot reader of a 60-name round, or as many names as
  the roster allows), a stored paper (Enter) and its undo (Ctrl+Z);
- a show-of-hands vote (F7, all in favour);
- a resolution point saved (its title edited, Esc saves);
- the minutes shown (Alt+8) after a check-in.

Congresses: 30, 300 and 1,000 members with no paper, then 1,000 members with
1,000 and 5,000 ballot papers already entered (the rounds of
``bench/big_congress.py``'s builder, in 1,000-paper rounds; the round being
typed is the last). Each congress is built once through the services into the
temporary folder and reused while the schema is the same (``--rebuild``); each
is measured in a fresh process. Beside each figure: the SQL statements and the
read transactions per action (SQLAlchemy engine events on the store's two
engines), which say how much of the file every screen re-reads.

    .venv/bin/python bench/keys_to_idle.py [--quick] [--rebuild] [--only 1000/5000]

``--quick``: 5 repetitions instead of 12 and only 30 members and 1,000/5,000.
Prints each figure with its budget; exits 1 if one is over. The CPU time of
the process beside each median tells a slow program from a busy machine (the
wall time counts the other programs running on the same cores).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.big_congress import AT, building  # noqa: E402

CONFIGS = ((30, 0), (300, 0), (1000, 0), (1000, 1000), (1000, 5000))
QUICK = ((30, 0), (1000, 5000))
PER_ROUND = 1000
NAMES = 60
LATE = 20  # at most; members not yet checked in: the check-ins typed by the bench
BUDGET_MEDIAN_MS = 50.0
BUDGET_P95_MS = 100.0
ACTIONS = (
    ("check_in", "check-in (Enter)"),
    ("check_in_undo", "undo a check-in (Ctrl+Z)"),
    ("digit", "ballot digit key"),
    ("paper", "paper stored (Enter)"),
    ("paper_undo", "undo a paper (Ctrl+Z)"),
    ("vote", "show-of-hands vote (F7)"),
    ("point", "resolution point saved (Esc)"),
    ("minutes", "minutes shown after a change"),
)


def build(path: Path, members: int, papers: int) -> None:
    """A congress of ``members`` (all but ``LATE`` checked in) and ``papers`` ballot papers."""
    from secretariat.services import elections, resolution, votes
    from secretariat.services.elections import Target

    rng = random.Random(members + papers)
    present = members - min(LATE, members // 10)
    with building(path, "Chi bộ Thử nghiệm", members, present) as (store, people):
        votes.seed_default_votes(store)
        resolution.seed_default(store)
        names = min(NAMES, present // 2)
        seats = names * 3 // 4
        issued = min(present - 10, PER_ROUND)
        rounds = max(1, -(-papers // (issued - 1)))
        for n in range(rounds):
            entered = min(issued - 1, papers - n * (issued - 1))
            election = elections.create_election(
                store, Target.DELEGATE, f"Bầu đoàn đại biểu số {n + 1}", seats
            )
            first = (n * names) % max(1, present - names - 5)
            candidates = [p.id for p in people[first : first + names]]
            teller = people[present - 1 - n].id
            opened = elections.open_round(store, election.id, candidates, [teller], at=AT)
            elections.start_ballot(store, opened.id, issued, at=AT)
            for _ in range(max(0, entered)):
                keep = seats - rng.choice((0, 0, 0, 1, 2, 5))
                elections.enter_ballot(store, opened.id, chosen=rng.sample(candidates, keep))


# --- in the child process ---------------------------------------------------------------


class Counter:
    """SQL statements and transactions on the store's engines (SQLAlchemy events)."""

    def __init__(self, store: Any) -> None:
        from sqlalchemy import event

        self.statements = 0
        self.reads = 0
        self.writes = 0

        def on_statement(*_args: object) -> None:
            self.statements += 1

        def on_read(*_args: object) -> None:
            self.reads += 1

        def on_write(*_args: object) -> None:
            self.writes += 1

        for engine, begin in ((store._read_engine, on_read), (store._engine, on_write)):
            event.listen(engine, "before_cursor_execute", on_statement)
            event.listen(engine, "begin", begin)

    def snapshot(self) -> tuple[int, int, int]:
        return self.statements, self.reads, self.writes


def _measure(path: Path, repeat: int) -> dict[str, Any]:
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QWidget

    from secretariat.services import attendance, congress, elections, votes
    from ui import collector
    from ui.main_window import MainWindow

    collector.hold()  # the cycle collector as the app runs it (ui.app.main)
    _app = QApplication.instance() or QApplication(sys.argv[:1])
    window = MainWindow()
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    QTest.qWaitForWindowActive(window)
    assert window.open_path(path)
    collector.settle()  # the first tab works (MainWindow.loaded in the app)
    store = window.ctx.require()
    tabs = window.tabs
    assert tabs is not None

    def idle() -> None:
        for _ in range(2):
            loop = QEventLoop()
            QTimer.singleShot(0, loop.quit)
            loop.exec()

    def focus(widget: QWidget) -> None:
        window.activateWindow()
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        idle()

    def show_tab(key: str) -> QWidget:
        tabs.setCurrentIndex(tabs.index_of_key(key))
        idle()
        return tabs.currentWidget()

    for index in range(tabs.count()):  # every screen shown once
        tabs.setCurrentIndex(index)
        idle()
    counter = Counter(store)
    results: dict[str, Any] = {}

    def timed(name: str, key: Qt.Key, mod: Any = Qt.KeyboardModifier.NoModifier) -> None:
        if QApplication.activeWindow() is not window:  # the window's shortcuts need it
            window.activateWindow()
            QTest.qWaitForWindowActive(window)
        target = QApplication.focusWidget() or window
        before = counter.snapshot()
        start, cpu = time.perf_counter(), time.process_time()
        QTest.keyClick(target, key, mod)
        idle()
        ms = (time.perf_counter() - start) * 1000
        cpu_ms = (time.process_time() - cpu) * 1000
        after = counter.snapshot()
        entry = results.setdefault(
            name, {"ms": [], "cpu": [], "sql": [], "reads": [], "writes": []}
        )
        entry["ms"].append(ms)
        entry["cpu"].append(cpu_ms)
        entry["sql"].append(after[0] - before[0])
        entry["reads"].append(after[1] - before[1])
        entry["writes"].append(after[2] - before[2])

    ctrl = Qt.KeyboardModifier.ControlModifier
    session = congress.current_session(store)
    assert session is not None
    state = attendance.session_attendance(store, session.id)
    from secretariat.services import roster

    late = [m for m in roster.list_members(store) if m.id not in state or not state[m.id].inside]
    card = late[0].party_card_no

    # Check-in and its undo (the party card typed, as a scanner does).
    tab = show_tab("attendance")
    search = tab.search  # type: ignore[attr-defined]
    for _ in range(repeat):
        focus(search)
        search.clear()
        QTest.keyClicks(search, card)
        idle()
        timed("check_in", Qt.Key.Key_Return)
        timed("check_in_undo", Qt.Key.Key_Z, ctrl)

    # Ballot entry on the last round: a digit, a paper stored, its undo.
    tab = show_tab("elections")
    last = elections.list_elections(store)[-1]
    tab.select_election(last.id)  # type: ignore[attr-defined]
    idle()
    tab.show_page(2, True)  # type: ignore[attr-defined]
    idle()
    for _ in range(repeat):
        tab.focus_page()  # type: ignore[attr-defined]
        idle()
        timed("digit", Qt.Key.Key_1)
        QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_2)
        idle()
        timed("paper", Qt.Key.Key_Return)
        timed("paper_undo", Qt.Key.Key_Z, ctrl)

    # A show-of-hands vote (F7), taken back untimed.
    tab = show_tab("votes")
    vote = next(v for v in votes.list_votes(store) if v.yes is None)
    for _ in range(repeat):
        tab.select_vote(vote.id)  # type: ignore[attr-defined]
        focus(tab.table)  # type: ignore[attr-defined]
        timed("vote", Qt.Key.Key_F7)
        window.ctx.undo_stack.undo()
        idle()

    # A resolution point saved: its title edited, Esc saves (taken back untimed).
    tab = show_tab("resolution")
    for n in range(repeat):
        outline = tab.outline_panel.outline  # type: ignore[attr-defined]
        focus(outline)
        QTest.keyClick(outline, Qt.Key.Key_Down)
        idle()
        edit = tab.editor.title_edit  # type: ignore[attr-defined]
        focus(edit)
        QTest.keyClicks(edit, f" {n}")
        timed("point", Qt.Key.Key_Escape)
        window.ctx.undo_stack.undo()
        idle()

    # The minutes shown after a change (a check-in at the door).
    for _ in range(repeat):
        tab = show_tab("attendance")
        focus(tab.search)  # type: ignore[attr-defined]
        tab.search.clear()  # type: ignore[attr-defined]
        QTest.keyClicks(tab.search, card)  # type: ignore[attr-defined]
        QTest.keyClick(tab.search, Qt.Key.Key_Return)  # type: ignore[attr-defined]
        idle()
        timed("minutes", Qt.Key.Key_8, Qt.KeyboardModifier.AltModifier)
        assert tabs.currentIndex() == tabs.index_of_key("minutes")
        window.ctx.undo_stack.undo()
        idle()
    window.close()
    return results


def child(path: Path, repeat: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        from PySide6.QtCore import QCoreApplication, QSettings

        QCoreApplication.setOrganizationName("SecretariatBench")
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
        work = Path(folder) / path.name
        work.write_bytes(path.read_bytes())
        print(json.dumps(_measure(work, repeat)))


# --- in the parent ------------------------------------------------------------------------


def _schema_head() -> str:
    versions = ROOT / "secretariat" / "migrations" / "versions"
    return str(len(list(versions.glob("*.py"))))


def congress_file(members: int, papers: int, rebuild: bool) -> Path:
    folder = Path(tempfile.gettempdir()) / "secretariat-bench"
    folder.mkdir(exist_ok=True)
    path = folder / f"keys-{members}-{papers}-{_schema_head()}b.daihoi"
    if rebuild or not path.exists():
        start = time.perf_counter()
        build(path, members, papers)
        print(f"  (built {path.name} in {time.perf_counter() - start:.0f} s)", flush=True)
    return path


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def report(members: int, papers: int, results: dict[str, Any]) -> bool:
    ok = True
    print(f"{members} members, {papers} papers:")
    for key, label in ACTIONS:
        entry = results.get(key)
        if not entry:
            print(f"  {label:32} (not measured)")
            continue
        med, high = statistics.median(entry["ms"]), p95(entry["ms"])
        good = med < BUDGET_MEDIAN_MS and high < BUDGET_P95_MS
        ok &= good
        print(
            f"  {label:32} median {med:6.0f} ms  p95 {high:6.0f} ms  "
            f"{'PASS' if good else 'OVER'}  "
            f"(CPU {statistics.median(entry['cpu']):5.0f} ms)  "
            f"SQL {statistics.median(entry['sql']):4.0f}  "
            f"read tx {statistics.median(entry['reads']):3.0f}  "
            f"write tx {statistics.median(entry['writes']):2.0f}"
        )
    return ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="5 repetitions, two congresses")
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--only", help="one congress: MEMBERS/PAPERS, e.g. 1000/5000")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    repeat = 5 if args.quick else 12
    if args.child:
        child(Path(args.child[0]), int(args.child[1]))
        return 0
    configs: tuple[tuple[int, int], ...] = QUICK if args.quick else CONFIGS
    if args.only:
        m, p = args.only.split("/")
        configs = ((int(m), int(p)),)
    print(
        f"Keystroke to idle, main window offscreen, every tab shown once, {repeat} runs "
        f"(budget: median < {BUDGET_MEDIAN_MS:.0f} ms, p95 < {BUDGET_P95_MS:.0f} ms)",
        flush=True,
    )
    ok = True
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for members, papers in configs:
        path = congress_file(members, papers, args.rebuild)
        out = subprocess.run(
            [sys.executable, __file__, "--child", str(path), str(repeat)],
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT,
            check=False,
        )
        if out.returncode != 0:
            print(f"{members} members, {papers} papers: FAILED\n{out.stderr[-3000:]}")
            ok = False
            continue
        ok &= report(members, papers, json.loads(out.stdout.strip().splitlines()[-1]))
    print("OK" if ok else "OVER BUDGET")
    return 0 if ok else 1


run: Callable[[list[str] | None], int] = main

if __name__ == "__main__":
    sys.exit(main())
