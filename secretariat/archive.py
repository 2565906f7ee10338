"""The JSON archive: a whole congress as one documented, versioned JSON file.

Format (``docs/archive-format.md``): an object with ``format`` =
"secretariat.congress", ``version`` = 1, then ``congress``, ``sessions``,
``members``, ``guests``, ``attendance``, ``movements``, ``settings``, ``agenda``,
``speeches`` and ``votes``. Ids are kept, lists are in id order and keys sorted,
so export → import → export gives the same bytes. The journal is not part of the
archive: an import starts a new journal whose first line records the import
(with every row it wrote as row images, so ``verify`` checks the rebuilt state
from there), and the documents of a rebuilt congress say that its history
before the import is not carried (``services.closing.stamp_text``).

Import is all or nothing: the whole file is validated before a new congress
file is written beside the target, and it takes the target's name only when
complete.
"""

from __future__ import annotations

import json
import os
import sqlite3
from contextlib import closing
from dataclasses import fields
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy import types as sa_types
from sqlalchemy.exc import IntegrityError

from secretariat import lock as lock_mod
from secretariat import models
from secretariat import store as store_mod
from secretariat.domain import (
    AttendanceState,
    CommitteeOrigin,
    CongressInfo,
    CongressKind,
    Gender,
    GuestData,
    MemberData,
    MemberStatus,
    Movement,
    SessionKind,
    SpeechKind,
)
from secretariat.errors import FileRefused, ValidationError
from secretariat.rules.majority import FROZEN
from secretariat.services import congress as congress_service
from secretariat.services._rows import apply_guest, apply_member, as_json
from secretariat.services.roster import clean_guest, clean_member
from secretariat.store import Store
from secretariat.value_checks import first_bad_value

FORMAT = "secretariat.congress"
VERSION = 1


# --- export ---------------------------------------------------------------------------


def export_archive(store: Store) -> dict[str, Any]:
    info = congress_service.get_info(store)
    with store.read() as s:
        sessions = [
            {"id": r.id, "kind": r.kind, "day": r.day, "start": r.start, "end": r.end}
            for r in s.scalars(select(models.Session).order_by(models.Session.id))
        ]
        members = []
        for m in s.scalars(select(models.Member).order_by(models.Member.id)):
            row = {f.name: getattr(m, f.name) for f in fields(MemberData)}
            members.append({"id": m.id, **row})
        guests = []
        for g in s.scalars(select(models.Guest).order_by(models.Guest.id)):
            guests.append({"id": g.id, **{f.name: getattr(g, f.name) for f in fields(GuestData)}})
        attendance = [
            {
                "session_id": a.session_id,
                "member_id": a.member_id,
                "state": a.state,
                "reason": a.reason,
            }
            for a in s.scalars(
                select(models.Attendance).order_by(
                    models.Attendance.session_id, models.Attendance.member_id
                )
            )
        ]
        movements = [
            {"session_id": v.session_id, "member_id": v.member_id, "kind": v.kind, "at": v.at}
            for v in s.scalars(
                select(models.MovementRow).order_by(models.MovementRow.at, models.MovementRow.id)
            )
        ]
        settings = {
            k.key: json.loads(k.value)
            for k in s.scalars(select(models.Setting).order_by(models.Setting.key))
        }
        agenda = [
            _columns(a) for a in s.scalars(select(models.AgendaItem).order_by(models.AgendaItem.id))
        ]
        speeches = [
            _columns(sp) for sp in s.scalars(select(models.Speech).order_by(models.Speech.id))
        ]
        tables = {
            section: {
                name: [_columns(r) for r in s.scalars(select(table).order_by(*_order(table)))]
                for name, table in group
            }
            for section, group in TABLE_SECTIONS
        }
        votes = [_columns(v) for v in s.scalars(select(models.Vote).order_by(models.Vote.id))]
        frozen_bases = [
            _columns(f) for f in s.scalars(select(models.FrozenBase).order_by(models.FrozenBase.id))
        ]
    return {
        "format": FORMAT,
        "version": VERSION,
        "congress": as_json(info),
        "sessions": sessions,
        "members": members,
        "guests": guests,
        "attendance": attendance,
        "movements": movements,
        "settings": settings,
        "agenda": agenda,
        "speeches": speeches,
        "frozen_bases": frozen_bases,
        "votes": votes,
        **tables,
    }


