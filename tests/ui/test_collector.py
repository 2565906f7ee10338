"""The cycle collector is held while the program starts and set going once it works."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from ui import collector


@pytest.fixture
def restored() -> Iterator[None]:
    enabled = gc.isenabled()
    yield
    gc.unfreeze()
    if enabled:
        gc.enable()
    else:
        gc.disable()


@pytest.mark.usefixtures("restored")
def test_held_during_the_start_then_going_without_the_starts_objects() -> None:
    collector.hold()
    assert not gc.isenabled()
    made = [[n] for n in range(1000)]  # the start's objects, kept
    collector.settle()
    assert gc.isenabled()
    assert gc.get_freeze_count() >= len(made)  # out of every later collection
