"""The count of one election round and who is elected.

190-QĐ/TW Điều 30; docs/domain/rules.md 4.5 (who is elected), 4.6 (integrity checks) and 6
(percentages). Two ways in, one set of checks: ``tally`` counts stored ballots,
``tally_from_totals`` takes the totals typed from a paper tally sheet.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from secretariat.errors import ValidationError
from secretariat.rules.ballots import (
    DEFAULT_REASONS,
    Ballot,
    InvalidReason,
    check_candidates,
    classify_checked,
)
from secretariat.rules.majority import percent, reaches_majority

__all__ = [
    "NOT_ALL_RETURNED",
    "SEATS_OPEN",
    "TIE_AT_CUTOFF",
    "Tally",
    "results",
    "tally",
    "tally_from_totals",
]

# Warning codes (the UI words them): never a block, the count stands.
NOT_ALL_RETURNED = "not_all_returned"  # collected < issued
TIE_AT_CUTOFF = "tie_at_cutoff"  # propose a further round restricted to ``tied``
SEATS_OPEN = "seats_open"  # fewer elected than seats: the congress decides


@dataclass(frozen=True, slots=True)
class Tally:
    """The count minutes of one round (biên bản kiểm phiếu).

    ``invalid_reasons`` holds only the reasons that occur, in registry order;
    ``votes`` and ``percent`` are in candidate (ballot) order; ``percent`` is
    votes / majority_base × 100, rounded half up (display only: ``elected`` is
    decided on whole numbers). ``elected`` is highest first; ``tied`` lists the
    candidates tied for the last open seat(s), not declared elected.
    """

    collected: int
    valid: int
    invalid: int
    invalid_reasons: dict[str, int]
    votes: dict[str, int]
    percent: dict[str, Decimal]
    elected: tuple[str, ...]
    tied: tuple[str, ...]
    open_seats: int
    warnings: tuple[str, ...]


def _count(value: object, field: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValidationError("invalid_count", field, value)
    return value


def results(
    votes: Mapping[str, int], seats: int, majority_base: int
) -> tuple[tuple[str, ...], tuple[str, ...], int]:
    """``(elected, tied, open_seats)`` from the votes (190-QĐ/TW Điều 30).

    Only candidates with ``votes * 2 > majority_base`` can be elected; seats go
    by votes, highest first (equal votes keep the order of ``votes``). When
    equal votes compete for the last seat(s), none of them is declared: they
    are ``tied`` and the presidium is offered a further round restricted to
    them (docs/domain/rules.md 4.5, unconfirmed default). Ties are never broken by age or
    alphabet. ``open_seats = seats - len(elected)``.
    """
    if _count(seats, "seats") < 1:
        raise ValidationError("invalid_count", "seats", seats)
    _count(majority_base, "majority_base")
    reached = [name for name, count in votes.items() if reaches_majority(count, majority_base)]
    ranked = sorted(reached, key=lambda name: -votes[name])  # stable: keeps list order
    if len(ranked) <= seats:
        return tuple(ranked), (), seats - len(ranked)
    cutoff = votes[ranked[seats - 1]]
    if votes[ranked[seats]] < cutoff:
        return tuple(ranked[:seats]), (), 0
    elected = tuple(name for name in ranked if votes[name] > cutoff)
    tied = tuple(name for name in ranked if votes[name] == cutoff)
    return elected, tied, seats - len(elected)


def _check_totals(
    candidates: Sequence[str],
    seats: int,
    *,
    issued: int,
    collected: int,
    valid: int,
    invalid: int,
    invalid_reasons: Mapping[str, int],
    votes: Mapping[str, int],
    voters_present: int | None,
    reasons: Mapping[str, InvalidReason],
) -> None:
    """The integrity checks of docs/domain/rules.md 4.6; each violation names its field."""
    for field, value in (
        ("issued", issued),
        ("collected", collected),
        ("valid", valid),
        ("invalid", invalid),
    ):
        _count(value, field)
    if voters_present is not None and issued > _count(voters_present, "voters_present"):
        raise ValidationError("above_voters_present", "issued", issued)
    if collected > issued:
        raise ValidationError("above_issued", "collected", collected)
    if valid + invalid != collected:
        raise ValidationError("sum_mismatch", "invalid", invalid)
    for code, count in invalid_reasons.items():
        if code not in reasons:
            raise ValidationError("unknown_reason", "invalid_reasons", code)
        _count(count, f"invalid_reasons[{code}]")
    if sum(invalid_reasons.values()) != invalid:
        raise ValidationError("sum_mismatch", "invalid_reasons", sum(invalid_reasons.values()))
    known = set(candidates)
    for name in votes:
        if name not in known:
            raise ValidationError("unknown_candidate", "votes", name)
    for name in candidates:
        if name not in votes:
            raise ValidationError("missing", f"votes[{name}]")
        if _count(votes[name], f"votes[{name}]") > valid:
            raise ValidationError("above_valid", f"votes[{name}]", votes[name])
    # Each valid ballot chooses at most ``seats`` names (docs/domain/rules.md 4.6, per ballot).
    if sum(votes.values()) > valid * seats:
        raise ValidationError("above_seats_per_ballot", "votes", sum(votes.values()))


def _finish(
    candidates: Sequence[str],
    seats: int,
    *,
    issued: int,
    collected: int,
    valid: int,
    invalid: int,
    invalid_reasons: Mapping[str, int],
    votes: Mapping[str, int],
    majority_base: int,
    voters_present: int | None,
    reasons: Mapping[str, InvalidReason],
) -> Tally:
    check_candidates(candidates, seats)
    _count(majority_base, "majority_base")
    _check_totals(
        candidates,
        seats,
        issued=issued,
        collected=collected,
        valid=valid,
        invalid=invalid,
        invalid_reasons=invalid_reasons,
        votes=votes,
        voters_present=voters_present,
        reasons=reasons,
    )
    ordered = {name: votes[name] for name in candidates}
    elected, tied, open_seats = results(ordered, seats, majority_base)
    warnings = []
    if collected < issued:
        warnings.append(NOT_ALL_RETURNED)
    if tied:
        warnings.append(TIE_AT_CUTOFF)
    if open_seats:
        warnings.append(SEATS_OPEN)
    return Tally(
        collected=collected,
        valid=valid,
        invalid=invalid,
        invalid_reasons={
            code: invalid_reasons[code] for code in reasons if invalid_reasons.get(code)
        },
        votes=ordered,
        percent={name: percent(count, majority_base) for name, count in ordered.items()},
        elected=elected,
        tied=tied,
        open_seats=open_seats,
        warnings=tuple(warnings),
    )


def tally(
    ballots: Iterable[tuple[Ballot, int]],
    candidates: Sequence[str],
    seats: int,
    *,
    issued: int,
    majority_base: int,
    single_unmarked_invalid: bool = True,
    voters_present: int | None = None,
    reasons: Mapping[str, InvalidReason] = DEFAULT_REASONS,
) -> Tally:
    """Count stored ballots, each given with how many identical papers it stands for.

    Votes come from valid ballots only (190-QĐ/TW Điều 30); each ballot is
    judged by ``classify``. The result passes the same integrity checks as
    ``tally_from_totals`` (collected ≤ issued, issued ≤ ``voters_present`` when
    given), so a stored count is reproducible and comparable with a paper one.
    """
    check_candidates(candidates, seats)
    known = frozenset(candidates)
    collected = valid = 0
    invalid_reasons: Counter[str] = Counter()
    votes: Counter[str] = Counter({name: 0 for name in candidates})
    for index, (ballot, count) in enumerate(ballots):
        _count(count, f"ballots[{index}].count")
        verdict = classify_checked(
            ballot,
            candidates,
            known,
            seats,
            single_unmarked_invalid=single_unmarked_invalid,
            reasons=reasons,
        )
        collected += count
        if verdict.valid:
            valid += count
            if count == 1:
                votes.update(verdict.votes)  # counted in C: a stack of single papers
            else:
                for name in verdict.votes:
                    votes[name] += count
        else:
            assert verdict.reason is not None
            invalid_reasons[verdict.reason] += count
    return _finish(
        candidates,
        seats,
        issued=issued,
        collected=collected,
        valid=valid,
        invalid=collected - valid,
        invalid_reasons=invalid_reasons,
        votes=votes,
        majority_base=majority_base,
        voters_present=voters_present,
        reasons=reasons,
    )


def tally_from_totals(
    candidates: Sequence[str],
    seats: int,
    *,
    issued: int,
    collected: int,
    valid: int,
    invalid: int,
    invalid_reasons: Mapping[str, int],
    votes: Mapping[str, int],
    majority_base: int,
    voters_present: int | None = None,
    reasons: Mapping[str, InvalidReason] = DEFAULT_REASONS,
) -> Tally:
    """The count from totals typed off a paper tally sheet (aggregate entry).

    Checked by the rules of docs/domain/rules.md 4.6, raising ``ValidationError(code,
    field, value)`` on the first violation:

    - ``above_voters_present`` (``issued``): issued > ``voters_present`` (given
      by the caller: full members present at the time of the ballot);
    - ``above_issued`` (``collected``): collected > issued;
    - ``sum_mismatch`` (``invalid``): valid + invalid ≠ collected;
    - ``sum_mismatch`` (``invalid_reasons``): the reasons do not add up to invalid;
    - ``above_valid`` (``votes[<name>]``): a candidate has more votes than valid
      ballots;
    - ``above_seats_per_ballot`` (``votes``): more votes in all than valid
      ballots × seats, impossible when no valid ballot chooses more than seats;
    - ``invalid_count``, ``missing``, ``unknown_candidate``, ``unknown_reason``
      for malformed entries (every candidate needs a number, 0 included).
    """
    return _finish(
        candidates,
        seats,
        issued=issued,
        collected=collected,
        valid=valid,
        invalid=invalid,
        invalid_reasons=invalid_reasons,
        votes=votes,
        majority_base=majority_base,
        voters_present=voters_present,
        reasons=reasons,
    )
