"""Validity of one ballot paper.

190-QĐ/TW Điều 15 khoản 2 and Điều 30 khoản 1; 244-QĐ/TW Điều 17; docs/domain/rules.md 4.3–4.4.
"""

from __future__ import annotations

import pytest

from secretariat.errors import ValidationError
from secretariat.rules.ballots import (
    DEFAULT_REASONS,
    OTHER,
    Ballot,
    BallotForm,
    Classified,
    InvalidReason,
    Mark,
    classify,
    other_reason_code,
    with_reasons,
)

SURPLUS, NO_SURPLUS = BallotForm.SURPLUS, BallotForm.NO_SURPLUS
AGREE, DISAGREE, BOTH, NONE = Mark.AGREE, Mark.DISAGREE, Mark.BOTH, Mark.NONE
FOUR = ("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung")
AN, BINH, CUONG, DUNG = FOUR
ONE = ("Lê Thị Hạnh",)
TWO = ("Hoàng Văn Long", "Vũ Thị Mai")


def _surplus(*chosen: str, **flags: bool) -> Ballot:
    return Ballot(SURPLUS, chosen=frozenset(chosen), **flags)  # type: ignore[arg-type]


def _invalid(reason: str) -> Classified:
    return Classified(valid=False, reason=reason, votes=frozenset())


def test_default_reasons_are_data_190_D15_k2() -> None:
    assert list(DEFAULT_REASONS) == [
        "not_issued",
        "too_many",
        "none_chosen",
        "single_both_marked",
        "single_unmarked",
        "write_in",
        "identifying_mark",
        "other",
    ]
    assert DEFAULT_REASONS["too_many"] == InvalidReason(
        "too_many", "Phiếu bầu quá số lượng cần bầu"
    )
    with pytest.raises(TypeError):
        DEFAULT_REASONS["x"] = InvalidReason("x", "x")  # type: ignore[index]


def test_surplus_ballot_choosing_seats_or_fewer_is_valid_190_D15_k2() -> None:
    assert classify(_surplus(AN, BINH, CUONG), FOUR, 3) == Classified(
        True, None, frozenset({AN, BINH, CUONG})
    )
    assert classify(_surplus(DUNG), FOUR, 3) == Classified(True, None, frozenset({DUNG}))


def test_not_issued_is_invalid_190_D15_k2() -> None:
    assert classify(_surplus(AN, not_issued=True), FOUR, 3) == _invalid("not_issued")


def test_too_many_is_invalid_190_D15_k2() -> None:
    assert classify(_surplus(*FOUR), FOUR, 3) == _invalid("too_many")


def test_none_chosen_on_a_surplus_list_is_invalid_190_D15_k2() -> None:
    assert classify(_surplus(), FOUR, 3) == _invalid("none_chosen")


def test_write_in_is_invalid_190_D15_k2() -> None:
    assert classify(_surplus(AN, write_in=True), FOUR, 3) == _invalid("write_in")


def test_identifying_mark_is_invalid_190_D15_k2() -> None:
    assert classify(_surplus(AN, identifying_mark=True), FOUR, 3) == _invalid("identifying_mark")


def test_paper_flags_come_before_the_count_of_names_190_D15_k2() -> None:
    assert classify(_surplus(*FOUR, not_issued=True), FOUR, 3).reason == "not_issued"
    assert classify(_surplus(*FOUR, identifying_mark=True), FOUR, 3).reason == "identifying_mark"
    assert classify(_surplus(write_in=True), FOUR, 3).reason == "write_in"
    both = _surplus(AN, not_issued=True, identifying_mark=True, write_in=True)
    assert classify(both, FOUR, 3).reason == "not_issued"


def test_single_both_marked_is_invalid_190_D15_k2() -> None:
    ballot = Ballot(NO_SURPLUS, marks={ONE[0]: BOTH})
    assert classify(ballot, ONE, 1) == _invalid("single_both_marked")


def test_single_unmarked_is_invalid_by_default_setting_rules_4_4() -> None:
    for ballot in (Ballot(NO_SURPLUS, marks={ONE[0]: NONE}), Ballot(NO_SURPLUS, marks={})):
        assert classify(ballot, ONE, 1) == _invalid("single_unmarked")
        assert classify(ballot, ONE, 1, single_unmarked_invalid=False) == Classified(
            True, None, frozenset()
        )


def test_single_agree_and_disagree_are_valid_190_D15_k2() -> None:
    agree = classify(Ballot(NO_SURPLUS, marks={ONE[0]: AGREE}), ONE, 1)
    assert agree == Classified(True, None, frozenset(ONE))
    disagree = classify(Ballot(NO_SURPLUS, marks={ONE[0]: DISAGREE}), ONE, 1)
    assert disagree == Classified(True, None, frozenset())


def test_no_surplus_several_names_voids_only_that_mark_190_D30_k1() -> None:
    long, mai = TWO
    both = classify(Ballot(NO_SURPLUS, marks={long: BOTH, mai: AGREE}), TWO, 2)
    assert both == Classified(True, None, frozenset({mai}))
    none = classify(Ballot(NO_SURPLUS, marks={long: AGREE, mai: NONE}), TWO, 2)
    assert none == Classified(True, None, frozenset({long}))
    missing = classify(Ballot(NO_SURPLUS, marks={long: AGREE}), TWO, 2)
    assert missing == Classified(True, None, frozenset({long}))
    all_void = classify(Ballot(NO_SURPLUS, marks={long: BOTH, mai: NONE}), TWO, 2)
    assert all_void == Classified(True, None, frozenset())


