"""The congress programme's user actions: run through the services, made undoable.

Like ``ui.commands.actions``: every function takes the context first, runs the
action at once (a refusal raises the core's error and nothing is pushed), then
pushes one ``ActionCommand``: undo and redo put the rows back exactly, with the
same ids, positions and times (the action's row images).
"""

from __future__ import annotations

from dataclasses import fields

from PySide6.QtCore import QCoreApplication

from secretariat.domain import AgendaItemData, AgendaItemId, AgendaItemRow
from secretariat.services import agenda
from secretariat.services.agenda import Timing
from ui.commands import record
from ui.context import CongressContext

_DATA_FIELDS = tuple(f.name for f in fields(AgendaItemData))


def item_data(row: AgendaItemData) -> AgendaItemData:
    """The editable part of an item (a row carries ids and times besides)."""
    return AgendaItemData(**{name: getattr(row, name) for name in _DATA_FIELDS})


def _title_of(ctx: CongressContext, item_id: int) -> str:
    rows = agenda.list_items(ctx.require())
    return next((r.title for r in rows if r.id == item_id), "")


# --- editing the programme --------------------------------------------------------------


def add_item(
    ctx: CongressContext, data: AgendaItemData, position: int | None = None
) -> AgendaItemRow:
    """Insert an item at ``position`` (1-based; default: at the end)."""
    store = ctx.require()
    return record(
        ctx,
        lambda row: QCoreApplication.translate("Commands", "Add agenda item %1").replace(
            "%1", row.title
        ),
        lambda: agenda.add_item(store, data, position),
    )


def update_item(ctx: CongressContext, item_id: AgendaItemId, data: AgendaItemData) -> None:
    """Change an item's title, presenter, plan, vote flag or notes."""
    store = ctx.require()

    def text(before: AgendaItemRow) -> str:
        old = item_data(before)
        notes_only = all(
            getattr(old, name) == getattr(data, name) for name in _DATA_FIELDS if name != "notes"
        )
        label = (
            QCoreApplication.translate("Commands", "Edit notes of %1")
            if notes_only
            else QCoreApplication.translate("Commands", "Edit agenda item %1")
        )
        return label.replace("%1", before.title)

    record(ctx, text, lambda: agenda.update_item(store, item_id, data))


def remove_item(ctx: CongressContext, item_id: AgendaItemId) -> AgendaItemRow:
    """Remove an item with its speeches; undo brings both back with their ids."""
    store = ctx.require()
    return record(
        ctx,
        lambda removed: QCoreApplication.translate("Commands", "Remove agenda item %1").replace(
            "%1", removed.title
        ),
        lambda: agenda.remove_item(store, item_id),
    )


def move_item(ctx: CongressContext, item_id: AgendaItemId, position: int) -> int:
    """Move an item to ``position`` (1-based, clamped); returns its old position.

    A move that changes nothing (the first item up, the last down) pushes nothing.
    """
    store = ctx.require()
    rows = agenda.list_items(store)
    ids = [r.id for r in rows]
    if item_id not in ids:
        return agenda.move_item(store, item_id, position)  # raises NotFound
    old = ids.index(item_id) + 1
    if max(1, min(position, len(ids))) == old:
        return old
    return record(
        ctx,
        QCoreApplication.translate("Commands", "Move agenda item %1").replace(
            "%1", rows[ids.index(item_id)].title
        ),
        lambda: agenda.move_item(store, item_id, position),
    )


# --- running the programme --------------------------------------------------------------


def _timing_text(ctx: CongressContext, change: tuple[Timing, Timing]) -> str:
    before, after = change
    started = next(
        (new[0] for old, new in zip(before, after, strict=True) if old[1] is None and new[1]),
        None,
    )
    if started is not None:
        return QCoreApplication.translate("Commands", "Start agenda item %1").replace(
            "%1", _title_of(ctx, started)
        )
    # the last item was under way: it only ends
    ended = next(new[0] for old, new in zip(before, after, strict=True) if old != new)
    return QCoreApplication.translate("Commands", "End agenda item %1").replace(
        "%1", _title_of(ctx, ended)
    )


def start_next(ctx: CongressContext) -> tuple[Timing, Timing]:
    """End the item under way (if any) and start the next one, at the store's clock."""
    store = ctx.require()
    return record(ctx, lambda change: _timing_text(ctx, change), lambda: agenda.start_next(store))


def end_current(ctx: CongressContext) -> tuple[Timing, Timing]:
    """End the item under way without starting another (a break, the closing)."""
    store = ctx.require()
    return record(ctx, lambda change: _timing_text(ctx, change), lambda: agenda.end_current(store))
