"""Checks on setting up an election: what the cell elects, the list, the tellers.

294-QĐ/TW mục 22 (what a cell elects), 190-QĐ/TW Điều 8 (vote-counting
committee), Điều 14 (the election list and ballot order); docs/domain/rules.md 1, 4.1, 4.2.
"""

from __future__ import annotations

import enum
import math
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from secretariat.errors import ValidationError
from secretariat.rules.collation import sort_names

__all__ = [
    "COMMITTEE_THRESHOLD",
    "MAX_COMMITTEE",
    "ElectionTarget",
    "SurplusCheck",
    "ballot_order",
    "counting_committee_ok",
    "floor_nominee_admitted",
    "max_surplus",
    "surplus_check",
    "what_the_cell_elects",
]

MAX_COMMITTEE = 7  # 294-QĐ/TW mục 22: a cell committee has at most 7 members
COMMITTEE_THRESHOLD = 9  # full members (exempt included) from which a cell has a committee


class ElectionTarget(enum.StrEnum):
    """What an election fills (glossary: election target)."""

    COMMITTEE = "committee"
    CELL_SECRETARY = "cell_secretary"
    DEPUTY_SECRETARY = "deputy_secretary"


@dataclass(frozen=True, slots=True)
class SurplusCheck:
    """The verdict on the size of an election list.

    ``ok`` False refuses the list; ``warning`` is a code the UI words:
    ``no_candidates``, ``fewer_than_seats`` (allowed: a later round may have
    fewer names than open seats), ``no_surplus`` (a committee list should
    outnumber the seats), ``above_cap`` (refused), ``above_cap_allowed`` (the
    congress voted to allow it). ``max_candidates`` is the cap itself.
    """

    ok: bool
    warning: str | None
    max_candidates: int


def _whole(value: object, field: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValidationError("invalid_count", field, value)
    return value


def max_surplus(
    seats: int, *, cap_percent: Decimal = Decimal(30), small_body_extra: int = 1
) -> int:
    """The largest surplus allowed: ``floor(cap_percent % × seats)`` (190-QĐ/TW Điều 14).

    For a body of 3 to 5 seats at least ``small_body_extra`` people (guidance
    answers, a secondary source: a setting). Exact decimal, so 30 % of 7 = 2.1 → 2.
    """
    cap = math.floor(cap_percent * _whole(seats, "seats") / Decimal(100))
    if 3 <= seats <= 5:
        cap = max(cap, _whole(small_body_extra, "small_body_extra"))
    return cap


def surplus_check(
    candidates: int,
    seats: int,
    *,
    cap_percent: Decimal = Decimal(30),
    small_body_extra: int = 1,
    congress_allowed_more: bool = False,
) -> SurplusCheck:
    """Whether a committee list of ``candidates`` names for ``seats`` may go ahead.

    190-QĐ/TW Điều 14; docs/domain/rules.md 4.2: the surplus may not exceed 30 % of the
    seats (7 seats → at most 9 names) unless the congress voted to allow more;
    no surplus is only a warning.
    """
    _whole(candidates, "candidates")
    if _whole(seats, "seats") < 1:
        raise ValidationError("invalid_count", "seats", seats)
    if cap_percent < 0:
        raise ValidationError("invalid_value", "cap_percent", cap_percent)
    most = seats + max_surplus(seats, cap_percent=cap_percent, small_body_extra=small_body_extra)
    if candidates == 0:
        return SurplusCheck(False, "no_candidates", most)
    if candidates > most:
        if congress_allowed_more:
            return SurplusCheck(True, "above_cap_allowed", most)
        return SurplusCheck(False, "above_cap", most)
    if candidates < seats:
        return SurplusCheck(True, "fewer_than_seats", most)
    if candidates == seats:
        return SurplusCheck(True, "no_surplus", most)
    return SurplusCheck(True, None, most)


def floor_nominee_admitted(agree: int, attending: int) -> bool:
    """A nominee not proposed by the convening committee goes on the list only if
    more than 30 % of those attending agree: ``agree * 10 > attending * 3``
    (190-QĐ/TW Điều 14; whole numbers, never a rounded percentage).
    """
    if _whole(agree, "agree") > _whole(attending, "attending"):
        raise ValidationError("above_attending", "agree", agree)
    return agree * 10 > attending * 3


def _same_person_key(name: str) -> str:
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())


def counting_committee_ok(committee: Iterable[str], candidates: Iterable[str]) -> list[str]:
    """The tellers who are also on the election list they count (190-QĐ/TW Điều 8).

    An empty list means the set-up is acceptable. Names match after Unicode
    normalisation, case folding and whitespace collapsing (never without
    diacritics: "Lê Văn An" and "Lê Văn Ân" are different people). Returned as
    written in ``committee``, in its order.
    """
    on_list = {_same_person_key(name) for name in candidates}
    return [name for name in committee if _same_person_key(name) in on_list]


def what_the_cell_elects(full_members: int) -> tuple[str, ...]:
    """The elections a cell holds, in order (294-QĐ/TW mục 22; docs/domain/rules.md 4.1).

    ``full_members`` counts exempt members. With 9 or more: a committee of at
    most ``MAX_COMMITTEE``, then the bí thư from it, then one phó bí thư from
    it, three separate elections. Fewer than 9: a bí thư, then a phó bí thư if
    the cell needs one (optional), with no committee.
    """
    if _whole(full_members, "full_members") >= COMMITTEE_THRESHOLD:
        return (
            ElectionTarget.COMMITTEE,
            ElectionTarget.CELL_SECRETARY,
            ElectionTarget.DEPUTY_SECRETARY,
        )
    return (ElectionTarget.CELL_SECRETARY, ElectionTarget.DEPUTY_SECRETARY)


def ballot_order(names: Iterable[str]) -> list[str]:
    """The names in ballot order (190-QĐ/TW Điều 14): see ``collation.sort_names``."""
    return sort_names(names)
