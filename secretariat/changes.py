"""What one action changed, as the screens see it: a typed change record.

Every unit of work publishes one ``Change`` after its transaction commits: the
action's name and, per table, the keys of the rows it inserted, updated or
deleted (taken from the row images the connection captured, so no service
writes it by hand). A screen declares the tables it shows and refreshes only
when a change touches them, and only what it touched (issue #15 §2, #16).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

# One row's change: table, canonical JSON key, image before, image after.
Image = tuple[str, str, Mapping[str, Any] | None, Mapping[str, Any] | None]


@dataclass(frozen=True, slots=True)
class Change:
    """One committed action: its name and the rows it changed, table by table.

    ``rows`` maps a table name (``secretariat.models`` ``__tablename__``) to the
    canonical JSON keys (``"[12]"``) of its changed rows. An action that wrote
    nothing (a refused undo, say) has no rows but is still published.
    """

    action: str
    rows: Mapping[str, frozenset[str]] = field(default_factory=lambda: MappingProxyType({}))
    # The rows are not known (a change named only by its action): it touches everything.
    unknown: bool = False
    # The row images behind ``rows``: (table, key, before, after), each image a
    # dict of column → value, None for a row inserted (before) or deleted (after).
    images: tuple[Image, ...] = ()

    @classmethod
    def of(
        cls, action: str, changed: Iterable[tuple[str, str]], images: Iterable[Image] = ()
    ) -> Change:
        """From (table, key) pairs, and the images if known."""
        kept = tuple(images)
        by_table: dict[str, set[str]] = {}
        for table, key in [*changed, *((i[0], i[1]) for i in kept)]:
            by_table.setdefault(table, set()).add(key)
        rows = {table: frozenset(keys) for table, keys in by_table.items()}
        return cls(action, MappingProxyType(rows), images=kept)

    @property
    def tables(self) -> frozenset[str]:
        return frozenset(self.rows)

    @property
    def area(self) -> str:
        """The action's area: "attendance" for "attendance.check_in"."""
        return self.action.partition(".")[0]

    def touches(self, *tables: str) -> bool:
        """Any of ``tables`` changed (always, if the rows are not known)."""
        return self.unknown or any(table in self.rows for table in tables)

    def ids(self, table: str) -> frozenset[int]:
        """The integer primary keys changed in ``table`` (single-column keys)."""
        out: set[int] = set()
        for key in self.rows.get(table, ()):
            value = json.loads(key)
            if isinstance(value, list) and len(value) == 1 and isinstance(value[0], int):
                out.add(value[0])
        return frozenset(out)

    def values(self, table: str, column: str) -> frozenset[Any]:
        """Every value ``column`` had, before or after, in the rows changed in ``table``.

        E.g. ``values("movement", "member_id")``: whose movements changed, even
        for rows the action deleted (an undone check-in).
        """
        out: set[Any] = set()
        for name, _key, before, after in self.images:
            if name == table:
                out.update(image[column] for image in (before, after) if image and column in image)
        return frozenset(out)

    def merged(self, other: Change) -> Change:
        """Both changes as one, named after ``other`` (what a hidden screen missed)."""
        tables = self.tables | other.tables
        rows = {t: self.rows.get(t, frozenset()) | other.rows.get(t, frozenset()) for t in tables}
        unknown = self.unknown or other.unknown
        return Change(other.action, MappingProxyType(rows), unknown, self.images + other.images)
