"""Ballot order and Vietnamese collation (190-QĐ/TW Điều 14; docs/domain/rules.md 4.2)."""

from __future__ import annotations

import itertools
import random
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from secretariat.rules.collation import ballot_key, fold, sort_names, split_name, vi_key
from tests.core.cases import load_case_file

COLLATION = load_case_file("collation.json")
INPUT: list[str] = list(COLLATION["input"])  # type: ignore[call-overload]
EXPECTED: list[str] = list(COLLATION["expected"])  # type: ignore[call-overload]


def _shuffled(seed: int) -> list[str]:
    names = list(EXPECTED)
    random.Random(seed).shuffle(names)
    return names


@pytest.mark.parametrize(
    "names",
    [INPUT, EXPECTED, EXPECTED[::-1], *(_shuffled(seed) for seed in range(5))],
    ids=["case-input", "sorted", "reversed", *(f"shuffle-{seed}" for seed in range(5))],
)
def test_ballot_order_matches_icu_vi_190_D14(names: list[str]) -> None:
    assert sort_names(names) == EXPECTED


def test_ballot_order_of_nfd_input_matches_icu_vi_190_D14() -> None:
    decomposed = [unicodedata.normalize("NFD", name) for name in INPUT]
    expected = [unicodedata.normalize("NFD", name) for name in EXPECTED]
    assert sort_names(decomposed) == expected


def test_digraphs_are_not_letters_chau_before_cuong_190_D14() -> None:
    assert sort_names(["Cường", "Châu"]) == ["Châu", "Cường"]
    assert vi_key("Châu") < vi_key("Cường")
    assert vi_key("Chu") < vi_key("Cu")  # c-h is c then h, not one letter after c


def test_vietnamese_alphabet_order_190_D14() -> None:
    for before, after in itertools.pairwise("aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"):
        assert vi_key(before) < vi_key(after), (before, after)
        assert vi_key(before.upper()) < vi_key(after), (before, after)


def test_tones_only_break_ties_in_order_190_D14() -> None:
    toned = ["Hạ", "Há", "Hã", "Hả", "Hà", "Ha"]
    assert sorted(toned, key=vi_key) == ["Ha", "Hà", "Hả", "Hã", "Há", "Hạ"]


def test_letters_decide_before_tones_190_D14() -> None:
    assert sorted(["Hai", "Hà"], key=vi_key) == ["Hà", "Hai"]
    assert sorted(["Ân", "Ăn", "Ạn"], key=vi_key) == ["Ạn", "Ăn", "Ân"]
    assert sorted(["Hường", "Hưng", "Hương"], key=vi_key) == ["Hưng", "Hương", "Hường"]
    assert sorted(["Đa", "Dz"], key=vi_key) == ["Dz", "Đa"]


def test_first_tone_difference_in_the_string_decides() -> None:
    # Like ICU's secondary level, compared left to right over the whole string.
    assert vi_key("Haà") < vi_key("Hàa")


def test_case_breaks_ties_last_lower_first() -> None:
    assert sorted(["An", "an", "AN"], key=vi_key) == ["an", "An", "AN"]
    assert sorted(["ANH", "an"], key=vi_key) == ["an", "ANH"]
    assert sorted(["Á", "à"], key=vi_key) == ["à", "Á"]


def test_nfd_and_nfc_give_the_same_key() -> None:
    name = "Nguyễn Thị Ngọc Ặng Ưởng"
    assert vi_key(unicodedata.normalize("NFD", name)) == vi_key(name)
    # Non-canonical mark order (dot below typed after the breve) too.
    assert vi_key("a\u0306\u0323") == vi_key("ặ") == vi_key("a\u0323\u0306")


def test_cp1258_combining_tones_give_the_same_key() -> None:
    # CP1258 has "ê" precomposed and the tone as a combining mark.
    decoded = b"Nguy\xea\xden".decode("cp1258")
    assert decoded != "Nguyễn"
    assert vi_key(decoded) == vi_key("Nguyễn")
    assert fold(decoded) == "nguyen"


