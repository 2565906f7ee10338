"""Word-level comparison of two texts, for versions of the resolution side by side.

Tokens are words, single punctuation marks and runs of white space, so joining
the tokens gives the text back exactly. The texts are normalised to NFC first
and a word keeps any combining marks, so a Vietnamese word ("nhiệm", "hoàn")
is never split between its letters and its diacritics. The comparison itself
is difflib's (Ratcliff–Obershelp), without its junk heuristic so that common
words still match.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher

EQUAL = "equal"
INSERT = "insert"
DELETE = "delete"

# A word: letters, digits and combining marks, with inner "." "," (12,5 1.000)
# kept whole; else one run of white space; else one other character.
_TOKEN = re.compile(r"(?:[^\W_]|[\u0300-\u036f])+(?:[.,](?:[^\W_])+)*|\s+|.", re.DOTALL)


@dataclass(frozen=True, slots=True)
class Run:
    """A stretch of text that is the same in both (equal) or only in one side."""

    op: str  # "equal", "insert" (only in b) or "delete" (only in a)
    text: str


def tokens(text: str) -> list[str]:
    """Words, punctuation and white space of ``text`` (NFC), joined back exactly."""
    return _TOKEN.findall(unicodedata.normalize("NFC", text))


def _append(runs: list[Run], op: str, text: str) -> None:
    if not text:
        return
    if runs and runs[-1].op == op:
        runs[-1] = Run(op, runs[-1].text + text)
    else:
        runs.append(Run(op, text))


def diff_words(a: str, b: str) -> tuple[Run, ...]:
    """The runs that turn ``a`` into ``b``: equal, delete (from a), insert (into b).

    Equal and delete runs joined give ``a``; equal and insert runs give ``b``.
    Where a change is a replacement the deletion comes before the insertion.
    """
    ta, tb = tokens(a), tokens(b)
    runs: list[Run] = []
    matcher = SequenceMatcher(None, ta, tb, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            _append(runs, EQUAL, "".join(ta[i1:i2]))
            continue
        _append(runs, DELETE, "".join(ta[i1:i2]))
        _append(runs, INSERT, "".join(tb[j1:j2]))
    return tuple(_tidy(runs))


def _tidy(runs: list[Run]) -> list[Run]:
    """Fold a lone space between two changes into them, so "a b" → "c d" reads
    as one replacement instead of three."""
    out: list[Run] = []
    for n, run in enumerate(runs):
        changed_around = 0 < n < len(runs) - 1 and EQUAL not in (runs[n - 1].op, runs[n + 1].op)
        if run.op == EQUAL and changed_around and run.text.isspace():
            _append(out, DELETE, run.text)
            _append(out, INSERT, run.text)
            continue
        _append(out, run.op, run.text)
    return _regroup(out)


def _regroup(runs: list[Run]) -> list[Run]:
    """Within each stretch of changes put all deletions before all insertions."""
    out: list[Run] = []
    pending: dict[str, str] = {DELETE: "", INSERT: ""}
    for run in runs:
        if run.op == EQUAL:
            _append(out, DELETE, pending[DELETE])
            _append(out, INSERT, pending[INSERT])
            pending = {DELETE: "", INSERT: ""}
            _append(out, EQUAL, run.text)
        else:
            pending[run.op] += run.text
    _append(out, DELETE, pending[DELETE])
    _append(out, INSERT, pending[INSERT])
    return out


def side(runs: tuple[Run, ...], which: str) -> str:
    """The text of one side: "a" (equal + delete) or "b" (equal + insert)."""
    keep = DELETE if which == "a" else INSERT
    return "".join(r.text for r in runs if r.op in (EQUAL, keep))
