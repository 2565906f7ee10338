"""Blind double entry: a second pass of the same stack, the mismatches, their resolution.

Issue 6, deliverable 5. A second operator may key the same stack of papers
again without seeing the first pass (``elections.enter_ballot(..., pass_no=2)``).
Papers whose two readings differ go to a queue (``mismatches``); each one is
settled by looking at the paper, and the reading taken from it replaces both
passes (``resolve_mismatch``), with a logged ``Resolution`` that undo takes
back exactly. Only the first pass is ever counted, and no result may be
announced while the second pass is open or a mismatch remains
(``announce_blockers``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, NewType

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from secretariat import models
from secretariat.domain import MemberId
from secretariat.errors import NotFound, ValidationError
from secretariat.rules.ballots import BallotForm, Mark
from secretariat.services.elections._common import load_round
from secretariat.services.elections.entry import (
    check_open_for_entry,
    parse_reading,
    store_paper,
    teller_operator,
)
from secretariat.services.elections.rows import (
    BallotId,
    BallotRow,
    EntryMode,
    RoundId,
    RoundRow,
    ballot_json,
    ballot_row_of,
    round_json,
    round_row_of,
)
from secretariat.services.stations import unfinished_stacks
from secretariat.store import Store, UnitOfWork

ResolutionId = NewType("ResolutionId", int)
MAX_NOTE = 2000
RoundRows = tuple[RoundRow, RoundRow]


@dataclass(frozen=True, slots=True)
class Mismatch:
    """A serial whose two readings differ (or, once the second pass is finished,
    a serial keyed in one pass only: ``first`` or ``second`` is then None)."""

    serial: int
    first: BallotRow | None
    second: BallotRow | None


@dataclass(frozen=True, slots=True)
class SecondPassState:
    started: bool  # a paper of the second pass is entered (or the pass is finished)
    entered: int  # papers of the second pass
    finished: bool


@dataclass(frozen=True, slots=True)
class Resolution:
    """A mismatch settled by looking at the paper; ``result`` is the first-pass
    paper now stored (the second pass holds the same reading)."""

    id: ResolutionId
    round_id: RoundId
    serial: int
    resolved_at: datetime
    actor: str
    first: BallotRow | None
    second: BallotRow | None
    result: BallotRow
    note: str


# --- readings -------------------------------------------------------------------------


def _flags(row: BallotRow) -> tuple[bool, bool, bool, str | None]:
    return (row.not_issued, row.write_in, row.identifying_mark, row.other_reason)


def reading_key(row: BallotRow, candidates: Iterable[MemberId]) -> tuple[object, ...]:
    """What two operators must agree on for one paper.

    The flags that void a paper; when none is set, the names chosen (surplus
    form) or the mark of every candidate, a name left out reading ``none``
    (no-surplus form). The time and the operator are not part of a reading.
    """
    flags = _flags(row)
    if any(flags[:3]) or flags[3] is not None:
        return (flags,)
    if row.chosen is not None:
        return (flags, tuple(sorted(row.chosen)))
    marks = row.marks or {}
    return (flags, tuple(str(marks.get(c, Mark.NONE)) for c in candidates))


def _ballot_from_json(data: Mapping[str, Any]) -> BallotRow:
    chosen = data["chosen"]
    marks = data["marks"]
    return BallotRow(
        id=BallotId(data["id"]),
        round_id=RoundId(data["round_id"]),
        serial=data["serial"],
        entered_at=datetime.fromisoformat(data["entered_at"]),
        actor=data["actor"],
        chosen=tuple(MemberId(m) for m in chosen) if chosen is not None else None,
        marks={MemberId(int(k)): Mark(v) for k, v in marks.items()} if marks is not None else None,
        not_issued=data["not_issued"],
        write_in=data["write_in"],
        identifying_mark=data["identifying_mark"],
        other_reason=data["other_reason"],
        valid=data["valid"],
        reason=data["reason"],
        pass_no=data.get("pass_no", 1),
    )


def _dump(row: BallotRow | None) -> str | None:
    return None if row is None else json.dumps(ballot_json(row), sort_keys=True)


def _load(text: str | None) -> BallotRow | None:
    return None if text is None else _ballot_from_json(json.loads(text))


def _resolution(r: models.BallotResolution) -> Resolution:
    result = _load(r.result_json)
    assert result is not None
    return Resolution(
        id=ResolutionId(r.id),
        round_id=RoundId(r.round_id),
        serial=r.serial,
        resolved_at=datetime.fromisoformat(r.resolved_at),
        actor=r.actor,
        first=_load(r.first_json),
        second=_load(r.second_json),
        result=result,
        note=r.note,
    )


def _resolution_json(row: Resolution) -> dict[str, object]:
    return {
        "id": row.id,
        "round_id": row.round_id,
        "serial": row.serial,
        "resolved_at": row.resolved_at.isoformat(),
        "actor": row.actor,
        "first": ballot_json(row.first) if row.first else None,
        "second": ballot_json(row.second) if row.second else None,
        "result": ballot_json(row.result),
        "note": row.note,
    }


# --- the queue ------------------------------------------------------------------------


def _passes(s: OrmSession, round_id: RoundId) -> tuple[dict[int, BallotRow], dict[int, BallotRow]]:
    papers = s.scalars(select(models.BallotPaper).where(models.BallotPaper.round_id == round_id))
    first: dict[int, BallotRow] = {}
    second: dict[int, BallotRow] = {}
    for paper in papers:
        (first if paper.pass_no == 1 else second)[paper.serial] = ballot_row_of(paper)
    return first, second


def _mismatches(s: OrmSession, r: models.ElectionRound) -> list[Mismatch]:
    round_row = round_row_of(s, r)
    first, second = _passes(s, RoundId(r.id))
    if not second and not r.second_pass_finished:
        return []
    candidates = [c.member_id for c in round_row.candidates]
    found = []
    for serial in sorted(set(first) | set(second)):
        a, b = first.get(serial), second.get(serial)
        if a is not None and b is not None:
            if reading_key(a, candidates) != reading_key(b, candidates):
                found.append(Mismatch(serial, a, b))
        elif r.second_pass_finished:
            found.append(Mismatch(serial, a, b))
    return found


def _round(s: OrmSession, round_id: RoundId) -> models.ElectionRound:
    r = s.get(models.ElectionRound, round_id)
    if r is None:
        raise NotFound("election_round", round_id)
    return r


def mismatches(store: Store, round_id: RoundId) -> list[Mismatch]:
    """Serials whose readings differ between the passes, in serial order.

    While the second pass runs only papers keyed in both passes are compared;
    once it is finished a serial keyed in one pass only is a mismatch too.
    """
    with store.read() as s:
        return _mismatches(s, _round(s, round_id))


def second_pass_state(store: Store, round_id: RoundId) -> SecondPassState:
    with store.read() as s:
        r = _round(s, round_id)
        _, second = _passes(s, round_id)
        return SecondPassState(
            started=bool(second) or r.second_pass_finished,
            entered=len(second),
            finished=r.second_pass_finished,
        )


def _set_finished(store: Store, action: str, round_id: RoundId, finished: bool) -> RoundRows:
    with store.action(action) as uow:
        r = load_round(uow, round_id)
        check_open_for_entry(r)
        if r.second_pass_finished == finished:
            code = "second_pass_finished" if finished else "second_pass_unfinished"
            raise ValidationError(code, "round_id", round_id)
        if finished and not _passes(uow.session, round_id)[1]:
            raise ValidationError("second_pass_empty", "round_id", round_id)
        before = round_row_of(uow.session, r)
        r.second_pass_finished = finished
        after = round_row_of(uow.session, r)
        uow.journal("election_round", round_id, round_json(before), round_json(after))
    return before, after


def finish_second_pass(store: Store, round_id: RoundId) -> RoundRows:
    """The second operator has keyed the whole stack: papers keyed in one pass
    only become mismatches. Refused with no second-pass paper (``second_pass_empty``).
    Returns the round before and after (undo: ``reopen_second_pass``)."""
    return _set_finished(store, "election.finish_second_pass", round_id, True)


def reopen_second_pass(store: Store, round_id: RoundId) -> RoundRows:
    """Take the second pass up again (undo of ``finish_second_pass``)."""
    return _set_finished(store, "election.reopen_second_pass", round_id, False)


# --- resolving ------------------------------------------------------------------------


def _paper_at(uow: UnitOfWork, round_id: RoundId, pass_no: int, serial: int) -> Any:
    return uow.session.scalar(
        select(models.BallotPaper).where(
            models.BallotPaper.round_id == round_id,
            models.BallotPaper.pass_no == pass_no,
            models.BallotPaper.serial == serial,
        )
    )


def _drop_papers(uow: UnitOfWork, round_id: RoundId, serial: int) -> None:
    for pass_no in (1, 2):
        paper = _paper_at(uow, round_id, pass_no, serial)
        if paper is not None:
            row = ballot_row_of(paper)
            uow.session.delete(paper)
            uow.journal("ballot", row.id, ballot_json(row), None)
    uow.session.flush()


def resolve_mismatch(
    store: Store,
    round_id: RoundId,
    serial: int,
    *,
    chosen: Iterable[MemberId] | None = None,
    marks: Mapping[MemberId, Mark | str] | None = None,
    not_issued: bool = False,
    write_in: bool = False,
    identifying_mark: bool = False,
    other_reason: str | None = None,
    note: str = "",
) -> Resolution:
    """Settle a mismatch with the reading taken from the paper itself.

    The reading (as for ``enter_ballot``) replaces the paper in both passes;
    the two readings as they were and the note are logged
    (``list_resolutions``). Refused for a serial that is not in the queue
    (``not_a_mismatch``) or after the announcement (``announced``).
    Undo: ``undo_resolution(resolution.id)``.
    """
    if len(note) > MAX_NOTE:
        raise ValidationError("too_long", "note", note[:40])
    with store.action("election.resolve_mismatch") as uow:
        r = load_round(uow, round_id)
        check_open_for_entry(r)
        queue = {m.serial: m for m in _mismatches(uow.session, r)}
        if serial not in queue:
            raise ValidationError("not_a_mismatch", "serial", serial)
        mismatch = queue[serial]
        picked, read = parse_reading(BallotForm(r.form), chosen, marks)
        _drop_papers(uow, round_id, serial)
        stored = []
        for pass_no in (1, 2):
            row = BallotRow(
                id=BallotId(0),
                round_id=round_id,
                serial=serial,
                entered_at=uow.now(),
                actor=teller_operator(uow, round_id),
                chosen=picked,
                marks=read,
                not_issued=not_issued,
                write_in=write_in,
                identifying_mark=identifying_mark,
                other_reason=other_reason,
                valid=False,
                reason=None,
                pass_no=pass_no,
            )
            stored.append(store_paper(uow, r, row, resolving=True).row)
        record = models.BallotResolution(
            round_id=round_id,
            serial=serial,
            resolved_at=uow.now().replace(microsecond=0).isoformat(),
            actor=teller_operator(uow, round_id),
            first_json=_dump(mismatch.first),
            second_json=_dump(mismatch.second),
            result_json=_dump(stored[0]),
            note=note.strip(),
        )
        uow.session.add(record)
        uow.session.flush()
        resolution = _resolution(record)
        uow.journal("ballot_resolution", resolution.id, None, _resolution_json(resolution))
    return resolution


def undo_resolution(store: Store, resolution_id: ResolutionId) -> Resolution:
    """Put both readings back exactly as they were and drop the logged resolution."""
    with store.action("election.undo_resolution") as uow:
        record = uow.session.get(models.BallotResolution, resolution_id)
        if record is None:
            raise NotFound("ballot_resolution", resolution_id)
        resolution = _resolution(record)
        r = load_round(uow, resolution.round_id)
        check_open_for_entry(r)
        _drop_papers(uow, resolution.round_id, resolution.serial)
        for old in (resolution.first, resolution.second):
            if old is not None:
                store_paper(uow, r, old, resolving=True)
        uow.session.delete(record)
        uow.journal("ballot_resolution", resolution.id, _resolution_json(resolution), None)
    return resolution


def list_resolutions(store: Store, round_id: RoundId) -> list[Resolution]:
    """The log of settled mismatches of a round, oldest first (for the minutes)."""
    with store.read() as s:
        query = (
            select(models.BallotResolution)
            .where(models.BallotResolution.round_id == round_id)
            .order_by(models.BallotResolution.id)
        )
        return [_resolution(r) for r in s.scalars(query)]


# --- may the result be announced? -----------------------------------------------------


def announce_blockers(store: Store, round_id: RoundId) -> list[str]:
    """Why the result of a round may not be announced yet; empty when it may.

    Codes: ``not_started`` (ballots not issued), ``no_ballots`` (no paper and no
    totals), ``second_pass_unfinished``, ``mismatches_open``, ``stacks_unfinished``
    (a paper of a station's stack lacks a pass, ``services.stations``),
    ``announced`` (already announced).
    """
    with store.read() as s:
        r = _round(s, round_id)
        if r.announced_at is not None:
            return ["announced"]
        if r.held_at is None:
            return ["not_started"]
        first, second = _passes(s, round_id)
        blockers = []
        if r.entry_mode == EntryMode.TOTALS:
            if r.totals_json is None:
                blockers.append("no_ballots")
            return blockers
        if not first:
            blockers.append("no_ballots")
        if second and not r.second_pass_finished:
            blockers.append("second_pass_unfinished")
        if _mismatches(s, r):
            blockers.append("mismatches_open")
        if unfinished_stacks(s, round_id):
            blockers.append("stacks_unfinished")
        return blockers
