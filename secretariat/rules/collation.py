"""Vietnamese collation without Qt or ICU, agreeing with ICU's CLDR ``vi`` rules.

The ballot lists names "theo vần A, B, C" (190-QĐ/TW Điều 14, docs/domain/rules.md 4.2).
The product shows the same order in the UI through ``QCollator`` (ICU), so the
core needs a key that agrees with ICU without importing Qt. ``vi_key`` mimics
ICU's three levels:

1. primary: the base letters of the whole string, in the Vietnamese alphabet
   ``a ă â b c d đ e ê (f) g h i (j) k l m n o ô ơ p q r s t u ư v (w) x y (z)``;
   space lowest, then punctuation and symbols (in ICU's root order for ASCII),
   then digits, then letters; letters of other scripts after ``z``;
2. secondary: tones, only when every letter is equal; per letter
   none < huyền < hỏi < ngã < sắc < nặng, like ICU's secondary weights;
3. tertiary: case, lower before upper.

Digraphs (ch, kh, th, tr …) are not letters of their own: Châu < Cường.

Deliberate departures from ICU, all for names typed by hand or pasted:
surrounding whitespace is stripped and inner runs collapse to one space; the
Icelandic eth ``Ð ð`` (a look-alike some legacy fonts produce) is read as
``Đ đ``; rare marks (neither Vietnamese nor common in Latin names) rank after
the common Latin marks, by code point, instead of at their root places.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from functools import lru_cache

__all__ = ["ballot_key", "fold", "sort_names", "split_name", "vi_key"]

VKey = tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...]]
BallotKey = tuple[VKey, VKey, VKey, bool, int]

BREVE, CIRCUMFLEX, HORN = "\u0306", "\u0302", "\u031b"
GRAVE, HOOK, TILDE, ACUTE, DOT_BELOW = "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"

_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_LETTER_INDEX = {letter: index for index, letter in enumerate(_ALPHABET)}
# Marks that make a new letter rather than a tone (CLDR vi: &a<ă<â, &o<ô<ơ …).
_COMPOSED = {
    ("a", BREVE): "ă",
    ("a", CIRCUMFLEX): "â",
    ("e", CIRCUMFLEX): "ê",
    ("o", CIRCUMFLEX): "ô",
    ("o", HORN): "ơ",
    ("u", HORN): "ư",
}
# Secondary order of the marks Latin names use: CLDR vi moves the tones right
# after the grave (&̀<<̉<<̃<<́<<̣); the rest keep their root order (checked
# against ICU 73). 0 is a letter's own weight, so an unmarked letter sorts first.
_MARK_ORDER = (
    "\u0332\u0313\u0314"
    + GRAVE
    + HOOK
    + TILDE
    + ACUTE
    + DOT_BELOW
    + BREVE
    + CIRCUMFLEX
    + "\u030c\u030a\u0342\u0308\u030b\u0307\u0338\u0327\u0328\u0304"
)
_MARK_WEIGHT = {mark: index for index, mark in enumerate(_MARK_ORDER, start=1)}
_OTHER_MARK_BASE = 0x100
# ICU root order of ASCII punctuation and symbols (checked against ICU 73).
_PUNCTUATION = "_-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$"
_PUNCTUATION_INDEX = {mark: index for index, mark in enumerate(_PUNCTUATION)}
_ETH_AS_D_STROKE = str.maketrans("Ðð", "Đđ")
_D_STROKE_AS_D = str.maketrans("ĐđÐð", "dddd")

# Primary weight = group << 21 | rank; 21 bits hold any code point.
_SPACE, _PUNCT, _DIGIT, _LETTER, _OTHER_LETTER, _OTHER = range(1, 7)


def _weight(group: int, rank: int) -> int:
    return group << 21 | rank


def _split_marks(base: str, marks: str) -> tuple[str, str]:
    """Return the base letter (with its letter-forming mark) and the remaining marks.

    NFD puts a dot below before a breve or circumflex (ặ = a + ̣ + ̆), so the
    letter-forming mark may follow other marks. Like ICU's discontiguous
    contractions, it may skip only marks of a lower combining class.
    """
    skipped_class = 0
    for index, mark in enumerate(marks):
        letter = _COMPOSED.get((base, mark))
        if letter is not None and unicodedata.combining(mark) > skipped_class:
            return letter, marks[:index] + marks[index + 1 :]
        skipped_class = max(skipped_class, unicodedata.combining(mark))
    return base, marks


def _primary(char: str) -> int:
    if char in _LETTER_INDEX:
        return _weight(_LETTER, _LETTER_INDEX[char])
    if char == " ":
        return _weight(_SPACE, 0)
    if char in _PUNCTUATION_INDEX:
        return _weight(_PUNCT, _PUNCTUATION_INDEX[char])
    category = unicodedata.category(char)
    if category[0] in "PSZ":
        return _weight(_PUNCT, len(_PUNCTUATION) + ord(char))
    digit = unicodedata.digit(char, None)
    if digit is not None:
        return _weight(_DIGIT, digit)
    if category[0] == "N":
        return _weight(_DIGIT, 10 + ord(char))
    if category[0] == "L":
        return _weight(_OTHER_LETTER, ord(char))
    return _weight(_OTHER, ord(char))


def _mark_weight(mark: str) -> int:
    return _MARK_WEIGHT.get(mark, _OTHER_MARK_BASE + ord(mark))


def _clusters(text: str) -> Iterable[tuple[str, str]]:
    """Yield (base character, its combining marks); a stray mark has base ''."""
    base, marks = "", ""
    for char in text:
        if unicodedata.combining(char):
            marks += char
            continue
        if base or marks:
            yield base, marks
        base, marks = char, ""
    if base or marks:
        yield base, marks


def _ignorable(char: str) -> bool:
    # Controls, format characters (zero-width space, BOM) and the combining
    # grapheme joiner weigh nothing in ICU.
    return char == "\u034f" or unicodedata.category(char) in ("Cc", "Cf")


def _tidy(text: str) -> str:
    """Collapse whitespace and decompose, so NFC, NFD and CP1258 text agree."""
    spaced = " ".join(text.translate(_ETH_AS_D_STROKE).split())
    decomposed = unicodedata.normalize("NFD", spaced)
    return "".join(char for char in decomposed if not _ignorable(char))


@lru_cache(maxsize=8192)
def vi_key(text: str) -> VKey:
    """Sort key of one string in Vietnamese collation: (letters, tones, case).

    Each level is compared over the whole string before the next one is looked
    at, so tones and case only break ties (docs/domain/rules.md 4.2).
    """
    primary: list[int] = []
    secondary: list[int] = []
    tertiary: list[int] = []
    for base, marks in _clusters(_tidy(text)):
        first, tones, case = _cluster_weights(base, marks)
        if first is not None:
            primary.append(first)
            tertiary.append(case)
        secondary.extend(tones)
    return tuple(primary), tuple(secondary), tuple(tertiary)


@lru_cache(maxsize=4096)
def _cluster_weights(base: str, marks: str) -> tuple[int | None, tuple[int, ...], int]:
    """One character with its marks: (primary, secondaries, tertiary); a stray mark
    has no primary. A roster's names share a few hundred of them: each is weighed
    once (the first sort of 1,000 names, issue #16)."""
    if not base:
        return None, tuple(_mark_weight(mark) for mark in marks), 0
    lower = base.lower() if len(base.lower()) == 1 else base
    letter, rest = _split_marks(lower, marks)
    tones = (0, *(_mark_weight(mark) for mark in rest))
    return _primary(letter), tones, 0 if lower == base else 1


def split_name(full_name: str) -> tuple[str, str, str]:
    """Split a Vietnamese full name into (family, middle, given).

    Family (họ) is the first word, given (tên) the last, middle (tên đệm) the
    words between, joined by single spaces. A one-word name is taken as a given
    name with no family: ``("", "", word)``, so it sorts by that word on the
    ballot. An empty name gives ``("", "", "")``. The words keep their spelling
    (no normalisation besides whitespace).
    """
    words = full_name.split()
    if not words:
        return "", "", ""
    if len(words) == 1:
        return "", "", words[0]
    return words[0], " ".join(words[1:-1]), words[-1]


def ballot_key(full_name: str, birth_year: int | None = None) -> BallotKey:
    """Ballot order (190-QĐ/TW Điều 14, docs/domain/rules.md 4.2).

    Given name, then family name, then middle name(s), each in Vietnamese
    collation, then the earlier birth year; an unknown year comes last.
    """
    family, middle, given = split_name(full_name)
    unknown_year = birth_year is None
    return vi_key(given), vi_key(family), vi_key(middle), unknown_year, birth_year or 0


def sort_names(names: Iterable[str]) -> list[str]:
    """Return the full names in ballot order (without birth years)."""
    return sorted(names, key=ballot_key)


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Diacritic-less, lower-case, whitespace-collapsed form for searching.

    "Nguyễn Văn Ánh" → "nguyen van anh"; đ → d. Cached because the attendance
    search folds the whole roster on every keystroke.
    """
    decomposed = unicodedata.normalize("NFD", text.translate(_D_STROKE_AS_D))
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(bare.casefold().split())
