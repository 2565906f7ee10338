"""Every key a screen names does something (issue #19 §2, acceptance).

Walks every tab of the real MainWindow, and every page of an election (the
ballot entry's passes too), collects every key the screen names — button texts
and tooltips ("Start (F5)"), hint lines ("Keys: Insert … · Ctrl+1…4 pages …"),
the shortcuts of the actions buttons mirror — and presses each where the
keyboard would be for it. Each press must have an effect the secretary can see:
data changed, the keyboard moved, a dialog or window opened, a page or tab
changed, a message shown. A key whose action is disabled at that moment must be
listed in ``DISABLED`` with the reason the screen gives. The walk also fails on
Qt's "Ambiguous shortcut" message and on any exception reaching the event loop.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from types import TracebackType
from typing import Any

import pytest

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLabel,
    QStackedWidget,
    QStatusBar,
    QTabWidget,
    QWidget,
)

from secretariat.domain import MemberStatus
from secretariat.rules import name_search
from secretariat.rules.collation import fold
from secretariat.services import attendance, congress, elections, roster, speeches
from secretariat.services.elections import nominations
from secretariat.services.elections.rows import Target
from secretariat.store import Store
from tests.ui import keyaudit
from tests.ui.test_shortcut_clashes import set_up_elections
from ui.context import CongressContext
from ui.i18n import translator
from ui.main_window import MainWindow
from ui.tabs.elections import ElectionsTab
from ui.tabs.minutes import MinutesTab
from ui.tabs.speeches import SpeechesTab

# Keys named on a screen whose action is disabled in the demo's state, and why the
# screen says so. (screen, key) → the reason; anything else disabled fails.
DISABLED: dict[tuple[str, str], str] = {}
# Menu items whose keys the walk does not press, and why.
NOT_PRESSED: dict[str, str] = {
    "&Quit": "it ends the walk (test_main_window: closing saves and quits)",
    "&Close": "pressed last, below: it closes the congress the walk runs on",
}


@dataclass
class Watch:
    """What the secretary could see change after a key."""

    window: MainWindow
    changes: int = 0
    dialogs: list[str] = field(default_factory=list)

    def count(self, *_args: object) -> None:
        self.changes += 1

    def look(self) -> dict[str, Any]:
        """Everything seen, each under its own name (so what moves by itself can be set aside)."""
        seen: dict[str, Any] = {
            "data or hall changed": self.changes,
            "dialog opened": len(self.dialogs),
            "keyboard moved": id(QApplication.focusWidget()),
            "window opened": frozenset(
                id(w) for w in QApplication.topLevelWidgets() if w.isVisible()
            ),
        }
        status = self.window.findChild(QStatusBar)
        seen["status message"] = status.currentMessage() if status else ""
        for top in QApplication.topLevelWidgets():
            if not top.isVisible():
                continue
            for n, label in enumerate(top.findChildren(QLabel)):
                if label.isVisible():
                    seen[f"label {id(top)} {n} {label.objectName()}"] = label.text()
        pages = self.window.findChildren(QStackedWidget) + self.window.findChildren(QTabWidget)
        for n, stack in enumerate(pages):
            if stack.isVisible():
                seen[f"page {n} {stack.objectName()}"] = stack.currentIndex()
        for n, button in enumerate(self.window.findChildren(QAbstractButton)):
            if button.isVisible():
                seen[f"button {n} {button.objectName()}"] = (
                    button.isChecked(),
                    button.styleSheet(),
                )
        return seen


def moved(before: dict[str, Any], after: dict[str, Any], noise: set[str]) -> list[str]:
    """What changed between two looks, leaving out what changes by itself."""
    return [
        k for k in before.keys() | after.keys() if k not in noise and before.get(k) != after.get(k)
    ]


@pytest.fixture(autouse=True)
def collected_between_keys() -> Iterator[None]:
    """The garbage collector runs only between two keys (``Walk._try``), never by itself.

    Two full runs of three aborted inside ``look`` (in ``findChildren``), and a run
    of the UI tests before this one in one process saw a button it had just found
    "already deleted" with no event processed between: something is freed outside
    the event loop, most likely by the collector. The cause is not proven; with the
    collector held to this point, that run passes.
    """
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
        gc.collect()


@pytest.fixture
def guarded(qapp: Any) -> Iterator[tuple[list[str], list[BaseException]]]:
    caught: list[BaseException] = []
    previous = sys.excepthook

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        caught.append(value)
        previous(kind, value, tb)

    sys.excepthook = hook
    with keyaudit.qt_messages() as messages:
        yield messages, caught
    sys.excepthook = previous
    translator.install("en")


def watch_the_hall(window: MainWindow, watch: Watch) -> None:
    """What the hall is shown counts as an effect (the hall window may be hidden)."""
    hall = window.projector
    hall.state_changed.connect(watch.count)
    for method in ("show_message", "clear_message", "show_text", "clear_text"):
        real = getattr(hall, method)

        def counted(*args: Any, _real: Any = real, **kwargs: Any) -> Any:
            watch.count()
            return _real(*args, **kwargs)

        setattr(hall, method, counted)


def closer(watch: Watch) -> QTimer:
    """Closes any modal dialog or popup a key opens, noting that it did."""

    def close() -> None:
        for up in (QApplication.activeModalWidget(), QApplication.activePopupWidget()):
            if up is not None:
                watch.dialogs.append(type(up).__name__ + " " + up.windowTitle())
                up.close()

    timer = QTimer()
    timer.setInterval(25)
    timer.timeout.connect(close)
    timer.start()
    return timer


def settle(ms: int = 60) -> None:
    QApplication.processEvents()
    QTest.qWait(ms)


def press(sequence: str, focus: QWidget) -> None:
    combo = QKeySequence.fromString(sequence, QKeySequence.SequenceFormat.PortableText)[0]
    focus.setFocus()
    settle(10)
    QTest.keyClick(focus, combo.key(), combo.keyboardModifiers())


def clear_messages(window: QWidget) -> None:
    """The screen's message lines emptied, so the same message said again is seen."""
    for label in window.findChildren(QLabel):
        if "feedback" in label.objectName().lower() and label.isVisible():
            label.setText("")


