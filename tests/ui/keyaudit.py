"""Which keys are live where: shortcut and mnemonic clashes, Qt's ambiguity warnings.

Qt fires a shortcut only when exactly one enabled shortcut for the key is live
where the keyboard is; two live at once do nothing but print "Ambiguous
shortcut overload". ``clashes`` works out, for every widget that can hold the
focus, which action shortcuts are live there (by their context: window,
widget with children, widget, application) and reports any key held by two.
``mnemonic_clashes`` does the same for the Alt+letter mnemonics of buttons,
labels with a buddy, group boxes, tab bars and the menu bar, and reports
mnemonics on letters a US keyboard cannot type with Alt (đ, ư, â …).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMenu,
    QMenuBar,
    QTabBar,
    QWidget,
)

_MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def _live(widget: QWidget, window: QWidget) -> bool:
    return widget.window() is window and widget.isVisible() and widget.isEnabled()


def _menu_live(menu: QMenu, window: QWidget) -> bool:
    """A menu's actions are live when the menu hangs from a live menu bar (or menu)."""
    for owner in menu.menuAction().associatedObjects():
        if isinstance(owner, QMenuBar) and _live(owner, window):
            return True
        if isinstance(owner, QMenu) and _menu_live(owner, window):
            return True
    return False


def _is_live_for(action: QAction, focus: QWidget, window: QWidget) -> bool:
    if not action.isEnabled() or not action.shortcuts():
        return False
    context = action.shortcutContext()
    if context == Qt.ShortcutContext.ApplicationShortcut:
        return True
    for owner in action.associatedObjects():
        if not isinstance(owner, QWidget):
            continue
        if isinstance(owner, QMenu):
            if context == Qt.ShortcutContext.WindowShortcut and _menu_live(owner, window):
                return True
            continue
        if not _live(owner, window):
            continue
        if context == Qt.ShortcutContext.WindowShortcut:
            return True
        if context == Qt.ShortcutContext.WidgetShortcut and owner is focus:
            return True
        if context == Qt.ShortcutContext.WidgetWithChildrenShortcut and (
            owner is focus or owner.isAncestorOf(focus)
        ):
            return True
    return False


def _shortcut_live_for(shortcut: QShortcut, focus: QWidget, window: QWidget) -> bool:
    owner = shortcut.parent()
    if not shortcut.isEnabled() or not isinstance(owner, QWidget) or not _live(owner, window):
        return False
    context = shortcut.context()
    if context in (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut):
        return True
    if context == Qt.ShortcutContext.WidgetShortcut:
        return owner is focus
    return owner is focus or owner.isAncestorOf(focus)


def _name(thing: QAction | QShortcut) -> str:
    text = thing.text() if isinstance(thing, QAction) else ""
    return f"{type(thing).__name__} {thing.objectName() or text!r}"


def _focus_candidates(window: QWidget) -> list[QWidget]:
    widgets = [window] + [
        w
        for w in window.findChildren(QWidget)
        if _live(w, window) and w.focusPolicy() != Qt.FocusPolicy.NoFocus
    ]
    return widgets


def live_keys(window: QWidget, focus: QWidget) -> dict[str, list[str]]:
    """Every key sequence live with the keyboard on ``focus``, and who holds it."""
    keys: dict[str, list[str]] = {}
    actions = set(window.findChildren(QAction))
    for widget in [window, *window.findChildren(QWidget)]:
        actions.update(widget.actions())
    for action in actions:
        if _is_live_for(action, focus, window):
            for seq in {s.toString() for s in action.shortcuts() if not s.isEmpty()}:
                keys.setdefault(seq, []).append(_name(action))
    for shortcut in window.findChildren(QShortcut):
        if _shortcut_live_for(shortcut, focus, window):
            for seq in {s.toString() for s in list(shortcut.keys()) if not s.isEmpty()}:
                keys.setdefault(seq, []).append(_name(shortcut))
    return keys


