"""Presence: who is inside the hall at a moment, and the congress-wide attendance.

Attendance is taken per session, with timed arrivals and departures (docs/domain/rules.md
§5). Two questions are asked of it, and each has one answer here:

- *inside the hall at a moment* (who gets a ballot, who may count): the
  member's last arrival or departure up to that moment is an arrival;
- *the congress-wide state* (the majority base, the attendance report, the
  minutes): present in any session wins, because whoever attended any part of
  the congress stays in the base (190-QĐ/TW Điều 30 khoản 2; docs/domain/rules.md §2); then
  absent without a reason; then excused; never marked is UNMARKED.

Pure functions over plain values; the services read the rows.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from secretariat.domain import AttendanceState, MemberId, Movement

__all__ = [
    "PRECEDENCE",
    "CongressAttendance",
    "congress_attendance",
    "congress_state",
    "members_inside",
    "moment_stamp",
    "state_of",
]

# The order in which per-session states decide the congress-wide state.
PRECEDENCE = (AttendanceState.PRESENT, AttendanceState.ABSENT, AttendanceState.EXCUSED)


@dataclass(frozen=True, slots=True)
class CongressAttendance:
    """A member's attendance over the whole congress, with the reasons recorded."""

    state: AttendanceState
    reason: str = ""


# A state as stored ("present") or as the enum, without the enum's slow call (the
# minutes read every member's every session: 3,000 conversions at 1,000 members).
_STATES: dict[str, AttendanceState] = {state.value: state for state in AttendanceState}


def _state(value: AttendanceState | str) -> AttendanceState:
    known = _STATES.get(str(value))
    return known if known is not None else AttendanceState(value)


def congress_state(states: Iterable[AttendanceState | str]) -> AttendanceState:
    """The congress-wide state from a member's per-session states (190-QĐ/TW Điều 30)."""
    seen = {_state(s) for s in states}
    return next((state for state in PRECEDENCE if state in seen), AttendanceState.UNMARKED)


def congress_attendance(
    sessions: Iterable[tuple[AttendanceState | str, str]],
) -> CongressAttendance:
    """The congress-wide state with the reasons given under it, joined once each."""
    marks = [(_state(state), reason) for state, reason in sessions]
    state = congress_state(s for s, _ in marks)
    reasons = dict.fromkeys(r for s, r in marks if s is state and r)
    return CongressAttendance(state, "; ".join(reasons))


class _Member(Protocol):
    @property
    def id(self) -> MemberId: ...


def state_of(states: Mapping[MemberId, CongressAttendance], member: _Member) -> CongressAttendance:
    """A member's congress-wide attendance; never marked is UNMARKED."""
    return states.get(member.id, CongressAttendance(AttendanceState.UNMARKED))


def moment_stamp(at: datetime) -> str:
    """How a moment is written in the file: ISO 8601 to the second."""
    return at.replace(microsecond=0).isoformat()


def members_inside(
    movements: Iterable[tuple[int, Movement | str, str]], at: datetime
) -> set[MemberId]:
    """Who is inside the hall at ``at``: their last movement up to then is an arrival.

    ``movements`` are (member id, kind, ISO time) in the order they happened,
    over every session; those after ``at`` are ignored (docs/domain/rules.md §5: the count
    minutes record the full members present at the time of the ballot).
    """
    stamp = moment_stamp(at)
    inside: dict[int, bool] = {}
    for member_id, kind, when in movements:
        if when <= stamp:
            inside[member_id] = kind == Movement.IN
    return {MemberId(member_id) for member_id, yes in inside.items() if yes}
