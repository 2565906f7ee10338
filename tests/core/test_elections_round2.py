"""Elections II through the services: settings, alternates, passes, totals, new fields.

190-QĐ/TW Điều 14, 15, 18 and 30; docs/domain/rules.md 4.1–4.6. On the demo congress at
``AT``: majority base 24, 23 full members in the hall.
"""

from __future__ import annotations

from typing import Any

import pytest

from secretariat.errors import ValidationError
from secretariat.rules.ballots import TOO_MANY, BallotForm
from secretariat.services import elections, settings
from secretariat.services.elections import EntryMode, Target
from secretariat.services.elections import totals as totals_entry
from secretariat.store import Store
from tests.core.cases import load_case_file
from tests.core.test_elections_service import (
    AT,
    CANDIDATES,
    TELLERS,
    committee_round,
    congress_file,
    ids,
)

__all__ = ["congress_file"]  # the fixture, shared with test_elections_service
CASES: list[dict[str, Any]] = load_case_file("elections.json")["cases"]  # type: ignore[assignment]


@pytest.fixture
def store(any_store: Store) -> Store:
    """These tests run on a congress file and on a PostgreSQL server (issue #20)."""
    return any_store


def test_new_election_fields_and_alternates_only_for_delegates_190_D18(
    congress_file: Store,
) -> None:
    store = congress_file
    committee = elections.create_election(store, Target.COMMITTEE, "Bầu Chi ủy", 5)
    assert (committee.alternates, committee.list_vote_id, committee.appointed_member_id) == (
        0,
        None,
        None,
    )
    assert (committee.ratified_on, committee.ratified_note, committee.appointed_note) == (
        None,
        "",
        "",
    )
    with pytest.raises(ValidationError) as err:
        elections.create_election(store, Target.COMMITTEE, "Bầu Chi ủy", 5, alternates=1)
    assert err.value.code == "alternates_not_allowed"
    delegates = elections.create_election(
        store, Target.DELEGATE, "Bầu đại biểu dự Đại hội Đảng bộ", 2, alternates=1
    )
    assert delegates.alternates == 1
    assert elections.get_election(store, delegates.id) == delegates
    opened = elections.open_round(
        store, delegates.id, ids(store, *CANDIDATES[:4]), ids(store, *TELLERS), at=AT
    )
    # One list for delegates and alternates: a ballot may choose 2 + 1 names.
    assert (opened.seats, opened.alternates, opened.limit) == (2, 1, 3)
    assert opened.form is BallotForm.SURPLUS and opened.reason is None
    elections.start_ballot(store, opened.id, 23, at=AT)
    ha, hang, khai, nam = ids(store, *CANDIDATES[:4])
    assert elections.enter_ballot(store, opened.id, chosen=[ha, hang, khai]).row.valid
    four = elections.enter_ballot(store, opened.id, chosen=[ha, hang, khai, nam])
    assert four.classified.reason == TOO_MANY


def test_surplus_cap_comes_from_the_settings_190_D14(congress_file: Store) -> None:
    store = congress_file
    tellers = ids(store, *TELLERS)
    assert settings.get(store, "elections.surplus_cap_percent") == 30
    assert settings.get(store, "elections.small_body_extra") == 1
    five = elections.create_election(store, Target.COMMITTEE, "Bầu Chi ủy", 5)
    with pytest.raises(ValidationError) as err:  # 5 seats + 1 (30 % of 5) < 7 names
        elections.open_round(store, five.id, ids(store, *CANDIDATES), tellers, at=AT)
    assert err.value.code == "above_cap"
    settings.set_value(store, "elections.surplus_cap_percent", 40)  # 40 % of 5 = 2
    opened = elections.open_round(store, five.id, ids(store, *CANDIDATES), tellers, at=AT)
    assert opened.warnings == ()
    # Bodies of 3–5 seats: one extra name by default even above 30 %; a setting.
    three = elections.create_election(store, Target.COMMITTEE, "Bầu Chi ủy", 3)
    settings.set_value(store, "elections.surplus_cap_percent", 30)
    settings.set_value(store, "elections.small_body_extra", 0)
    with pytest.raises(ValidationError) as err:
        elections.open_round(store, three.id, ids(store, *CANDIDATES[:4]), tellers, at=AT)
    assert err.value.code == "above_cap"
    # The cap applies to committee lists only.
    delegates = elections.create_election(store, Target.DELEGATE, "Bầu đại biểu", 3)
    opened = elections.open_round(store, delegates.id, ids(store, *CANDIDATES), tellers, at=AT)
    assert opened.warnings == ()
    with pytest.raises(ValidationError):
        settings.set_value(store, "elections.surplus_cap_percent", -1)
    with pytest.raises(ValidationError):
        settings.set_value(store, "elections.alternate_rule", "by_age")


