"""The demo congress run to its end: discussion, address, reply, elections, votes, closing.

Used by the minutes and dossier tests and for the rendered pages in ``docs/``.

``secretariat.demo`` stops in the middle of the discussion (its ``MOMENT``);
the minutes, closing and dossier tests need every part recorded, so this
carries on with the same people, at fixed times after ``demo.MOMENT``.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from secretariat import demo
from secretariat.domain import AgendaItemRow, MemberId
from secretariat.rules.ballots import Mark
from secretariat.services import (
    agenda,
    attendance,
    congress,
    elections,
    resolution,
    roster,
    speeches,
    votes,
)
from secretariat.services.elections import RoundId, Target, nominations
from secretariat.services.elections import results as election_results
from secretariat.store import Store

T0 = demo.MOMENT
LATE = "Lê Hữu Phước"  # arrives during the discussion
ABSENT = "Nguyễn Hoàng Long"  # never comes: absent without reason
SUMMARIES = {
    "Nguyễn Đức Thắng": "Đề nghị làm rõ giải pháp xây dựng lực lượng nòng cốt ở các xã biên giới.",
    "Vũ Thị Lan Anh": "Nhất trí với dự thảo; đề nghị đưa chỉ tiêu 80% chiến sĩ tiên tiến vào "
    "nghị quyết.",
    "Lê Thị Thanh Xuân": "Ghi nhận kết quả nhiệm kỳ qua; yêu cầu chi bộ nâng cao chất lượng "
    "sinh hoạt, chú trọng công tác phát triển đảng.",
    "Lê Đình Khải": "Tiếp thu đầy đủ ý kiến của đại biểu cấp trên và các ý kiến thảo luận.",
}
# The seed article: "Bầu Ban chấp hành Chi ủy khóa VI … gồm 5 đồng chí"; a list of
# 6 (a surplus of 1, docs/domain/rules.md 4.2), in ballot order (by given name).
COMMITTEE = (
    "Đỗ Thị Thu Hà",
    "Nguyễn Thị Minh Hằng",
    "Lê Đình Khải",
    "Phạm Ngọc Sơn",
    "Trịnh Văn Tuấn",
    "Hoàng Quốc Việt",
)
SEATS = 5
TELLERS = ("Mai Xuân Trường", "Vũ Thị Lan Anh", "Nguyễn Đức Thắng")
FLOOR_PROPOSER = "Lê Văn Nam"
# The seeded "list" vote of the elections item becomes the vote on the committee's size.
SIZE_VOTE = "Biểu quyết số lượng Chi ủy khóa VI là 05 đồng chí"


def ids(store: Store, *names: str) -> list[MemberId]:
    by_name = {m.full_name: m.id for m in roster.list_members(store)}
    return [by_name[n] for n in names]


def _item(store: Store, code: str) -> AgendaItemRow:
    return next(i for i in agenda.list_items(store) if i.code == code)


def _give(store: Store, code: str, at: datetime) -> datetime:
    """Give every queued speech of the item, 4 minutes each, with its summary."""
    item = _item(store, code)
    for row in speeches.queue(store, item.id):
        if row.started_at is None:
            speeches.call_next(store, item.id, at=at)
        if row.ended_at is None:
            at += timedelta(minutes=4)
            speeches.finish(store, row.id, at=at)
        if not row.summary:
            speeches.edit(store, row.id, summary=SUMMARIES[row.speaker])
    return at


def _hold_item_votes(store: Store, code: str, at: datetime) -> None:
    for vote in votes.list_votes(store, _item(store, code).id):
        if not vote.held:
            votes.all_in_favour(store, vote.id, at=at)


def _adopt_resolution(store: Store, at: datetime) -> None:
    """The remark from the discussion taken in, then the draft adopted unanimously by
    the members present (no remark is left pending at the adoption)."""
    if resolution.draft(store).empty:
        resolution.seed_default(store)
    for remark in resolution.pending_amendments(store):
        resolution.accept_amendment(store, remark.id)
    present = attendance.counters(store, at).voters_present
    resolution.adopt(store, yes=present, no=0)


def _announce(store: Store, round_id: RoundId, at: datetime) -> None:
    election_results.announce(store, round_id, at=at)


def _nominate(store: Store, election_id: elections.ElectionId, at: datetime) -> None:
    """Five names from the convening committee, one from the floor; the list approved."""
    ha, hang, khai, son, tuan, viet = ids(store, *COMMITTEE)
    for member in (ha, hang, khai, son, viet):
        nominations.nominate(store, election_id, member, "convening")
    floor = nominations.nominate(store, election_id, tuan, "floor", proposer=FLOOR_PROPOSER)
    nominations.record_agreement(store, floor.id, 20, 24)
    nominations.approve_list(store, election_id, yes=24, no=0, at=at)


def _committee(store: Store, at: datetime) -> list[MemberId]:
    """5 seats, 6 names; 23 papers: Khải 20, Hằng 19, Hà 19, Sơn 17, Tuấn 16, Việt 9,
    one invalid (all six kept)."""
    election = elections.create_election(store, Target.COMMITTEE, "Bầu Chi ủy khóa VI", SEATS)
    _nominate(store, election.id, at)
    ha, hang, khai, son, tuan, viet = ids(store, *COMMITTEE)
    rnd = elections.open_round(
        store,
        election.id,
        [ha, hang, khai, son, tuan, viet],
        ids(store, *TELLERS),
        at=at,
    )
    # One full member in the hall did not take a ballot: the count minutes say so.
    elections.start_ballot(store, rnd.id, 23, at=at, fewer_reason="declined")
    papers = (
        [[khai, hang, ha, son, tuan]] * 8  # Việt struck
        + [[khai, hang, ha, son, viet]] * 6  # Tuấn struck
        + [[khai, hang, ha, tuan]] * 3
        + [[khai, son, tuan, viet]] * 3
        + [[hang, ha, tuan]] * 2
        + [[ha, hang, khai, son, tuan, viet]]  # none struck: too many names, invalid
    )
    for chosen in papers:
        elections.enter_ballot(store, rnd.id, chosen=chosen)
    _announce(store, rnd.id, at + timedelta(minutes=20))
    return [khai, hang, ha, son, tuan]


def _secretary(store: Store, at: datetime, khai: MemberId) -> None:
    election = elections.create_election(
        store, Target.CELL_SECRETARY, "Bầu Bí thư Chi bộ khóa VI", 1
    )
    # The new committee proposes its bí thư; the congress approves the list by hands.
    nominations.nominate(store, election.id, khai, "convening")
    nominations.approve_list(store, election.id, yes=24, no=0, at=at)
    rnd = elections.open_round(store, election.id, [khai], ids(store, *TELLERS), at=at)
    elections.start_ballot(store, rnd.id, 24, at=at)
    for n in range(24):
        mark = Mark.DISAGREE if n == 0 else Mark.AGREE
        elections.enter_ballot(store, rnd.id, marks={khai: mark})
    _announce(store, rnd.id, at + timedelta(minutes=10))


class _Steps:
    """A clock for the actions that take no time of their own (ballots, versions, edits):
    a few seconds after the moment the congress has reached, not the machine's now."""

    def __init__(self, at: datetime) -> None:
        self.at = at

    def __call__(self) -> datetime:
        self.at += timedelta(seconds=7)
        return self.at