# Written in this order on import (each refers only to those before it).
ELECTION_TABLES: tuple[tuple[str, type[models.Base]], ...] = (
    ("elections", models.Election),
    ("nominations", models.Nomination),
    ("rounds", models.ElectionRound),
    ("candidates", models.Candidate),
    ("tellers", models.Teller),
    ("ballots", models.BallotPaper),
    ("resolutions", models.BallotResolution),
    ("stations", models.Station),
    ("stacks", models.BallotStack),
)
RESOLUTION_TABLES: tuple[tuple[str, type[models.Base]], ...] = (
    ("sections", models.ResolutionSection),
    ("targets", models.ResolutionTarget),
    ("versions", models.ResolutionVersion),
    ("amendments", models.Amendment),
)
MINUTES_TABLES: tuple[tuple[str, type[models.Base]], ...] = (
    ("sections", models.MinutesSection),
    ("closing", models.Closing),
    ("working_bodies", models.BodySeat),
)
# Sections carried table by table, column by column (checked against the schema).
TABLE_SECTIONS = (
    ("elections", ELECTION_TABLES),
    ("resolution", RESOLUTION_TABLES),
    ("minutes", MINUTES_TABLES),
)


def _order(table: type[models.Base]) -> list[Any]:
    return list(table.__table__.primary_key)


def _columns(row: models.Base) -> dict[str, Any]:
    return {c.name: getattr(row, c.name) for c in row.__table__.columns}


def dumps(archive: dict[str, Any]) -> str:
    return json.dumps(archive, ensure_ascii=False, sort_keys=True, indent=1) + "\n"


def write_archive(store: Store, path: Path) -> Path:
    path = Path(path)
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(dumps(export_archive(store)), encoding="utf-8")
    os.replace(tmp, path)
    return path


# --- validation -----------------------------------------------------------------------


def _need(obj: Any, key: str, kind: type | tuple[type, ...], where: str) -> Any:
    if not isinstance(obj, dict):
        raise ValidationError("not_object", where, type(obj).__name__)
    if key not in obj:
        raise ValidationError("missing", f"{where}.{key}".lstrip("."))
    value = obj[key]
    if (kind is int and isinstance(value, bool)) or not isinstance(value, kind):
        raise ValidationError("wrong_type", f"{where}.{key}".lstrip("."), value)
    return value


def _opt(obj: dict[str, Any], key: str, kind: type, where: str, default: Any) -> Any:
    if obj.get(key) is None:
        return default
    return _need(obj, key, kind, where)


def _enum(enum_type: Any, value: Any, where: str) -> Any:
    try:
        return enum_type(value)
    except ValueError:
        raise ValidationError("invalid", where, value) from None


def _list(archive: dict[str, Any], key: str) -> list[Any]:
    value = _need(archive, key, list, "")
    return list(value)


def _congress(archive: dict[str, Any]) -> CongressInfo:
    c = _need(archive, "congress", dict, "")
    w = "congress"
    return CongressInfo(
        superior_body=_opt(c, "superior_body", str, w, ""),
        cell_name=_opt(c, "cell_name", str, w, ""),
        ordinal=_opt(c, "ordinal", str, w, ""),
        term_start=_opt(c, "term_start", int, w, None),
        term_end=_opt(c, "term_end", int, w, None),
        kind=_enum(CongressKind, c.get("kind", "members"), f"{w}.kind"),
        venue=_opt(c, "venue", str, w, ""),
        place=_opt(c, "place", str, w, ""),
        committee_origin=_enum(
            CommitteeOrigin, c.get("committee_origin", "elected"), f"{w}.committee_origin"
        ),
    )


