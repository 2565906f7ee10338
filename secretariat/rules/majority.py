"""The majority base (mẫu số), majorities, attendance counters and percentages.

Pure functions over plain facts about the roster (docs/domain/rules.md sections 1, 2, 5, 6).
Every decision is taken on whole numbers (``votes * 2 > base``); percentages are
for display only and are computed in exact decimal arithmetic.
"""

from __future__ import annotations

import decimal
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from secretariat.domain import AttendanceState, CongressKind, MemberStatus
from secretariat.errors import ValidationError
from secretariat.rules import eligibility

__all__ = [
    "FROZEN",
    "AttendanceCounters",
    "BaseBreakdown",
    "Voter",
    "count_attendance",
    "format_percent",
    "frozen_values",
    "majority_base",
    "min_votes",
    "percent",
    "reaches_majority",
    "voters_at_ballot",
]

_PRESENT = AttendanceState.PRESENT
_NOT_PRESENT = frozenset({AttendanceState.EXCUSED, AttendanceState.ABSENT})
_HUNDREDTH = Decimal("0.01")


@dataclass(frozen=True, slots=True)
class Voter:
    """Facts about one roster person for the whole congress.

    ``attendance`` is the congress-wide state: PRESENT means attended at least
    part of the congress. ``present_at_ballot`` is whether the person is in the
    hall when ballots are issued; ``None`` means "same as attendance == PRESENT".
    """

    status: MemberStatus
    attendance: AttendanceState
    exempt: bool = False  # miễn công tác và sinh hoạt đảng
    temporary_in: bool = False  # attached here from another cell
    temporary_out: bool = False  # attached out to another cell
    suspended: bool = False  # suspended, prosecuted or detained
    present_at_ballot: bool | None = None

    def __post_init__(self) -> None:
        if self.temporary_in and self.temporary_out:
            raise ValidationError("conflict", "temporary_out", True)
        if self.present_at_ballot and self.attendance is not _PRESENT:
            raise ValidationError("conflict", "present_at_ballot", True)

    @property
    def at_ballot(self) -> bool:
        if self.present_at_ballot is None:
            return self.attendance is _PRESENT
        return self.present_at_ballot

    @property
    def full_of_cell(self) -> bool:
        """A full member of this cell (or a full delegate): the only people in a base."""
        return eligibility.full_member_of_cell(self)


@dataclass(frozen=True, slots=True)
class BaseBreakdown:
    """The majority base with the numbers it was made from, for the minutes.

    Always ``majority_base = full_summoned - temporary_out - exempt_not_present
    - suspended - excused - absent_throughout``; each person is in at most one
    deduction. ``absent_throughout`` is used by a delegates' congress only and
    ``excused`` by a members' congress only (see ``majority_base``).
    """

    kind: CongressKind
    full_summoned: int
    temporary_out: int
    exempt_not_present: int
    suspended: int
    excused: int
    absent_throughout: int
    majority_base: int


@dataclass(frozen=True, slots=True)
class AttendanceCounters:
    """What the attendance report and the status bar show.

    - ``summoned``: roster persons, not attached out and not suspended
      (probationary members and members attached here included);
    - ``present`` / ``excused`` / ``absent`` / ``unmarked``: summoned persons by
      attendance (they add up to ``summoned``);
    - ``present_full``: present full members of the cell (exempt included,
      members attached here excluded);
    - ``present_probationary``: present probationary members of the cell;
    - ``present_guests_of_cell``: present members attached here (temporary_in),
      so ``present = present_full + present_probationary + present_guests_of_cell``;
    - ``base``, ``min_votes``: the majority base and the smallest majority;
    - ``voters_present``: ``voters_at_ballot``, the full members who could vote now;
    - ``percent_present``: present / summoned, rounded half up to 2 places;
    - ``no_vote_can_pass``: ``voters_present * 2 <= base`` — a warning only,
      never a block (docs/domain/rules.md section 5);
    - ``left``: of the ``present`` (who attended), those not in the hall now.
    """

    summoned: int
    present: int
    present_full: int
    present_probationary: int
    present_guests_of_cell: int
    excused: int
    absent: int
    unmarked: int
    base: BaseBreakdown
    min_votes: int
    voters_present: int
    percent_present: Decimal
    no_vote_can_pass: bool
    left: int = 0


