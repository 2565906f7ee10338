"""The working bodies (presidium, secretariat, credentials committee): elected by
hands at the start (docs/domain/procedure.md "Roles and bodies"), named in section I of the
minutes and under their signatures (docs/domain/documents.md §2)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from secretariat import archive, demo
from secretariat.domain import Body, MemberId
from secretariat.errors import NotFound, ValidationError
from secretariat.reports import minutes as minutes_doc
from secretariat.reports import resolution as resolution_doc
from secretariat.reports.document import SignatureBlock
from secretariat.services import minutes, roster, working_bodies
from secretariat.store import Store
from secretariat.verify import verify_journal


@pytest.fixture
def store(any_store: Store) -> Store:
    """These tests run on a congress file and on a PostgreSQL server (issue #20)."""
    return any_store


@pytest.fixture
def demo_store(tmp_path: Path) -> Iterator[Store]:
    with demo.create_demo(tmp_path / "demo.daihoi") as store:
        yield store


def ids(store: Store, *names: str) -> list[MemberId]:
    by_name = {m.full_name: m.id for m in roster.list_members(store)}
    return [by_name[n] for n in names]


def signatures(store: Store, build: object) -> SignatureBlock:
    doc = build(store)  # type: ignore[operator]
    return next(b for b in doc.blocks if isinstance(b, SignatureBlock))


def test_the_demo_records_its_presidium_and_secretary(demo_store: Store) -> None:
    seats = working_bodies.list_seats(demo_store)
    assert [(s.body, s.position, s.name) for s in seats] == [
        (Body.PRESIDIUM, 1, "Lê Đình Khải"),
        (Body.PRESIDIUM, 2, "Nguyễn Thị Minh Hằng"),
        (Body.PRESIDIUM, 3, "Trịnh Văn Tuấn"),
        (Body.SECRETARIAT, 1, "Cao Thị Hồng Nhung"),
    ]
    text = minutes.full_text(demo_store)
    assert (
        "Đoàn Chủ tịch đại hội gồm 3 đồng chí: Lê Đình Khải, Nguyễn Thị Minh Hằng, "
        "Trịnh Văn Tuấn; đồng chí Lê Đình Khải chủ trì." in text
    )
    assert "Thư ký đại hội: đồng chí Cao Thị Hồng Nhung." in text


def test_signatures_name_who_presides_and_who_keeps_the_minutes(demo_store: Store) -> None:
    block = signatures(demo_store, minutes_doc.build)
    assert block.left is not None and block.right is not None
    assert (block.left.authority, block.left.name) == ("THƯ KÝ ĐẠI HỘI", "Cao Thị Hồng Nhung")
    assert (block.right.authority, block.right.name) == ("T/M ĐOÀN CHỦ TỊCH", "Lê Đình Khải")
    right = signatures(demo_store, resolution_doc.build).right
    assert right is not None and right.name == "Lê Đình Khải"
    # A single chair and a secretariat of two.
    chair, first, second = ids(demo_store, "Trịnh Văn Tuấn", "Cao Thị Hồng Nhung", "Lê Đình Khải")
    working_bodies.set_bodies(
        demo_store, {Body.PRESIDIUM: [chair], Body.SECRETARIAT: [first, second]}
    )
    block = signatures(demo_store, minutes_doc.build)
    assert block.left is not None and block.right is not None
    assert (block.right.authority, block.right.name) == ("CHỦ TỊCH ĐẠI HỘI", "Trịnh Văn Tuấn")
    assert (block.left.authority, block.left.name) == ("T/M ĐOÀN THƯ KÝ", "Cao Thị Hồng Nhung")
    text = minutes.full_text(demo_store)
    assert "Chủ tịch đại hội: đồng chí Trịnh Văn Tuấn." in text
    assert "Đoàn Thư ký đại hội gồm 2 đồng chí: Cao Thị Hồng Nhung, Lê Đình Khải." in text


def test_set_bodies_returns_the_lists_before_for_undo(demo_store: Store) -> None:
    store = demo_store
    before = {b: working_bodies.members_of(store, b) for b in (Body.PRESIDIUM, Body.SECRETARIAT)}
    new = ids(store, "Trịnh Văn Tuấn", "Lê Đình Khải")
    previous = working_bodies.set_bodies(store, {Body.PRESIDIUM: new, Body.SECRETARIAT: []})
    assert previous == before
    assert working_bodies.members_of(store, Body.PRESIDIUM) == new
    assert working_bodies.signer(store, Body.SECRETARIAT) == ""
    assert "working_bodies_not_recorded" not in {m.code for m in minutes.completeness(store)}
    working_bodies.set_bodies(store, {Body.PRESIDIUM: [], Body.SECRETARIAT: []})
    assert "working_bodies_not_recorded" in {m.code for m in minutes.completeness(store)}
    working_bodies.set_bodies(store, previous)  # the undo
    assert {b: working_bodies.members_of(store, b) for b in before} == before
    assert verify_journal(store).ok


def test_bad_lists_are_refused_whole(demo_store: Store) -> None:
    store = demo_store
    before = working_bodies.list_seats(store)
    one = ids(store, "Trịnh Văn Tuấn")[0]
    for bodies, error in (
        ({Body.SECRETARIAT: [one], Body.PRESIDIUM: [one, one]}, ValidationError),
        ({Body.SECRETARIAT: [one], Body.PRESIDIUM: [MemberId(9999)]}, NotFound),
        ({Body.PRESIDIUM: [m.id for m in roster.list_members(store)][:16]}, ValidationError),
    ):
        with pytest.raises(error):
            working_bodies.set_bodies(store, bodies)
        assert working_bodies.list_seats(store) == before


def test_a_member_of_a_body_stays_on_the_roster(demo_store: Store) -> None:
    (secretary,) = ids(demo_store, "Cao Thị Hồng Nhung")
    with pytest.raises(ValidationError) as err:
        roster.remove_member(demo_store, secretary)
    assert err.value.code == "in_working_body"


def test_the_archive_carries_the_bodies(demo_store: Store, tmp_path: Path) -> None:
    path = archive.write_archive(demo_store, tmp_path / "a.json")
    seats = working_bodies.list_seats(demo_store)
    with archive.import_archive(path, tmp_path / "copy.daihoi") as copy:
        assert working_bodies.list_seats(copy) == seats
    older = json.loads(path.read_text(encoding="utf-8"))
    del older["minutes"]["working_bodies"]  # written before the bodies were recorded
    (tmp_path / "old.json").write_text(json.dumps(older, ensure_ascii=False), "utf-8")
    with archive.import_archive(tmp_path / "old.json", tmp_path / "old.daihoi") as copy:
        assert working_bodies.list_seats(copy) == []
