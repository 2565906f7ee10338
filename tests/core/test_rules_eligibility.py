"""Who is a full member of the cell, summoned, may vote, may count, may stand.

Điều lệ Đảng Điều 3 (probationary members do not vote, stand or elect);
190-QĐ/TW Điều 8 (tellers: full members not on the list they count) and Điều 30
khoản 2 (attached out and suspended members leave the base); docs/domain/rules.md §1, §2.
"""

from __future__ import annotations

import itertools

import pytest

from secretariat.domain import AttendanceState, MemberId, MemberRow, MemberStatus
from secretariat.rules import eligibility
from secretariat.rules.majority import Voter, voters_at_ballot

FULL, PROBATIONARY = MemberStatus.FULL, MemberStatus.PROBATIONARY


def member(status: MemberStatus = FULL, **flags: bool) -> MemberRow:
    return MemberRow(full_name="Nguyễn Văn A", status=status, id=MemberId(1), **flags)


def test_full_member_of_the_cell_excludes_probationary_and_attached_in_dieu_le_D3() -> None:
    assert eligibility.full_member_of_cell(member())
    assert eligibility.full_member_of_cell(member(exempt=True))
    assert not eligibility.full_member_of_cell(member(PROBATIONARY))
    assert not eligibility.full_member_of_cell(member(temporary_in=True))


def test_attached_out_and_suspended_are_not_summoned_190_D30_k2() -> None:
    assert eligibility.summoned(member())
    assert eligibility.summoned(member(PROBATIONARY))  # attends and speaks
    assert eligibility.summoned(member(temporary_in=True))
    assert not eligibility.summoned(member(temporary_out=True))
    assert not eligibility.summoned(member(suspended=True))


def test_only_summoned_full_members_of_the_cell_vote_dieu_le_D3() -> None:
    assert eligibility.may_vote(member())
    assert eligibility.may_vote(member(exempt=True))
    for refused in (
        member(PROBATIONARY),
        member(temporary_in=True),
        member(temporary_out=True),
        member(suspended=True),
    ):
        assert not eligibility.may_vote(refused)


def test_tellers_are_full_members_in_the_hall_not_on_the_list_190_D8() -> None:
    full = member()
    assert eligibility.may_count(full, inside=True, on_list=False)
    assert eligibility.count_refusal(full, inside=True, on_list=True) == "teller_on_list"
    assert eligibility.count_refusal(full, inside=False, on_list=False) == "not_present"
    for refused in (member(PROBATIONARY), member(temporary_in=True), member(suspended=True)):
        assert eligibility.count_refusal(refused, inside=True, on_list=False) == "not_full_member"


def test_only_full_members_of_the_cell_stand_with_the_service_refusal_codes_dieu_le_D3() -> None:
    assert eligibility.may_stand(member())
    assert eligibility.stand_refusal(member(PROBATIONARY)) == "probationary"
    assert eligibility.stand_refusal(member(temporary_in=True)) == "temporary_in"
    assert eligibility.stand_refusal(member(suspended=True)) == "suspended"
    # Attached out: still a member of this cell; the texts do not bar standing.
    assert eligibility.may_stand(member(temporary_out=True))


@pytest.mark.parametrize(
    "status, temporary_in, temporary_out, suspended",
    [
        (status, *flags)
        for status in MemberStatus
        for flags in itertools.product((False, True), repeat=3)
        if not (flags[0] and flags[1])  # attached in and out at once is refused upstream
    ],
)
def test_the_ballot_count_and_the_rule_agree_for_every_roster_case_dieu_le_D3(
    status: MemberStatus, temporary_in: bool, temporary_out: bool, suspended: bool
) -> None:
    """The ballots issued (rules.majority) follow the same "may vote" as the pickers."""
    flags = {"temporary_in": temporary_in, "temporary_out": temporary_out, "suspended": suspended}
    voter = Voter(status, AttendanceState.PRESENT, **flags)
    row = member(status, **flags)
    assert voters_at_ballot([voter]) == int(eligibility.may_vote(row))
    assert voter.full_of_cell == eligibility.full_member_of_cell(row)
