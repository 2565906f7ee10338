"""Undo and redo say what they undid and where.

The undo stack knows each command's text ("Check in Nguyễn Văn An"); the congress
context hears the actions the services ran ("attendance.check_in"). Together
they tell the secretary, after Ctrl+Z or Ctrl+Y from any tab, what was undone or
redone and on which tab it lives — an undo must never change something the
secretary cannot see without saying so.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, Slot

from ui.context import CongressContext

# The first word of a service action names its area; the area names its tab.
AREA_TABS: dict[str, str] = {
    "congress": "congress",
    "session": "congress",
    "member": "congress",
    "guest": "congress",
    "attendance": "attendance",
    "agenda": "agenda",
    "working_bodies": "agenda",
    "speech": "speeches",
    "vote": "votes",
    "election": "elections",
    "nomination": "elections",
    "resolution": "resolution",
    "minutes": "minutes",
    "congress_close": "minutes",
    "setting": "documents",
}

Report = Callable[[str, str, str], None]  # ("undo" | "redo", command text, tab key)


def tab_of(actions: list[str]) -> str:
    """The tab of the first action heard ("" when none is known)."""
    for name in actions:
        key = AREA_TABS.get(name.split(".", 1)[0], "")
        if key:
            return key
    return ""


class UndoReporter(QObject):
    """Calls ``report`` after every undo and redo (not after a new action)."""

    def __init__(self, ctx: CongressContext, report: Report) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self.report = report
        self._heard: list[str] = []
        self._index = ctx.undo_stack.index()
        self._count = ctx.undo_stack.count()
        ctx.changed.connect(self._heard_action)
        ctx.undo_stack.indexChanged.connect(self._moved)

    @Slot(str)
    def _heard_action(self, name: str) -> None:
        self._heard.append(name)
        del self._heard[:-50]

    @Slot(int)
    def _moved(self, index: int) -> None:
        stack = self.ctx.undo_stack
        if not shiboken6.isValid(stack):
            return  # the stack is going away with its congress (the window closes)
        heard, self._heard = self._heard, []
        before, count = self._index, self._count
        self._index, self._count = index, stack.count()
        if count != stack.count():
            return  # a new action was pushed (or the stack was cleared)
        if index == before - 1:
            command = stack.command(index)
            kind = "undo"
        elif index == before + 1:
            command = stack.command(before)
            kind = "redo"
        else:
            return
        if command is not None:
            self.report(kind, command.text(), tab_of(heard))