def clashes(window: QWidget, where: str = "") -> list[str]:
    """Keys held by two live shortcuts for some focus widget of ``window``."""
    found: set[str] = set()
    for focus in _focus_candidates(window):
        for seq, holders in live_keys(window, focus).items():
            if len(holders) > 1:
                found.add(f"{where}: {seq} held by {sorted(holders)} (focus on {focus!r})")
    return sorted(found)


def _mnemonic_texts(window: QWidget) -> Iterator[tuple[str, str]]:
    for widget in window.findChildren(QWidget):
        if not _live(widget, window):
            continue
        if isinstance(widget, QAbstractButton):
            yield widget.text(), f"button {widget.objectName() or widget.text()!r}"
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            yield widget.text(), f"label {widget.text()!r}"
        elif isinstance(widget, QGroupBox):
            yield widget.title(), f"group {widget.title()!r}"
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                if widget.isTabVisible(i) and widget.isTabEnabled(i):
                    yield widget.tabText(i), f"tab {widget.tabText(i)!r}"
        elif isinstance(widget, QMenuBar):
            for action in widget.actions():
                if action.isVisible():
                    yield action.text(), f"menu {action.text()!r}"


def mnemonic_clashes(window: QWidget, where: str = "") -> list[str]:
    """Alt+letter mnemonics live at once on the same key, or on a letter a US
    keyboard cannot give with Alt."""
    holders: dict[str, list[str]] = {}
    problems = []
    for text, who in _mnemonic_texts(window):
        match = _MNEMONIC.search(text)
        if match is None:
            continue
        letter = match.group(1)
        if not (letter.isascii() and letter.isalnum()):
            problems.append(f"{where}: {who} has its mnemonic on {letter!r}")
            continue
        holders.setdefault(letter.upper(), []).append(who)
    for letter, who in holders.items():
        if len(who) > 1:
            problems.append(f"{where}: Alt+{letter} held by {sorted(who)}")
    return problems


@contextmanager
def qt_messages() -> Iterator[list[str]]:
    """Collect Qt's warnings while the block runs (and still print them)."""
    seen: list[str] = []

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        seen.append(message)
        if kind != QtMsgType.QtDebugMsg:
            print(message)

    previous = qInstallMessageHandler(handler)
    try:
        yield seen
    finally:
        qInstallMessageHandler(previous)


def ambiguous(messages: list[str]) -> list[str]:
    return [m for m in messages if "Ambiguous shortcut" in m]


def key_text(sequence: QKeySequence) -> str:
    return sequence.toString(QKeySequence.SequenceFormat.PortableText)


def app() -> QApplication:
    instance = QApplication.instance()
    assert isinstance(instance, QApplication)
    return instance


# --- the keys a screen names, and whether pressing them does anything -----------------------

_MODS = r"(?:(?:Ctrl|Shift|Alt|Meta)\+)"
# A key named alone counts as a shortcut only when it is one (a letter alone is just text).
_ALONE = r"(?:F(?:1[0-2]|[1-9])|Insert|Ins|Delete|Del|Page ?Up|Page ?Down|PgUp|PgDown|PgDn)"
_ANY = (
    r"(?:F(?:1[0-2]|[1-9])|Insert|Ins|Delete|Del|Page ?Up|Page ?Down|PgUp|PgDown|PgDn|Enter|"
    r"Return|Esc|Escape|Space|Tab|Backspace|Home|End|[↑↓←→]|[A-Z0-9](?:…[0-9])?)"
)
_KEY_NAME = re.compile(rf"(?<![\w+])(?:{_MODS}+{_ANY}|{_ALONE})(?![\w+])")
_SPELLING = {
    "↑": "Up",
    "↓": "Down",
    "←": "Left",
    "→": "Right",
    "Ins": "Insert",
    "Delete": "Del",
    "Page Up": "PgUp",
    "PageUp": "PgUp",
    "Page Down": "PgDown",
    "PageDown": "PgDown",
    "PgDn": "PgDown",
    "Enter": "Return",
    "Escape": "Esc",
}


