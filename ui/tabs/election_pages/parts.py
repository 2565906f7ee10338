"""The base of the pages of the elections tab, the small widgets they are built of,
and how a page asks the tab for a key (the tab owns the keys: they work on every page)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from secretariat.errors import SecretariatError
from ui.screen import Screen
from ui.tabs.election_pages.common import MAX_COUNT, PANEL_STYLE, election_error_text
from ui.widgets.shortcuts import key_button

if TYPE_CHECKING:
    from ui.tabs.election_pages.selection import ElectionSelection

TAB = Qt.ShortcutContext.WidgetWithChildrenShortcut
WIDGET_ONLY = Qt.ShortcutContext.WidgetShortcut
ENTER = (QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter))

# What the elections tab and its pages show (``secretariat.models`` table names).
SHOWN = frozenset(
    {
        "election",
        "election_round",
        "candidate",
        "teller",
        "nomination",
        "ballot",
        "ballot_resolution",
        "vote",
        "member",
        "session",
        "attendance",
        "movement",
        "setting",
        "congress",
    }
)
# A paper stored, resolved or taken back: the elections and their rounds are as they were.
PAPERS = frozenset({"ballot", "ballot_resolution"})


class Page(Screen):
    """A page of the elections tab, on the screen base.

    Its changes come through the tab, not the router: the tab reads the shared
    selection first (the elections, the rounds) and then loads only the page on
    screen, so no page ever reloads over a stale list of rounds; a page not shown
    is loaded when shown or before a key of the tab needs it. The page acts with
    ``run`` and says things on the tab's one feedback line.
    """

    WATCHES = SHOWN

    def __init__(self, selection: ElectionSelection, parent: QWidget | None = None) -> None:
        super().__init__(selection.ctx, parent)
        self.ctx.changed.unwatch(self)  # the tab hands the changes on (see above)
        self.selection = selection
        self.feedback.hide()  # the tab's line says it

    def show_feedback(self, text: str, *, ok: bool | None) -> None:
        self.selection.say(text, ok=ok)

    def run(
        self,
        do: Callable[[], object],
        *,
        describe: Callable[[SecretariatError], str] | None = None,
        done: str = "",
    ) -> bool:
        """``Screen.run`` with the elections' refusals worded."""
        return super().run(do, describe=describe or election_error_text, done=done)


class AddAction(Protocol):
    """The tab's maker of a key: ``owner`` None is the whole tab."""

    def __call__(
        self,
        name: str,
        text: str,
        keys: list[QKeySequence],
        slot: Callable[[], object],
        button: QPushButton | None = None,
        owner: QWidget | None = None,
        context: Qt.ShortcutContext = TAB,
    ) -> QAction: ...


def button(text: str, name: str, *, focus: bool = False) -> QPushButton:
    return key_button(text, name, focus=focus)


def spin(name: str, maximum: int = MAX_COUNT) -> QSpinBox:
    box = QSpinBox()
    box.setObjectName(name)
    box.setRange(0, maximum)
    box.setMinimumWidth(80)
    box.setAlignment(Qt.AlignmentFlag.AlignRight)
    return box


def table(name: str, headers: list[str]) -> QTableWidget:
    made = QTableWidget(0, len(headers))
    made.setObjectName(name)
    made.setHorizontalHeaderLabels(headers)
    made.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    made.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    made.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    made.setWordWrap(False)
    made.verticalHeader().setVisible(False)
    rows = made.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(made.fontMetrics().height() + 10)
    header = made.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return made


def fit_height(rows_of: QTableWidget, least: int = 3, most: int = 12) -> None:
    """As tall as its rows (between ``least`` and ``most``): no empty band below."""
    rows = min(max(rows_of.rowCount(), least), most)
    header = rows_of.horizontalHeader()
    height = header.height() or header.sizeHint().height()
    height += rows * rows_of.verticalHeader().defaultSectionSize() + 2 * rows_of.frameWidth()
    rows_of.setFixedHeight(height)


def panel() -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setObjectName("electionPanel")
    frame.setStyleSheet(PANEL_STYLE)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(10, 6, 10, 6)
    return frame, layout


def scroll(page: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidget(page)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    return area
