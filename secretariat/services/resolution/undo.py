"""Undo and redo of any resolution action: a ``Change`` put back as before or as after."""

from __future__ import annotations

from secretariat import models
from secretariat.services import votes
from secretariat.services.resolution._common import AMENDMENT_TABLE, refuse_if_adopted
from secretariat.services.resolution.amendments import (
    amendment_json,
    amendment_row,
    renumber_amendments,
    write_amendment,
)
from secretariat.services.resolution.draft_rows import journal_draft, raw_draft, write_draft
from secretariat.services.resolution.rows import Change
from secretariat.services.resolution.versions import delete_version, write_version
from secretariat.store import Store

# --- undo and redo --------------------------------------------------------------------


def _put(store: Store, change: Change, forward: bool) -> None:
    draft_to, draft_from = (
        (change.after, change.before) if forward else (change.before, change.after)
    )
    am_to, am_from = (
        (change.amendment_after, change.amendment_before)
        if forward
        else (change.amendment_before, change.amendment_after)
    )
    vote_to, vote_from = (
        (change.vote_after, change.vote_before)
        if forward
        else (change.vote_before, change.vote_after)
    )
    ver_to, ver_from = (
        (change.version_after, change.version_before)
        if forward
        else (change.version_before, change.version_after)
    )
    # Lifting or undoing an adoption is the one change made to an adopted resolution.
    unadopting = change.action == "resolution.reopen" or (
        change.action == "resolution.adopt" and change.version_after is not None and not forward
    )
    with store.action("resolution.redo" if forward else "resolution.undo") as uow:
        if not unadopting:
            refuse_if_adopted(uow)  # before any vote is touched
        # A vote the amendment links to must exist before the link is written.
        if vote_to is not None and vote_from is None:
            votes.restore_vote_in(uow, vote_to)
        elif vote_to is not None and vote_to != vote_from:
            votes.restore_in(uow, vote_to)
        if draft_to != draft_from:
            before = raw_draft(uow.session)
            write_draft(uow, draft_to)
            journal_draft(uow, before, raw_draft(uow.session))
        if am_to is not None:
            old = uow.session.get(models.Amendment, am_to.id)
            old_json = amendment_json(amendment_row(uow.session, old)) if old else None
            write_amendment(uow, am_to)
            uow.journal(AMENDMENT_TABLE, am_to.id, old_json, amendment_json(am_to))
        elif am_from is not None:
            gone = uow.session.get(models.Amendment, am_from.id)
            if gone is not None:
                old_json = amendment_json(amendment_row(uow.session, gone))
                uow.session.delete(gone)
                uow.session.flush()
                renumber_amendments(uow.session)
                uow.journal(AMENDMENT_TABLE, am_from.id, old_json, None)
        if ver_to is not None:
            write_version(uow, ver_to)
        elif ver_from is not None:
            delete_version(uow, ver_from.row.id)
        if vote_from is not None and vote_to is None:
            votes.remove_in(uow, vote_from.id)


def revert(store: Store, change: Change) -> None:
    """Undo ``change``: put back the draft, amendment, vote and version as before."""
    _put(store, change, forward=False)


def reapply(store: Store, change: Change) -> None:
    """Redo ``change``: put back the draft, amendment, vote and version as after."""
    _put(store, change, forward=True)
