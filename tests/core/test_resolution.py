"""The resolution draft through the services: targets as data, versions, the
word-level comparison, amendments, adoption by hands (190-QĐ/TW Điều 3) and
exact undo (docs/domain/procedure.md "Drafting the resolution")."""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal

import pytest

from secretariat.domain import (
    AgendaItemData,
    MemberData,
    SessionData,
    SessionKind,
    SpeechKind,
)
from secretariat.errors import NotFound, ValidationError
from secretariat.services import agenda, attendance, congress, roster, speeches, votes
from secretariat.services import resolution as res
from secretariat.services.resolution import Fate, SectionId, SectionKind
from secretariat.store import Store
from tests.core.conftest import FakeClock


@pytest.fixture
def store(any_store: Store) -> Store:
    """These tests run on a congress file and on a PostgreSQL server (issue #20)."""
    return any_store


def hall(store: Store, present: int = 4) -> None:
    """Five full members, ``present`` of them in the hall: majority base 5."""
    session = congress.add_session(
        store, SessionData(SessionKind.OFFICIAL, date(2020, 6, 15), time(7, 0), time(11, 30))
    )
    people = roster.add_members(
        store,
        [
            MemberData(n)
            for n in ("Lê Văn An", "Trần Thị Bình", "Phạm Văn Cường", "Đỗ Thị Dung", "Hoàng Văn Em")
        ],
    )
    for person in people[:present]:
        attendance.check_in(store, session.id, person.id)


def targets_point(store: Store) -> tuple[SectionId, res.Draft]:
    """A point with the seed article's targets."""
    point = res.add_point(store, "Mục tiêu, chỉ tiêu", "Các chỉ tiêu chủ yếu:").subject_id
    assert point is not None
    sid = SectionId(point)
    res.add_target(store, sid, "đảng viên hoàn thành tốt nhiệm vụ", 100, "%")
    res.add_target(store, sid, "đảng viên hoàn thành xuất sắc nhiệm vụ", "20")
    res.add_target(store, sid, "chi bộ hoàn thành tốt nhiệm vụ trở lên hằng năm", None, "")
    return sid, res.draft(store)


def test_targets_are_data_with_their_own_figure(store: Store) -> None:
    sid, d = targets_point(store)
    targets = d.points[0].targets
    assert [t.figure for t in targets] == [Decimal(100), Decimal(20), None]
    assert [t.label for t in targets] == [
        "100% đảng viên hoàn thành tốt nhiệm vụ",
        "20% đảng viên hoàn thành xuất sắc nhiệm vụ",
        "chi bộ hoàn thành tốt nhiệm vụ trở lên hằng năm",
    ]
    second = targets[1]
    res.set_figure(store, second.id, "25")
    after = res.draft(store).target(second.id)
    assert after is not None
    assert after.figure == Decimal(25) and after.text == second.text and after.unit == "%"
    res.set_figure(store, second.id, "12,5")  # the Vietnamese decimal comma
    after = res.draft(store).target(second.id)
    assert after is not None and after.label.startswith("12,5% ")
    with pytest.raises(ValidationError) as err:
        res.set_figure(store, second.id, "hai mươi")
    assert err.value.code == "invalid" and err.value.field == "figure"
    with pytest.raises(ValidationError):
        res.add_target(store, sid, "   ")


def test_points_subpoints_numbering_and_places(store: Store) -> None:
    res.set_preamble(store, "Đại hội Chi bộ … lần thứ VI,")
    one = res.add_point(store, "Thông qua các báo cáo").subject_id
    two = res.add_point(store, "Nhiệm vụ và giải pháp").subject_id
    assert one is not None and two is not None
    a = res.add_subpoint(store, SectionId(two), "", "Xây dựng chi bộ trong sạch").subject_id
    b = res.add_subpoint(store, SectionId(two), "", "Công tác kiểm tra").subject_id
    zero = res.add_point(store, "Đánh giá nhiệm kỳ", position=1).subject_id
    assert a is not None and b is not None and zero is not None
    d = res.draft(store)
    assert d.preamble is not None and d.preamble.kind is SectionKind.PREAMBLE
    assert [(p.number, p.title) for p in d.points] == [
        ("1.", "Đánh giá nhiệm kỳ"),
        ("2.", "Thông qua các báo cáo"),
        ("3.", "Nhiệm vụ và giải pháp"),
    ]
    assert [s.number for s in d.points[2].subpoints] == ["a)", "b)"]
    assert d.place(SectionId(b)) == "Điểm 3 b)"
    assert d.place(d.preamble.id) == "Phần mở đầu"
    res.move_section(store, SectionId(b), 1)
    moved = res.draft(store)
    assert [s.text for s in moved.points[2].subpoints] == [
        "Công tác kiểm tra",
        "Xây dựng chi bộ trong sạch",
    ]
    with pytest.raises(ValidationError):
        res.add_subpoint(store, SectionId(a), "sub-sub")  # only points have sub-points


