"""Budget: cold start to an interactive window on the demo congress is at most 2.5x
the start of an empty PySide6 window, started the same way in the same run; the
first tab answering a key within 5x on the demo and 6x on a 1,000-member
congress (issue 16).

Each start is a fresh process (``bench/_startup_child.py``), offscreen, timed
from the spawn to the first idle of the event loop after the window is shown,
with the window's title naming the demo congress (read from the file before
SQLAlchemy loads; see ``MainWindow(opening=...)``). Then when the program has
loaded behind it and the first tab works (``MainWindow.loaded`` and the next
idle): the first-tab figure, on the demo and on the 1,000-member congress of
``bench/keys_to_idle.py`` (built once, cached in the temporary folder).
The kinds alternate, seven of each; the medians are compared. Like an
installed program (the bundle ships compiled bytecode), both run with their
bytecode cached (in a temporary ``PYTHONPYCACHEPREFIX``, written by a warm-up
start), even where the environment sets ``PYTHONDONTWRITEBYTECODE``.

    .venv/bin/python bench/startup.py
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

BUDGET = 2.5
FIRST_TAB_BUDGET = {"demo": 5.0, "1,000 members": 6.0}
RUNS = 7


def start(args: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    began = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, str(ROOT / "bench" / "_startup_child.py"), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
        cwd=ROOT,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    ready = time.perf_counter() - began
    last = proc.stdout.readline()
    loaded = time.perf_counter() - began
    proc.wait(timeout=60)
    if not line.startswith(b"READY") or last.strip() != b"LOADED":
        raise RuntimeError(f"{args[0]} did not start: {line!r} {last!r}")
    return ready, loaded, line.decode("utf-8").removeprefix("READY").strip()


def main() -> int:
    from bench.keys_to_idle import congress_file
    from secretariat import demo

    big_source = congress_file(1000, 0, rebuild=False)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "dai-hoi-mau.daihoi"
        with demo.create_demo(path):
            pass
        big = Path(folder) / "dai-hoi-1000.daihoi"
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "HOME": folder,  # the app's settings go to the temporary folder
            "XDG_CONFIG_HOME": folder,
            "PYTHONPYCACHEPREFIX": str(Path(folder) / "pycache"),
        }
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        start(["empty"], env)  # warm the OS file cache for both
        start(["app", str(path)], env)
        empty, app, loaded, big_loaded = [], [], [], []
        titles = set()
        for _ in range(RUNS):
            empty.append(start(["empty"], env)[0])
            ready, done, title = start(["app", str(path)], env)
            app.append(ready)
            loaded.append(done)
            titles.add(title)
            big.write_bytes(big_source.read_bytes())  # opened fresh (no backup yet)
            big_loaded.append(start(["app", str(big)], env)[1])
    if not all(demo.INFO.cell_name in title for title in titles):
        print(f"the window did not name the demo congress: {titles}")
        return 1
    e, a, l_ = statistics.median(empty), statistics.median(app), statistics.median(loaded)
    ratio = a / e
    print(f"cold start, {RUNS} runs each (median)")
    print(f"  empty PySide6 window: {e * 1000:.0f} ms")
    print(f"  app window on the demo congress, interactive: {a * 1000:.0f} ms")
    verdict = "PASS" if ratio <= BUDGET else "FAIL"
    print(f"  ratio {ratio:.2f}x, budget <= {BUDGET}x -> {verdict}")
    ok = ratio <= BUDGET
    for name, value in (("demo", l_), ("1,000 members", statistics.median(big_loaded))):
        first, most = value / e, FIRST_TAB_BUDGET[name]
        ok &= first <= most
        print(
            f"  first tab answering a key, {name}: {value * 1000:.0f} ms, ratio {first:.2f}x, "
            f"budget <= {most}x -> {'PASS' if first <= most else 'FAIL'}"
        )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
