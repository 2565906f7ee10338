"""Speeches: a queue per agenda item, the speaking clock, summaries, statistics.

Each timing action returns the speech rows it changed as they were before, so
undo can put them back exactly (``restore``). Times are local wall-clock.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from secretariat import models
from secretariat.domain import (
    AgendaItemId,
    Gender,
    GuestId,
    MemberId,
    MemberStatus,
    SpeechId,
    SpeechKind,
    SpeechRow,
)
from secretariat.errors import NotFound, ValidationError
from secretariat.rules.timer import elapsed
from secretariat.services import settings
from secretariat.store import Store, UnitOfWork

MAX_TEXT = 100_000
MAX_SUMMARY = 20_000
_COLUMNS = (
    "position",
    "kind",
    "text",
    "summary",
    "section",
    "limit_seconds",
    "started_at",
    "ended_at",
    "running_since",
    "elapsed_seconds",
)


def _dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _row(s: models.Speech, names: dict[tuple[str, int], str]) -> SpeechRow:
    key = ("m", s.member_id) if s.member_id is not None else ("g", s.guest_id or 0)
    return SpeechRow(
        id=SpeechId(s.id),
        agenda_item_id=AgendaItemId(s.agenda_item_id),
        position=s.position,
        member_id=MemberId(s.member_id) if s.member_id is not None else None,
        guest_id=GuestId(s.guest_id) if s.guest_id is not None else None,
        speaker=names.get(key, ""),
        kind=SpeechKind(s.kind),
        text=s.text,
        summary=s.summary,
        section=s.section,
        limit_seconds=s.limit_seconds,
        started_at=_dt(s.started_at),
        ended_at=_dt(s.ended_at),
        running_since=_dt(s.running_since),
        elapsed_seconds=s.elapsed_seconds,
    )


def _names(uow_session: OrmSession) -> dict[tuple[str, int], str]:
    """The names of the people who speak (not of the whole roster: 1,000 members)."""
    names: dict[tuple[str, int], str] = {}
    member_ids = select(models.Speech.member_id).where(models.Speech.member_id.is_not(None))
    guest_ids = select(models.Speech.guest_id).where(models.Speech.guest_id.is_not(None))
    members = select(models.Member.id, models.Member.full_name)
    for mid, name in uow_session.execute(members.where(models.Member.id.in_(member_ids))):
        names[("m", mid)] = name
    guests = select(models.Guest.id, models.Guest.full_name)
    for gid, name in uow_session.execute(guests.where(models.Guest.id.in_(guest_ids))):
        names[("g", gid)] = name
    return names


def _stamp(at: datetime) -> str:
    return at.replace(microsecond=0).isoformat()


def queue(store: Store, item_id: AgendaItemId) -> list[SpeechRow]:
    """The speeches of an agenda item in queue order (done, current, waiting)."""
    with store.read() as s:
        names = _names(s)
        rows = s.scalars(
            select(models.Speech)
            .where(models.Speech.agenda_item_id == item_id)
            .order_by(models.Speech.position, models.Speech.id)
        )
        return [_row(r, names) for r in rows]


def all_speeches(store: Store) -> list[SpeechRow]:
    """Every speech of the congress in agenda order, then queue order (for the minutes)."""
    with store.read() as s:
        names = _names(s)
        rows = s.scalars(
            select(models.Speech)
            .join(models.AgendaItem)
            .order_by(models.AgendaItem.position, models.Speech.position, models.Speech.id)
        )
        return [_row(r, names) for r in rows]


def _get(uow: UnitOfWork, speech_id: SpeechId) -> models.Speech:
    speech = uow.session.get(models.Speech, speech_id)
    if speech is None:
        raise NotFound("speech", speech_id)
    return speech


def _item_queue(uow: UnitOfWork, item_id: int) -> list[models.Speech]:
    return list(
        uow.session.scalars(
            select(models.Speech)
            .where(models.Speech.agenda_item_id == item_id)
            .order_by(models.Speech.position, models.Speech.id)
        )
    )


def register(
    store: Store,
    item_id: AgendaItemId,
    *,
    member_id: MemberId | None = None,
    guest_id: GuestId | None = None,
    kind: SpeechKind = SpeechKind.FLOOR,
    text: str = "",
    limit_seconds: int | None = None,
    speech_id: SpeechId | None = None,
) -> SpeechRow:
    """Put a member or a guest in an item's queue, at the end."""
    if (member_id is None) == (guest_id is None):
        raise ValidationError("one_speaker", "speaker")
    if len(text) > MAX_TEXT:
        raise ValidationError("too_long", "text", text[:40])
    limit = (
        limit_seconds
        if limit_seconds is not None
        else int(settings.get(store, "speeches.limit_seconds"))
    )
    if not 0 < limit <= 4 * 3600:
        raise ValidationError("invalid", "limit_seconds", limit)
    with store.action("speech.register") as uow:
        if uow.session.get(models.AgendaItem, item_id) is None:
            raise NotFound("agenda_item", item_id)
        if member_id is not None and uow.session.get(models.Member, member_id) is None:
            raise NotFound("member", member_id)
        if guest_id is not None and uow.session.get(models.Guest, guest_id) is None:
            raise NotFound("guest", guest_id)
        position = len(_item_queue(uow, item_id)) + 1
        speech = models.Speech(
            id=speech_id,
            agenda_item_id=item_id,
            position=position,
            member_id=member_id,
            guest_id=guest_id,
            kind=str(kind),
            text=text.strip(),
            limit_seconds=limit,
        )
        uow.session.add(speech)
        uow.session.flush()
        row = _row(speech, _names(uow.session))
        uow.journal("speech", speech.id, None, _journal(row))
    return row


