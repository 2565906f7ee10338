"""Inside the hall at a moment, and the congress-wide attendance state.

190-QĐ/TW Điều 30 khoản 2 (whoever attended any part of the congress stays in
the base); docs/domain/rules.md §2 and §5 (attendance per session, arrivals and departures
kept with their times for the ballot).
"""

from __future__ import annotations

from datetime import datetime

from secretariat.domain import AttendanceState, MemberId, MemberRow, Movement
from secretariat.rules import presence
from secretariat.rules.presence import CongressAttendance

PRESENT, EXCUSED = AttendanceState.PRESENT, AttendanceState.EXCUSED
ABSENT, UNMARKED = AttendanceState.ABSENT, AttendanceState.UNMARKED
IN, OUT = Movement.IN, Movement.OUT
MOVES = [
    (1, IN, "2025-06-15T07:30:00"),
    (2, IN, "2025-06-15T07:35:00"),
    (1, OUT, "2025-06-15T09:00:00"),
    (3, IN, "2025-06-15T09:10:00"),
    (1, IN, "2025-06-15T10:00:00"),
]


def test_present_in_any_session_wins_190_D30_k2() -> None:
    assert presence.congress_state([EXCUSED, PRESENT]) is PRESENT
    assert presence.congress_state([ABSENT, EXCUSED]) is ABSENT
    assert presence.congress_state(["excused"]) is EXCUSED
    assert presence.congress_state([]) is UNMARKED
    assert presence.congress_state([UNMARKED]) is UNMARKED


def test_congress_attendance_keeps_the_reasons_of_the_deciding_state_190_D30_k2() -> None:
    marks = [(EXCUSED, "ốm"), (EXCUSED, "ốm"), (EXCUSED, "công tác"), (ABSENT, "")]
    assert presence.congress_attendance(marks) == CongressAttendance(ABSENT, "")
    excused = presence.congress_attendance(marks[:3])
    assert excused == CongressAttendance(EXCUSED, "ốm; công tác")


def test_never_marked_is_unmarked() -> None:
    row = MemberRow(full_name="A", id=MemberId(7))
    states = {MemberId(8): CongressAttendance(PRESENT)}
    assert presence.state_of(states, row) == CongressAttendance(UNMARKED)


def test_inside_the_hall_is_the_last_movement_up_to_the_moment_rules_5() -> None:
    def at(clock: str) -> set[MemberId]:
        return presence.members_inside(MOVES, datetime.fromisoformat(f"2025-06-15T{clock}"))

    assert at("07:00:00") == set()
    assert at("07:30:00") == {1}  # the second of the check-in counts
    assert at("08:00:00") == {1, 2}
    assert at("09:00:00.999") == {2}  # left at 09:00
    assert at("09:30:00") == {2, 3}
    assert at("10:00:00") == {1, 2, 3}  # back


def test_a_member_who_never_checked_out_is_still_inside_rules_5() -> None:
    """Across sessions: an arrival at an earlier session stands until a departure."""
    moves = [(4, IN, "2025-06-15T06:10:00"), *MOVES]
    assert 4 in presence.members_inside(moves, datetime(2025, 6, 15, 9, 30))
