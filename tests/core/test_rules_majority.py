"""Majority base, majorities, attendance counters and percentages.

190-QĐ/TW Điều 30 (khoản 2: members' congress, khoản 3: delegates' congress);
docs/domain/rules.md sections 1, 2, 5 and 6.
"""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Decimal
from fractions import Fraction
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from secretariat.domain import AttendanceState, CongressKind, MemberStatus
from secretariat.errors import ValidationError
from secretariat.rules.case_input import voters_from_case
from secretariat.rules.majority import (
    BaseBreakdown,
    Voter,
    count_attendance,
    count_groups,
    format_percent,
    majority_base,
    min_votes,
    percent,
    reaches_majority,
    voters_at_ballot,
)
from tests.core.cases import load_case_file

FULL, PROBATIONARY = MemberStatus.FULL, MemberStatus.PROBATIONARY
PRESENT, EXCUSED = AttendanceState.PRESENT, AttendanceState.EXCUSED
ABSENT, UNMARKED = AttendanceState.ABSENT, AttendanceState.UNMARKED

CASES: list[dict[str, Any]] = load_case_file("majority-base.json")["cases"]  # type: ignore[assignment]


def _full(attendance: AttendanceState, count: int = 1, **flags: bool) -> list[Voter]:
    return [Voter(FULL, attendance, **flags)] * count  # type: ignore[arg-type]


def _base(voters: list[Voter], kind: CongressKind = CongressKind.MEMBERS) -> int:
    return majority_base(voters, kind).majority_base


@pytest.mark.parametrize("case", CASES, ids=[case["id"] for case in CASES])
def test_majority_base_cases_190_D30_k2(case: dict[str, Any]) -> None:
    voters, kind = voters_from_case(case)
    breakdown = majority_base(voters, kind)
    expected = case["expected"]
    assert breakdown.majority_base == expected["majority_base"]
    assert min_votes(breakdown.majority_base) == expected["min_votes"]
    assert voters_at_ballot(voters) == expected["voters_at_ballot"]
    assert not reaches_majority(expected["min_votes"] - 1, breakdown.majority_base)
    assert reaches_majority(expected["min_votes"], breakdown.majority_base)


def test_breakdown_adds_up_190_D30_k2() -> None:
    voters = [
        *_full(PRESENT, 20),
        *_full(ABSENT, 1, temporary_out=True),
        *_full(ABSENT, 2, exempt=True),
        *_full(EXCUSED, 3),
        *_full(ABSENT, 4, suspended=True),
        *_full(ABSENT, 5),
    ]
    assert majority_base(voters) == BaseBreakdown(
        kind=CongressKind.MEMBERS,
        full_summoned=35,
        temporary_out=1,
        exempt_not_present=2,
        suspended=4,
        excused=3,
        absent_throughout=0,
        majority_base=25,
    )


def test_excused_absentee_leaves_the_base_190_D30_k2() -> None:
    assert _base([*_full(PRESENT, 10), *_full(EXCUSED)]) == 10


def test_absent_without_reason_stays_in_the_base_190_D30_k2() -> None:
    assert _base([*_full(PRESENT, 10), *_full(ABSENT)]) == 11


def test_unmarked_member_stays_in_the_base_190_D30_k2() -> None:
    voters = [*_full(PRESENT, 10), *_full(UNMARKED, 2)]
    assert _base(voters) == 12
    assert voters_at_ballot(voters) == 10


def test_exempt_member_counts_only_if_present_190_D30_k2() -> None:
    assert _base([*_full(PRESENT, 7), *_full(PRESENT, exempt=True)]) == 8
    assert _base([*_full(PRESENT, 7), *_full(EXCUSED, exempt=True)]) == 7
    assert _base([*_full(PRESENT, 7), *_full(ABSENT, exempt=True)]) == 7
    # Not yet arrived is not present: the base rises only when they check in.
    assert _base([*_full(PRESENT, 7), *_full(UNMARKED, exempt=True)]) == 7


