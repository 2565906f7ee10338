"""Tellers found by typing their name, not only ticked with Space (issue #19 §1).

The one search rule of every picker (secretariat/rules/name_search.py): a name
typed without diacritics shows only the rows that match; one named is ticked
with Enter; of several none is taken until the secretary moves to one with
↑ ↓. Candidates cannot count (190-QĐ/TW Điều 8) and say so.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from secretariat.rules.collation import fold
from secretariat.services import elections
from secretariat.services.elections import nominations
from tests.ui.test_elections_tab import (
    CTRL_SHIFT,
    english,
    inside_full,
    member_at,
    new_election,
    press,
    show,
)
from ui.context import CongressContext
from ui.tabs.elections import ElectionsTab

__all__ = ["english"]  # the fixture, used by this module's tests too

CTRL = Qt.KeyboardModifier.ControlModifier


def shown(tab: ElectionsTab) -> list[int]:
    listed = tab.tellers_list
    return [
        int(listed.item(r).data(Qt.ItemDataRole.UserRole))
        for r in range(listed.count())
        if not listed.isRowHidden(r)
    ]


def ticked(tab: ElectionsTab) -> list[int]:
    listed = tab.tellers_list
    return [
        int(listed.item(r).data(Qt.ItemDataRole.UserRole))
        for r in range(listed.count())
        if listed.item(r).checkState() == Qt.CheckState.Checked
    ]


def test_tellers_are_ticked_by_typing_their_names(
    qtbot: Any, ctx: CongressContext, monkeypatch: Any
) -> None:
    tab = show(qtbot, ctx)
    election = new_election(qtbot, tab, monkeypatch, seats=3)
    store = ctx.require()
    numbers = inside_full(tab)
    for number in numbers[:4]:
        tab.member_combo.setFocus()
        qtbot.keyClicks(tab.member_combo, f"{number}.")
        press(qtbot, tab, tab.member_combo, Qt.Key.Key_N, CTRL_SHIFT)
        qtbot.wait(1600)  # the combo forgets the number typed
    assert len(nominations.list_nominations(store, election.id)) == 4
    press(qtbot, tab, tab.table, Qt.Key.Key_2, CTRL)
    listed = tab.tellers_list
    listed.setFocus()
    assert ticked(tab) == []

    # A whole name without diacritics: only that row shown, Enter ticks it.
    first = tab._members[member_at(tab, numbers[4])]
    qtbot.keyClicks(listed, fold(first.full_name))
    assert shown(tab) == [int(first.id)]
    press(qtbot, tab, listed, Qt.Key.Key_Return)
    assert ticked(tab) == [int(first.id)]
    assert tab.feedback.text() == f"Ticked: {first.full_name}"
    assert len(shown(tab)) == listed.count()  # the search is over: every row again

    # A query matching several: Enter takes none; ↓ then Enter ticks the one moved to.
    surnames: dict[str, list[int]] = {}
    for ident, m in tab._members.items():
        surnames.setdefault(fold(m.full_name).split()[0], []).append(ident)
    common = max(surnames, key=lambda s: len(set(surnames[s]) & set(shown(tab))))
    qtbot.keyClicks(listed, common)
    several = shown(tab)
    assert len(several) > 1
    press(qtbot, tab, listed, Qt.Key.Key_Return)
    assert ticked(tab) == [int(first.id)]
    assert tab.feedback.text() == f"{len(several)} people match — choose with ↑ ↓, then Enter."
    target = next(
        r
        for r in range(listed.count())
        if not listed.isRowHidden(r)
        and listed.item(r).flags() & Qt.ItemFlag.ItemIsUserCheckable
        and listed.item(r).checkState() != Qt.CheckState.Checked
    )
    for _ in range(len([r for r in range(target + 1) if not listed.isRowHidden(r)])):
        press(qtbot, tab, listed, Qt.Key.Key_Down)
    assert listed.currentRow() == target
    press(qtbot, tab, listed, Qt.Key.Key_Return)
    second = int(listed.item(target).data(Qt.ItemDataRole.UserRole))
    assert set(ticked(tab)) == {int(first.id), second}

    # A candidate cannot count: typed, Enter says why and ticks nothing.
    candidate = tab._members[member_at(tab, numbers[0])]
    qtbot.keyClicks(listed, fold(candidate.full_name))
    press(qtbot, tab, listed, Qt.Key.Key_Return)
    assert tab.feedback.text().startswith("Cannot be ticked:")
    assert "on the list, cannot count" in tab.feedback.text()
    press(qtbot, tab, listed, Qt.Key.Key_Escape)  # Esc ends the search
    assert len(shown(tab)) == listed.count()

    # A roster number finds its row as a name does (Enter ticks, Enter again unticks).
    third = tab._members[member_at(tab, numbers[6])]
    qtbot.keyClicks(listed, str(numbers[6]))
    assert shown(tab) == [int(third.id)]
    press(qtbot, tab, listed, Qt.Key.Key_Return)
    assert tab.feedback.text() == f"Ticked: {third.full_name}"
    qtbot.keyClicks(listed, f"{numbers[6]}.")
    press(qtbot, tab, listed, Qt.Key.Key_Return)
    assert tab.feedback.text() == f"Unticked: {third.full_name}"

    # The round opens with the tellers in the order they were ticked (the first chairs).
    press(qtbot, tab, listed, Qt.Key.Key_R, CTRL)
    [rnd] = elections.list_rounds(store, election.id)
    assert [int(t) for t in rnd.tellers] == [int(first.id), second]
