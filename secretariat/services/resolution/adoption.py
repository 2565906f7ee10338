"""Adoption of the resolution by a show of hands (190-QĐ/TW Điều 3), and reopening
it with a reason.
"""

from __future__ import annotations

from sqlalchemy import select

from secretariat import models
from secretariat.domain import AgendaItemId, VoteId
from secretariat.errors import ValidationError
from secretariat.services import votes
from secretariat.services.resolution._common import (
    ADOPTION_SUBJECT,
    VERSION_TABLE,
    adopted_in,
    line_text,
    refuse_if_adopted,
)
from secretariat.services.resolution.amendments import pending_amendments, resolution_item
from secretariat.services.resolution.draft import draft, is_adopted
from secretariat.services.resolution.draft_rows import journal_draft, raw_draft
from secretariat.services.resolution.rows import ADOPTED_NAME, Adoption, Change
from secretariat.services.resolution.texts import auto_key, auto_texts
from secretariat.services.resolution.versions import add_version, saved_version, version_json
from secretariat.store import Store, UnitOfWork

# --- adoption -------------------------------------------------------------------------


def _adoption_vote_in(uow: UnitOfWork, item: AgendaItemId | None) -> tuple[VoteId, bool]:
    """The resolution item's vote not yet held and not an amendment's, or a new one
    (then True)."""
    s = uow.session
    if item is not None:
        linked = set(s.scalars(select(models.Amendment.vote_id)))
        waiting = s.scalars(
            select(models.Vote.id)
            .where(models.Vote.agenda_item_id == item, models.Vote.held_at.is_(None))
            .order_by(models.Vote.position, models.Vote.id)
        )
        for vote_id in waiting:
            if vote_id not in linked:
                return VoteId(vote_id), False
    return votes.add_in(uow, ADOPTION_SUBJECT, item).id, True


def adopt(store: Store, *, yes: int, no: int, other: int = 0) -> Adoption:
    """The show-of-hands vote on the whole resolution (190-QĐ/TW Điều 3).

    Uses the resolution agenda item's vote if it is not yet held, else a new
    vote. If it passes, the working draft is frozen as the version "Nghị quyết
    được thông qua" and further edits are refused. The vote and the freezing are
    one transaction. ``revert(store, adoption.change)`` undoes it exactly;
    ``reopen`` lifts an adoption kept in the record.
    """
    if is_adopted(store):
        raise ValidationError("adopted", "resolution")
    if draft(store).empty:
        raise ValidationError("empty", "resolution")
    # Every remark is dealt with before the vote on the whole: accepted, explained
    # (not accepted, with the reason) or voted; the minutes state each one's fate.
    waiting = pending_amendments(store)
    if waiting:
        raise ValidationError("pending_amendments", "amendments", len(waiting))
    item = resolution_item(store)
    texts = auto_texts(store)
    action = "resolution.adopt"
    with store.action(action) as uow:
        refuse_if_adopted(uow)
        vote_id, created = _adoption_vote_in(uow, item)
        vote_before, held = votes.hold_in(uow, store, vote_id, yes, no, other)
        was = None if created else vote_before
        result = votes.result(held)
        before = raw_draft(uow.session)
        if not result.passed:
            change = Change(action, before, before, held.id, vote_before=was, vote_after=held)
            return Adoption(held, result, None, change)
        # What the following sections say now (the attendance, the election
        # results) is frozen into the text: the adopted working draft and its
        # version read the same from now on.
        for section in uow.session.scalars(select(models.ResolutionSection)):
            if section.auto:
                key = auto_key(section.kind, section.code)
                section.text, section.auto = texts.get(key, section.text), False
        uow.session.flush()
        after = raw_draft(uow.session)
        journal_draft(uow, before, after)
        saved = add_version(uow, ADOPTED_NAME, after, adopted=True, vote_id=held.id)
    change = Change(
        action, before, after, saved.row.id, vote_before=was, vote_after=held, version_after=saved
    )
    return Adoption(held, result, saved.row, change)


def reopen(store: Store, reason: str = "") -> Change:
    """Lift the adoption (journaled): the adopted version stays, no longer marked
    adopted, and the draft can be edited again. ``reason`` (what the congress
    reopened it for) is kept with the version, so the minutes say it (issue 18 §1).
    ``revert`` re-adopts."""
    action = "resolution.reopen"
    why = line_text(reason, "reason")
    with store.action(action) as uow:
        version = adopted_in(uow.session)
        if version is None:
            raise ValidationError("not_adopted", "resolution")
        before = saved_version(version)
        version.adopted = False
        version.reopen_reason = why
        uow.session.flush()
        after = saved_version(version)
        uow.journal(VERSION_TABLE, version.id, version_json(before), version_json(after))
        current = raw_draft(uow.session)
    return Change(
        action, current, current, after.row.id, version_before=before, version_after=after
    )