def test_each_person_is_deducted_once_190_D30_k2() -> None:
    voters = [
        *_full(PRESENT, 10),
        *_full(EXCUSED, suspended=True),
        *_full(EXCUSED, temporary_out=True, exempt=True),
        *_full(ABSENT, suspended=True, exempt=True),
    ]
    breakdown = majority_base(voters)
    assert (breakdown.temporary_out, breakdown.suspended) == (1, 2)
    assert (breakdown.exempt_not_present, breakdown.excused) == (0, 0)
    assert breakdown.majority_base == 10


def test_probationary_members_are_never_in_the_base_nor_vote_DL_D3() -> None:
    voters = [*_full(PRESENT, 5), Voter(PROBATIONARY, PRESENT), Voter(PROBATIONARY, ABSENT)]
    assert _base(voters) == 5
    assert voters_at_ballot(voters) == 5


def test_members_attached_here_are_not_in_the_base_nor_vote_190_D30_k2() -> None:
    voters = [*_full(PRESENT, 5), *_full(PRESENT, 2, temporary_in=True)]
    assert majority_base(voters).full_summoned == 5
    assert _base(voters) == 5
    assert voters_at_ballot(voters) == 5


def test_member_who_left_before_ballot_stays_in_base_without_ballot_190_D30_k2() -> None:
    voters = [*_full(PRESENT, 11), *_full(PRESENT, present_at_ballot=False)]
    assert _base(voters) == 12
    assert voters_at_ballot(voters) == 11


def test_delegates_congress_base_190_D30_k3() -> None:
    voters = [
        *_full(PRESENT, 40),
        *_full(EXCUSED, 3),
        *_full(ABSENT, 2),
        *_full(UNMARKED, 1),
        Voter(PROBATIONARY, PRESENT),
    ]
    breakdown = majority_base(voters, CongressKind.DELEGATES)
    assert breakdown == BaseBreakdown(
        kind=CongressKind.DELEGATES,
        full_summoned=46,
        temporary_out=0,
        exempt_not_present=0,
        suspended=0,
        excused=0,
        absent_throughout=5,
        majority_base=41,
    )
    # The same roster at a members' congress keeps the absentees without reason.
    assert _base(voters) == 43


def test_voter_rejects_contradictions() -> None:
    with pytest.raises(ValidationError) as raised:
        Voter(FULL, PRESENT, temporary_in=True, temporary_out=True)
    assert raised.value.code == "conflict"
    with pytest.raises(ValidationError):
        Voter(FULL, ABSENT, present_at_ballot=True)


@pytest.mark.parametrize(
    ("base", "smallest"), [(0, 1), (1, 1), (2, 2), (9, 5), (10, 6), (11, 6), (28, 15)]
)
def test_min_votes_is_more_than_half_190_D30(base: int, smallest: int) -> None:
    assert min_votes(base) == smallest
    assert reaches_majority(smallest, base)
    assert not reaches_majority(smallest - 1, base)


def test_min_votes_rejects_negative_base() -> None:
    with pytest.raises(ValueError):
        min_votes(-1)


def test_half_is_not_a_majority_even_shown_as_50_percent_190_D30() -> None:
    assert not reaches_majority(14, 28)
    assert format_percent(percent(14, 28)) == "50,00%"
    assert reaches_majority(15, 28)


def test_reaches_majority_takes_whole_numbers_only() -> None:
    with pytest.raises(TypeError):
        reaches_majority(14.5, 28)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("count", "base", "value", "shown"),
    [
        (1, 32, Decimal("3.13"), "3,13%"),  # 3,125% rounds half up
        (14, 28, Decimal("50.00"), "50,00%"),
        (2, 3, Decimal("66.67"), "66,67%"),
        (1, 3, Decimal("33.33"), "33,33%"),
        (28, 28, Decimal("100.00"), "100,00%"),
        (0, 28, Decimal("0.00"), "0,00%"),
        (5, 0, Decimal("0"), "0,00%"),
    ],
)
def test_percent_half_up_rules_s6(count: int, base: int, value: Decimal, shown: str) -> None:
    assert percent(count, base) == value
    assert format_percent(percent(count, base)) == shown


