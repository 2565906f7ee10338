"""The dialogs Qt draws itself (file and print dialogs on Linux) speak Vietnamese.

PySide6 ships no Vietnamese for Qt's own strings, so ``ui/i18n/qt_vi.ts`` carries
them. These tests open the real dialogs with the Vietnamese translation installed
and fail on any English text Qt would show, and on two mnemonics on one letter
(Alt+letter would then do nothing useful).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from PySide6.QtCore import QFileInfo, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QFileDialog,
    QFileIconProvider,
    QLabel,
    QTreeView,
    QWidget,
)

from ui.i18n import qt_ts_path, translator

_MNEMONIC = re.compile(r"&([^&\s])")


def _english_sources() -> set[str]:
    """Qt's source strings whose Vietnamese differs: seeing one on screen is a miss."""
    found: set[str] = set()
    for message in ET.parse(qt_ts_path("vi")).getroot().iter("message"):
        source = message.findtext("source") or ""
        if source and source != (message.findtext("translation") or ""):
            found.add(source)
    return found


def _shown_texts(dialog: QWidget) -> list[str]:
    texts: list[str] = []
    for child in dialog.findChildren(QWidget):
        if not child.isVisibleTo(dialog):
            continue
        if isinstance(child, QLabel | QAbstractButton) and child.text():
            texts.append(child.text())
        if isinstance(child, QComboBox):
            texts.extend(child.itemText(i) for i in range(child.count()))
        if isinstance(child, QTreeView) and child.model() is not None:
            model = child.model()
            texts.extend(
                str(model.headerData(i, Qt.Orientation.Horizontal))
                for i in range(model.columnCount())
            )
    return texts


@pytest.fixture
def vietnamese(qapp: object) -> Iterator[None]:
    translator.install("vi")
    yield
    translator.install("en")


def _check(dialog: QDialog) -> None:
    dialog.show()
    try:
        texts = _shown_texts(dialog)
        english = sorted(t for t in texts if t in _english_sources())
        assert not english, f"English left in {type(dialog).__name__}: {english}"
        letters = Counter(
            m.group(1).lower() for t in texts for m in _MNEMONIC.finditer(t.replace("&&", ""))
        )
        clashes = sorted(letter for letter, n in letters.items() if n > 1)
        assert not clashes, f"Two mnemonics on one letter in {type(dialog).__name__}: {clashes}"
    finally:
        dialog.close()


@pytest.mark.parametrize(
    "mode", [QFileDialog.AcceptMode.AcceptSave, QFileDialog.AcceptMode.AcceptOpen]
)
def test_the_file_dialog_is_vietnamese(vietnamese: None, tmp_path: object, mode: object) -> None:
    dialog = QFileDialog(None, "Lưu", str(tmp_path), "Tệp đại hội (*.daihoi)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(mode)  # type: ignore[arg-type]
    _check(dialog)


def test_the_file_list_names_kinds_in_vietnamese(vietnamese: None, tmp_path: Path) -> None:
    provider = QFileIconProvider()
    assert provider.type(QFileInfo(str(tmp_path))) == "Thư mục"


def test_the_print_dialog_is_vietnamese(vietnamese: None) -> None:
    printer = QPrinter()
    _check(QPrintDialog(printer))
