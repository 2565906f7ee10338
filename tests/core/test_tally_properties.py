"""Property tests of the count (Hypothesis): reproducible, bounded by the seats, exact.

docs/domain/rules.md 4.4–4.6 and 6; 190-QĐ/TW Điều 15 and 30. The stored count must equal
a recount from the stored papers; a paper never counts for more names than
the seats; who is elected is decided on whole numbers, never on a rounded
percentage (checked against exact fractions).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from secretariat import demo
from secretariat.rules.ballots import Ballot, BallotForm, Mark, classify
from secretariat.rules.tally import results, tally, tally_from_totals
from secretariat.services import elections, roster
from secretariat.services.elections import Target
from secretariat.store import Store

AT = demo.MOMENT + timedelta(minutes=10)
NAMES = (
    "Đỗ Thị Thu Hà",
    "Nguyễn Thị Minh Hằng",
    "Lê Đình Khải",
    "Lê Văn Nam",
    "Phạm Ngọc Sơn",
    "Trịnh Văn Tuấn",
    "Hoàng Quốc Việt",
)
TELLERS = ("Mai Xuân Trường",)
MARKS = list(Mark)


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    path: Path = tmp_path_factory.mktemp("props") / "d.daihoi"
    with demo.create_demo(path) as st_:
        yield st_


@st.composite
def rounds(draw: st.DrawFn) -> tuple[int, int, list[dict[str, object]]]:
    """(candidates, seats, papers): papers as index readings with flags."""
    n = draw(st.integers(1, len(NAMES)))
    seats = draw(st.integers(1, n))
    papers = []
    for _ in range(draw(st.integers(0, 12))):
        paper: dict[str, object] = {
            "not_issued": draw(st.booleans()) and draw(st.booleans()),
            "identifying_mark": draw(st.booleans()) and draw(st.booleans()),
        }
        if n <= seats:  # the no-surplus form
            paper["marks"] = {i: draw(st.sampled_from(MARKS)) for i in range(n)}
        else:
            paper["chosen"] = sorted(draw(st.sets(st.integers(0, n - 1))))
        papers.append(paper)
    return n, seats, papers


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(rounds())
def test_stored_count_equals_a_recount_of_the_stored_papers_rules_4_6(
    demo_store: Store, drawn: tuple[int, int, list[dict[str, object]]]
) -> None:
    store = demo_store
    n, seats, papers = drawn
    by_name = {m.full_name: m.id for m in roster.list_members(store)}
    people = [by_name[name] for name in NAMES[:n]]
    election = elections.create_election(store, Target.DELEGATE, "Bầu thử", seats)
    opened = elections.open_round(store, election.id, people, [by_name[t] for t in TELLERS], at=AT)
    elections.start_ballot(store, opened.id, 23, at=AT)
    for paper in papers:
        flags = {"not_issued": paper["not_issued"], "identifying_mark": paper["identifying_mark"]}
        if "marks" in paper:
            marks = {people[i]: m for i, m in paper["marks"].items()}  # type: ignore[attr-defined]
            elections.enter_ballot(store, opened.id, marks=marks, **flags)  # type: ignore[arg-type]
        else:
            chosen = [people[i] for i in paper["chosen"]]  # type: ignore[attr-defined]
            elections.enter_ballot(store, opened.id, chosen=chosen, **flags)  # type: ignore[arg-type]
    counted = elections.count(store, opened.id)
    stored = elections.list_ballots(store, opened.id)
    assert len(stored) == len(papers)
    names = opened.names
    # A recount from the stored papers by the rules alone gives the same count.
    recount = tally(
        (
            (
                Ballot(
                    opened.form,
                    chosen=frozenset(str(m) for m in p.chosen) if p.chosen is not None else None,
                    marks={str(k): v for k, v in p.marks.items()} if p.marks is not None else None,
                    not_issued=p.not_issued,
                    identifying_mark=p.identifying_mark,
                ),
                1,
            )
            for p in stored
        ),
        names,
        seats,
        issued=23,
        majority_base=24,
        voters_present=23,
    )
    assert counted == recount
    # And by hand: each valid paper counts once for each name it keeps.
    by_hand = dict.fromkeys(names, 0)
    for p in stored:
        verdict = classify(
            Ballot(
                opened.form,
                chosen=frozenset(str(m) for m in p.chosen) if p.chosen is not None else None,
                marks={str(k): v for k, v in p.marks.items()} if p.marks is not None else None,
                not_issued=p.not_issued,
                identifying_mark=p.identifying_mark,
            ),
            names,
            seats,
        )
        assert verdict.valid == p.valid and verdict.reason == p.reason
        assert len(verdict.votes) <= seats  # never more names than seats
        for name in verdict.votes:
            by_hand[name] += 1
    assert counted.votes == by_hand
    assert counted.valid == sum(p.valid for p in stored)
    assert counted.valid + counted.invalid == counted.collected == len(stored)
    assert sum(counted.votes.values()) <= counted.valid * seats
    # Who is elected does not depend on a rounded percentage.
    for name in counted.elected:
        assert Fraction(counted.votes[name], 24) > Fraction(1, 2)


@given(
    n=st.integers(1, 8),
    seats=st.integers(1, 8),
    chosen=st.sets(st.integers(0, 7)),
    marks=st.lists(st.sampled_from(MARKS), min_size=8, max_size=8),
    surplus=st.booleans(),
)
def test_a_ballot_never_counts_for_more_than_the_seats_190_D15(
    n: int, seats: int, chosen: set[int], marks: list[Mark], surplus: bool
) -> None:
    names = [f"c{i}" for i in range(n)]
    if surplus:
        ballot = Ballot(BallotForm.SURPLUS, chosen=frozenset(names[i] for i in chosen if i < n))
    else:
        ballot = Ballot(BallotForm.NO_SURPLUS, marks=dict(zip(names, marks, strict=False)))
    verdict = classify(ballot, names, seats)
    assert len(verdict.votes) <= seats
    assert verdict.votes <= set(names)
    assert verdict.valid or not verdict.votes


@example(votes=[10001, 0], base=20001, seats=1)  # 50,00% shown, and elected
@example(votes=[14, 14], base=28, seats=1)  # 50,00% shown, not elected
@given(
    votes=st.lists(st.integers(0, 2000), min_size=1, max_size=9),
    base=st.integers(1, 2000),
    seats=st.integers(1, 9),
)
def test_who_is_elected_never_depends_on_rounding_190_D30_rules_6(
    votes: list[int], base: int, seats: int
) -> None:
    counts = {f"c{i}": min(v, base) for i, v in enumerate(votes)}
    valid = max(counts.values())
    seats = min(seats, len(counts))
    total = valid * seats
    if sum(counts.values()) > total:
        return  # impossible totals: refused elsewhere (above_seats_per_ballot)
    result = tally_from_totals(
        list(counts),
        seats,
        issued=base,
        collected=valid,
        valid=valid,
        invalid=0,
        invalid_reasons={},
        votes=counts,
        majority_base=base,
    )
    exact = {name: Fraction(v * 100, base) for name, v in counts.items()}
    above_half = {name for name, share in exact.items() if share > 50}
    assert set(result.elected) | set(result.tied) <= above_half
    assert result.elected == results(counts, seats, base)[0]
    # Every name above half is elected unless the seats ran out or it is tied.
    missed = above_half - set(result.elected) - set(result.tied)
    if missed:
        assert len(result.elected) + len(result.tied) >= seats
    for name, shown in result.percent.items():
        # The display is the exact share rounded half up to 2 places …
        assert abs(Fraction(shown) - exact[name]) <= Fraction(1, 200)
        # … and a share shown as "50,00%" or "50,01%" is still decided exactly.
        if name in result.elected:
            assert exact[name] > 50
