"""Every tab and every page of an election fits a 1366×768 laptop, in Vietnamese and in
English (#19 §4: clipped labels fit in both languages)."""

from __future__ import annotations

from typing import Any

import pytest

from PySide6.QtTest import QTest

from tests.ui.test_fits_laptop import LAPTOP
from tests.ui.test_shortcut_clashes import set_up_elections
from ui.context import CongressContext
from ui.i18n import translator
from ui.main_window import MainWindow
from ui.tabs.elections import ElectionsTab


@pytest.mark.parametrize("language", ["vi", "en"])
def test_every_tab_and_election_page_fits_the_laptop(
    qtbot: Any, ctx: CongressContext, language: str
) -> None:
    set_up_elections(ctx.require())
    translator.install(language)
    too_big: list[str] = []
    try:
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.resize(LAPTOP)
        window.show()
        assert window.tabs is not None
        for index in range(window.tabs.count()):
            window.tabs.show_page(index)
            page = window.tabs.currentWidget()
            name = window.tabs.tabText(index)
            views = [(name, lambda: None)]
            if isinstance(page, ElectionsTab):
                views = [
                    (f"{name} {row + 1} page {n + 1}", lambda r=row, n=n, p=page: shown(p, r, n))
                    for row in range(page.table.rowCount())
                    for n in range(4)
                ]
            for where, show in views:
                show()
                QTest.qWait(1)
                hint = window.minimumSizeHint()
                if hint.width() > LAPTOP.width() or hint.height() > LAPTOP.height():
                    too_big.append(f"{where}: {hint.width()}×{hint.height()}")
    finally:
        translator.install("en")
    assert too_big == []


def shown(page: ElectionsTab, row: int, number: int) -> None:
    page.table.selectRow(row)
    page.show_page(number)
