"""Text as the secretary enters it (typed, imported, restored from an archive).

One form for one name: NFC, so a name typed with combining accents (NFD, as macOS
and some keyboards give) and the same name typed precomposed are one string; and
nothing invisible: controls, format marks (zero-width spaces and joiners,
bidirectional overrides, the BOM, the soft hyphen), private-use and unassigned
code points and lone surrogates are refused rather than silently dropped from the
documents (issue 17 §3). Pure functions; no database, no Qt.
"""

from __future__ import annotations

import unicodedata

from secretariat.errors import ValidationError

_REFUSED_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn"})
_LINE_BREAKS = frozenset("\n\r\t")


def bad_character(text: str, *, multiline: bool = False) -> str | None:
    """The first refused character of ``text`` as "U+200B", or None."""
    for char in text:
        if multiline and char in _LINE_BREAKS:
            continue
        if unicodedata.category(char) in _REFUSED_CATEGORIES:
            return f"U+{ord(char):04X}"
    return None


def clean_text(text: str, field: str, *, multiline: bool = False) -> str:
    """NFC, stripped; refused (``bad_character``) when it holds an invisible character.

    Every entry path (the dialogs, the roster import, the JSON archive) goes through
    here, so a name typed with combining accents (NFD, as macOS and some keyboards
    give) and the same name typed precomposed are stored as one string.
    """
    found = bad_character(text, multiline=True)
    if found is not None:
        raise ValidationError("bad_character", field, found)
    if not multiline:
        text = " ".join(text.split())  # tabs and line breaks in a name are spaces
    return unicodedata.normalize("NFC", text).strip()
