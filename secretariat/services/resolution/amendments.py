"""Amendments (ý kiến góp ý) against a section or a target: recorded, accepted
(written into the draft), explained, or put to a show-of-hands vote.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from decimal import Decimal

from babel.numbers import format_decimal
from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from secretariat import models
from secretariat.domain import AgendaItemId, SpeechId, VoteId, VoteRow
from secretariat.errors import NotFound, ValidationError
from secretariat.rules.votes import verdict
from secretariat.services import agenda, attendance, votes
from secretariat.services.resolution._common import (
    AMENDMENT_TABLE,
    RESOLUTION_ITEM,
    SECTION_TABLE,
    TARGET_TABLE,
    body_text,
    figure_text,
    figure_value,
    line_text,
    load_amendment,
    parse_stamp,
    refuse_if_adopted,
    stamp,
)
from secretariat.services.resolution.draft import draft, is_adopted
from secretariat.services.resolution.draft_rows import journal_draft, raw_draft
from secretariat.services.resolution.rows import (
    AMENDMENT_VOTE,
    AmendmentId,
    AmendmentRow,
    Change,
    Draft,
    Fate,
    SectionId,
    TargetId,
    target_label,
)
from secretariat.store import Store, UnitOfWork


def _passed(s: OrmSession, vote_id: int | None) -> bool | None:
    vote = s.get(models.Vote, vote_id) if vote_id is not None else None
    if vote is None or vote.held_at is None:
        return None
    frozen = attendance.frozen_of(s, vote.frozen_base_id)
    if frozen is None or vote.yes is None or vote.no is None or vote.other is None:
        return None
    return verdict(vote.yes, vote.no, vote.other, frozen.base, frozen.voters_present).passed


def amendment_row(s: OrmSession, a: models.Amendment) -> AmendmentRow:
    return AmendmentRow(
        id=AmendmentId(a.id),
        position=a.position,
        section_id=SectionId(a.section_id) if a.section_id is not None else None,
        target_id=TargetId(a.target_id) if a.target_id is not None else None,
        place=a.place,
        original=a.original,
        speech_id=SpeechId(a.speech_id) if a.speech_id is not None else None,
        proposer=a.proposer,
        proposed_text=a.proposed_text,
        proposed_figure=Decimal(a.proposed_figure) if a.proposed_figure is not None else None,
        fate=Fate(a.fate),
        answer=a.answer,
        vote_id=VoteId(a.vote_id) if a.vote_id is not None else None,
        created_at=datetime.fromisoformat(a.created_at),
        decided_at=parse_stamp(a.decided_at),
        applied=bool(a.applied),
        vote_passed=_passed(s, a.vote_id),
        remark=a.remark or "",
    )


def amendment_json(row: AmendmentRow) -> dict[str, object]:
    return {
        "id": row.id,
        "position": row.position,
        "section_id": row.section_id,
        "target_id": row.target_id,
        "place": row.place,
        "original": row.original,
        "speech_id": row.speech_id,
        "proposer": row.proposer,
        "remark": row.remark,
        "proposed_text": row.proposed_text,
        "proposed_figure": figure_text(row.proposed_figure)
        if row.proposed_figure is not None
        else None,
        "fate": row.fate.value,
        "answer": row.answer,
        "vote_id": row.vote_id,
        "created_at": stamp(row.created_at),
        "decided_at": stamp(row.decided_at) if row.decided_at else None,
        "applied": row.applied,
    }


def _amendments(s: OrmSession) -> list[models.Amendment]:
    query = select(models.Amendment).order_by(models.Amendment.position, models.Amendment.id)
    return list(s.scalars(query))


def list_amendments(store: Store) -> list[AmendmentRow]:
    with store.read() as s:
        return [amendment_row(s, a) for a in _amendments(s)]


def get_amendment(store: Store, amendment_id: AmendmentId) -> AmendmentRow:
    with store.read() as s:
        a = s.get(models.Amendment, amendment_id)
        if a is None:
            raise NotFound(AMENDMENT_TABLE, amendment_id)
        return amendment_row(s, a)


def disputed_points(store: Store) -> list[AmendmentRow]:
    """The amendments put to a vote, with their outcome (``vote_passed``)."""
    return [a for a in list_amendments(store) if a.fate is Fate.VOTED]


# --- amendments -----------------------------------------------------------------------


def _speaker(uow: UnitOfWork, speech_id: SpeechId) -> str:
    speech = uow.session.get(models.Speech, speech_id)
    if speech is None:
        raise NotFound("speech", speech_id)
    person: models.Member | models.Guest | None = (
        uow.session.get(models.Member, speech.member_id)
        if speech.member_id is not None
        else uow.session.get(models.Guest, speech.guest_id)
    )
    return person.full_name if person is not None else ""


def _amendment_action(
    store: Store,
    action: str,
    amendment_id: AmendmentId | None,
    work: Callable[[UnitOfWork, models.Amendment | None], models.Amendment | None],
) -> Change:
    """An action on one amendment (and maybe the draft), refused once adopted."""
    with store.action(action) as uow:
        refuse_if_adopted(uow)
        s = uow.session
        current = load_amendment(uow, amendment_id) if amendment_id is not None else None
        am_before = amendment_row(s, current) if current is not None else None
        draft_before = raw_draft(s)
        result = work(uow, current)
        s.flush()
        draft_after = raw_draft(s)
        journal_draft(uow, draft_before, draft_after)
        am_after = amendment_row(s, result) if result is not None else None
        ident = am_after.id if am_after is not None else amendment_id
        uow.journal(
            AMENDMENT_TABLE,
            ident,
            amendment_json(am_before) if am_before else None,
            amendment_json(am_after) if am_after else None,
        )
    return Change(
        action,
        draft_before,
        draft_after,
        ident,
        amendment_before=am_before,
        amendment_after=am_after,
    )


def _where(
    uow: UnitOfWork, section_id: SectionId | None, target_id: TargetId | None
) -> tuple[SectionId | None, str, str]:
    """The section of the place, its words and the text there now."""
    current = raw_draft(uow.session)
    if target_id is not None:
        target = current.target(target_id)
        if target is None:
            raise NotFound(TARGET_TABLE, target_id)
        if section_id is not None and section_id != target.section_id:
            raise ValidationError("invalid", "section_id", section_id)
        return target.section_id, current.place(target_id=target_id), target.label
    if section_id is None:
        return None, "", ""
    section = current.section(section_id)
    if section is None:
        raise NotFound(SECTION_TABLE, section_id)
    return section_id, current.place(section_id), section.text


def add_amendment(
    store: Store,
    proposed_text: str = "",
    *,
    section_id: SectionId | None = None,
    target_id: TargetId | None = None,
    proposed_figure: Decimal | int | str | None = None,
    speech_id: SpeechId | None = None,
    proposer: str = "",
    remark: str = "",
) -> Change:
    """Record a remark. With a ``target_id`` the section is the target's; with a
    ``speech_id`` and no ``proposer`` the proposer is the speaker. ``remark`` is
    what was said; ``proposed_text`` the wording that would replace the point or
    the target. It needs a remark, a wording or (for a target) a figure."""
    words = body_text(proposed_text, "proposed_text")
    said = body_text(remark, "remark")
    figure = figure_value(proposed_figure)
    who = line_text(proposer, "proposer")
    if figure is not None and target_id is None:
        raise ValidationError("invalid", "proposed_figure", proposed_figure)
    if not words and not said and figure is None:
        raise ValidationError("missing", "proposed_text", proposed_text)

    def work(uow: UnitOfWork, _: models.Amendment | None) -> models.Amendment:
        section, place, original = _where(uow, section_id, target_id)
        name = who or (_speaker(uow, speech_id) if speech_id is not None else "")
        if speech_id is not None and uow.session.get(models.Speech, speech_id) is None:
            raise NotFound("speech", speech_id)
        amendment = models.Amendment(
            position=len(_amendments(uow.session)) + 1,
            section_id=section,
            target_id=target_id,
            place=place,
            original=original,
            speech_id=speech_id,
            proposer=name,
            remark=said,
            proposed_text=words,
            proposed_figure=figure_text(figure) if figure is not None else None,
            fate=Fate.PENDING.value,
            answer="",
            vote_id=None,
            created_at=stamp(uow.now()),
            decided_at=None,
            applied=False,
        )
        uow.session.add(amendment)
        uow.session.flush()
        return amendment

    return _amendment_action(store, "amendment.add", None, work)


def _pending(amendment: models.Amendment) -> None:
    if amendment.fate != Fate.PENDING.value:
        raise ValidationError("decided", "amendment_id", amendment.id)


def update_amendment(
    store: Store,
    amendment_id: AmendmentId,
    *,
    proposer: str,
    proposed_text: str,
    proposed_figure: Decimal | int | str | None = None,
    speech_id: SpeechId | None = None,
    remark: str | None = None,
) -> Change:
    """Correct a pending amendment's proposer, speech, remark (None: unchanged)
    and proposal."""
    words = body_text(proposed_text, "proposed_text")
    said = body_text(remark, "remark") if remark is not None else None
    figure = figure_value(proposed_figure)
    who = line_text(proposer, "proposer")

    def work(uow: UnitOfWork, amendment: models.Amendment | None) -> models.Amendment:
        assert amendment is not None
        _pending(amendment)
        if figure is not None and amendment.target_id is None:
            raise ValidationError("invalid", "proposed_figure", proposed_figure)
        if speech_id is not None and uow.session.get(models.Speech, speech_id) is None:
            raise NotFound("speech", speech_id)
        if said is not None:
            amendment.remark = said
        if not words and not amendment.remark and figure is None:
            raise ValidationError("missing", "proposed_text", proposed_text)
        amendment.proposer = who
        amendment.speech_id = speech_id
        amendment.proposed_text = words
        amendment.proposed_figure = figure_text(figure) if figure is not None else None
        return amendment

    return _amendment_action(store, "amendment.update", amendment_id, work)


def renumber_amendments(s: OrmSession) -> None:
    for position, amendment in enumerate(_amendments(s), start=1):
        amendment.position = position


def remove_amendment(store: Store, amendment_id: AmendmentId) -> Change:
    def work(uow: UnitOfWork, amendment: models.Amendment | None) -> None:
        assert amendment is not None
        uow.session.delete(amendment)
        uow.session.flush()
        renumber_amendments(uow.session)
        return None

    return _amendment_action(store, "amendment.remove", amendment_id, work)


def _apply(uow: UnitOfWork, amendment: models.Amendment) -> bool:
    """Write an amendment's proposal into the draft; False if it has none."""
    if amendment.target_id is not None:
        target = uow.session.get(models.ResolutionTarget, amendment.target_id)
        if target is None:
            raise ValidationError("gone", "target_id", amendment.target_id)
        if amendment.proposed_text:
            target.text = line_text(amendment.proposed_text, "proposed_text", required=True)
        if amendment.proposed_figure is not None:
            target.figure = amendment.proposed_figure
        return bool(amendment.proposed_text) or amendment.proposed_figure is not None
    if amendment.section_id is None or not amendment.proposed_text:
        return False
    section = uow.session.get(models.ResolutionSection, amendment.section_id)
    if section is None:
        raise ValidationError("gone", "section_id", amendment.section_id)
    section.text = amendment.proposed_text
    section.auto = False
    return True


