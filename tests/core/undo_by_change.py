"""``services.resolution`` for tests, with each action's journal lines kept by its ``Change``.

The resolution's actions return a ``Change``; undo and redo are the generic
apply of the action's row images (``secretariat.undo``). This face records the
lines of every action run through it, so a test can say ``res.revert(store,
change)`` / ``res.reapply(store, change)`` for the undo and redo of that action.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

from secretariat import undo
from secretariat.services import resolution
from secretariat.store import Store

_LINES: dict[int, list[int]] = {}
_KEPT: list[object] = []  # the results, so that their ids stay theirs


class _Resolution:
    def __getattr__(self, name: str) -> Any:
        value = getattr(resolution, name)
        if not inspect.isfunction(value):
            return value
        return _recorded(value)

    @staticmethod
    def revert(store: Store, change: object) -> None:
        undo.undo(store, _LINES[id(change)])

    @staticmethod
    def reapply(store: Store, change: object) -> None:
        undo.redo(store, _LINES[id(change)])


def _recorded(action: Callable[..., Any]) -> Callable[..., Any]:
    def call(*args: Any, **kwargs: Any) -> Any:
        if not args or not isinstance(args[0], Store):
            return action(*args, **kwargs)
        with args[0].recording() as ids:
            result = action(*args, **kwargs)
        for done in (result, getattr(result, "change", None)):
            if done is not None:
                _LINES[id(done)] = ids
                _KEPT.append(done)
        return result

    return call


res = _Resolution()