def test_every_edit_is_undone_and_redone_exactly(store: Store) -> None:
    sid, _ = targets_point(store)
    res.add_subpoint(store, sid, "", "Một tiểu mục")
    base = res.draft(store)
    changes = [
        res.update_section(store, sid, title="Chỉ tiêu", text="Phấn đấu đạt:"),
        res.move_target(store, base.points[0].targets[2].id, 1),
        res.remove_target(store, base.points[0].targets[0].id),
        res.remove_section(store, sid),
        res.add_point(store, "Tổ chức thực hiện", "Giao Chi ủy …"),
    ]
    for change in reversed(changes):
        res.revert(store, change)
    assert res.draft(store) == base
    for change in changes:
        res.reapply(store, change)
    assert res.draft(store) == changes[-1].after
    assert [p.title for p in res.draft(store).points] == ["Tổ chức thực hiện"]


def test_removed_section_comes_back_with_its_id_and_amendment_link(store: Store) -> None:
    sid, d = targets_point(store)
    target = d.points[0].targets[1]
    amendment = res.add_amendment(store, proposed_figure=25, target_id=target.id).subject_id
    assert amendment is not None
    removed = res.remove_section(store, sid)
    res.add_point(store, "Điểm mới")  # ids are never reused
    assert SectionId(sid) not in {s.id for s in res.draft(store).sections()}
    res.revert(store, res.remove_section(store, SectionId(res.draft(store).points[0].id)))
    res.revert(store, removed)
    again = res.draft(store)
    assert again.section(sid) is not None and again.target(target.id) == target
    row = res.list_amendments(store)[0]
    assert (row.section_id, row.target_id) == (sid, target.id)
    res.accept_amendment(store, row.id)
    assert res.draft(store).target(target.id).figure == Decimal(25)  # type: ignore[union-attr]


def test_versions_are_named_frozen_and_never_overwritten(store: Store, clock: FakeClock) -> None:
    sid, _ = targets_point(store)
    v1 = res.save_version(store).version_after
    assert v1 is not None and v1.row.name == "Dự thảo 1" and v1.row.number == 1
    res.update_section(store, sid, text="Phấn đấu đến cuối nhiệm kỳ đạt:")
    clock.advance(30)
    v2 = res.save_version(store).version_after
    assert v2 is not None and v2.row.name == "Dự thảo 2"
    named = res.save_version(store, "Bản trình Đại hội").version_after
    assert named is not None
    assert [v.name for v in res.list_versions(store)] == [
        "Dự thảo 1",
        "Dự thảo 2",
        "Bản trình Đại hội",
    ]
    assert res.version_draft(store, v1.row.id).points[0].text == "Các chỉ tiêu chủ yếu:"
    assert res.version_draft(store, v2.row.id) == res.draft(store)
    # Undo of a save takes the new version away; redo puts it back with its id.
    change = res.save_version(store)
    assert change.version_after is not None
    res.revert(store, change)
    assert len(res.list_versions(store)) == 3
    res.reapply(store, change)
    assert res.list_versions(store)[-1] == change.version_after.row


