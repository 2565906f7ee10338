"""PySide6's per-module source check is answered at once for modules that never use Qt."""

from __future__ import annotations

import importlib
import inspect
import sys
from typing import Any

import pytest
import sqlalchemy.orm

import secretariat.rules.majority
import ui.screen
from ui import feature_check


@pytest.fixture
def feature() -> Any:
    module = importlib.import_module("PySide6.support.feature")
    original = module._mod_uses_pyside
    yield module
    module._mod_uses_pyside = original


def test_the_pinned_pyside_has_the_check_it_spares(feature: Any) -> None:
    """A PySide6 without it would make ``install`` a no-op: this says so when it comes."""
    assert callable(feature._mod_uses_pyside)
    assert feature_check.install()
    assert not feature_check.install()  # once only: never wrapped twice


def test_qt_free_modules_are_answered_without_reading_their_source(
    feature: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    feature_check.install()
    read: list[str] = []
    getsource = inspect.getsource

    def counting(obj: Any) -> str:
        read.append(getattr(obj, "__name__", ""))
        return getsource(obj)

    monkeypatch.setattr(inspect, "getsource", counting)
    for module in (secretariat.rules.majority, sqlalchemy.orm, sys.modules["json"]):
        assert feature._mod_uses_pyside(module) is False
    assert read == []
    # A module that does use PySide is still checked by PySide itself, which says so.
    assert feature._mod_uses_pyside(ui.screen) is True
    assert read == ["ui.screen"]
