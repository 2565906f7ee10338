"""Attendance per session, arrivals and departures, and the counters that follow.

A member's state in a session is PRESENT once checked in (even if they leave
later: whoever attended any part of the congress stays in the majority base,
docs/domain/rules.md section 2), EXCUSED or ABSENT when marked so, and UNMARKED until then.
Check-ins and check-outs are kept as timed movements so the count minutes can
say who was in the hall when a ballot was held (docs/domain/rules.md section 5).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, String, bindparam, case, delete, func, or_, select
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import object_session

from secretariat import models
from secretariat.domain import (
    AttendanceState,
    FrozenBaseId,
    FrozenBaseRow,
    MemberId,
    MemberRow,
    MemberStatus,
    Movement,
    SessionId,
)
from secretariat.errors import NotFound, ValidationError
from secretariat.rules import eligibility, presence
from secretariat.rules.majority import (
    FROZEN,
    AttendanceCounters,
    Voter,
    count_groups,
    frozen_values,
)
from secretariat.rules.presence import CongressAttendance
from secretariat.services import congress as congress_service
from secretariat.services._rows import all_members, member_row
from secretariat.store import Store, UnitOfWork

MAX_REASON = 300
# The rows a base is frozen on (their ``frozen_base_id``).
Frozen = models.Vote | models.ElectionRound


@dataclass(frozen=True, slots=True)
class Snapshot:
    """Everything recorded for one member in one session (journaled before and after)."""

    session_id: SessionId
    member_id: MemberId
    state: AttendanceState
    reason: str
    movements: tuple[tuple[str, str], ...]  # (kind, ISO time), in order

    def as_json(self) -> dict[str, object]:
        return {
            "state": str(self.state),
            "reason": self.reason,
            "movements": [list(m) for m in self.movements],
        }


@dataclass(frozen=True, slots=True)
class MemberAttendance:
    """A member's attendance in a session, as the attendance screen shows it."""

    member_id: MemberId
    state: AttendanceState
    reason: str
    arrived_at: datetime | None
    departed_at: datetime | None  # set only while the member is out

    @property
    def inside(self) -> bool:
        return self.state is AttendanceState.PRESENT and self.departed_at is None


# Turns the recorded state (before), the member and the time into the next state.
Maker = Callable[["Snapshot", MemberRow, datetime], "Snapshot"]


def _snapshot(s: OrmSession, session_id: SessionId, member_id: MemberId) -> Snapshot:
    att = s.get(models.Attendance, (session_id, member_id))
    moves = s.execute(
        select(models.MovementRow.kind, models.MovementRow.at)
        .where(
            models.MovementRow.session_id == session_id, models.MovementRow.member_id == member_id
        )
        .order_by(models.MovementRow.at, models.MovementRow.id)
    ).all()
    return Snapshot(
        session_id=session_id,
        member_id=member_id,
        state=AttendanceState(att.state) if att else AttendanceState.UNMARKED,
        reason=att.reason if att else "",
        movements=tuple((str(k), str(a)) for k, a in moves),
    )


def _member(uow: UnitOfWork, member_id: MemberId) -> MemberRow:
    row = uow.session.get(models.Member, member_id)
    if row is None:
        raise NotFound("member", member_id)
    return member_row(row)


def _require_session(uow: UnitOfWork, session_id: SessionId) -> None:
    if uow.session.get(models.Session, session_id) is None:
        raise NotFound("session", session_id)


def _write(uow: UnitOfWork, snap: Snapshot) -> None:
    """Make the stored attendance of one member in one session equal ``snap``."""
    uow.session.execute(
        delete(models.MovementRow).where(
            models.MovementRow.session_id == snap.session_id,
            models.MovementRow.member_id == snap.member_id,
        )
    )
    att = uow.session.get(models.Attendance, (snap.session_id, snap.member_id))
    if snap.state is AttendanceState.UNMARKED:
        if att is not None:
            uow.session.delete(att)
    elif att is None:
        uow.session.add(
            models.Attendance(
                session_id=snap.session_id,
                member_id=snap.member_id,
                state=str(snap.state),
                reason=snap.reason,
            )
        )
    else:
        att.state, att.reason = str(snap.state), snap.reason
    for kind, at in snap.movements:
        uow.session.add(
            models.MovementRow(
                session_id=snap.session_id, member_id=snap.member_id, kind=kind, at=at
            )
        )


