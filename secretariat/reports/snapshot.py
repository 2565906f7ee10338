"""One read transaction for a whole document.

A builder asks a dozen services for their rows and each opens its own read
transaction: 10–20 per document, and a check-in at the door between two of them
could make the attendance section disagree with the counts. ``snapshot`` opens
one read transaction and hands the builder a store whose every ``read()`` is
that transaction, so a document is one consistent picture of the file (SQLite
WAL keeps it while the door goes on writing).

The snapshot shares the open store's engines and settings; it is only for
reading (a builder never writes) and lives no longer than the ``with`` block.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.orm import Session as OrmSession

from secretariat.store import Store


class SnapshotStore(Store):
    """The open store, read through one transaction."""

    # No Store.__init__: this is a view of an already open store, not a new file.
    def __init__(self, store: Store, session: OrmSession) -> None:
        self.__dict__.update(vars(store))
        self._snapshot = session

    @contextmanager
    def read(self) -> Iterator[OrmSession]:
        yield self._snapshot

    def close(self) -> None:
        """Nothing to close: the store this views stays open."""


@contextmanager
def snapshot(store: Store) -> Iterator[Store]:
    """``store`` as one consistent read; a snapshot of a snapshot is itself."""
    if isinstance(store, SnapshotStore):
        yield store
        return
    with store.read() as session:
        yield SnapshotStore(store, session)
