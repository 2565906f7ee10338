"""Every action publishes a typed change: its name and the rows it changed, table by table."""

from __future__ import annotations

from secretariat.changes import Change
from secretariat.services import votes
from secretariat.store import Store
from tests.core.test_elections_service import congress_file

__all__ = ["congress_file"]  # the fixture: the demo congress


def test_an_action_publishes_the_tables_and_ids_it_wrote(congress_file: Store) -> None:
    store = congress_file
    heard: list[Change] = []
    store.subscribe(heard.append)
    vote = votes.add_vote(store, "Thông qua chương trình")
    assert [c.action for c in heard] == ["vote.add"]
    change = heard[-1]
    assert change.touches("vote")
    assert not change.touches("member", "attendance", "ballot")
    assert change.ids("vote") == {vote.id}
    # The journal is the record of changes, not a change a screen shows.
    assert "journal" not in change.tables


def test_a_change_named_only_by_its_action_touches_everything() -> None:
    change = Change("vote.hold", unknown=True)
    assert change.touches("member")
    assert not Change("vote.hold").touches("member")


def test_changes_merge_table_by_table() -> None:
    a = Change.of("attendance.check_in", [("attendance", "[1]"), ("movement", "[7]")])
    b = Change.of("vote.add", [("vote", "[3]"), ("attendance", "[2]")])
    merged = a.merged(b)
    assert merged.action == "vote.add"
    assert merged.ids("attendance") == {1, 2}
    assert merged.tables == {"attendance", "movement", "vote"}
    assert merged.area == "vote"


def test_a_change_carries_the_values_of_the_rows_even_deleted_ones() -> None:
    change = Change.of(
        "undo",
        [],
        [
            ("movement", "[7]", {"id": 7, "member_id": 12}, None),
            ("attendance", "[1, 12]", None, {"session_id": 1, "member_id": 12}),
        ],
    )
    assert change.values("movement", "member_id") == {12}
    assert change.values("attendance", "member_id") == {12}
    assert change.ids("movement") == {7}
    assert change.tables == {"movement", "attendance"}