def _change(
    store: Store, action: str, session_id: SessionId, member_id: MemberId, make: Maker
) -> tuple[Snapshot, Snapshot]:
    with store.action(action) as uow:
        _require_session(uow, session_id)
        member = _member(uow, member_id)
        before = _snapshot(uow.session, session_id, member_id)
        after = make(before, member, uow.now())
        _write(uow, after)
        uow.journal("attendance", f"{session_id}:{member_id}", before.as_json(), after.as_json())
    return before, after


def _stamp(at: datetime | None, now: datetime) -> str:
    return (at or now).replace(microsecond=0).isoformat()


def check_in(
    store: Store, session_id: SessionId, member_id: MemberId, at: datetime | None = None
) -> tuple[Snapshot, Snapshot]:
    """Check a member in (arrival or return); returns (before, after)."""

    def make(before: Snapshot, member: MemberRow, now: datetime) -> Snapshot:
        if not eligibility.summoned(member):
            raise ValidationError("not_summoned", "member_id", member.id)
        if before.movements and before.movements[-1][0] == Movement.IN:
            raise ValidationError("already_in", "member_id", before.movements[-1][1])
        return Snapshot(
            session_id,
            member_id,
            AttendanceState.PRESENT,
            "",
            (*before.movements, (str(Movement.IN), _stamp(at, now))),
        )

    return _change(store, "attendance.check_in", session_id, member_id, make)


def check_out(
    store: Store, session_id: SessionId, member_id: MemberId, at: datetime | None = None
) -> tuple[Snapshot, Snapshot]:
    """Record a departure; the member stays present (and in the base)."""

    def make(before: Snapshot, member: MemberRow, now: datetime) -> Snapshot:
        if not before.movements or before.movements[-1][0] != Movement.IN:
            raise ValidationError("not_in", "member_id", member.id)
        return Snapshot(
            session_id,
            member_id,
            before.state,
            before.reason,
            (*before.movements, (str(Movement.OUT), _stamp(at, now))),
        )

    return _change(store, "attendance.check_out", session_id, member_id, make)


def mark_excused(
    store: Store, session_id: SessionId, member_id: MemberId, reason: str
) -> tuple[Snapshot, Snapshot]:
    """Absent with a reason accepted by the convening committee (reason required)."""
    reason = " ".join(reason.split())
    if not reason:
        raise ValidationError("missing", "reason", reason)
    if len(reason) > MAX_REASON:
        raise ValidationError("too_long", "reason", reason[:40])
    return _mark(store, "attendance.excuse", session_id, member_id, AttendanceState.EXCUSED, reason)


def mark_absent(
    store: Store, session_id: SessionId, member_id: MemberId, reason: str = ""
) -> tuple[Snapshot, Snapshot]:
    """Absent without an accepted reason: stays in the majority base."""
    return _mark(
        store,
        "attendance.absent",
        session_id,
        member_id,
        AttendanceState.ABSENT,
        " ".join(reason.split()),
    )


def _mark(
    store: Store,
    action: str,
    session_id: SessionId,
    member_id: MemberId,
    state: AttendanceState,
    reason: str,
) -> tuple[Snapshot, Snapshot]:
    def make(before: Snapshot, member: MemberRow, now: datetime) -> Snapshot:
        if before.movements:
            # Whoever attended part of the congress is present, not absent (Điều 30).
            raise ValidationError("has_attended", "member_id", member.id)
        return Snapshot(session_id, member_id, state, reason, ())

    return _change(store, action, session_id, member_id, make)


