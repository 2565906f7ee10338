"""The cycle collector is held while the program starts and set going once it works."""

from __future__ import annotations

import gc
import weakref

import pytest

from ui import collector


class Node:
    next: object = None


@pytest.mark.usefixtures("restored")
def test_held_during_the_start_then_going_without_the_starts_objects() -> None:
    collector.hold()
    assert not gc.isenabled()
    made = [[n] for n in range(1000)]  # the start's objects, kept
    collector.settle()
    assert gc.isenabled()
    assert gc.get_freeze_count() >= len(made)  # out of every later collection


@pytest.mark.usefixtures("restored")
def test_a_screen_built_is_set_aside_and_its_garbage_collected_first() -> None:
    collector.hold()
    collector.settle()  # the start's objects out of reach
    before = gc.get_freeze_count()
    cycle = Node()
    cycle.next = cycle  # garbage only a collection finds
    ring = weakref.ref(cycle)
    del cycle
    kept = [[n] for n in range(1000)]  # what a screen built keeps
    collector.set_aside()
    assert ring() is None  # collected, not frozen for ever
    assert gc.get_freeze_count() >= before + len(kept)


@pytest.mark.usefixtures("restored")
def test_release_gives_the_screens_back_to_the_collector() -> None:
    collector.hold()
    collector.settle()
    assert gc.get_freeze_count() > 0
    collector.release()
    assert gc.get_freeze_count() == 0


@pytest.mark.usefixtures("restored")
def test_nothing_is_set_aside_while_the_start_holds_the_collector() -> None:
    collector.hold()
    before = gc.get_freeze_count()
    kept = [[n] for n in range(1000)]
    collector.set_aside()
    collector.release()
    assert gc.get_freeze_count() == before and kept


@pytest.mark.usefixtures("restored")
def test_a_program_not_in_charge_keeps_the_defaults() -> None:
    """Tests and tools that build a window without the app's start: nothing frozen."""
    collector.let_go()
    collector.set_aside()
    assert gc.get_freeze_count() == 0 and gc.isenabled()
