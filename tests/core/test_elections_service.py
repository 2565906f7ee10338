"""Elections through the services on the demo congress (docs/domain/rules.md 1, 2 and 4).

The demo at ``demo.MOMENT``: 25 full members (one excused, one not yet
arrived) and 4 probationary ones, so the majority base is 24 and 23 full
members are in the hall.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from secretariat import demo
from secretariat.domain import MemberData, MemberId
from secretariat.errors import NotFound, ValidationError
from secretariat.rules.ballots import (
    NONE_CHOSEN,
    SINGLE_BOTH_MARKED,
    SINGLE_UNMARKED,
    TOO_MANY,
    Ballot,
    BallotForm,
    Mark,
)
from secretariat.rules.tally import NOT_ALL_RETURNED, tally
from secretariat.services import attendance, congress, elections, roster
from secretariat.services.elections import BallotId, RoundId, Target
from secretariat.store import Store
from tests.core.conftest import FakeClock

AT = demo.MOMENT + timedelta(minutes=10)
# Seven candidates, in ballot order (given name: Hà < Hằng < Khải < Nam < Sơn < Tuấn < Việt).
CANDIDATES = (
    "Đỗ Thị Thu Hà",
    "Nguyễn Thị Minh Hằng",
    "Lê Đình Khải",
    "Lê Văn Nam",
    "Phạm Ngọc Sơn",
    "Trịnh Văn Tuấn",
    "Hoàng Quốc Việt",
)
TELLERS = ("Mai Xuân Trường", "Vũ Thị Lan Anh", "Nguyễn Đức Thắng")


@pytest.fixture
def store(any_store: Store) -> Store:
    """These tests run on a congress file and on a PostgreSQL server (issue #20)."""
    return any_store


@pytest.fixture(params=["sqlite", "postgresql"])
def congress_file(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """The demo congress in a file, then on a PostgreSQL server (issue #20)."""
    if request.param == "postgresql":
        from secretariat import pg_store

        with pg_store.open_server(request.getfixturevalue("pg_demo_url")) as st:
            st.clock = FakeClock(AT)
            yield st
        return
    with demo.create_demo(tmp_path / "d.daihoi") as st:
        st.clock = FakeClock(AT)
        yield st


def ids(store: Store, *names: str) -> list[MemberId]:
    by_name = {m.full_name: m.id for m in roster.list_members(store)}
    return [by_name[name] for name in names]


def committee_round(store: Store) -> elections.RoundRow:
    election = elections.create_election(store, Target.COMMITTEE, "Bầu Chi ủy khóa VI", 5)
    return elections.open_round(
        store,
        election.id,
        ids(store, *reversed(CANDIDATES)),
        ids(store, *TELLERS),
        congress_allowed_more=True,
    )


def test_migrations_match_the_models(tmp_path: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext
    from sqlalchemy import create_engine

    from secretariat import store as store_mod
    from secretariat.models import Base

    store_mod.create(tmp_path / "m.daihoi").close()
    engine = create_engine(f"sqlite:///{tmp_path / 'm.daihoi'}")
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    assert diff == []


def test_committee_list_in_ballot_order_above_cap_needs_the_congress_190_D14(
    congress_file: Store,
) -> None:
    store = congress_file
    election = elections.create_election(store, "committee", "  Bầu  Chi ủy ", 5)
    assert (election.title, election.position, election.status) == ("Bầu Chi ủy", 1, "preparing")
    people, tellers = ids(store, *CANDIDATES), ids(store, *TELLERS)
    # 5 seats allow a surplus of 1 (30 % of 5 → 1): 7 names need the congress's vote.
    with pytest.raises(ValidationError) as err:
        elections.open_round(store, election.id, people, tellers)
    assert (err.value.code, err.value.value) == ("above_cap", 7)
    opened = elections.open_round(store, election.id, people, tellers, congress_allowed_more=True)
    assert [c.full_name for c in opened.candidates] == list(CANDIDATES)
    assert [c.position for c in opened.candidates] == list(range(1, 8))
    assert opened.form is BallotForm.SURPLUS and opened.seats == 5 and opened.round_no == 1
    assert opened.warnings == ("above_cap_allowed",)
    assert opened.tellers == tuple(tellers) and not opened.started
    assert elections.list_rounds(store, election.id) == [opened]
    assert elections.list_elections(store)[0].status == "voting"
    with pytest.raises(ValidationError):
        elections.create_election(store, Target.COMMITTEE, "Bầu Chi ủy", 8)  # at most 7
    with pytest.raises(ValidationError) as err:
        elections.create_election(store, "president", "Bầu", 1)
    assert err.value.code == "unknown_value"


def test_tellers_are_full_members_present_and_not_on_the_list_190_D8(
    congress_file: Store,
) -> None:
    store = congress_file
    election = elections.create_election(store, Target.COMMITTEE, "Bầu Chi ủy", 5)
    people = ids(store, *CANDIDATES)

    def refused(tellers: list[MemberId]) -> tuple[str, object]:
        with pytest.raises(ValidationError) as err:
            elections.open_round(store, election.id, people, tellers, congress_allowed_more=True)
        return err.value.code, err.value.value

    khai, truong = ids(store, "Lê Đình Khải", "Mai Xuân Trường")
    assert refused([truong, khai]) == ("teller_on_list", khai)
    assert refused(ids(store, "Trần Văn Cường")) == (
        "not_full_member",
        ids(store, "Trần Văn Cường")[0],
    )
    assert refused(ids(store, "Lê Hữu Phước"))[0] == "not_present"  # not yet arrived
    assert refused(ids(store, "Hà Minh Tâm"))[0] == "not_present"  # excused
    assert refused([])[0] == "missing"
    assert refused([truong, truong])[0] == "duplicate"
    assert elections.list_rounds(store, election.id) == []  # nothing written


def test_probationary_and_guest_members_may_not_stand_rules_1(congress_file: Store) -> None:
    store = congress_file
    election = elections.create_election(store, Target.CELL_SECRETARY, "Bầu Bí thư", 1)
    tellers = ids(store, *TELLERS)
    with pytest.raises(ValidationError) as err:
        elections.open_round(store, election.id, ids(store, "Đinh Thị Mai"), tellers)
    assert err.value.code == "probationary"
    guest = roster.add_member(store, MemberData("Lê Văn Khách", temporary_in=True))
    with pytest.raises(ValidationError) as err:
        elections.open_round(store, election.id, [guest.id], tellers)
    assert err.value.code == "temporary_in"
    with pytest.raises(NotFound):
        elections.open_round(store, election.id, [MemberId(9999)], tellers)


def test_ballot_by_ballot_entry_and_count_190_D15_D30(congress_file: Store) -> None:
    store = congress_file
    opened = committee_round(store)
    ha, hang, khai, nam, son, tuan, viet = ids(store, *CANDIDATES)
    with pytest.raises(ValidationError) as err:
        elections.enter_ballot(store, opened.id, chosen=[khai])
    assert err.value.code == "not_started"
    with pytest.raises(ValidationError) as err:
        elections.count(store, opened.id)
    assert err.value.code == "not_started"
    with pytest.raises(ValidationError) as err:
        elections.start_ballot(store, opened.id, 24, at=AT)
    assert err.value.code == "above_voters_present"
    before, started = elections.start_ballot(store, opened.id, 23, at=AT)
    assert before == opened
    assert (started.issued, started.base, started.voters_present) == (23, 24, 23)
    assert (started.base_full_summoned, started.base_excused) == (25, 1)
    assert started.held_at == AT

    readings: list[list[MemberId]] = (
        [[ha, hang, khai, nam, son]] * 14
        + [[hang, khai, nam, tuan, viet]] * 5
        + [[khai, tuan]] * 2
        + [[ha, hang, khai, nam, son, tuan]]  # six names for five seats
    )
    entries = [elections.enter_ballot(store, opened.id, chosen=r) for r in readings]
    assert [e.row.serial for e in entries] == list(range(1, 23))
    assert entries[-1].classified.reason == TOO_MANY and not entries[-1].row.valid
    # The journal names the teller who entered (the chair: first pass), not the login.
    assert entries[0].row.valid and entries[0].row.actor == TELLERS[0]
    named = elections.enter_ballot(store, opened.id, chosen=[khai], entered_by="Vũ Thị Lan Anh")
    assert named.row.actor == "Vũ Thị Lan Anh"
    elections.undo_ballot(store, named.row.id)
    assert entries[0].row.entered_at == AT

    with pytest.raises(ValidationError) as err:
        elections.enter_ballot(store, opened.id, chosen=[khai], serial=5)
    assert (err.value.code, err.value.field, err.value.value) == ("duplicate", "serial", 5)
    with pytest.raises(ValidationError) as err:
        elections.enter_ballot(store, opened.id, chosen=[MemberId(9999)])
    assert err.value.code == "unknown_candidate"
    with pytest.raises(ValidationError) as err:
        elections.enter_ballot(store, opened.id, marks={khai: Mark.AGREE})
    assert err.value.code == "conflict"

    # A paper keyed wrongly, taken back, keyed again: it keeps its serial.
    wrong = elections.enter_ballot(store, opened.id, chosen=[khai])
    assert wrong.row.serial == 23
    with pytest.raises(ValidationError) as err:
        elections.enter_ballot(store, opened.id, chosen=[khai])
    assert (err.value.code, err.value.value) == ("above_issued", 24)
    removed = elections.undo_ballot(store, wrong.row.id)
    assert removed == wrong.row
    assert len(elections.list_ballots(store, opened.id)) == 22
    last = elections.enter_ballot(store, opened.id, chosen=[])  # every name struck
    assert last.row.serial == 23 and last.classified.reason == NONE_CHOSEN
    with pytest.raises(ValidationError):
        elections.start_ballot(store, opened.id, 20, at=AT)  # papers are in: no re-issue

    result = elections.count(store, opened.id)
    assert (result.collected, result.valid, result.invalid) == (23, 21, 2)
    assert result.invalid_reasons == {TOO_MANY: 1, NONE_CHOSEN: 1}
    assert [result.votes[str(m)] for m in (ha, hang, khai, nam, son, tuan, viet)] == [
        14,
        19,
        21,
        19,
        14,
        7,
        5,
    ]
    assert result.elected == tuple(str(m) for m in (khai, hang, nam, ha, son))
    assert result.tied == () and result.open_seats == 0 and result.warnings == ()

    # The same papers through the rules alone give the same count (docs/domain/rules.md 4.6).
    names = [str(c.member_id) for c in opened.candidates]
    papers = [
        (Ballot(BallotForm.SURPLUS, chosen=frozenset(str(m) for m in r)), 1)
        for r in [*readings, []]
    ]
    assert result == tally(papers, names, 5, issued=23, majority_base=24, voters_present=23)
    stored = elections.list_ballots(store, opened.id)
    assert [b.serial for b in stored] == list(range(1, 24))
    assert sum(b.valid for b in stored) == result.valid


def test_undo_any_paper_and_restore_it_exactly(congress_file: Store) -> None:
    store = congress_file
    opened = committee_round(store)
    elections.start_ballot(store, opened.id, 23, at=AT)
    khai, nam = ids(store, "Lê Đình Khải", "Lê Văn Nam")
    first = elections.enter_ballot(store, opened.id, chosen=[khai])
    second = elections.enter_ballot(store, opened.id, chosen=[khai, nam])
    removed = elections.undo_ballot(store, first.row.id)
    assert [b.serial for b in elections.list_ballots(store, opened.id)] == [2]
    restored = elections.restore_ballot(store, removed)
    assert restored.row == first.row
    assert elections.list_ballots(store, opened.id) == [first.row, second.row]
    with pytest.raises(NotFound):
        elections.undo_ballot(store, BallotId(9999))
    # The journal holds every entry: the appendix of the count minutes.
    with store.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT action, before, after FROM journal WHERE entity = 'ballot' ORDER BY id"
        ).all()
    assert [r[0] for r in rows] == [
        "election.enter_ballot",
        "election.enter_ballot",
        "election.undo_ballot",
        "election.restore_ballot",
    ]
    assert json.loads(rows[0][2])["chosen"] == [khai] and rows[2][2] is None


def test_a_count_is_reused_only_while_the_file_is_unchanged(congress_file: Store) -> None:
    """The count of a state is kept; any entry, its undo or its restore counts again."""
    store = congress_file
    opened = committee_round(store)
    elections.start_ballot(store, opened.id, 23, at=AT)
    khai, nam = ids(store, "Lê Đình Khải", "Lê Văn Nam")
    first = elections.enter_ballot(store, opened.id, chosen=[khai])
    counted = elections.count(store, opened.id)
    assert elections.count(store, opened.id) is counted
    elections.enter_ballot(store, opened.id, chosen=[khai, nam])
    assert elections.count(store, opened.id).votes[str(nam)] == 1
    removed = elections.undo_ballot(store, first.row.id)
    assert elections.count(store, opened.id).votes[str(khai)] == 1
    elections.restore_ballot(store, removed)
    assert elections.count(store, opened.id).votes[str(khai)] == 2


def test_one_person_list_agree_disagree_both_none_190_D15(congress_file: Store) -> None:
    store = congress_file
    election = elections.create_election(store, Target.CELL_SECRETARY, "Bầu Bí thư Chi bộ", 1)
    (khai,) = ids(store, "Lê Đình Khải")
    opened = elections.open_round(store, election.id, [khai], ids(store, *TELLERS))
    assert opened.form is BallotForm.NO_SURPLUS and opened.warnings == ()
    elections.start_ballot(store, opened.id, 23, at=AT)
    marks = [Mark.AGREE] * 18 + [Mark.DISAGREE] * 2 + [Mark.BOTH, Mark.NONE]
    entries = [elections.enter_ballot(store, opened.id, marks={khai: m}) for m in marks]
    assert [e.classified.reason for e in entries[-2:]] == [SINGLE_BOTH_MARKED, SINGLE_UNMARKED]
    assert entries[-1].row.marks == {khai: Mark.NONE}
    with pytest.raises(ValidationError) as err:
        elections.enter_ballot(store, opened.id, chosen=[khai])
    assert err.value.code == "conflict"
    result = elections.count(store, opened.id)
    assert (result.collected, result.valid, result.invalid) == (22, 20, 2)
    assert result.votes == {str(khai): 18}
    assert result.elected == (str(khai),)
    assert result.warnings == (NOT_ALL_RETURNED,)  # 22 of 23 papers came back


def test_frozen_base_survives_a_later_attendance_change_rules_2(
    congress_file: Store, tmp_path: Path
) -> None:
    store = congress_file
    opened = committee_round(store)
    _, started = elections.start_ballot(store, opened.id, 23, at=AT)
    session = congress.list_sessions(store)[0]
    (tam,) = ids(store, "Hà Minh Tâm")  # excused: arrives after the ballot
    attendance.check_in(store, session.id, tam, at=AT + timedelta(minutes=5))
    now = attendance.counters(store, AT + timedelta(minutes=6))
    assert (now.base.majority_base, now.voters_present) == (25, 24)
    assert elections.get_round(store, opened.id) == started
    assert elections.count(store, opened.id).collected == 0


def test_remove_round_and_election_undo_the_set_up(congress_file: Store) -> None:
    store = congress_file
    opened = committee_round(store)
    removed = elections.remove_round(store, opened.id)
    assert removed == opened
    assert elections.list_elections(store)[0].status == "preparing"
    with pytest.raises(NotFound):
        elections.get_round(store, RoundId(opened.id))
    gone = elections.remove_election(store, opened.election_id)
    assert elections.list_elections(store) == [] and gone.id == opened.election_id


def _journal(store: Store, action: str) -> list[tuple[str, str, str | None, str | None]]:
    from sqlalchemy import select

    from secretariat import models

    with store.read() as s:
        query = select(models.JournalEntry).where(models.JournalEntry.action == action)
        return [(j.entity, j.entity_id, j.before, j.after) for j in s.scalars(query)]


def test_reinstate_election_and_round_keep_their_ids(congress_file: Store) -> None:
    store = congress_file
    opened = committee_round(store)
    _before, issued = elections.start_ballot(store, opened.id, 20)
    removed = elections.remove_round(store, opened.id)
    assert removed == issued
    back = elections.reinstate_round(store, removed)
    assert back == issued  # same id, number, list in ballot order, tellers, frozen base
    assert elections.list_elections(store)[0].status == "voting"
    with pytest.raises(ValidationError) as taken:
        elections.reinstate_round(store, removed)
    assert taken.value.code == "duplicate"
    entries = _journal(store, "election.reinstate_round")
    assert [(e, i) for e, i, *_ in entries if e == "election_round"] == [
        ("election_round", str(opened.id))
    ]
    # The whole set-up undone and redone: the election and its round keep their ids.
    elections.remove_round(store, opened.id)
    gone = elections.remove_election(store, opened.election_id)
    assert elections.reinstate_election(store, gone) == gone
    other = elections.create_election(store, Target.CELL_SECRETARY, "Bầu Bí thư", 1)
    assert [e.id for e in elections.list_elections(store)] == [gone.id, other.id]
    with pytest.raises(ValidationError) as again:
        elections.reinstate_election(store, gone)
    assert again.value.code == "duplicate"
    assert elections.reinstate_round(store, removed) == issued
    entity, ident, before, after = _journal(store, "election.reinstate")[0]
    assert (entity, ident, before) == ("election", str(gone.id), None)
    assert after is not None and json.loads(after)["title"] == "Bầu Chi ủy khóa VI"


def test_unissue_and_restore_round_state_undo_the_issue_rules_2(congress_file: Store) -> None:
    store = congress_file
    opened = committee_round(store)
    before, after = elections.start_ballot(store, opened.id, 20)
    assert before == opened and after.issued == 20 and after.base is not None
    was, cleared = elections.unissue(store, opened.id)
    assert was == after and cleared == opened
    assert cleared.issued is None and cleared.held_at is None and cleared.base is None
    was, again = elections.restore_round_state(store, after)
    assert was == opened and again == after  # the same moment and the same frozen base
    assert len(_journal(store, "election.restore_round_state")) == 2
    elections.enter_ballot(store, opened.id, chosen=ids(store, *CANDIDATES[:5]))
    for undo in (
        lambda: elections.unissue(store, opened.id),
        lambda: elections.restore_round_state(store, opened),
    ):
        with pytest.raises(ValidationError) as refused:
            undo()
        assert refused.value.code == "ballots_entered"
    assert elections.get_round(store, opened.id) == after


def test_other_reason_in_words_is_stored_and_counted_190_D15_k2(congress_file: Store) -> None:
    """A paper invalid for a reason no code names keeps the tellers' words and
    counts under "other" (docs/domain/rules.md 4.4)."""
    store = congress_file
    opened = committee_round(store)
    elections.start_ballot(store, opened.id, 20, at=AT)
    five = ids(store, *CANDIDATES[:5])
    entry = elections.enter_ballot(
        store, opened.id, chosen=five, other_reason="  Phiếu bị   rách mất một góc "
    )
    assert (entry.row.valid, entry.row.reason) == (False, "other")
    assert entry.row.other_reason == "Phiếu bị rách mất một góc"
    [stored] = elections.list_ballots(store, opened.id)
    assert stored.other_reason == "Phiếu bị rách mất một góc"
    elections.enter_ballot(store, opened.id, chosen=five)
    result = elections.count(store, opened.id)
    assert (result.valid, result.invalid, result.invalid_reasons) == (1, 1, {"other": 1})
    for words, code in (("   ", "missing"), ("x" * (elections.MAX_OTHER_REASON + 1), "too_long")):
        with pytest.raises(ValidationError) as refused:
            elections.enter_ballot(store, opened.id, chosen=five, other_reason=words)
        assert (refused.value.code, refused.value.field) == (code, "other_reason")
    assert len(elections.list_ballots(store, opened.id)) == 2
