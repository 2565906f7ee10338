"""The show-of-hands votes' user actions: run through the services, made undoable.

Like ``ui.commands.agenda_actions``: every function takes the context first,
runs the action at once (a refusal raises the core's error and nothing is
pushed), then pushes a command that puts the data back exactly. Results keep
the (before, after) rows the service returns, so undo and redo write those
rows back with ``votes.restore`` and never freeze a new base or a new time.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from secretariat.domain import AgendaItemId, VoteId, VoteRow
from secretariat.services import votes
from ui.commands import ServiceCommand
from ui.context import CongressContext


def _push(ctx: CongressContext, text: str, undo: Any, redo: Any) -> None:
    ctx.undo_stack.push(ServiceCommand(text, undo, redo))


def _text(source: str, subject: str) -> str:
    return source.replace("%1", subject)


def add_vote(
    ctx: CongressContext, subject: str, agenda_item_id: AgendaItemId | None = None
) -> VoteRow:
    """A new vote, not yet held (undo removes it, redo puts it back with its id)."""
    store = ctx.require()
    row = votes.add_vote(store, subject, agenda_item_id)
    held: dict[str, VoteRow] = {"row": row}

    def undo() -> None:
        held["row"] = votes.remove_vote(store, row.id)

    _push(
        ctx,
        _text(QCoreApplication.translate("Commands", "Add vote %1"), row.subject),
        undo,
        lambda: votes.restore_vote(store, held["row"]),
    )
    return row


def seed_default_votes(ctx: CongressContext) -> list[VoteRow]:
    """One vote per agenda item that needs one; undone and redone as one step."""
    store = ctx.require()
    created = votes.seed_default_votes(store)
    held: dict[str, list[VoteRow]] = {"rows": list(created)}

    def undo() -> None:
        current = [votes.get_vote(store, r.id) for r in reversed(held["rows"])]
        for row in current:
            votes.remove_vote(store, row.id)
        held["rows"] = list(reversed(current))

    def redo() -> None:
        for row in held["rows"]:
            votes.restore_vote(store, row)

    _push(ctx, QCoreApplication.translate("Commands", "Add the default votes"), undo, redo)
    return created


def update_subject(ctx: CongressContext, vote_id: VoteId, subject: str) -> VoteRow:
    """Reword a vote; returns the row as before."""
    store = ctx.require()
    before = votes.update_subject(store, vote_id, subject)
    after = votes.get_vote(store, vote_id)
    if after == before:  # the same words: nothing to undo
        return before
    _push(
        ctx,
        _text(QCoreApplication.translate("Commands", "Reword vote %1"), after.subject),
        lambda: votes.restore(store, before),
        lambda: votes.restore(store, after),
    )
    return before


def remove_vote(ctx: CongressContext, vote_id: VoteId) -> VoteRow:
    """Take a vote (and its result) out of the list; undo puts it back whole."""
    store = ctx.require()
    held = {"row": votes.remove_vote(store, vote_id)}

    def redo() -> None:
        held["row"] = votes.remove_vote(store, vote_id)

    _push(
        ctx,
        _text(QCoreApplication.translate("Commands", "Remove vote %1"), held["row"].subject),
        lambda: votes.restore_vote(store, held["row"]),
        redo,
    )
    return held["row"]


def _result_command(ctx: CongressContext, text: str, change: tuple[VoteRow, VoteRow]) -> None:
    store = ctx.require()
    before, after = change
    _push(
        ctx,
        _text(text, after.subject),
        lambda: votes.restore(store, before),
        lambda: votes.restore(store, after),
    )


def hold(ctx: CongressContext, vote_id: VoteId, yes: int, no: int, other: int) -> VoteRow:
    """Record the counts (the base frozen now, or kept if already held); returns after."""
    change = votes.hold(ctx.require(), vote_id, yes, no, other)
    _result_command(ctx, QCoreApplication.translate("Commands", "Record the result of %1"), change)
    return change[1]


def all_in_favour(ctx: CongressContext, vote_id: VoteId) -> VoteRow:
    """Every full member present in favour, in one key; returns the row after."""
    change = votes.all_in_favour(ctx.require(), vote_id)
    _result_command(ctx, QCoreApplication.translate("Commands", "All in favour: %1"), change)
    return change[1]


def clear_result(ctx: CongressContext, vote_id: VoteId) -> VoteRow:
    """Forget a vote's result and frozen base; returns the row as before."""
    store = ctx.require()
    before = votes.clear_result(store, vote_id)
    after = votes.get_vote(store, vote_id)
    _result_command(
        ctx,
        QCoreApplication.translate("Commands", "Clear the result of %1"),
        (before, after),
    )
    return before