def proposal_result(
    current: Draft,
    *,
    section_id: SectionId | None,
    target_id: TargetId | None,
    proposed_text: str,
    proposed_figure: Decimal | None,
) -> str | None:
    """What the point or the target would read if the proposal were written in
    (shown before an amendment is put to a vote); None when nothing would change."""
    words = proposed_text.strip()
    if target_id is not None:
        target = current.target(target_id)
        if target is None or (not words and proposed_figure is None):
            return None
        figure = proposed_figure if proposed_figure is not None else target.figure
        return target_label(words or target.text, figure, target.unit)
    if section_id is None or not words or current.section(section_id) is None:
        return None
    return words


def amendment_result(store: Store, amendment_id: AmendmentId) -> str | None:
    """``proposal_result`` of a recorded amendment against the draft as it is now."""
    row = get_amendment(store, amendment_id)
    return proposal_result(
        draft(store),
        section_id=row.section_id,
        target_id=row.target_id,
        proposed_text=row.proposed_text,
        proposed_figure=row.proposed_figure,
    )


# The usual answer when remarks are left out of the text (document wording).
NOT_ACCEPTED_REASON = (
    "Đoàn Chủ tịch ghi nhận để chỉ đạo trong quá trình thực hiện, không đưa vào Nghị quyết."
)


