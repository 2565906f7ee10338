"""One undo shape (issue #15 §3): every action undone and redone by its row images.

For every user action the UI can undo (each public function of ``ui/commands``,
enumerated from their source so that a new one without a case here fails), the
action runs on the demo congress (``secretariat.demo``): do → undo leaves every
table except the journal as before; undo → redo gives the tables as right after
the action; and the journal replayed from empty still equals the tables
(``verify``). An undo refused because a row changed since writes nothing.
"""

from __future__ import annotations

import ast
import shutil
import sqlite3
from collections.abc import Callable
from contextlib import closing
from dataclasses import fields, replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from secretariat import demo, state_digest, undo
from secretariat import store as store_mod
from secretariat.changes import Change
from secretariat.domain import (
    AgendaItemData,
    AttendanceState,
    Body,
    GuestData,
    MemberData,
    SessionData,
    SessionKind,
    SpeechKind,
)
from secretariat.errors import ValidationError
from secretariat.models import JournalEntry
from secretariat.rules.ballots import Mark
from secretariat.services import (
    agenda,
    attendance,
    congress,
    elections,
    minutes,
    resolution,
    roster,
    settings,
    speeches,
    stations,
    votes,
    working_bodies,
)
from secretariat.services.elections import Target, double_entry, nominations
from secretariat.services.elections import results as election_results
from secretariat.services.elections import totals as totals_entry
from secretariat.store import Store
from secretariat.verify import verify_journal

ROOT = Path(__file__).resolve().parents[2]
Act = Callable[[], object]
Case = Callable[[Store], Act]

# Functions of ui/commands that are not an undoable action, and why.
NOT_ACTIONS = {
    "item_data",  # a helper (the editable part of an agenda row)
    "normalized",  # a helper (the text as the minutes store it)
    "run",  # resolution_actions.run: the generic runner, covered by the resolution cases
    "record",  # the generic runner itself
    # Closing freezes the record and clears the undo history; reopening is a
    # deliberate act with its stated reason: neither is on the undo stack.
    "close_congress",
    "reopen_congress",
}


# --- the demo congress and helpers --------------------------------------------------


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("undo") / "demo.daihoi"
    demo.create_demo(path).close()
    return path


def _state(store: Store) -> dict[state_digest.RowKey, state_digest.Row]:
    with closing(sqlite3.connect(store.path)) as conn:
        return state_digest.read_state(conn)


def _session(s: Store) -> int:
    return congress.list_sessions(s)[0].id


def _member(s: Store, state: AttendanceState | None = None, inside: bool | None = None) -> int:
    """A full member of the demo, optionally by attendance state / presence in the hall."""
    marks = attendance.session_attendance(s, _session(s))
    for m in roster.list_members(s):
        mark = marks.get(m.id)
        current = mark.state if mark else AttendanceState.UNMARKED
        if state is not None and current is not state:
            continue
        if inside is not None and bool(mark and mark.inside) is not inside:
            continue
        return m.id
    raise AssertionError("no such member in the demo")


def _removable_member(s: Store) -> int:
    """A member without speeches, seats or marks (the roster refuses to remove others)."""
    data = MemberData("Đinh Văn Thêm", birth_year=1990)
    return roster.add_member(s, data).id


def _item(s: Store, code: str) -> int:
    return next(i.id for i in agenda.list_items(s) if i.code == code)


def _queued_speech(s: Store) -> int:
    discussion = _item(s, "discussion")
    return next(r.id for r in speeches.queue(s, discussion) if r.state == "queued")


def _speaking(s: Store) -> int:
    discussion = _item(s, "discussion")
    return next(r.id for r in speeches.queue(s, discussion) if r.state == "speaking")


def _vote(s: Store, held: bool) -> int:
    return next(v.id for v in votes.list_votes(s) if (v.held_at is not None) is held)


def _present_full(s: Store, n: int) -> list[int]:
    marks = attendance.session_attendance(s, _session(s))
    out = [
        m.id
        for m in roster.list_members(s)
        if m.status == "full" and (mark := marks.get(m.id)) is not None and mark.inside
    ]
    return out[:n]