def test_whitespace_is_stripped_and_collapsed() -> None:
    assert vi_key("  Nguyễn \t Văn\u00a0An ") == vi_key("Nguyễn Văn An")
    assert vi_key("Lê\u200bAn") == vi_key("LêAn")  # zero-width space is ignorable


def test_space_and_punctuation_before_digits_before_letters() -> None:
    assert sorted(["ab", "a1", "a b", "a-b", "1a"], key=vi_key) == [
        "1a",
        "a b",
        "a-b",
        "a1",
        "ab",
    ]
    assert vi_key("An") < vi_key("Anh")  # a prefix comes first


def test_d_stroke_is_its_own_letter_and_eth_reads_as_d_stroke() -> None:
    assert vi_key("Dz") < vi_key("đa") < vi_key("e")
    assert vi_key("Ðạt") == vi_key("Đạt")  # U+00D0 look-alike from legacy fonts


@pytest.mark.parametrize(
    ("full_name", "parts"),
    [
        ("Nguyễn Văn An", ("Nguyễn", "Văn", "An")),
        ("Ngô Thị Thùy Dương", ("Ngô", "Thị Thùy", "Dương")),
        ("Lê An", ("Lê", "", "An")),
        ("  Lê   Văn  An ", ("Lê", "Văn", "An")),
        ("Sơn", ("", "", "Sơn")),
        ("   ", ("", "", "")),
    ],
)
def test_split_name(full_name: str, parts: tuple[str, str, str]) -> None:
    assert split_name(full_name) == parts


def test_ballot_ties_go_to_family_then_middle_then_birth_year_190_D14() -> None:
    people = [
        ("Nguyễn Văn An", None),
        ("Lê Văn An", 1980),
        ("Lê Thị An", None),
        ("Lê Văn An", 1970),
        ("Lê Văn An", None),
    ]
    ordered = sorted(people, key=lambda person: ballot_key(*person))
    assert ordered == [
        ("Lê Thị An", None),
        ("Lê Văn An", 1970),
        ("Lê Văn An", 1980),
        ("Lê Văn An", None),
        ("Nguyễn Văn An", None),
    ]


def test_one_word_name_sorts_by_that_word_190_D14() -> None:
    assert sort_names(["Lê Văn Bình", "An", "Trần Cúc"]) == ["An", "Lê Văn Bình", "Trần Cúc"]


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Nguyễn Văn Ánh", "nguyen van anh"),
        ("ĐỖ MẠNH CƯỜNG", "do manh cuong"),
        ("  Đặng   Thị\tBình ", "dang thi binh"),
        ("Nguye\u0302\u0303n", "nguyen"),
        ("Ðức", "duc"),
        ("", ""),
    ],
)
def test_fold_for_search(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_fold_of_each_expected_name_is_plain_ascii() -> None:
    for name in EXPECTED:
        assert fold(name).isascii(), name


_VIETNAMESE = st.text(
    alphabet="aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐƠƯ 0-àảãáạằẳẵắặầẩẫấậềểễếệ",
    max_size=12,
)


@given(_VIETNAMESE)
def test_key_ignores_normalisation_form(text: str) -> None:
    assert vi_key(unicodedata.normalize("NFD", text)) == vi_key(text)
    assert vi_key(unicodedata.normalize("NFC", text)) == vi_key(text)


@given(st.lists(_VIETNAMESE, max_size=8))
def test_sort_is_a_total_order(texts: list[str]) -> None:
    once = sorted(texts, key=vi_key)
    # Strings whose keys are equal ("" and " ": spaces are trimmed) may keep either
    # order; the keys themselves must come out the same whatever the input order.
    again = sorted(reversed(once), key=vi_key)
    assert [vi_key(t) for t in again] == [vi_key(t) for t in once]
    keys = [vi_key(text) for text in once]
    assert keys == sorted(keys)
