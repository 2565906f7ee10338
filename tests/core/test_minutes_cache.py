"""The minutes regenerate only what an action touched (#16), and say the same as from scratch.

The costly facts (every election's count, the roster) are read again only when
an action since the last reading changed one of their tables, as the journal's
row images record them; whatever the actions, the cached minutes and gaps must
equal the ones generated from nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from secretariat import store as store_mod
from secretariat import undo
from secretariat.demo_end import full_demo
from secretariat.domain import MemberData, Missing, SessionKind
from secretariat.services import (
    attendance,
    congress,
    elections,
    minutes,
    roster,
    speeches,
    votes,
)
from secretariat.services._rows import MEMBER_FIELDS
from secretariat.services.elections import Target
from secretariat.store import Store


@pytest.fixture(scope="module")
def full_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("minutes_cache") / "full.daihoi"
    full_demo(path).close()
    return path


@pytest.fixture
def full(full_file: Path, tmp_path: Path) -> Iterator[Store]:
    """A private copy of the finished demo congress."""
    copy = tmp_path / "copy.daihoi"
    store_mod.copy_file(full_file, copy)
    with store_mod.open_store(copy) as st:
        yield st


def from_scratch(store: Store) -> tuple[list[minutes.MinutesSection], list[Missing]]:
    minutes._LAST.pop(minutes._file_of(store), None)
    minutes._GAPS.pop(minutes._file_of(store), None)
    return minutes.generate(store), minutes.completeness(store)


def counting(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """The rounds ``elections.count`` is asked for from now on."""
    asked: list[Any] = []
    real = elections.count

    def spy(store: Store, round_id: Any) -> Any:
        asked.append(round_id)
        return real(store, round_id)

    monkeypatch.setattr(elections, "count", spy)
    return asked


def check_in_latecomer(store: Store) -> None:
    session = next(s for s in congress.list_sessions(store) if s.kind is SessionKind.OFFICIAL)
    absent = next(m for m in roster.list_members(store) if m.full_name == "Nguyễn Hoàng Long")
    attendance.check_in(store, session.id, absent.id)


def test_a_check_in_reads_no_ballot_again(full: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    minutes.generate(full)
    minutes.completeness(full)
    asked = counting(monkeypatch)
    check_in_latecomer(full)
    assert minutes.tables_since(full, minutes._LAST[minutes._file_of(full)][0]) == {
        "attendance",
        "movement",
    }
    sections, gaps = minutes.generate(full), minutes.completeness(full)
    assert asked == []  # the counts of the rounds were kept
    attendance_text = next(s.text for s in sections if s.key == minutes.ATTENDANCE)
    assert "Nguyễn Hoàng Long" in attendance_text
    assert (sections, gaps) == from_scratch(full)


def test_renaming_a_candidate_reads_the_elections_again(
    full: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    minutes.generate(full)
    election = elections.list_elections(full)[0]
    first = elections.list_rounds(full, election.id)[0]
    member = roster.get_member(full, first.candidates[0].member_id)
    asked = counting(monkeypatch)
    data = {name: getattr(member, name) for name in MEMBER_FIELDS}
    data["full_name"] = "Trần Văn Đổi Tên"
    roster.update_member(full, member.id, MemberData(**data))
    sections = minutes.generate(full)
    assert asked  # a round's names changed: counted again
    assert any("Trần Văn Đổi Tên" in s.text for s in sections if s.key != minutes.ATTENDANCE)
    assert (sections, minutes.completeness(full)) == from_scratch(full)


def _official(store: Store) -> Any:
    return next(s for s in congress.list_sessions(store) if s.kind is SessionKind.OFFICIAL)


def _latecomer(store: Store) -> Any:
    return next(m for m in roster.list_members(store) if m.full_name == "Nguyễn Hoàng Long")


def _present(store: Store) -> Any:
    marked = attendance.session_attendance(store, _official(store).id)
    return next(m for m in roster.list_members(store) if m.id in marked)


def test_a_check_in_reads_the_attendance_of_that_member_only(
    full: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After a check-in the congress-wide states are read again for that member alone."""
    minutes.generate(full)
    asked: list[Any] = []
    real = attendance.congress_attendance

    def spy(store: Store, members: Any = None) -> Any:
        asked.append(None if members is None else sorted(members))
        return real(store, members)

    monkeypatch.setattr(attendance, "congress_attendance", spy)
    check_in_latecomer(full)
    minutes.generate(full)
    long = next(m for m in roster.list_members(full) if m.full_name == "Nguyễn Hoàng Long")
    assert asked == [[long.id]]
    monkeypatch.setattr(attendance, "congress_attendance", real)
    assert (minutes.generate(full), minutes.completeness(full)) == from_scratch(full)


def _list_vote(store: Store) -> Any:
    """The show of hands that approved the first election's list of names."""
    return elections.list_elections(store)[0].list_vote_id


