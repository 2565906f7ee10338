"""Congress identity, sessions, roster and attendance through the services."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time

import pytest

from secretariat.domain import (
    AttendanceState,
    CongressInfo,
    CongressKind,
    Gender,
    GuestData,
    MemberData,
    MemberStatus,
    SessionData,
    SessionKind,
    SessionRow,
)
from secretariat.errors import NotFound, ValidationError
from secretariat.services import attendance, congress, roster
from secretariat.store import Store
from tests.core.conftest import FakeClock

INFO = CongressInfo(
    "Đảng bộ Công an tỉnh Thanh Hóa",
    "Chi bộ Phòng PV05",
    "VI",
    2020,
    2025,
    CongressKind.MEMBERS,
    "Hội trường",
    "Thanh Hóa",
)


@pytest.fixture
def store(any_store: Store) -> Store:
    """These tests run on a congress file and on a PostgreSQL server (issue #20)."""
    return any_store


def official(store: Store) -> SessionRow:
    return congress.add_session(
        store, SessionData(SessionKind.OFFICIAL, date(2020, 6, 15), time(7, 30), time(11, 30))
    )


def test_congress_identity_round_trip_and_undo_value(store: Store) -> None:
    previous = congress.set_info(store, INFO)
    assert previous.cell_name == ""
    assert congress.get_info(store) == INFO
    arabic = replace(INFO, ordinal="6")
    congress.set_info(store, arabic)
    assert congress.set_info(store, INFO) == arabic


def test_congress_identity_rejects_reversed_term(store: Store) -> None:
    bad = CongressInfo("a", "b", "VI", 2025, 2020)
    with pytest.raises(ValidationError) as err:
        congress.set_info(store, bad)
    assert err.value.field == "term_end"


def test_sessions_preparatory_first(store: Store) -> None:
    official(store)
    congress.add_session(store, SessionData(SessionKind.PREPARATORY, date(2020, 6, 14)))
    kinds = [s.kind for s in congress.list_sessions(store)]
    assert kinds == [SessionKind.PREPARATORY, SessionKind.OFFICIAL]
    assert congress.current_session(store).kind is SessionKind.OFFICIAL  # type: ignore[union-attr]


def test_session_with_attendance_cannot_be_removed(store: Store) -> None:
    s = official(store)
    m = roster.add_member(store, MemberData("Lê Văn Hải"))
    attendance.check_in(store, s.id, m.id)
    with pytest.raises(ValidationError) as err:
        congress.remove_session(store, s.id)
    assert err.value.code == "session_has_attendance"


def test_roster_sorted_in_ballot_order_190_D14(store: Store) -> None:
    for name in ["Đỗ Mạnh Cường", "Châu Thị Yến", "Nguyễn Văn An", "Bùi Minh Châu"]:
        roster.add_member(store, MemberData(name))
    assert [m.full_name for m in roster.list_members(store)] == [
        "Nguyễn Văn An",
        "Bùi Minh Châu",
        "Đỗ Mạnh Cường",
        "Châu Thị Yến",
    ]


def test_member_validation_names_the_field(store: Store) -> None:
    with pytest.raises(ValidationError) as err:
        roster.add_member(store, MemberData("   "))
    assert (err.value.code, err.value.field) == ("missing", "full_name")
    with pytest.raises(ValidationError) as err:
        roster.add_member(store, MemberData("A B", temporary_in=True, temporary_out=True))
    assert err.value.code == "conflict"
    roster.add_member(store, MemberData("A B", party_card_no="36012345"))
    with pytest.raises(ValidationError) as err:
        roster.add_member(store, MemberData("C D", party_card_no="36 012 345"))
    assert err.value.code == "duplicate_card"


def test_update_returns_previous_and_remove_restore_is_exact(
    store: Store, clock: FakeClock
) -> None:
    s = official(store)
    m = roster.add_member(
        store, MemberData("Lê Văn Hải", gender=Gender.MALE, birth_year=1980, party_card_no="1")
    )
    before = roster.update_member(
        store, m.id, MemberData("Lê Văn Hải", birth_year=1981, party_card_no="1")
    )
    assert before == m
    attendance.check_in(store, s.id, m.id)
    clock.advance(30)
    attendance.check_out(store, s.id, m.id)
    state = attendance.session_attendance(store, s.id)[m.id]
    removed = roster.remove_member(store, m.id)
    assert roster.list_members(store) == []
    assert attendance.session_attendance(store, s.id) == {}
    restored = roster.restore_member(store, removed)
    assert restored.id == m.id and restored.birth_year == 1981
    assert attendance.session_attendance(store, s.id)[m.id] == state
    assert roster.find_by_card(store, " 1 ") == restored


def test_missing_member_is_not_found(store: Store) -> None:
    with pytest.raises(NotFound):
        roster.get_member(store, 999)  # type: ignore[arg-type]


def test_guests_superior_representative_first(store: Store) -> None:
    roster.add_guest(store, GuestData("Nguyễn Đình Phúc", "Trung tá"))
    roster.add_guest(store, GuestData("Lê Thị Thanh Xuân", "Đại tá", superior_representative=True))
    assert [g.full_name for g in roster.list_guests(store)] == [
        "Lê Thị Thanh Xuân",
        "Nguyễn Đình Phúc",
    ]


def test_check_in_records_time_and_refuses_twice(store: Store, clock: FakeClock) -> None:
    s = official(store)
    m = roster.add_member(store, MemberData("Lê Văn Hải"))
    before, after = attendance.check_in(store, s.id, m.id)
    assert before.state is AttendanceState.UNMARKED
    assert after.movements == (("in", "2020-06-15T07:00:00"),)
    with pytest.raises(ValidationError) as err:
        attendance.check_in(store, s.id, m.id)
    assert err.value.code == "already_in"


def test_excused_needs_reason_and_cannot_follow_attendance(store: Store) -> None:
    s = official(store)
    a = roster.add_member(store, MemberData("Lê Văn Hải"))
    b = roster.add_member(store, MemberData("Trần Thu Hà"))
    with pytest.raises(ValidationError) as err:
        attendance.mark_excused(store, s.id, a.id, "  ")
    assert err.value.field == "reason"
    attendance.mark_excused(store, s.id, a.id, "Đi công tác")
    attendance.check_in(store, s.id, b.id)
    with pytest.raises(ValidationError) as err:
        attendance.mark_absent(store, s.id, b.id)
    assert err.value.code == "has_attended"
    states = attendance.session_attendance(store, s.id)
    assert states[a.id].state is AttendanceState.EXCUSED
    assert states[a.id].reason == "Đi công tác"


def test_undo_by_restore_puts_back_exact_snapshot(store: Store) -> None:
    s = official(store)
    m = roster.add_member(store, MemberData("Lê Văn Hải"))
    before, after = attendance.check_in(store, s.id, m.id)
    attendance.restore(store, before)
    assert attendance.session_attendance(store, s.id) == {}
    attendance.restore(store, after)
    assert attendance.session_attendance(store, s.id)[m.id].arrived_at == datetime(
        2020, 6, 15, 7, 0
    )


def test_suspended_member_cannot_check_in(store: Store) -> None:
    s = official(store)
    m = roster.add_member(store, MemberData("Lê Văn Hải", suspended=True))
    with pytest.raises(ValidationError) as err:
        attendance.check_in(store, s.id, m.id)
    assert err.value.code == "not_summoned"


def test_counters_follow_attendance_190_D30_k2(store: Store, clock: FakeClock) -> None:
    """Base = full summoned − excused for the whole congress; absent stays in (Điều 30 k2)."""
    congress.set_info(store, INFO)
    s = official(store)
    ids = [roster.add_member(store, MemberData(f"Nguyễn Văn {c}")).id for c in "ABCDEFGHIJK"]
    prob = roster.add_member(store, MemberData("Trần Thị Dự", status=MemberStatus.PROBATIONARY))
    for member_id in ids[:9]:
        attendance.check_in(store, s.id, member_id)
    attendance.check_in(store, s.id, prob.id)
    attendance.mark_excused(store, s.id, ids[9], "Ốm")
    c = attendance.counters(store)
    assert (c.summoned, c.present, c.present_full, c.present_probationary) == (12, 10, 9, 1)
    assert (c.excused, c.absent, c.unmarked) == (1, 0, 1)
    assert c.base.majority_base == 10  # 11 full − 1 excused; the unmarked one stays in
    assert c.min_votes == 6
    attendance.mark_absent(store, s.id, ids[10])
    assert attendance.counters(store).base.majority_base == 10


def test_voters_at_a_given_time_follow_movements_190_D30(store: Store, clock: FakeClock) -> None:
    s = official(store)
    a = roster.add_member(store, MemberData("Lê Văn Hải"))
    b = roster.add_member(store, MemberData("Trần Thu Hà"))
    attendance.check_in(store, s.id, a.id)  # 07:00
    attendance.check_in(store, s.id, b.id, at=datetime(2020, 6, 15, 7, 5))
    clock.advance(60)  # 08:00
    attendance.check_out(store, s.id, b.id)
    at_730 = attendance.counters(store, at=datetime(2020, 6, 15, 7, 30))
    at_900 = attendance.counters(store, at=datetime(2020, 6, 15, 9, 0))
    assert at_730.voters_present == 2
    assert at_900.voters_present == 1
    # Who left stays in the base: they attended part of the congress.
    assert at_900.base.majority_base == 2