def sequences_in(text: str) -> list[QKeySequence]:
    """The key sequences a text names ("Start (F5)", "Ctrl+1…4 pages", "Alt+↑")."""
    found: list[QKeySequence] = []
    text = text.replace("&&", "&")
    # "Ctrl+PgUp/PgDn": the second key shares the first one's modifiers.
    text = re.sub(rf"({_MODS}+)({_ANY})/({_ANY})(?![\w+])", r"\1\2 \1\3", text)
    for match in _KEY_NAME.finditer(text):
        name = match.group(0)
        *mods, last = name.split("+")
        lasts = [last]
        if "…" in last:  # "Ctrl+1…4": each of them
            low, high = last.split("…")
            lasts = [str(n) for n in range(int(low), int(high) + 1)]
        for key in lasts:
            spelled = "+".join([*mods, _SPELLING.get(key, key)])
            sequence = QKeySequence.fromString(spelled, QKeySequence.SequenceFormat.PortableText)
            if not sequence.isEmpty():
                found.append(sequence)
    return found


def _own_texts(widget: QWidget) -> Iterator[str]:
    """What the widget shows of itself: its text, title or tooltip."""
    if isinstance(widget, QAbstractButton | QLabel):
        yield widget.text()
    if isinstance(widget, QGroupBox):
        yield widget.title()
    if widget.toolTip():
        yield widget.toolTip()


def named_keys(area: QWidget, window: QWidget) -> dict[str, list[str]]:
    """Every key sequence named on the visible part of ``area``, and where it is named:
    button texts and tooltips ("(F5)"), hint labels ("Keys: Insert … · Ctrl+1…4 …") and
    the shortcuts of the actions that visible buttons mirror."""
    named: dict[str, list[str]] = {}
    for widget in [area, *area.findChildren(QWidget)]:
        if widget.window() is not window or not widget.isVisible():
            continue  # disabled ones count: a key named on a greyed button must say why
        for text in _own_texts(widget):
            for sequence in sequences_in(text):
                where = f"{type(widget).__name__} {widget.objectName() or text[:40]!r}"
                named.setdefault(key_text(sequence), []).append(where)
        for action in widget.actions():
            if isinstance(widget, QAbstractButton) and action.isVisible():
                for sequence in action.shortcuts():
                    named.setdefault(key_text(sequence), []).append(f"action {action.text()!r}")
    return named


def holders(window: QWidget, area: QWidget, sequence: str) -> list[tuple[QWidget, list[str]]]:
    """Where in ``area`` the keyboard can be for ``sequence`` to be held by a shortcut."""
    found = []
    for focus in _focus_candidates(window):
        if focus is not area and not area.isAncestorOf(focus):
            continue
        held = live_keys(window, focus).get(sequence)
        if held:
            found.append((focus, held))
    return found


def disabled_holders(area: QWidget, sequence: str) -> list[QAction]:
    """Actions of ``area`` (on it or a widget in it) that would hold ``sequence`` but
    are disabled now."""
    actions: set[QAction] = set()
    for widget in [area, *area.findChildren(QWidget)]:
        if widget.isVisible():
            actions.update(widget.actions())
    return [
        a for a in actions if not a.isEnabled() and sequence in {key_text(s) for s in a.shortcuts()}
    ]


def menu_keys(window: QWidget) -> dict[str, list[str]]:
    """The keys the menus show beside their items (every menu of the menu bar)."""
    named: dict[str, list[str]] = {}
    bar = window.findChild(QMenuBar)
    if bar is None:
        return named
    menus = [a.menu() for a in bar.actions() if isinstance(a.menu(), QMenu)]
    while menus:
        menu = menus.pop()
        assert isinstance(menu, QMenu)
        for action in menu.actions():
            sub = action.menu()
            if isinstance(sub, QMenu):
                menus.append(sub)
            elif action.isVisible():
                for sequence in action.shortcuts():
                    where = f"menu {menu.title()!r} › {action.text()!r}"
                    named.setdefault(key_text(sequence), []).append(where)
    return named