def _journal(row: SpeechRow) -> dict[str, object]:
    return {
        "item": row.agenda_item_id,
        "speaker": row.speaker,
        "kind": str(row.kind),
        **{c: _plain(getattr(row, c)) for c in _COLUMNS},
    }


def _plain(value: object) -> object:
    return value.isoformat() if isinstance(value, datetime) else value


def remove(store: Store, speech_id: SpeechId) -> SpeechRow:
    """Take a speech out of its queue; returns it (for undo, with ``reinstate``)."""
    with store.action("speech.remove") as uow:
        speech = _get(uow, speech_id)
        row = _row(speech, _names(uow.session))
        uow.session.delete(speech)
        uow.session.flush()
        for position, other in enumerate(_item_queue(uow, row.agenda_item_id), start=1):
            other.position = position
        uow.journal("speech", speech_id, _journal(row), None)
    return row


def reinstate(store: Store, row: SpeechRow) -> None:
    """Put a removed speech back exactly as it was, at its place in the queue."""
    with store.action("speech.reinstate") as uow:
        speech = models.Speech(
            id=row.id,
            agenda_item_id=row.agenda_item_id,
            member_id=row.member_id,
            guest_id=row.guest_id,
        )
        _write(speech, row)
        others = _item_queue(uow, row.agenda_item_id)
        others.insert(max(0, min(row.position - 1, len(others))), speech)
        uow.session.add(speech)
        for position, other in enumerate(others, start=1):
            other.position = position
        uow.journal("speech", row.id, None, _journal(row))


def _write(speech: models.Speech, row: SpeechRow) -> None:
    speech.position = row.position
    speech.kind = str(row.kind)
    speech.text, speech.summary, speech.section = row.text, row.summary, row.section
    speech.limit_seconds = row.limit_seconds
    speech.started_at = row.started_at.isoformat() if row.started_at else None
    speech.ended_at = row.ended_at.isoformat() if row.ended_at else None
    speech.running_since = row.running_since.isoformat() if row.running_since else None
    speech.elapsed_seconds = row.elapsed_seconds


def restore(store: Store, rows: Sequence[SpeechRow]) -> None:
    """Undo/redo of timing, edits and moves: write these rows back as they were."""
    with store.action("speech.restore") as uow:
        names = _names(uow.session)
        for row in rows:
            speech = _get(uow, row.id)
            before = _row(speech, names)
            _write(speech, row)
            uow.journal("speech", row.id, _journal(before), _journal(row))


