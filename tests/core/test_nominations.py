"""The election list: nominations, floor agreement, withdrawals, the list's approval.

190-QĐ/TW Điều 14 (the list, > 30 % for a floor nominee), 294-QĐ/TW mục 22 (bí
thư from the committee); docs/domain/rules.md 4.2. Demo congress: base 24, 23 present.
"""

from __future__ import annotations

import pytest

from secretariat.errors import NotFound, ValidationError
from secretariat.services import elections, votes
from secretariat.services.elections import Target, nominations
from secretariat.services.elections import results as election_results
from secretariat.services.elections.nominations import (
    NominationId,
    NominationSource,
    NominationStatus,
)
from secretariat.store import Store
from tests.core.test_elections_service import AT, CANDIDATES, TELLERS, congress_file, ids

__all__ = ["congress_file"]


@pytest.fixture
def store(any_store: Store) -> Store:
    """These tests run on a congress file and on a PostgreSQL server (issue #20)."""
    return any_store


def test_floor_nominee_needs_more_than_30_percent_190_D14(congress_file: Store) -> None:
    store = congress_file
    election = elections.create_election(store, Target.COMMITTEE, "Bầu Chi ủy", 3)
    ha, hang, khai, nam, son = ids(store, *CANDIDATES[:5])
    convening = nominations.nominate(store, election.id, khai, NominationSource.CONVENING)
    assert convening.status is NominationStatus.ADMITTED and convening.position == 1
    floor = nominations.nominate(store, election.id, nam, "floor", proposer="Đ/c Trường")
    assert floor.status is NominationStatus.PROPOSED and floor.proposer == "Đ/c Trường"
    own = nominations.nominate(store, election.id, son, NominationSource.SELF)
    # 7 of 23 is 30,43 %: more than 30 %, admitted.
    before, after = nominations.record_agreement(store, floor.id, 7, 23)
    assert before == floor and after.status is NominationStatus.ADMITTED
    assert (after.agree, after.attending) == (7, 23)
    # 3 of 10 is exactly 30 %: not more than 30 %, not admitted.
    _, refused = nominations.record_agreement(store, own.id, 3, 10)
    assert refused.status is NominationStatus.NOT_ADMITTED
    with pytest.raises(ValidationError) as err:
        nominations.record_agreement(store, convening.id, 10, 23)
    assert err.value.code == "not_floor_nominee"
    with pytest.raises(ValidationError) as err:
        nominations.record_agreement(store, own.id, 11, 10)
    assert err.value.code == "above_attending"
    with pytest.raises(ValidationError) as err:
        nominations.nominate(store, election.id, khai, NominationSource.FLOOR)
    assert err.value.code == "duplicate"
    with pytest.raises(ValidationError) as err:
        nominations.nominate(store, election.id, ids(store, "Đinh Thị Mai")[0], "floor")
    assert err.value.code == "probationary"
    nominations.nominate(store, election.id, ha, NominationSource.CONVENING)
    nominations.nominate(store, election.id, hang, NominationSource.CONVENING)
    # Ballot order (given name); only admitted names go on the list.
    listed = nominations.list_nominations(store, election.id)
    assert [n.full_name for n in listed] == [
        "Đỗ Thị Thu Hà",
        "Nguyễn Thị Minh Hằng",
        "Lê Đình Khải",
        "Lê Văn Nam",
        "Phạm Ngọc Sơn",
    ]
    assert nominations.candidate_ids(store, election.id) == [ha, hang, khai, nam]
    # Undo of the agreement count restores the row exactly.
    assert nominations.restore_nomination(store, before) == before
    assert nominations.candidate_ids(store, election.id) == [ha, hang, khai]


def test_withdrawal_is_decided_by_a_vote_and_logged_rules_4_2(congress_file: Store) -> None:
    store = congress_file
    election = elections.create_election(store, Target.COMMITTEE, "Bầu Chi ủy", 3)
    ha, hang, khai, nam = ids(store, *CANDIDATES[:4])
    rows = [nominations.nominate(store, election.id, m, "convening") for m in (ha, hang, khai)]
    # 12 of a base of 24 is not more than half: the name stays, the vote is logged.
    _, kept = nominations.decide_withdrawal(store, rows[0].id, yes=12, no=11, reason="Sức khỏe")
    assert kept.status is NominationStatus.ADMITTED
    assert (kept.withdrawal_yes, kept.withdrawal_no, kept.withdrawal_base) == (12, 11, 24)
    assert kept.withdrawal_reason == "Sức khỏe"
    before, gone = nominations.decide_withdrawal(store, rows[0].id, yes=13, no=10)
    assert gone.status is NominationStatus.WITHDRAWN and before == kept
    assert nominations.candidate_ids(store, election.id) == [hang, khai]
    with pytest.raises(ValidationError) as err:
        nominations.decide_withdrawal(store, rows[1].id, yes=20, no=4)  # 24 hands, 23 present
    assert err.value.code == "more_than_present"
    with pytest.raises(ValidationError) as err:
        nominations.decide_withdrawal(store, rows[0].id, yes=13, no=10)
    assert err.value.code == "withdrawn"
    assert nominations.restore_nomination(store, before) == before  # undo
    # Remove and restore put a name back exactly, with its id and place.
    removed = nominations.remove_nomination(store, rows[2].id)
    assert nominations.candidate_ids(store, election.id) == [ha, hang]
    assert nominations.restore_nomination(store, removed) == removed
    assert nominations.list_nominations(store, election.id)[2] == removed
    with pytest.raises(NotFound):
        nominations.remove_nomination(store, NominationId(999))
    # The list is closed once the first round is open.
    elections.open_round(
        store, election.id, nominations.candidate_ids(store, election.id), ids(store, *TELLERS)
    )
    with pytest.raises(ValidationError) as err:
        nominations.nominate(store, election.id, nam, "floor")
    assert err.value.code == "election_started"


