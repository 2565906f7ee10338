"""Offscreen Qt, one QApplication, isolated settings, a fresh congress per test."""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from PySide6.QtCore import QCoreApplication, QSettings

from secretariat import demo
from ui import collector
from ui.context import CongressContext


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    folder = tmp_path_factory.mktemp("settings")
    QCoreApplication.setOrganizationName("SecretariatTests")
    QCoreApplication.setApplicationName("secretariat-tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    QSettings().clear()
    yield


@pytest.fixture
def ctx(qapp: object, tmp_path: Path) -> Iterator[CongressContext]:
    """A context holding a fresh copy of the demo congress."""
    context = CongressContext()
    context.attach(demo.create_demo(tmp_path / "demo.daihoi"))
    yield context
    context.close()


@pytest.fixture
def empty_ctx(qapp: object, tmp_path: Path) -> Iterator[CongressContext]:
    """A context holding the demo roster with no attendance taken yet."""
    context = CongressContext()
    context.attach(demo.create_demo(tmp_path / "demo.daihoi", with_attendance=False))
    yield context
    context.close()


@pytest.fixture
def restored() -> Iterator[None]:
    """The cycle collector given back to Python's defaults after the test."""
    enabled = gc.isenabled()
    yield
    collector.let_go()
    if not enabled:
        gc.disable()


@pytest.fixture
def app_collector(restored: None) -> None:
    """The cycle collector run as the app's start leaves it (held, then settled)."""
    collector.hold()
    collector.settle()