def test_restore_makes_an_old_version_the_draft_and_a_new_version(store: Store) -> None:
    _, first = targets_point(store)
    v1 = res.save_version(store).version_after
    assert v1 is not None
    res.remove_target(store, first.points[0].targets[0].id)
    res.add_point(store, "Điểm thêm")
    res.save_version(store)
    change = res.restore_version(store, v1.row.id)
    assert res.draft(store) == first
    names = [v.name for v in res.list_versions(store)]
    assert names == ["Dự thảo 1", "Dự thảo 2", "Dự thảo 3 (theo Dự thảo 1)"]
    assert res.version_draft(store, v1.row.id) == first  # the old one is untouched
    res.revert(store, change)
    assert len(res.list_versions(store)) == 2
    assert [p.title for p in res.draft(store).points] == ["Mục tiêu, chỉ tiêu", "Điểm thêm"]


def test_compare_aligns_sections_and_marks_changed_words(store: Store) -> None:
    sid, d = targets_point(store)
    v1 = res.save_version(store).version_after
    assert v1 is not None
    res.update_section(store, sid, text="Các chỉ tiêu chủ yếu nhiệm kỳ 2020 – 2025:")
    res.set_figure(store, d.points[0].targets[1].id, 25)
    res.add_point(store, "Tổ chức thực hiện", position=1)
    res.remove_target(store, d.points[0].targets[2].id)
    v2 = res.save_version(store).version_after
    assert v2 is not None
    rows = res.compare(store, v1.row.id, v2.row.id)
    by_status = {r.status for r in rows}
    assert by_status == {"added", "changed", "equal", "removed"}
    first, point = rows[0], rows[1]
    assert first.status == "added" and first.b == "Tổ chức thực hiện"
    assert point.label == "Điểm 2" and point.status == "changed"
    assert [(r.op, r.text) for r in point.runs if r.op != "equal"] == [
        ("insert", " nhiệm kỳ 2020 – 2025")
    ]
    figure = next(r for r in rows if r.key == ("target", d.points[0].targets[1].id))
    assert [(r.op, r.text) for r in figure.runs if r.op != "equal"] == [
        ("delete", "20"),
        ("insert", "25"),
    ]
    gone = rows[-1]
    assert gone.status == "removed" and gone.a is not None and gone.b is None
    assert res.compare(store, v2.row.id, None) == tuple(
        r for r in res.compare_drafts(res.draft(store), res.draft(store))
    )


def test_amendment_accepted_is_applied_and_undone(store: Store) -> None:
    sid, d = targets_point(store)
    item = agenda.add_item(store, AgendaItemData("Thảo luận"))
    member = roster.add_member(store, MemberData("Nguyễn Thị Hoa"))
    speech = speeches.register(store, item.id, member_id=member.id, kind=SpeechKind.FLOOR)
    change = res.add_amendment(
        store, "Các chỉ tiêu chủ yếu đến năm 2025:", section_id=sid, speech_id=speech.id
    )
    row = change.amendment_after
    assert row is not None
    assert (row.proposer, row.place, row.original, row.fate) == (
        "Nguyễn Thị Hoa",
        "Điểm 1",
        "Các chỉ tiêu chủ yếu:",
        Fate.PENDING,
    )
    accepted = res.accept_amendment(store, row.id)
    assert res.draft(store).points[0].text == "Các chỉ tiêu chủ yếu đến năm 2025:"
    after = res.get_amendment(store, row.id)
    assert after.fate is Fate.ACCEPTED and after.applied and after.outcome == "accepted"
    with pytest.raises(ValidationError) as err:
        res.accept_amendment(store, row.id)
    assert err.value.code == "decided"
    res.revert(store, accepted)
    assert res.draft(store) == d
    assert res.get_amendment(store, row.id) == row
    res.reapply(store, accepted)
    assert res.get_amendment(store, row.id) == after


def test_amendment_explained_keeps_the_draft(store: Store) -> None:
    sid, d = targets_point(store)
    row = res.add_amendment(
        store, "Bỏ chỉ tiêu 20%", target_id=d.points[0].targets[1].id, proposer="Đ/c Bình"
    ).amendment_after
    assert row is not None and row.section_id == sid
    res.explain_amendment(store, row.id, "Giữ như dự thảo: phù hợp chỉ tiêu của Đảng bộ.")
    assert res.draft(store) == d
    explained = res.get_amendment(store, row.id)
    assert explained.fate is Fate.EXPLAINED and explained.answer.startswith("Giữ như")
    with pytest.raises(ValidationError):
        res.explain_amendment(store, row.id, "  ")


