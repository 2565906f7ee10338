"""Who is a full member of the cell, who is summoned, who may vote, count and stand.

One answer for every caller: the majority base, the ballots issued, the services
that refuse a teller or a candidate, and the screens that offer them, so a picker
never offers a name the service then refuses (docs/domain/rules.md §1).

Pure functions over the roster facts of one person (a ``MemberRow``, a ``Voter``
or anything with the same four flags). Presence in the hall is the other half
of "may count" and lives in :mod:`secretariat.rules.presence`.
"""

from __future__ import annotations

from typing import Protocol

from secretariat.domain import MemberStatus

__all__ = [
    "MemberFacts",
    "count_refusal",
    "full_member_of_cell",
    "may_count",
    "may_stand",
    "may_vote",
    "stand_refusal",
    "summoned",
]


class MemberFacts(Protocol):
    """The roster facts the rules read (read-only, so frozen rows qualify)."""

    @property
    def status(self) -> MemberStatus: ...

    @property
    def temporary_in(self) -> bool: ...

    @property
    def temporary_out(self) -> bool: ...

    @property
    def suspended(self) -> bool: ...


def full_member_of_cell(member: MemberFacts) -> bool:
    """A full (chính thức) member of this cell: the only people in a majority base.

    Probationary members attend and speak but may not vote, stand or elect
    (Điều lệ Đảng Điều 3; docs/domain/rules.md §1); members attached here from another cell
    (temporary_in) vote in their own cell, not here.
    """
    return member.status is MemberStatus.FULL and not member.temporary_in


def summoned(member: MemberFacts) -> bool:
    """Called to the congress: not attached out to another cell, not suspended.

    Both drop out of this cell's majority base (190-QĐ/TW Điều 30 khoản 2;
    docs/domain/rules.md §2); they cannot check in at the door.
    """
    return not member.temporary_out and not member.suspended


def may_vote(member: MemberFacts) -> bool:
    """A summoned full member of the cell: gets a ballot and raises a hand when present.

    Presence at the moment of the vote is checked separately (docs/domain/rules.md §5).
    """
    return full_member_of_cell(member) and summoned(member)


def count_refusal(member: MemberFacts, *, inside: bool, on_list: bool) -> str | None:
    """Why ``member`` may not sit on the vote-counting committee, or None.

    Tellers are full members in the hall who are not on the list they count
    (190-QĐ/TW Điều 8; docs/domain/rules.md §1). The codes are the services' refusal codes:
    ``teller_on_list``, ``not_full_member``, ``not_present``.
    """
    if on_list:
        return "teller_on_list"
    if not may_vote(member):
        return "not_full_member"
    if not inside:
        return "not_present"
    return None


def may_count(member: MemberFacts, *, inside: bool, on_list: bool) -> bool:
    """May be a teller (ban kiểm phiếu) of a round (190-QĐ/TW Điều 8)."""
    return count_refusal(member, inside=inside, on_list=on_list) is None


def stand_refusal(member: MemberFacts) -> str | None:
    """Why ``member`` may not stand for election, or None.

    Only full members of this cell stand (Điều lệ Đảng Điều 3; docs/domain/rules.md §1):
    ``probationary``, ``temporary_in`` (attached here, stands in their own
    cell), ``suspended``. A member attached *out* keeps the right to stand in
    the cell where they are a member: the texts found do not bar it (they only
    take them out of the majority base), so neither does the program.
    """
    if member.status is not MemberStatus.FULL:
        return "probationary"
    if member.temporary_in:
        return "temporary_in"
    if member.suspended:
        return "suspended"
    return None


def may_stand(member: MemberFacts) -> bool:
    """May be nominated, elected or appointed in this cell (Điều lệ Đảng Điều 3)."""
    return stand_refusal(member) is None