def _members_deduction(voter: Voter) -> str | None:
    """The one deduction a full member falls under (190-QĐ/TW Điều 30 khoản 2).

    Precedence when several apply: attached out, then suspended, then exempt
    and not present, then excused. An absence without an accepted reason, or
    an attendance not yet marked (UNMARKED), deducts nothing: the member stays
    in the base until the secretary records an accepted reason. An exempt
    member counts only once present: not yet arrived (UNMARKED) is "not
    present" too, so the base rises when they check in; whoever attended any
    part of the congress stays in.
    """
    if voter.temporary_out:
        return "temporary_out"
    if voter.suspended:
        return "suspended"
    if voter.exempt and voter.attendance is not _PRESENT:
        return "exempt_not_present"
    if voter.attendance is AttendanceState.EXCUSED:
        return "excused"
    return None


# Every count below takes the voters as (voter, how many persons have exactly these
# facts): ``attendance.voter_groups`` reads them so from SQL, a handful of groups for
# 1,000 members; a list of persons is the same with each counted once.
Groups = Sequence[tuple[Voter, int]]


def _grouped(voters: Iterable[Voter]) -> Groups:
    return list(Counter(voters).items())


def _members_base(full: Groups) -> BaseBreakdown:
    deductions: Counter[str | None] = Counter()
    for voter, n in full:
        deductions[_members_deduction(voter)] += n
    summoned = sum(n for _, n in full)
    deducted = summoned - deductions[None]
    return BaseBreakdown(
        kind=CongressKind.MEMBERS,
        full_summoned=summoned,
        temporary_out=deductions["temporary_out"],
        exempt_not_present=deductions["exempt_not_present"],
        suspended=deductions["suspended"],
        excused=deductions["excused"],
        absent_throughout=0,
        majority_base=summoned - deducted,
    )


def _delegates_base(full: Groups) -> BaseBreakdown:
    summoned = sum(n for _, n in full)
    absent = sum(n for voter, n in full if voter.attendance in _NOT_PRESENT)
    return BaseBreakdown(
        kind=CongressKind.DELEGATES,
        full_summoned=summoned,
        temporary_out=0,
        exempt_not_present=0,
        suspended=0,
        excused=0,
        absent_throughout=absent,
        majority_base=summoned - absent,
    )


def majority_base(
    voters: Iterable[Voter], kind: CongressKind = CongressKind.MEMBERS
) -> BaseBreakdown:
    """The number every majority is measured against (docs/domain/rules.md section 2).

    Members' congress (190-QĐ/TW Điều 30 khoản 2): full members summoned
    (members attached here and probationary members are never in it) minus
    those attached out, suspended, exempt and not present, or excused for the
    whole congress; see ``_members_deduction`` for the precedence.

    Delegates' congress (Điều 30 khoản 3), simplified: full delegates summoned
    minus the full delegates not present at all, whatever the reason (an
    UNMARKED delegate stays in, as in a members' congress). An
    alternate who takes a seat is entered in the roster as a full delegate, so
    "absent with no alternate in their place" is just "absent"; members of the
    convening committee are expected on the roster as delegates. The other
    flags (exempt, attached out, suspended) are not deductions here.
    """
    return _base(_grouped(voters), kind)


def _base(groups: Groups, kind: CongressKind) -> BaseBreakdown:
    full = [(voter, n) for voter, n in groups if voter.full_of_cell]
    if kind is CongressKind.DELEGATES:
        return _delegates_base(full)
    return _members_base(full)


def min_votes(base: int) -> int:
    """The smallest number of votes that is more than half of ``base``."""
    if base < 0:
        raise ValueError(f"negative majority base: {base}")
    return base // 2 + 1


def reaches_majority(votes: int, base: int) -> bool:
    """More than half of the base (190-QĐ/TW Điều 30): ``votes * 2 > base``.

    Whole numbers only: a rounded percentage must never decide (14/28 shows as
    50,00% and is not a majority).
    """
    if not isinstance(votes, int) or not isinstance(base, int):
        raise TypeError("votes and base must be whole numbers")
    return votes * 2 > base


def voters_at_ballot(voters: Iterable[Voter]) -> int:
    """Ballots to issue: full members of the cell present at the ballot.

    Probationary members and members attached here never vote (Điều lệ Đảng
    Điều 3; docs/domain/rules.md section 1); attached-out and suspended members do not
    either. A member who left before the ballot gets no ballot but stays in the
    base.
    """
    return _at_ballot(_grouped(voters))


def _at_ballot(groups: Groups) -> int:
    return sum(n for voter, n in groups if eligibility.may_vote(voter) and voter.at_ballot)


