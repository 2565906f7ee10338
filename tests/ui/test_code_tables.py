"""The tables of code → words (refusals, election refusals, roster-import details)
are marked for translation and translated when shown: every entry reads in
Vietnamese under the Vietnamese translation, and the facts fill their places."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from secretariat.errors import ValidationError
from secretariat.rules.elections import MAX_COMMITTEE
from ui.i18n import translator
from ui.import_wizard import FIXED_DETAILS, PATTERN_DETAILS, detail_text
from ui.messages import VALIDATION_TEXTS, validation_text
from ui.tabs.election_pages.common import ELECTION_ERRORS, election_error_text


@pytest.fixture
def vietnamese(qapp: object) -> Iterator[None]:
    translator.install("vi")
    yield
    translator.install("en")


def test_every_refusal_reads_in_vietnamese(vietnamese: None) -> None:
    english = {
        code: str(source).replace("%1", "zzz").replace("%2", "x")
        for code, source in VALIDATION_TEXTS.items()
    }
    untranslated = [
        code
        for code in VALIDATION_TEXTS
        if validation_text(ValidationError(code, "zzz", "x")) == english[code]
    ]
    assert untranslated == []
    assert validation_text(ValidationError("missing", "full_name")) == (
        "Họ và tên không được để trống."
    )


def test_refusal_fills_the_field_and_the_time(qapp: object) -> None:
    text = validation_text(ValidationError("already_in", "member_id", "2026-12-07T08:05:00"))
    assert text == "Already checked in (at 08:05)."
    unknown = validation_text(ValidationError("no_such_code", "venue", "x"))
    assert unknown == "The value of Venue is not acceptable."


def test_every_election_refusal_reads_in_vietnamese(vietnamese: None) -> None:
    facts = {"above_max": str(MAX_COMMITTEE)}
    untranslated = [
        code
        for code, source in ELECTION_ERRORS.items()
        if election_error_text(ValidationError(code, "round_id", 7))
        == str(source).replace("%1", facts.get(code, "7"))
    ]
    assert untranslated == []


def test_election_refusals_fill_their_facts(qapp: object) -> None:
    over = election_error_text(ValidationError("above_voters_present", "issued", 31))
    assert over == "Refused: 31 ballots is more than the full members present now."
    cap = election_error_text(ValidationError("above_max", "seats", 99))
    assert cap == f"A cell committee has at most {MAX_COMMITTEE} members (294-QĐ/TW mục 22)."
    blocker = election_error_text(ValidationError("no_ballots", "round_id", 1))
    assert blocker and "%" not in blocker


def test_every_import_detail_reads_in_vietnamese(vietnamese: None) -> None:
    fixed = [key for key, source in FIXED_DETAILS.items() if detail_text(key) == str(source)]
    assert fixed == []
    samples = {
        r"same party card number as row (\d+)": "same party card number as row 4",
        r"year outside (\d+)\.\.(\d+)": "year outside 1900..2100",
    }
    for pattern, detail in samples.items():
        assert pattern in PATTERN_DETAILS
        assert detail_text(detail) != str(PATTERN_DETAILS[pattern])
        assert "%" not in detail_text(detail)


def test_import_details_fill_their_groups_and_keep_unknown_ones(qapp: object) -> None:
    assert detail_text("year outside 1900..2100") == "the year must be between 1900 and 2100"
    assert detail_text("the footer says 30 total, the list holds 29") == (
        "the total under the list is 30, but the list holds 29"
    )
    assert detail_text("something new") == "something new"