def test_disputed_target_voted_by_hands_changes_only_its_figure(store: Store) -> None:
    hall(store, present=5)
    _, d = targets_point(store)
    excellent = d.points[0].targets[1]
    up = res.add_amendment(
        store, proposed_figure=25, target_id=excellent.id, proposer="Đ/c Cường"
    ).amendment_after
    down = res.add_amendment(
        store, proposed_figure=15, target_id=excellent.id, proposer="Đ/c Dung"
    ).amendment_after
    assert up is not None and down is not None
    put = res.put_amendment_to_vote(store, down.id)
    assert put.vote_after is not None
    assert put.vote_after.subject == (
        "Biểu quyết ý kiến: Điểm 1, chỉ tiêu 2 — 20% đảng viên hoàn thành xuất sắc nhiệm vụ → 15"
    )
    failed = res.hold_amendment_vote(store, down.id, yes=1, no=4)
    assert res.draft(store) == d
    assert res.get_amendment(store, down.id).outcome == "vote_failed"
    res.put_amendment_to_vote(store, up.id)
    res.hold_amendment_vote(store, up.id, yes=4, no=1)
    now = res.draft(store).target(excellent.id)
    assert now is not None and now.figure == Decimal(25) and now.text == excellent.text
    disputed = res.disputed_points(store)
    assert [(a.id, a.outcome) for a in disputed] == [
        (up.id, "vote_passed"),
        (down.id, "vote_failed"),
    ]  # in the order recorded
    # Undo of a vote's result and of putting to the vote: the vote goes away.
    res.revert(store, failed)
    assert res.get_amendment(store, down.id).outcome == "vote_pending"
    res.revert(store, put)
    assert res.get_amendment(store, down.id) == down
    assert put.vote_after.id not in {v.id for v in votes.list_votes(store)}
    res.reapply(store, put)
    assert res.get_amendment(store, down.id).vote_id == put.vote_after.id


def test_adoption_by_hands_freezes_the_resolution(store: Store) -> None:
    hall(store, present=4)
    item = agenda.add_item(
        store, AgendaItemData("Thông qua nghị quyết đại hội", needs_vote=True, code="resolution")
    )
    seeded = votes.seed_default_votes(store)[0]
    res.seed_default(store)
    res.save_version(store)
    failed = res.adopt(store, yes=2, no=2)  # 2 of 5 is not more than half
    assert not failed.result.passed and failed.version is None
    assert failed.vote.id == seeded.id and failed.vote.agenda_item_id == item.id
    assert not res.is_adopted(store)
    adoption = res.adopt(store, yes=4, no=0)
    assert adoption.result.passed and adoption.version is not None
    assert adoption.vote.id != seeded.id  # the first vote stays as it was held
    assert adoption.version.name == res.ADOPTED_NAME and adoption.version.adopted
    assert adoption.version.adoption_vote_id == adoption.vote.id
    assert res.version_draft(store, adoption.version.id) == res.draft(store)
    assert res.is_adopted(store)
    point = res.draft(store).points[0].id
    for attempt in (
        lambda: res.update_section(store, point, text="Sửa sau khi thông qua"),
        lambda: res.add_point(store, "Điểm mới"),
        lambda: res.save_version(store),
        lambda: res.add_amendment(store, "Ý kiến muộn", section_id=point),
        lambda: res.adopt(store, yes=4, no=0),
    ):
        with pytest.raises(ValidationError) as err:
            attempt()
        assert err.value.code == "adopted"
    res.reopen(store)
    assert not res.is_adopted(store)
    assert res.list_versions(store)[-1].name == res.ADOPTED_NAME  # kept
    res.update_section(store, point, title="Sửa được")
    with pytest.raises(ValidationError):
        res.reopen(store)
    before_edit = res.draft(store)
    assert before_edit.points[0].title == "Sửa được"