def _election(s: Store) -> int:
    return elections.create_election(s, Target.DELEGATE, "Bầu đại biểu dự Đại hội cấp trên", 2).id


def _round(s: Store, *, issued: bool = True) -> int:
    people = _present_full(s, 6)
    election = _election(s)
    rnd = elections.open_round(s, election, people[:4], people[4:6])
    if issued:
        elections.start_ballot(s, rnd.id, len(_present_full(s, 100)))
    return rnd.id


def _candidates(s: Store, round_id: int) -> list[int]:
    return [c.member_id for c in elections.get_round(s, round_id).candidates]


def _nomination(s: Store, source: str = "floor") -> tuple[int, int]:
    election = _election(s)
    member = _present_full(s, 1)[0]
    row = nominations.nominate(s, election, member, source, proposer="Mai Xuân Trường")
    return election, row.id


def _counted_round(s: Store, *, announced: bool = False) -> int:
    """A round whose papers all elect its first two candidates (the two seats)."""
    rnd = _round(s)
    names = _candidates(s, rnd)
    for _ in range(len(_present_full(s, 100))):
        elections.enter_ballot(s, rnd, chosen=names[:2])
    if announced:
        election_results.announce(s, rnd)
    return rnd


def _failed_secretary_rounds(s: Store) -> int:
    """A bí thư election whose three rounds failed: the appointment is due."""
    people = _present_full(s, 3)
    election = elections.create_election(s, Target.CELL_SECRETARY, "Bầu Bí thư", 1).id
    for round_no in (1, 2, 3):
        reason = None if round_no == 1 else "open_seats"
        rnd = elections.open_round(s, election, people[:1], people[1:3], reason=reason).id
        issued = len(_present_full(s, 100))
        elections.start_ballot(s, rnd, issued)
        for _ in range(issued):
            elections.enter_ballot(s, rnd, marks={people[0]: Mark.DISAGREE})
        election_results.announce(s, rnd)
    return election


# --- one case per command: set up on the demo, then return the action itself --------

CASES: dict[str, Case] = {}


def case(fn: Case) -> Case:
    CASES[fn.__name__.removeprefix("case_")] = fn
    return fn


# actions.py
@case
def case_set_info(s: Store) -> Act:
    return lambda: congress.set_info(s, replace(demo.INFO, place="Hà Nội"))


@case
def case_add_session(s: Store) -> Act:
    return lambda: congress.add_session(s, SessionData(SessionKind.OFFICIAL, date(2020, 6, 16)))


@case
def case_update_session(s: Store) -> Act:
    data = SessionData(SessionKind.OFFICIAL, date(2020, 6, 17))
    return lambda: congress.update_session(s, _session(s), data)


@case
def case_remove_session(s: Store) -> Act:
    sid = congress.add_session(s, SessionData(SessionKind.PREPARATORY, date(2020, 6, 1))).id
    return lambda: congress.remove_session(s, sid)


@case
def case_add_member(s: Store) -> Act:
    return lambda: roster.add_member(s, MemberData("Đỗ Thị Mới", birth_year=1995))


@case
def case_import_members(s: Store) -> Act:
    data = [MemberData(f"Hồ Văn Nhập{i}", birth_year=1990 + i) for i in range(3)]
    return lambda: roster.add_members(s, data)


@case
def case_update_member(s: Store) -> Act:
    member = roster.list_members(s)[0]
    data = MemberData(**{f.name: getattr(member, f.name) for f in fields(MemberData)})
    return lambda: roster.update_member(s, member.id, replace(data, note="Đã sửa"))


@case
def case_remove_members(s: Store) -> Act:
    member = _removable_member(s)
    return lambda: roster.remove_members(s, [member])


@case
def case_add_guest(s: Store) -> Act:
    return lambda: roster.add_guest(s, GuestData("Khách Mới", "Phó Giám đốc"))


@case
def case_update_guest(s: Store) -> Act:
    guest = roster.list_guests(s)[0].id
    return lambda: roster.update_guest(s, guest, GuestData("Khách Đã Sửa", "Đại biểu"))


