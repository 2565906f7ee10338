"""The counters panel and the CLI's counters use the same terms and numbers, and
"attended" is not mistaken for "in the hall now" (a member who left stays counted
as having attended, and in the base, but is shown as having left)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from secretariat.services import attendance, congress
from ui.context import CongressContext
from ui.i18n import translator
from ui.widgets.counters import CountersPanel

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def vietnamese(qapp: object) -> Iterator[None]:
    translator.install("vi")
    yield
    translator.install("en")


def _cli_counters(path: Path) -> dict[str, str]:
    out = subprocess.run(
        [sys.executable, "-m", "secretariat", "counters", str(path)],
        capture_output=True,
        check=True,
        cwd=ROOT,
    ).stdout.decode("utf-8")
    pairs = (line.split(":", 1) for line in out.splitlines() if ":" in line)
    return {label.strip(" =").lower(): value.strip() for label, value in pairs}


def test_the_panel_and_the_cli_say_the_same(
    qtbot: QtBot, vietnamese: None, ctx: CongressContext
) -> None:
    store = ctx.require()
    session = congress.current_session(store) or congress.list_sessions(store)[0]
    marks = attendance.session_attendance(store, session.id)
    someone = next(m for m, a in marks.items() if a.departed_at is None and a.arrived_at)
    attendance.check_out(store, session.id, someone)
    counters = attendance.counters(store, store.clock())  # as the attendance tab asks
    panel = CountersPanel()
    qtbot.addWidget(panel)
    panel.set_counters(counters)
    cli = _cli_counters(Path(store.path))
    for key in (
        "summoned",
        "excused",
        "absent",
        "unmarked",
        "left",
        "full_summoned",
        "temporary_out",
        "exempt_not_present",
        "suspended",
        "excused_base",
    ):
        caption = panel._counts.captions.get(key) or panel._base.captions[key]
        label = caption.text().lower()
        assert label in cli, f"{label!r} is not a CLI line: {sorted(cli)}"
        assert cli[label] == panel.values[key].text(), key
    assert counters.left == 1 and not panel._counts.captions["left"].isHidden()
    assert panel._counts.captions["present"].text().startswith("Đã có mặt")
    assert cli["đã có mặt"] == str(counters.present)
    assert cli["đảng viên chính thức đang có mặt"] == str(counters.voters_present)