def _member(obj: Any, where: str) -> tuple[int, MemberData]:
    ident = _need(obj, "id", int, where)
    gender = obj.get("gender")
    data = MemberData(
        full_name=_need(obj, "full_name", str, where),
        status=_enum(MemberStatus, obj.get("status"), f"{where}.status"),
        party_card_no=_opt(obj, "party_card_no", str, where, ""),
        birth_year=_opt(obj, "birth_year", int, where, None),
        gender=_enum(Gender, gender, f"{where}.gender") if gender is not None else None,
        **{
            k: _opt(obj, k, str, where, "")
            for k in ("ethnicity", "position", "education", "theory_level", "note")
        },
        **{
            k: _opt(obj, k, bool, where, False)
            for k in ("exempt", "temporary_in", "temporary_out", "suspended")
        },
    )
    try:
        return ident, clean_member(data)
    except ValidationError as exc:
        raise ValidationError(exc.code, f"{where}.{exc.field}", exc.value) from None


def _guest(obj: Any, where: str) -> tuple[int, GuestData]:
    ident = _need(obj, "id", int, where)
    data = GuestData(
        full_name=_need(obj, "full_name", str, where),
        title=_opt(obj, "title", str, where, ""),
        organisation=_opt(obj, "organisation", str, where, ""),
        superior_representative=_opt(obj, "superior_representative", bool, where, False),
    )
    try:
        return ident, clean_guest(data)
    except ValidationError as exc:
        raise ValidationError(exc.code, f"{where}.{exc.field}", exc.value) from None


def _iso(value: str, parse: Any, where: str) -> str:
    try:
        parse(value)
    except ValueError:
        raise ValidationError("invalid", where, value) from None
    return value


def _session(obj: Any, where: str) -> models.Session:
    ident = _need(obj, "id", int, where)
    row = models.Session(
        id=ident, position=ident, kind=str(_enum(SessionKind, obj.get("kind"), f"{where}.kind"))
    )
    for key, parse in (
        ("day", date.fromisoformat),
        ("start", time.fromisoformat),
        ("end", time.fromisoformat),
    ):
        value = _opt(obj, key, str, where, None)
        setattr(row, key, _iso(value, parse, f"{where}.{key}") if value else None)
    return row


def _unique(ids: list[int], where: str) -> set[int]:
    seen: set[int] = set()
    for i, ident in enumerate(ids):
        if ident in seen:
            raise ValidationError("duplicate", f"{where}[{i}].id", ident)
        seen.add(ident)
    return seen


def parse_archive(archive: Any) -> list[object]:
    """Validate an archive completely and return the rows to insert, in order."""
    if not isinstance(archive, dict):
        raise ValidationError("not_object", "", type(archive).__name__)
    if archive.get("format") != FORMAT:
        raise ValidationError("not_archive", "format", archive.get("format"))
    version = archive.get("version")
    if not isinstance(version, int) or version > VERSION or version < 1:
        raise ValidationError("unsupported_version", "version", version)
    info = _congress(archive)
    sessions = [_session(o, f"sessions[{i}]") for i, o in enumerate(_list(archive, "sessions"))]
    members = [_member(o, f"members[{i}]") for i, o in enumerate(_list(archive, "members"))]
    guests = [_guest(o, f"guests[{i}]") for i, o in enumerate(_list(archive, "guests"))]
    session_ids = _unique([int(s.id) for s in sessions], "sessions")
    member_ids = _unique([i for i, _ in members], "members")
    _unique([i for i, _ in guests], "guests")
    cards: dict[str, int] = {}
    for n, (_, m) in enumerate(members):
        if m.party_card_no and m.party_card_no in cards:
            raise ValidationError("duplicate_card", f"members[{n}].party_card_no", m.party_card_no)
        cards[m.party_card_no] = n
    rows: list[object] = [_congress_row(info), *sessions]
    for ident, data in members:
        m_row = models.Member(id=ident)
        apply_member(m_row, data)
        rows.append(m_row)
    for ident, g in guests:
        g_row = models.Guest(id=ident)
        apply_guest(g_row, g)
        rows.append(g_row)
    rows += _attendance(archive, session_ids, member_ids)
    rows += _movements(archive, session_ids, member_ids)
    rows += _agenda(archive)
    rows += _speeches(archive, member_ids, {i for i, _ in guests})
    archive = _lift_frozen(archive)
    frozen = _frozen_bases(archive)
    rows += frozen
    rows += _votes(archive, {int(f.id): int(f.voters_present) for f in frozen})
    rows += _table_rows(archive)
    settings = _need(archive, "settings", dict, "")
    rows += [
        models.Setting(key=str(k), value=json.dumps(v, ensure_ascii=False, sort_keys=True))
        for k, v in sorted(settings.items())
    ]
    return rows


