"""The minutes tab: BIÊN BẢN ĐẠI HỘI reviewed section by section, read back, signed off.

Left, the sections of the minutes in document order, each marked generated,
edited, or edited while the data under it changed since (stale); under them
the completeness check, each gap with a link to the tab where it is filled in.

Right, the selected section's text in a plain-text editor. Typing makes it
the secretary's edit, stored as one undoable step when the keyboard leaves the
section or the editor, after a pause in typing, or at once with Ctrl+Enter.
Ctrl+Shift+R reverts to the generated text (undoable). A stale edit shows the
comparison of the edit with the text generated from the data now; "Keep my
edit" marks it checked.

F10 reads the minutes back to the congress: the whole text in large type on
the hall screen; the right side then shows what the hall sees, and PageDown,
PageUp, Space, the arrow keys, Home and End scroll the hall (in the list of
sections too; a click on a section takes the hall there). Shift+F10 (or Esc)
takes the text off.

Below, closing the congress (the record frozen, the fingerprint shown in a
banner; reopening needs a reason) and writing the congress dossier (hồ sơ đại
hội) to a folder or a .zip, in a worker thread with its progress.
"""

from __future__ import annotations

import difflib
import html
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QStandardPaths,
    Qt,
    QThread,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QBrush,
    QColor,
    QDesktopServices,
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from secretariat import dossier
from secretariat.domain import Missing
from secretariat.errors import SecretariatError
from secretariat.services import closing, minutes
from secretariat.services.minutes import MinutesSection
from secretariat.store import Store
from ui import state
from ui.commands import minutes_actions
from ui.context import CongressContext
from ui.dialogs.closing import ReopenDialog, confirm_close
from ui.messages import describe
from ui.projector import ProjectorController, ProjectorPreview
from ui.widgets.shortcuts import key_button, scale_font, tab_action, wrapping_label

STATE_KEY = "minutes"  # ui.state key of the splitter
FOLDER_KEY = "minutes/dossier_folder"  # QSettings: where the last dossier went
KEY_ROLE = Qt.ItemDataRole.UserRole
COL_TITLE, COL_STATE = range(2)
PAUSE_MS = 1500  # an edit is stored after this pause in typing
HALL_TITLE = "BIÊN BẢN ĐẠI HỘI"  # what the hall reads (Vietnamese whatever the UI language)

GENERATED, EDITED, STALE = "generated", "edited", "stale"
STATE_COLOURS = {GENERATED: "#5f6b7a", EDITED: "#1a5fb4", STALE: "#8a5300"}

OK_STYLE = "QLabel { color: #0f5a1e; font-weight: bold; }"
ERROR_STYLE = "QLabel { color: #b3261e; font-weight: bold; }"
MUTED = "QLabel { color: #5f6b7a; }"
CHIP_STYLE = "QLabel {{ color: #ffffff; background: {}; border-radius: 4px; padding: 2px 10px; }}"
CHECK_OK = (
    "QLabel { color: #0f5a1e; background: #e3f4e5; border: 1px solid #8cc79a;"
    " border-radius: 4px; padding: 6px 8px; font-weight: bold; }"
)
CHECK_WARN = (
    "QLabel { color: #5c3d00; background: #fff4d6; border: 1px solid #e0b84c;"
    " border-radius: 4px; padding: 6px 8px; }"
)
BANNER_STYLE = (
    "QFrame#closedBanner { background: #7a1f1a; border-radius: 6px; }"
    " QFrame#closedBanner QLabel { color: #ffffff; }"
)
FROZEN_STYLE = "QPlainTextEdit { background: #f1f1f1; color: #444444; }"
PANEL_STYLE = "QFrame#readBackPanel { background: #eef1f5; border-radius: 6px; }"

# Where each gap of the minutes is filled in: the tab the check's link shows.
FIX_TAB = {
    "superior_body": "congress",
    "cell_name": "congress",
    "ordinal": "congress",
    "venue": "congress",
    "place": "congress",
    "term": "congress",
    "no_members": "congress",
    "attendance_not_taken": "attendance",
    "unmarked_members": "attendance",
    "opening_time": "agenda",
    "no_agenda": "agenda",
    "item_not_held": "agenda",
    "no_presenter": "agenda",
    "working_bodies_not_recorded": "agenda",
    "closing_time": "agenda",
    "no_vote": "votes",
    "vote_not_held": "votes",
    "speech_without_summary": "speeches",
    "no_superior_address": "speeches",
    "no_elections": "elections",
    "election_not_held": "elections",
    "round_not_counted": "elections",
    "nomination_pending": "elections",
    "resolution_not_adopted": "resolution",
    "resolution_empty": "resolution",
    "pending_amendments": "resolution",
    "no_size_vote": "votes",
    "no_tellers_vote": "votes",
    "no_list_vote": "elections",
    "fewer_ballots_no_reason": "elections",
    "unknown_ethnicity": "congress",
    "unknown_education": "congress",
    "unknown_theory_level": "congress",
}
SECTION_LINK = "section:"
READ_KEYS = frozenset(
    {
        Qt.Key.Key_PageDown,
        Qt.Key.Key_PageUp,
        Qt.Key.Key_Space,
        Qt.Key.Key_Down,
        Qt.Key.Key_Up,
        Qt.Key.Key_Home,
        Qt.Key.Key_End,
        Qt.Key.Key_Escape,
    }
)


def tab_name(where: str) -> str:
    """The name of the tab a check's link goes to, as the secretary sees it."""
    names = {
        "congress": QCoreApplication.translate("MinutesTab", "Congress"),
        "attendance": QCoreApplication.translate("MinutesTab", "Attendance"),
        "agenda": QCoreApplication.translate("MinutesTab", "Agenda"),
        "speeches": QCoreApplication.translate("MinutesTab", "Speeches"),
        "votes": QCoreApplication.translate("MinutesTab", "Votes"),
        "elections": QCoreApplication.translate("MinutesTab", "Elections"),
        "resolution": QCoreApplication.translate("MinutesTab", "Resolution"),
    }
    return names.get(where, where)


