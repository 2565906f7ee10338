"""Show-of-hands votes (docs/domain/rules.md sections 3 and 6), named after the rules."""

from __future__ import annotations

from decimal import Decimal

import pytest

from secretariat.rules.votes import verdict


def test_vote_passes_with_more_than_half_of_the_base_QD24_9_3() -> None:
    result = verdict(15, 10, 3, base=28, voters_present=28)
    assert result.passed
    assert result.percent == Decimal("53.57")
    assert result.percent_text == "53,57%"
    assert result.warnings == ()


def test_half_of_the_base_is_not_a_majority_QD24_9_3() -> None:
    result = verdict(14, 14, 0, base=28, voters_present=28)
    assert not result.passed
    assert result.percent_text == "50,00%"


def test_a_loss_that_rounds_to_more_than_half_stays_lost_rules_6() -> None:
    # 10000/20001 = 49.9975…%, shown 50,00% and still not passed.
    result = verdict(10_000, 0, 0, base=20_001, voters_present=20_001)
    assert not result.passed
    assert result.percent_text == "50,00%"


def test_base_is_the_majority_base_not_the_voters_present_190_D30_k2() -> None:
    # 13 of the 24 present all in favour, but the base is 28: 13*2 = 26 <= 28.
    result = verdict(13, 0, 0, base=28, voters_present=13)
    assert not result.passed
    assert verdict(15, 0, 0, base=28, voters_present=15).passed


def test_percent_rounds_half_up_rules_6() -> None:
    assert verdict(1, 0, 0, base=32, voters_present=1).percent_text == "3,13%"  # 3.125
    assert verdict(2, 0, 1, base=3, voters_present=3).percent_text == "66,67%"
    assert verdict(1, 0, 0, base=8, voters_present=1).percent == Decimal("12.50")


def test_fewer_hands_than_present_is_a_warning_rules_3() -> None:
    result = verdict(20, 1, 0, base=28, voters_present=24)
    assert result.passed
    assert result.warnings == ("fewer_than_present",)


def test_more_hands_than_present_is_flagged_rules_3() -> None:
    assert verdict(20, 4, 1, base=28, voters_present=24).warnings == ("more_than_present",)


def test_a_base_of_zero_passes_nothing() -> None:
    result = verdict(0, 0, 0, base=0, voters_present=0)
    assert not result.passed
    assert result.percent_text == "0,00%"


@pytest.mark.parametrize(
    ("args", "error"),
    [
        ((-1, 0, 0, 10, 10), ValueError),
        ((1, 0, 0, -10, 10), ValueError),
        ((True, 0, 0, 10, 10), TypeError),
        ((1.0, 0, 0, 10, 10), TypeError),
    ],
)
def test_counts_are_whole_non_negative_numbers(args: tuple[int, ...], error: type) -> None:
    with pytest.raises(error):
        verdict(*args)
