"""A stale edit against the text generated from the data now, as HTML for the compare view."""

from __future__ import annotations

import difflib
import html
import re

DELETED_STYLE = "background:#fbd3d0; color:#8c1d18; text-decoration:line-through;"
INSERTED_STYLE = "background:#d3f0d8; color:#0f5a1e;"


def _span(text: str, style: str = "") -> str:
    escaped = html.escape(text)
    return f"<span style='{style}'>{escaped}</span>" if style and escaped else escaped


def _words_html(edited: str, generated: str) -> str:
    """One line against its regenerated line, word by word.

    A word or two in common between two changes does not split them: the
    changed run reads as one struck-out phrase followed by its replacement.
    """
    tokens_a = re.findall(r"\S+\s*|\s+", edited)
    tokens_b = re.findall(r"\S+\s*|\s+", generated)
    words_a = [t.strip() or t for t in tokens_a]  # "ca " and "ca" are the same word
    words_b = [t.strip() or t for t in tokens_b]
    matcher = difflib.SequenceMatcher(None, words_a, words_b, autojunk=False)
    merged: list[tuple[bool, list[str], list[str]]] = []
    opcodes = matcher.get_opcodes()
    for n, (op, a1, a2, b1, b2) in enumerate(opcodes):
        changed, a, b = op != "equal", tokens_a[a1:a2], tokens_b[b1:b2]
        short = not changed and len(a) <= 2 and n < len(opcodes) - 1
        if merged and merged[-1][0] and (changed or short):
            merged[-1][1].extend(a)  # a few common words inside a change join it
            merged[-1][2].extend(b)
        else:
            merged.append((changed, list(a), list(b)))
    out = []
    tail = " "  # the last character written: a word needs a space before the next
    for changed, a, b in merged:
        if not changed:
            out.append(_span("".join(a)))
            tail = "".join(a)[-1:] or tail
            continue
        if not tail.isspace() and not "".join(a + b)[:1].isspace():
            out.append(" ")
        tail = "".join(b)[-1:] or " "
        out.append(_span("".join(a).rstrip(), DELETED_STYLE))
        out.append(" " if a and b else "")
        out.append(_span("".join(b), INSERTED_STYLE))
    return "".join(out)


def compare_html(edited: str, generated: str) -> str:
    """The edit against the regenerated text (struck out in red: only yours; green: only new).

    Line by line; a changed line that has one counterpart is compared word by word.
    """
    lines_a, lines_b = edited.split("\n"), generated.split("\n")
    matcher = difflib.SequenceMatcher(None, lines_a, lines_b, autojunk=False)
    out: list[str] = []
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            out += [_span(line) for line in lines_a[a1:a2]]
        elif op == "replace" and a2 - a1 == b2 - b1:
            out += [_words_html(x, y) for x, y in zip(lines_a[a1:a2], lines_b[b1:b2], strict=True)]
        else:
            out += [_span(line, DELETED_STYLE) for line in lines_a[a1:a2]]
            out += [_span(line, INSERTED_STYLE) for line in lines_b[b1:b2]]
    return "<br>".join(out)
