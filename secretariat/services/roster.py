"""The roster: members and guests. Lists are always in ballot order (190-QĐ/TW Điều 14)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from sqlalchemy import select

from secretariat import models
from secretariat.domain import (
    GuestData,
    GuestId,
    GuestRow,
    MemberData,
    MemberId,
    MemberRow,
)
from secretariat.errors import NotFound, ValidationError
from secretariat.rules.collation import ballot_key
from secretariat.services._rows import (
    all_members,
    apply_guest,
    apply_member,
    as_json,
    guest_row,
    member_row,
)
from secretariat.store import Store, UnitOfWork
from secretariat.text_entry import bad_character as bad_character
from secretariat.text_entry import clean_text

MAX_NAME = 120
MAX_TEXT = 500


def clean_member(data: MemberData) -> MemberData:
    """Normalise and validate one member's data; raise ValidationError on the field."""
    name = clean_text(data.full_name, "full_name")
    if not name:
        raise ValidationError("missing", "full_name", data.full_name)
    if len(name) > MAX_NAME:
        raise ValidationError("too_long", "full_name", name[:40])
    card = "".join(clean_text(data.party_card_no, "party_card_no").split())
    if len(card) > 32:
        raise ValidationError("too_long", "party_card_no", card[:40])
    if data.birth_year is not None and not 1900 <= data.birth_year <= 2100:
        raise ValidationError("invalid_year", "birth_year", data.birth_year)
    if data.temporary_in and data.temporary_out:
        raise ValidationError("conflict", "temporary_out", True)
    texts: dict[str, str] = {
        k: clean_text(getattr(data, k), k, multiline=k == "note")
        for k in ("ethnicity", "position", "education", "theory_level", "note")
    }
    for key, value in texts.items():
        if len(value) > MAX_TEXT:
            raise ValidationError("too_long", key, value[:40])
    return replace(
        data,
        full_name=name,
        party_card_no=card,
        ethnicity=texts["ethnicity"],
        position=texts["position"],
        education=texts["education"],
        theory_level=texts["theory_level"],
        note=texts["note"],
    )


def _card_taken(uow: UnitOfWork, card: str, except_id: int | None = None) -> bool:
    if not card:
        return False
    query = select(models.Member.id).where(models.Member.party_card_no == card)
    if except_id is not None:
        query = query.where(models.Member.id != except_id)
    return uow.session.scalar(query.limit(1)) is not None


def sort_members(rows: Sequence[MemberRow]) -> list[MemberRow]:
    return sorted(rows, key=lambda r: (ballot_key(r.full_name, r.birth_year), r.id))


def list_members(store: Store) -> list[MemberRow]:
    with store.read() as s:
        return sort_members(all_members(s))


def get_member(store: Store, member_id: MemberId) -> MemberRow:
    with store.read() as s:
        row = s.get(models.Member, member_id)
        if row is None:
            raise NotFound("member", member_id)
        return member_row(row)


def find_by_card(store: Store, code: str) -> MemberRow | None:
    """The member whose party card number is ``code`` (what a scanner types)."""
    code = "".join(code.split())
    if not code:
        return None
    with store.read() as s:
        row = s.scalar(select(models.Member).where(models.Member.party_card_no == code))
        return member_row(row) if row else None


def _insert(uow: UnitOfWork, data: MemberData) -> MemberRow:
    if _card_taken(uow, data.party_card_no):
        raise ValidationError("duplicate_card", "party_card_no", data.party_card_no)
    row = models.Member()
    apply_member(row, data)
    uow.session.add(row)
    uow.session.flush()
    result = member_row(row)
    uow.journal("member", row.id, None, as_json(result))
    return result


def add_member(store: Store, data: MemberData) -> MemberRow:
    data = clean_member(data)
    with store.action("member.add") as uow:
        return _insert(uow, data)


def add_members(store: Store, members: Sequence[MemberData]) -> list[MemberRow]:
    """Add many members in one transaction (an import): all or nothing."""
    cleaned = [clean_member(m) for m in members]
    with store.action("member.import") as uow:
        return [_insert(uow, m) for m in cleaned]


def update_member(store: Store, member_id: MemberId, data: MemberData) -> MemberRow:
    """Change a member; returns the previous values (the undo step names them)."""
    data = clean_member(data)
    with store.action("member.update") as uow:
        row = uow.session.get(models.Member, member_id)
        if row is None:
            raise NotFound("member", member_id)
        if _card_taken(uow, data.party_card_no, except_id=member_id):
            raise ValidationError("duplicate_card", "party_card_no", data.party_card_no)
        before = member_row(row)
        apply_member(row, data)
        uow.session.flush()
        uow.journal("member", member_id, as_json(before), as_json(member_row(row)))
    return before