# Changes the given speeches in place, inside the action's transaction.
Change = Callable[[UnitOfWork, list[models.Speech]], None]


def _change(
    store: Store, action: str, speech_ids: Sequence[SpeechId], change: Change
) -> list[SpeechRow]:
    with store.action(action) as uow:
        names = _names(uow.session)
        speeches = [_get(uow, i) for i in speech_ids]
        before = [_row(s, names) for s in speeches]
        change(uow, speeches)
        for old, speech in zip(before, speeches, strict=True):
            uow.journal("speech", speech.id, _journal(old), _journal(_row(speech, names)))
    return before


def move(store: Store, speech_id: SpeechId, position: int) -> list[SpeechRow]:
    """Move a speech within its queue; returns the queue's rows before (for undo)."""
    with store.read() as s:
        speech = s.get(models.Speech, speech_id)
        if speech is None:
            raise NotFound("speech", speech_id)
        ids = [
            SpeechId(i)
            for i in s.scalars(
                select(models.Speech.id)
                .where(models.Speech.agenda_item_id == speech.agenda_item_id)
                .order_by(models.Speech.position, models.Speech.id)
            )
        ]

    def change(uow: UnitOfWork, speeches: list[models.Speech]) -> None:
        moving = next(x for x in speeches if x.id == speech_id)
        order = [x for x in speeches if x.id != speech_id]
        order.insert(max(0, min(position - 1, len(order))), moving)
        for n, x in enumerate(order, start=1):
            x.position = n

    return _change(store, "speech.move", ids, change)


def call_next(
    store: Store, item_id: AgendaItemId, at: datetime | None = None
) -> tuple[list[SpeechRow], SpeechRow]:
    """End the speech under way in this item and start the first one waiting.

    Returns (the rows changed, as they were before; the speech now speaking).
    """
    with store.read() as s:
        rows = s.scalars(
            select(models.Speech)
            .where(models.Speech.agenda_item_id == item_id)
            .order_by(models.Speech.position, models.Speech.id)
        ).all()
        open_ids = [SpeechId(r.id) for r in rows if r.started_at and not r.ended_at]
        waiting = [SpeechId(r.id) for r in rows if r.started_at is None]
    if not waiting:
        raise ValidationError("queue_empty", "agenda_item_id", item_id)
    now = _stamp(at or store.clock())

    def change(uow: UnitOfWork, speeches: list[models.Speech]) -> None:
        for speech in speeches[:-1]:
            _stop(speech, now)
        speeches[-1].started_at = now
        speeches[-1].running_since = now

    before = _change(store, "speech.call_next", [*open_ids, waiting[0]], change)
    return before, queue(store, item_id)[[r.id for r in queue(store, item_id)].index(waiting[0])]


def _stop(speech: models.Speech, now: str) -> None:
    if speech.running_since:
        speech.elapsed_seconds = elapsed(
            speech.elapsed_seconds,
            datetime.fromisoformat(speech.running_since),
            datetime.fromisoformat(now),
        )
        speech.running_since = None
    speech.ended_at = now


def pause(store: Store, speech_id: SpeechId, at: datetime | None = None) -> list[SpeechRow]:
    now = _stamp(at or store.clock())

    def change(uow: UnitOfWork, speeches: list[models.Speech]) -> None:
        speech = speeches[0]
        if not speech.running_since or speech.ended_at:
            raise ValidationError("not_running", "speech_id", speech.id)
        speech.elapsed_seconds = elapsed(
            speech.elapsed_seconds,
            datetime.fromisoformat(speech.running_since),
            datetime.fromisoformat(now),
        )
        speech.running_since = None

    return _change(store, "speech.pause", [speech_id], change)