def test_percent_rounding_is_a_setting_rules_s6() -> None:
    assert percent(1, 32, ROUND_HALF_EVEN) == Decimal("3.12")
    assert percent(1, 32) == Decimal("3.13")


def test_format_percent_does_not_let_babel_round_half_even_rules_s6() -> None:
    assert format_percent(Decimal("3.125")) == "3,13%"
    assert format_percent(Decimal("0.125")) == "0,13%"
    assert format_percent(Decimal("1234.5")) == "1.234,50%"


@given(st.integers(min_value=0, max_value=10**6), st.integers(min_value=1, max_value=10**6))
def test_percent_is_exact_half_up(count: int, base: int) -> None:
    exact = Fraction(count * 100, base)
    scaled = exact * 100
    expected = int(scaled) + (1 if scaled - int(scaled) >= Fraction(1, 2) else 0)
    assert percent(count, base) == Decimal(expected).scaleb(-2)


def test_count_attendance_rules_s2_s5() -> None:
    voters = [
        *_full(PRESENT, 8),
        *_full(PRESENT, present_at_ballot=False),
        *_full(PRESENT, exempt=True),
        *_full(ABSENT, exempt=True),
        *_full(EXCUSED),
        *_full(ABSENT),
        *_full(UNMARKED),
        *_full(ABSENT, temporary_out=True),
        *_full(ABSENT, suspended=True),
        *_full(PRESENT, 2, temporary_in=True),
        Voter(PROBATIONARY, PRESENT),
        Voter(PROBATIONARY, EXCUSED),
    ]
    counters = count_attendance(voters)
    assert counters.summoned == 18
    assert counters.present == 13
    assert (counters.present_full, counters.present_probationary) == (10, 1)
    assert counters.present_guests_of_cell == 2
    assert (counters.excused, counters.absent, counters.unmarked) == (2, 2, 1)
    assert counters.base.majority_base == 12  # 15 full − out − suspended − exempt − excused
    assert counters.min_votes == 7
    assert counters.voters_present == 9
    assert counters.percent_present == Decimal("72.22")
    assert not counters.no_vote_can_pass


def test_no_vote_can_pass_warns_at_half_the_base_rules_s5() -> None:
    half = count_attendance([*_full(PRESENT, 5), *_full(ABSENT, 5)])
    assert half.base.majority_base == 10
    assert half.voters_present == 5
    assert half.no_vote_can_pass
    more = count_attendance([*_full(PRESENT, 6), *_full(ABSENT, 4)])
    assert not more.no_vote_can_pass


def test_empty_roster_counts_zero() -> None:
    counters = count_attendance([])
    assert counters.summoned == 0
    assert counters.percent_present == Decimal(0)
    assert counters.min_votes == 1
    assert counters.no_vote_can_pass


_VOTERS = st.builds(
    lambda status, attendance, attached, exempt, suspended, left: Voter(
        status,
        attendance,
        exempt=exempt,
        temporary_in=attached == "in",
        temporary_out=attached == "out",
        suspended=suspended,
        present_at_ballot=False if left and attendance is PRESENT else None,
    ),
    st.sampled_from([FULL, PROBATIONARY]),
    st.sampled_from([PRESENT, EXCUSED, ABSENT, UNMARKED]),
    st.sampled_from(["", "in", "out"]),
    st.booleans(),
    st.booleans(),
    st.booleans(),
)


@given(
    st.lists(st.tuples(_VOTERS, st.integers(min_value=0, max_value=40)), max_size=12),
    st.sampled_from([CongressKind.MEMBERS, CongressKind.DELEGATES]),
)
def test_counting_groups_is_counting_each_person_190_D30(
    groups: list[tuple[Voter, int]], kind: CongressKind
) -> None:
    """The counters read as SQL groups (voter, how many) are those of the persons one by
    one, however the groups are split (the same facts in several groups, or none)."""
    persons = [voter for voter, n in groups for _ in range(n)]
    assert count_groups(groups, kind) == count_attendance(persons, kind)
    assert count_groups(groups, kind).base == majority_base(persons, kind)
    assert count_groups(groups, kind).voters_present == voters_at_ballot(persons)