def _has_spoken(
    uow: UnitOfWork, *, member_id: int | None = None, guest_id: int | None = None
) -> bool:
    column = models.Speech.member_id if member_id is not None else models.Speech.guest_id
    ident = member_id if member_id is not None else guest_id
    return uow.session.scalar(select(models.Speech.id).where(column == ident).limit(1)) is not None


def _remove(uow: UnitOfWork, member_id: MemberId) -> MemberRow:
    row = uow.session.get(models.Member, member_id)
    if row is None:
        raise NotFound("member", member_id)
    if _has_spoken(uow, member_id=member_id):
        # The minutes name every speaker: a speaker stays on the roster.
        raise ValidationError("has_speeches", "member_id", row.full_name)
    for table in (models.Candidate, models.Teller):
        # An election's list and its counting committee are part of the record.
        if uow.session.scalar(select(table.member_id).where(table.member_id == member_id)):
            raise ValidationError("in_election", "member_id", row.full_name)
    if uow.session.scalar(
        select(models.BodySeat.member_id).where(models.BodySeat.member_id == member_id)
    ):
        # The presidium and secretariat are named in the minutes and sign them.
        raise ValidationError("in_working_body", "member_id", row.full_name)
    removed = member_row(row)
    # Its attendance and movements go with it (ON DELETE CASCADE; undo puts them back).
    uow.session.delete(row)
    uow.journal("member", member_id, as_json(removed), None)
    return removed


def remove_member(store: Store, member_id: MemberId) -> MemberRow:
    """Remove a member with their attendance; returns the member as they were."""
    with store.action("member.remove") as uow:
        return _remove(uow, member_id)


def remove_members(store: Store, member_ids: Sequence[MemberId]) -> list[MemberRow]:
    """Remove several members in one action (undoing an import, a multiple selection)."""
    with store.action("member.remove_many") as uow:
        return [_remove(uow, member_id) for member_id in member_ids]


# --- guests ---------------------------------------------------------------------------


def clean_guest(data: GuestData) -> GuestData:
    name = clean_text(data.full_name, "full_name")
    if not name:
        raise ValidationError("missing", "full_name", data.full_name)
    if len(name) > MAX_NAME:
        raise ValidationError("too_long", "full_name", name[:40])
    title = clean_text(data.title, "title")
    organisation = clean_text(data.organisation, "organisation")
    for key, value in (("title", title), ("organisation", organisation)):
        if len(value) > MAX_TEXT:
            raise ValidationError("too_long", key, value[:40])
    return replace(data, full_name=name, title=title, organisation=organisation)


def list_guests(store: Store) -> list[GuestRow]:
    with store.read() as s:
        rows = [guest_row(g) for g in s.scalars(select(models.Guest).order_by(models.Guest.id))]
    # The superior committee's representative is introduced first.
    return sorted(rows, key=lambda g: (not g.superior_representative, g.id))


def add_guest(store: Store, data: GuestData) -> GuestRow:
    data = clean_guest(data)
    with store.action("guest.add") as uow:
        row = models.Guest()
        apply_guest(row, data)
        uow.session.add(row)
        uow.session.flush()
        result = guest_row(row)
        uow.journal("guest", row.id, None, as_json(result))
    return result


def update_guest(store: Store, guest_id: GuestId, data: GuestData) -> GuestRow:
    data = clean_guest(data)
    with store.action("guest.update") as uow:
        row = uow.session.get(models.Guest, guest_id)
        if row is None:
            raise NotFound("guest", guest_id)
        before = guest_row(row)
        apply_guest(row, data)
        uow.journal("guest", guest_id, as_json(before), as_json(guest_row(row)))
    return before


def remove_guest(store: Store, guest_id: GuestId) -> GuestRow:
    with store.action("guest.remove") as uow:
        row = uow.session.get(models.Guest, guest_id)
        if row is None:
            raise NotFound("guest", guest_id)
        if _has_spoken(uow, guest_id=guest_id):
            raise ValidationError("has_speeches", "guest_id", row.full_name)
        before = guest_row(row)
        uow.session.delete(row)
        uow.journal("guest", guest_id, as_json(before), None)
    return before