def resume(store: Store, speech_id: SpeechId, at: datetime | None = None) -> list[SpeechRow]:
    now = _stamp(at or store.clock())

    def change(uow: UnitOfWork, speeches: list[models.Speech]) -> None:
        speech = speeches[0]
        if not speech.started_at or speech.running_since or speech.ended_at:
            raise ValidationError("not_paused", "speech_id", speech.id)
        speech.running_since = now

    return _change(store, "speech.resume", [speech_id], change)


def finish(store: Store, speech_id: SpeechId, at: datetime | None = None) -> list[SpeechRow]:
    now = _stamp(at or store.clock())

    def change(uow: UnitOfWork, speeches: list[models.Speech]) -> None:
        speech = speeches[0]
        if not speech.started_at or speech.ended_at:
            raise ValidationError("not_speaking", "speech_id", speech.id)
        _stop(speech, now)

    return _change(store, "speech.finish", [speech_id], change)


def edit(
    store: Store,
    speech_id: SpeechId,
    *,
    summary: str | None = None,
    section: str | None = None,
    kind: SpeechKind | None = None,
    text: str | None = None,
    limit_seconds: int | None = None,
) -> list[SpeechRow]:
    """Change what the secretary writes about a speech; returns it as before."""
    if summary is not None and len(summary) > MAX_SUMMARY:
        raise ValidationError("too_long", "summary", summary[:40])
    if text is not None and len(text) > MAX_TEXT:
        raise ValidationError("too_long", "text", text[:40])
    if limit_seconds is not None and not 0 < limit_seconds <= 4 * 3600:
        raise ValidationError("invalid", "limit_seconds", limit_seconds)

    def change(uow: UnitOfWork, speeches: list[models.Speech]) -> None:
        speech = speeches[0]
        if summary is not None:
            speech.summary = summary
        if section is not None:
            speech.section = section.strip()
        if kind is not None:
            speech.kind = str(kind)
        if text is not None:
            speech.text = text
        if limit_seconds is not None:
            speech.limit_seconds = limit_seconds

    return _change(store, "speech.edit", [speech_id], change)


# --- statistics -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Tally:
    speeches: int = 0
    seconds: int = 0


@dataclass(frozen=True, slots=True)
class PersonStats:
    speaker: str
    group: str  # "full", "probationary" or "guest"
    gender: Gender | None
    speeches: int
    seconds: int


@dataclass(frozen=True, slots=True)
class Statistics:
    people: tuple[PersonStats, ...]  # most speaking time first
    groups: dict[str, Tally]  # full, probationary, guest, male, female, all


def statistics(store: Store, now: datetime | None = None) -> Statistics:
    """Speeches and speaking time per person and per group; a running speech counts so far."""
    now = now or store.clock()
    with store.read() as s:
        members = {m.id: m for m in s.scalars(select(models.Member))}
        guests = {g.id: g for g in s.scalars(select(models.Guest))}
        speeches = s.scalars(select(models.Speech).where(models.Speech.started_at.is_not(None)))
        per: dict[tuple[str, int], list[int]] = defaultdict(lambda: [0, 0])
        for sp in speeches:
            key = ("m", sp.member_id) if sp.member_id is not None else ("g", sp.guest_id or 0)
            spent = elapsed(sp.elapsed_seconds, _dt(sp.running_since), now)
            per[key][0] += 1
            per[key][1] += spent
    people: list[PersonStats] = []
    groups: defaultdict[str, list[int]] = defaultdict(lambda: [0, 0])
    for (kind, ident), (count, seconds) in per.items():
        if kind == "m" and ident in members:
            m = members[ident]
            group = "full" if m.status == MemberStatus.FULL else "probationary"
            gender = Gender(m.gender) if m.gender else None
            name = m.full_name
        else:
            group, gender = "guest", None
            name = guests[ident].full_name if ident in guests else ""
        people.append(PersonStats(name, group, gender, count, seconds))
        for g in (group, str(gender) if gender else None, "all"):
            if g:
                groups[g][0] += count
                groups[g][1] += seconds
    people.sort(key=lambda p: (-p.seconds, p.speaker))
    return Statistics(tuple(people), {k: Tally(v[0], v[1]) for k, v in groups.items()})
