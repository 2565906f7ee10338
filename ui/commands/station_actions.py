"""The secretary's actions on counting stations and stacks, made undoable (issue 20 §3).

As ``ui.commands.ballot_actions``: each function runs the service at once (a
refusal raises the core's error and nothing is pushed), then pushes one
``ActionCommand`` that puts the rows back (the action's row images). A
station's own entries are not on the secretary's undo stack: a station takes
its papers back itself (``stations.take_back``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from secretariat.services import stations
from secretariat.services.elections import RoundId
from secretariat.services.stations import StackId, StackRow, StationId, StationRow
from ui.commands import record
from ui.context import CongressContext


def _range(row: StackRow) -> str:
    return f"{row.first}–{row.last}"


def add_station(ctx: CongressContext, name: str, login: str) -> StationRow:
    store = ctx.require()
    return record(
        ctx,
        lambda row: QCoreApplication.translate("Commands", "Add station %1").replace(
            "%1", row.name
        ),
        lambda: stations.add_station(store, name, login),
    )


def remove_station(ctx: CongressContext, station_id: StationId) -> StationRow:
    store = ctx.require()
    return record(
        ctx,
        lambda row: QCoreApplication.translate("Commands", "Remove station %1").replace(
            "%1", row.name
        ),
        lambda: stations.remove_station(store, station_id),
    )


def assign_stack(
    ctx: CongressContext,
    round_id: RoundId,
    first: int,
    last: int,
    first_station: StationId,
    second_station: StationId,
) -> StackRow:
    store = ctx.require()
    return record(
        ctx,
        lambda row: QCoreApplication.translate("Commands", "Assign papers %1").replace(
            "%1", _range(row)
        ),
        lambda: stations.assign_stack(store, round_id, first, last, first_station, second_station),
    )


def unassign_stack(ctx: CongressContext, stack_id: StackId) -> StackRow:
    store = ctx.require()
    return record(
        ctx,
        lambda row: QCoreApplication.translate("Commands", "Take back papers %1").replace(
            "%1", _range(row)
        ),
        lambda: stations.unassign_stack(store, stack_id),
    )


def reassign_pass(
    ctx: CongressContext, stack_id: StackId, pass_no: int, station_id: StationId
) -> StackRow:
    store = ctx.require()
    return record(
        ctx,
        lambda change: QCoreApplication.translate(
            "Commands", "Hand papers %1 to another station"
        ).replace("%1", _range(change[1])),
        lambda: stations.reassign_pass(store, stack_id, pass_no, station_id),
    )[1]