def missing_text(gap: Missing, titles: dict[str, str] | None = None) -> str:
    """One gap of the minutes in plain words (``titles``: section key → title)."""
    detail = gap.detail
    texts = {
        "superior_body": QCoreApplication.translate("MinutesTab", "No superior Party committee"),
        "cell_name": QCoreApplication.translate("MinutesTab", "No cell name"),
        "ordinal": QCoreApplication.translate("MinutesTab", "No congress number (“lần thứ”)"),
        "venue": QCoreApplication.translate("MinutesTab", "No venue"),
        "place": QCoreApplication.translate("MinutesTab", "No place name for the date line"),
        "term": QCoreApplication.translate("MinutesTab", "No term (years)"),
        "opening_time": QCoreApplication.translate(
            "MinutesTab", "No opening time: no agenda item has been started"
        ),
        "no_members": QCoreApplication.translate("MinutesTab", "The roster is empty"),
        "attendance_not_taken": QCoreApplication.translate(
            "MinutesTab", "Attendance has not been taken"
        ),
        "unmarked_members": QCoreApplication.translate(
            "MinutesTab", "%1 member(s) not marked present or absent"
        ),
        "no_agenda": QCoreApplication.translate("MinutesTab", "There is no agenda"),
        "item_not_held": QCoreApplication.translate(
            "MinutesTab", "Item not held (not started): %1"
        ),
        "no_presenter": QCoreApplication.translate("MinutesTab", "No presenter named for: %1"),
        "working_bodies_not_recorded": QCoreApplication.translate(
            "MinutesTab",
            "The presidium and the secretary elected are not recorded (Agenda tab, "
            "Ctrl+Shift+B): %1",
        ),
        "no_vote": QCoreApplication.translate("MinutesTab", "No vote recorded for: %1"),
        "vote_not_held": QCoreApplication.translate("MinutesTab", "Vote not held yet: %1"),
        "speech_without_summary": QCoreApplication.translate(
            "MinutesTab", "A speech has no summary (speaker: %1)"
        ),
        "no_superior_address": QCoreApplication.translate(
            "MinutesTab", "The superior representative's address is not recorded"
        ),
        "no_elections": QCoreApplication.translate("MinutesTab", "No election has been recorded"),
        "election_not_held": QCoreApplication.translate("MinutesTab", "Election not held: %1"),
        "round_not_counted": QCoreApplication.translate("MinutesTab", "Ballot not counted yet: %1"),
        "nomination_pending": QCoreApplication.translate(
            "MinutesTab",
            "A nomination is not yet accepted or declined (the congress has not decided): %1",
        ),
        "resolution_not_adopted": QCoreApplication.translate(
            "MinutesTab", "The resolution has not been adopted"
        ),
        "closing_time": QCoreApplication.translate(
            "MinutesTab", "No closing time: the last item has not ended"
        ),
        "resolution_empty": QCoreApplication.translate(
            "MinutesTab", "The resolution has no draft yet"
        ),
        "pending_amendments": QCoreApplication.translate(
            "MinutesTab", "%1 amendment(s) not yet decided"
        ),
        "stale_edit": QCoreApplication.translate(
            "MinutesTab", "Your edit of “%1” was made before the data changed: check it"
        ),
        "no_size_vote": QCoreApplication.translate(
            "MinutesTab", "The vote on the number of committee members to elect is not held"
        ),
        "no_tellers_vote": QCoreApplication.translate(
            "MinutesTab", "The vote on the vote-counting committee is not held"
        ),
        "no_list_vote": QCoreApplication.translate(
            "MinutesTab", "The list was not approved by show of hands: %1"
        ),
        "fewer_ballots_no_reason": QCoreApplication.translate(
            "MinutesTab",
            "Fewer ballots issued than full members present, and no reason given: %1",
        ),
        "unknown_ethnicity": QCoreApplication.translate(
            "MinutesTab", "The roster has no ethnicity for %1 member(s) present"
        ),
        "unknown_education": QCoreApplication.translate(
            "MinutesTab", "The roster has no education level for %1 member(s) present"
        ),
        "unknown_theory_level": QCoreApplication.translate(
            "MinutesTab", "The roster has no political theory level for %1 member(s) present"
        ),
    }
    if gap.code == "stale_edit" and titles is not None:
        detail = titles.get(detail, detail)
    text = texts.get(gap.code)
    if text is None:
        return QCoreApplication.translate("MinutesTab", "Something is missing (%1)").replace(
            "%1", f"{gap.code} {detail}".strip()
        )
    return text.replace("%1", detail)


def section_state(section: MinutesSection) -> str:
    if section.stale:
        return STALE
    return EDITED if section.edited else GENERATED


def section_title(section: MinutesSection) -> str:
    """The title shown in the list (the untitled opening and closing get one)."""
    if section.title:
        return section.title
    if section.key == minutes.OPENING:
        return QCoreApplication.translate("MinutesTab", "Opening: congress, time, place")
    if section.key == minutes.CLOSING:
        return QCoreApplication.translate("MinutesTab", "Closing and adoption of the minutes")
    return section.key


def state_text(state_code: str) -> str:
    return {
        GENERATED: QCoreApplication.translate("MinutesTab", "generated"),
        EDITED: "✎ " + QCoreApplication.translate("MinutesTab", "edited"),
        STALE: "⚠ " + QCoreApplication.translate("MinutesTab", "edited, data changed since"),
    }[state_code]


def hall_paragraphs(
    sections: list[MinutesSection],
) -> tuple[list[str], set[int], dict[str, int]]:
    """The minutes as the hall reads them: paragraphs (blank lines between sections),
    the indexes of the headings, and the first paragraph of each section by key."""
    paragraphs: list[str] = []
    headings: set[int] = set()
    starts: dict[str, int] = {}
    for section in sections:
        if paragraphs:
            paragraphs.append("")
        starts[section.key] = len(paragraphs)
        if section.title:
            headings.add(len(paragraphs))
            paragraphs.append(section.title)
        paragraphs += [line for line in section.text.split("\n") if line.strip()]
    return paragraphs, headings, starts


DELETED_STYLE = "background:#fbd3d0; color:#8c1d18; text-decoration:line-through;"
INSERTED_STYLE = "background:#d3f0d8; color:#0f5a1e;"


def _span(text: str, style: str = "") -> str:
    escaped = html.escape(text)
    return f"<span style='{style}'>{escaped}</span>" if style and escaped else escaped