ACTIONS: list[tuple[str, Callable[[Store], object]]] = [
    (
        "absent with a reason",
        lambda s: attendance.mark_excused(s, _official(s).id, _latecomer(s).id, "Ốm nằm viện"),
    ),
    ("check-in", check_in_latecomer),
    ("mark taken back", lambda s: attendance.clear(s, _official(s).id, _present(s).id)),
    ("member removed", lambda s: roster.remove_member(s, _present(s).id)),
    (
        "venue",
        lambda s: congress.set_info(s, replace(congress.get_info(s), venue="Hội trường mới")),
    ),
    (
        "speech summary",
        lambda s: speeches.edit(
            s, speeches.all_speeches(s)[0].id, summary="Một tóm tắt khác của ý kiến."
        ),
    ),
    ("own edit", lambda s: minutes.edit_section(s, minutes.GUESTS, "Khách mời đã đến.")),
    ("vote added", lambda s: votes.add_vote(s, "Biểu quyết thêm một việc")),
    ("list vote taken back", lambda s: votes.clear_result(s, _list_vote(s))),
    # Its election's ``list_vote_id`` is set to NULL by the foreign key (a cascade).
    ("list vote removed", lambda s: votes.remove_vote(s, _list_vote(s))),
]


def test_after_every_action_the_cached_minutes_equal_a_fresh_generation(full: Store) -> None:
    for name, act in ACTIONS:
        minutes.generate(full)
        minutes.completeness(full)
        act(full)
        cached = (minutes.generate(full), minutes.completeness(full))
        assert cached == from_scratch(full), name


def test_too_many_lines_since_reads_everything(
    full: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    minutes.generate(full)
    mark = minutes._LAST[minutes._file_of(full)][0]
    monkeypatch.setattr(minutes, "_MAX_LINES_SINCE", 0)
    check_in_latecomer(full)
    assert minutes.tables_since(full, mark) is None
    asked = counting(monkeypatch)
    minutes.generate(full)
    assert asked  # nothing kept: every round counted again


def test_an_own_edit_reads_no_fact_again(full: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    minutes.generate(full)
    read: list[Store] = []
    real = minutes._facts
    monkeypatch.setattr(minutes, "_facts", lambda *a, **k: read.append(a[0]) or real(*a, **k))
    minutes.edit_section(full, minutes.GUESTS, "Khách mời đã đến.")
    sections = minutes.generate(full)
    assert read == []
    assert next(s for s in sections if s.key == minutes.GUESTS).text == "Khách mời đã đến."
    assert (sections, minutes.completeness(full)) == from_scratch(full)


def _papers_being_entered(store: Store) -> Any:
    """A third round beside the demo's two announced ones, its papers being entered."""
    people = roster.list_members(store)
    election = elections.create_election(store, Target.DELEGATE, "Bầu đại biểu", 2)
    opened = elections.open_round(
        store,
        election.id,
        [m.id for m in people[:3]],
        [people[-1].id],
        at=datetime(2020, 6, 15, 11),
    )
    elections.start_ballot(store, opened.id, 20, at=datetime(2020, 6, 15, 11, 5))
    return opened, [people[0].id, people[1].id]


def test_a_paper_stored_recounts_its_round_only(
    full: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened, chosen = _papers_being_entered(full)
    elections.enter_ballot(full, opened.id, chosen=chosen)
    minutes.generate(full)
    asked = counting(monkeypatch)
    elections.enter_ballot(full, opened.id, chosen=chosen[:1])
    sections = minutes.generate(full)
    assert asked == [opened.id]  # the announced rounds' counts were kept
    assert (sections, minutes.completeness(full)) == from_scratch(full)
    asked.clear()
    undo.undo(full, full.last_action_id)  # the paper taken back
    sections = minutes.generate(full)
    assert asked == [opened.id]
    assert (sections, minutes.completeness(full)) == from_scratch(full)


def test_a_round_changed_with_its_papers_is_read_again_whole(
    full: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Papers and, in the same span, another table of the elections (a member removed:
    the names on a round may change): every count is read again."""
    opened, chosen = _papers_being_entered(full)
    minutes.generate(full)
    asked = counting(monkeypatch)
    elections.enter_ballot(full, opened.id, chosen=chosen)
    roster.remove_member(full, _latecomer(full).id)
    minutes.generate(full)
    assert len(asked) == 3  # the two announced rounds and the new one
    assert (minutes.generate(full), minutes.completeness(full)) == from_scratch(full)


def test_a_vote_removed_reaches_the_elections_through_its_cascade(full: Store) -> None:
    """The elections' facts are not read again for a vote; the list vote's removal sets
    its election's ``list_vote_id`` to NULL, which the journal records as the election's."""
    minutes.generate(full)
    mark = minutes._LAST[minutes._file_of(full)][0]
    votes.remove_vote(full, _list_vote(full))
    assert "election" in (minutes.tables_since(full, mark) or ())
    assert (minutes.generate(full), minutes.completeness(full)) == from_scratch(full)
