"""The elections' user actions: run through the services, made undoable.

Like ``ui.commands.vote_actions``: every function takes the context first, runs
the action at once (a refusal raises the core's error and nothing is pushed),
then pushes a command that puts the data back exactly. Actions that change a
row keep the (before, after) rows the service returns, so undo and redo write
those rows back; actions that add a row undo by removing it and redo by
putting the removed row back with its id (``elections.reinstate_election``,
``reinstate_round``); the issue of the ballots is undone by writing the round's
issue state back (``elections.restore_round_state``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication

from secretariat.domain import MemberId, VoteRow
from secretariat.services import elections
from secretariat.services.elections import (
    ElectionId,
    ElectionRow,
    RoundId,
    RoundRow,
    Target,
    nominations,
)
from secretariat.services.elections import results as election_results
from secretariat.services.elections.nominations import NominationId, NominationRow, NominationSource
from ui.commands import ServiceCommand
from ui.context import CongressContext


def _push(
    ctx: CongressContext, text: str, undo: Callable[[], object], redo: Callable[[], object]
) -> None:
    ctx.undo_stack.push(ServiceCommand(text, undo, redo))


# --- the election ---------------------------------------------------------------------


def create_election(
    ctx: CongressContext, target: Target | str, title: str, seats: int, *, alternates: int = 0
) -> ElectionRow:
    """A new election at the end of the list; undo removes it, redo puts it back."""
    store = ctx.require()
    row = elections.create_election(store, target, title, seats, alternates=alternates)
    held: dict[str, ElectionRow] = {"row": row}

    def undo() -> None:
        held["row"] = elections.remove_election(store, held["row"].id)

    def redo() -> None:
        held["row"] = elections.reinstate_election(store, held["row"])

    _push(
        ctx,
        QCoreApplication.translate("Commands", "Add election %1").replace("%1", row.title),
        undo,
        redo,
    )
    return row


def remove_election(ctx: CongressContext, election_id: ElectionId) -> ElectionRow:
    """Take out an election with no round yet; undo puts it back."""
    store = ctx.require()
    held = {"row": elections.remove_election(store, election_id)}

    def undo() -> None:
        held["row"] = elections.reinstate_election(store, held["row"])

    def redo() -> None:
        held["row"] = elections.remove_election(store, held["row"].id)

    _push(
        ctx,
        QCoreApplication.translate("Commands", "Remove election %1").replace(
            "%1", held["row"].title
        ),
        undo,
        redo,
    )
    return held["row"]


# --- nominations ----------------------------------------------------------------------


def nominate(
    ctx: CongressContext,
    election_id: ElectionId,
    member_id: MemberId,
    source: NominationSource | str,
    *,
    proposer: str = "",
) -> NominationRow:
    """Put a name forward (convening committee, floor or self)."""
    store = ctx.require()
    row = nominations.nominate(store, election_id, member_id, source, proposer=proposer)
    held = {"row": row}

    def undo() -> None:
        held["row"] = nominations.remove_nomination(store, held["row"].id)

    def redo() -> None:
        held["row"] = nominations.restore_nomination(store, held["row"])

    _push(
        ctx,
        QCoreApplication.translate("Commands", "Nominate %1").replace("%1", row.full_name),
        undo,
        redo,
    )
    return row


def _nomination_change(
    ctx: CongressContext, text: str, change: tuple[NominationRow, NominationRow]
) -> NominationRow:
    """Undo and redo a change of one nomination by writing the whole row back."""
    store = ctx.require()
    before, after = change

    def put(row: NominationRow) -> None:
        nominations.restore_nomination(store, row)

    _push(ctx, text.replace("%1", after.full_name), lambda: put(before), lambda: put(after))
    return after


def record_agreement(
    ctx: CongressContext, nomination_id: NominationId, agree: int, attending: int
) -> NominationRow:
    """The floor's agreement count (> 30 % of those attending admits the name)."""
    change = nominations.record_agreement(ctx.require(), nomination_id, agree, attending)
    return _nomination_change(
        ctx, QCoreApplication.translate("Commands", "Agreement on %1"), change
    )


def decide_withdrawal(
    ctx: CongressContext, nomination_id: NominationId, *, yes: int, no: int, reason: str = ""
) -> NominationRow:
    """The congress's vote on a request to withdraw from the list."""
    change = nominations.decide_withdrawal(
        ctx.require(), nomination_id, yes=yes, no=no, reason=reason
    )
    return _nomination_change(
        ctx, QCoreApplication.translate("Commands", "Withdrawal of %1"), change
    )


def remove_nomination(ctx: CongressContext, nomination_id: NominationId) -> NominationRow:
    """Take a nomination out (a typing mistake); undo puts it back with its id."""
    store = ctx.require()
    held = {"row": nominations.remove_nomination(store, nomination_id)}

    def undo() -> None:
        held["row"] = nominations.restore_nomination(store, held["row"])

    def redo() -> None:
        held["row"] = nominations.remove_nomination(store, held["row"].id)

    _push(
        ctx,
        QCoreApplication.translate("Commands", "Remove nomination %1").replace(
            "%1", held["row"].full_name
        ),
        undo,
        redo,
    )
    return held["row"]