def run_to_end(store: Store) -> None:
    """Carry the demo congress (as ``demo.populate`` leaves it) through to its close."""
    machine_clock, steps = store.clock, _Steps(T0)
    store.clock = steps
    try:
        _run(store, steps)
    finally:
        store.clock = machine_clock


def _run(store: Store, steps: _Steps) -> None:
    session = congress.list_sessions(store)[0]
    late, absent = ids(store, LATE, ABSENT)
    attendance.check_in(store, session.id, late, at=T0 + timedelta(minutes=1))
    attendance.mark_absent(store, session.id, absent)
    at = _give(store, "discussion", T0)
    for code in ("superior_address", "presidium_reply"):
        agenda.start_next(store, at=at)
        at = _give(store, code, at + timedelta(minutes=1))
    agenda.start_next(store, at=at)  # the elections
    seeded = votes.list_votes(store, _item(store, "elections").id)[0]
    votes.update_subject(store, seeded.id, SIZE_VOTE)
    _hold_item_votes(store, "elections", at + timedelta(minutes=2))
    steps.at = at + timedelta(minutes=5)
    elected = _committee(store, at + timedelta(minutes=5))
    steps.at = at + timedelta(minutes=35)
    _secretary(store, at + timedelta(minutes=35), elected[0])
    at += timedelta(minutes=60)
    for code in ("new_committee", "resolution", "minutes", "closing"):
        agenda.start_next(store, at=at)
        steps.at = at
        at += timedelta(minutes=5)
        if code == "resolution":
            _adopt_resolution(store, at - timedelta(minutes=1))
        _hold_item_votes(store, code, at - timedelta(minutes=1))
    agenda.end_current(store, at=at)


def full_demo(path: Path) -> Store:
    store = demo.create_demo(path)
    run_to_end(store)
    return store