def pending_amendments(store: Store) -> list[AmendmentRow]:
    """Remarks not yet dealt with (accepted, explained or put to a vote)."""
    return [a for a in list_amendments(store) if a.fate is Fate.PENDING]


def accept_amendment(store: Store, amendment_id: AmendmentId) -> Change:
    """Tiếp thu: write the proposal into the draft (if it has a place) and mark it
    accepted. A section's text is replaced by the proposed text; a target takes
    the proposed text and/or figure."""

    def work(uow: UnitOfWork, amendment: models.Amendment | None) -> models.Amendment:
        assert amendment is not None
        _pending(amendment)
        amendment.applied = _apply(uow, amendment)
        amendment.fate = Fate.ACCEPTED.value
        amendment.decided_at = stamp(uow.now())
        return amendment

    return _amendment_action(store, "amendment.accept", amendment_id, work)


def explain_amendment(store: Store, amendment_id: AmendmentId, answer: str) -> Change:
    """Giải trình: keep the draft, record the presidium's answer (it may be
    reworded later while the amendment stays explained)."""
    words = body_text(answer, "answer")
    if not words:
        raise ValidationError("missing", "answer", answer)

    def work(uow: UnitOfWork, amendment: models.Amendment | None) -> models.Amendment:
        assert amendment is not None
        if amendment.fate != Fate.EXPLAINED.value:
            _pending(amendment)
            amendment.decided_at = stamp(uow.now())
        amendment.fate = Fate.EXPLAINED.value
        amendment.answer = words
        return amendment

    return _amendment_action(store, "amendment.explain", amendment_id, work)