def _refs(obj: Any, where: str, session_ids: set[int], member_ids: set[int]) -> tuple[int, int]:
    sid = _need(obj, "session_id", int, where)
    mid = _need(obj, "member_id", int, where)
    if sid not in session_ids:
        raise ValidationError("unknown_session", f"{where}.session_id", sid)
    if mid not in member_ids:
        raise ValidationError("unknown_member", f"{where}.member_id", mid)
    return sid, mid


def _attendance(archive: dict[str, Any], sids: set[int], mids: set[int]) -> list[object]:
    rows: list[object] = []
    seen: set[tuple[int, int]] = set()
    for i, obj in enumerate(_list(archive, "attendance")):
        where = f"attendance[{i}]"
        sid, mid = _refs(obj, where, sids, mids)
        if (sid, mid) in seen:
            raise ValidationError("duplicate", where, [sid, mid])
        seen.add((sid, mid))
        state = _enum(AttendanceState, obj.get("state"), f"{where}.state")
        if state is AttendanceState.UNMARKED:
            raise ValidationError("invalid", f"{where}.state", str(state))
        rows.append(
            models.Attendance(
                session_id=sid,
                member_id=mid,
                state=str(state),
                reason=_opt(obj, "reason", str, where, ""),
            )
        )
    return rows


def _movements(archive: dict[str, Any], sids: set[int], mids: set[int]) -> list[object]:
    rows: list[object] = []
    for i, obj in enumerate(_list(archive, "movements")):
        where = f"movements[{i}]"
        sid, mid = _refs(obj, where, sids, mids)
        kind = _enum(Movement, obj.get("kind"), f"{where}.kind")
        at = _iso(_need(obj, "at", str, where), datetime.fromisoformat, f"{where}.at")
        rows.append(models.MovementRow(session_id=sid, member_id=mid, kind=str(kind), at=at))
    return rows


_AGENDA_TYPES: dict[str, tuple[type, bool]] = {  # column: (type, may be null)
    "id": (int, False),
    "position": (int, False),
    "code": (str, False),
    "title": (str, False),
    "presenter": (str, False),
    "planned_minutes": (int, False),
    "needs_vote": (bool, False),
    "started_at": (str, True),
    "ended_at": (str, True),
    "notes": (str, False),
}
_SPEECH_TYPES: dict[str, tuple[type, bool]] = {
    "id": (int, False),
    "agenda_item_id": (int, False),
    "position": (int, False),
    "member_id": (int, True),
    "guest_id": (int, True),
    "kind": (str, False),
    "text": (str, False),
    "summary": (str, False),
    "section": (str, False),
    "limit_seconds": (int, False),
    "started_at": (str, True),
    "ended_at": (str, True),
    "running_since": (str, True),
    "elapsed_seconds": (int, False),
}