def _words_html(edited: str, generated: str) -> str:
    """One line against its regenerated line, word by word.

    A word or two in common between two changes does not split them: the
    changed run reads as one struck-out phrase followed by its replacement.
    """
    tokens_a = re.findall(r"\S+\s*|\s+", edited)
    tokens_b = re.findall(r"\S+\s*|\s+", generated)
    words_a = [t.strip() or t for t in tokens_a]  # "ca " and "ca" are the same word
    words_b = [t.strip() or t for t in tokens_b]
    matcher = difflib.SequenceMatcher(None, words_a, words_b, autojunk=False)
    merged: list[tuple[bool, list[str], list[str]]] = []
    opcodes = matcher.get_opcodes()
    for n, (op, a1, a2, b1, b2) in enumerate(opcodes):
        changed, a, b = op != "equal", tokens_a[a1:a2], tokens_b[b1:b2]
        short = not changed and len(a) <= 2 and n < len(opcodes) - 1
        if merged and merged[-1][0] and (changed or short):
            merged[-1][1].extend(a)  # a few common words inside a change join it
            merged[-1][2].extend(b)
        else:
            merged.append((changed, list(a), list(b)))
    out = []
    tail = " "  # the last character written: a word needs a space before the next
    for changed, a, b in merged:
        if not changed:
            out.append(_span("".join(a)))
            tail = "".join(a)[-1:] or tail
            continue
        if not tail.isspace() and not "".join(a + b)[:1].isspace():
            out.append(" ")
        tail = "".join(b)[-1:] or " "
        out.append(_span("".join(a).rstrip(), DELETED_STYLE))
        out.append(" " if a and b else "")
        out.append(_span("".join(b), INSERTED_STYLE))
    return "".join(out)


def compare_html(edited: str, generated: str) -> str:
    """The edit against the regenerated text (struck out in red: only yours; green: only new).

    Line by line; a changed line that has one counterpart is compared word by word.
    """
    lines_a, lines_b = edited.split("\n"), generated.split("\n")
    matcher = difflib.SequenceMatcher(None, lines_a, lines_b, autojunk=False)
    out: list[str] = []
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            out += [_span(line) for line in lines_a[a1:a2]]
        elif op == "replace" and a2 - a1 == b2 - b1:
            out += [_words_html(x, y) for x, y in zip(lines_a[a1:a2], lines_b[b1:b2], strict=True)]
        else:
            out += [_span(line, DELETED_STYLE) for line in lines_a[a1:a2]]
            out += [_span(line, INSERTED_STYLE) for line in lines_b[b1:b2]]
    return "<br>".join(out)


class _DossierWorker(QThread):
    """Writes the dossier off the UI thread; progress and the outcome come back as signals."""

    progressed = Signal(int, int)
    done = Signal(object)
    failed = Signal(object)

    def __init__(
        self, store: Store, target: Path, *, zip: bool, overwrite: bool, parent: QObject
    ) -> None:
        super().__init__(parent)
        self.store, self.target, self.zip, self.overwrite = store, target, zip, overwrite

    def run(self) -> None:
        try:
            written = dossier.write_dossier(
                self.store,
                self.target,
                zip=self.zip,
                progress=self.progressed.emit,
                overwrite=self.overwrite,
            )
        except Exception as exc:  # every failure is shown to the secretary, never lost
            self.failed.emit(exc)
        else:
            self.done.emit(written)


class ReadBackPanel(QFrame):
    """What the hall sees while the minutes are read back; its keys scroll the hall."""

    key_pressed = Signal(int, int)  # key, modifiers

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readBackPanel")
        self.setStyleSheet(PANEL_STYLE)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.layout_ = QVBoxLayout(self)
        self.caption = QLabel(self.tr("Reading the minutes back on the hall screen"))
        scale_font(self.caption, 1.2, bold=True)
        self.layout_.addWidget(self.caption)
        self.preview: ProjectorPreview | None = None
        self.preview_holder = QVBoxLayout()
        self.layout_.addLayout(self.preview_holder, 1)
        self.position_label = wrapping_label("readBackPosition")
        scale_font(self.position_label, 1.1, bold=True)
        self.layout_.addWidget(self.position_label)
        keys = QLabel(
            self.tr(
                "PageDown or Space: next screen · PageUp: previous screen · ↓ ↑: one line · "
                "Home / End: start / end · a click on a section shows it · "
                "Esc or Shift+F10: stop reading"
            )
        )
        keys.setObjectName("readBackKeys")
        keys.setWordWrap(True)
        keys.setStyleSheet(MUTED)
        self.layout_.addWidget(keys)

    def attach(self, controller: ProjectorController) -> None:
        if self.preview is None:
            self.preview = ProjectorPreview(controller, self)
            self.preview.setObjectName("readBackPreview")
            self.preview.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.preview_holder.addWidget(self.preview, 1)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.key_pressed.emit(event.key(), event.modifiers().value)
        event.accept()