@case
def case_remove_guest(s: Store) -> Act:
    guest = roster.add_guest(s, GuestData("Khách Về", "")).id
    return lambda: roster.remove_guest(s, guest)


@case
def case_check_in(s: Store) -> Act:
    member = _member(s, AttendanceState.UNMARKED)
    return lambda: attendance.check_in(s, _session(s), member)


@case
def case_check_out(s: Store) -> Act:
    member = _member(s, inside=True)
    return lambda: attendance.check_out(s, _session(s), member)


@case
def case_mark_excused(s: Store) -> Act:
    member = _member(s, AttendanceState.UNMARKED)
    return lambda: attendance.mark_excused(s, _session(s), member, "Đi công tác")


@case
def case_mark_absent(s: Store) -> Act:
    member = _member(s, AttendanceState.UNMARKED)
    return lambda: attendance.mark_absent(s, _session(s), member)


@case
def case_clear_attendance(s: Store) -> Act:
    member = _member(s, inside=True)
    return lambda: attendance.clear(s, _session(s), member)


# agenda_actions.py
@case
def case_add_item(s: Store) -> Act:
    return lambda: agenda.add_item(s, AgendaItemData("Mục thêm", planned_minutes=5), 3)


@case
def case_update_item(s: Store) -> Act:
    data = AgendaItemData("Bế mạc đại hội", notes="Ghi chú")
    return lambda: agenda.update_item(s, _item(s, "closing"), data)


@case
def case_remove_item(s: Store) -> Act:
    # The discussion: its speeches go by cascade, amendments citing them lose the link.
    return lambda: agenda.remove_item(s, _item(s, "discussion"))


@case
def case_move_item(s: Store) -> Act:
    return lambda: agenda.move_item(s, _item(s, "closing"), 2)


@case
def case_start_next(s: Store) -> Act:
    return lambda: agenda.start_next(s)


@case
def case_end_current(s: Store) -> Act:
    return lambda: agenda.end_current(s)


# speech_actions.py
@case
def case_register(s: Store) -> Act:
    member = _member(s, inside=True)
    return lambda: speeches.register(s, _item(s, "discussion"), member_id=member)


@case
def case_remove(s: Store) -> Act:
    return lambda: speeches.remove(s, _queued_speech(s))


@case
def case_move(s: Store) -> Act:
    return lambda: speeches.move(s, _queued_speech(s), 1)


@case
def case_call_next(s: Store) -> Act:
    return lambda: speeches.call_next(s, _item(s, "discussion"))


@case
def case_pause(s: Store) -> Act:
    return lambda: speeches.pause(s, _speaking(s))


@case
def case_resume(s: Store) -> Act:
    speech = _speaking(s)
    speeches.pause(s, speech)
    return lambda: speeches.resume(s, speech)


@case
def case_finish(s: Store) -> Act:
    return lambda: speeches.finish(s, _speaking(s))


@case
def case_edit(s: Store) -> Act:
    return lambda: speeches.edit(s, _speaking(s), summary="Tóm tắt mới", kind=SpeechKind.FLOOR)


# vote_actions.py
@case
def case_add_vote(s: Store) -> Act:
    return lambda: votes.add_vote(s, "Biểu quyết thêm", _item(s, "discussion"))


@case
def case_seed_default_votes(s: Store) -> Act:
    for vote in votes.list_votes(s):
        votes.remove_vote(s, vote.id)
    return lambda: votes.seed_default_votes(s)


@case
def case_update_subject(s: Store) -> Act:
    return lambda: votes.update_subject(s, _vote(s, held=True), "Chủ đề đã sửa")


@case
def case_remove_vote(s: Store) -> Act:
    return lambda: votes.remove_vote(s, _vote(s, held=True))


@case
def case_hold(s: Store) -> Act:
    vote = votes.add_vote(s, "Biểu quyết giơ tay", None).id
    return lambda: votes.hold(s, vote, 20, 1, 0)


@case
def case_all_in_favour(s: Store) -> Act:
    vote = votes.add_vote(s, "Biểu quyết nhanh", None).id
    return lambda: votes.all_in_favour(s, vote)


