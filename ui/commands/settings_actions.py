"""The settings' user actions: run through the services, made undoable.

Like ``ui.commands.actions``: the function takes the context first, runs the
actions at once and pushes one ``ActionCommand`` for all the keys it changed.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from secretariat import undo
from secretariat.errors import SecretariatError
from secretariat.services import settings
from ui.commands import record
from ui.context import CongressContext


def save_page_settings(ctx: CongressContext, values: Mapping[str, Any]) -> bool:
    """Store the changed page settings and push one undoable command for all of them.

    Keys whose value is unchanged are left alone; returns False (and pushes
    nothing) when nothing changed. If the core refuses a value, the keys already
    set are put back and the error propagates.
    """
    store = ctx.require()
    changed = {key: value for key, value in values.items() if settings.get(store, key) != value}
    if not changed:
        return False

    def put() -> None:
        with store.recording() as done:
            try:
                for key, value in changed.items():
                    settings.set_value(store, key, value)
            except SecretariatError:
                if done:
                    undo.undo(store, done)
                raise

    record(ctx, QCoreApplication.translate("Commands", "Change page set-up"), put)
    return True