def test_no_surplus_flags_still_invalidate_190_D15_k2() -> None:
    ballot = Ballot(NO_SURPLUS, marks={TWO[0]: AGREE}, identifying_mark=True)
    assert classify(ballot, TWO, 2) == _invalid("identifying_mark")


def test_no_surplus_too_many_agrees_is_invalid_190_D15_k2() -> None:
    ballot = Ballot(NO_SURPLUS, marks={AN: AGREE, BINH: AGREE, CUONG: AGREE, DUNG: AGREE})
    assert classify(ballot, FOUR, 3) == _invalid("too_many")


def test_unknown_candidate_is_an_entry_error_not_a_flag() -> None:
    with pytest.raises(ValidationError) as raised:
        classify(_surplus(AN, "Người Lạ"), FOUR, 3)
    assert (raised.value.code, raised.value.field, raised.value.value) == (
        "unknown_candidate",
        "chosen",
        "Người Lạ",
    )
    with pytest.raises(ValidationError) as raised:
        classify(Ballot(NO_SURPLUS, marks={"Người Lạ": AGREE}), ONE, 1)
    assert raised.value.field == "marks"


def test_ballot_rejects_the_other_forms_fields() -> None:
    with pytest.raises(ValidationError) as raised:
        Ballot(SURPLUS, chosen=frozenset({AN}), marks={AN: AGREE})
    assert (raised.value.code, raised.value.field) == ("conflict", "marks")
    with pytest.raises(ValidationError) as raised:
        Ballot(NO_SURPLUS, chosen=frozenset({AN}))
    assert raised.value.field == "chosen"
    with pytest.raises(ValidationError) as raised:
        Ballot(NO_SURPLUS, marks={AN: "maybe"})  # type: ignore[dict-item]
    assert raised.value.code == "unknown_value"


def test_ballot_reads_plain_strings_and_is_immutable() -> None:
    ballot = Ballot("no_surplus", marks={AN: "agree"})  # type: ignore[arg-type, dict-item]
    assert ballot.form is NO_SURPLUS
    assert ballot.marks == {AN: AGREE}
    with pytest.raises(TypeError):
        ballot.marks[AN] = DISAGREE  # type: ignore[index]
    assert hash(ballot) == hash(Ballot(NO_SURPLUS, marks={AN: AGREE}))
    assert Ballot(SURPLUS).chosen == frozenset()


def test_list_is_checked() -> None:
    with pytest.raises(ValidationError) as raised:
        classify(_surplus(AN), (AN, AN), 1)
    assert raised.value.code == "duplicate"
    with pytest.raises(ValidationError) as raised:
        classify(_surplus(AN), FOUR, 0)
    assert raised.value.field == "seats"
    with pytest.raises(ValidationError):
        classify(_surplus(), (), 1)


def test_administrator_adds_a_reason_190_D15_k2() -> None:
    extra = InvalidReason("torn", "Phiếu rách")
    registry = with_reasons([extra])
    assert list(registry)[-1] == "torn"
    assert "torn" not in DEFAULT_REASONS
    ballot = _surplus(AN, other_reason="torn")  # type: ignore[arg-type]
    assert classify(ballot, FOUR, 3, reasons=registry) == _invalid("torn")
    # Not registered: the same word is the tellers' own, counted as another reason.
    assert classify(ballot, FOUR, 3) == _invalid(OTHER)
    with pytest.raises(ValidationError) as raised:
        with_reasons([InvalidReason("too_many", "again")])
    assert raised.value.code == "duplicate_reason"
    with pytest.raises(ValidationError):
        with_reasons([InvalidReason("blank", " ")])


def test_other_reason_in_the_tellers_words_190_D15_k2() -> None:
    """190-QĐ/TW Điều 15 khoản 2 added a case we could not read: a paper the
    tellers hold invalid for a reason no code names is recorded in their words
    and counted under "other" (docs/domain/rules.md 4.4)."""
    assert DEFAULT_REASONS[OTHER].label_vi == "Phiếu không hợp lệ vì lý do khác"
    words = "Phiếu bị rách mất một góc"
    torn = _surplus(AN, BINH, other_reason=words)  # type: ignore[arg-type]
    assert classify(torn, FOUR, 3) == _invalid(OTHER)
    assert torn.other_reason == words  # the words stay on the paper
    on_a_single = Ballot(NO_SURPLUS, marks={ONE[0]: AGREE}, other_reason=words)
    assert classify(on_a_single, ONE, 1) == _invalid(OTHER)
    # A paper flag named by the rules comes first; a registered code is itself.
    flagged = _surplus(AN, not_issued=True, other_reason=words)  # type: ignore[arg-type]
    assert classify(flagged, FOUR, 3) == _invalid("not_issued")
    assert other_reason_code("write_in") == "write_in"
    assert other_reason_code(words) == OTHER
    for blank in ("", "   "):
        with pytest.raises(ValidationError) as raised:
            classify(_surplus(AN, other_reason=blank), FOUR, 3)  # type: ignore[arg-type]
        assert raised.value.code == "missing"
    # A registry without "other" takes only its codes.
    strict = {code: r for code, r in DEFAULT_REASONS.items() if code != OTHER}
    with pytest.raises(ValidationError) as raised:
        classify(torn, FOUR, 3, reasons=strict)
    assert raised.value.code == "unknown_reason"