@case
def case_clear_result(s: Store) -> Act:
    return lambda: votes.clear_result(s, _vote(s, held=True))


# working_bodies_actions.py
@case
def case_set_bodies(s: Store) -> Act:
    chosen = _present_full(s, 2)[::-1]
    return lambda: working_bodies.set_bodies(s, {Body.SECRETARIAT: chosen})


# minutes_actions.py
@case
def case_edit_section(s: Store) -> Act:
    key = minutes.generate(s)[0].key
    return lambda: minutes.edit_section(s, key, "Văn bản thư ký viết.")


@case
def case_revert_section(s: Store) -> Act:
    key = minutes.generate(s)[0].key
    minutes.edit_section(s, key, "Bản sửa.")
    return lambda: minutes.revert_section(s, key)


# resolution_actions.py (every resolution action goes through ``run``)
def _adoptable(s: Store) -> None:
    for amendment in resolution.pending_amendments(s):
        resolution.accept_amendment(s, amendment.id)


@case
def case_adopt(s: Store) -> Act:
    _adoptable(s)
    return lambda: resolution.adopt(s, yes=10, no=0, other=0)


@case
def case_reopen(s: Store) -> Act:
    _adoptable(s)
    resolution.adopt(s, yes=len(_present_full(s, 100)), no=0, other=0)
    return lambda: resolution.reopen(s, "Bổ sung chỉ tiêu")


@case
def case_resolution_edits(s: Store) -> Act:
    def edits() -> None:
        point = resolution.add_point(s, "Điểm mới", "Nội dung")
        assert point.subject_id is not None
        resolution.add_target(s, point.subject_id, "Chỉ tiêu", Decimal(95), "%")
        resolution.move_section(s, point.subject_id, 1)

    return edits


# settings_actions.py
@case
def case_save_page_settings(s: Store) -> Act:
    return lambda: settings.set_value(s, "documents.body_size_pt", 13)


# election_actions.py
@case
def case_create_election(s: Store) -> Act:
    return lambda: _election(s)


@case
def case_remove_election(s: Store) -> Act:
    election = _election(s)
    return lambda: elections.remove_election(s, election)


@case
def case_nominate(s: Store) -> Act:
    election, member = _election(s), _present_full(s, 1)[0]
    return lambda: nominations.nominate(s, election, member, "convening")


@case
def case_record_agreement(s: Store) -> Act:
    nomination = _nomination(s)[1]
    return lambda: nominations.record_agreement(s, nomination, 20, 24)


@case
def case_decide_withdrawal(s: Store) -> Act:
    nomination = _nomination(s, "convening")[1]
    return lambda: nominations.decide_withdrawal(s, nomination, yes=20, no=2, reason="Sức khỏe")


@case
def case_remove_nomination(s: Store) -> Act:
    nomination = _nomination(s)[1]
    return lambda: nominations.remove_nomination(s, nomination)


@case
def case_approve_list(s: Store) -> Act:
    election = _nomination(s, "convening")[0]
    return lambda: nominations.approve_list(s, election, yes=10, no=0)


@case
def case_open_round(s: Store) -> Act:
    election, people = _election(s), _present_full(s, 6)
    return lambda: elections.open_round(s, election, people[:4], people[4:6])


@case
def case_start_ballot(s: Store) -> Act:
    rnd = _round(s, issued=False)
    return lambda: elections.start_ballot(s, rnd, len(_present_full(s, 100)))


@case
def case_announce(s: Store) -> Act:
    rnd = _counted_round(s)
    return lambda: election_results.announce(s, rnd)


@case
def case_withdraw_announcement(s: Store) -> Act:
    rnd = _counted_round(s, announced=True)
    return lambda: election_results.withdraw_announcement(s, rnd)


@case
def case_close_election(s: Store) -> Act:
    election = _election(s)
    people = _present_full(s, 6)
    rnd = elections.open_round(s, election, people[:4], people[4:6]).id
    issued = len(_present_full(s, 100))
    elections.start_ballot(s, rnd, issued)
    for _ in range(issued):  # one name only gets the majority: a seat stays open
        elections.enter_ballot(s, rnd, chosen=people[:1])
    election_results.announce(s, rnd)
    return lambda: election_results.close_election(s, election)


