"""The count of an election round and who is elected.

190-QĐ/TW Điều 30; docs/domain/rules.md 4.5, 4.6 and 6; cases in tests/data/cases/elections.json.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from secretariat.errors import ValidationError
from secretariat.rules.ballots import Ballot, BallotForm, Mark
from secretariat.rules.majority import format_percent
from secretariat.rules.tally import (
    NOT_ALL_RETURNED,
    SEATS_OPEN,
    TIE_AT_CUTOFF,
    Tally,
    results,
    tally,
    tally_from_totals,
)
from tests.core.cases import load_case_file

CASES: list[dict[str, Any]] = load_case_file("elections.json")["cases"]  # type: ignore[assignment]
_FLAGS = ("not_issued", "write_in", "identifying_mark")


def _ballot(form: BallotForm, entry: dict[str, Any]) -> Ballot:
    flags = {flag: entry.get(flag, False) for flag in _FLAGS}
    if form is BallotForm.SURPLUS:
        return Ballot(form, chosen=frozenset(entry["chosen"]), **flags)
    return Ballot(form, marks={n: Mark(m) for n, m in entry["marks"].items()}, **flags)


def _run_case(case: dict[str, Any]) -> Tally:
    form = BallotForm(case["form"])
    common = {"issued": case["issued"], "majority_base": case["majority_base"]}
    if "ballots" in case:
        ballots = [(_ballot(form, entry), entry["count"]) for entry in case["ballots"]]
        return tally(ballots, case["candidates"], case["seats"], **common)
    return tally_from_totals(case["candidates"], case["seats"], **case["totals"], **common)


@pytest.mark.parametrize("case", CASES, ids=[case["id"] for case in CASES])
def test_elections_cases_190_D30(case: dict[str, Any]) -> None:
    result = _run_case(case)
    expected = case["expected"]
    assert result.collected == expected["collected"]
    assert result.valid == expected["valid"]
    assert result.invalid == expected["invalid"]
    if "invalid_reasons" in expected:
        assert result.invalid_reasons == expected["invalid_reasons"]
    assert result.votes == expected["votes"]
    assert list(result.votes) == case["candidates"]
    if "percent" in expected:
        shown = {name: format_percent(value) for name, value in result.percent.items()}
        assert shown == expected["percent"]
    assert list(result.elected) == expected["elected"]
    assert list(result.tied) == expected["tied"]
    assert result.open_seats == expected["open_seats"]


def test_every_case_file_case_is_run() -> None:
    assert {case["id"] for case in CASES} >= {"E1", "E2", "E3", "E4", "E5", "E6"}
    assert any("ballots" in case for case in CASES)
    assert any("totals" in case for case in CASES)


def test_half_is_not_elected_even_shown_as_50_percent_190_D30_rules_s6() -> None:
    result = tally_from_totals(
        ["A", "B"],
        1,
        issued=28,
        collected=28,
        valid=28,
        invalid=0,
        invalid_reasons={},
        votes={"A": 14, "B": 14},
        majority_base=28,
    )
    assert format_percent(result.percent["A"]) == "50,00%"
    assert result.elected == ()
    assert result.tied == ()
    assert result.open_seats == 1
    assert SEATS_OPEN in result.warnings
    assert results({"A": 15, "B": 13}, 1, 28) == (("A",), (), 0)


def test_tie_at_the_cutoff_is_not_declared_190_D30() -> None:
    assert results({"A": 9, "B": 7, "C": 7}, 2, 10) == (("A",), ("B", "C"), 1)
    # Ties for every seat: nobody is declared.
    assert results({"A": 7, "B": 7, "C": 7}, 2, 10) == ((), ("A", "B", "C"), 2)
    # Equal votes that all fit are all elected, in list order.
    assert results({"B": 7, "A": 7, "C": 2}, 2, 10) == (("B", "A"), (), 0)
    # A tie below the last seat does not matter.
    assert results({"A": 9, "B": 8, "C": 6, "D": 6}, 2, 10) == (("A", "B"), (), 0)
    # Tied but below the majority: not a tie for a seat.
    assert results({"A": 9, "B": 5, "C": 5}, 2, 10) == (("A",), (), 1)


def test_tie_warns_and_proposes_further_round_190_D30() -> None:
    result = tally_from_totals(
        ["A", "B", "C"],
        2,
        issued=10,
        collected=10,
        valid=10,
        invalid=0,
        invalid_reasons={},
        votes={"A": 8, "B": 6, "C": 6},
        majority_base=10,
    )
    assert (result.elected, result.tied, result.open_seats) == (("A",), ("B", "C"), 1)
    assert result.warnings == (TIE_AT_CUTOFF, SEATS_OPEN)


def test_elected_highest_first_190_D30() -> None:
    assert results({"A": 6, "B": 9, "C": 8}, 3, 10) == (("B", "C", "A"), (), 0)


def test_results_refuses_bad_numbers() -> None:
    with pytest.raises(ValidationError):
        results({"A": 1}, 0, 10)
    with pytest.raises(ValidationError):
        results({"A": 1}, 1, -1)


_GOOD: dict[str, Any] = {
    "issued": 15,
    "collected": 15,
    "valid": 14,
    "invalid": 1,
    "invalid_reasons": {"too_many": 1},
    "votes": {"A": 14, "B": 6, "C": 8},
    "majority_base": 15,
}


def _totals(**changes: Any) -> Tally:
    return tally_from_totals(["A", "B", "C"], 2, **{**_GOOD, **changes})


@pytest.mark.parametrize(
    ("changes", "code", "field"),
    [
        ({"collected": 16, "valid": 15}, "above_issued", "collected"),
        ({"valid": 13}, "sum_mismatch", "invalid"),
        ({"invalid_reasons": {}}, "sum_mismatch", "invalid_reasons"),
        ({"invalid_reasons": {"too_many": 2}}, "sum_mismatch", "invalid_reasons"),
        ({"invalid_reasons": {"torn": 1}}, "unknown_reason", "invalid_reasons"),
        ({"votes": {"A": 15, "B": 8, "C": 5}}, "above_valid", "votes[A]"),
        ({"votes": {"A": 14, "B": 14, "C": 14}}, "above_seats_per_ballot", "votes"),
        ({"votes": {"A": 14, "B": 8}}, "missing", "votes[C]"),
        ({"votes": {"A": 1, "B": 1, "C": 1, "D": 1}}, "unknown_candidate", "votes"),
        ({"votes": {"A": -1, "B": 8, "C": 1}}, "invalid_count", "votes[A]"),
        ({"issued": -1}, "invalid_count", "issued"),
        ({"voters_present": 14}, "above_voters_present", "issued"),
    ],
)
def test_totals_integrity_rules_4_6(changes: dict[str, Any], code: str, field: str) -> None:
    with pytest.raises(ValidationError) as raised:
        _totals(**changes)
    assert (raised.value.code, raised.value.field) == (code, field)


def test_totals_that_add_up_pass_rules_4_6() -> None:
    result = _totals(voters_present=15)
    assert (result.elected, result.tied, result.open_seats) == (("A", "C"), (), 0)
    assert result.warnings == ()
    assert _totals(issued=16, voters_present=16).warnings == (NOT_ALL_RETURNED,)


def test_ballots_are_checked_like_totals_rules_4_6() -> None:
    ballot = Ballot(BallotForm.SURPLUS, chosen=frozenset({"A"}))
    with pytest.raises(ValidationError) as raised:
        tally([(ballot, 3)], ["A", "B"], 1, issued=2, majority_base=5)
    assert (raised.value.code, raised.value.field) == ("above_issued", "collected")
    with pytest.raises(ValidationError) as raised:
        tally([(ballot, 2)], ["A", "B"], 1, issued=2, majority_base=5, voters_present=1)
    assert raised.value.code == "above_voters_present"
    with pytest.raises(ValidationError) as raised:
        tally([(ballot, -1)], ["A", "B"], 1, issued=2, majority_base=5)
    assert raised.value.field == "ballots[0].count"


def test_single_unmarked_setting_reaches_the_count_rules_4_4() -> None:
    blank = Ballot(BallotForm.NO_SURPLUS, marks={"A": Mark.NONE})
    agree = Ballot(BallotForm.NO_SURPLUS, marks={"A": Mark.AGREE})
    strict = tally([(blank, 1), (agree, 4)], ["A"], 1, issued=5, majority_base=5)
    assert (strict.valid, strict.invalid_reasons) == (4, {"single_unmarked": 1})
    lenient = tally(
        [(blank, 1), (agree, 4)],
        ["A"],
        1,
        issued=5,
        majority_base=5,
        single_unmarked_invalid=False,
    )
    assert (lenient.valid, lenient.invalid, lenient.votes) == (5, 0, {"A": 4})


def test_no_ballots_counts_zero() -> None:
    result = tally([], ["A", "B"], 1, issued=0, majority_base=5)
    assert (result.collected, result.valid, result.invalid) == (0, 0, 0)
    assert result.votes == {"A": 0, "B": 0}
    assert result.open_seats == 1


_NAMES = ("An", "Bình", "Cường", "Dung", "Hà")


@st.composite
def _election(draw: st.DrawFn) -> tuple[list[str], int, list[tuple[Ballot, int]]]:
    candidates = list(_NAMES[: draw(st.integers(min_value=1, max_value=len(_NAMES)))])
    seats = draw(st.integers(min_value=1, max_value=len(candidates)))
    form = BallotForm.SURPLUS if len(candidates) > seats else BallotForm.NO_SURPLUS
    subsets = st.frozensets(st.sampled_from(candidates))
    marks = st.dictionaries(st.sampled_from(candidates), st.sampled_from(list(Mark)))
    flags = st.fixed_dictionaries({flag: st.booleans() for flag in _FLAGS})
    papers = (
        st.builds(lambda c, f: Ballot(form, chosen=c, **f), subsets, flags)
        if form is BallotForm.SURPLUS
        else st.builds(lambda m, f: Ballot(form, marks=m, **f), marks, flags)
    )
    ballots = draw(st.lists(st.tuples(papers, st.integers(0, 5)), max_size=12))
    return candidates, seats, ballots


@given(_election(), st.randoms(use_true_random=False), st.integers(0, 10))
def test_tally_invariants_190_D30(
    election: tuple[list[str], int, list[tuple[Ballot, int]]], rng: Any, spare: int
) -> None:
    candidates, seats, ballots = election
    issued = sum(count for _, count in ballots) + spare
    base = issued + spare
    result = tally(ballots, candidates, seats, issued=issued, majority_base=base)
    shuffled = list(ballots)
    rng.shuffle(shuffled)
    assert tally(shuffled, candidates, seats, issued=issued, majority_base=base) == result
    assert result.valid + result.invalid == result.collected <= issued
    assert sum(result.invalid_reasons.values()) == result.invalid
    assert all(votes <= result.valid for votes in result.votes.values())
    assert len(result.elected) + result.open_seats == seats
    # The same numbers typed from a tally sheet give the same count.
    again = tally_from_totals(
        candidates,
        seats,
        issued=issued,
        collected=result.collected,
        valid=result.valid,
        invalid=result.invalid,
        invalid_reasons=result.invalid_reasons,
        votes=result.votes,
        majority_base=base,
    )
    assert again == result
