"""Every vote the congress holds is recorded once (issue 18 §1, §2).

The procedure's show-of-hands votes around the ballots (docs/domain/procedure.md
"Elections"; 190-QĐ/TW Điều 8, 14) have a kind, so the completeness check can
ask for each; approving a list is that list's vote, never a second row; fewer
ballots than full members present carries its reason.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from secretariat import demo
from secretariat.domain import AgendaItemId
from secretariat.errors import ValidationError
from secretariat.services import agenda, attendance, elections, minutes, votes
from secretariat.services.elections import Target, nominations
from secretariat.store import Store
from tests.core.test_elections_service import AT, TELLERS, congress_file, ids

__all__ = ["congress_file"]


@pytest.fixture
def store(any_store: Store) -> Store:
    """These tests run on a congress file and on a PostgreSQL server (issue #20)."""
    return any_store


def _elections_item(store: Store) -> AgendaItemId:
    return next(i.id for i in agenda.list_items(store) if i.code == "elections")


def test_approving_a_list_takes_over_the_old_default_list_vote(congress_file: Store) -> None:
    """A file made when the default list vote was seeded: the approval is that vote."""
    store = congress_file
    item = _elections_item(store)
    old = votes.add_vote(store, votes.OLD_LIST_SUBJECT, item)
    election = elections.create_election(store, Target.COMMITTEE, "Bầu Chi ủy khóa VI", 3)
    held = nominations.approve_list(store, election.id, yes=22, no=1, other=0, at=AT)
    assert held.id == old.id
    assert held.kind == "election_list"
    assert held.subject == "Biểu quyết thông qua danh sách bầu cử (Bầu Chi ủy khóa VI)"
    listed = [v for v in votes.list_votes(store) if "danh sách bầu cử" in v.subject]
    assert listed == [held]  # one row, held: nothing left "chưa biểu quyết"
    assert "danh sách bầu cử: chưa biểu quyết" not in minutes.full_text(store)


def test_a_new_list_vote_when_none_waits(congress_file: Store) -> None:
    store = congress_file
    election = elections.create_election(store, Target.COMMITTEE, "Bầu Chi ủy khóa VI", 3)
    before = {v.id for v in votes.list_votes(store)}
    held = nominations.approve_list(store, election.id, yes=23, no=0, at=AT)
    assert held.id not in before and held.kind == "election_list"
    assert held.agenda_item_id == _elections_item(store)


def test_completeness_asks_for_the_size_tellers_and_list_votes(congress_file: Store) -> None:
    store = congress_file
    election = elections.create_election(store, Target.COMMITTEE, "Bầu Chi ủy khóa VI", 3)
    candidates = ids(store, "Lê Đình Khải", "Nguyễn Thị Minh Hằng", "Trịnh Văn Tuấn")
    elections.open_round(store, election.id, candidates, ids(store, *TELLERS), at=AT)
    codes = {(g.code, g.detail) for g in minutes.completeness(store)}
    assert ("no_size_vote", "") in codes
    assert ("no_tellers_vote", "") in codes
    assert ("no_list_vote", "Bầu Chi ủy khóa VI") in codes
    # The demo seeded none for the elections item: the defaults of a new congress do.
    item = _elections_item(store)
    for kind, subject in votes.ELECTION_VOTES:
        vote = votes.add_vote(store, subject, item)
        with store.action("test.kind") as uow:
            votes.take_over_in(uow, vote.id, subject, kind)
        votes.all_in_favour(store, vote.id, at=AT)
    nominations.approve_list(store, election.id, yes=23, no=0, at=AT)
    codes = {g.code for g in minutes.completeness(store)}
    assert not codes & {"no_size_vote", "no_tellers_vote", "no_list_vote"}


def test_fewer_ballots_than_present_keeps_its_reason_rules_4_6(congress_file: Store) -> None:
    store = congress_file
    election = elections.create_election(store, Target.COMMITTEE, "Bầu Chi ủy khóa VI", 3)
    candidates = ids(store, "Lê Đình Khải", "Nguyễn Thị Minh Hằng", "Trịnh Văn Tuấn")
    rnd = elections.open_round(store, election.id, candidates, ids(store, *TELLERS), at=AT)
    present = attendance.counters(store, AT).voters_present
    _, after = elections.start_ballot(store, rnd.id, present - 1, at=AT)
    assert after.missing_ballots == 1 and after.fewer_ballots_reason == ""
    gaps = [g for g in minutes.completeness(store) if g.code == "fewer_ballots_no_reason"]
    assert [g.detail for g in gaps] == [f"Bầu Chi ủy khóa VI (1): {present - 1}/{present}"]
    _, after = elections.start_ballot(store, rnd.id, present - 1, at=AT, fewer_reason="left_hall")
    assert after.fewer_ballots_reason == "left_hall"
    line = minutes.issued_line(after)
    assert line.endswith(
        f"số phiếu phát ra: {present - 1} (1 đồng chí vắng mặt tại hội trường khi phát phiếu)."
    )
    # As many as present: no reason is kept.
    _, after = elections.start_ballot(store, rnd.id, present, at=AT, fewer_reason="declined")
    assert after.fewer_ballots_reason == "" and after.missing_ballots == 0
    with pytest.raises(ValidationError) as err:
        elections.start_ballot(store, rnd.id, present - 1, at=AT, fewer_reason="x" * 201)
    assert err.value.code == "too_long"
    # Undo of an issue writes the reason back with the rest of the issue state.
    before, after = elections.start_ballot(store, rnd.id, present - 2, at=AT, fewer_reason="ốm")
    elections.restore_round_state(store, before)
    assert elections.get_round(store, rnd.id).fewer_ballots_reason == ""
    elections.restore_round_state(store, after)
    assert elections.get_round(store, rnd.id).fewer_ballots_reason == "ốm"


def test_tellers_of_the_congress_are_those_of_the_last_round(congress_file: Store) -> None:
    store = congress_file
    assert elections.congress_tellers(store) == ()
    election = elections.create_election(store, Target.COMMITTEE, "Bầu Chi ủy khóa VI", 3)
    candidates = ids(store, "Lê Đình Khải", "Nguyễn Thị Minh Hằng", "Trịnh Văn Tuấn")
    elections.open_round(store, election.id, candidates, ids(store, *TELLERS), at=AT)
    assert elections.congress_tellers(store) == tuple(ids(store, *TELLERS))


def test_the_vote_line_accounts_for_every_member_present_qd24_9_3(
    congress_file: Store,
) -> None:
    store = congress_file
    vote = votes.add_vote(store, "Biểu quyết thông qua quy chế bầu cử")
    _, held = votes.hold(store, vote.id, 20, 1, 1, at=AT)
    present = held.voters_present
    assert present == 23
    line = minutes.vote_line(held)
    assert line == (
        "Biểu quyết thông qua quy chế bầu cử: có mặt 23 đảng viên chính thức; 20 đồng chí "
        "tán thành (83,33% so với mẫu số 24), 1 không tán thành, 1 ý kiến khác, 1 đồng chí "
        "không biểu quyết. Kết quả: Đại hội thông qua."
    )


def test_the_attendance_report_moment_is_its_vote(congress_file: Store) -> None:
    """The report filed is the one read: the attendance as at the vote on it."""
    store = congress_file
    item = next(i for i in agenda.list_items(store) if i.code == "attendance_report")
    vote = next(v for v in votes.list_votes(store) if v.agenda_item_id == item.id)
    assert agenda.report_moment(store) == vote.held_at
    late = attendance.late_after(store, demo.MOMENT - timedelta(hours=3))
    assert late  # everyone who came counts as late before the congress began
    assert attendance.late_after(store, demo.MOMENT + timedelta(hours=1)) == {}
