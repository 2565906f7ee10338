"""Reading the minutes back to the congress: the text as the hall reads it, the panel
that shows what the hall sees and whose keys scroll it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from secretariat.services.minutes import MinutesSection
from ui.projector import ProjectorController, ProjectorPreview
from ui.widgets.shortcuts import scale_font, wrapping_label


def scroll_hall(projector: ProjectorController, key: int, modifiers: int) -> bool:
    """Scroll the hall's text for one of the reading keys; False for any other key."""
    shift = bool(modifiers & Qt.KeyboardModifier.ShiftModifier.value)
    moves: dict[int, Callable[[], object]] = {
        Qt.Key.Key_PageDown.value: lambda: projector.scroll_text(pages=1),
        Qt.Key.Key_PageUp.value: lambda: projector.scroll_text(pages=-1),
        Qt.Key.Key_Space.value: lambda: projector.scroll_text(pages=-1 if shift else 1),
        Qt.Key.Key_Down.value: lambda: projector.scroll_text(lines=1),
        Qt.Key.Key_Up.value: lambda: projector.scroll_text(lines=-1),
        Qt.Key.Key_Home.value: projector.scroll_text_to_start,
        Qt.Key.Key_End.value: projector.scroll_text_to_end,
    }
    move = moves.get(key)
    if move is None:
        return False
    move()
    return True


HALL_TITLE = "BIÊN BẢN ĐẠI HỘI"  # what the hall reads (Vietnamese whatever the UI language)
MUTED = "QLabel { color: #5f6b7a; }"
PANEL_STYLE = "QFrame#readBackPanel { background: #eef1f5; border-radius: 6px; }"
READ_KEYS = frozenset(
    {
        Qt.Key.Key_PageDown,
        Qt.Key.Key_PageUp,
        Qt.Key.Key_Space,
        Qt.Key.Key_Down,
        Qt.Key.Key_Up,
        Qt.Key.Key_Home,
        Qt.Key.Key_End,
        Qt.Key.Key_Escape,
    }
)


def hall_paragraphs(
    sections: list[MinutesSection],
) -> tuple[list[str], set[int], dict[str, int]]:
    """The minutes as the hall reads them: paragraphs (blank lines between sections),
    the indexes of the headings, and the first paragraph of each section by key."""
    paragraphs: list[str] = []
    headings: set[int] = set()
    starts: dict[str, int] = {}
    for section in sections:
        if paragraphs:
            paragraphs.append("")
        starts[section.key] = len(paragraphs)
        if section.title:
            headings.add(len(paragraphs))
            paragraphs.append(section.title)
        paragraphs += [line for line in section.text.split("\n") if line.strip()]
    return paragraphs, headings, starts


class ReadBackPanel(QFrame):
    """What the hall sees while the minutes are read back; its keys scroll the hall."""

    key_pressed = Signal(int, int)  # key, modifiers

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readBackPanel")
        self.setStyleSheet(PANEL_STYLE)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.layout_ = QVBoxLayout(self)
        self.caption = QLabel(self.tr("Reading the minutes back on the hall screen"))
        scale_font(self.caption, 1.2, bold=True)
        self.layout_.addWidget(self.caption)
        self.preview: ProjectorPreview | None = None
        self.preview_holder = QVBoxLayout()
        self.layout_.addLayout(self.preview_holder, 1)
        self.position_label = wrapping_label("readBackPosition")
        scale_font(self.position_label, 1.1, bold=True)
        self.layout_.addWidget(self.position_label)
        keys = QLabel(
            self.tr(
                "PageDown or Space: next screen · PageUp: previous screen · ↓ ↑: one line · "
                "Home / End: start / end · a click on a section shows it · "
                "Esc or Shift+F10: stop reading"
            )
        )
        keys.setObjectName("readBackKeys")
        keys.setWordWrap(True)
        keys.setStyleSheet(MUTED)
        self.layout_.addWidget(keys)

    def attach(self, controller: ProjectorController) -> None:
        if self.preview is None:
            self.preview = ProjectorPreview(controller, self)
            self.preview.setObjectName("readBackPreview")
            self.preview.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.preview_holder.addWidget(self.preview, 1)

    def show_position(self, controller: ProjectorController) -> None:
        """Which lines of the minutes the hall shows now."""
        hall = controller.hall
        total = hall.text_line_count
        first = hall.text_first_line
        last = min(total, first + hall.text_visible_lines)
        self.position_label.setText(
            self.tr("Lines %1–%2 of %3 on the hall screen")
            .replace("%1", str(first + 1 if total else 0))
            .replace("%2", str(last))
            .replace("%3", str(total))
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.key_pressed.emit(event.key(), event.modifiers().value)
        event.accept()