def _present_group(voter: Voter) -> str:
    if voter.temporary_in:
        return "guest"
    return "full" if voter.status is MemberStatus.FULL else "probationary"


def count_attendance(
    voters: Iterable[Voter], kind: CongressKind = CongressKind.MEMBERS
) -> AttendanceCounters:
    """Counters of the attendance report (docs/domain/rules.md sections 2 and 5).

    See ``AttendanceCounters`` for the definition of each number.
    """
    return count_groups(_grouped(voters), kind)


def count_groups(groups: Groups, kind: CongressKind = CongressKind.MEMBERS) -> AttendanceCounters:
    """``count_attendance`` of the voters given as (voter, how many persons)."""
    summoned = [(v, n) for v, n in groups if eligibility.summoned(v)]
    states: Counter[AttendanceState] = Counter()
    present: Counter[str] = Counter()
    for voter, n in summoned:
        states[voter.attendance] += n
        if voter.attendance is _PRESENT:
            present[_present_group(voter)] += n
    total = sum(n for _, n in summoned)
    base = _base(groups, kind)
    voters_present = _at_ballot(groups)
    return AttendanceCounters(
        summoned=total,
        present=states[AttendanceState.PRESENT],
        present_full=present["full"],
        present_probationary=present["probationary"],
        present_guests_of_cell=present["guest"],
        excused=states[AttendanceState.EXCUSED],
        absent=states[AttendanceState.ABSENT],
        unmarked=states[AttendanceState.UNMARKED],
        base=base,
        min_votes=min_votes(base.majority_base),
        voters_present=voters_present,
        percent_present=percent(states[AttendanceState.PRESENT], total),
        no_vote_can_pass=voters_present * 2 <= base.majority_base,
        left=sum(n for v, n in summoned if v.attendance is _PRESENT and not v.at_ballot),
    )


def percent(count: int, base: int, rounding: str = decimal.ROUND_HALF_UP) -> Decimal:
    """``count / base × 100`` in exact decimal, rounded to 2 places (docs/domain/rules.md 6).

    Half up by default (3,125% → 3,13%), the school convention; ``rounding``
    takes any ``decimal`` rounding mode. A base of 0 gives 0.
    """
    if count < 0 or base < 0:
        raise ValueError(f"negative count or base: {count}/{base}")
    if base == 0:
        return Decimal("0.00")
    hundredths, rest = divmod(count * 10_000, base)
    exact_enough = Decimal(f"{hundredths * 10 + _tail_digit(rest, base)}E-3")
    return exact_enough.quantize(_HUNDREDTH, rounding=rounding)


def _tail_digit(rest: int, base: int) -> int:
    """A third decimal that says where the remainder lies: none, below, at or above half.

    That is all any rounding mode looks at, so rounding it gives the same result
    as rounding the exact quotient, with no precision limit and no binary float.
    """
    if rest == 0:
        return 0
    if rest * 2 < base:
        return 2
    return 5 if rest * 2 == base else 7


def format_percent(value: Decimal) -> str:
    """Vietnamese display of a percentage: ``Decimal("66.67")`` → ``"66,67%"``.

    Babel rounds half-even to the pattern's 2 places; the value is quantized
    half up first, so Babel has nothing left to round.
    """
    # Babel loads when a percentage is first shown, not with every screen that
    # counts the base (the first tab's start; issue 16).
    from babel.numbers import format_decimal

    quantized = value.quantize(_HUNDREDTH, rounding=decimal.ROUND_HALF_UP)
    return f"{format_decimal(quantized, format='#,##0.00', locale='vi')}%"


# The numbers frozen on a vote when it is held and on a round when its ballots are
# issued (docs/domain/rules.md §2: "store the base used on every vote and every round, with
# its breakdown"); the vote and round tables and rows share these names.
FROZEN = (
    "base",
    "base_full_summoned",
    "base_temporary_out",
    "base_exempt_not_present",
    "base_suspended",
    "base_excused",
    "base_absent_throughout",
    "voters_present",
)


def frozen_values(counters: AttendanceCounters) -> dict[str, int]:
    """The base, its breakdown and the voters present, by the names in ``FROZEN``."""
    b = counters.base
    values = {
        "base": b.majority_base,
        "base_full_summoned": b.full_summoned,
        "base_temporary_out": b.temporary_out,
        "base_exempt_not_present": b.exempt_not_present,
        "base_suspended": b.suspended,
        "base_excused": b.excused,
        "base_absent_throughout": b.absent_throughout,
        "voters_present": counters.voters_present,
    }
    assert tuple(values) == FROZEN
    return values
