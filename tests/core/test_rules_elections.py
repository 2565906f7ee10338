"""Election set-up: list size, floor nominees, tellers, what a cell elects, ballot order.

190-QĐ/TW Điều 8 and Điều 14; 294-QĐ/TW mục 22; docs/domain/rules.md 1, 4.1 and 4.2.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from secretariat.errors import ValidationError
from secretariat.rules.collation import sort_names
from secretariat.rules.elections import (
    MAX_COMMITTEE,
    ElectionTarget,
    SurplusCheck,
    ballot_order,
    counting_committee_ok,
    floor_nominee_admitted,
    max_surplus,
    surplus_check,
    what_the_cell_elects,
)


def test_seven_seats_allow_at_most_nine_190_D14() -> None:
    assert surplus_check(9, 7) == SurplusCheck(True, None, 9)
    assert surplus_check(8, 7) == SurplusCheck(True, None, 9)
    assert surplus_check(10, 7) == SurplusCheck(False, "above_cap", 9)


def test_congress_may_allow_a_larger_surplus_190_D14() -> None:
    assert surplus_check(10, 7, congress_allowed_more=True) == SurplusCheck(
        True, "above_cap_allowed", 9
    )


def test_small_body_may_have_one_more_190_D14() -> None:
    assert surplus_check(6, 5) == SurplusCheck(True, None, 6)
    assert surplus_check(7, 5).ok is False
    # 30 % of 3 is 0.9: without the allowance a 3-seat body could have no surplus.
    assert surplus_check(4, 3) == SurplusCheck(True, None, 4)
    assert surplus_check(4, 3, small_body_extra=0) == SurplusCheck(False, "above_cap", 3)
    # Outside 3–5 seats the plain 30 % applies: 30 % of 2 is 0.6 → 0.
    assert max_surplus(2) == 0
    assert max_surplus(6) == 1


@pytest.mark.parametrize(("seats", "most"), [(1, 0), (3, 1), (4, 1), (5, 1), (7, 2), (10, 3)])
def test_max_surplus_is_the_floor_of_30_percent_190_D14(seats: int, most: int) -> None:
    assert max_surplus(seats) == most


def test_cap_is_a_setting_190_D14() -> None:
    assert max_surplus(10, cap_percent=Decimal(15)) == 1
    assert max_surplus(7, cap_percent=Decimal("42.9")) == 3


def test_zero_surplus_warns_190_D14() -> None:
    assert surplus_check(7, 7) == SurplusCheck(True, "no_surplus", 9)


def test_fewer_names_than_seats_and_empty_list() -> None:
    assert surplus_check(2, 3) == SurplusCheck(True, "fewer_than_seats", 4)
    assert surplus_check(0, 3) == SurplusCheck(False, "no_candidates", 4)


def test_surplus_check_refuses_bad_numbers() -> None:
    with pytest.raises(ValidationError):
        surplus_check(3, 0)
    with pytest.raises(ValidationError):
        surplus_check(-1, 3)
    with pytest.raises(ValidationError):
        surplus_check(3, 3, cap_percent=Decimal(-1))


@pytest.mark.parametrize(
    ("agree", "attending", "admitted"),
    [(3, 10, False), (4, 10, True), (9, 30, False), (10, 30, True), (0, 0, False), (1, 1, True)],
)
def test_floor_nominee_needs_more_than_30_percent_190_D14(
    agree: int, attending: int, admitted: bool
) -> None:
    assert floor_nominee_admitted(agree, attending) is admitted


def test_floor_nominee_refuses_more_agree_than_attending() -> None:
    with pytest.raises(ValidationError) as raised:
        floor_nominee_admitted(11, 10)
    assert raised.value.field == "agree"


def test_teller_on_the_election_list_is_refused_190_D8() -> None:
    candidates = ["Nguyễn Văn An", "Trần Thị Bình"]
    assert counting_committee_ok(["Lê Văn Cường", "Phạm Thị Dung"], candidates) == []
    assert counting_committee_ok(["Lê Văn Cường", " trần  thị Bình"], candidates) == [
        " trần  thị Bình"
    ]
    # Diacritics tell people apart.
    assert counting_committee_ok(["Nguyễn Văn Ân"], candidates) == []
    # Decomposed and composed spellings are the same name.
    assert counting_committee_ok(["Nguyê\u0303n Văn An"], candidates) == ["Nguyê\u0303n Văn An"]


@pytest.mark.parametrize("members", [9, 10, 40])
def test_nine_members_elect_a_committee_294_m22(members: int) -> None:
    assert what_the_cell_elects(members) == ("committee", "cell_secretary", "deputy_secretary")
    assert what_the_cell_elects(members)[0] is ElectionTarget.COMMITTEE
    assert MAX_COMMITTEE == 7


@pytest.mark.parametrize("members", [0, 3, 8])
def test_fewer_than_nine_elect_secretary_and_deputy_294_m22(members: int) -> None:
    assert what_the_cell_elects(members) == ("cell_secretary", "deputy_secretary")


def test_what_the_cell_elects_refuses_negative() -> None:
    with pytest.raises(ValidationError):
        what_the_cell_elects(-1)


def test_ballot_order_is_collation_order_190_D14() -> None:
    names = ["Trần Văn Cường", "Lê Thị Châu", "Nguyễn Văn An", "Phạm An"]
    assert ballot_order(names) == sort_names(names)
    assert ballot_order(names) == ["Nguyễn Văn An", "Phạm An", "Lê Thị Châu", "Trần Văn Cường"]
