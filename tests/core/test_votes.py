"""Show-of-hands votes through the services, with a fake clock (docs/domain/rules.md 2 and 3)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime, time
from pathlib import Path

import pytest

from secretariat import archive, demo, undo
from secretariat.domain import (
    AgendaItemData,
    AgendaItemId,
    AgendaItemRow,
    MemberData,
    MemberRow,
    MemberStatus,
    SessionData,
    SessionKind,
    SessionRow,
    VoteId,
)
from secretariat.errors import NotFound, ValidationError
from secretariat.services import agenda, attendance, congress, roster, votes
from secretariat.store import Store
from tests.core.conftest import FakeClock


@pytest.fixture
def store(any_store: Store) -> Store:
    """These tests run on a congress file and on a PostgreSQL server (issue #20)."""
    return any_store


def hall(store: Store) -> tuple[SessionRow, list[MemberRow]]:
    """Five full members (four in the hall, one excused) and a probationary one.

    Majority base 4, full members present 4.
    """
    session = congress.add_session(
        store, SessionData(SessionKind.OFFICIAL, date(2020, 6, 15), time(7, 0), time(11, 30))
    )
    people = roster.add_members(
        store,
        [
            MemberData("Lê Văn An"),
            MemberData("Trần Thị Bình"),
            MemberData("Phạm Văn Cường"),
            MemberData("Đỗ Thị Dung"),
            MemberData("Hoàng Văn Em"),
            MemberData("Vũ Thị Giang", status=MemberStatus.PROBATIONARY),
        ],
    )
    for person in people[:4] + people[5:]:
        attendance.check_in(store, session.id, person.id)  # 07:00
    attendance.mark_excused(store, session.id, people[4].id, "Đi công tác")
    return session, people


def test_add_list_and_reword_with_undo(store: Store) -> None:
    item = agenda.add_item(store, AgendaItemData("Thông qua chương trình", needs_vote=True))
    first = votes.add_vote(store, "  Biểu quyết   thông qua chương trình ", item.id)
    loose = votes.add_vote(store, "Biểu quyết số lượng chi ủy")
    assert first.subject == "Biểu quyết thông qua chương trình"
    assert (first.position, loose.position) == (1, 2)
    assert not first.held and first.yes is None and first.base is None
    assert votes.list_votes(store) == [first, loose]
    assert votes.list_votes(store, item.id) == [first]
    with store.recording() as reword:
        before = votes.update_subject(store, first.id, "Biểu quyết chương trình đại hội")
    assert before == first
    undo.undo(store, reword)
    assert votes.get_vote(store, first.id) == first
    with pytest.raises(ValidationError) as err:
        votes.add_vote(store, "   ")
    assert err.value.code == "missing"
    with pytest.raises(NotFound):
        votes.add_vote(store, "Biểu quyết", AgendaItemId(999))


def test_new_votes_follow_the_programme_order(store: Store) -> None:
    early = agenda.add_item(store, AgendaItemData("Bầu Đoàn Chủ tịch", needs_vote=True))
    late = agenda.add_item(store, AgendaItemData("Thông qua nghị quyết", needs_vote=True))
    on_late = votes.add_vote(store, "Biểu quyết nghị quyết", late.id)
    on_early = votes.add_vote(store, "Biểu quyết Đoàn Chủ tịch", early.id)
    assert [v.id for v in votes.list_votes(store)] == [on_early.id, on_late.id]


def test_hold_freezes_the_base_when_held_190_D30_k2(store: Store, clock: FakeClock) -> None:
    session, _ = hall(store)
    vote = votes.add_vote(store, "Biểu quyết thông qua chương trình")
    clock.advance(10)  # 07:10
    before, after = votes.hold(store, vote.id, 3, 1, 0)
    assert before == vote
    assert after.held_at == datetime(2020, 6, 15, 7, 10)
    assert (after.yes, after.no, after.other) == (3, 1, 0)
    assert after.base == 4 and after.voters_present == 4
    assert after.base_full_summoned == 5 and after.base_excused == 1
    assert (
        after.base_temporary_out,
        after.base_exempt_not_present,
        after.base_suspended,
        after.base_absent_throughout,
    ) == (0, 0, 0, 0)
    result = votes.result(after)
    assert result.passed and result.percent_text == "75,00%" and result.warnings == ()

    # A member arrives later: the base now is 5, the vote keeps the base it was held with.
    late = roster.add_member(store, MemberData("Ngô Văn Hải"))
    clock.advance(5)
    attendance.check_in(store, session.id, late.id)
    assert attendance.counters(store).base.majority_base == 5
    assert votes.get_vote(store, vote.id) == after

    # Correcting the counts keeps the moment and the base it was held with.
    clock.advance(5)
    _, corrected = votes.hold(store, vote.id, 2, 2, 0)
    assert corrected.held_at == after.held_at and corrected.base == 4
    assert not votes.result(corrected).passed  # 2 * 2 = 4, not more than 4
    # Held again at an explicit moment, it takes the base of that moment.
    _, again = votes.hold(store, vote.id, 3, 0, 0, at=clock.now)
    assert again.base == 5 and again.voters_present == 5


def test_refuses_more_hands_than_full_members_present_rules_3(store: Store) -> None:
    hall(store)
    vote = votes.add_vote(store, "Biểu quyết")
    with pytest.raises(ValidationError) as err:
        votes.hold(store, vote.id, 4, 1, 0)  # the probationary member does not vote
    assert (err.value.code, err.value.field, err.value.value) == ("more_than_present", "yes", 5)
    assert votes.get_vote(store, vote.id) == vote  # nothing written
    for bad in (-1, True, 1.5):
        with pytest.raises(ValidationError) as err:
            votes.hold(store, vote.id, 1, bad, 0)  # type: ignore[arg-type]
        assert (err.value.code, err.value.field) == ("invalid", "no")
    _, fewer = votes.hold(store, vote.id, 3, 0, 0)
    assert votes.result(fewer).warnings == ("fewer_than_present",)
    with pytest.raises(NotFound):
        votes.hold(store, VoteId(999), 1, 0, 0)


def test_all_in_favour_counts_the_full_members_in_the_hall(store: Store, clock: FakeClock) -> None:
    session, people = hall(store)
    vote = votes.add_vote(store, "Biểu quyết bầu Thư ký")
    clock.advance(20)
    attendance.check_out(store, session.id, people[0].id)  # 07:20, stays in the base
    clock.advance(1)
    _, after = votes.all_in_favour(store, vote.id)
    assert (after.yes, after.no, after.other) == (3, 0, 0)
    assert after.voters_present == 3 and after.base == 4
    assert votes.result(after).passed and votes.result(after).warnings == ()
    # At 07:10 the member was still inside.
    _, earlier = votes.all_in_favour(store, vote.id, at=datetime(2020, 6, 15, 7, 10))
    assert earlier.yes == earlier.voters_present == 4
    assert earlier.held_at == datetime(2020, 6, 15, 7, 10)


def test_undo_and_redo_are_exact(store: Store) -> None:
    hall(store)
    vote = votes.add_vote(store, "Biểu quyết")
    with store.recording() as holding:
        before, after = votes.hold(store, vote.id, 4, 0, 0)
    undo.undo(store, holding)
    assert votes.get_vote(store, vote.id) == before
    undo.redo(store, holding)
    assert votes.get_vote(store, vote.id) == after
    with store.recording() as clearing:
        cleared_from = votes.clear_result(store, vote.id)
    assert cleared_from == after
    assert votes.get_vote(store, vote.id) == vote
    undo.undo(store, clearing)
    assert votes.get_vote(store, vote.id) == after
    with pytest.raises(ValidationError) as err:
        votes.result(vote)
    assert err.value.code == "not_held"
    with store.recording() as noting:
        votes.update_note(store, vote.id, " Giơ thẻ đảng viên ")
    assert votes.get_vote(store, vote.id).note == "Giơ thẻ đảng viên"
    undo.undo(store, noting)
    assert votes.get_vote(store, vote.id) == after


def test_undoing_a_removal_puts_the_vote_back_in_place(store: Store) -> None:
    hall(store)
    rows = [votes.add_vote(store, f"Biểu quyết {n}") for n in (1, 2, 3)]
    _, held = votes.hold(store, rows[1].id, 2, 1, 1)
    with store.recording() as removal:
        removed = votes.remove_vote(store, held.id)
    assert removed == held
    assert [v.position for v in votes.list_votes(store)] == [1, 2]
    undo.undo(store, removal)
    assert votes.list_votes(store) == [rows[0], held, rows[2]]
    with pytest.raises(ValidationError) as err:  # it is back: undoing again is refused
        undo.undo(store, removal)
    assert err.value.code == "undo_conflict"


def test_removing_an_agenda_item_keeps_its_votes(store: Store) -> None:
    item = agenda.add_item(store, AgendaItemData("Thông qua nghị quyết", needs_vote=True))
    vote = votes.add_vote(store, "Biểu quyết thông qua nghị quyết", item.id)
    agenda.remove_item(store, item.id)
    assert votes.list_votes(store) == [replace(vote, agenda_item_id=None)]


def test_actions_are_journalled(store: Store) -> None:
    vote = votes.add_vote(store, "Biểu quyết")
    votes.remove_vote(store, vote.id)
    with store.engine.connect() as conn:
        actions = conn.exec_driver_sql(
            "SELECT action, entity FROM journal WHERE entity = 'vote' ORDER BY id"
        ).all()
    assert [tuple(a) for a in actions] == [("vote.add", "vote"), ("vote.remove", "vote")]


@pytest.mark.parametrize(
    ("code", "title", "subject"),
    [
        ("", "Bầu Đoàn Chủ tịch, Thư ký đại hội", "Biểu quyết bầu Đoàn Chủ tịch, Thư ký đại hội"),
        ("", "Thông qua nghị quyết đại hội", "Biểu quyết thông qua nghị quyết đại hội"),
        (
            "",
            "Báo cáo tình hình đảng viên tham dự đại hội",
            "Biểu quyết thông qua báo cáo tình hình đảng viên tham dự đại hội",
        ),
        ("", "Biểu quyết số lượng chi ủy", "Biểu quyết số lượng chi ủy"),
        ("elections", "Bầu cử", "Biểu quyết thông qua danh sách bầu cử"),
    ],
)
def test_default_subject_from_the_item_title(code: str, title: str, subject: str) -> None:
    item = AgendaItemRow(title=title, code=code, needs_vote=True)
    assert votes.default_subject(item) == subject


def test_seed_default_votes_one_per_item_that_needs_a_vote(tmp_path: Path) -> None:
    # The roster and the programme, before anything is run (the full demo holds votes).
    with demo.create_demo(tmp_path / "d.daihoi", with_attendance=False) as st:
        needing = [i for i in agenda.list_items(st) if i.needs_vote]
        created = votes.seed_default_votes(st)
        # The elections item holds two show-of-hands votes before the ballots: the
        # number to elect and the vote-counting committee (issue 18 §1); each list
        # is voted when it is approved in Bầu cử.
        expected = [i.id for i in needing for _ in range(2 if i.code == "elections" else 1)]
        assert [v.agenda_item_id for v in created] == expected
        assert [v.position for v in created] == list(range(1, len(expected) + 1))
        kinds = [v.kind for v in created if v.kind]
        assert kinds == ["committee_size", "tellers", "resolution"]
        assert created[0].subject == "Biểu quyết bầu Đoàn Chủ tịch, Thư ký đại hội"
        assert "Biểu quyết thông qua nghị quyết đại hội" in [v.subject for v in created]
        assert votes.list_votes(st) == created
        with pytest.raises(ValidationError) as err:
            votes.seed_default_votes(st)
        assert err.value.code == "votes_not_empty"


def test_archive_round_trip_with_votes(tmp_path: Path) -> None:
    with demo.create_demo(tmp_path / "d.daihoi") as st:
        seeded = votes.list_votes(st)  # the demo has seeded them
        votes.all_in_favour(st, seeded[0].id, at=demo.MOMENT)
        votes.hold(st, seeded[1].id, 20, 1, 2, at=demo.MOMENT)
        votes.add_vote(st, "Biểu quyết rút tên khỏi danh sách bầu cử")
        expected = votes.list_votes(st)
        out = archive.write_archive(st, tmp_path / "d.json")
    data = json.loads(out.read_text(encoding="utf-8"))
    assert len(data["votes"]) == len(expected)
    with archive.import_archive(out, tmp_path / "copy.daihoi") as copy:
        assert votes.list_votes(copy) == expected
        again = archive.write_archive(copy, tmp_path / "again.json")
    assert again.read_bytes() == out.read_bytes()


def _broken(out: Path, tmp_path: Path, change: dict[str, object]) -> Path:
    data = json.loads(out.read_text(encoding="utf-8"))
    data["votes"][0].update(change)
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("change", "code", "field"),
    [
        ({"agenda_item_id": 999}, "unknown_agenda_item", "votes[0].agenda_item_id"),
        ({"yes": -1}, "invalid", "votes[0].yes"),
        ({"yes": "24"}, "wrong_type", "votes[0].yes"),
        ({"frozen_base_id": None}, "missing", "votes[0].frozen_base_id"),
        ({"yes": 99}, "more_than_present", "votes[0].yes"),
        ({"held_at": "hôm qua"}, "invalid", "votes[0].held_at"),
        ({"subject": None}, "wrong_type", "votes[0].subject"),
    ],
)
def test_archive_refuses_bad_votes(
    tmp_path: Path, change: dict[str, object], code: str, field: str
) -> None:
    with demo.create_demo(tmp_path / "d.daihoi") as st:
        assert votes.list_votes(st)[0].held  # the demo held the first vote
        out = archive.write_archive(st, tmp_path / "d.json")
    with pytest.raises(ValidationError) as err:
        archive.import_archive(_broken(out, tmp_path, change), tmp_path / "x.daihoi")
    assert (err.value.code, err.value.field) == (code, field)
    assert not (tmp_path / "x.daihoi").exists()


def test_archive_without_votes_still_imports(tmp_path: Path) -> None:
    with demo.create_demo(tmp_path / "d.daihoi", with_attendance=False) as st:
        out = archive.write_archive(st, tmp_path / "d.json")
    data = json.loads(out.read_text(encoding="utf-8"))
    del data["votes"]
    old = tmp_path / "old.json"
    old.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with archive.import_archive(old, tmp_path / "copy.daihoi") as copy:
        assert votes.list_votes(copy) == []


def test_undoing_an_agenda_item_removal_ties_its_votes_again(store: Store) -> None:
    items = agenda.seed_default(store)
    vote = votes.add_vote(store, "Biểu quyết thông qua nghị quyết", agenda_item_id=items[13].id)
    with store.recording() as removal:
        agenda.remove_item(store, items[13].id)
    assert votes.get_vote(store, vote.id).agenda_item_id is None
    undo.undo(store, removal)
    assert votes.get_vote(store, vote.id).agenda_item_id == items[13].id
