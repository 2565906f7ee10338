"""Ballot entry's user actions: run through the services, made undoable.

Like ``ui.commands.vote_actions``: each function runs the action at once (a
refusal raises the core's error and nothing is pushed), then pushes one
``ActionCommand``: a paper taken back with Ctrl+Z goes, and redo puts it back
with its id, number, time and actor (the action's row images).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from secretariat.domain import MemberId
from secretariat.services import elections
from secretariat.services.elections import BallotEntry, RoundId, RoundRow, double_entry
from secretariat.services.elections import totals as totals_entry
from ui.commands import record
from ui.context import CongressContext


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
    text = (
        QCoreApplication.translate("Commands", "Second pass: paper No. %1")
        if pass_no == 2
        else QCoreApplication.translate("Commands", "Paper No. %1")
    )
    return record(
        ctx,
        lambda entry: text.replace("%1", str(entry.row.serial)),
        lambda: elections.enter_ballot(store, round_id, serial=serial, pass_no=pass_no, **reading),
    )


def resolve_mismatch(
    ctx: CongressContext, round_id: RoundId, serial: int, *, note: str = "", **reading: Any
) -> double_entry.Resolution:
    """The reading taken from the paper replaces both passes (logged)."""
    store = ctx.require()
    return record(
        ctx,
        QCoreApplication.translate("Commands", "Resolve paper No. %1").replace("%1", str(serial)),
        lambda: double_entry.resolve_mismatch(store, round_id, serial, note=note, **reading),
    )


def finish_second_pass(ctx: CongressContext, round_id: RoundId) -> tuple[RoundRow, RoundRow]:
    """The second operator has typed the whole stack: papers in one pass only now differ."""
    store = ctx.require()
    return record(
        ctx,
        QCoreApplication.translate("Commands", "Finish the second pass"),
        lambda: double_entry.finish_second_pass(store, round_id),
    )


def reopen_second_pass(ctx: CongressContext, round_id: RoundId) -> tuple[RoundRow, RoundRow]:
    store = ctx.require()
    return record(
        ctx,
        QCoreApplication.translate("Commands", "Reopen the second pass"),
        lambda: double_entry.reopen_second_pass(store, round_id),
    )


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
    return record(
        ctx,
        QCoreApplication.translate("Commands", "Totals of the tally sheet"),
        lambda: totals_entry.enter_totals(
            store, round_id, collected=collected, invalid_reasons=invalid_reasons, votes=votes
        ),
    )[1]


def clear_totals(ctx: CongressContext, round_id: RoundId) -> RoundRow:
    """Forget the totals typed in (undo types them back); returns the round before."""
    store = ctx.require()
    return record(
        ctx,
        QCoreApplication.translate("Commands", "Clear the totals"),
        lambda: totals_entry.clear_totals(store, round_id),
    )[0]
