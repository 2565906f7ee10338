"""Who speaks now, the countdown and who is next; F9 calls the next speaker (ending
the current speech), F8 pauses or resumes, Shift+F9 ends the speech."""

from __future__ import annotations

from datetime import datetime
from typing import ClassVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from secretariat.domain import SpeechRow
from ui.commands import speech_actions
from ui.tabs.speeches.common import Shared, hhmmss, kind_text
from ui.widgets.countdown import CountdownWidget
from ui.widgets.shortcuts import key_button, tab_action


class SpeakingPanel(QFrame):
    """The speaker's name and detail, the countdown, the next speaker, the F-keys.

    The keys work anywhere in ``keys_owner`` (the whole tab, also while typing)."""

    WATCHES: ClassVar[frozenset[str]] = frozenset({"speech", "setting", "member", "guest"})

    called = Signal(int)  # the speech id just given the floor

    def __init__(self, shared: Shared, keys_owner: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shared = shared
        self.setObjectName("speakingPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        box = QVBoxLayout(self)
        self._build_labels(box)
        keys = QGridLayout()
        self.next_button = key_button(self.tr("Next speaker (F9)"), "nextSpeakerButton")
        self.pause_button = key_button(self.tr("Pause (F8)"), "pauseButton")
        self.finish_button = key_button(self.tr("End speech (Shift+F9)"), "finishButton")
        strong = QFont(self.next_button.font())
        strong.setBold(True)
        self.next_button.setFont(strong)
        for button in (self.next_button, self.pause_button, self.finish_button):
            button.setMinimumHeight(34)
        keys.addWidget(self.next_button, 0, 0, 1, 2)
        keys.addWidget(self.pause_button, 1, 0)
        keys.addWidget(self.finish_button, 1, 1)
        box.addLayout(keys)
        self._build_actions(keys_owner)

    def _build_labels(self, box: QVBoxLayout) -> None:
        self.speaker_label = QLabel()
        self.speaker_label.setObjectName("speakerName")
        self.speaker_label.setWordWrap(True)
        self.speaker_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        name_font = QFont(self.speaker_label.font())
        name_font.setPointSizeF(name_font.pointSizeF() * 1.9)
        name_font.setBold(True)
        self.speaker_label.setFont(name_font)
        self.speaker_detail = QLabel()
        self.speaker_detail.setObjectName("speakerDetail")
        self.speaker_detail.setWordWrap(True)
        self.speaker_detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown = CountdownWidget()
        self.next_label = QLabel()
        self.next_label.setObjectName("nextSpeaker")
        self.next_label.setWordWrap(True)
        self.next_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_label.setStyleSheet("QLabel { color: #444; }")
        box.addWidget(self.speaker_label)
        box.addWidget(self.speaker_detail)
        box.addWidget(self.countdown)
        box.addWidget(self.next_label)

    def _build_actions(self, keys_owner: QWidget) -> None:
        self.next_action = tab_action(
            self,
            self.tr("Next speaker"),
            QKeySequence(Qt.Key.Key_F9),
            self.call_next,
            owner=keys_owner,
            button=self.next_button,
        )
        self.pause_action = tab_action(
            self,
            self.tr("Pause or resume"),
            QKeySequence(Qt.Key.Key_F8),
            self.toggle_pause,
            owner=keys_owner,
            button=self.pause_button,
        )
        self.finish_action = tab_action(
            self,
            self.tr("End speech"),
            QKeySequence(Qt.Modifier.SHIFT | Qt.Key.Key_F9),
            self.finish,
            owner=keys_owner,
            button=self.finish_button,
        )

    def update_enabled(self) -> None:
        shared = self.shared
        current = shared.current_speech()
        shared.enable(
            (self.next_action, self.next_button),
            shared.ready and (bool(shared.waiting()) or current is not None),
        )
        shared.enable(
            (self.pause_action, self.pause_button, self.finish_action, self.finish_button),
            shared.ready and current is not None,
        )

    def show_speaking(self, now: datetime | None) -> None:
        """Who speaks (with the countdown) and who is next, as read last."""
        current = self.shared.current_speech()
        waiting = self.shared.waiting()
        if current is None:
            self.speaker_label.setText(self.tr("Nobody is speaking"))
            self.speaker_detail.setText("")
        else:
            self.speaker_label.setText(current.speaker)
            detail = [kind_text(current.kind)]
            position = self.shared.detail_of(current)
            if position:
                detail.insert(0, position)
            since = current.started_at.strftime("%H:%M") if current.started_at else ""
            detail.append(self.tr("since %1").replace("%1", since))
            self.speaker_detail.setText(" · ".join(detail))
        self.countdown.set_speech(current, self.shared.warn_seconds)
        if waiting:
            self.next_label.setText(
                self.tr("Next: %1 (%2 waiting)")
                .replace("%1", waiting[0].speaker)
                .replace("%2", str(len(waiting)))
            )
        else:
            self.next_label.setText(self.tr("Nobody is waiting"))
        paused = current is not None and current.state == "paused"
        self.pause_button.setText(self.tr("Resume (F8)") if paused else self.tr("Pause (F8)"))
        if now is not None:
            self.countdown.update_time(now)

    def tick(self, now: datetime) -> None:
        self.countdown.update_time(now)

    # --- the keys -----------------------------------------------------------------------

    def call_next(self) -> None:
        """F9: end the current speech and give the floor to the first one waiting."""
        shared = self.shared
        if shared.ctx.store is None or shared.item_id is None:
            return
        item_id, current = shared.item_id, shared.current_speech()
        if not shared.waiting():
            if current is not None:
                self.finish()
                return
            shared.fail(self.tr("Nobody is waiting to speak on this item."))
            return
        holder: dict[str, SpeechRow] = {}

        def do() -> str:
            holder["row"] = speech_actions.call_next(shared.ctx, item_id)
            started = holder["row"].started_at
            return (
                self.tr("✓ %1 has the floor (%2)")
                .replace("%1", holder["row"].speaker)
                .replace("%2", hhmmss(started))
            )

        if shared.perform(do):
            self.called.emit(int(holder["row"].id))

    def toggle_pause(self) -> None:
        """F8: pause the current speech, or resume it."""
        current = self.shared.current_speech()
        if current is None:
            self.shared.fail(self.tr("Nobody is speaking."))
            return
        if current.state == "speaking":

            def do() -> str:
                speech_actions.pause(self.shared.ctx, current.id)
                return self.tr("⏸ %1 paused").replace("%1", current.speaker)

        else:

            def do() -> str:
                speech_actions.resume(self.shared.ctx, current.id)
                return self.tr("✓ %1 resumed").replace("%1", current.speaker)

        self.shared.perform(do)

    def finish(self) -> None:
        """Shift+F9: end the current speech without calling anyone."""
        current = self.shared.current_speech()
        if current is None:
            self.shared.fail(self.tr("Nobody is speaking."))
            return

        def do() -> str:
            speech_actions.finish(self.shared.ctx, current.id)
            return self.tr("✓ The speech of %1 ended").replace("%1", current.speaker)

        self.shared.perform(do)
