"""Ballot entry's user actions: run through the services, made undoable.

Like ``ui.commands.vote_actions``: each function runs the action at once (a
refusal raises the core's error and nothing is pushed), then pushes a command
on ``ctx.undo_stack`` that puts the data back exactly: a paper taken back with
Ctrl+Z is returned whole by ``undo_ballot`` and redo puts it back with its id,
number, time and actor (``restore_ballot``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from secretariat.domain import MemberId
from secretariat.services import elections
from secretariat.services.elections import BallotEntry, BallotRow, RoundId, RoundRow, double_entry
from secretariat.services.elections import totals as totals_entry
from ui.commands import ServiceCommand
from ui.context import CongressContext


def _push(
    ctx: CongressContext, text: str, undo: Callable[[], object], redo: Callable[[], object]
) -> None:
    ctx.undo_stack.push(ServiceCommand(text, undo, redo))


def enter_ballot(
    ctx: CongressContext,
    round_id: RoundId,
    *,
    serial: int | None = None,
    pass_no: int = 1,
    **reading: Any,
) -> BallotEntry:
    """Store one paper (``reading``: the keywords of ``elections.enter_ballot``)."""
    store = ctx.require()
    entry = elections.enter_ballot(store, round_id, serial=serial, pass_no=pass_no, **reading)
    held: dict[str, BallotRow] = {"row": entry.row}

    def undo() -> None:
        held["row"] = elections.undo_ballot(store, held["row"].id)

    text = (
        QCoreApplication.translate("Commands", "Second pass: paper No. %1")
        if pass_no == 2
        else QCoreApplication.translate("Commands", "Paper No. %1")
    )
    _push(
        ctx,
        text.replace("%1", str(entry.row.serial)),
        undo,
        lambda: elections.restore_ballot(store, held["row"]),
    )
    return entry


def resolve_mismatch(
    ctx: CongressContext, round_id: RoundId, serial: int, *, note: str = "", **reading: Any
) -> double_entry.Resolution:
    """The reading taken from the paper replaces both passes (logged)."""
    store = ctx.require()
    resolution = double_entry.resolve_mismatch(store, round_id, serial, note=note, **reading)
    held = {"resolution": resolution}

    def undo() -> None:
        double_entry.undo_resolution(store, held["resolution"].id)

    def redo() -> None:
        held["resolution"] = double_entry.resolve_mismatch(
            store, round_id, serial, note=note, **reading
        )

    _push(
        ctx,
        QCoreApplication.translate("Commands", "Resolve paper No. %1").replace("%1", str(serial)),
        undo,
        redo,
    )
    return resolution


def finish_second_pass(ctx: CongressContext, round_id: RoundId) -> tuple[RoundRow, RoundRow]:
    """The second operator has typed the whole stack: papers in one pass only now differ."""
    store = ctx.require()
    result = double_entry.finish_second_pass(store, round_id)
    _push(
        ctx,
        QCoreApplication.translate("Commands", "Finish the second pass"),
        lambda: double_entry.reopen_second_pass(store, round_id),
        lambda: double_entry.finish_second_pass(store, round_id),
    )
    return result


def reopen_second_pass(ctx: CongressContext, round_id: RoundId) -> tuple[RoundRow, RoundRow]:
    store = ctx.require()
    result = double_entry.reopen_second_pass(store, round_id)
    _push(
        ctx,
        QCoreApplication.translate("Commands", "Reopen the second pass"),
        lambda: double_entry.finish_second_pass(store, round_id),
        lambda: double_entry.reopen_second_pass(store, round_id),
    )
    return result


def enter_totals(
    ctx: CongressContext,
    round_id: RoundId,
    *,
    collected: int,
    invalid_reasons: Mapping[str, int],
    votes: Mapping[MemberId, int],
) -> RoundRow:
    """Totals typed from a paper tally sheet (docs/domain/rules.md 4.6); returns the round after.

    Undo clears them, or puts back the totals typed before (a correction).
    """
    store = ctx.require()
    before, after = totals_entry.enter_totals(
        store, round_id, collected=collected, invalid_reasons=invalid_reasons, votes=votes
    )

    def put(row: RoundRow) -> None:
        if row.totals is None:
            totals_entry.clear_totals(store, round_id)
        else:
            totals_entry.enter_totals(
                store,
                round_id,
                collected=row.totals.collected,
                invalid_reasons=row.totals.invalid_reasons,
                votes=row.totals.votes,
            )

    _push(
        ctx,
        QCoreApplication.translate("Commands", "Totals of the tally sheet"),
        lambda: put(before),
        lambda: put(after),
    )
    return after


def clear_totals(ctx: CongressContext, round_id: RoundId) -> RoundRow:
    """Forget the totals typed in (undo types them back); returns the round before."""
    store = ctx.require()
    before, _after = totals_entry.clear_totals(store, round_id)
    totals = before.totals

    def undo() -> None:
        if totals is not None:
            totals_entry.enter_totals(
                store,
                round_id,
                collected=totals.collected,
                invalid_reasons=totals.invalid_reasons,
                votes=totals.votes,
            )

    _push(
        ctx,
        QCoreApplication.translate("Commands", "Clear the totals"),
        undo,
        lambda: totals_entry.clear_totals(store, round_id),
    )
    return before
