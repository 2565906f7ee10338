"""The show-of-hands votes' user actions: run through the services, made undoable.

Like ``ui.commands.agenda_actions``: every function takes the context first,
runs the action at once (a refusal raises the core's error and nothing is
pushed), then pushes one ``ActionCommand``: undo and redo put the rows back
exactly (the action's row images), so they never freeze a new base or a new
time.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from secretariat.domain import AgendaItemId, VoteId, VoteRow
from secretariat.services import votes
from ui.commands import record
from ui.context import CongressContext


def _text(source: str, subject: str) -> str:
    return source.replace("%1", subject)


def add_vote(
    ctx: CongressContext, subject: str, agenda_item_id: AgendaItemId | None = None
) -> VoteRow:
    """A new vote, not yet held (undo removes it, redo puts it back with its id)."""
    store = ctx.require()
    return record(
        ctx,
        lambda row: _text(QCoreApplication.translate("Commands", "Add vote %1"), row.subject),
        lambda: votes.add_vote(store, subject, agenda_item_id),
    )


def seed_default_votes(ctx: CongressContext) -> list[VoteRow]:
    """One vote per agenda item that needs one; undone and redone as one step."""
    store = ctx.require()
    return record(
        ctx,
        QCoreApplication.translate("Commands", "Add the default votes"),
        lambda: votes.seed_default_votes(store),
    )


def update_subject(ctx: CongressContext, vote_id: VoteId, subject: str) -> VoteRow:
    """Reword a vote; returns the row as before (the same words push nothing)."""
    store = ctx.require()
    return record(
        ctx,
        lambda _before: _text(
            QCoreApplication.translate("Commands", "Reword vote %1"),
            votes.get_vote(store, vote_id).subject,
        ),
        lambda: votes.update_subject(store, vote_id, subject),
    )


def remove_vote(ctx: CongressContext, vote_id: VoteId) -> VoteRow:
    """Take a vote (and its result) out of the list; undo puts it back whole."""
    store = ctx.require()
    return record(
        ctx,
        lambda row: _text(QCoreApplication.translate("Commands", "Remove vote %1"), row.subject),
        lambda: votes.remove_vote(store, vote_id),
    )


def hold(ctx: CongressContext, vote_id: VoteId, yes: int, no: int, other: int) -> VoteRow:
    """Record the counts (the base frozen now, or kept if already held); returns after."""
    store = ctx.require()
    text = QCoreApplication.translate("Commands", "Record the result of %1")
    return record(
        ctx,
        lambda change: _text(text, change[1].subject),
        lambda: votes.hold(store, vote_id, yes, no, other),
    )[1]


def all_in_favour(ctx: CongressContext, vote_id: VoteId) -> VoteRow:
    """Every full member present in favour, in one key; returns the row after."""
    store = ctx.require()
    text = QCoreApplication.translate("Commands", "All in favour: %1")
    return record(
        ctx,
        lambda change: _text(text, change[1].subject),
        lambda: votes.all_in_favour(store, vote_id),
    )[1]


def clear_result(ctx: CongressContext, vote_id: VoteId) -> VoteRow:
    """Forget a vote's result and frozen base; returns the row as before."""
    store = ctx.require()
    text = QCoreApplication.translate("Commands", "Clear the result of %1")
    return record(
        ctx,
        lambda before: _text(text, before.subject),
        lambda: votes.clear_result(store, vote_id),
    )
