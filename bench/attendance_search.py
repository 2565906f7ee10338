"""Budget: the attendance search answers a keystroke in under 50 ms (median) for 1,000 members.

Builds a temporary congress of 1,000 fictional members, opens the attendance tab
offscreen at 1280x800 and times each keystroke in the search field, from the key
event to the list updated and repainted (``QApplication.processEvents``).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/attendance_search.py

Prints the median and the 95th percentile and exits 1 if the median is over budget.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from secretariat import store as store_mod
from secretariat.domain import (
    CongressInfo,
    Gender,
    MemberData,
    MemberStatus,
    SessionData,
    SessionKind,
)
from secretariat.services import attendance, congress, roster
from ui.context import CongressContext
from ui.tabs.attendance import AttendanceTab

MEMBERS = 1_000
BUDGET_MS = 50.0
FAMILY = [
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
    "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh", "Mai", "Lò",
]  # fmt: skip
MIDDLE = [
    "Văn", "Thị", "Đức", "Minh", "Quốc", "Hữu", "Ngọc", "Thanh", "Xuân", "Hoàng",
    "Thu", "Kim", "Quang", "Đình", "Thị Thu", "Văn Hải", "Bảo", "Diệu",
]  # fmt: skip
GIVEN = [
    "An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hùng", "Hương", "Lan", "Long",
    "Mai", "Nam", "Phúc", "Quân", "Sơn", "Tâm", "Thảo", "Trang", "Tuấn", "Việt",
    "Yến", "Đạt", "Ánh", "Ngọc", "Khải", "Thủy", "Hằng", "Lực", "Chiến", "Nhung",
]  # fmt: skip
# What the secretary types: names without diacritics, a card prefix, corrections.
TYPED = ["nguyen van h", "thu ha", "le dinh", "tran thi thu", "3600045", "hoang quoc v"]


def fictional_members(count: int, seed: int = 2020) -> list[MemberData]:
    rng = random.Random(seed)
    return [
        MemberData(
            full_name=f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}",
            status=MemberStatus.FULL if rng.random() < 0.9 else MemberStatus.PROBATIONARY,
            party_card_no=f"36{n:06d}",
            birth_year=rng.randint(1960, 2000),
            gender=rng.choice([Gender.MALE, Gender.FEMALE]),
            position="Cán bộ",
        )
        for n in range(count)
    ]


def build_congress(folder: Path) -> CongressContext:
    store = store_mod.create(folder / "bench.daihoi")
    congress.set_info(
        store, CongressInfo("Đảng bộ Thử nghiệm", "Chi bộ Thử nghiệm", "I", None, None)
    )
    session = congress.add_session(store, SessionData(SessionKind.OFFICIAL, None))
    added = roster.add_members(store, fictional_members(MEMBERS))
    for row in added[::5]:  # some arrivals, so the rows are not all alike
        attendance.check_in(store, session.id, row.id)
    ctx = CongressContext()
    ctx.attach(store)
    return ctx


def measure(tab: AttendanceTab, app: QApplication) -> list[float]:
    timings: list[float] = []
    for text in TYPED:
        tab.search.clear()
        app.processEvents()
        for char in text:
            start = time.perf_counter()
            QTest.keyClicks(tab.search, char)
            app.processEvents()
            timings.append((time.perf_counter() - start) * 1000)
            assert tab.model.filter_text() == tab.search.text()
        assert 0 < tab.model.rowCount() < MEMBERS, text  # the list really narrowed
        # One correction per name: Backspace is a keystroke too.
        start = time.perf_counter()
        QTest.keyClick(tab.search, Qt.Key.Key_Backspace)
        app.processEvents()
        timings.append((time.perf_counter() - start) * 1000)
    return timings


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory() as folder:
        # Keep the bench's remembered column widths out of the user's settings.
        QCoreApplication.setOrganizationName("SecretariatBench")
        QCoreApplication.setApplicationName("attendance-search")
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
        ctx = build_congress(Path(folder))
        tab = AttendanceTab(ctx)
        tab.resize(1280, 800)
        tab.show()
        app.processEvents()
        assert tab.model.rowCount() == MEMBERS
        measure(tab, app)  # warm-up: caches and first paints
        timings = measure(tab, app)
        tab.close()
        ctx.close()
    median = statistics.median(timings)
    p95 = statistics.quantiles(timings, n=20)[-1]
    print(f"attendance search, {MEMBERS} members, {len(timings)} keystrokes")
    print(f"  median {median:.1f} ms, 95th percentile {p95:.1f} ms, max {max(timings):.1f} ms")
    print(f"  budget: median < {BUDGET_MS:.0f} ms -> {'PASS' if median < BUDGET_MS else 'FAIL'}")
    return 0 if median < BUDGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