class MinutesTab(QWidget):
    """The sections of the minutes, the editor, the read-back, closing and the dossier."""

    fix_requested = Signal(str)  # the tab where a gap is filled in ("congress", …)

    def __init__(
        self,
        ctx: CongressContext,
        parent: QWidget | None = None,
        projector: ProjectorController | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("minutes_tab")
        self.ctx = ctx
        self.projector = projector
        self._sections: list[MinutesSection] = []
        self._key: str | None = None  # the section in the editor
        self._dirty = False  # typed since the editor was loaded or the edit stored
        self._loading = False
        self._refreshing = False
        self._acting = False
        self._stale_view = False  # data changed while the tab was hidden
        self._reading = False
        self._worker: _DossierWorker | None = None
        self._progress: QProgressDialog | None = None
        self._status_folder = ""
        self.last_dossier: Path | None = None
        self.gaps: list[Missing] = []
        self._starts: dict[str, int] = {}  # a section's first paragraph on the hall screen
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(PAUSE_MS)
        self._pause.timeout.connect(self.commit)
        self._build()
        self._build_actions()
        state.restore_splitter(STATE_KEY, self.splitter)
        ctx.changed.connect(self._on_changed)
        ctx.opened.connect(self._on_opened)
        ctx.closed.connect(self._on_opened)
        if projector is not None:
            projector.refreshed.connect(self._follow_projector)
        # The sections are generated when the tab is first shown (a second on a large
        # congress); the menu's close / reopen follow the file at once.
        self._update_closed(ctx.store)
        self._stale_view = True
        if self.isVisible():
            self.refresh()

    # --- building ---------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)

        # The banner of a closed congress.
        self.banner = QFrame()
        self.banner.setObjectName("closedBanner")
        self.banner.setStyleSheet(BANNER_STYLE)
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.setContentsMargins(14, 8, 14, 8)
        self.banner_label = wrapping_label("closedBannerText")
        scale_font(self.banner_label, 1.15, bold=True)
        banner_layout.addWidget(self.banner_label, 1)
        self.reopen_button = key_button(self.tr("Reopen… (Mở lại)"), "reopenButton")
        self.reopen_button.setMinimumHeight(34)
        banner_layout.addWidget(self.reopen_button)
        self.banner.hide()
        layout.addWidget(self.banner)

        # Left: the sections and the check.
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(self.tr("Sections of the congress minutes"))
        scale_font(caption, 1.2, bold=True)
        left_layout.addWidget(caption)
        self.tree = QTreeWidget()
        self.tree.setObjectName("sectionsTree")
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Section"), self.tr("State")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_STATE, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.currentItemChanged.connect(self._on_current_changed)
        left_layout.addWidget(self.tree, 1)

        check_title = QLabel(self.tr("Before signing: what the minutes still lack"))
        check_title.setFont(caption.font())
        left_layout.addWidget(check_title)
        self.check_label = QLabel()
        self.check_label.setObjectName("minutesCheck")
        self.check_label.setWordWrap(True)
        self.check_label.setTextFormat(Qt.TextFormat.RichText)
        self.check_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.check_label.linkActivated.connect(self._on_check_link)
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.addWidget(self.check_label)
        holder_layout.addStretch(1)
        self.check_scroll = QScrollArea()
        self.check_scroll.setObjectName("minutesCheckScroll")
        self.check_scroll.setWidget(holder)
        self.check_scroll.setWidgetResizable(True)
        self.check_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.check_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        left_layout.addWidget(self.check_scroll, 1)
        left.setMinimumWidth(340)

        # Right: the editor, or the read-back.
        self.right_stack = QStackedWidget()
        editor_page = QWidget()
        editor_layout = QVBoxLayout(editor_page)
        editor_layout.setContentsMargins(8, 0, 0, 0)
        head = QHBoxLayout()
        self.title_label = wrapping_label("sectionTitle")
        scale_font(self.title_label, 1.3, bold=True)
        head.addWidget(self.title_label, 1)
        self.state_label = QLabel()
        self.state_label.setObjectName("sectionState")
        head.addWidget(self.state_label, 0, Qt.AlignmentFlag.AlignTop)
        editor_layout.addLayout(head)
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("sectionEditor")
        self.editor.setTabChangesFocus(True)
        scale_font(self.editor, 1.1)
        self.editor.textChanged.connect(self._on_text_changed)
        self.editor.installEventFilter(self)
        self.tree.installEventFilter(self)  # the scrolling keys while reading back
        editor_layout.addWidget(self.editor, 3)
        hint = wrapping_label("editorHint")
        hint.setStyleSheet(MUTED)
        hint.setText(
            self.tr(
                "One paragraph per line; a line starting with “- ” or “+ ” is a list item. "
                "Your text is kept when you leave the section, after a pause in typing, or at "
                "once with Ctrl+Enter; Ctrl+Z undoes it."
            )
        )
        editor_layout.addWidget(hint)
        buttons = QHBoxLayout()
        self.save_button = key_button(self.tr("Keep the text (Ctrl+Enter)"), "saveButton")
        self.revert_button = key_button(
            self.tr("Revert to generated (Ctrl+Shift+R)"), "revertButton"
        )
        self.confirm_button = key_button(self.tr("Keep my edit as checked"), "confirmButton")
        self.compare_button = key_button(self.tr("Compare (F6)"), "compareButton")
        self.compare_button.setCheckable(True)
        for button in (
            self.save_button,
            self.revert_button,
            self.confirm_button,
            self.compare_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        editor_layout.addLayout(buttons)
        self.compare_box = QFrame()
        self.compare_box.setObjectName("compareBox")
        compare_layout = QVBoxLayout(self.compare_box)
        compare_layout.setContentsMargins(0, 4, 0, 0)
        self.compare_caption = wrapping_label("compareCaption")
        self.compare_caption.setText(
            self.tr(
                "Your text compared with the text generated from the data now: "
                "struck out in red, only in your text; in green, only in the regenerated text."
            )
        )
        compare_layout.addWidget(self.compare_caption)
        self.compare_view = QTextBrowser()
        self.compare_view.setObjectName("compareView")
        self.compare_view.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        compare_layout.addWidget(self.compare_view)
        self.compare_box.hide()
        editor_layout.addWidget(self.compare_box, 2)
        self.right_stack.addWidget(editor_page)
        self.read_panel = ReadBackPanel()
        self.read_panel.key_pressed.connect(self._on_read_key)
        self.right_stack.addWidget(self.read_panel)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("minutesSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.right_stack)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([470, 790])
        self.splitter.splitterMoved.connect(self._save_splitter)
        layout.addWidget(self.splitter, 1)

        # Bottom: the hall, closing, the dossier.
        bar = QHBoxLayout()
        self.read_button = key_button(self.tr("Read back in the hall (F10)"), "readButton")
        self.stop_button = key_button(self.tr("Stop (Shift+F10)"), "stopReadButton")
        for button in (self.read_button, self.stop_button):
            if self.projector is None:  # not setVisible(True): no parent yet (a window)
                button.hide()
            bar.addWidget(button)
        bar.addStretch(1)
        self.close_button = key_button(self.tr("Close the congress / lock…"), "closeButton")
        self.dossier_button = key_button(self.tr("Write the congress dossier…"), "dossierButton")
        self.zip_check = QCheckBox(self.tr("as one .zip file"))
        self.zip_check.setObjectName("zipCheck")
        self.zip_check.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for widget in (self.close_button, self.dossier_button, self.zip_check):
            bar.addWidget(widget)
        layout.addLayout(bar)
        foot = QHBoxLayout()
        self.feedback = wrapping_label("minutesFeedback")
        foot.addWidget(self.feedback, 1)
        self.fingerprint_label = QLabel()
        self.fingerprint_label.setObjectName("fingerprintLabel")
        self.fingerprint_label.setStyleSheet(MUTED)
        self.fingerprint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        foot.addWidget(self.fingerprint_label)
        layout.addLayout(foot)
        self.status_label = QLabel()
        self.status_label.setObjectName("dossierStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.RichText)
        self.status_label.linkActivated.connect(self._open_folder)
        self.status_label.hide()
        layout.addWidget(self.status_label)

    def _build_actions(self) -> None:
        shift = Qt.KeyboardModifier.ShiftModifier
        ctrl = Qt.KeyboardModifier.ControlModifier

        def add(
            name: str,
            text: str,
            keys: list[QKeySequence],
            slot: Callable[[], object],
            button: QPushButton | None = None,
        ) -> QAction:
            return tab_action(self, text, keys, slot, owner=self, button=button, name=name)

        self.save_action = add(
            "save_section_action",
            self.tr("Keep the text of the section"),
            [QKeySequence(ctrl | Qt.Key.Key_Return), QKeySequence(ctrl | Qt.Key.Key_Enter)],
            self.commit,
            self.save_button,
        )
        self.revert_action = add(
            "revert_section_action",
            self.tr("Revert the section to the generated text"),
            [QKeySequence(ctrl | shift | Qt.Key.Key_R)],
            self.revert,
            self.revert_button,
        )
        self.confirm_action = add(
            "confirm_section_action",
            self.tr("Keep my edit as checked against the data"),
            [],
            self.confirm_edit,
            self.confirm_button,
        )
        self.compare_action = add(
            "compare_section_action",
            self.tr("Compare the edit with the regenerated text"),
            [QKeySequence(Qt.Key.Key_F6)],
            self.toggle_compare,
        )
        self.compare_button.clicked.connect(self._compare_clicked)
        self.read_action = add(
            "read_back_action",
            self.tr("Read the minutes back in the hall"),
            [QKeySequence(Qt.Key.Key_F10)],
            self.read_back,
            self.read_button,
        )
        self.stop_action = add(
            "stop_read_back_action",
            self.tr("Take the minutes off the hall screen"),
            [QKeySequence(shift | Qt.Key.Key_F10)],
            self.stop_read_back,
            self.stop_button,
        )
        self.read_action.setEnabled(self.projector is not None)
        self.stop_action.setEnabled(self.projector is not None)
        # Also for the main window's menus (the lead adds them there).
        self.close_action = add(
            "close_congress_action",
            self.tr("Close the congress and lock the record…"),
            [],
            self.close_congress,
            self.close_button,
        )
        self.reopen_action = add(
            "reopen_congress_action",
            self.tr("Reopen the congress…"),
            [],
            self.reopen_congress,
            self.reopen_button,
        )
        self.dossier_action = add(
            "write_dossier_action",
            self.tr("Write the congress dossier…"),
            [],
            self.write_dossier,
            self.dossier_button,
        )

    # --- reading ----------------------------------------------------------------------

    def _on_opened(self) -> None:
        if self._reading and self.projector is not None and self.projector.is_reading:
            self.projector.clear_text()  # another congress (or none): not these minutes
        self._key = None
        self._dirty = False
        self._reading = False
        self.right_stack.setCurrentIndex(0)
        self.status_label.hide()
        if self.isVisible():
            self.refresh()
        else:
            self._stale_view = True
            self._update_closed(self.ctx.store)

    def _on_changed(self, action: str) -> None:
        if not self._acting:
            self._show_feedback("", ok=True)
        if self.isVisible():
            self.refresh()
            return
        self._stale_view = True  # the door's check-ins change the data often
        if action in (closing.CLOSE, closing.REOPEN):  # the Congress menu follows
            self._update_closed(self.ctx.store)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale_view:
            self.refresh()

    def refresh(self) -> None:
        """Reload the sections, the check and the closed state; keep the section by key."""
        self._stale_view = False
        store = self.ctx.store
        self._sections = minutes.generate(store) if store is not None else []
        keys = [s.key for s in self._sections]
        keep = self._key if self._key in keys else (keys[0] if keys else None)
        self._refreshing = True
        try:
            # The same sections: their rows are updated in place (no flicker, no scroll).
            rows = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
            same = [r.data(COL_TITLE, KEY_ROLE) if r else None for r in rows] == keys
            if not same:
                self.tree.clear()
            for n, section in enumerate(self._sections):
                found = rows[n] if same else None
                item = found if found is not None else QTreeWidgetItem()
                self._fill_row(item, section)
                if found is None:
                    self.tree.addTopLevelItem(item)
                if section.key == keep and self.tree.currentItem() is not item:
                    self.tree.setCurrentItem(item)
        finally:
            self._refreshing = False
        if keep != self._key:
            self._key = keep
            self._dirty = False
        self._show_section(reload=not self._dirty)
        self._update_check(store)
        self._update_closed(store)
        if self._reading and self.projector is not None and self.projector.is_reading:
            self._send_to_hall(keep_position=True)

    @staticmethod
    def _fill_row(item: QTreeWidgetItem, section: MinutesSection) -> None:
        code = section_state(section)
        title = section_title(section)
        item.setText(COL_TITLE, "    " + title if section.level >= 2 else title)
        item.setText(COL_STATE, state_text(code))
        item.setData(COL_TITLE, KEY_ROLE, section.key)
        item.setToolTip(COL_TITLE, title)
        item.setForeground(COL_STATE, QBrush(QColor(STATE_COLOURS[code])))
        font = item.font(COL_TITLE)
        font.setBold(section.level == 1)
        item.setFont(COL_TITLE, font)

    def section(self, key: str | None = None) -> MinutesSection | None:
        key = key or self._key
        return next((s for s in self._sections if s.key == key), None)

    def selected_key(self) -> str | None:
        return self._key

    def select_section(self, key: str) -> None:
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            if item is not None and item.data(COL_TITLE, KEY_ROLE) == key:
                self.tree.setCurrentItem(item)
                return

    def _on_current_changed(self, current: QTreeWidgetItem | None, *_: object) -> None:
        if self._refreshing or current is None:
            return
        key = str(current.data(COL_TITLE, KEY_ROLE))
        if key == self._key:
            return
        self.commit()  # the section left keeps what was typed
        self._key = key
        self._dirty = False
        self.compare_button.setChecked(False)
        self._show_section(reload=True)
        if self._reading and self.projector is not None and key in self._starts:
            self.projector.scroll_text_to_paragraph(self._starts[key])  # the hall goes there
            self._update_position()

    def _show_section(self, *, reload: bool) -> None:
        section = self.section()
        closed = self.ctx.store is not None and closing.is_closed(self.ctx.store)
        if section is None:
            self.title_label.setText(
                self.tr("Open a congress to see its minutes.") if self.ctx.store is None else ""
            )
            self.state_label.clear()
            self.state_label.setStyleSheet("")
            self._set_editor("")
            self.editor.setEnabled(False)
            for action in (self.save_action, self.revert_action, self.confirm_action):
                action.setEnabled(False)
            self.compare_box.hide()
            self._sync_buttons()
            return
        self.editor.setEnabled(True)
        self.title_label.setText(section_title(section))
        code = section_state(section)
        self.state_label.setText(state_text(code))
        self.state_label.setStyleSheet(CHIP_STYLE.format(STATE_COLOURS[code]))
        shown = minutes_actions.normalized(self.editor.toPlainText())
        if reload and shown != section.text:
            self._set_editor(section.text)
        self.editor.setReadOnly(closed)
        self.editor.setStyleSheet(FROZEN_STYLE if closed else "")
        self.save_action.setEnabled(not closed)
        self.revert_action.setEnabled(not closed and section.edited)
        self.confirm_action.setEnabled(not closed and section.stale)
        self.compare_action.setEnabled(section.edited)
        if section.stale and not self.compare_button.isChecked():
            self.compare_button.setChecked(True)  # a stale edit shows what changed
        if not section.edited:
            self.compare_button.setChecked(False)
        self._show_compare(section)
        self._sync_buttons()

    def _sync_buttons(self) -> None:
        # The compare button toggles the view itself; the other buttons follow their
        # actions (tab_action).
        self.compare_button.setEnabled(self.compare_action.isEnabled())
        self.confirm_button.setVisible(self.confirm_action.isEnabled())

    def _set_editor(self, text: str) -> None:
        """Show ``text`` without it counting as typing; the cursor stays where it was."""
        position = self.editor.textCursor().position()
        self._loading = True
        try:
            self.editor.setPlainText(text)
        finally:
            self._loading = False
        cursor = self.editor.textCursor()
        cursor.setPosition(min(position, len(text)))
        self.editor.setTextCursor(cursor)
        self._dirty = False
        self._pause.stop()

    def _show_compare(self, section: MinutesSection) -> None:
        if not (self.compare_button.isChecked() and section.edited):
            self.compare_box.hide()
            return
        if section.text == section.generated_text:
            self.compare_view.setHtml(
                html.escape(self.tr("Your text is the same as the regenerated text."))
            )
        else:
            self.compare_view.setHtml(compare_html(section.text, section.generated_text))
        self.compare_box.show()

    def _update_check(self, store: Store | None) -> None:
        if store is None:
            self.gaps = []
            self.check_label.clear()
            self.check_label.setStyleSheet("")
            return
        gaps = minutes.completeness(store)
        self.gaps = gaps
        if not gaps:
            self.check_label.setStyleSheet(CHECK_OK)
            self.check_label.setText(
                "✓ " + html.escape(self.tr("Every fact the minutes need is recorded."))
            )
            self._fit_check()
            return
        titles = {s.key: section_title(s) for s in self._sections}
        lines = []
        for gap in gaps:
            text = missing_text(gap, titles)
            if gap.code == "stale_edit":
                link = SECTION_LINK + gap.detail
                hint = self.tr("Show the section")
            else:
                link = FIX_TAB.get(gap.code, "congress")
                hint = self.tr("Fill it in on the %1 tab").replace("%1", tab_name(link))
            lines.append(
                f"<p style='margin: 0 0 6px 0'>⚠ {html.escape(text)}<br>"
                f"<small><a href='{html.escape(link)}'>{html.escape(hint)}</a></small></p>"
            )
        self.check_label.setStyleSheet(CHECK_WARN)
        self.check_label.setText("".join(lines))
        self._fit_check()

    def _fit_check(self) -> None:
        """The check takes the room its text needs; the sections get the rest."""
        width = max(100, self.check_scroll.viewport().width())
        needed = self.check_label.heightForWidth(width) if self.check_label.text() else 0
        self.check_scroll.setMaximumHeight(max(40, needed + 8))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_check()

    def _on_check_link(self, link: str) -> None:
        if link.startswith(SECTION_LINK):
            self.select_section(link.removeprefix(SECTION_LINK))
            self.editor.setFocus()
        else:
            self.fix_requested.emit(link)

    def _update_closed(self, store: Store | None) -> None:
        has = store is not None
        closed_at = closing.state(store).closed_at if store is not None else None
        fingerprint = closing.fingerprint(store) if store is not None else ""
        self.fingerprint_label.setText(
            self.tr("Fingerprint of the record: %1").replace("%1", fingerprint) if has else ""
        )
        if closed_at is not None:
            self.banner_label.setText(
                self.tr(
                    "The congress is closed: its record has been frozen since %1. "
                    "Fingerprint printed on every document: %2"
                )
                .replace("%1", closed_at.strftime("%H:%M %d/%m/%Y"))
                .replace("%2", fingerprint)
            )
            self.banner.show()
        else:
            self.banner.hide()
        reopened = closing.reopenings(store) if store is not None and closed_at is None else []
        if reopened:
            last = reopened[-1]
            self.fingerprint_label.setToolTip(
                self.tr("Reopened %1 time(s); last reason: %2")
                .replace("%1", str(len(reopened)))
                .replace("%2", last.reason)
            )
        else:
            self.fingerprint_label.setToolTip("")
        self.close_action.setEnabled(has and closed_at is None)
        self.reopen_action.setEnabled(closed_at is not None)
        self.dossier_action.setEnabled(has and self._worker is None)
        self.close_button.setVisible(closed_at is None)
        self.zip_check.setEnabled(self.dossier_action.isEnabled())
        self.read_action.setEnabled(self.projector is not None and has)

    # --- editing ----------------------------------------------------------------------

    def _on_text_changed(self) -> None:
        if self._loading or self.editor.isReadOnly():
            return
        self._dirty = True
        self._pause.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.editor and event.type() == QEvent.Type.FocusOut:
            self.commit()
        if (
            watched is self.tree
            and self._reading
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in READ_KEYS
        ):
            # While reading back, the scrolling keys move the hall, not the list.
            self._on_read_key(event.key(), event.modifiers().value)
            return True
        return super().eventFilter(watched, event)

    def _run(self, do: Callable[[], object]) -> bool:
        if self.ctx.store is None:
            return False
        self._acting = True
        try:
            do()
        except SecretariatError as error:
            self._show_feedback(describe(error), ok=False)
            return False
        finally:
            self._acting = False
        return True

    def commit(self) -> bool:
        """Store what was typed in the section as the secretary's edit (one undo step)."""
        self._pause.stop()
        key = self._key
        if not self._dirty or key is None or self.ctx.store is None:
            return True
        text = self.editor.toPlainText()
        self._dirty = False
        stored: list[object] = []
        if not self._run(lambda: stored.append(minutes_actions.edit_section(self.ctx, key, text))):
            self._dirty = True
            return False
        if stored and stored[0] is not None:
            self._show_feedback(self.tr("Edit kept (Ctrl+Z undoes it)."), ok=True)
        return True

    def revert(self) -> None:
        """Ctrl+Shift+R: the section's generated text again (undoable)."""
        section = self.section()
        if section is None:
            return
        if not section.edited:
            if self._dirty:  # typed but not kept yet: just drop it
                self._set_editor(section.text)
            return
        self._pause.stop()
        self._dirty = False
        key = section.key
        if self._run(lambda: minutes_actions.revert_section(self.ctx, key)):
            self._show_feedback(
                self.tr("Back to the generated text (Ctrl+Z brings your edit back)."), ok=True
            )

    def confirm_edit(self) -> None:
        """Keep a stale edit as it is, checked against the data of now."""
        section = self.section()
        if section is None or not section.stale:
            return
        self.commit()
        key, text = section.key, self.editor.toPlainText()
        if self._run(lambda: minutes_actions.edit_section(self.ctx, key, text, confirm=True)):
            self._show_feedback(self.tr("Your edit is kept and marked as checked."), ok=True)

    def toggle_compare(self) -> None:
        section = self.section()
        if section is None or not section.edited:
            return
        self.compare_button.setChecked(not self.compare_button.isChecked())
        self._show_compare(section)

    def _compare_clicked(self) -> None:
        section = self.section()
        if section is not None:
            self._show_compare(section)

    # --- reading back in the hall -------------------------------------------------------

    @property
    def is_reading(self) -> bool:
        return self._reading

    def _send_to_hall(self, *, keep_position: bool) -> None:
        if self.projector is None:
            return
        paragraphs, headings, self._starts = hall_paragraphs(self._sections)
        self.projector.show_text(HALL_TITLE, paragraphs, headings, keep_position=keep_position)

    def read_back(self) -> None:
        """F10: the whole minutes in large type on the hall screen, scrolled from here."""
        if self.projector is None or self.ctx.store is None:
            return
        self.commit()
        self._reading = True
        self._send_to_hall(keep_position=False)
        self.read_panel.attach(self.projector)
        self.right_stack.setCurrentWidget(self.read_panel)
        self.read_panel.setFocus(Qt.FocusReason.OtherFocusReason)
        self._update_position()
        self._show_feedback(self.tr("The minutes are on the hall screen."), ok=True)

    def stop_read_back(self) -> None:
        """Shift+F10 (or Esc while reading): the hall goes back to the programme."""
        if self.projector is None:
            return
        was = self._reading
        self._reading = False
        if self.projector.is_reading:
            self.projector.clear_text()
        self.right_stack.setCurrentIndex(0)
        if was:
            self.tree.setFocus()
            self._show_feedback(self.tr("The minutes were taken off the hall screen."), ok=True)

    def _on_read_key(self, key: int, modifiers: int) -> None:
        projector = self.projector
        if projector is None:
            return
        shift = bool(modifiers & Qt.KeyboardModifier.ShiftModifier.value)
        moves: dict[int, Callable[[], object]] = {
            Qt.Key.Key_PageDown.value: lambda: projector.scroll_text(pages=1),
            Qt.Key.Key_PageUp.value: lambda: projector.scroll_text(pages=-1),
            Qt.Key.Key_Space.value: lambda: projector.scroll_text(pages=-1 if shift else 1),
            Qt.Key.Key_Down.value: lambda: projector.scroll_text(lines=1),
            Qt.Key.Key_Up.value: lambda: projector.scroll_text(lines=-1),
            Qt.Key.Key_Home.value: projector.scroll_text_to_start,
            Qt.Key.Key_End.value: projector.scroll_text_to_end,
            Qt.Key.Key_Escape.value: self.stop_read_back,
        }
        move = moves.get(key)
        if move is not None:
            move()
            self._update_position()

    def _follow_projector(self) -> None:
        """Another screen replaced the minutes in the hall: back to editing."""
        if self._reading and self.projector is not None and not self.projector.is_reading:
            self._reading = False
            self.right_stack.setCurrentIndex(0)
        elif self._reading:
            self._update_position()

    def _update_position(self) -> None:
        if self.projector is None:
            return
        hall = self.projector.hall
        total = hall.text_line_count
        first = hall.text_first_line
        last = min(total, first + hall.text_visible_lines)
        self.read_panel.position_label.setText(
            self.tr("Lines %1–%2 of %3 on the hall screen")
            .replace("%1", str(first + 1 if total else 0))
            .replace("%2", str(last))
            .replace("%3", str(total))
        )

    # --- closing ------------------------------------------------------------------------

    def close_congress(self) -> None:
        """Bế mạc: freeze the record after asking; the banner shows the fingerprint."""
        store = self.ctx.store
        if store is None or closing.is_closed(store):
            return
        self.commit()
        if not confirm_close(self, len(self.gaps)):
            return
        if self._run(lambda: minutes_actions.close_congress(self.ctx)):
            self._show_feedback(
                self.tr("The congress is closed; its record is frozen. Fingerprint: %1").replace(
                    "%1", closing.fingerprint(store)
                ),
                ok=True,
            )

    def reopen_congress(self) -> None:
        """Mở lại: reopen the closed congress for a reason the journal keeps."""
        store = self.ctx.store
        if store is None or not closing.is_closed(store):
            return
        dialog = ReopenDialog(
            self, submit=lambda reason: minutes_actions.reopen_congress(self.ctx, reason)
        )
        self._acting = True
        try:
            accepted = dialog.exec()
        finally:
            self._acting = False
        if accepted:
            self._show_feedback(
                self.tr("The congress is open again; the reason is kept in the journal."),
                ok=True,
            )

    # --- the dossier --------------------------------------------------------------------

    def _start_folder(self) -> str:
        remembered = str(state.settings().value(FOLDER_KEY, "") or "")
        if remembered and Path(remembered).is_dir():
            return remembered
        if self.ctx.path is not None:
            return str(self.ctx.path.parent)
        return QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        ) or str(Path.home())

    def dossier_name(self) -> str:
        store = self.ctx.require()
        return f"ho-so-dai-hoi-{store.clock():%Y-%m-%d}"

    def write_dossier(self) -> None:
        """Choose a folder (or a .zip), then write every document, the archive, the journal."""
        store = self.ctx.store
        if store is None or self._worker is not None:
            return
        self.commit()
        as_zip = self.zip_check.isChecked()
        start = Path(self._start_folder())
        if as_zip:
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Write the congress dossier as a .zip file"),
                str(start / f"{self.dossier_name()}.zip"),
                self.tr("Zip archive (*.zip)"),
                options=QFileDialog.Option.DontConfirmOverwrite,
            )
            if not chosen:
                return
            target = Path(chosen)
            if target.suffix.lower() != ".zip":
                target = target.with_name(target.name + ".zip")
            state.settings().setValue(FOLDER_KEY, str(target.parent))
        else:
            chosen = QFileDialog.getExistingDirectory(
                self,
                self.tr("Choose where to create the folder of the congress dossier"),
                str(start),
            )
            if not chosen:
                return
            state.settings().setValue(FOLDER_KEY, chosen)
            target = Path(chosen) / self.dossier_name()
        overwrite = False
        if target.exists():
            answer = QMessageBox.question(
                self,
                self.tr("Write the congress dossier"),
                self.tr("%1 already exists. Replace it with a new dossier?").replace(
                    "%1", str(target)
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            overwrite = True
        self._start_dossier(store, target, as_zip=as_zip, overwrite=overwrite)

    def _start_dossier(self, store: Store, target: Path, *, as_zip: bool, overwrite: bool) -> None:
        dialog = QProgressDialog(self.tr("Writing the congress dossier…"), "", 0, 0, self)
        dialog.setObjectName("dossierProgress")
        dialog.setWindowTitle(self.tr("Congress dossier"))
        dialog.setCancelButton(None)  # all or nothing: the core cleans up only on failure
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.show()
        self._progress = dialog
        worker = _DossierWorker(store, target, zip=as_zip, overwrite=overwrite, parent=self)
        worker.progressed.connect(self._dossier_progress)
        worker.done.connect(self._dossier_done)
        worker.failed.connect(lambda error: self._dossier_failed(target, error))
        worker.finished.connect(self._dossier_finished)
        self._worker = worker
        self._update_closed(store)
        worker.start()

    def _dossier_progress(self, done: int, total: int) -> None:
        dialog = self._progress
        if dialog is None:
            return
        dialog.setMaximum(total)
        dialog.setLabelText(
            self.tr("Writing the congress dossier: file %1 of %2…")
            .replace("%1", str(min(done + 1, total)))
            .replace("%2", str(total))
        )
        # Last: a modal progress dialog handles events in setValue, and the job's
        # "finished" may close it there.
        dialog.setValue(done)

    def _close_progress(self) -> None:
        if self._progress is not None:
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None

    def _dossier_finished(self) -> None:
        if self._worker is not None:
            self._worker.deleteLater()
            self._worker = None
        self._update_closed(self.ctx.store)

    def _dossier_done(self, result: object) -> None:
        self._close_progress()
        target = Path(str(result))
        self.last_dossier = target
        if target.is_dir():
            files = sorted(p.name for p in target.iterdir())
            folder = target
        else:
            with zipfile.ZipFile(target) as zf:
                files = sorted(Path(n).name for n in zf.namelist() if not n.endswith("/"))
            folder = target.parent
        self._status_folder = str(folder)
        link = html.escape(self.tr("Open folder"))
        self.status_label.setText(
            html.escape(self.tr("Congress dossier written to %1").replace("%1", str(target)))
            + f" — <a href='open-folder'>{link}</a>"
        )
        self.status_label.show()
        QMessageBox.information(
            self,
            self.tr("Congress dossier"),
            self.tr(
                "The congress dossier was written to:\n%1\n\n"
                "It holds %2 files: every document (.docx and .pdf), the data archive "
                "(JSON), the journal of changes (CSV) and the list of contents, which states "
                "how long the ballots are kept and the deadline for complaints."
            )
            .replace("%1", str(target))
            .replace("%2", str(len(files))),
        )

    def _dossier_failed(self, target: Path, error: object) -> None:
        self._close_progress()
        exc = error if isinstance(error, Exception) else RuntimeError(str(error))
        QMessageBox.warning(
            self,
            self.tr("Congress dossier"),
            self.tr("The congress dossier could not be written to %1.").replace("%1", str(target))
            + "\n\n"
            + describe(exc)
            + "\n\n"
            + self.tr("Nothing was left half-written."),
        )

    def _open_folder(self, _link: str = "") -> None:
        if self._status_folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(self._status_folder))

    def wait_for_jobs(self, msecs: int = 30_000) -> bool:
        """Block until a dossier being written is finished (closing the file, tests)."""
        worker = self._worker
        return worker is None or worker.wait(msecs)

    # --- feedback and state -------------------------------------------------------------

    def _show_feedback(self, text: str, *, ok: bool) -> None:
        self.feedback.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)
        self.feedback.setProperty("ok", ok if text else None)
        self.feedback.setText(text)

    def save_state(self) -> None:
        """Before the file closes: keep what is typed, remember the splitter."""
        self.commit()
        self._save_splitter()

    def _save_splitter(self, *_args: object) -> None:
        state.save_splitter(STATE_KEY, self.splitter)
