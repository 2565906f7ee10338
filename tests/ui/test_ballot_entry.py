"""Ballot entry by keys only (issue 6, deliverables 4, 5 and 6; docs/domain/rules.md 4.3–4.6).

The demo congress plus seven late arrivals: 30 full members in the hall, so
a stack of 30 papers can be issued. Every paper is typed with the keys a
teller would press, sent to whatever widget has the keyboard.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import timedelta
from typing import Any

import pytest

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox, QVBoxLayout, QWidget

from secretariat import demo
from secretariat.domain import MemberData, MemberId
from secretariat.rules.ballots import (
    IDENTIFYING_MARK,
    NONE_CHOSEN,
    NOT_ISSUED,
    SINGLE_BOTH_MARKED,
    TOO_MANY,
    WRITE_IN,
    Ballot,
    BallotForm,
    Mark,
)
from secretariat.rules.tally import tally
from secretariat.services import attendance, congress, elections, roster
from secretariat.services.elections import RoundRow, Target, double_entry
from secretariat.store import Store
from tests.core.conftest import FakeClock
from ui.context import CongressContext
from ui.i18n import translator
from ui.widgets.ballot_entry import BallotEntryPanel, Draft, Refused
from ui.widgets.mismatches import MismatchPanel
from ui.widgets.totals_entry import TotalsEntryPanel

AT = demo.MOMENT + timedelta(minutes=10)
# Seven names, in ballot order (given name: Hà < Hằng < Khải < Nam < Sơn < Tuấn < Việt).
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
LATE = (
    "Lý Văn An",
    "Tạ Thị Bích",
    "Dương Văn Cảnh",
    "Hồ Thị Dung",
    "Lương Văn Em",
    "Võ Thị Gấm",
    "Phan Văn Hải",
)
RETURN = Qt.Key.Key_Return


@pytest.fixture(autouse=True)
def english(qapp: object) -> None:
    translator.install("en")


@pytest.fixture(autouse=True)
def empty_paper_questions(monkeypatch: Any) -> list[str]:
    """The question an empty paper asks (issue #19 §1), answered Yes like an operator
    who means it; the list of questions asked, for the tests that look."""
    asked: list[str] = []

    def answer(_parent: Any, _title: str, text: str, *_args: Any) -> Any:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr("ui.widgets.ballot_entry.QMessageBox.question", answer)
    return asked


@pytest.fixture
def store(ctx: CongressContext) -> Store:
    """The demo with seven more full members in the hall: 30 voters present."""
    st = ctx.require()
    st.clock = FakeClock(AT)
    session = congress.list_sessions(st)[0]
    for name in LATE:
        member = roster.add_member(st, MemberData(name))
        attendance.check_in(st, session.id, member.id, at=demo.MOMENT)
    return st


def ids(store: Store, *names: str) -> list[MemberId]:
    by_name = {m.full_name: m.id for m in roster.list_members(store)}
    return [by_name[name] for name in names]


def open_round(
    store: Store,
    target: Target,
    names: Sequence[str],
    seats: int,
    issued: int,
    title: str = "Bầu Chi ủy khóa VI",
) -> RoundRow:
    election = elections.create_election(store, target, title, seats)
    opened = elections.open_round(
        store, election.id, ids(store, *names), ids(store, *TELLERS), congress_allowed_more=True
    )
    return elections.start_ballot(store, opened.id, issued, at=AT)[1]


class Host(QWidget):
    """A window holding one panel, with Ctrl+Z on the main undo stack (as the main window)."""

    def __init__(self, ctx: CongressContext, panel: QWidget) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.addWidget(panel)
        undo = ctx.undo_stack.createUndoAction(self)
        undo.setShortcuts(QKeySequence.StandardKey.Undo)
        self.addAction(undo)
        self.presses = 0


@pytest.fixture
def host(qtbot: Any) -> Iterator[Any]:
    made: list[Host] = []

    def make(ctx: CongressContext, panel: QWidget) -> Host:
        window = Host(ctx, panel)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        made.append(window)
        return window

    yield make


def press(qtbot: Any, window: Host, *keys: Any, modifier: Any = None) -> None:
    """Keys sent to whatever has the keyboard, each counted."""
    for key in keys:
        if QApplication.activeWindow() is not window:
            window.activateWindow()
            qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        target = QApplication.focusWidget()
        assert target is not None
        qtbot.keyClick(target, key, modifier or Qt.KeyboardModifier.NoModifier)
        window.presses += 1


DIGIT = {n: getattr(Qt.Key, f"Key_{n}") for n in range(10)}


def paper(qtbot: Any, window: Host, struck: Sequence[int] = (), flags: Sequence[Any] = ()) -> int:
    """One surplus paper: the struck numbers, the flag keys, Enter; returns the keys pressed."""
    before = window.presses
    press(qtbot, window, *[DIGIT[n] for n in struck], *flags, RETURN)
    return window.presses - before


# --- deliverable 4: a 30-paper stack ---------------------------------------------------


def test_thirty_papers_by_keys_only_190_D15_D30(
    qtbot: Any, ctx: CongressContext, store: Store, host: Any
) -> None:
    opened = open_round(store, Target.COMMITTEE, CANDIDATES, 5, 30)
    panel = BallotEntryPanel(ctx)
    window = host(ctx, panel)
    panel.set_round(opened.id)
    panel.focus_entry()
    assert panel.reader.hasFocus()
    assert [panel.reader.table.item(r, 0).text() for r in range(7)] == [str(n) for n in range(1, 8)]
    assert panel.reader.table.item(2, 1).text() == "Lê Đình Khải"
    assert panel.serial_label.text() == "1"
    assert "Collected <b>0</b> / 30" in panel.totals_label.text()

    stack: list[tuple[Sequence[int], Sequence[Any]]] = (
        [((6, 7), ())] * 14  # 1–14: chosen 1–5
        + [((1, 5), ())] * 5  # 15–19
        + [((1, 2, 4, 5, 7), ())] * 2  # 20–21: only Khải and Tuấn
    )
    for struck, flags in stack:
        assert paper(qtbot, window, struck, flags) == len(struck) + 1  # k struck → k + 1 keys
    assert panel.serial_label.text() == "22"

    # 22: one name struck, six chosen for five seats: shown invalid, and why, before Enter.
    press(qtbot, window, Qt.Key.Key_7)
    assert panel.reader.verdict_label.text() == "INVALID"
    assert panel.reader.why_label.text() == "It chooses 6 names for 5 seats: more than the seats."
    press(qtbot, window, RETURN)
    # 23: every name struck.
    press(qtbot, window, *[DIGIT[n] for n in range(1, 8)])
    assert panel.reader.why_label.text() == "Every name is struck: the paper chooses no one."
    press(qtbot, window, RETURN)
    # 24–26: the reasons read on the paper, one key each.
    assert paper(qtbot, window, (), (Qt.Key.Key_F5,)) == 2
    assert paper(qtbot, window, (6, 7), (Qt.Key.Key_F7,)) == 4
    press(qtbot, window, Qt.Key.Key_F6)
    assert panel.reader.verdict_label.text() == "INVALID"
    assert "written in" in panel.reader.why_label.text()
    press(qtbot, window, RETURN)

    # A number not on the list: refused, nothing changed.
    press(qtbot, window, Qt.Key.Key_8)
    assert "no name number 8" in panel.feedback.text()
    assert panel.feedback.property("ok") is False
    assert panel.reader.draft is not None and panel.reader.draft.empty
    # Strike and un-strike: the second press takes the stroke back.
    press(qtbot, window, Qt.Key.Key_3, Qt.Key.Key_3)
    assert panel.reader.draft.empty

    # The stack is out of order: paper 30 comes next. A used or unissued number is refused.
    press(qtbot, window, "#")
    assert panel.serial_edit.hasFocus()
    press(qtbot, window, Qt.Key.Key_5, RETURN)
    assert "Paper No. 5 is already entered" in panel.feedback.text()
    press(qtbot, window, Qt.Key.Key_3, Qt.Key.Key_1, RETURN)
    assert "There is no paper No. 31: only 30 were issued" in panel.feedback.text()
    panel.serial_edit.selectAll()
    press(qtbot, window, Qt.Key.Key_3, Qt.Key.Key_0, RETURN)
    assert panel.reader.hasFocus() and panel.serial_label.text() == "30"
    paper(qtbot, window, (6, 7))
    assert panel.serial_label.text() == "27"  # back to the gap left in the stack

    # 27–29; 29 is keyed wrongly, taken back with Ctrl+Z and keyed again.
    paper(qtbot, window, (6, 7))
    paper(qtbot, window, (3, 6))
    paper(qtbot, window, (2,))
    assert [b.serial for b in elections.list_ballots(store, opened.id)][-1] == 30
    press(qtbot, window, Qt.Key.Key_Z, modifier=Qt.KeyboardModifier.ControlModifier)
    assert 29 not in {b.serial for b in elections.list_ballots(store, opened.id)}
    assert panel.serial_label.text() == "29"
    paper(qtbot, window, ())  # nothing struck: seven chosen, too many
    assert panel.serial_label.text() == "—"
    assert "Papers remaining <b>0</b>" in panel.totals_label.text()
    paper(qtbot, window, (6, 7))
    assert "All 30 papers issued are already entered. Nothing was stored." in panel.feedback.text()

    # What is stored is what was typed, and the count agrees with a recount by the rules.
    stored = elections.list_ballots(store, opened.id)
    assert [b.serial for b in stored] == list(range(1, 31))
    members = ids(store, *CANDIDATES)
    struck_by_serial = [s for s, _ in stack] + [(7,), tuple(range(1, 8)), (), (6, 7), ()]
    struck_by_serial += [(6, 7), (3, 6), (), (6, 7)]  # 27, 28, 29, 30
    for row, struck in zip(stored, struck_by_serial, strict=True):
        assert row.chosen == tuple(sorted(m for p, m in enumerate(members, 1) if p not in struck))
    assert [(b.serial, b.reason) for b in stored if not b.valid] == [
        (22, TOO_MANY),
        (23, NONE_CHOSEN),
        (24, NOT_ISSUED),
        (25, IDENTIFYING_MARK),
        (26, WRITE_IN),
        (29, TOO_MANY),
    ]
    result = elections.count(store, opened.id)
    assert (result.collected, result.valid, result.invalid) == (30, 24, 6)
    flags = {24: {"not_issued": True}, 25: {"identifying_mark": True}, 26: {"write_in": True}}
    recount = tally(
        [
            (
                Ballot(
                    BallotForm.SURPLUS,
                    chosen=frozenset(str(m) for m in b.chosen or ()),
                    **flags.get(b.serial, {}),
                ),
                1,
            )
            for b in stored
        ],
        [str(m) for m in members],
        5,
        issued=30,
        majority_base=opened.base or 0,
    )
    assert result.votes == recount.votes and result.invalid_reasons == recount.invalid_reasons
    # The running totals on screen.
    assert "Collected <b>30</b> / 30 issued" in panel.totals_label.text()
    assert "Valid <b>24</b> · invalid <b>6</b>" in panel.totals_label.text()
    votes_shown = [panel.reader.table.item(r, 3).text() for r in range(7)]
    assert votes_shown == [str(result.votes[str(m)]) for m in members]
    assert panel.recent.item(0).text().startswith("No. 29")
    assert panel.recent.count() == 8


def test_a_surplus_paper_with_k_struck_names_takes_k_plus_1_keys(
    qtbot: Any, ctx: CongressContext, store: Store, host: Any
) -> None:
    opened = open_round(store, Target.COMMITTEE, CANDIDATES, 5, 30)
    panel = BallotEntryPanel(ctx)
    window = host(ctx, panel)
    panel.set_round(opened.id)
    panel.focus_entry()
    for k in range(0, 8):
        keys = paper(qtbot, window, tuple(range(1, k + 1)))
        assert keys == k + 1
    assert len(elections.list_ballots(store, opened.id)) == 8
    assert window.presses == sum(k + 1 for k in range(8))


def test_backspace_and_escape_take_back_keys_not_papers(
    qtbot: Any, ctx: CongressContext, store: Store, host: Any
) -> None:
    opened = open_round(store, Target.COMMITTEE, CANDIDATES, 5, 30)
    panel = BallotEntryPanel(ctx)
    window = host(ctx, panel)
    panel.set_round(opened.id)
    panel.focus_entry()
    press(qtbot, window, Qt.Key.Key_2, Qt.Key.Key_4, Qt.Key.Key_Backspace)
    assert panel.reader.draft is not None and panel.reader.draft.struck == {2}
    press(qtbot, window, Qt.Key.Key_F5, Qt.Key.Key_Escape)
    assert panel.reader.draft.empty
    press(qtbot, window, Qt.Key.Key_F8)
    assert panel.reader.other_edit.hasFocus()
    press(qtbot, window, Qt.Key.Key_Escape)
    assert panel.reader.hasFocus() and panel.reader.draft.other_reason is None
    assert elections.list_ballots(store, opened.id) == []


def test_one_person_list_agree_disagree_both_neither_190_D15(
    qtbot: Any, ctx: CongressContext, store: Store, host: Any
) -> None:
    opened = open_round(
        store, Target.CELL_SECRETARY, ("Lê Đình Khải",), 1, 30, title="Bầu Bí thư Chi bộ"
    )
    assert opened.form is BallotForm.NO_SURPLUS
    panel = BallotEntryPanel(ctx)
    window = host(ctx, panel)
    panel.set_round(opened.id)
    panel.focus_entry()
    assert "One-person list" in panel.reader.hint_label.text()
    press(qtbot, window, RETURN)  # agree: one key
    press(qtbot, window, Qt.Key.Key_2, RETURN)
    press(qtbot, window, Qt.Key.Key_3)
    assert panel.reader.why_label.text() == "One-person list: both boxes are marked."
    press(qtbot, window, RETURN)
    press(qtbot, window, Qt.Key.Key_0)
    assert panel.reader.why_label.text() == "One-person list: no box is marked."
    press(qtbot, window, RETURN)
    press(qtbot, window, Qt.Key.Key_5)
    assert "1 agree, 2 disagree" in panel.feedback.text()
    (khai,) = ids(store, "Lê Đình Khải")
    stored = elections.list_ballots(store, opened.id)
    assert [b.marks for b in stored] == [
        {khai: Mark.AGREE},
        {khai: Mark.DISAGREE},
        {khai: Mark.BOTH},
        {khai: Mark.NONE},
    ]
    assert [b.reason for b in stored] == [None, None, SINGLE_BOTH_MARKED, "single_unmarked"]


def test_no_surplus_list_steps_each_mark_190_D30(
    qtbot: Any, ctx: CongressContext, store: Store, host: Any
) -> None:
    names = CANDIDATES[:3]
    opened = open_round(store, Target.COMMITTEE, names, 3, 30)
    assert opened.form is BallotForm.NO_SURPLUS
    panel = BallotEntryPanel(ctx)
    window = host(ctx, panel)
    panel.set_round(opened.id)
    panel.focus_entry()
    press(qtbot, window, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_3)
    assert panel.reader.verdict_label.text() == "VALID"
    assert "The mark for 3 is void" in panel.reader.why_label.text()
    press(qtbot, window, RETURN)
    ha, hang, khai = ids(store, *names)
    (row,) = elections.list_ballots(store, opened.id)
    assert row.marks == {ha: Mark.AGREE, hang: Mark.DISAGREE, khai: Mark.BOTH}
    assert row.valid
    assert elections.count(store, opened.id).votes == {str(ha): 1, str(hang): 0, str(khai): 0}


def test_lists_of_ten_or_more_take_two_digits_per_name() -> None:
    draft = Draft(12, BallotForm.SURPLUS)
    for digit in (1, 2, 0, 3):
        draft.digit(digit)
    assert draft.struck == {12, 3} and draft.pending == ""
    with pytest.raises(Refused):
        draft.digit(2)  # 20–29: no such name
    draft.digit(1)
    assert draft.pending == "1"
    with pytest.raises(Refused):
        draft.digit(5)  # 15
    assert draft.pending == "" and draft.struck == {12, 3}
    draft.digit(0)
    draft.digit(3)  # again: un-struck
    assert draft.struck == {12}
    draft.back()
    assert draft.struck == {12, 3}


def test_two_digit_entry_on_a_delegate_list(
    qtbot: Any, ctx: CongressContext, store: Store, host: Any
) -> None:
    twelve = (
        *CANDIDATES,
        "Cao Thị Hồng Nhung",
        "Bùi Văn Chiến",
        "Trần Quang Huy",
        "Đặng Văn Lực",
        "Ngô Thị Phương",
    )
    opened = open_round(store, Target.DELEGATE, twelve, 5, 30, title="Bầu đại biểu")
    panel = BallotEntryPanel(ctx)
    window = host(ctx, panel)
    panel.set_round(opened.id)
    panel.focus_entry()
    assert "Two digits per name" in panel.reader.keys_label.text()
    press(qtbot, window, Qt.Key.Key_0)
    assert "Name number 0_" in panel.reader.pending_label.text()
    press(qtbot, window, RETURN)
    assert "half typed" in panel.feedback.text()
    assert elections.list_ballots(store, opened.id) == []
    press(qtbot, window, Qt.Key.Key_Backspace)
    assert panel.reader.pending_label.text() == ""
    numbers = (1, 2, 3, 4, 5, 6, 7, 10)  # struck; four names left
    for n in numbers:
        press(qtbot, window, *[DIGIT[int(c)] for c in f"{n:02d}"])
    press(qtbot, window, RETURN)
    (row,) = elections.list_ballots(store, opened.id)
    kept = [c.member_id for c in opened.candidates if c.position not in numbers]
    assert row.chosen == tuple(sorted(kept)) and row.valid


# --- deliverable 5: the blind second pass ----------------------------------------------


def test_blind_second_pass_mismatch_and_its_resolution(
    qtbot: Any, ctx: CongressContext, store: Store, host: Any
) -> None:
    opened = open_round(store, Target.COMMITTEE, CANDIDATES, 5, 4)
    ha, hang, khai, nam, son, tuan, viet = ids(store, *CANDIDATES)
    first = [[ha, hang, khai, nam, son], [hang, khai, nam, tuan, viet], [khai], [ha, khai]]
    for chosen in first:
        elections.enter_ballot(store, opened.id, chosen=chosen)

    panel = BallotEntryPanel(ctx)
    queue = MismatchPanel(ctx)
    both = QWidget()
    layout = QVBoxLayout(both)
    layout.addWidget(panel)
    layout.addWidget(queue)
    window = host(ctx, both)
    panel.set_round(opened.id, pass_no=2)
    queue.set_round(opened.id)
    panel.focus_entry()
    # Nothing of the first pass: no votes, no papers, the stack starts at 1.
    assert panel.pass_banner.isVisible()
    assert panel.reader.table.isColumnHidden(3)
    assert panel.recent.count() == 0 and panel.serial_label.text() == "1"
    assert "Second pass: <b>0</b> of 4" in panel.totals_label.text()
    assert "Valid" not in panel.totals_label.text()
    # The second operator types the stack; on paper 3 the stroke through name 7 is missed.
    paper(qtbot, window, (6, 7))
    paper(qtbot, window, (1, 5))
    paper(qtbot, window, (1, 2, 4, 5, 6))
    assert [m.serial for m in double_entry.mismatches(store, opened.id)] == [3]
    assert queue.table.rowCount() == 0  # blind: not even which paper differs
    assert queue.blockers_label.property("blocked") is True
    assert "the second pass is not finished" in queue.blockers_label.text()
    assert "mismatch" not in queue.blockers_label.text()
    assert "compared when the second pass is finished" in queue.resolve_label.text()
    paper(qtbot, window, (2, 4, 5, 6, 7))
    assert panel.recent.count() == 4 and "valid" not in panel.recent.item(0).text()
    assert len(elections.list_ballots(store, opened.id)) == 4  # the count: first pass only
    assert elections.count(store, opened.id).collected == 4

    queue.focus_entry()
    press(qtbot, window, Qt.Key.Key_F9)  # finish the second pass (a key of the queue)
    assert double_entry.second_pass_state(store, opened.id).finished
    assert [m.serial for m in double_entry.mismatches(store, opened.id)] == [3]
    assert queue.table.item(0, 1).text() == "struck 1, 2, 4, 5, 6, 7"
    assert queue.table.item(0, 2).text() == "struck 1, 2, 4, 5, 6"
    assert "1 mismatches remain" in queue.blockers_label.text()

    # The paper says: only Khải chosen — the first pass was right.
    assert queue.table.hasFocus()
    press(qtbot, window, RETURN)
    assert queue.reader.hasFocus()
    press(qtbot, window, *[DIGIT[n] for n in (1, 2, 4, 5, 6, 7)], RETURN)
    assert double_entry.mismatches(store, opened.id) == []
    assert double_entry.announce_blockers(store, opened.id) == []
    assert queue.blockers_label.property("blocked") is False
    (logged,) = double_entry.list_resolutions(store, opened.id)
    assert logged.serial == 3 and logged.result.chosen == (khai,)
    assert queue.log.count() == 1 and queue.log.item(0).text().startswith("No. 3:")
    # Ctrl+Z takes the resolution back: the mismatch is open again.
    press(qtbot, window, Qt.Key.Key_Z, modifier=Qt.KeyboardModifier.ControlModifier)
    assert [m.serial for m in double_entry.mismatches(store, opened.id)] == [3]
    assert queue.blockers_label.property("blocked") is True


# --- deliverable 6: totals from a paper tally sheet ------------------------------------


def test_totals_typed_from_the_tally_sheet_are_checked_rules_4_6(
    qtbot: Any, ctx: CongressContext, store: Store, host: Any
) -> None:
    opened = open_round(store, Target.COMMITTEE, CANDIDATES, 5, 30)
    panel = TotalsEntryPanel(ctx)
    window = host(ctx, panel)
    panel.set_round(opened.id)
    panel.focus_entry()
    assert panel.collected_spin.hasFocus()

    def typed(value: int) -> None:
        QApplication.focusWidget().selectAll()  # type: ignore[union-attr]
        press(qtbot, window, *[DIGIT[int(c)] for c in str(value)], RETURN)

    # collected, then the reasons (not issued, too many, all struck, write-in, mark,
    # other), then votes.
    reasons = [1, 2, 0, 0, 0, 0]
    votes = [20, 27, 26, 25, 19, 10, 8]
    typed(30)
    for n in reasons:
        typed(n)
    for n in votes:
        typed(n)
    # 27 valid papers; 135 votes = 27 × 5: accepted.
    assert "Totals recorded" in panel.feedback.text(), panel.feedback.text()
    row = elections.get_round(store, opened.id)
    assert row.totals is not None and row.totals.collected == 30
    khai_spin = panel.vote_spins[ids(store, "Lê Đình Khải")[0]]
    khai_spin.setFocus()
    typed(28)
    press(qtbot, window, RETURN, modifier=Qt.KeyboardModifier.ControlModifier)
    assert panel.feedback.property("ok") is False
    assert "Votes for 3. Lê Đình Khải: 28 is more than the 27 valid papers" in panel.feedback.text()
    assert khai_spin.hasFocus() and khai_spin.property("bad") is True
    assert elections.get_round(store, opened.id).totals == row.totals  # nothing recorded
    result = elections.count(store, opened.id)
    assert (result.collected, result.valid, result.invalid) == (30, 27, 3)
    assert result.invalid_reasons == {NOT_ISSUED: 1, TOO_MANY: 2}
    ctx.undo_stack.undo()  # (inside a spin box Ctrl+Z undoes its own typing, as in Qt)
    assert elections.get_round(store, opened.id).totals is None
    assert panel.collected_spin.value() == 0


def test_other_reason_asks_for_words_f8(
    qtbot: Any, ctx: CongressContext, store: Store, host: Any
) -> None:
    """190-QĐ/TW Điều 15 khoản 2, docs/domain/rules.md 4.4: F8 asks for the words of a reason no
    key names; the paper is stored invalid under "other reason" with those words."""
    opened = open_round(store, Target.COMMITTEE, CANDIDATES, 5, 30)
    panel = BallotEntryPanel(ctx)
    window = host(ctx, panel)
    panel.set_round(opened.id)
    panel.focus_entry()
    press(qtbot, window, Qt.Key.Key_F8)
    assert panel.reader.other_edit.isVisible() and panel.reader.other_edit.hasFocus()
    qtbot.keyClicks(panel.reader.other_edit, "torn in two")
    press(qtbot, window, RETURN)
    assert panel.reader.hasFocus()
    assert panel.reader.verdict_label.text() == "INVALID"
    assert panel.reader.why_label.text() == "Other reason: torn in two"
    assert panel.reader.flag_buttons["other_reason"].isChecked()
    press(qtbot, window, Qt.Key.Key_F8)  # F8 again takes the reason off
    assert panel.reader.draft is not None and panel.reader.draft.other_reason is None
    assert "Other reason" not in panel.reader.why_label.text()  # now: 7 names for 5 seats
    press(qtbot, window, Qt.Key.Key_F8)
    qtbot.keyClicks(panel.reader.other_edit, "torn  in two ")
    press(qtbot, window, RETURN)
    press(qtbot, window, RETURN)  # stored
    assert panel.feedback.property("ok") is not False, panel.feedback.text()
    [paper] = elections.list_ballots(store, opened.id)
    assert (paper.serial, paper.valid, paper.reason) == (1, False, "other")
    assert paper.other_reason == "torn in two"
    assert elections.count(store, opened.id).invalid_reasons == {"other": 1}
    assert panel.reader.draft is not None and panel.reader.draft.other_reason is None


def test_undo_and_redo_of_a_paper_keep_it_whole(ctx: CongressContext, store: Store) -> None:
    from ui.commands import ballot_actions

    opened = open_round(store, Target.COMMITTEE, CANDIDATES, 5, 30)
    ha, hang, khai, nam, son = ids(store, *CANDIDATES[:5])
    entry = ballot_actions.enter_ballot(ctx, opened.id, serial=7, chosen=[ha, hang, khai, nam, son])
    assert ctx.undo_stack.undoText() == "Paper No. 7"
    ctx.undo_stack.undo()
    assert elections.list_ballots(store, opened.id) == []
    ctx.undo_stack.redo()
    assert elections.list_ballots(store, opened.id) == [entry.row]
    second = ballot_actions.enter_ballot(ctx, opened.id, pass_no=2, chosen=[ha])
    assert second.row.pass_no == 2 and second.row.serial == 1
    assert ctx.undo_stack.undoText() == "Second pass: paper No. 1"
    ctx.undo_stack.undo()
    assert elections.list_ballots(store, opened.id, pass_no=2) == []


# --- no silent empty paper (issue #19 §1) -------------------------------------------------


def test_enter_on_an_empty_surplus_paper_asks_and_no_stores_nothing(
    qtbot: Any,
    ctx: CongressContext,
    store: Store,
    host: Any,
    monkeypatch: Any,
    empty_paper_questions: list[str],
) -> None:
    opened = open_round(store, Target.COMMITTEE, CANDIDATES, 5, 30)
    panel = BallotEntryPanel(ctx)
    window = host(ctx, panel)
    panel.set_round(opened.id)
    panel.focus_entry()
    paper(qtbot, window, [1])
    assert len(elections.list_ballots(store, opened.id)) == 1
    monkeypatch.setattr(
        "ui.widgets.ballot_entry.QMessageBox.question",
        lambda *_args: empty_paper_questions.append("no") or QMessageBox.StandardButton.No,
    )
    paper(qtbot, window)  # the bounce of a double Enter: nothing struck
    assert empty_paper_questions == ["no"]
    assert len(elections.list_ballots(store, opened.id)) == 1
    assert panel.feedback.text() == "Nothing stored: type the paper, then Enter."


def test_a_second_enter_in_a_row_on_the_agree_form_asks_first(
    qtbot: Any, ctx: CongressContext, store: Store, host: Any, empty_paper_questions: list[str]
) -> None:
    opened = open_round(store, Target.CELL_SECRETARY, CANDIDATES[:1], 1, 30, "Bầu bí thư")
    panel = BallotEntryPanel(ctx)
    window = host(ctx, panel)
    panel.set_round(opened.id)
    panel.focus_entry()
    paper(qtbot, window)  # Enter alone: agrees (the fast path asks nothing)
    assert empty_paper_questions == []
    paper(qtbot, window)  # again with nothing typed since: asked first
    assert len(empty_paper_questions) == 1
    assert empty_paper_questions[0].startswith("Nothing was typed since the last paper")
    assert len(elections.list_ballots(store, opened.id)) == 2
