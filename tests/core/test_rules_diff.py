"""Word-level comparison of resolution versions (rules/diff.py)."""

from __future__ import annotations

import unicodedata

import pytest

from secretariat.rules.diff import Run, diff_words, side, tokens


def test_tokens_are_words_punctuation_and_spaces_joined_back_exactly() -> None:
    text = "100% đảng viên hoàn thành tốt nhiệm vụ; 12,5% chiến sĩ thi đua."
    assert "".join(tokens(text)) == text
    assert tokens("tốt, 12,5%") == ["tốt", ",", " ", "12,5", "%"]


def test_vietnamese_words_keep_their_diacritics_even_decomposed() -> None:
    decomposed = unicodedata.normalize("NFD", "nhiệm vụ xuất sắc")
    assert tokens(decomposed) == ["nhiệm", " ", "vụ", " ", "xuất", " ", "sắc"]


def test_a_changed_figure_is_one_word_changed() -> None:
    a = "100% đảng viên hoàn thành tốt nhiệm vụ, 20% hoàn thành xuất sắc nhiệm vụ"
    b = "100% đảng viên hoàn thành tốt nhiệm vụ, 25% hoàn thành xuất sắc nhiệm vụ trở lên"
    runs = diff_words(a, b)
    assert [r for r in runs if r.op != "equal"] == [
        Run("delete", "20"),
        Run("insert", "25"),
        Run("insert", " trở lên"),
    ]
    assert side(runs, "a") == a and side(runs, "b") == b


def test_words_differing_only_by_a_tone_mark_are_different_words() -> None:
    runs = diff_words("hoàn thành tốt nhiệm vụ", "hoàn thành tột nhiệm vụ")
    assert [r for r in runs if r.op != "equal"] == [Run("delete", "tốt"), Run("insert", "tột")]


def test_a_replaced_phrase_reads_as_one_deletion_then_one_insertion() -> None:
    runs = diff_words("chi bộ trong sạch vững mạnh", "chi bộ hoàn thành tốt vững mạnh")
    assert runs == (
        Run("equal", "chi bộ "),
        Run("delete", "trong sạch"),
        Run("insert", "hoàn thành tốt"),
        Run("equal", " vững mạnh"),
    )


@pytest.mark.parametrize(
    ("a", "b"),
    [("", "Điểm mới"), ("Điểm bỏ", ""), ("", ""), ("Giữ nguyên.", "Giữ nguyên.")],
)
def test_both_sides_are_given_back(a: str, b: str) -> None:
    runs = diff_words(a, b)
    assert side(runs, "a") == a and side(runs, "b") == b
    assert all(r.text for r in runs)