def test_adoption_is_undone_exactly_190_D3(store: Store) -> None:
    """Undo of the adoption vote puts back the vote, the draft and the versions."""
    hall(store, present=4)
    agenda.add_item(
        store, AgendaItemData("Thông qua nghị quyết đại hội", needs_vote=True, code="resolution")
    )
    seeded = votes.seed_default_votes(store)[0]
    res.seed_default(store)
    draft, versions = res.draft(store), res.list_versions(store)
    failed = res.adopt(store, yes=2, no=2)
    res.revert(store, failed.change)
    assert votes.get_vote(store, seeded.id) == seeded  # held no more
    res.reapply(store, failed.change)
    assert votes.get_vote(store, seeded.id) == failed.vote
    adoption = res.adopt(store, yes=4, no=0)  # on a new vote: the seeded one was held
    assert adoption.version is not None and res.is_adopted(store)
    res.revert(store, adoption.change)
    assert not res.is_adopted(store)
    assert res.draft(store) == draft and res.list_versions(store) == versions
    assert adoption.vote.id not in {v.id for v in votes.list_votes(store)}
    res.reapply(store, adoption.change)
    assert res.is_adopted(store) and res.list_versions(store)[-1] == adoption.version
    assert votes.get_vote(store, adoption.vote.id) == adoption.vote
    with pytest.raises(ValidationError):  # once adopted, a second redo is refused
        res.reapply(store, adoption.change)


def test_undo_of_an_earlier_edit_is_refused_once_adopted(store: Store) -> None:
    hall(store, present=4)
    sid, d = targets_point(store)
    amendment = res.add_amendment(store, proposed_figure=25, target_id=d.points[0].targets[1].id)
    assert amendment.subject_id is not None
    put = res.put_amendment_to_vote(store, res.AmendmentId(amendment.subject_id))
    edit = res.update_section(store, sid, text="Sửa trước khi thông qua")
    res.adopt(store, yes=4, no=0)
    frozen = res.draft(store)
    for change in (edit, put):
        with pytest.raises(ValidationError) as err:
            res.revert(store, change)
        assert err.value.code == "adopted"
    assert res.draft(store) == frozen
    assert put.vote_after is not None
    assert votes.get_vote(store, put.vote_after.id) == put.vote_after  # untouched


def test_reopen_is_undone_by_readopting(store: Store) -> None:
    hall(store, present=4)
    res.add_point(store, "Thông qua các báo cáo")
    res.adopt(store, yes=4, no=0)
    change = res.reopen(store)
    res.revert(store, change)
    assert res.is_adopted(store)
    res.reapply(store, change)
    assert not res.is_adopted(store)


def test_adoption_refuses_an_empty_draft(store: Store) -> None:
    with pytest.raises(ValidationError) as err:
        res.adopt(store, yes=1, no=0)
    assert err.value.code == "empty"


def test_default_draft_has_the_usual_points_and_follows_the_elections(store: Store) -> None:
    congress.set_info(
        store,
        congress.get_info(store).__class__(
            "Đảng bộ Công an tỉnh Thanh Hóa", "Chi bộ Phòng X", "VI", 2020, 2025
        ),
    )
    change = res.seed_default(store)
    d = res.draft(store)
    assert change.after.preamble is not None
    assert d.preamble is not None and d.preamble.text.startswith(
        "Đại hội Chi bộ Phòng X lần thứ VI"
    )
    assert [p.code for p in d.points] == [
        "reports",
        "assessment",
        "direction",
        "tasks",
        "election_results",
        "implementation",
    ]
    results = d.points[4]
    assert results.auto and results.text == res.election_results_text(store)
    with pytest.raises(ValidationError) as err:
        res.seed_default(store)
    assert err.value.code == "draft_not_empty"
    res.update_section(store, results.id, text="Bầu Chi ủy gồm 3 đồng chí.")
    assert not res.draft(store).points[4].auto
    res.revert(store, change)
    assert res.draft(store).empty


def test_missing_things_are_refused(store: Store) -> None:
    with pytest.raises(NotFound):
        res.update_section(store, SectionId(99), text="x")
    with pytest.raises(ValidationError) as err:
        res.add_amendment(store, "")
    assert err.value.code == "missing"
    with pytest.raises(ValidationError):
        res.add_amendment(store, proposed_figure=5)  # a figure needs a target