def test_single_unmarked_default_comes_from_the_setting_rules_4_4(congress_file: Store) -> None:
    store = congress_file
    tellers = ids(store, *TELLERS)
    (khai,) = ids(store, "Lê Đình Khải")
    first = elections.create_election(store, Target.CELL_SECRETARY, "Bầu Bí thư", 1)
    assert elections.open_round(store, first.id, [khai], tellers, at=AT).single_unmarked_invalid
    settings.set_value(store, "elections.single_unmarked_invalid", False)
    second = elections.create_election(store, Target.CELL_SECRETARY, "Bầu Bí thư", 1)
    opened = elections.open_round(store, second.id, [khai], tellers, at=AT)
    assert not opened.single_unmarked_invalid
    elections.start_ballot(store, opened.id, 23, at=AT)
    unmarked = elections.enter_ballot(store, opened.id, marks={})
    assert unmarked.row.valid and unmarked.classified.votes == frozenset()


def test_second_pass_papers_are_kept_apart_and_never_counted(congress_file: Store) -> None:
    store = congress_file
    opened = committee_round(store)
    elections.start_ballot(store, opened.id, 23, at=AT)
    khai, nam = ids(store, "Lê Đình Khải", "Lê Văn Nam")
    first = elections.enter_ballot(store, opened.id, chosen=[khai])
    second = elections.enter_ballot(store, opened.id, chosen=[khai, nam], pass_no=2)
    # Each pass has its own serials, from 1.
    assert (first.row.serial, first.row.pass_no) == (1, 1)
    assert (second.row.serial, second.row.pass_no) == (1, 2)
    assert elections.list_ballots(store, opened.id) == [first.row]
    assert elections.list_ballots(store, opened.id, pass_no=2) == [second.row]
    result = elections.count(store, opened.id)
    assert result.collected == 1 and result.votes[str(nam)] == 0
    with pytest.raises(ValidationError) as err:
        elections.enter_ballot(store, opened.id, chosen=[khai], pass_no=3)
    assert err.value.code == "unknown_value"


@pytest.mark.parametrize("case_id", ["E2", "E5", "E6"])
def test_totals_cases_through_the_totals_entry_rules_4_6(case_id: str, store: Store) -> None:
    from secretariat.count_case import as_expected, count_in_store

    case = next(c for c in CASES if c["id"] == case_id)
    result, names = count_in_store(store, case)
    (election,) = elections.list_elections(store)
    (rnd,) = elections.list_rounds(store, election.id)
    assert rnd.entry_mode is EntryMode.TOTALS and rnd.totals is not None
    assert rnd.totals.collected == case["totals"]["collected"]
    assert rnd.totals.valid == case["totals"]["valid"]
    out = as_expected(result, names)
    for key, value in case["expected"].items():
        assert out[key] == value


def test_totals_entry_checks_and_undo_rules_4_6(congress_file: Store) -> None:
    store = congress_file
    opened = committee_round(store)
    people = [c.member_id for c in opened.candidates]
    votes = dict.fromkeys(people, 10)
    with pytest.raises(ValidationError) as err:
        totals_entry.enter_totals(store, opened.id, collected=20, invalid_reasons={}, votes=votes)
    assert err.value.code == "not_started"
    _, started = elections.start_ballot(store, opened.id, 23, at=AT)

    def refused(**kw: Any) -> str:
        args: dict[str, Any] = {"collected": 20, "invalid_reasons": {}, "votes": votes} | kw
        with pytest.raises(ValidationError) as err:
            totals_entry.enter_totals(store, opened.id, **args)
        return err.value.code

    assert refused(collected=24) == "above_issued"
    assert refused(votes={**votes, people[0]: 21}) == "above_valid"
    assert refused(invalid_reasons={"too_many": 2}, votes={**votes, people[0]: 19}) == (
        "above_valid"
    )
    # 20 valid papers choose at most 5 × 20 = 100 names: 7 × 15 = 105 is impossible.
    assert refused(votes=dict.fromkeys(people, 15)) == "above_seats_per_ballot"
    assert refused(invalid_reasons={"bribe": 1}) == "unknown_reason"
    assert refused(votes={people[0]: 1}) == "missing"
    assert elections.get_round(store, opened.id) == started  # nothing written

    before, after = totals_entry.enter_totals(
        store, opened.id, collected=22, invalid_reasons={"too_many": 1}, votes=votes
    )
    assert before == started and after.entry_mode is EntryMode.TOTALS
    result = elections.count(store, opened.id)
    assert (result.collected, result.valid, result.invalid) == (22, 21, 1)
    assert result.invalid_reasons == {"too_many": 1}
    with pytest.raises(ValidationError) as err:
        elections.enter_ballot(store, opened.id, chosen=people[:1])
    assert err.value.code == "totals_entered"
    with pytest.raises(ValidationError) as err:  # the round is no longer empty
        elections.remove_round(store, opened.id)
    assert err.value.code == "totals_entered"
    # Undo puts the round back exactly.
    cleared_before, cleared = totals_entry.clear_totals(store, opened.id)
    assert cleared_before == after and cleared == started
    elections.enter_ballot(store, opened.id, chosen=people[:1])
    assert refused() == "ballots_entered"
