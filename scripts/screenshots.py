"""Render every tab of the demo congress offscreen to PNG in docs/screenshots/.

The window is 1366×768, the screen of the usual office laptop, so the pictures
show what a secretary sees there (everything must fit). The hall screen is shown
with the programme and with an election's result as a chart.

Usage: .venv/bin/python scripts/screenshots.py [--lang vi|en] [--out DIR]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication, QSettings, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from secretariat import demo, demo_end  # noqa: E402
from ui.context import CongressContext  # noqa: E402
from ui.i18n import translator  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.projector import HallView  # noqa: E402


def settle(app: QApplication, widget: object) -> None:
    """Let the widget lay out, tick, and (for the documents) render its preview."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        app.processEvents()
        ready = getattr(widget, "preview_ready", None)
        if not callable(ready) or ready():
            break
        time.sleep(0.05)
    tick = getattr(widget, "tick", None)
    if callable(tick):
        tick()
    for _ in range(5):
        app.processEvents()


def _page(index: int) -> Callable[[Any], None]:
    """Show one page of a tab that has a stepper or pages (``show_page``), if it has."""

    def prepare(tab: Any) -> None:
        show = getattr(tab, "show_page", None)
        if callable(show):
            show(index)

    return prepare


def _nothing(_tab: Any) -> None:
    return None


# The tabs shown on the finished demo, and the pictures taken of each.
FINISHED_TABS: dict[str, list[tuple[str, Callable[[Any], None]]]] = {
    "elections": [
        ("elections", _page(3)),
        ("elections-list", _page(0)),
        ("elections-entry", _page(2)),
    ],
    "resolution": [("resolution", _nothing)],
    "minutes": [("minutes", _nothing)],
}


LAPTOP = (1366, 768)


def _hall_result(app: QApplication, hall: HallView, store: Any, out: Path) -> None:
    """The committee's first round on the hall screen, as F10 shows it."""
    from secretariat.services import elections
    from ui.tabs.election_pages.common import hall_summary, round_chart, round_title

    for election in elections.list_elections(store):
        rounds = [r for r in elections.list_rounds(store, election.id) if r.announced]
        if not rounds:
            continue
        tally = elections.count(store, rounds[0].id)
        hall.show_message(
            round_title(election, rounds[0]),
            hall_summary(rounds[0], tally, election.ratified_on is None),
            round_chart(rounds[0], tally),
        )
        settle(app, hall)
        path = out / "projector-result.png"
        hall.grab().save(str(path))
        print(path)
        hall.clear_message()
        return


def tab_file_name(widget: object) -> str:
    return type(widget).__name__.removesuffix("Tab").lower()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="vi")
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        QCoreApplication.setOrganizationName("SecretariatScreenshots")
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        translator.install(args.lang)
        ctx = CongressContext()
        window = MainWindow(ctx)
        store = demo.create_demo(Path(tmp) / "dai-hoi-mau.daihoi")
        # The clocks stand at the demo's moment plus 20 s: a speech near its end.
        store.clock = lambda: demo.MOMENT + timedelta(seconds=20)
        ctx.attach(store)
        window.setWindowState(Qt.WindowState.WindowNoState)  # the offscreen "screen" is small
        window.resize(*LAPTOP)
        window.show()
        assert window.tabs is not None
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            tab = window.tabs.widget(index)
            if tab_file_name(tab) in FINISHED_TABS:
                continue
            settle(app, tab)
            path = out / f"{tab_file_name(tab)}.png"
            window.grab().save(str(path))
            print(path)
        # Elections, resolution and minutes: the demo run to its end (secretariat.demo_end).
        finished = demo.create_demo(Path(tmp) / "dai-hoi-ket-thuc.daihoi")
        demo_end.run_to_end(finished)
        ctx.attach(finished)
        assert window.tabs is not None
        for index in range(window.tabs.count()):
            tab = window.tabs.widget(index)
            if tab_file_name(tab) not in FINISHED_TABS:
                continue
            window.tabs.setCurrentIndex(index)
            settle(app, tab)
            for name, prepare in FINISHED_TABS[tab_file_name(tab)]:
                prepare(tab)
                settle(app, tab)
                path = out / f"{name}.png"
                window.grab().save(str(path))
                print(path)
        hall = HallView(ctx)
        hall.resize(1600, 900)
        hall.refresh()
        hall.tick()
        hall.show()
        settle(app, hall)
        path = out / "projector.png"
        hall.grab().save(str(path))
        print(path)
        _hall_result(app, hall, finished, out)
        hall.close()
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
