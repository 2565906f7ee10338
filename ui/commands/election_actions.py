"""The elections' user actions: run through the services, made undoable.

Like ``ui.commands.vote_actions``: every function takes the context first, runs
the action at once (a refusal raises the core's error and nothing is pushed),
then pushes one ``ActionCommand``: undo and redo put the rows back exactly, ids,
frozen bases and moments included (the action's row images).
"""

from __future__ import annotations

from collections.abc import Sequence
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
from ui.commands import record
from ui.context import CongressContext

# --- the election ---------------------------------------------------------------------


def create_election(
    ctx: CongressContext, target: Target | str, title: str, seats: int, *, alternates: int = 0
) -> ElectionRow:
    """A new election at the end of the list; undo removes it, redo puts it back."""
    store = ctx.require()
    return record(
        ctx,
        lambda row: QCoreApplication.translate("Commands", "Add election %1").replace(
            "%1", row.title
        ),
        lambda: elections.create_election(store, target, title, seats, alternates=alternates),
    )


def remove_election(ctx: CongressContext, election_id: ElectionId) -> ElectionRow:
    """Take out an election with no round yet; undo puts it back."""
    store = ctx.require()
    return record(
        ctx,
        lambda row: QCoreApplication.translate("Commands", "Remove election %1").replace(
            "%1", row.title
        ),
        lambda: elections.remove_election(store, election_id),
    )


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
    return record(
        ctx,
        lambda row: QCoreApplication.translate("Commands", "Nominate %1").replace(
            "%1", row.full_name
        ),
        lambda: nominations.nominate(store, election_id, member_id, source, proposer=proposer),
    )


def record_agreement(
    ctx: CongressContext, nomination_id: NominationId, agree: int, attending: int
) -> NominationRow:
    """The floor's agreement count (> 30 % of those attending admits the name)."""
    store = ctx.require()
    text = QCoreApplication.translate("Commands", "Agreement on %1")
    return record(
        ctx,
        lambda change: text.replace("%1", change[1].full_name),
        lambda: nominations.record_agreement(store, nomination_id, agree, attending),
    )[1]


def decide_withdrawal(
    ctx: CongressContext, nomination_id: NominationId, *, yes: int, no: int, reason: str = ""
) -> NominationRow:
    """The congress's vote on a request to withdraw from the list."""
    store = ctx.require()
    text = QCoreApplication.translate("Commands", "Withdrawal of %1")
    return record(
        ctx,
        lambda change: text.replace("%1", change[1].full_name),
        lambda: nominations.decide_withdrawal(store, nomination_id, yes=yes, no=no, reason=reason),
    )[1]


def remove_nomination(ctx: CongressContext, nomination_id: NominationId) -> NominationRow:
    """Take a nomination out (a typing mistake); undo puts it back with its id."""
    store = ctx.require()
    return record(
        ctx,
        lambda row: QCoreApplication.translate("Commands", "Remove nomination %1").replace(
            "%1", row.full_name
        ),
        lambda: nominations.remove_nomination(store, nomination_id),
    )


def approve_list(
    ctx: CongressContext, election_id: ElectionId, *, yes: int, no: int, other: int = 0
) -> VoteRow:
    """The show of hands on the election list; undo clears it, redo puts the
    same vote back (its id, result and base) and links it again."""
    store = ctx.require()
    return record(
        ctx,
        QCoreApplication.translate("Commands", "Approve the election list"),
        lambda: nominations.approve_list(store, election_id, yes=yes, no=no, other=other),
    )


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
    return record(
        ctx,
        lambda row: QCoreApplication.translate("Commands", "Open round %1").replace(
            "%1", str(row.round_no)
        ),
        lambda: elections.open_round(
            store,
            election_id,
            list(candidates),
            list(tellers),
            seats=seats,
            congress_allowed_more=congress_allowed_more,
            reason=reason,
            alternates=alternates,
        ),
    )


def start_ballot(
    ctx: CongressContext, round_id: RoundId, issued: int, fewer_reason: str = ""
) -> RoundRow:
    """Issue the ballots: the base and the voters present are frozen now; undo
    and redo put the round's issue state back (same moment, same base).
    ``fewer_reason``: why fewer ballots than full members present."""
    store = ctx.require()
    return record(
        ctx,
        QCoreApplication.translate("Commands", "Issue %1 ballots").replace("%1", str(issued)),
        lambda: elections.start_ballot(store, round_id, issued, fewer_reason=fewer_reason),
    )[1]


# --- results --------------------------------------------------------------------------


def announce(ctx: CongressContext, round_id: RoundId) -> RoundRow:
    """Announce a round's result (refused while blockers remain)."""
    store = ctx.require()
    text = QCoreApplication.translate("Commands", "Announce the result of round %1")
    return record(
        ctx,
        lambda change: text.replace("%1", str(change[1].round_no)),
        lambda: election_results.announce(store, round_id),
    )[1]


def withdraw_announcement(ctx: CongressContext, round_id: RoundId) -> RoundRow:
    store = ctx.require()
    text = QCoreApplication.translate("Commands", "Withdraw the announcement of round %1")
    return record(
        ctx,
        lambda change: text.replace("%1", str(change[1].round_no)),
        lambda: election_results.withdraw_announcement(store, round_id),
    )[1]


def record_appointment(
    ctx: CongressContext, election_id: ElectionId, member_id: MemberId | None, note: str
) -> ElectionRow:
    """The bí thư appointed by the superior committee after three failed rounds."""
    store = ctx.require()
    text = QCoreApplication.translate("Commands", "Record the appointment for %1")
    return record(
        ctx,
        lambda change: text.replace("%1", change[1].title),
        lambda: election_results.record_appointment(store, election_id, member_id, note),
    )[1]


def ratify(ctx: CongressContext, election_id: ElectionId, on: date, note: str = "") -> ElectionRow:
    """The superior committee's ratification (chuẩn y): the result is no longer provisional."""
    store = ctx.require()
    text = QCoreApplication.translate("Commands", "Record the ratification of %1")
    return record(
        ctx,
        lambda change: text.replace("%1", change[1].title),
        lambda: election_results.ratify(store, election_id, on, note),
    )[1]


def close_election(ctx: CongressContext, election_id: ElectionId) -> ElectionRow:
    """The congress holds no further round: the election keeps the seats it filled."""
    store = ctx.require()
    text = QCoreApplication.translate("Commands", "Close the election %1")
    return record(
        ctx,
        lambda change: text.replace("%1", change[1].title),
        lambda: election_results.close_election(store, election_id),
    )[1]