def clear(store: Store, session_id: SessionId, member_id: MemberId) -> tuple[Snapshot, Snapshot]:
    """Take back a member's mark and movements in a session ("not yet arrived")."""

    def make(before: Snapshot, member: MemberRow, now: datetime) -> Snapshot:
        return Snapshot(session_id, member_id, AttendanceState.UNMARKED, "", ())

    return _change(store, "attendance.clear", session_id, member_id, make)


# --- reading --------------------------------------------------------------------------


def session_attendance(
    store: Store, session_id: SessionId, members: Collection[MemberId] | None = None
) -> dict[MemberId, MemberAttendance]:
    """Every marked member's attendance in a session (unmarked members are absent here).

    ``members``: only these (a screen updating the rows one action touched).
    """
    att_query = select(models.Attendance).where(models.Attendance.session_id == session_id)
    move_query = (
        select(models.MovementRow.member_id, models.MovementRow.kind, models.MovementRow.at)
        .where(models.MovementRow.session_id == session_id)
        .order_by(models.MovementRow.at, models.MovementRow.id)
    )
    if members is not None:
        ids = [int(m) for m in members]
        att_query = att_query.where(models.Attendance.member_id.in_(ids))
        move_query = move_query.where(models.MovementRow.member_id.in_(ids))
    with store.read() as s:
        atts = s.scalars(att_query).all()
        moves = s.execute(move_query).all()
    first_in: dict[int, str] = {}
    last: dict[int, tuple[str, str]] = {}
    for member_id, kind, at in moves:
        if kind == Movement.IN:
            first_in.setdefault(member_id, at)
        last[member_id] = (kind, at)
    result: dict[MemberId, MemberAttendance] = {}
    for a in atts:
        kind_at = last.get(a.member_id)
        departed = kind_at[1] if kind_at and kind_at[0] == Movement.OUT else None
        arrived = first_in.get(a.member_id)
        result[MemberId(a.member_id)] = MemberAttendance(
            member_id=MemberId(a.member_id),
            state=AttendanceState(a.state),
            reason=a.reason,
            arrived_at=datetime.fromisoformat(arrived) if arrived else None,
            departed_at=datetime.fromisoformat(departed) if departed else None,
        )
    return result


def congress_attendance(
    store: Store, members: Collection[int] | None = None
) -> dict[MemberId, CongressAttendance]:
    """Every marked member's congress-wide state (``rules.presence``), in one read;
    with ``members``, only theirs (a member not marked in any session is absent)."""
    query = (
        select(models.Attendance.member_id, models.Attendance.state, models.Attendance.reason)
        .join(models.Session, models.Session.id == models.Attendance.session_id)
        .order_by(models.Session.position, models.Session.id)
    )
    if members is not None:
        query = query.where(models.Attendance.member_id.in_(list(members)))
    with store.read() as s:
        rows = s.execute(query).all()
    marks: dict[int, list[tuple[str, str]]] = {}
    for member_id, state, reason in rows:
        marks.setdefault(member_id, []).append((state, reason))
    return {MemberId(m): presence.congress_attendance(states) for m, states in marks.items()}


def _movements(s: OrmSession, at: datetime) -> list[tuple[int, str, str]]:
    """Every arrival and departure up to ``at``, in the order they happened."""
    return [
        (member_id, kind, when)
        for member_id, kind, when in s.execute(
            select(models.MovementRow.member_id, models.MovementRow.kind, models.MovementRow.at)
            .where(models.MovementRow.at <= presence.moment_stamp(at))
            .order_by(models.MovementRow.at, models.MovementRow.id)
        )
    ]


def members_inside_in(s: OrmSession, at: datetime) -> set[MemberId]:
    """``members_inside`` inside a caller's open session (a unit of work's check)."""
    return presence.members_inside(_movements(s, at), at)


def members_inside(store: Store, at: datetime | None = None) -> set[MemberId]:
    """Who is inside the hall at ``at`` (default now, by the file's clock).

    The one answer the teller picker and the service that refuses a teller both
    use (``rules.presence.members_inside``; 190-QĐ/TW Điều 8).
    """
    with store.read() as s:
        return members_inside_in(s, at or store.clock())


