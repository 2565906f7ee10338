"""The text of a prepared contribution: typed, pasted or loaded from a .txt file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from secretariat.services.speeches import MAX_TEXT
from ui.messages import describe
from ui.tabs.speeches.common import read_text_file


class PreparedTextDialog(QDialog):
    """The text of a prepared contribution, typed or pasted, or loaded from a .txt file."""

    def __init__(self, text: str = "", speaker: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preparedTextDialog")
        self.setWindowTitle(self.tr("Text of the prepared contribution"))
        self.resize(640, 480)
        layout = QVBoxLayout(self)
        if speaker:
            layout.addWidget(QLabel(self.tr("Contribution of %1").replace("%1", speaker)))
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("preparedText")
        self.editor.setPlainText(text)
        self.editor.setPlaceholderText(self.tr("Paste or type the text handed in…"))
        layout.addWidget(self.editor, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.load_button = buttons.addButton(
            self.tr("Load a .txt file…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.load_button.clicked.connect(self._load)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def text(self) -> str:
        return self.editor.toPlainText()[:MAX_TEXT]

    def _load(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Load the text"), "", self.tr("Text files (*.txt);;All files (*)")
        )
        if name:
            self.load_file(Path(name))

    def load_file(self, path: Path) -> None:
        try:
            self.editor.setPlainText(read_text_file(path)[:MAX_TEXT])
        except OSError as error:
            self.editor.setPlaceholderText(describe(error))
