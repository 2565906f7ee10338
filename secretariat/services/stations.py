"""Counting stations and stacks: several computers keying the papers of a round.

Issue 20 §3. A large congress splits its papers into stacks (a range of paper
numbers of one round); each stack is keyed twice, blind, by two different
stations (the Abacus model: two independent entries by two typists, a
coordinator settling the differences). The first pass is the count; the second
is ``pass_no = 2`` of ``services.double_entry``, so the mismatch queue, its
resolution by the secretary and the announcement block are the ones that
already exist there. This module adds what stations need on top:

- the stations (a name and the server login they connect as) and the stacks
  assigned to them, with typed refusals (``stack_overlap``, ``same_station``,
  ``station_in_use``, ``stack_has_papers``);
- a station's entry, which may key only serials of its own stacks and its own
  pass (``outside_stacks``, ``other_pass``), and reads only its own pass;
- the progress of each station and ``unfinished_stacks``, which
  ``double_entry.announce_blockers`` adds as ``stacks_unfinished``: nothing is
  announced while a paper of an assigned stack lacks a pass.

On a PostgreSQL server the same limits are enforced by the database itself for
each station's login (``secretariat.station_roles``); the checks here give the
station a worded refusal before the database would.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import NewType

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from secretariat import models
from secretariat.domain import MemberId
from secretariat.errors import NotFound, ValidationError
from secretariat.rules.ballots import BallotForm, Mark
from secretariat.services.elections._common import count_value as _count_value
from secretariat.services.elections._common import load_round as _get_round
from secretariat.services.elections.entry import parse_reading as _reading
from secretariat.services.elections.entry import store_paper as _store_paper
from secretariat.services.elections.rows import BallotEntry, BallotId, BallotRow, RoundId
from secretariat.services.elections.rows import ballot_json as _ballot_json
from secretariat.services.elections.rows import ballot_row_of as _ballot_row
from secretariat.store import Store, UnitOfWork

StationId = NewType("StationId", int)
StackId = NewType("StackId", int)

MAX_NAME = 64
# A PostgreSQL role name the station logs in as: plain, lower case, never quoted.
LOGIN = re.compile(r"[a-z][a-z0-9_]{0,62}")
RESERVED_LOGINS = frozenset({"postgres", "public", "secretariat", "none", "all"})
PASSES = (1, 2)


@dataclass(frozen=True, slots=True)
class StationRow:
    id: StationId
    name: str
    login: str


@dataclass(frozen=True, slots=True)
class StackRow:
    """Papers ``first``..``last`` of a round; pass 1 by one station, pass 2 by another."""

    id: StackId
    round_id: RoundId
    first: int
    last: int
    first_station: StationId
    second_station: StationId

    @property
    def size(self) -> int:
        return self.last - self.first + 1

    def station_of(self, pass_no: int) -> StationId:
        return self.first_station if pass_no == 1 else self.second_station

    def pass_of(self, station: StationId) -> int | None:
        """The pass ``station`` keys on this stack, None when it is not on it."""
        if station == self.first_station:
            return 1
        if station == self.second_station:
            return 2
        return None


@dataclass(frozen=True, slots=True)
class Assignment:
    """One stack and pass a station is on, with how far it has got."""

    stack: StackRow
    pass_no: int
    entered: int  # papers of the stack keyed in this pass
    next_serial: int | None  # the lowest serial still to key; None when the stack is done

    @property
    def done(self) -> bool:
        return self.next_serial is None


@dataclass(frozen=True, slots=True)
class StationProgress:
    station: StationRow
    assignments: tuple[Assignment, ...]

    @property
    def entered(self) -> int:
        return sum(a.entered for a in self.assignments)

    @property
    def size(self) -> int:
        return sum(a.stack.size for a in self.assignments)


# --- rows -----------------------------------------------------------------------------


def _station_row(s: models.Station) -> StationRow:
    return StationRow(StationId(s.id), s.name, s.login)


def _stack_row(s: models.BallotStack) -> StackRow:
    return StackRow(
        StackId(s.id),
        RoundId(s.round_id),
        s.first,
        s.last,
        StationId(s.first_station_id),
        StationId(s.second_station_id),
    )


def _station_json(row: StationRow) -> dict[str, object]:
    return {"id": row.id, "name": row.name, "login": row.login}


def _stack_json(row: StackRow) -> dict[str, object]:
    return {
        "id": row.id,
        "round_id": row.round_id,
        "first": row.first,
        "last": row.last,
        "first_station": row.first_station,
        "second_station": row.second_station,
    }


def _get_station(uow: UnitOfWork, station_id: StationId) -> models.Station:
    station = uow.session.get(models.Station, station_id)
    if station is None:
        raise NotFound("station", station_id)
    return station


def _get_stack(s: OrmSession, stack_id: StackId) -> models.BallotStack:
    stack = s.get(models.BallotStack, stack_id)
    if stack is None:
        raise NotFound("ballot_stack", stack_id)
    return stack


def _stacks(s: OrmSession, round_id: RoundId | None = None) -> list[StackRow]:
    query = select(models.BallotStack).order_by(
        models.BallotStack.round_id, models.BallotStack.first
    )
    if round_id is not None:
        query = query.where(models.BallotStack.round_id == round_id)
    return [_stack_row(r) for r in s.scalars(query)]


def _keyed(s: OrmSession, stack: StackRow, pass_no: int) -> set[int]:
    """The serials of ``stack`` keyed in ``pass_no``."""
    return set(
        s.scalars(
            select(models.BallotPaper.serial).where(
                models.BallotPaper.round_id == stack.round_id,
                models.BallotPaper.pass_no == pass_no,
                models.BallotPaper.serial.between(stack.first, stack.last),
            )
        )
    )


# --- stations -------------------------------------------------------------------------


def _clean_station(name: str, login: str) -> tuple[str, str]:
    name = " ".join(name.split())
    if not name:
        raise ValidationError("missing", "name", name)
    if len(name) > MAX_NAME:
        raise ValidationError("too_long", "name", name[:40])
    login = login.strip()
    if not LOGIN.fullmatch(login) or login in RESERVED_LOGINS or login.startswith("pg_"):
        raise ValidationError("bad_login", "login", login)
    return name, login


def list_stations(store: Store) -> list[StationRow]:
    with store.read() as s:
        return [
            _station_row(r) for r in s.scalars(select(models.Station).order_by(models.Station.id))
        ]


def station_by_login(store: Store, login: str) -> StationRow:
    """The station a server login belongs to (a station's window finds itself so)."""
    with store.read() as s:
        row = s.scalar(select(models.Station).where(models.Station.login == login))
        if row is None:
            raise NotFound("station", login)
        return _station_row(row)


def add_station(store: Store, name: str, login: str) -> StationRow:
    """A counting computer, by a name the tellers know it by and its server login.

    Refused: an empty or long name, a login PostgreSQL would need quoted or that
    is reserved (``bad_login``), a name or login already used (``duplicate``).
    Undo: ``remove_station``.
    """
    name, login = _clean_station(name, login)
    with store.action("station.add") as uow:
        for column, value in (("name", name), ("login", login)):
            taken = uow.session.scalar(
                select(models.Station.id).where(getattr(models.Station, column) == value)
            )
            if taken is not None:
                raise ValidationError("duplicate", column, value)
        row = models.Station(name=name, login=login)
        uow.session.add(row)
        uow.session.flush()
        station = _station_row(row)
        uow.journal("station", station.id, None, _station_json(station))
    return station


def remove_station(store: Store, station_id: StationId) -> StationRow:
    """Remove a station that has no stack (``station_in_use`` otherwise)."""
    with store.action("station.remove") as uow:
        row = _get_station(uow, station_id)
        used = uow.session.scalar(
            select(func.count(models.BallotStack.id)).where(
                (models.BallotStack.first_station_id == station_id)
                | (models.BallotStack.second_station_id == station_id)
            )
        )
        if used:
            raise ValidationError("station_in_use", "station_id", station_id)
        station = _station_row(row)
        uow.session.delete(row)
        uow.journal("station", station.id, _station_json(station), None)
    return station


# --- stacks ---------------------------------------------------------------------------


def list_stacks(store: Store, round_id: RoundId) -> list[StackRow]:
    """The stacks of a round in paper order."""
    with store.read() as s:
        return _stacks(s, round_id)


def _check_stack(
    uow: UnitOfWork, r: models.ElectionRound, first: int, last: int, stations: tuple[int, int]
) -> None:
    if r.announced_at is not None:
        raise ValidationError("announced", "round_id", r.id)
    _count_value(first, "first", least=1)
    _count_value(last, "last", least=first)
    if r.issued is not None and last > r.issued:
        raise ValidationError("above_issued", "last", last)
    if stations[0] == stations[1]:
        raise ValidationError("same_station", "second_station", stations[1])
    for station in stations:
        _get_station(uow, StationId(station))


def _overlapping(uow: UnitOfWork, round_id: RoundId, first: int, last: int) -> StackRow | None:
    for other in _stacks(uow.session, round_id):
        if other.first <= last and first <= other.last:
            return other
    return None


def assign_stack(
    store: Store,
    round_id: RoundId,
    first: int,
    last: int,
    first_station: StationId,
    second_station: StationId,
) -> StackRow:
    """Papers ``first``..``last`` of a round: pass 1 to one station, pass 2 to another.

    Refused: a range past the papers issued (``above_issued``), a range that
    overlaps another stack of the round (``stack_overlap``, the other stack's
    first paper as the value), the same station for both passes
    (``same_station``: the second entry must be independent), after the
    announcement (``announced``). Undo: ``unassign_stack``.
    """
    with store.action("station.assign_stack") as uow:
        r = _get_round(uow, round_id)
        _check_stack(uow, r, first, last, (first_station, second_station))
        other = _overlapping(uow, round_id, first, last)
        if other is not None:
            raise ValidationError("stack_overlap", "first", other.first)
        row = models.BallotStack(
            round_id=round_id,
            first=first,
            last=last,
            first_station_id=first_station,
            second_station_id=second_station,
        )
        uow.session.add(row)
        uow.session.flush()
        stack = _stack_row(row)
        uow.journal("ballot_stack", stack.id, None, _stack_json(stack))
    return stack


def unassign_stack(store: Store, stack_id: StackId) -> StackRow:
    """Take a stack back from its stations; refused once a paper of it is keyed
    in either pass (``stack_has_papers``). Undo: ``assign_stack`` with its values."""
    with store.action("station.unassign_stack") as uow:
        row = _get_stack(uow.session, stack_id)
        stack = _stack_row(row)
        if _keyed(uow.session, stack, 1) or _keyed(uow.session, stack, 2):
            raise ValidationError("stack_has_papers", "stack_id", stack_id)
        uow.session.delete(row)
        uow.journal("ballot_stack", stack.id, _stack_json(stack), None)
    return stack


def reassign_pass(
    store: Store, stack_id: StackId, pass_no: int, station_id: StationId
) -> tuple[StackRow, StackRow]:
    """Hand one pass of a stack to another station (its station has failed).

    The papers already keyed stay; the new station continues from the first
    serial still missing. Refused: the station of the other pass
    (``same_station``), after the announcement (``announced``).
    Returns the stack before and after (undo: reassign back).
    """
    if pass_no not in PASSES:
        raise ValidationError("unknown_value", "pass_no", pass_no)
    with store.action("station.reassign_pass") as uow:
        row = _get_stack(uow.session, stack_id)
        r = _get_round(uow, RoundId(row.round_id))
        before = _stack_row(row)
        stations = (station_id, before.second_station)
        if pass_no == 2:
            stations = (before.first_station, station_id)
        _check_stack(uow, r, row.first, row.last, stations)
        row.first_station_id, row.second_station_id = stations
        uow.session.flush()
        after = _stack_row(row)
        uow.journal("ballot_stack", stack_id, _stack_json(before), _stack_json(after))
    return before, after


# --- a station's work -----------------------------------------------------------------


def _assignment(s: OrmSession, stack: StackRow, pass_no: int) -> Assignment:
    keyed = _keyed(s, stack, pass_no)
    missing = (n for n in range(stack.first, stack.last + 1) if n not in keyed)
    return Assignment(stack, pass_no, len(keyed), next(missing, None))


def _assignments(s: OrmSession, station: StationId, round_id: RoundId | None) -> list[Assignment]:
    out = []
    for stack in _stacks(s, round_id):
        pass_no = stack.pass_of(station)
        if pass_no is not None:
            out.append(_assignment(s, stack, pass_no))
    return out


def station_work(
    store: Store, station_id: StationId, round_id: RoundId | None = None
) -> list[Assignment]:
    """The stacks and passes a station is on (of one round, or all), in paper order."""
    with store.read() as s:
        if s.get(models.Station, station_id) is None:
            raise NotFound("station", station_id)
        return _assignments(s, station_id, round_id)


def progress(store: Store, round_id: RoundId) -> list[StationProgress]:
    """Each station with its stacks of the round and how many papers it has keyed."""
    with store.read() as s:
        out = []
        for row in s.scalars(select(models.Station).order_by(models.Station.id)):
            station = _station_row(row)
            out.append(StationProgress(station, tuple(_assignments(s, station.id, round_id))))
        return out


def unfinished_stacks(s: OrmSession, round_id: int) -> list[StackRow]:
    """The stacks of a round with a paper not yet keyed in both passes.

    ``double_entry.announce_blockers`` names them ``stacks_unfinished``: a result
    stands on papers read twice by two stations (issue 20 §3).
    """
    out = []
    for stack in _stacks(s, RoundId(round_id)):
        if any(len(_keyed(s, stack, p)) < stack.size for p in PASSES):
            out.append(stack)
    return out


def unfinished_stacks_of(store: Store, round_id: RoundId) -> list[StackRow]:
    with store.read() as s:
        return unfinished_stacks(s, round_id)


def _station_stack(s: OrmSession, station: StationId, stack_id: StackId) -> tuple[StackRow, int]:
    stack = _stack_row(_get_stack(s, stack_id))
    pass_no = stack.pass_of(station)
    if pass_no is None:
        raise ValidationError("not_your_stack", "stack_id", stack_id)
    return stack, pass_no


def station_papers(
    store: Store, station_id: StationId, stack_id: StackId, pass_no: int | None = None
) -> list[BallotRow]:
    """The papers a station has keyed on a stack, in serial order.

    A station reads only its own pass: asking for the other one is refused
    (``other_pass``), so the second entry stays blind.
    """
    with store.read() as s:
        stack, own = _station_stack(s, station_id, stack_id)
        if pass_no is not None and pass_no != own:
            raise ValidationError("other_pass", "pass_no", pass_no)
        query = (
            select(models.BallotPaper)
            .where(
                models.BallotPaper.round_id == stack.round_id,
                models.BallotPaper.pass_no == own,
                models.BallotPaper.serial.between(stack.first, stack.last),
            )
            .order_by(models.BallotPaper.serial)
        )
        return [_ballot_row(b) for b in s.scalars(query)]


def enter_paper(
    store: Store,
    station_id: StationId,
    stack_id: StackId,
    *,
    chosen: Iterable[MemberId] | None = None,
    marks: Mapping[MemberId, Mark | str] | None = None,
    not_issued: bool = False,
    write_in: bool = False,
    identifying_mark: bool = False,
    other_reason: str | None = None,
    serial: int | None = None,
) -> BallotEntry:
    """A station keys the next paper of its stack, in its own pass.

    The reading is as ``elections.enter_ballot``; the serial is the lowest one
    of the stack not yet keyed in this pass, unless given. Refused: a stack the
    station is not on (``not_your_stack``), a serial outside the stack
    (``outside_stacks``), a stack already complete (``stack_done``), and all
    the refusals of ``enter_ballot`` (``duplicate``, ``announced``, …). The
    paper's actor is the station's name. Undo: ``take_back``.
    """
    with store.action("station.enter_paper") as uow:
        station = _get_station(uow, station_id)
        stack, pass_no = _station_stack(uow.session, station_id, stack_id)
        if serial is None:
            serial = _assignment(uow.session, stack, pass_no).next_serial
            if serial is None:
                raise ValidationError("stack_done", "stack_id", stack_id)
        elif not stack.first <= serial <= stack.last:
            raise ValidationError("outside_stacks", "serial", serial)
        r = _get_round(uow, stack.round_id)
        picked, read = _reading(BallotForm(r.form), chosen, marks)
        row = BallotRow(
            id=BallotId(0),
            round_id=stack.round_id,
            serial=serial,
            entered_at=uow.now(),
            actor=station.name,
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
        return _store_paper(uow, r, row)


def take_back(store: Store, station_id: StationId, ballot_id: BallotId) -> BallotRow:
    """A station removes a paper it keyed (its Ctrl+Z); refused for a paper
    outside its stacks and pass (``not_your_paper``) or after the announcement."""
    with store.action("station.take_back") as uow:
        paper = uow.session.get(models.BallotPaper, ballot_id)
        if paper is None:
            raise NotFound("ballot", ballot_id)
        mine = any(
            a.pass_no == paper.pass_no and a.stack.first <= paper.serial <= a.stack.last
            for a in _assignments(uow.session, station_id, RoundId(paper.round_id))
        )
        if not mine:
            raise ValidationError("not_your_paper", "ballot_id", ballot_id)
        if _get_round(uow, RoundId(paper.round_id)).announced_at is not None:
            raise ValidationError("announced", "round_id", paper.round_id)
        row = _ballot_row(paper)
        uow.session.delete(paper)
        uow.journal("ballot", ballot_id, _ballot_json(row), None)
    return row
