"""Speaking clocks and schedule drift, with given times (no sleeping)."""

from __future__ import annotations

from datetime import datetime, timedelta

from secretariat.rules.timer import (
    PlannedItem,
    clock_text,
    countdown,
    drift_minutes,
    elapsed,
    planned_starts,
)

T0 = datetime(2020, 6, 15, 9, 0)


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


def test_elapsed_adds_the_running_part_to_what_was_spoken_before() -> None:
    assert elapsed(0, None, at(10)) == 0
    assert elapsed(90, None, at(10)) == 90
    assert elapsed(90, at(1), at(2)) == 150
    assert elapsed(0, at(5), at(4)) == 0  # a clock set back never gives negative time


def test_countdown_warns_near_the_end_then_shows_overtime() -> None:
    running = countdown(300, 0, T0, at(3))
    assert (running.remaining, running.warning, running.overtime) == (120, False, False)
    near = countdown(300, 0, T0, at(4.5))
    assert (near.remaining, near.warning, near.overtime) == (30, True, False)
    over = countdown(300, 0, T0, at(6))
    assert (over.remaining, over.warning, over.overtime) == (-60, False, True)
    paused = countdown(300, 200, None, at(60))
    assert (paused.remaining, paused.running) == (100, False)


def test_clock_text() -> None:
    assert clock_text(245) == "4:05"
    assert clock_text(-42) == "-0:42"
    assert clock_text(3723) == "1:02:03"


def test_planned_starts_follow_durations() -> None:
    items = [PlannedItem(5, None, None), PlannedItem(10, None, None), PlannedItem(30, None, None)]
    assert planned_starts(items, T0) == [T0, at(5), at(15)]


def test_drift_before_opening_and_during_items() -> None:
    items = [PlannedItem(5, None, None), PlannedItem(10, None, None)]
    assert drift_minutes(items, T0, at(-10)) == 0
    assert drift_minutes(items, T0, at(3)) == 3  # not opened yet, 3 minutes late
    started = [PlannedItem(5, at(2), at(9)), PlannedItem(10, at(9), None)]
    assert drift_minutes(started, T0, at(10)) == 4  # second item began 4 min late
    assert drift_minutes(started, T0, at(25)) == 10  # and overran its end (15) by 10
    early = [PlannedItem(5, at(0), at(3)), PlannedItem(10, at(3), None)]
    assert drift_minutes(early, T0, at(4)) == -2  # ahead of the plan
