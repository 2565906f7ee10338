"""Read one attendance case of ``tests/data/cases/majority-base.json``.

A case describes a roster in groups::

    {"id": "M7", "kind": "members",
     "members": [{"count": 16, "status": "full", "attendance": "present"},
                 {"count": 1, "status": "full", "attendance": "absent",
                  "temporary_out": true}, ...],
     "expected": {...}}

Reading is strict: anything malformed raises ``ValidationError(code, field,
value)`` where ``field`` is a JSON path such as ``members[2].attendance`` (the
empty path is the case itself). Codes: ``not_object``, ``not_list``,
``missing``, ``unknown_key``, ``unknown_value`` (not one of an enum's values),
``invalid_count`` (not a non-negative whole number), ``not_boolean`` and
``conflict`` (flags that cannot hold together).
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import TypeVar

from secretariat.domain import AttendanceState, CongressKind, MemberStatus
from secretariat.errors import ValidationError
from secretariat.rules.majority import Voter

__all__ = ["voters_from_case"]

_CASE_KEYS = frozenset({"id", "source", "kind", "members", "expected"})
_FLAGS = ("exempt", "temporary_in", "temporary_out", "suspended", "left_before_ballot")
_GROUP_KEYS = frozenset({"count", "status", "attendance", *_FLAGS})

E = TypeVar("E", bound=enum.StrEnum)


def _path(parent: str, key: str) -> str:
    return f"{parent}.{key}" if parent else key


def _as_object(value: object, path: str) -> Mapping[str, object]:
    if not isinstance(value, Mapping) or not all(isinstance(k, str) for k in value):
        raise ValidationError("not_object", path, value)
    return value


def _check_keys(obj: Mapping[str, object], allowed: frozenset[str], path: str) -> None:
    for key in obj:
        if key not in allowed:
            raise ValidationError("unknown_key", _path(path, key), obj[key])


def _required(obj: Mapping[str, object], key: str, path: str) -> object:
    if key not in obj:
        raise ValidationError("missing", _path(path, key))
    return obj[key]


def _enum(enum_type: type[E], value: object, path: str) -> E:
    if isinstance(value, str):
        try:
            return enum_type(value)
        except ValueError:
            pass
    raise ValidationError("unknown_value", path, value)


def _count(value: object, path: str) -> int:
    # bool is an int in Python; "true" people are not a count.
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValidationError("invalid_count", path, value)
    return value


def _flag(obj: Mapping[str, object], key: str, path: str) -> bool:
    value = obj.get(key, False)
    if not isinstance(value, bool):
        raise ValidationError("not_boolean", _path(path, key), value)
    return value


def _group(value: object, path: str) -> list[Voter]:
    group = _as_object(value, path)
    _check_keys(group, _GROUP_KEYS, path)
    count = _count(_required(group, "count", path), _path(path, "count"))
    status = _enum(MemberStatus, _required(group, "status", path), _path(path, "status"))
    attendance_path = _path(path, "attendance")
    attendance = _enum(AttendanceState, _required(group, "attendance", path), attendance_path)
    flags = {key: _flag(group, key, path) for key in _FLAGS}
    if flags["temporary_in"] and flags["temporary_out"]:
        raise ValidationError("conflict", _path(path, "temporary_out"), True)
    # Leaving before the ballot presupposes having attended (docs/domain/rules.md section 2).
    if flags["left_before_ballot"] and attendance is not AttendanceState.PRESENT:
        raise ValidationError("conflict", _path(path, "left_before_ballot"), True)
    voter = Voter(
        status,
        attendance,
        exempt=flags["exempt"],
        temporary_in=flags["temporary_in"],
        temporary_out=flags["temporary_out"],
        suspended=flags["suspended"],
        present_at_ballot=False if flags["left_before_ballot"] else None,
    )
    return [voter] * count


def voters_from_case(case: object) -> tuple[list[Voter], CongressKind]:
    """The roster of one case, one ``Voter`` per person, and the congress kind.

    ``kind`` defaults to ``members``; ``left_before_ballot`` gives
    ``present_at_ballot=False``. ``id``, ``source`` and ``expected`` are allowed
    and ignored.
    """
    obj = _as_object(case, "")
    _check_keys(obj, _CASE_KEYS, "")
    kind = _enum(CongressKind, obj.get("kind", CongressKind.MEMBERS.value), "kind")
    groups = _required(obj, "members", "")
    if not isinstance(groups, list):
        raise ValidationError("not_list", "members", groups)
    voters: list[Voter] = []
    for index, group in enumerate(groups):
        voters.extend(_group(group, f"members[{index}]"))
    return voters, kind
