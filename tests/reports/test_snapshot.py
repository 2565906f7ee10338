"""A document reads the file through one read transaction: one consistent picture."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import event

from secretariat.reports import catalog
from secretariat.reports.snapshot import snapshot
from secretariat.rules import eligibility
from secretariat.services import attendance, congress, roster
from secretariat.store import Store


def _count_reads(store: Store) -> list[int]:
    begun = [0]
    engine = store._read_engine
    assert engine is not None

    @event.listens_for(engine, "begin")
    def _begin(_conn: object) -> None:
        begun[0] += 1

    return begun


def test_every_document_is_checked_and_built_in_one_read_transaction(
    demo_store: Store, tmp_path: Path
) -> None:
    begun = _count_reads(demo_store)
    for spec in catalog.available(demo_store):
        begun[0] = 0
        catalog.check(demo_store, spec.name)
        assert begun[0] == 1, spec.name
        if spec.name == "delegate_cards":
            continue  # a deck of cards, written the same way; slow to lay out
        begun[0] = 0
        fmt = catalog.PDF if catalog.PDF in spec.formats else spec.formats[0]
        catalog.export(demo_store, spec.name, fmt, tmp_path / f"{spec.name}.{fmt}")
        assert begun[0] == 1, spec.name


def test_a_check_in_during_a_build_does_not_reach_the_document(demo_store: Store) -> None:
    session = congress.list_sessions(demo_store)[0]
    marks = attendance.session_attendance(demo_store, session.id)
    called = [m for m in roster.list_members(demo_store) if eligibility.summoned(m)]
    late = next(m.id for m in called if m.id not in marks)
    with snapshot(demo_store) as view:
        before = attendance.counters(view)
        attendance.check_in(demo_store, session.id, late)  # at the door, meanwhile
        assert attendance.counters(view) == before  # the document's picture holds
        with snapshot(view) as same:
            assert same is view
    assert attendance.counters(demo_store).present == before.present + 1