_VOTE_TYPES: dict[str, tuple[type, bool]] = {
    "id": (int, False),
    "agenda_item_id": (int, True),
    "position": (int, False),
    "subject": (str, False),
    "yes": (int, True),
    "no": (int, True),
    "other": (int, True),
    "held_at": (str, True),
    "frozen_base_id": (int, True),
    "note": (str, False),
    "kind": (str, False),
}
_VOTE_DEFAULTS = {"kind": ""}  # absent in archives written before kinds existed
# Recorded together when a vote is held, all null before.
_VOTE_RESULT = tuple(
    k
    for k in _VOTE_TYPES
    if k not in ("id", "agenda_item_id", "position", "subject", "note", "kind")
)


def _typed(
    obj: Any,
    where: str,
    types: dict[str, tuple[type, bool]],
    defaults: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Check one row's values; a key absent from an older archive takes ``defaults``."""
    if not isinstance(obj, dict):
        raise ValidationError("not_object", where, type(obj).__name__)
    out: dict[str, Any] = {}
    for key, (kind, nullable) in types.items():
        value = obj.get(key)
        if value is None and nullable:
            out[key] = None
            continue
        if key not in obj and defaults and key in defaults:
            out[key] = defaults[key]
            continue
        out[key] = _need(obj, key, kind, where)
        if (key.endswith("_at") or key == "running_since") and isinstance(out[key], str):
            _iso(out[key], datetime.fromisoformat, f"{where}.{key}")
    return out


def _agenda(archive: dict[str, Any]) -> list[object]:
    items = archive.get("agenda", [])  # absent in archives written before agendas existed
    if not isinstance(items, list):
        raise ValidationError("wrong_type", "agenda", type(items).__name__)
    rows = [
        models.AgendaItem(**_typed(o, f"agenda[{i}]", _AGENDA_TYPES)) for i, o in enumerate(items)
    ]
    _unique([int(r.id) for r in rows], "agenda")
    return list(rows)


def _speeches(archive: dict[str, Any], member_ids: set[int], guest_ids: set[int]) -> list[object]:
    items = archive.get("speeches", [])
    if not isinstance(items, list):
        raise ValidationError("wrong_type", "speeches", type(items).__name__)
    agenda_ids = {o.get("id") for o in archive.get("agenda", []) if isinstance(o, dict)}
    rows: list[object] = []
    for i, obj in enumerate(items):
        where = f"speeches[{i}]"
        values = _typed(obj, where, _SPEECH_TYPES)
        _enum(SpeechKind, values["kind"], f"{where}.kind")
        if values["agenda_item_id"] not in agenda_ids:
            raise ValidationError(
                "unknown_agenda_item", f"{where}.agenda_item_id", values["agenda_item_id"]
            )
        member, guest = values["member_id"], values["guest_id"]
        if (member is None) == (guest is None):
            raise ValidationError("one_speaker", where)
        if member is not None and member not in member_ids:
            raise ValidationError("unknown_member", f"{where}.member_id", member)
        if guest is not None and guest not in guest_ids:
            raise ValidationError("unknown_guest", f"{where}.guest_id", guest)
        rows.append(models.Speech(**values))
    return rows


_FROZEN_TYPES: dict[str, tuple[type, bool]] = {
    "id": (int, False),
    "at": (str, False),
    **{name: (int, False) for name in FROZEN},
}


def _lift_one(obj: Any, where: str, bases: list[dict[str, Any]]) -> Any:
    """One vote or round of an older archive: its inline base becomes a row of
    ``bases`` it refers to (recorded whole or not at all, as before)."""
    if not isinstance(obj, dict):
        return obj
    numbers = _typed(obj, where, {name: (int, True) for name in FROZEN})
    out = {k: v for k, v in obj.items() if k not in FROZEN}
    recorded = [numbers[name] is not None for name in FROZEN]
    if not any(recorded):
        return out
    if not all(recorded):
        raise ValidationError("missing", f"{where}.{FROZEN[recorded.index(False)]}")
    ident = len(bases) + 1
    held_at = obj.get("held_at")
    bases.append({"id": ident, "at": held_at if isinstance(held_at, str) else "", **numbers})
    out["frozen_base_id"] = ident
    return out


def _lift_frozen(archive: dict[str, Any]) -> dict[str, Any]:
    """An archive written before the base was stored once (revision 0012) carries the
    base on each vote and round: the same numbers, moved to ``frozen_bases``."""
    if "frozen_bases" in archive:
        return archive
    bases: list[dict[str, Any]] = []
    out = dict(archive)
    items = archive.get("votes")
    if isinstance(items, list):
        out["votes"] = [_lift_one(o, f"votes[{i}]", bases) for i, o in enumerate(items)]
    section = archive.get("elections")
    if isinstance(section, dict) and isinstance(section.get("rounds"), list):
        rounds = section["rounds"]
        lifted = [_lift_one(o, f"elections.rounds[{i}]", bases) for i, o in enumerate(rounds)]
        out["elections"] = {**section, "rounds": lifted}
    out["frozen_bases"] = bases
    return out


def _frozen_bases(archive: dict[str, Any]) -> list[models.FrozenBase]:
    """The frozen bases (190-QĐ/TW Điều 30 khoản 2) the votes and rounds refer to."""
    items = _list(archive, "frozen_bases")
    rows: list[models.FrozenBase] = []
    for i, obj in enumerate(items):
        where = f"frozen_bases[{i}]"
        values = _typed(obj, where, _FROZEN_TYPES)
        for name in FROZEN:
            if values[name] < 0:
                raise ValidationError("invalid", f"{where}.{name}", values[name])
        rows.append(models.FrozenBase(**values))
    _unique([int(r.id) for r in rows], "frozen_bases")
    return rows


def _votes(archive: dict[str, Any], present: dict[int, int]) -> list[object]:
    items = archive.get("votes", [])  # absent in archives written before votes existed
    if not isinstance(items, list):
        raise ValidationError("wrong_type", "votes", type(items).__name__)
    agenda_ids = {o.get("id") for o in archive.get("agenda", []) if isinstance(o, dict)}
    rows: list[models.Vote] = []
    for i, obj in enumerate(items):
        where = f"votes[{i}]"
        values = _typed(obj, where, _VOTE_TYPES, _VOTE_DEFAULTS)
        item = values["agenda_item_id"]
        if item is not None and item not in agenda_ids:
            raise ValidationError("unknown_agenda_item", f"{where}.agenda_item_id", item)
        for key, (kind, _) in _VOTE_TYPES.items():
            if kind is int and values[key] is not None and values[key] < 0:
                raise ValidationError("invalid", f"{where}.{key}", values[key])
        _vote_result(values, where, present)
        rows.append(models.Vote(**values))
    _unique([int(r.id) for r in rows], "votes")
    return list(rows)


def _vote_result(values: dict[str, Any], where: str, present: dict[int, int]) -> None:
    """A result is recorded whole (counts, time, frozen base) or not at all."""
    recorded = [values[k] is not None for k in _VOTE_RESULT]
    if any(recorded) and not all(recorded):
        missing = _VOTE_RESULT[recorded.index(False)]
        raise ValidationError("missing", f"{where}.{missing}")
    if not all(recorded):
        return
    frozen = values["frozen_base_id"]
    if frozen not in present:
        raise ValidationError("broken_reference", f"{where}.frozen_base_id", frozen)
    if values["yes"] + values["no"] + values["other"] > present[frozen]:
        raise ValidationError("more_than_present", f"{where}.yes", values["yes"])


def _python_type(column: Any) -> type:
    if isinstance(column.type, sa_types.Boolean):
        return bool
    if isinstance(column.type, sa_types.Integer):
        return int
    return str


def _defaults(table: type[models.Base]) -> dict[str, Any]:
    """Columns added after version 1 was written take their model default when absent."""
    out: dict[str, Any] = {}
    for c in table.__table__.columns:
        default = getattr(c.default, "arg", None)
        if default is not None and not callable(default):
            out[c.name] = default
    return out


def _table_rows(archive: dict[str, Any]) -> list[object]:
    """The elections, resolution and minutes tables, checked column by column.

    References between them and to members, speeches and votes are checked by
    the database's foreign keys when the new file is written; a broken one
    refuses the import. Each section is absent in archives written before it
    existed.
    """
    rows: list[object] = []
    for section_name, group in TABLE_SECTIONS:
        section = archive.get(section_name, {})
        if not isinstance(section, dict):
            raise ValidationError("wrong_type", section_name, type(section).__name__)
        for name, table in group:
            items = section.get(name, [])
            if not isinstance(items, list):
                raise ValidationError("wrong_type", f"{section_name}.{name}", type(items).__name__)
            types = {c.name: (_python_type(c), bool(c.nullable)) for c in table.__table__.columns}
            defaults = _defaults(table)
            rows += [
                table(**_typed(o, f"{section_name}.{name}[{i}]", types, defaults))
                for i, o in enumerate(items)
            ]
    return rows


def _congress_row(info: CongressInfo) -> models.Congress:
    row = models.Congress(id=1, created_at="")
    for key, value in as_json(congress_service.validate_info(info)).items():
        setattr(row, key, value)
    return row


# --- import ---------------------------------------------------------------------------


def load(path: Path) -> Any:
    """Read an archive file; a file that is not JSON is refused with its position."""
    try:
        return json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except RecursionError:  # "[[[[…" 50,000 deep: no archive is nested like that
        raise ValidationError("too_deep", str(path)) from None
    except UnicodeDecodeError as exc:
        raise ValidationError("not_utf8", str(path), exc.start) from None
    except json.JSONDecodeError as exc:
        raise ValidationError(
            "not_json", f"line {exc.lineno}, column {exc.colno}", exc.msg
        ) from None


def _check_values(path: Path) -> None:
    """What the opening would refuse (a ballot naming no candidate, a time that is not
    one) refuses the import, named by table, row and column."""
    with closing(sqlite3.connect(path)) as conn:
        bad = first_bad_value(conn)
    if bad is not None:
        where = f"{bad.table}[{bad.row}]" + (f".{bad.column}" if bad.column else "")
        raise ValidationError("bad_value", where, bad.reason)


def import_archive(
    archive_path: Path, target: Path, *, actor: str = "", overwrite: bool = False
) -> Store:
    """Create a new congress file at ``target`` from an archive; all or nothing."""
    target = Path(target)
    if target.exists() and not overwrite:
        raise FileRefused("exists", str(target))
    try:
        rows = parse_archive(load(archive_path))
    except RecursionError:
        raise ValidationError("too_deep", str(archive_path)) from None
    tmp = target.with_name(target.name + ".import")
    new = store_mod.create(tmp, actor=actor, overwrite=True)
    try:
        with new.action("archive.import") as uow:
            for row in rows:
                if isinstance(row, models.Congress):
                    row.created_at = uow.now().isoformat()
                uow.session.add(row)
                try:
                    uow.session.flush()
                except IntegrityError as exc:
                    table = getattr(row, "__tablename__", "")
                    raise ValidationError("broken_reference", table, str(exc.orig)) from None
            uow.journal("archive", str(Path(archive_path).name), None, {"rows": len(rows)})
        _check_values(tmp)
    except BaseException:
        new.close()
        tmp.unlink(missing_ok=True)
        raise
    new.close()
    # A file open in another window or program is never replaced under it; the log
    # of the file replaced must not be replayed over the new one.
    try:
        with lock_mod.acquire(target):
            for log in ("-wal", "-shm"):
                Path(f"{target}{log}").unlink(missing_ok=True)
            os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return store_mod.open_store(target, actor=actor)
