"""The screen base (ui/screen.py): typed changes routed by table, one runner, one feedback line.

Issue #15 §1–2: a screen hears only the changes touching the tables it shows,
at once while visible and merged into one when it is shown again; its own
actions keep their feedback, anyone else's clear it; a refusal is worded on
the line and writes nothing; its connections die with it.
"""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from secretariat.changes import Change
from secretariat.errors import ValidationError
from secretariat.services import votes
from ui.commands import vote_actions
from ui.context import CongressContext
from ui.screen import Screen


class VotesScreen(Screen):
    WATCHES: ClassVar[frozenset[str]] = frozenset({"vote"})

    def __init__(self, ctx: CongressContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.heard: list[Change] = []
        self.refreshed = 0

    def on_change(self, change: Change) -> None:
        self.heard.append(change)

    def refresh(self) -> None:
        self.refreshed += 1


class MembersScreen(VotesScreen):
    WATCHES: ClassVar[frozenset[str]] = frozenset({"member"})


KEEP: list[QWidget] = []  # the test windows live until the test's end


def shown_in_a_stack(qtbot: Any, *screens: Screen) -> QStackedWidget:
    window = QWidget()
    KEEP.append(window)
    stack = QStackedWidget(window)
    QVBoxLayout(window).addWidget(stack)
    for screen in screens:
        stack.addWidget(screen)
    window.show()
    qtbot.waitExposed(window)
    qtbot.addWidget(window, before_close_func=lambda w: KEEP.remove(w))
    return stack


def test_a_screen_hears_only_the_tables_it_shows(qtbot: Any, ctx: CongressContext) -> None:
    shown = VotesScreen(ctx)
    other = MembersScreen(ctx)
    shown_in_a_stack(qtbot, shown)
    shown_in_a_stack(qtbot, other)
    vote = votes.add_vote(ctx.require(), "Thông qua chương trình")
    assert [c.action for c in shown.heard] == ["vote.add"]
    assert shown.heard[0].ids("vote") == {vote.id}
    assert other.heard == []


def test_a_hidden_screen_gets_what_it_missed_once_merged_when_shown(
    qtbot: Any, ctx: CongressContext
) -> None:
    on_view = MembersScreen(ctx)
    hidden = VotesScreen(ctx)
    stack = shown_in_a_stack(qtbot, on_view, hidden)
    store = ctx.require()
    first = votes.add_vote(store, "Thông qua chương trình")
    second = votes.add_vote(store, "Thông qua quy chế")
    assert hidden.heard == []
    assert ctx.changed.stale(hidden)
    stack.setCurrentWidget(hidden)
    qtbot.waitUntil(hidden.isVisible)
    assert len(hidden.heard) == 1
    assert hidden.heard[0].ids("vote") == {first.id, second.id}
    assert not ctx.changed.stale(hidden)


def test_run_says_a_refusal_and_keeps_its_own_feedback(qtbot: Any, ctx: CongressContext) -> None:
    screen = VotesScreen(ctx)
    shown_in_a_stack(qtbot, screen)

    def refused() -> None:
        raise ValidationError("not_summoned", "member", 1)

    assert not screen.run(refused, describe=lambda error: f"refused {error.code}")
    assert screen.feedback.text() == "refused not_summoned"
    assert screen.feedback.property("ok") is False
    done = "Đã thêm biểu quyết."
    assert screen.run(lambda: vote_actions.add_vote(ctx, "Bầu đoàn chủ tịch"), done=done)
    assert screen.feedback.text() == done  # its own change does not clear it
    assert screen.heard and not screen.acting
    ctx.undo_stack.undo()  # anyone else's change (an undo) makes it stale
    assert screen.feedback.text() == ""


def test_connections_die_with_the_screen(qtbot: Any, ctx: CongressContext) -> None:
    screen = VotesScreen(ctx)
    calls: list[str] = []
    screen.listen(ctx.opened, lambda: calls.append("opened"))
    ctx.opened.emit()
    assert calls == ["opened"]
    screen.deleteLater()
    qtbot.waitUntil(lambda: not _valid(screen))
    ctx.opened.emit()  # nothing calls into the deleted screen
    ctx.closed.emit()
    votes.add_vote(ctx.require(), "Thông qua chương trình")
    assert calls == ["opened"]


def _valid(widget: QWidget) -> bool:
    import shiboken6

    return bool(shiboken6.isValid(widget))