def test_the_preamble_follows_the_attendance_until_adopted(store: Store) -> None:
    """docs/domain/documents.md §4: "… họp …, với N đồng chí đảng viên có mặt …"."""
    hall(store, present=3)
    res.seed_default(store)
    preamble = res.draft(store).preamble
    assert preamble is not None and preamble.auto
    assert "với 3 đồng chí đảng viên có mặt trên tổng số 5 đảng viên" in preamble.text
    session = congress.list_sessions(store)[0]
    late = next(m for m in roster.list_members(store) if m.full_name == "Đỗ Thị Dung")
    attendance.check_in(store, session.id, late.id)
    following = res.draft(store).preamble
    assert following is not None and "với 4 đồng chí" in following.text
    with pytest.raises(ValidationError) as err:  # an ordinary point follows nothing
        res.set_auto(store, res.draft(store).points[0].id, True)
    assert err.value.code == "not_auto"
    adoption = res.adopt(store, yes=4, no=0)
    assert adoption.version is not None
    frozen = res.draft(store).preamble
    assert frozen is not None and not frozen.auto and "với 4 đồng chí" in frozen.text
    assert res.version_draft(store, adoption.version.id).preamble == frozen
    res.revert(store, adoption.change)  # undo of the adoption: it follows again
    again = res.draft(store).preamble
    assert again is not None and again.auto


def test_a_remark_is_never_written_into_the_draft(store: Store) -> None:
    """What the speaker said and the wording proposed are two fields: a passed
    amendment writes only the wording (the review found a speaker's sentence in
    target 8 of an adopted resolution); the result is known before the vote."""
    hall(store, present=5)
    _, d = targets_point(store)
    target = d.points[0].targets[0]
    said = "Đề nghị nâng chỉ tiêu lên 100% đảng viên học tập, quán triệt nghị quyết"
    change = res.add_amendment(
        store,
        "đảng viên học tập, quán triệt đầy đủ nghị quyết",
        target_id=target.id,
        proposed_figure=100,
        proposer="Đ/c Cường",
        remark=said,
    )
    row = change.amendment_after
    assert row is not None and row.remark == said
    assert row.proposed_text == "đảng viên học tập, quán triệt đầy đủ nghị quyết"
    assert res.amendment_result(store, row.id) == (
        "100% đảng viên học tập, quán triệt đầy đủ nghị quyết"
    )
    res.put_amendment_to_vote(store, row.id)
    res.hold_amendment_vote(store, row.id, yes=4, no=1)
    now = res.draft(store).target(target.id)
    assert now is not None and now.label == "100% đảng viên học tập, quán triệt đầy đủ nghị quyết"
    assert said not in now.label
    # A remark alone (no wording) changes nothing if accepted.
    only = res.add_amendment(store, target_id=target.id, remark="Chỉ tiêu cao quá").amendment_after
    assert only is not None and res.amendment_result(store, only.id) is None
    before = res.draft(store)
    res.accept_amendment(store, only.id)
    assert res.draft(store) == before
    with pytest.raises(ValidationError) as err:
        res.add_amendment(store, target_id=target.id)
    assert err.value.code == "missing"


def test_adoption_waits_for_every_remark_to_be_dealt_with_190_D3(store: Store) -> None:
    """A remark still pending is refused at the adoption; explained (not accepted,
    with the reason) it no longer stands in the way."""
    hall(store, present=5)
    targets_point(store)
    pending = res.add_amendment(store, remark="Đề nghị viết gọn lại", proposer="Đ/c An")
    aid = pending.amendment_after.id if pending.amendment_after else None
    assert aid is not None
    with pytest.raises(ValidationError) as err:
        res.adopt(store, yes=5, no=0)
    assert (err.value.code, err.value.value) == ("pending_amendments", 1)
    assert not res.is_adopted(store)
    res.explain_amendment(store, aid, res.NOT_ACCEPTED_REASON)
    assert res.pending_amendments(store) == []
    assert res.adopt(store, yes=5, no=0).version is not None