def pick_a_row(focus: QWidget, last: bool = False) -> None:
    """A list or table the key acts on has a row chosen (as ↓ would choose it)."""
    if isinstance(focus, QAbstractItemView):
        model = focus.model()
        if model is not None and model.rowCount() and (last or not focus.selectedIndexes()):
            index = model.index(model.rowCount() - 1 if last else 0, 0)
            focus.setCurrentIndex(index)
            selection = focus.selectionModel()
            if selection is not None:
                selection.select(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )


State = tuple[str, Callable[[], None]]


def rows_chosen(area: QWidget, show: Callable[[], None], last: bool = False) -> None:
    """The screen with a row chosen in each of its lists (the state most keys act in)."""
    show()
    for view in area.findChildren(QAbstractItemView):
        if view.isVisible():
            pick_a_row(view, last)


def type_text(text: str) -> None:
    """Typed where the keyboard is, as with a Vietnamese input method."""
    for char in text:
        target = QApplication.focusWidget()
        assert target is not None
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(target, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def speaking(tab: QWidget, show: Callable[[], None]) -> None:
    """Speeches: one speaker called (F9) and one waiting, put in the queue by name."""
    show()
    if not isinstance(tab, SpeechesTab) or tab.property("walked"):
        return
    tab.setProperty("walked", True)
    names = [m.full_name for m in roster.list_members(tab.ctx.require())]
    unique = [n for n in names if name_search.search(fold(n), names).unique is not None]
    search = tab.registration.search  # where Alt+4 puts the keyboard
    for name in unique[:2]:
        search.setFocus()
        type_text(fold(name))
        QTest.keyClick(search, Qt.Key.Key_Return)
        settle(20)
    QTest.keyClick(search, Qt.Key.Key_F9)
    settle()
    assert len(speeches.all_speeches(tab.ctx.require())) >= 2


def waiting_chosen(tab: QWidget, show: Callable[[], None]) -> None:
    """Speeches: the speaker still waiting chosen in the queue (Delete removes them)."""
    speaking(tab, show)
    if isinstance(tab, SpeechesTab):
        rows_chosen(tab, show, last=True)


def section_edited(tab: QWidget, show: Callable[[], None]) -> None:
    """Minutes: a section's text changed in the editor, not yet saved."""
    show()
    if not isinstance(tab, MinutesTab):
        return
    pick_a_row(tab.findChild(QAbstractItemView) or tab)
    tab.editor.setFocus()
    QTest.keyClick(tab.editor, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    type_text(" (đã sửa)")
    settle()


def section_saved(tab: QWidget, show: Callable[[], None]) -> None:
    """Minutes: a section's edit saved (Ctrl+Enter), so it can be compared or reverted."""
    section_edited(tab, show)
    if isinstance(tab, MinutesTab):
        QTest.keyClick(tab.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        settle()


MORE: list[tuple[str, Callable[[QWidget, Callable[[], None]], None]]] = [
    ("a speaker called, one waiting", speaking),
    ("the waiting speaker chosen", waiting_chosen),
    ("a section edited", section_edited),
    ("a section's edit saved", section_saved),
]


@dataclass
class Walk:
    window: MainWindow
    watch: Watch
    problems: list[str] = field(default_factory=list)
    pressed: list[str] = field(default_factory=list)
    effects: list[str] = field(default_factory=list)

    def screen(
        self,
        name: str,
        area: QWidget,
        states: list[State],
        naming: Callable[[], dict[str, list[str]]] | None = None,
    ) -> None:
        """Every key named in any state of the screen must work in one of them."""
        worked: set[str] = set()
        tried: dict[str, list[str]] = {}
        named_at: dict[str, str] = {}
        for where, restore in states:
            restore()
            settle()
            names = naming() if naming else keyaudit.named_keys(area, self.window)
            for sequence, named in sorted(names.items()):
                named_at.setdefault(sequence, named[0])
                if sequence in worked:
                    continue
                outcome = self._try(area, sequence, restore)
                if outcome == "":
                    worked.add(sequence)
                    self.pressed.append(f"{where}: {self.effects[-1]}")
                else:
                    tried.setdefault(sequence, []).append(f"{where}: {outcome}")
        for sequence, outcomes in sorted(tried.items()):
            if sequence in worked:
                continue
            if all("disabled" in o for o in outcomes) and (name, sequence) in DISABLED:
                continue
            self.problems.append(
                f"{name}: {sequence} (named on {named_at[sequence]}) never worked: {outcomes}"
            )

    def _try(self, area: QWidget, sequence: str, restore: Callable[[], None]) -> str:
        """Press ``sequence`` wherever it is held in ``area``; "" when it did something,
        else what happened."""
        gc.collect()  # here, while the walk holds no widget (see collected_between_keys)
        restore()
        settle()
        held = keyaudit.holders(self.window, area, sequence)
        places: list[QWidget] = []
        seen: set[tuple[str, ...]] = set()
        current = QApplication.focusWidget()
        for focus, holders in sorted(held, key=lambda fh: fh[0] is not current):
            if tuple(holders) not in seen:
                seen.add(tuple(holders))
                places.append(focus)
        if not places:
            off = keyaudit.disabled_holders(area, sequence)
            if off:
                return f"disabled ({', '.join(sorted({a.text() for a in off}))})"
            # Handled by a widget's own keys (an entry line): where the screen puts the keyboard.
            if current is None or not (current is area or area.isAncestorOf(current)):
                return "held by nothing, and the keyboard is not in the screen"
            places = [current]
        for focus in places:
            restore()
            settle()
            pick_a_row(focus)
            clear_messages(self.window)
            settle(10)
            first = self.watch.look()
            settle(120)
            before = self.watch.look()  # what changed meanwhile moves by itself (a clock)
            noise = set(moved(first, before, set()))
            if os.environ.get("KEYS_TRACE"):
                print("press", sequence, "on", type(focus).__name__, flush=True)
            press(sequence, focus)
            settle(120)
            effect = moved(before, self.watch.look(), noise)
            self.window.activateWindow()
            QTest.qWaitForWindowActive(self.window)
            if effect:
                self.effects.append(f"{sequence}: {sorted(effect)[:3]}")
                return ""
        return f"did nothing ({len(places)} places tried)"


def test_every_key_a_screen_names_does_something(
    qtbot: Any, ctx: CongressContext, guarded: tuple[list[str], list[BaseException]]
) -> None:
    messages, caught = guarded
    set_up_elections(ctx.require())
    counted_election(ctx.require())
    translator.install("en")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 740)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    watch = Watch(window)
    ctx.changed.connect(watch.count)
    watch_the_hall(window, watch)
    timer = closer(watch)
    walk = Walk(window, watch)
    tabs = window.tabs
    assert tabs is not None
    try:
        for index in range(tabs.count()):
            name = tabs.tabText(index).replace("&", "")

            def show(i: int = index) -> None:
                if tabs.currentIndex() != i:
                    tabs.show_page(i)

            show()
            page = tabs.currentWidget()
            assert page is not None
            states: list[State] = [(name, show)]
            if isinstance(page, ElectionsTab):
                states = election_states(page, show, name)
            states += [(f"{name}, rows chosen", partial(rows_chosen, page, show))]
            states += [(f"{name}, last rows chosen", partial(rows_chosen, page, show, last=True))]
            states += [(f"{name}, {what}", partial(make, page, show)) for what, make in MORE]
            walk.screen(name, page, states)

        def first_tab() -> None:
            assert window.tabs is not None  # (a key may have rebuilt them: look them up)
            window.tabs.show_page(0)

        def last_tab() -> None:
            assert window.tabs is not None
            window.tabs.show_page(window.tabs.count() - 1)

        def undone() -> None:
            first_tab()
            if not ctx.undo_stack.canRedo():
                ctx.undo_stack.undo()  # something to redo

        menus = [("Menus", first_tab), ("Menus, last tab", last_tab), ("Menus, undone", undone)]
        walk.screen("Menus", window, menus, partial(menu_keys, window))
        # Last, File › Close (Ctrl+W): the congress closes, the start page shows.
        first_tab()
        settle()
        press("Ctrl+W", QApplication.focusWidget() or window)
        qtbot.waitUntil(lambda: ctx.store is None)
    finally:
        timer.stop()
    dump = os.environ.get("KEYS_DUMP")
    if dump:
        Path(dump).write_text("\n".join([*walk.problems, "--- pressed", *walk.pressed]))
    assert walk.problems == []
    assert keyaudit.ambiguous(messages) == []
    assert caught == []


def counted_election(store: Store) -> None:
    """An election whose papers are all in, not announced yet (Ctrl+Shift+A applies)."""
    session = congress.current_session(store)
    assert session is not None
    marks = attendance.session_attendance(store, session.id)
    inside = [
        m
        for m in roster.list_members(store)
        if m.status is MemberStatus.FULL and m.id in marks and marks[m.id].inside
    ]
    election = elections.create_election(store, Target.DELEGATE, "Bầu đại biểu (bổ sung)", 1)
    candidates = inside[6:8]
    for member in candidates:
        nominations.nominate(store, election.id, member.id, "convening")
    nominations.approve_list(store, election.id, yes=len(inside), no=0)
    rnd = elections.open_round(
        store, election.id, [m.id for m in candidates], [m.id for m in inside[3:6]]
    )
    elections.start_ballot(store, rnd.id, 3)
    for _ in range(3):
        elections.enter_ballot(store, rnd.id, chosen=[candidates[0].id])


def menu_keys(window: MainWindow) -> dict[str, list[str]]:
    """The keys the menus name, but those of the items in ``NOT_PRESSED``."""
    return {
        sequence: where
        for sequence, where in keyaudit.menu_keys(window).items()
        if not any(w.endswith(f"› {item!r}") for w in where for item in NOT_PRESSED)
    }


def election_states(page: ElectionsTab, show: Callable[[], None], name: str) -> list[State]:
    """Each page of each election (the running one's entry too)."""
    states: list[State] = []
    for row in range(page.table.rowCount()):
        for n in range(4):

            def state(r: int = row, p: int = n) -> None:
                show()
                if page.table.currentRow() != r:
                    page.table.selectRow(r)
                page.show_page(p, focus=True)

            states.append((f"{name} {row + 1} page {n + 1}", state))
    return states
