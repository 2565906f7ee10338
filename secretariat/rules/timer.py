"""Speaking clocks and the agenda's schedule, as pure functions of given times.

Nothing here reads the wall clock: callers pass ``now``, so tests drive time
with a fake clock. A speech's time is what it has accumulated while running
(``elapsed_seconds``) plus, while it runs, the time since ``running_since``;
pausing folds the running part into the accumulated part.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

DEFAULT_LIMIT_SECONDS = 300  # 5 minutes: docs/domain/procedure.md, "our choice — no rule found"
DEFAULT_WARN_SECONDS = 60


def elapsed(elapsed_seconds: int, running_since: datetime | None, now: datetime) -> int:
    """Whole seconds spoken so far (never negative, whatever the clock did)."""
    running = (now - running_since).total_seconds() if running_since else 0
    return max(0, elapsed_seconds + int(max(0.0, running)))


@dataclass(frozen=True, slots=True)
class Countdown:
    limit: int
    spent: int
    running: bool
    warn_seconds: int

    @property
    def remaining(self) -> int:
        """Seconds left; negative once over time."""
        return self.limit - self.spent

    @property
    def warning(self) -> bool:
        """Close to the end (within warn_seconds) but not yet over."""
        return 0 <= self.remaining <= self.warn_seconds

    @property
    def overtime(self) -> bool:
        return self.remaining < 0


def countdown(
    limit: int,
    elapsed_seconds: int,
    running_since: datetime | None,
    now: datetime,
    warn_seconds: int = DEFAULT_WARN_SECONDS,
) -> Countdown:
    return Countdown(
        limit=limit,
        spent=elapsed(elapsed_seconds, running_since, now),
        running=running_since is not None,
        warn_seconds=warn_seconds,
    )


def clock_text(seconds: int) -> str:
    """ "4:05", "-0:42" for overtime, "1:02:03" past an hour."""
    sign = "-" if seconds < 0 else ""
    seconds = abs(seconds)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{sign}{hours}:{minutes:02d}:{secs:02d}"
    return f"{sign}{minutes}:{secs:02d}"


@dataclass(frozen=True, slots=True)
class PlannedItem:
    planned_minutes: int
    started_at: datetime | None
    ended_at: datetime | None


def planned_starts(items: Sequence[PlannedItem], session_start: datetime) -> list[datetime]:
    """When each item should start if the plan holds from the session's start."""
    starts, at = [], session_start
    for item in items:
        starts.append(at)
        at += timedelta(minutes=item.planned_minutes)
    return starts


def drift_minutes(items: Sequence[PlannedItem], session_start: datetime, now: datetime) -> int:
    """How far behind the plan the congress is, in whole minutes (negative: ahead).

    Measured on the item under way (the last one started and not ended): the later
    of its late start and its overrun so far. Before anything starts: how late the
    opening is. When every started item is over: the lateness of the last end.
    """
    starts = planned_starts(items, session_start)
    started = [i for i, item in enumerate(items) if item.started_at is not None]
    if not started:
        late = now - session_start
        return max(0, int(late.total_seconds() / 60))
    i = started[-1]
    item, plan = items[i], starts[i]
    assert item.started_at is not None
    planned_end = plan + timedelta(minutes=item.planned_minutes)
    late_start = item.started_at - plan
    if item.ended_at is not None:
        return int((item.ended_at - planned_end).total_seconds() / 60)
    overrun = now - planned_end
    return int(max(late_start, overrun).total_seconds() / 60)
