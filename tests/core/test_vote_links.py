"""A vote and what links to it are written in one transaction.

Approving an election list, putting an amendment to the vote, holding that vote,
adopting the resolution, and the undo and redo of amendments each write a vote of
``services.votes`` and a link to it. A failure between the two (a crash, a full
disk) must leave both or neither: here the second write is made to fail and the
file is checked for a vote left behind.
"""

from __future__ import annotations

import pytest

from secretariat.services import elections, votes
from secretariat.services import resolution as res
from secretariat.services.elections import Target, nominations
from secretariat.services.resolution import adoption as adoption_module
from secretariat.services.resolution import amendments, undo
from secretariat.store import Store
from secretariat.verify import verify_journal
from tests.core.test_elections_service import AT, congress_file
from tests.core.test_resolution import hall, targets_point

__all__ = ["congress_file"]


@pytest.fixture
def store(any_store: Store) -> Store:
    """These tests run on a congress file and on a PostgreSQL server (issue #20)."""
    return any_store


def fail(*_args: object, **_kwargs: object) -> None:
    raise OSError(28, "No space left on device")


def test_list_approval_and_its_vote_are_one_transaction(
    congress_file: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = congress_file
    election = elections.create_election(store, Target.COMMITTEE, "Bầu Chi ủy khóa VI", 3)
    before = votes.list_votes(store)
    with monkeypatch.context() as patch:
        patch.setattr(nominations, "_link_list_vote", fail)
        with pytest.raises(OSError):
            nominations.approve_list(store, election.id, yes=23, no=0, at=AT)
    assert votes.list_votes(store) == before
    assert elections.get_election(store, election.id).list_vote_id is None
    vote = nominations.approve_list(store, election.id, yes=23, no=0, at=AT)
    with monkeypatch.context() as patch:  # taking it back: the vote stays linked
        patch.setattr(votes, "remove_in", fail)
        with pytest.raises(OSError):
            nominations.clear_list_approval(store, election.id)
    assert elections.get_election(store, election.id).list_vote_id == vote.id
    assert vote in votes.list_votes(store)
    assert verify_journal(store).ok


def test_amendment_vote_and_its_link_are_one_transaction(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    hall(store, present=5)
    _, d = targets_point(store)
    target = d.points[0].targets[1]
    amendment = res.add_amendment(store, proposed_figure=25, target_id=target.id).amendment_after
    assert amendment is not None
    with monkeypatch.context() as patch:
        patch.setattr(amendments, "journal_draft", fail)
        with pytest.raises(OSError):
            res.put_amendment_to_vote(store, amendment.id)
    assert votes.list_votes(store) == []
    assert res.get_amendment(store, amendment.id) == amendment
    put = res.put_amendment_to_vote(store, amendment.id)
    assert put.vote_after is not None and votes.list_votes(store) == [put.vote_after]
    with monkeypatch.context() as patch:  # the hands, then the draft fails to change
        patch.setattr(amendments, "_apply", fail)
        with pytest.raises(OSError):
            res.hold_amendment_vote(store, amendment.id, yes=4, no=1)
    assert votes.list_votes(store) == [put.vote_after]  # not held
    assert res.draft(store) == d
    with monkeypatch.context() as patch:  # undo of putting to the vote fails half-way
        patch.setattr(votes, "remove_in", fail)
        with pytest.raises(OSError):
            res.revert(store, put)
    assert res.get_amendment(store, amendment.id).vote_id == put.vote_after.id
    assert votes.list_votes(store) == [put.vote_after]
    res.revert(store, put)
    assert votes.list_votes(store) == [] and res.get_amendment(store, amendment.id) == amendment
    with monkeypatch.context() as patch:  # redo restores the vote, then fails to link it
        patch.setattr(undo, "write_amendment", fail)
        with pytest.raises(OSError):
            res.reapply(store, put)
    assert votes.list_votes(store) == []
    assert verify_journal(store).ok


def test_adoption_and_its_vote_are_one_transaction(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    hall(store, present=4)
    res.seed_default(store)
    with monkeypatch.context() as patch:
        patch.setattr(adoption_module, "add_version", fail)
        with pytest.raises(OSError):
            res.adopt(store, yes=4, no=0)
    assert votes.list_votes(store) == [] and not res.is_adopted(store)
    adoption = res.adopt(store, yes=4, no=0)
    assert adoption.version is not None and res.is_adopted(store)
    assert votes.list_votes(store) == [adoption.vote]
    assert verify_journal(store).ok
