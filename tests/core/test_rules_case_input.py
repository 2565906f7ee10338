"""Strict reading of the shared majority-base cases (docs/domain/rules.md section 2)."""

from __future__ import annotations

from typing import Any

import pytest

from secretariat.domain import AttendanceState, CongressKind, MemberStatus
from secretariat.errors import ValidationError
from secretariat.rules.case_input import voters_from_case
from secretariat.rules.majority import Voter
from tests.core.cases import load_case_file

CASES: list[dict[str, Any]] = load_case_file("majority-base.json")["cases"]  # type: ignore[assignment]


def _group(**overrides: object) -> dict[str, object]:
    return {"count": 1, "status": "full", "attendance": "present", **overrides}


@pytest.mark.parametrize("case", CASES, ids=[case["id"] for case in CASES])
def test_every_shared_case_reads(case: dict[str, Any]) -> None:
    voters, kind = voters_from_case(case)
    assert kind is CongressKind.MEMBERS
    assert len(voters) == sum(group["count"] for group in case["members"])


def test_groups_expand_to_one_voter_per_person() -> None:
    voters, _ = voters_from_case(
        {"members": [_group(count=2), _group(status="probationary", attendance="excused")]}
    )
    assert voters == [
        Voter(MemberStatus.FULL, AttendanceState.PRESENT),
        Voter(MemberStatus.FULL, AttendanceState.PRESENT),
        Voter(MemberStatus.PROBATIONARY, AttendanceState.EXCUSED),
    ]


def test_flags_are_read() -> None:
    case = {
        "members": [
            _group(exempt=True),
            _group(temporary_in=True),
            _group(attendance="absent", temporary_out=True),
            _group(attendance="absent", suspended=True),
            _group(left_before_ballot=True),
        ]
    }
    voters, _ = voters_from_case(case)
    assert voters[0].exempt
    assert voters[1].temporary_in
    assert voters[2].temporary_out
    assert voters[3].suspended
    assert voters[4].present_at_ballot is False
    assert voters[0].present_at_ballot is None


def test_kind_defaults_to_members_and_reads_delegates() -> None:
    assert voters_from_case({"members": []}) == ([], CongressKind.MEMBERS)
    assert voters_from_case({"kind": "delegates", "members": []})[1] is CongressKind.DELEGATES


def test_count_zero_gives_nobody() -> None:
    assert voters_from_case({"members": [_group(count=0)]})[0] == []


@pytest.mark.parametrize(
    ("case", "code", "field"),
    [
        ([], "not_object", ""),
        ("M1", "not_object", ""),
        ({}, "missing", "members"),
        ({"members": {}}, "not_list", "members"),
        ({"members": [], "extra": 1}, "unknown_key", "extra"),
        ({"members": [], "kind": "cell"}, "unknown_value", "kind"),
        ({"members": [3]}, "not_object", "members[0]"),
        (
            {"members": [_group(), {"status": "full", "attendance": "present"}]},
            "missing",
            "members[1].count",
        ),
        ({"members": [_group(status=None)]}, "unknown_value", "members[0].status"),
        ({"members": [_group(status="FULL")]}, "unknown_value", "members[0].status"),
        (
            {"members": [_group(), _group(), _group(attendance="late")]},
            "unknown_value",
            "members[2].attendance",
        ),
        ({"members": [{"count": 1, "status": "full"}]}, "missing", "members[0].attendance"),
        ({"members": [_group(count=-1)]}, "invalid_count", "members[0].count"),
        ({"members": [_group(count=1.0)]}, "invalid_count", "members[0].count"),
        ({"members": [_group(count="3")]}, "invalid_count", "members[0].count"),
        ({"members": [_group(count=True)]}, "invalid_count", "members[0].count"),
        ({"members": [_group(exempt="yes")]}, "not_boolean", "members[0].exempt"),
        ({"members": [_group(suspended=1)]}, "not_boolean", "members[0].suspended"),
        ({"members": [_group(note="x")]}, "unknown_key", "members[0].note"),
        (
            {"members": [_group(temporary_in=True, temporary_out=True)]},
            "conflict",
            "members[0].temporary_out",
        ),
        (
            {"members": [_group(attendance="absent", left_before_ballot=True)]},
            "conflict",
            "members[0].left_before_ballot",
        ),
    ],
)
def test_malformed_case_is_refused(case: object, code: str, field: str) -> None:
    with pytest.raises(ValidationError) as raised:
        voters_from_case(case)
    assert (raised.value.code, raised.value.field) == (code, field)