def late_after(store: Store, moment: datetime) -> dict[MemberId, datetime]:
    """Members present whose first arrival came after ``moment``, with that arrival."""
    stamp = moment.replace(microsecond=0).isoformat()
    with store.read() as s:
        first = s.execute(
            select(models.MovementRow.member_id, func.min(models.MovementRow.at))
            .where(models.MovementRow.kind == str(Movement.IN))
            .group_by(models.MovementRow.member_id)
        ).all()
    return {MemberId(m): datetime.fromisoformat(t) for m, t in first if t > stamp}


def voters(
    store: Store, at: datetime | None = None, *, as_of: datetime | None = None
) -> list[Voter]:
    """The rule facts for every roster member; with ``at``, who was inside then;
    with ``as_of``, a member who first arrived later is not yet present (the
    attendance as it stood at that moment, e.g. when the report on it was read)."""
    late = late_after(store, as_of) if as_of is not None else {}
    with store.read() as s:
        members = all_members(s)
        states: dict[int, list[str]] = {}
        for member_id, state in s.execute(
            select(models.Attendance.member_id, models.Attendance.state)
        ):
            if member_id in late and state == AttendanceState.PRESENT:
                continue
            states.setdefault(member_id, []).append(state)
        inside = members_inside_in(s, at) if at is not None else set()
    return [
        Voter(
            status=m.status,
            attendance=presence.congress_state(states.get(m.id, ())),
            exempt=m.exempt,
            temporary_in=m.temporary_in,
            temporary_out=m.temporary_out,
            suspended=m.suspended,
            present_at_ballot=m.id in inside if at is not None else None,
        )
        for m in members
    ]


# The congress-wide state as a rank (``presence.PRECEDENCE``: the first state seen
# wins), so that SQL's min() over a member's sessions picks it; any other stored
# value is ignored, as ``presence.congress_state`` ignores it.
_RANKED = tuple(str(state) for state in presence.PRECEDENCE)


@functools.cache
def _groups_query(with_at: bool, with_as_of: bool) -> Select[Any]:
    """The aggregate behind ``voter_groups``, built once per shape (moments are
    bound parameters ``at`` and ``as_of``, ISO stamps)."""
    att = models.Attendance
    mov = models.MovementRow
    rank = case(*((att.state == state, i) for i, state in enumerate(_RANKED)), else_=None)
    kept = select(att.member_id, rank.label("rank"))
    if with_as_of:
        # A member whose first arrival came after ``as_of`` was not yet present.
        late = (
            select(mov.member_id)
            .where(mov.kind == str(Movement.IN))
            .group_by(mov.member_id)
            .having(func.min(mov.at) > bindparam("as_of", type_=String))
        )
        kept = kept.where(
            or_(att.state != str(AttendanceState.PRESENT), att.member_id.not_in(late))
        )
    ranked = kept.subquery()
    state = (
        select(ranked.c.member_id, func.min(ranked.c.rank).label("rank"))
        .group_by(ranked.c.member_id)
        .subquery()
    )
    member = models.Member
    query = select(
        member.status,
        member.exempt,
        member.temporary_in,
        member.temporary_out,
        member.suspended,
        state.c.rank,
    ).outerjoin(state, state.c.member_id == member.id)
    if with_at:
        # Inside at ``at``: the member's last movement up to then is an arrival.
        latest = (
            select(
                mov.member_id,
                mov.kind,
                func.row_number()
                .over(partition_by=mov.member_id, order_by=(mov.at.desc(), mov.id.desc()))
                .label("n"),
            )
            .where(mov.at <= bindparam("at", type_=String))
            .subquery()
        )
        inside = (
            select(latest.c.member_id)
            .where(latest.c.n == 1, latest.c.kind == str(Movement.IN))
            .subquery()
        )
        query = query.add_columns(inside.c.member_id.is_not(None)).outerjoin(
            inside, inside.c.member_id == member.id
        )
    return query.group_by(*query.selected_columns).add_columns(func.count())


