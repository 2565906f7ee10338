"""The secretary's actions on counting stations and stacks, made undoable (issue 20 §3).

As ``ui.commands.ballot_actions``: each function runs the service at once (a
refusal raises the core's error and nothing is pushed), then pushes a command
that puts the data back. A station's own entries are not on the secretary's
undo stack: a station takes its papers back itself (``stations.take_back``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from secretariat.services import stations
from secretariat.services.elections import RoundId
from secretariat.services.stations import StackId, StackRow, StationId, StationRow
from ui.commands import ServiceCommand
from ui.context import CongressContext


def _push(
    ctx: CongressContext, text: str, undo: Callable[[], object], redo: Callable[[], object]
) -> None:
    ctx.undo_stack.push(ServiceCommand(text, undo, redo))


def add_station(ctx: CongressContext, name: str, login: str) -> StationRow:
    store = ctx.require()
    held = {"row": stations.add_station(store, name, login)}

    def redo() -> None:
        held["row"] = stations.add_station(store, held["row"].name, held["row"].login)

    _push(
        ctx,
        QCoreApplication.translate("Commands", "Add station %1").replace("%1", held["row"].name),
        lambda: stations.remove_station(store, held["row"].id),
        redo,
    )
    return held["row"]


def remove_station(ctx: CongressContext, station_id: StationId) -> StationRow:
    store = ctx.require()
    removed = stations.remove_station(store, station_id)
    held = {"row": removed}

    def undo() -> None:
        held["row"] = stations.add_station(store, removed.name, removed.login)

    _push(
        ctx,
        QCoreApplication.translate("Commands", "Remove station %1").replace("%1", removed.name),
        undo,
        lambda: stations.remove_station(store, held["row"].id),
    )
    return removed


def _again(store_stack: StackRow, ctx: CongressContext) -> StackRow:
    return stations.assign_stack(
        ctx.require(),
        store_stack.round_id,
        store_stack.first,
        store_stack.last,
        store_stack.first_station,
        store_stack.second_station,
    )


def _range(row: StackRow) -> str:
    return f"{row.first}–{row.last}"


def assign_stack(
    ctx: CongressContext,
    round_id: RoundId,
    first: int,
    last: int,
    first_station: StationId,
    second_station: StationId,
) -> StackRow:
    store = ctx.require()
    held = {
        "row": stations.assign_stack(store, round_id, first, last, first_station, second_station)
    }

    def redo() -> None:
        held["row"] = _again(held["row"], ctx)

    _push(
        ctx,
        QCoreApplication.translate("Commands", "Assign papers %1").replace(
            "%1", _range(held["row"])
        ),
        lambda: stations.unassign_stack(store, held["row"].id),
        redo,
    )
    return held["row"]


def unassign_stack(ctx: CongressContext, stack_id: StackId) -> StackRow:
    store = ctx.require()
    held = {"row": stations.unassign_stack(store, stack_id)}

    def undo() -> None:
        held["row"] = _again(held["row"], ctx)

    _push(
        ctx,
        QCoreApplication.translate("Commands", "Take back papers %1").replace(
            "%1", _range(held["row"])
        ),
        undo,
        lambda: stations.unassign_stack(store, held["row"].id),
    )
    return held["row"]


def reassign_pass(
    ctx: CongressContext, stack_id: StackId, pass_no: int, station_id: StationId
) -> StackRow:
    store = ctx.require()
    before, after = stations.reassign_pass(store, stack_id, pass_no, station_id)
    _push(
        ctx,
        QCoreApplication.translate("Commands", "Hand papers %1 to another station").replace(
            "%1", _range(after)
        ),
        lambda: stations.reassign_pass(store, stack_id, pass_no, before.station_of(pass_no)),
        lambda: stations.reassign_pass(store, stack_id, pass_no, station_id),
    )
    return after
