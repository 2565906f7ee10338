"""The one rule every picker uses to find a person by what is typed (issue #19 §1)."""

from __future__ import annotations

from secretariat.rules.name_search import matches, search

ROSTER = [
    "Phạm Đức Anh",
    "Dương Thị Ngọc Ánh",
    "Nguyễn Văn Hùng",
    "Nguyễn Văn Hưng",
    "Bùi Thị Thanh Nga",
    "Lê Văn Nam",
    "Lê Văn Nam Anh",
    "Đỗ Thị Thu Hà",
]


def names(found_indices: tuple[int, ...]) -> list[str]:
    return [ROSTER[i] for i in found_indices]


def test_words_typed_without_marks_match_in_any_order_of_the_name() -> None:
    assert matches("thu ha", "Đỗ Thị Thu Hà")
    assert matches("do ha", "Đỗ Thị Thu Hà")
    assert not matches("thu hai", "Đỗ Thị Thu Hà")
    assert not matches("", "Đỗ Thị Thu Hà")


def test_a_short_query_matching_several_names_none() -> None:
    found = search("anh", ROSTER)
    assert names(found.indices) == [
        "Phạm Đức Anh",
        "Dương Thị Ngọc Ánh",
        "Bùi Thị Thanh Nga",
        "Lê Văn Nam Anh",
    ]
    assert found.unique is None and found.ambiguous


def test_names_equal_without_marks_are_never_taken_silently() -> None:
    found = search("nguyen van hung", ROSTER)
    assert names(found.indices) == ["Nguyễn Văn Hùng", "Nguyễn Văn Hưng"]
    assert found.unique is None and found.count == 2


def test_typing_the_marks_narrows_to_the_exact_spelling() -> None:
    assert names(search("nguyen van hưng", ROSTER).indices) == ["Nguyễn Văn Hưng"]
    assert search("Nguyễn Văn Hùng", ROSTER).unique == ROSTER.index("Nguyễn Văn Hùng")
    assert search("hưng", ROSTER).unique == ROSTER.index("Nguyễn Văn Hưng")
    assert search("ánh", ROSTER).unique == ROSTER.index("Dương Thị Ngọc Ánh")


def test_a_whole_name_typed_names_its_person_among_longer_names() -> None:
    found = search("le van nam", ROSTER)
    assert names(found.indices) == ["Lê Văn Nam", "Lê Văn Nam Anh"]
    assert found.unique == ROSTER.index("Lê Văn Nam") and not found.ambiguous


def test_one_match_is_unique_and_none_is_not_ambiguous() -> None:
    assert search("thu ha", ROSTER).unique == ROSTER.index("Đỗ Thị Thu Hà")
    nobody = search("xyz", ROSTER)
    assert nobody.indices == () and nobody.unique is None and not nobody.ambiguous