def test_list_approval_is_a_vote_linked_to_the_election_rules_4_2(congress_file: Store) -> None:
    store = congress_file
    election = elections.create_election(store, Target.COMMITTEE, "Bầu Chi ủy khóa VI", 3)
    count_before = len(votes.list_votes(store))
    vote = nominations.approve_list(store, election.id, yes=23, no=0, at=AT)
    assert vote.subject == "Biểu quyết thông qua danh sách bầu cử (Bầu Chi ủy khóa VI)"
    assert (vote.yes, vote.base, vote.voters_present) == (23, 24, 23)
    assert votes.result(vote).passed
    assert vote in votes.list_votes(store) and len(votes.list_votes(store)) == count_before + 1
    assert elections.get_election(store, election.id).list_vote_id == vote.id
    with pytest.raises(ValidationError) as err:
        nominations.approve_list(store, election.id, yes=23, no=0)
    assert err.value.code == "list_approved"
    with pytest.raises(ValidationError):  # more hands than present: nothing is left behind
        other = elections.create_election(store, Target.CELL_SECRETARY, "Bầu Bí thư", 1)
        nominations.approve_list(store, other.id, yes=24, no=0, at=AT)
    assert len(votes.list_votes(store)) == count_before + 1
    removed = nominations.clear_list_approval(store, election.id)
    assert removed.id == vote.id and len(votes.list_votes(store)) == count_before
    assert elections.get_election(store, election.id).list_vote_id is None


def test_bi_thu_is_chosen_from_the_elected_committee_294_muc_22(congress_file: Store) -> None:
    store = congress_file
    ha, hang, khai, nam = ids(store, *CANDIDATES[:4])
    secretary = elections.create_election(store, Target.CELL_SECRETARY, "Bầu Bí thư", 1)
    # No committee election in the file (a cell of fewer than 9): anyone may stand.
    first = nominations.nominate(store, secretary.id, nam, "convening")
    nominations.remove_nomination(store, first.id)
    committee = elections.create_election(store, Target.COMMITTEE, "Bầu Chi ủy", 3)
    opened = elections.open_round(
        store, committee.id, [ha, hang, khai, nam], ids(store, *TELLERS), at=AT
    )
    elections.start_ballot(store, opened.id, 23, at=AT)
    for _ in range(14):
        elections.enter_ballot(store, opened.id, chosen=[ha, hang, khai])
    with pytest.raises(ValidationError) as err:  # not announced yet: no one is elected
        nominations.nominate(store, secretary.id, khai, "convening")
    assert err.value.code == "not_in_committee"
    election_results.announce(store, opened.id)
    assert nominations.nominate(store, secretary.id, khai, "convening").member_id == khai
    with pytest.raises(ValidationError) as err:
        nominations.nominate(store, secretary.id, nam, "floor")
    assert err.value.code == "not_in_committee"
    deputy = elections.create_election(store, Target.DEPUTY_SECRETARY, "Bầu Phó Bí thư", 1)
    assert nominations.nominate(store, deputy.id, hang, "convening").member_id == hang


def test_list_approval_taken_back_and_put_back_with_its_vote_id_rules_4_2(
    congress_file: Store,
) -> None:
    store = congress_file
    election = elections.create_election(store, Target.COMMITTEE, "Bầu Chi ủy khóa VI", 3)
    vote = nominations.approve_list(store, election.id, yes=23, no=0, at=AT)
    removed = nominations.clear_list_approval(store, election.id)
    back = nominations.reinstate_list_approval(store, election.id, removed)
    assert back == vote  # the same id, result, base and place in the list of votes
    assert vote in votes.list_votes(store)
    assert elections.get_election(store, election.id).list_vote_id == vote.id
    with pytest.raises(ValidationError) as err:
        nominations.reinstate_list_approval(store, election.id, removed)
    assert err.value.code == "list_approved"