def approve_list(
    ctx: CongressContext, election_id: ElectionId, *, yes: int, no: int, other: int = 0
) -> VoteRow:
    """The show of hands on the election list; undo clears it, redo puts the
    same vote back (its id, result and base) and links it again."""
    store = ctx.require()
    vote = nominations.approve_list(store, election_id, yes=yes, no=no, other=other)
    held = {"vote": vote}

    def undo() -> None:
        held["vote"] = nominations.clear_list_approval(store, election_id)

    def redo() -> None:
        held["vote"] = nominations.reinstate_list_approval(store, election_id, held["vote"])

    _push(ctx, QCoreApplication.translate("Commands", "Approve the election list"), undo, redo)
    return vote


# --- rounds ---------------------------------------------------------------------------


def open_round(
    ctx: CongressContext,
    election_id: ElectionId,
    candidates: Sequence[MemberId],
    tellers: Sequence[MemberId],
    *,
    seats: int | None = None,
    congress_allowed_more: bool = False,
    reason: str | None = None,
    alternates: int | None = None,
) -> RoundRow:
    """Open the next round with its list and tellers; undo removes the round,
    redo puts it back with its id."""
    store = ctx.require()
    row = elections.open_round(
        store,
        election_id,
        list(candidates),
        list(tellers),
        seats=seats,
        congress_allowed_more=congress_allowed_more,
        reason=reason,
        alternates=alternates,
    )
    held = {"row": row}

    def undo() -> None:
        held["row"] = elections.remove_round(store, held["row"].id)

    def redo() -> None:
        held["row"] = elections.reinstate_round(store, held["row"])

    _push(
        ctx,
        QCoreApplication.translate("Commands", "Open round %1").replace("%1", str(row.round_no)),
        undo,
        redo,
    )
    return row


def start_ballot(
    ctx: CongressContext, round_id: RoundId, issued: int, fewer_reason: str = ""
) -> RoundRow:
    """Issue the ballots: the base and the voters present are frozen now; undo
    and redo write the round's issue state back (same moment, same base).
    ``fewer_reason``: why fewer ballots than full members present."""
    store = ctx.require()
    before, after = elections.start_ballot(store, round_id, issued, fewer_reason=fewer_reason)
    _push(
        ctx,
        QCoreApplication.translate("Commands", "Issue %1 ballots").replace("%1", str(issued)),
        lambda: elections.restore_round_state(store, before),
        lambda: elections.restore_round_state(store, after),
    )
    return after


# --- results --------------------------------------------------------------------------


def announce(ctx: CongressContext, round_id: RoundId) -> RoundRow:
    """Announce a round's result (refused while blockers remain)."""
    store = ctx.require()
    _before, after = election_results.announce(store, round_id)
    at = after.announced_at
    _push(
        ctx,
        QCoreApplication.translate("Commands", "Announce the result of round %1").replace(
            "%1", str(after.round_no)
        ),
        lambda: election_results.withdraw_announcement(store, round_id),
        lambda: election_results.announce(store, round_id, at=at),
    )
    return after


def withdraw_announcement(ctx: CongressContext, round_id: RoundId) -> RoundRow:
    store = ctx.require()
    before, after = election_results.withdraw_announcement(store, round_id)
    at = before.announced_at
    _push(
        ctx,
        QCoreApplication.translate("Commands", "Withdraw the announcement of round %1").replace(
            "%1", str(after.round_no)
        ),
        lambda: election_results.announce(store, round_id, at=at),
        lambda: election_results.withdraw_announcement(store, round_id),
    )
    return after


def _election_change(
    ctx: CongressContext, text: str, change: tuple[ElectionRow, ElectionRow]
) -> ElectionRow:
    """Undo and redo a change of the election row by writing the whole row back."""
    store = ctx.require()
    before, after = change
    _push(
        ctx,
        text.replace("%1", after.title),
        lambda: election_results.restore_election(store, before),
        lambda: election_results.restore_election(store, after),
    )
    return after


def record_appointment(
    ctx: CongressContext, election_id: ElectionId, member_id: MemberId | None, note: str
) -> ElectionRow:
    """The bí thư appointed by the superior committee after three failed rounds."""
    change = election_results.record_appointment(ctx.require(), election_id, member_id, note)
    return _election_change(
        ctx, QCoreApplication.translate("Commands", "Record the appointment for %1"), change
    )


def ratify(ctx: CongressContext, election_id: ElectionId, on: date, note: str = "") -> ElectionRow:
    """The superior committee's ratification (chuẩn y): the result is no longer provisional."""
    change = election_results.ratify(ctx.require(), election_id, on, note)
    return _election_change(
        ctx, QCoreApplication.translate("Commands", "Record the ratification of %1"), change
    )


def close_election(ctx: CongressContext, election_id: ElectionId) -> ElectionRow:
    """The congress holds no further round: the election keeps the seats it filled."""
    change = election_results.close_election(ctx.require(), election_id)
    return _election_change(
        ctx, QCoreApplication.translate("Commands", "Close the election %1"), change
    )