@case
def case_record_appointment(s: Store) -> Act:
    election = _failed_secretary_rounds(s)
    member = _present_full(s, 1)[0]
    return lambda: election_results.record_appointment(s, election, member, "Cấp trên chỉ định")


@case
def case_ratify(s: Store) -> Act:
    election = elections.get_round(s, _counted_round(s, announced=True)).election_id
    return lambda: election_results.ratify(s, election, date(2020, 7, 1), "Quyết định số 12")


# ballot_actions.py
@case
def case_enter_ballot(s: Store) -> Act:
    rnd = _round(s)
    return lambda: elections.enter_ballot(s, rnd, chosen=_candidates(s, rnd)[:2])


def _two_passes(s: Store, *, same: bool) -> int:
    rnd = _round(s)
    names = _candidates(s, rnd)
    elections.enter_ballot(s, rnd, chosen=names[:1])
    elections.enter_ballot(s, rnd, serial=1, pass_no=2, chosen=names[:1] if same else names[1:2])
    return rnd


@case
def case_resolve_mismatch(s: Store) -> Act:
    rnd = _two_passes(s, same=False)
    chosen = _candidates(s, rnd)[:1]
    return lambda: double_entry.resolve_mismatch(s, rnd, 1, note="Đọc lại", chosen=chosen)


@case
def case_finish_second_pass(s: Store) -> Act:
    rnd = _two_passes(s, same=True)
    return lambda: double_entry.finish_second_pass(s, rnd)


@case
def case_reopen_second_pass(s: Store) -> Act:
    rnd = _two_passes(s, same=True)
    double_entry.finish_second_pass(s, rnd)
    return lambda: double_entry.reopen_second_pass(s, rnd)


def _totals(s: Store, rnd: int) -> object:
    return totals_entry.enter_totals(
        s,
        rnd,
        collected=len(_present_full(s, 100)),
        invalid_reasons={},
        votes=dict.fromkeys(_candidates(s, rnd), 3),
    )


@case
def case_enter_totals(s: Store) -> Act:
    rnd = _round(s)
    return lambda: _totals(s, rnd)


@case
def case_clear_totals(s: Store) -> Act:
    rnd = _round(s)
    _totals(s, rnd)
    return lambda: totals_entry.clear_totals(s, rnd)


# station_actions.py
def _station(s: Store, n: int) -> int:
    return stations.add_station(s, f"Máy đếm {n}", f"maydem{n}").id


@case
def case_add_station(s: Store) -> Act:
    return lambda: stations.add_station(s, "Máy đếm 9", "maydem9")


@case
def case_remove_station(s: Store) -> Act:
    station = _station(s, 1)
    return lambda: stations.remove_station(s, station)


@case
def case_assign_stack(s: Store) -> Act:
    rnd, first, second = _round(s), _station(s, 1), _station(s, 2)
    return lambda: stations.assign_stack(s, rnd, 1, 10, first, second)


@case
def case_unassign_stack(s: Store) -> Act:
    rnd, first, second = _round(s), _station(s, 1), _station(s, 2)
    stack = stations.assign_stack(s, rnd, 1, 10, first, second).id
    return lambda: stations.unassign_stack(s, stack)


@case
def case_reassign_pass(s: Store) -> Act:
    rnd, first, second, third = _round(s), _station(s, 1), _station(s, 2), _station(s, 3)
    stack = stations.assign_stack(s, rnd, 1, 10, first, second).id
    return lambda: stations.reassign_pass(s, stack, 2, third)


# --- the properties ------------------------------------------------------------------


def _command_names() -> set[str]:
    """Every public function of ui/commands/*.py, read from the source (no Qt here)."""
    names = set()
    for path in sorted((ROOT / "ui" / "commands").glob("*.py")):
        tree = ast.parse(path.read_text("utf-8"))
        names |= {
            node.name
            for node in tree.body
            if isinstance(node, ast.FunctionDef) and not node.name.startswith("_")
        }
    return names


