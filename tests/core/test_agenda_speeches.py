"""The programme and the speeches through the services, with a fake clock."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from secretariat import archive, demo
from secretariat.domain import (
    AgendaItemData,
    CongressKind,
    GuestData,
    MemberData,
    MemberStatus,
    SpeechKind,
)
from secretariat.errors import ValidationError
from secretariat.services import agenda, roster, speeches
from secretariat.store import Store
from tests.core.conftest import FakeClock


@pytest.fixture
def store(any_store: Store) -> Store:
    """These tests run on a congress file and on a PostgreSQL server (issue #20)."""
    return any_store


def test_default_agenda_follows_procedure_and_kind() -> None:
    members = agenda.default_items(CongressKind.MEMBERS)
    assert len(members) == 16
    assert members[0].title.startswith("Chào cờ")
    assert members[-1].title.startswith("Bế mạc")
    assert [i.planned_minutes for i in members] == [
        5,
        10,
        5,
        10,
        5,
        30,
        15,
        15,
        30,
        15,
        5,
        60,
        5,
        15,
        10,
        5,
    ]
    delegates = agenda.default_items(CongressKind.DELEGATES)
    assert any(i.code == "credentials_report" for i in delegates)
    assert not any(i.code == "attendance_report" for i in delegates)


def test_seed_add_move_remove_restore(store: Store) -> None:
    items = agenda.seed_default(store)
    with pytest.raises(ValidationError):
        agenda.seed_default(store)
    extra = agenda.add_item(
        store, AgendaItemData("Trao quà lưu niệm", planned_minutes=5), position=2
    )
    assert [i.id for i in agenda.list_items(store)][:3] == [items[0].id, extra.id, items[1].id]
    old = agenda.move_item(store, extra.id, 17)
    assert old == 2 and agenda.list_items(store)[-1].id == extra.id
    removed = agenda.remove_item(store, extra.id)
    assert len(agenda.list_items(store)) == 16
    agenda.restore_item(store, removed)
    assert agenda.list_items(store)[-1].title == "Trao quà lưu niệm"
    assert [i.position for i in agenda.list_items(store)] == list(range(1, 18))


def test_start_next_stamps_times_and_undo_restores(store: Store, clock: FakeClock) -> None:
    agenda.seed_default(store)
    before, after = agenda.start_next(store)  # 07:00
    clock.advance(6)
    agenda.start_next(store)  # 07:06
    first, second = agenda.list_items(store)[:2]
    assert first.started_at == datetime(2020, 6, 15, 7, 0)
    assert first.ended_at == second.started_at == datetime(2020, 6, 15, 7, 6)
    progress = agenda.progress(store, now=datetime(2020, 6, 15, 7, 10))
    assert progress.current == agenda.list_items(store)[1]
    assert progress.elapsed_seconds == 240
    agenda.restore_timing(store, before)
    assert all(i.started_at is None for i in agenda.list_items(store))
    agenda.restore_timing(store, after)
    assert agenda.list_items(store)[0].started_at is not None


def test_speech_queue_clock_and_summary(store: Store, clock: FakeClock) -> None:
    items = agenda.seed_default(store)
    item = items[8].id
    a = roster.add_member(store, MemberData("Nguyễn Văn An"))
    b = roster.add_member(store, MemberData("Trần Thị Ánh", status=MemberStatus.PROBATIONARY))
    g = roster.add_guest(store, GuestData("Lê Thị Thanh Xuân", "Đại tá"))
    s1 = speeches.register(store, item, member_id=a.id, kind=SpeechKind.PREPARED)
    s2 = speeches.register(store, item, member_id=b.id)
    s3 = speeches.register(store, item, guest_id=g.id, kind=SpeechKind.ADDRESS)
    assert s1.limit_seconds == 300  # the default setting
    speeches.move(store, s3.id, 1)
    assert [s.id for s in speeches.queue(store, item)] == [s3.id, s1.id, s2.id]
    speeches.call_next(store, item)  # s3 at 07:00
    clock.advance(2)
    speeches.pause(store, s3.id)
    clock.advance(10)
    speeches.resume(store, s3.id)
    clock.advance(4)
    before, now_speaking = speeches.call_next(store, item)  # ends s3 after 6 min spoken
    assert now_speaking.id == s1.id and now_speaking.state == "speaking"
    done = next(s for s in speeches.queue(store, item) if s.id == s3.id)
    assert done.state == "done" and done.elapsed_seconds == 360
    speeches.edit(store, s3.id, summary="Biểu dương thành tích của chi bộ.")
    assert speeches.queue(store, item)[0].summary == "Biểu dương thành tích của chi bộ."
    speeches.restore(store, before)  # undo the call: s3 speaking again, s1 waiting
    rows = {s.id: s for s in speeches.queue(store, item)}
    assert rows[s3.id].state == "speaking" and rows[s1.id].state == "queued"


def test_statistics_per_person_and_group(store: Store, clock: FakeClock) -> None:
    items = agenda.seed_default(store)
    item = items[8].id
    a = roster.add_member(store, MemberData("Nguyễn Văn An"))
    g = roster.add_guest(store, GuestData("Lê Thị Thanh Xuân"))
    speeches.register(store, item, member_id=a.id)
    speeches.register(store, item, guest_id=g.id)
    speeches.register(store, item, member_id=a.id)
    speeches.call_next(store, item)
    clock.advance(3)
    speeches.call_next(store, item)
    clock.advance(5)
    speeches.call_next(store, item)
    clock.advance(1)
    stats = speeches.statistics(store)
    assert stats.groups["full"].speeches == 2 and stats.groups["full"].seconds == 240
    assert stats.groups["guest"].seconds == 300
    assert stats.groups["all"].speeches == 3
    assert stats.people[0].speaker == "Lê Thị Thanh Xuân"


def test_a_speaker_cannot_be_removed_from_the_roster(store: Store) -> None:
    items = agenda.seed_default(store)
    a = roster.add_member(store, MemberData("Nguyễn Văn An"))
    speeches.register(store, items[8].id, member_id=a.id)
    with pytest.raises(ValidationError) as err:
        roster.remove_member(store, a.id)
    assert err.value.code == "has_speeches"


def test_demo_stands_in_the_discussion(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with demo.create_demo(tmp_path / "d.daihoi") as st:
        progress = agenda.progress(st, now=demo.MOMENT)
        assert progress.current is not None and progress.current.code == "discussion"
        assert progress.done == 8
        queue = speeches.queue(st, progress.current.id)
        assert [s.state for s in queue] == ["done"] * 4 + ["speaking", "queued"]
        assert queue[4].speaker == "Nguyễn Đức Thắng"
        out = archive.write_archive(st, tmp_path / "d.json")
    with archive.import_archive(out, tmp_path / "copy.daihoi") as copy:
        assert len(speeches.all_speeches(copy)) == 8
        again = archive.write_archive(copy, tmp_path / "again.json")
    assert again.read_bytes() == out.read_bytes()


def test_live_demo_is_anchored_at_the_given_moment(tmp_path) -> None:  # type: ignore[no-untyped-def]
    moment = datetime(2026, 11, 27, 21, 0)
    with demo.create_demo(tmp_path / "d.daihoi", now=moment) as st:
        running = [s for s in speeches.all_speeches(st) if s.state == "speaking"]
        assert running[0].started_at == moment - timedelta(minutes=4)


def test_progress_does_not_plan_against_another_day(tmp_path: Path) -> None:
    """The session dated 15/06/2020 seen on 20/06: no drift of days, the day is named."""
    with demo.create_demo(tmp_path / "d.daihoi") as demo_store:
        _other_day(demo_store)


def _other_day(demo_store: Store) -> None:
    on_day = agenda.progress(demo_store, demo.MOMENT)
    assert on_day.other_day is None and on_day.drift_minutes != 0
    later = demo.MOMENT + timedelta(days=5)
    assert agenda.session_day_mismatch(demo_store, later) == demo.MOMENT.date()
    off = agenda.progress(demo_store, later)
    assert off.other_day == demo.MOMENT.date() and off.drift_minutes == 0
    assert agenda.session_day_mismatch(demo_store, demo.MOMENT) is None
