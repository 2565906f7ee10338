"""Finding a person by what the secretary types: one rule for every picker.

Names are typed without diacritics at the door ("nguyen van hung"), so the
search folds case and marks away. Two people can then share a typed name
(Nguyễn Văn Hùng and Nguyễn Văn Hưng), and a short query ("anh") matches many.
A picker must never take one of several silently: ``search`` says which people
match and which one, if any, the query names *unambiguously*:

- the text typed is found in the name, folded, as one run or as the starts of
  its words ("thu ha", "do ha" → Đỗ Thị Thu Hà);
- a word typed *with* marks must be found with those marks ("hưng" narrows to
  Hưng and leaves Hùng out): typing the exact spelling settles a tie;
- the query names one person when exactly one matches, or when exactly one
  matching name is the whole query (folded, or exactly as typed with marks).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from secretariat.rules.collation import fold

__all__ = ["Found", "exact_form", "matches", "search"]


@lru_cache(maxsize=8192)
def exact_form(text: str) -> str:
    """Case-folded, NFC, whitespace-collapsed, marks kept ("Nguyễn  Văn" → "nguyễn văn")."""
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def _marked(word: str) -> bool:
    """Whether a typed word carries a Vietnamese mark (or đ), so its spelling counts."""
    return fold(word) != exact_form(word)


def matches(query: str, name: str) -> bool:
    """Whether ``name`` answers ``query``: the query folded is a run of the name
    folded ("thu ha" → Đỗ Thị Thu Hà), or each word typed begins a word of the
    name ("do ha" → Đỗ Thị Thu Hà; not Vi Thị Thanh Thủy); and every word typed
    with marks is in the name with those marks."""
    words = exact_form(query).split()
    if not words:
        return False
    exact = exact_form(name)
    if not all(w in exact for w in words if _marked(w)):
        return False
    folded = fold(name)
    if fold(query) in folded:
        return True
    name_words = folded.split()
    return all(any(n.startswith(fold(w)) for n in name_words) for w in words)


@dataclass(frozen=True, slots=True)
class Found:
    """What a query finds among names: the indices matching, in the order given,
    and the one it names unambiguously (None when none or several)."""

    indices: tuple[int, ...]
    unique: int | None

    @property
    def count(self) -> int:
        return len(self.indices)

    @property
    def ambiguous(self) -> bool:
        return self.unique is None and len(self.indices) > 1


def search(query: str, names: Sequence[str]) -> Found:
    """The names matching ``query`` and the one it names, if exactly one.

    A whole name typed names its person even when longer names hold it too
    ("le van nam" → Lê Văn Nam, not Lê Văn Nam Anh) — but not when two names are
    that same name without marks (Hùng / Hưng): then the marks must be typed or
    the person chosen from the list.
    """
    indices = tuple(i for i, name in enumerate(names) if matches(query, name))
    if len(indices) == 1:
        return Found(indices, indices[0])
    typed = exact_form(query)
    if any(_marked(w) for w in typed.split()):
        whole = [i for i in indices if exact_form(names[i]) == typed]
    else:
        whole = [i for i in indices if fold(names[i]) == fold(typed)]
    return Found(indices, whole[0] if len(whole) == 1 else None)