def test_every_command_has_a_case() -> None:
    missing = _command_names() - NOT_ACTIONS - set(CASES)
    assert not missing, f"undoable commands without a case here: {sorted(missing)}"


@pytest.fixture
def store(template: Path, tmp_path: Path) -> Store:
    path = tmp_path / "c.daihoi"
    shutil.copyfile(template, path)
    opened = store_mod.open_store(path)
    yield opened  # type: ignore[misc]
    opened.close()


@pytest.mark.parametrize("name", sorted(CASES))
def test_do_undo_redo_gives_the_tables_back(name: str, store: Store) -> None:
    act = CASES[name](store)
    before = _state(store)
    with store.recording() as ids:
        act()
    after = _state(store)
    assert ids and after != before, "the action changed nothing"
    undo.undo(store, ids)
    assert _state(store) == before
    undo.redo(store, ids)
    assert _state(store) == after
    undo.undo(store, ids)
    assert _state(store) == before
    report = verify_journal(store)
    assert report.ok, report.findings


def _journal_length(store: Store) -> int:
    with store.read() as session:
        return session.query(JournalEntry).count()


def test_undo_is_journaled_and_names_the_action(store: Store) -> None:
    heard: list[Change] = []
    store.subscribe(heard.append)
    with store.recording() as ids:
        vote = votes.add_vote(store, "Biểu quyết thử", None)
    line = undo.undo(store, ids)
    again = undo.redo(store, ids)
    with store.read() as session:
        actions = [session.get(JournalEntry, n).action for n in (line, again)]  # type: ignore[union-attr]
    assert actions == ["undo:vote.add", "redo:vote.add"]
    # The screens refresh as for the action itself, for the rows that moved.
    assert [c.action for c in heard] == ["vote.add"] * 3
    assert all(vote.id in c.ids("vote") for c in heard)


def test_undo_refused_when_a_row_changed_since_writes_nothing(store: Store) -> None:
    with store.recording() as ids:
        vote = votes.add_vote(store, "Biểu quyết thử", None)
    votes.update_subject(store, vote.id, "Đã đổi sau đó")
    before, lines = _state(store), _journal_length(store)
    with pytest.raises(ValidationError) as refused:
        undo.undo(store, ids)
    assert refused.value.code == "undo_conflict"
    assert refused.value.field == "vote"
    assert refused.value.value == [vote.id]
    assert _state(store) == before
    assert _journal_length(store) == lines


def test_redo_refused_when_the_row_came_back_otherwise(store: Store) -> None:
    member = _removable_member(store)
    with store.recording() as ids:
        roster.remove_members(store, [member])
    undo.undo(store, ids)
    roster.update_member(store, member, MemberData("Tên Khác", birth_year=1990))
    before = _state(store)
    with pytest.raises(ValidationError) as refused:
        undo.redo(store, ids)
    assert refused.value.code == "undo_conflict"
    assert _state(store) == before


def test_undo_refused_when_a_cascade_would_reach_a_row_added_since(store: Store) -> None:
    with store.recording() as ids:
        guest = roster.add_guest(store, GuestData("Khách Thử", ""))
    # A speech added since refers to the guest: undoing the guest would orphan it.
    speeches.register(store, _item(store, "discussion"), guest_id=guest.id)
    before = _state(store)
    with pytest.raises(ValidationError) as refused:
        undo.undo(store, ids)
    assert refused.value.code == "undo_conflict"
    assert _state(store) == before


def test_an_unknown_line_is_refused(store: Store) -> None:
    with pytest.raises(ValidationError) as refused:
        undo.undo(store, [10**9])
    assert refused.value.code == "undo_unknown_action"


def test_undo_of_several_actions_is_one_step(store: Store) -> None:
    before = _state(store)
    with store.recording() as ids:
        first = votes.add_vote(store, "Thứ nhất", None)
        votes.hold(store, first.id, 20, 0, 0)
    assert len(ids) == 2
    undo.undo(store, ids)
    assert _state(store) == before
    assert verify_journal(store).ok