def _vote_subject(row: AmendmentRow) -> str:
    if row.target_id is not None:
        what = row.proposed_text or row.original
        if row.proposed_figure is not None and row.original:
            what = f"{row.original} → {format_decimal(row.proposed_figure, locale='vi')}"
    else:
        what = row.proposed_text
    what = " ".join(what.split())
    if len(what) > 300:
        what = what[:299] + "…"
    lead = f"{row.place} — " if row.place else ""
    return AMENDMENT_VOTE.format(what=f"{lead}{what}")


def resolution_item(store: Store) -> AgendaItemId | None:
    for item in agenda.list_items(store):
        if item.code == RESOLUTION_ITEM:
            return item.id
    return None


def put_amendment_to_vote(
    store: Store, amendment_id: AmendmentId, subject: str | None = None
) -> Change:
    """Create a show-of-hands vote "Biểu quyết ý kiến: …" (under the resolution's
    agenda item) and link it, in one transaction; the fate becomes voted.
    ``vote_after`` is the vote."""
    row = get_amendment(store, amendment_id)
    if is_adopted(store):
        raise ValidationError("adopted", "resolution")
    if row.fate is not Fate.PENDING:
        raise ValidationError("decided", "amendment_id", amendment_id)
    item = resolution_item(store)
    created: list[VoteRow] = []

    def work(uow: UnitOfWork, amendment: models.Amendment | None) -> models.Amendment:
        assert amendment is not None
        _pending(amendment)
        vote = votes.add_in(uow, subject or _vote_subject(row), item)
        created.append(vote)
        amendment.fate = Fate.VOTED.value
        amendment.vote_id = vote.id
        return amendment

    change = _amendment_action(store, "amendment.put_to_vote", amendment_id, work)
    return replace(change, vote_after=created[0])


def hold_amendment_vote(
    store: Store, amendment_id: AmendmentId, yes: int, no: int, other: int = 0
) -> Change:
    """Record the hands on an amendment's vote (services.votes.hold); if it passes
    the proposal is written into the draft (``applied``), if not the draft is
    left as it is. Refused once the proposal is applied (undo first)."""
    row = get_amendment(store, amendment_id)
    if is_adopted(store):
        raise ValidationError("adopted", "resolution")
    if row.fate is not Fate.VOTED or row.vote_id is None:
        raise ValidationError("not_voted", "amendment_id", amendment_id)
    if row.applied:
        raise ValidationError("decided", "amendment_id", amendment_id)
    vote_id = row.vote_id
    held: list[tuple[VoteRow, VoteRow]] = []

    def work(uow: UnitOfWork, amendment: models.Amendment | None) -> models.Amendment:
        assert amendment is not None
        if amendment.applied or amendment.vote_id != vote_id:
            raise ValidationError("decided", "amendment_id", amendment_id)
        vote_before, vote_after = votes.hold_in(uow, store, vote_id, yes, no, other)
        held.append((vote_before, vote_after))
        if votes.result(vote_after).passed:
            amendment.applied = _apply(uow, amendment)
        amendment.decided_at = stamp(vote_after.held_at or uow.now())
        return amendment

    change = _amendment_action(store, "amendment.hold_vote", amendment_id, work)
    vote_before, vote_after = held[0]
    return replace(change, vote_before=vote_before, vote_after=vote_after)