def voter_groups(
    s: OrmSession, at: datetime | None = None, *, as_of: datetime | None = None
) -> list[tuple[Voter, int]]:
    """``voters`` as (voter, how many members have exactly those facts), in one query.

    The same facts as ``voters`` (a test compares them), aggregated in SQL: no
    member or attendance row is loaded, only one row per distinct combination of
    roster flags, congress-wide state and presence at ``at`` — a handful whatever
    the size of the roster.
    """
    params: dict[str, str] = {}
    if at is not None:
        params["at"] = presence.moment_stamp(at)
    if as_of is not None:
        params["as_of"] = presence.moment_stamp(as_of)
    groups: list[tuple[Voter, int]] = []
    for row in s.execute(_groups_query(at is not None, as_of is not None), params):
        status, exempt, t_in, t_out, suspended, rnk = row[:6]
        groups.append(
            (
                Voter(
                    status=MemberStatus(status),
                    attendance=AttendanceState(_RANKED[rnk])
                    if rnk is not None
                    else AttendanceState.UNMARKED,
                    exempt=bool(exempt),
                    temporary_in=bool(t_in),
                    temporary_out=bool(t_out),
                    suspended=bool(suspended),
                    present_at_ballot=bool(row[6]) if at is not None else None,
                ),
                row[-1],
            )
        )
    return groups


def counters(
    store: Store, at: datetime | None = None, *, as_of: datetime | None = None
) -> AttendanceCounters:
    """Summoned, present, excused, absent, the majority base and what follows
    (``as_of``: as the attendance stood then, see ``voters``).

    ``rules.majority.count_attendance`` over the same voters as ``voters``, read
    as SQL aggregates (``voter_groups``) and counted with their multiplicities
    (``count_groups``) rather than one row per member: a check-in at 1,000
    members neither loads the roster nor counts it person by person.
    """
    kind = congress_service.get_info(store).kind
    with store.read() as s:
        groups = voter_groups(s, at, as_of=as_of)
    return count_groups(groups, kind)


def frozen_of(session: OrmSession, frozen_base_id: int | None) -> FrozenBaseRow | None:
    """The frozen base a vote or a round refers to (None before it is frozen)."""
    if frozen_base_id is None:
        return None
    f = session.get(models.FrozenBase, frozen_base_id)
    if f is None:
        raise NotFound("frozen_base", frozen_base_id)
    return FrozenBaseRow(
        id=FrozenBaseId(f.id),
        at=datetime.fromisoformat(f.at),
        **{name: getattr(f, name) for name in FROZEN},
    )


def _session_of(row: Frozen) -> OrmSession:
    session = object_session(row)
    assert session is not None, "freeze only a row of the unit of work"
    return session


def freeze_base(row: Frozen, store: Store, moment: datetime) -> AttendanceCounters:
    """Freeze the base at ``moment`` for a vote or a round: one new ``frozen_base`` row
    (``majority.frozen_values``) that the row refers to; a base it had is dropped.

    The one place a frozen base is measured and written (190-QĐ/TW Điều 30 khoản 2,
    docs/domain/rules.md §2), so a vote and a ballot held at the same moment carry
    the same numbers; each keeps its own row (none is shared). Returns the counters used.
    """
    counters_now = counters(store, moment)
    session = _session_of(row)
    drop_base(row)
    session.flush()  # the row's own change first, then the base it will refer to
    frozen = models.FrozenBase(
        at=moment.replace(microsecond=0).isoformat(), **frozen_values(counters_now)
    )
    session.add(frozen)
    session.flush()
    row.frozen_base_id = frozen.id
    return counters_now


def drop_base(row: Frozen) -> None:
    """Forget a row's frozen base (a result cleared, ballots taken back): its
    ``frozen_base`` row goes with it, so no base is kept that nothing holds."""
    old = row.frozen_base_id
    if old is None:
        return
    session = _session_of(row)
    row.frozen_base_id = None
    session.flush()
    frozen = session.get(models.FrozenBase, old)
    if frozen is not None:
        session.delete(frozen)
        session.flush()
