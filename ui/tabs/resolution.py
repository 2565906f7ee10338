"""The resolution tab: draft the congress resolution, keep its versions, record the
amendments from the discussion and adopt it by hands (docs/domain/procedure.md "Drafting the
resolution"; docs/domain/documents.md section 4).

Three pages. **Draft**: left, the outline (Preamble, points 1., 2., … with their
sub-points a), b), … and targets); Up/Down move in it, Insert adds a point,
Ctrl+Insert a sub-point, Alt+Insert a target, Delete removes, Alt+Shift+Up/Down
moves. Right, the editor of the selected section (a plain-text editor for long
Vietnamese text: no rich text, no autocorrection, word wrap) or target (text,
figure — a decimal, "12,5" accepted — and unit). What is typed is saved after a
pause, on leaving the editor or on moving to another section (Ctrl+PageUp/
PageDown or Alt+Up/Down from the editor), each save one undoable step.
**Versions**: the saved versions (Ctrl+S saves "Dự thảo N"), any two compared
side by side word by word, an old one restored as a new version. **Amendments**:
who proposed what against which section or target, and its fate: accepted
(written into the draft), explained (with the presidium's answer) or put to a
show-of-hands vote whose hands are recorded here; the disputed points with their
outcomes below.

"Adopt the resolution…" takes the hands of the adoption vote; once adopted the
draft is frozen (a banner says so, the editors are read-only) until an explicit
"Reopen…". Every edit goes through ``ui.commands.resolution_actions``
(undoable); the screen reloads from the services on ``ctx.changed``, keeping the
selection.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRegularExpression, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QBrush,
    QColor,
    QHideEvent,
    QKeySequence,
    QRegularExpressionValidator,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from secretariat.errors import SecretariatError, ValidationError
from secretariat.services import attendance, resolution, speeches, votes
from secretariat.services.resolution import (
    AmendmentId,
    AmendmentRow,
    Change,
    Draft,
    Fate,
    Section,
    SectionId,
    SectionKind,
    TargetId,
    TargetRow,
    VersionId,
    VersionRow,
)
from secretariat.store import Store
from ui.commands import resolution_actions
from ui.commands.resolution_actions import run
from ui.context import CongressContext
from ui.dialogs.resolution import (
    AmendmentDialog,
    AmendmentInput,
    AnswerDialog,
    HandsDialog,
    plain_editor,
)
from ui.messages import describe
from ui.widgets.diff_view import DiffView
from ui.widgets.shortcuts import key_button, scale_font, tab_action, wrapping_label

KIND_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SECTION, TARGET = "section", "target"
IDLE_SAVE_MS = 1500
IGNORED_ACTIONS = ("setting.",)
FIGURE_PATTERN = r"^\s*\d{0,9}([.,]\d{0,6})?\s*$"
A_COL_NUMBER, A_COL_PROPOSER, A_COL_PLACE, A_COL_PROPOSAL, A_COL_FATE = range(5)

OK_STYLE = "QLabel { color: #0f5a1e; font-weight: bold; }"
ERROR_STYLE = "QLabel { color: #b3261e; font-weight: bold; }"
MUTED = "QLabel { color: #5f6b7a; }"
BANNER_STYLE = (
    "QLabel { color: #ffffff; background: #1e5a9c; border-radius: 6px; padding: 8px 14px; }"
)
READ_ONLY_STYLE = "background: #f1f3f6; color: #3c4450;"
PASSED_COLOUR = "#1e7b34"
FAILED_COLOUR = "#b3261e"
PENDING_COLOUR = "#8a5300"

Key = tuple[str, int]


def resolution_error_text(error: Exception) -> str:
    """Words for the refusals of the resolution services (others: ui.messages)."""
    if isinstance(error, ValidationError):
        codes = {
            "adopted": QCoreApplication.translate(
                "ResolutionTab",
                "The resolution has been adopted and is frozen. Reopen it first to change it.",
            ),
            "not_adopted": QCoreApplication.translate(
                "ResolutionTab", "The resolution is not adopted."
            ),
            "decided": QCoreApplication.translate(
                "ResolutionTab",
                "This amendment has already been decided. Undo (Ctrl+Z) the decision to change it.",
            ),
            "not_voted": QCoreApplication.translate(
                "ResolutionTab", "This amendment has not been put to a vote."
            ),
            "gone": QCoreApplication.translate(
                "ResolutionTab",
                "The section or target of this amendment is no longer in the draft.",
            ),
            "draft_not_empty": QCoreApplication.translate(
                "ResolutionTab", "The draft is not empty."
            ),
            "empty": QCoreApplication.translate(
                "ResolutionTab", "The draft is empty: there is nothing to adopt."
            ),
            "pending_amendments": QCoreApplication.translate(
                "ResolutionTab",
                "Some remarks are still pending: accept, explain or vote on each before "
                "the adoption vote.",
            ),
        }
        if error.code in codes:
            return codes[error.code]
        if error.code == "invalid" and error.field in ("figure", "proposed_figure"):
            return QCoreApplication.translate(
                "ResolutionTab",
                "The figure must be a number such as 100, 20 or 12,5 (below one billion).",
            )
        if error.code == "invalid" and error.field == "proposed_text":
            return QCoreApplication.translate(
                "ResolutionTab", "The proposed text is not acceptable."
            )
        if error.code == "missing" and error.field == "proposed_text":
            return QCoreApplication.translate(
                "ResolutionTab", "Type the proposed wording (or a figure for a target)."
            )
        if error.code == "missing" and error.field == "answer":
            return QCoreApplication.translate("ResolutionTab", "Type the presidium's answer.")
        if error.code == "missing" and error.field == "text":
            return QCoreApplication.translate("ResolutionTab", "A target needs its text.")
        if error.code == "more_than_present":
            return QCoreApplication.translate(
                "ResolutionTab",
                "Refused: %1 votes is more than the full members present. Nothing was recorded.",
            ).replace("%1", str(error.value))
    return describe(error)


def figure_text(value: Decimal | None) -> str:
    """A figure as the secretary types it: Vietnamese decimal comma."""
    if value is None:
        return ""
    return format(value.normalize(), "f").replace(".", ",")


class ResolutionTab(QWidget):
    """The draft's outline and editor, its versions, its amendments, its adoption."""

    def __init__(self, ctx: CongressContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resolution_tab")
        self.ctx = ctx
        self._draft = Draft(None, ())
        self._versions: list[VersionRow] = []
        self._amendments: list[AmendmentRow] = []
        self._adopted = False
        self._editing: Key | None = None  # the section or target in the editor
        self._dirty = False
        self._loading = False
        self._refreshing = False
        self._acting = False
        self._stale = False
        self._outline: list[tuple[Key, Key | None, str]] = []  # what the outline shows
        self._hands_for: AmendmentId | None = None  # the amendment the hands were loaded for
        self._build()
        self._build_actions()
        self.setFocusProxy(self.outline)  # Alt+7 puts the keyboard in the outline (Insert, Enter)
        self.save_timer = QTimer(self)
        self.save_timer.setSingleShot(True)
        self.save_timer.setInterval(IDLE_SAVE_MS)
        self.save_timer.timeout.connect(self.save_editor)
        for widget in (self.body_edit, self.title_edit, self.target_text, self.figure_edit):
            widget.installEventFilter(self)
        self.unit_edit.installEventFilter(self)
        ctx.changed.connect(self._on_changed)
        ctx.opened.connect(self.refresh)
        ctx.closed.connect(self.refresh)
        self.refresh()

    # --- building -----------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        caption = QLabel(self.tr("Congress resolution"))
        scale_font(caption, 1.2, bold=True)
        top.addWidget(caption)
        self.state_label = QLabel()
        self.state_label.setObjectName("resolutionState")
        self.state_label.setStyleSheet(MUTED)
        top.addWidget(self.state_label, 1)
        self.save_version_button = key_button(self.tr("Save version (Ctrl+S)"), "saveVersionButton")
        self.adopt_button = key_button(
            self.tr("Adopt the resolution… (Ctrl+Shift+A)"), "adoptButton"
        )
        scale_font(self.adopt_button, 1.0, bold=True)
        self.reopen_button = key_button(self.tr("Reopen…"), "reopenButton")
        for button in (self.save_version_button, self.adopt_button, self.reopen_button):
            top.addWidget(button)
        layout.addLayout(top)
        self.banner = wrapping_label("adoptedBanner")
        self.banner.setStyleSheet(BANNER_STYLE)
        scale_font(self.banner, 1.05, bold=True)
        self.banner.hide()
        layout.addWidget(self.banner)
        self.pages = QTabWidget()
        self.pages.setObjectName("resolutionPages")
        self.pages.addTab(self._build_draft_page(), self.tr("Draft"))
        self.pages.addTab(self._build_versions_page(), self.tr("Versions"))
        self.pages.addTab(self._build_amendments_page(), self.tr("Amendments"))
        self.pages.currentChanged.connect(lambda _i: self.save_editor())
        layout.addWidget(self.pages, 1)
        self.feedback = wrapping_label("resolutionFeedback")
        layout.addWidget(self.feedback)

    def _build_draft_page(self) -> QWidget:
        page = QWidget()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.outline = QTreeWidget()
        self.outline.setObjectName("outline")
        self.outline.setHeaderHidden(True)
        self.outline.setColumnCount(1)
        self.outline.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.outline.setUniformRowHeights(True)
        self.outline.setStyleSheet("QTreeWidget::item { padding: 2px 0; }")
        self.outline.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.outline.currentItemChanged.connect(self._on_outline_current)
        left_layout.addWidget(self.outline, 1)
        self.seed_button = QPushButton(self.tr("Start from the usual draft"))
        self.seed_button.setObjectName("seedButton")
        scale_font(self.seed_button, 1.1, bold=True)
        self.seed_button.setMinimumHeight(40)
        self.seed_button.clicked.connect(self.seed)
        left_layout.addWidget(self.seed_button)
        grid = QGridLayout()
        self.add_point_button = key_button(self.tr("Point (Insert)"), "addPointButton")
        self.add_sub_button = key_button(self.tr("Sub-point (Ctrl+Ins)"), "addSubpointButton")
        self.add_target_button = key_button(self.tr("Target (Alt+Ins)"), "addTargetButton")
        self.remove_button = key_button(self.tr("Remove (Delete)"), "removeButton")
        self.up_button = key_button(self.tr("Up (Alt+Shift+↑)"), "moveUpButton")
        self.down_button = key_button(self.tr("Down (Alt+Shift+↓)"), "moveDownButton")
        for n, button in enumerate(
            (
                self.add_point_button,
                self.add_sub_button,
                self.add_target_button,
                self.remove_button,
                self.up_button,
                self.down_button,
            )
        ):
            grid.addWidget(button, n // 3, n % 3)
        left_layout.addLayout(grid)

        self.editor = QStackedWidget()
        self.editor.setObjectName("sectionEditor")
        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        self.empty_label = wrapping_label("emptyEditorLabel")
        self.empty_label.setStyleSheet(MUTED)
        empty_layout.addWidget(self.empty_label)
        empty_layout.addStretch(1)
        self.editor.addWidget(empty)

        section_page = QWidget()
        section_layout = QVBoxLayout(section_page)
        section_layout.setContentsMargins(8, 0, 0, 0)
        self.place_label = wrapping_label("placeLabel")
        scale_font(self.place_label, 1.2, bold=True)
        section_layout.addWidget(self.place_label)
        self.title_row = QWidget()
        title_form = QFormLayout(self.title_row)
        title_form.setContentsMargins(0, 0, 0, 0)
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("titleEdit")
        self.title_edit.setPlaceholderText(self.tr("Title of the point (may be empty)"))
        self.title_edit.textEdited.connect(self._on_typed)
        title_form.addRow(self.tr("&Title:"), self.title_edit)
        section_layout.addWidget(self.title_row)
        self.body_edit = plain_editor("bodyEdit")
        self.body_edit.setPlaceholderText(self.tr("The text of this section…"))
        scale_font(self.body_edit, 1.1)
        self.body_edit.textChanged.connect(self._on_typed)
        section_layout.addWidget(self.body_edit, 1)
        self.auto_label = wrapping_label("autoLabel")
        self.auto_label.setStyleSheet(MUTED)
        section_layout.addWidget(self.auto_label)
        self.follow_button = key_button(
            self.tr("Follow the election results again"), "followElectionsButton"
        )
        self.follow_button.clicked.connect(self.follow_elections)
        section_layout.addWidget(self.follow_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.editor.addWidget(section_page)

        target_page = QWidget()
        target_layout = QVBoxLayout(target_page)
        target_layout.setContentsMargins(8, 0, 0, 0)
        self.target_place = wrapping_label("targetPlaceLabel")
        scale_font(self.target_place, 1.2, bold=True)
        target_layout.addWidget(self.target_place)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.figure_edit = QLineEdit()
        self.figure_edit.setObjectName("figureEdit")
        self.figure_edit.setValidator(
            QRegularExpressionValidator(QRegularExpression(FIGURE_PATTERN), self.figure_edit)
        )
        self.figure_edit.setPlaceholderText(self.tr("e.g. 100 or 12,5; empty: no figure"))
        self.figure_edit.setMaximumWidth(200)
        self.figure_edit.textEdited.connect(self._on_typed)
        self.unit_edit = QComboBox()
        self.unit_edit.setObjectName("unitEdit")
        self.unit_edit.setEditable(True)
        self.unit_edit.addItems(["%", "đồng chí", "đảng viên", ""])
        self.unit_edit.setMaximumWidth(200)
        self.unit_edit.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        unit_line = self.unit_edit.lineEdit()
        if unit_line is not None:
            unit_line.textEdited.connect(self._on_typed)
        self.unit_edit.activated.connect(lambda _i: self._on_typed())
        self.target_text = QLineEdit()
        self.target_text.setObjectName("targetText")
        self.target_text.setPlaceholderText(self.tr("e.g. đảng viên hoàn thành tốt nhiệm vụ"))
        self.target_text.textEdited.connect(self._on_typed)
        form.addRow(self.tr("&Figure:"), self.figure_edit)
        form.addRow(self.tr("&Unit:"), self.unit_edit)
        form.addRow(self.tr("Te&xt:"), self.target_text)
        target_layout.addLayout(form)
        self.target_preview = wrapping_label("targetPreview")
        self.target_preview.setStyleSheet(MUTED)
        target_layout.addWidget(self.target_preview)
        target_layout.addStretch(1)
        self.editor.addWidget(target_page)
        self.setTabOrder(self.figure_edit, self.unit_edit)
        self.setTabOrder(self.unit_edit, self.target_text)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.editor, 1)
        status = QHBoxLayout()
        hint = QLabel(self.tr("Ctrl+PgUp / Ctrl+PgDn: previous / next section"))
        hint.setStyleSheet(MUTED)
        self.saved_label = QLabel()
        self.saved_label.setObjectName("savedLabel")
        self.saved_label.setStyleSheet(MUTED)
        status.addWidget(hint)
        status.addStretch(1)
        status.addWidget(self.saved_label)
        right_layout.addLayout(status)

        self.draft_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.draft_splitter.setObjectName("draftSplitter")
        self.draft_splitter.addWidget(left)
        self.draft_splitter.addWidget(right)
        self.draft_splitter.setChildrenCollapsible(False)
        self.draft_splitter.setStretchFactor(0, 2)
        self.draft_splitter.setStretchFactor(1, 3)
        self.draft_splitter.setSizes([480, 780])
        page_layout = QVBoxLayout(page)
        page_layout.addWidget(self.draft_splitter)
        return page

    def _build_versions_page(self) -> QWidget:
        page = QWidget()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(self.tr("Saved versions"))
        scale_font(caption, 1.1, bold=True)
        left_layout.addWidget(caption)
        self.version_list = QListWidget()
        self.version_list.setObjectName("versionList")
        self.version_list.currentRowChanged.connect(self._on_version_chosen)
        left_layout.addWidget(self.version_list, 1)
        self.save_version_button2 = key_button(
            self.tr("Save the draft as a version (Ctrl+S)"), "saveVersionButton2"
        )
        self.restore_button = key_button(self.tr("Restore as a new version…"), "restoreButton")
        left_layout.addWidget(self.save_version_button2)
        left_layout.addWidget(self.restore_button)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        pick = QHBoxLayout()
        self.compare_a = QComboBox()
        self.compare_a.setObjectName("compareA")
        self.compare_b = QComboBox()
        self.compare_b.setObjectName("compareB")
        for combo in (self.compare_a, self.compare_b):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(14)
            combo.activated.connect(lambda _i: self.compare())
        compare_label = QLabel(self.tr("&Compare"))
        compare_label.setBuddy(self.compare_a)
        pick.addWidget(compare_label)
        pick.addWidget(self.compare_a, 1)
        pick.addWidget(QLabel(self.tr("with")))
        pick.addWidget(self.compare_b, 1)
        right_layout.addLayout(pick)
        self.diff_view = DiffView()
        right_layout.addWidget(self.diff_view, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("versionsSplitter")
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 4)
        splitter.setSizes([280, 980])
        page_layout = QVBoxLayout(page)
        page_layout.addWidget(splitter)
        return page

    def _build_amendments_page(self) -> QWidget:
        page = QWidget()
        page_layout = QVBoxLayout(page)
        self.amendment_table = QTableWidget(0, 5)
        self.amendment_table.setObjectName("amendmentTable")
        self.amendment_table.setHorizontalHeaderLabels(
            [
                self.tr("#"),
                self.tr("Proposed by"),
                self.tr("Concerns"),
                self.tr("Proposal"),
                self.tr("Fate"),
            ]
        )
        self._table_style(self.amendment_table)
        header = self.amendment_table.horizontalHeader()
        header.setSectionResizeMode(A_COL_PROPOSAL, QHeaderView.ResizeMode.Stretch)
        self.amendment_table.setColumnWidth(A_COL_NUMBER, 36)
        self.amendment_table.setColumnWidth(A_COL_PROPOSER, 170)
        self.amendment_table.setColumnWidth(A_COL_PLACE, 150)
        self.amendment_table.setColumnWidth(A_COL_FATE, 230)
        self.amendment_table.itemSelectionChanged.connect(self._show_amendment)
        page_layout.addWidget(self.amendment_table, 3)

        buttons = QHBoxLayout()
        self.add_amendment_button = key_button(self.tr("Add… (Insert)"), "addAmendmentButton")
        self.accept_button = key_button(self.tr("Accept (apply to the draft)"), "acceptButton")
        self.explain_button = key_button(self.tr("Explain…"), "explainButton")
        self.vote_button = key_button(self.tr("Put to a vote"), "putToVoteButton")
        self.remove_amendment_button = key_button(
            self.tr("Remove (Delete)"), "removeAmendmentButton"
        )
        for button in (
            self.add_amendment_button,
            self.accept_button,
            self.explain_button,
            self.vote_button,
            self.remove_amendment_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        page_layout.addLayout(buttons)

        detail = QFrame()
        detail.setObjectName("amendmentDetail")
        detail_layout = QHBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        self.amendment_detail = wrapping_label("amendmentDetailLabel")
        self.amendment_detail.setAlignment(Qt.AlignmentFlag.AlignTop)
        detail_layout.addWidget(self.amendment_detail, 3)
        self.hands = QWidget()
        self.hands.setObjectName("amendmentHands")
        hands_form = QFormLayout(self.hands)
        hands_form.setContentsMargins(0, 0, 0, 0)
        self.yes_spin = self._spin("amendmentYes")
        self.no_spin = self._spin("amendmentNo")
        self.other_spin = self._spin("amendmentOther")
        hands_caption = QLabel(self.tr("Hands of its vote"))
        scale_font(hands_caption, 1.0, bold=True)
        hands_form.addRow(hands_caption)
        hands_form.addRow(self.tr("In favour:"), self.yes_spin)
        hands_form.addRow(self.tr("Against:"), self.no_spin)
        hands_form.addRow(self.tr("Other opinion:"), self.other_spin)
        self.hold_button = key_button(self.tr("Record the hands (Enter)"), "holdAmendmentButton")
        hands_form.addRow(self.hold_button)
        detail_layout.addWidget(self.hands, 1)
        page_layout.addWidget(detail)

        caption = QLabel(self.tr("Disputed points (put to a vote) and their outcomes"))
        scale_font(caption, 1.05, bold=True)
        page_layout.addWidget(caption)
        self.disputed_table = QTableWidget(0, 3)
        self.disputed_table.setObjectName("disputedTable")
        self.disputed_table.setHorizontalHeaderLabels(
            [self.tr("Concerns"), self.tr("Proposal"), self.tr("Outcome")]
        )
        self._table_style(self.disputed_table)
        self.disputed_table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch
        )
        self.disputed_table.setColumnWidth(0, 170)
        self.disputed_table.setColumnWidth(2, 260)
        page_layout.addWidget(self.disputed_table, 1)
        return page

    def _table_style(self, table: QTableWidget) -> None:
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.verticalHeader().setVisible(False)
        rows = table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

    def _spin(self, name: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setRange(0, 9999)
        spin.setMinimumWidth(90)
        spin.installEventFilter(self)
        return spin

    def _build_actions(self) -> None:
        tab = Qt.ShortcutContext.WidgetWithChildrenShortcut
        only = Qt.ShortcutContext.WidgetShortcut
        alt, ctrl = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier
        shift = Qt.KeyboardModifier.ShiftModifier

        def add(
            name: str,
            text: str,
            keys: list[QKeySequence],
            slot: Callable[[], object],
            owner: QWidget,
            context: Qt.ShortcutContext = tab,
            button: QPushButton | None = None,
        ) -> QAction:
            return tab_action(
                self, text, keys, slot, owner=owner, context=context, button=button, name=name
            )

        self.save_version_action = add(
            "save_version_action",
            self.tr("Save a version"),
            [QKeySequence(ctrl | Qt.Key.Key_S)],
            self.save_version,
            self,
            button=self.save_version_button,
        )
        self.save_version_button2.clicked.connect(self.save_version_action.trigger)
        self.save_version_action.enabledChanged.connect(self.save_version_button2.setEnabled)
        self.adopt_action = add(
            "adopt_action",
            self.tr("Adopt the resolution"),
            [QKeySequence(ctrl | Qt.KeyboardModifier.ShiftModifier | Qt.Key.Key_A)],
            self.adopt,
            self,
            button=self.adopt_button,
        )
        self.reopen_action = add(
            "reopen_action",
            self.tr("Reopen the resolution"),
            [],
            self.reopen,
            self,
            button=self.reopen_button,
        )
        self.add_point_action = add(
            "add_point_action",
            self.tr("Add a point"),
            [QKeySequence(Qt.Key.Key_Insert)],
            self.add_point,
            self.outline,
            only,
            self.add_point_button,
        )
        self.add_subpoint_action = add(
            "add_subpoint_action",
            self.tr("Add a sub-point"),
            [QKeySequence(ctrl | Qt.Key.Key_Insert)],
            self.add_subpoint,
            self.outline,
            only,
            self.add_sub_button,
        )
        self.add_target_action = add(
            "add_target_action",
            self.tr("Add a target"),
            [QKeySequence(alt | Qt.Key.Key_Insert)],
            self.add_target,
            self.outline,
            only,
            self.add_target_button,
        )
        self.remove_action = add(
            "remove_section_action",
            self.tr("Remove"),
            [QKeySequence(QKeySequence.StandardKey.Delete)],
            self.remove_selected,
            self.outline,
            only,
            self.remove_button,
        )
        self.up_action = add(
            "move_up_action",
            self.tr("Move up"),
            [QKeySequence(alt | shift | Qt.Key.Key_Up)],
            lambda: self.move_selected(-1),
            self.draft_splitter,
            tab,
            self.up_button,
        )
        self.down_action = add(
            "move_down_action",
            self.tr("Move down"),
            [QKeySequence(alt | shift | Qt.Key.Key_Down)],
            lambda: self.move_selected(1),
            self.draft_splitter,
            tab,
            self.down_button,
        )
        self.edit_action = add(
            "edit_section_action",
            self.tr("Edit the section"),
            [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)],
            self.focus_editor,
            self.outline,
            only,
        )
        self.next_action = add(
            "next_section_action",
            self.tr("Next section"),
            [QKeySequence(ctrl | Qt.Key.Key_PageDown), QKeySequence(alt | Qt.Key.Key_Down)],
            lambda: self.step(1),
            self.editor,
        )
        self.previous_action = add(
            "previous_section_action",
            self.tr("Previous section"),
            [QKeySequence(ctrl | Qt.Key.Key_PageUp), QKeySequence(alt | Qt.Key.Key_Up)],
            lambda: self.step(-1),
            self.editor,
        )
        self.back_action = add(
            "back_to_outline_action",
            self.tr("Back to the outline"),
            [QKeySequence(Qt.Key.Key_Escape)],
            self.focus_outline,
            self.editor,
        )
        self.add_amendment_action = add(
            "add_amendment_action",
            self.tr("Record an amendment"),
            [QKeySequence(Qt.Key.Key_Insert)],
            self.add_amendment,
            self.amendment_table,
            only,
            self.add_amendment_button,
        )
        self.remove_amendment_action = add(
            "remove_amendment_action",
            self.tr("Remove the amendment"),
            [QKeySequence(QKeySequence.StandardKey.Delete)],
            self.remove_amendment,
            self.amendment_table,
            only,
            self.remove_amendment_button,
        )
        self.accept_action = add(
            "accept_amendment_action",
            self.tr("Accept the amendment"),
            [],
            self.accept_amendment,
            self,
            button=self.accept_button,
        )
        self.explain_action = add(
            "explain_amendment_action",
            self.tr("Explain"),
            [],
            self.explain_amendment,
            self,
            button=self.explain_button,
        )
        self.vote_action = add(
            "put_to_vote_action",
            self.tr("Put to a vote"),
            [],
            self.put_to_vote,
            self,
            button=self.vote_button,
        )
        self.hold_button.clicked.connect(self.hold_vote)
        self.restore_action = add(
            "restore_version_action",
            self.tr("Restore as a new version"),
            [],
            self.restore_version,
            self,
            button=self.restore_button,
        )

    # --- reading ------------------------------------------------------------------------

    def _on_changed(self, action: str) -> None:
        if action.startswith(IGNORED_ACTIONS):
            return
        if not self._acting:
            self._show_feedback("", ok=True)
        if not self.isVisible():
            self._stale = True  # another tab is at work: reload when shown
            return
        self.refresh()

    def refresh(self) -> None:
        """Reload the draft, versions and amendments, keeping what was selected."""
        self._stale = False
        store = self.ctx.store
        if store is None:
            self._draft, self._versions, self._amendments, self._adopted = (
                Draft(None, ()),
                [],
                [],
                False,
            )
        else:
            self._draft = resolution.draft(store)
            self._versions = resolution.list_versions(store)
            self._amendments = resolution.list_amendments(store)
            self._adopted = resolution.is_adopted(store)
        self._refreshing = True
        try:
            self._fill_outline()
            self._fill_versions()
            self._fill_amendments()
        finally:
            self._refreshing = False
        self._load_editor()
        self._show_amendment()
        self._update_state()

    def _update_state(self) -> None:
        has = self.ctx.store is not None
        editable = has and not self._adopted
        adopted = next((v for v in reversed(self._versions) if v.adopted), None)
        self.banner.setVisible(self._adopted)
        if adopted is not None:
            self.banner.setText(
                self.tr(
                    "Adopted: “%1” (%2) is frozen. The draft can no longer be edited; "
                    "use Reopen… to change it."
                )
                .replace("%1", adopted.name)
                .replace("%2", adopted.created_at.strftime("%d/%m/%Y %H:%M"))
            )
        drafts = sum(1 for v in self._versions if not v.adopted)
        self.state_label.setText(
            self.tr("Adopted")
            if self._adopted
            else self.tr("Working draft · %1 saved versions").replace("%1", str(drafts))
        )
        self.seed_button.setVisible(editable and self._draft.empty)
        for thing in (
            self.save_version_action,
            self.adopt_action,
            self.add_point_action,
            self.add_amendment_action,
        ):
            thing.setEnabled(editable)
        self.reopen_action.setEnabled(has and self._adopted)
        self.reopen_button.setVisible(self._adopted)
        self.adopt_button.setVisible(not self._adopted)
        key = self.current_key()
        section = self._section(key)
        self.add_subpoint_action.setEnabled(
            editable and section is not None and self._point_of(section) is not None
        )
        self.add_target_action.setEnabled(
            editable
            and key is not None
            and (section is None or section.kind is not SectionKind.PREAMBLE)
        )
        self.remove_action.setEnabled(editable and key is not None)
        movable = (
            editable
            and key is not None
            and (section is None or section.kind is not SectionKind.PREAMBLE)
        )
        self.up_action.setEnabled(movable)
        self.down_action.setEnabled(movable)
        for widget in (self.title_edit, self.target_text, self.figure_edit, self.body_edit):
            widget.setReadOnly(not editable)
            widget.setStyleSheet("" if editable else READ_ONLY_STYLE)
        self.unit_edit.setEnabled(editable)
        self.restore_action.setEnabled(editable and self.version_list.currentRow() >= 0)
        self._update_amendment_actions()

    # --- the outline --------------------------------------------------------------------

    def _outline_rows(self) -> list[tuple[Key, Key | None, str]]:
        """(key, parent key, text) of every line of the outline, in order."""
        d = self._draft
        rows: list[tuple[Key, Key | None, str]] = []
        if d.preamble is not None:
            rows.append(((SECTION, int(d.preamble.id)), None, self.tr("Preamble")))
        for section in d.sections():
            if section.kind is SectionKind.PREAMBLE:
                continue
            key = (SECTION, int(section.id))
            parent = (SECTION, int(section.parent_id)) if section.parent_id is not None else None
            rows.append((key, parent, self._section_text(section)))
            rows.extend(((TARGET, int(t.id)), key, f"◦ {t.label}") for t in section.targets)
        return rows

    def _fill_outline(self) -> None:
        keep = self.current_key() or self._editing
        rows = self._outline_rows()
        if rows == self._outline and keep is not None:
            return  # nothing the outline shows changed: keep it (and the scroll) as it is
        self._outline = rows
        scroll = self.outline.verticalScrollBar().value()
        self.outline.clear()
        found: QTreeWidgetItem | None = None
        d = self._draft

        def item(parent: QTreeWidget | QTreeWidgetItem, key: Key, text: str) -> QTreeWidgetItem:
            nonlocal found
            node = QTreeWidgetItem(parent, [text])
            node.setData(0, KIND_ROLE, key[0])
            node.setData(0, ID_ROLE, key[1])
            node.setToolTip(0, text)
            if key == keep:
                found = node
            return node

        def targets(parent: QTreeWidgetItem, section: Section) -> None:
            for t in section.targets:
                node = item(parent, (TARGET, int(t.id)), f"◦ {t.label}")
                node.setForeground(0, QBrush(QColor("#1e5a9c")))

        if d.preamble is not None:
            item(self.outline, (SECTION, int(d.preamble.id)), self.tr("Preamble"))
        for point in d.points:
            node = item(self.outline, (SECTION, int(point.id)), self._section_text(point))
            font = node.font(0)
            font.setBold(True)
            node.setFont(0, font)
            targets(node, point)
            for sub in point.subpoints:
                child = item(node, (SECTION, int(sub.id)), self._section_text(sub))
                targets(child, sub)
        self.outline.expandAll()
        self.outline.verticalScrollBar().setValue(scroll)
        if found is not None:
            self.outline.setCurrentItem(found)
        elif (first := self.outline.topLevelItem(0)) is not None:
            self.outline.setCurrentItem(first)

    def _section_text(self, section: Section) -> str:
        words = section.title or " ".join(section.text.split())
        if len(words) > 80:
            words = words[:79] + "…"
        return f"{section.number} {words}".strip()

    def current_key(self) -> Key | None:
        node = self.outline.currentItem()
        return self._key_of(node) if node is not None else None

    def _section(self, key: Key | None) -> Section | None:
        if key is None:
            return None
        if key[0] == SECTION:
            return self._draft.section(SectionId(key[1]))
        target = self._draft.target(TargetId(key[1]))
        return self._draft.section(target.section_id) if target is not None else None

    def _target(self, key: Key | None) -> TargetRow | None:
        if key is None or key[0] != TARGET:
            return None
        return self._draft.target(TargetId(key[1]))

    def _point_of(self, section: Section) -> Section | None:
        if section.kind is SectionKind.POINT:
            return section
        if section.kind is SectionKind.SUBPOINT and section.parent_id is not None:
            return self._draft.section(section.parent_id)
        return None

    def select(self, key: Key) -> None:
        """Show a section or target in the outline and the editor."""
        nodes = [self.outline.topLevelItem(i) for i in range(self.outline.topLevelItemCount())]
        while nodes:
            node = nodes.pop(0)
            if node is None:
                continue
            if self._key_of(node) == key:
                self.outline.setCurrentItem(node)
                return
            nodes.extend(node.child(i) for i in range(node.childCount()))

    @staticmethod
    def _key_of(node: QTreeWidgetItem) -> Key:
        return (str(node.data(0, KIND_ROLE)), int(node.data(0, ID_ROLE)))

    def _on_outline_current(self, *_args: object) -> None:
        if self._refreshing:
            return
        self.save_editor()
        self._load_editor()
        self._update_state()

    def step(self, direction: int) -> None:
        """Ctrl+PgDn / Ctrl+PgUp from the editor: the next or previous section."""
        current = self.outline.currentItem()
        if current is None:
            return
        self.save_editor()
        other = (
            self.outline.itemBelow(current) if direction > 0 else self.outline.itemAbove(current)
        )
        if other is not None:
            self.outline.setCurrentItem(other)
        self.focus_editor()

    def focus_editor(self) -> None:
        if self._editing is None:
            return
        if self._editing[0] == TARGET:
            self.figure_edit.setFocus(Qt.FocusReason.TabFocusReason)
        else:
            self.body_edit.setFocus(Qt.FocusReason.TabFocusReason)

    def focus_outline(self) -> None:
        self.save_editor()
        self.outline.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- the editor ---------------------------------------------------------------------

    def _load_editor(self) -> None:
        key = self.current_key()
        if key != self._editing:
            self._dirty = False
            self.saved_label.clear()
        self._editing = key
        section, target = self._section(key), self._target(key)
        self._loading = True
        try:
            if key is None or section is None:
                self._editing = None
                self.editor.setCurrentIndex(0)
                self.empty_label.setText(
                    self.tr(
                        "No draft yet: start from the usual draft, or press Insert in the outline."
                    )
                    if self._draft.empty
                    else self.tr("Select a section in the outline.")
                )
                return
            if target is not None:
                self.editor.setCurrentIndex(2)
                self.target_place.setText(self._draft.place(target_id=target.id))
                if not self._dirty:
                    self._set_line(self.figure_edit, figure_text(target.figure))
                    self.unit_edit.setCurrentText(target.unit)
                    self._set_line(self.target_text, target.text)
                self.target_preview.setText(self.tr("Reads: %1").replace("%1", target.label))
                return
            self.editor.setCurrentIndex(1)
            place = self._draft.place(section.id)
            self.place_label.setText(place)
            self.title_row.setVisible(section.kind is not SectionKind.PREAMBLE)
            preamble = section.kind is SectionKind.PREAMBLE
            self.auto_label.setText(
                self.tr(
                    "This text follows the congress and its attendance until you edit it; "
                    "it is frozen when the resolution is adopted."
                )
                if preamble
                else self.tr(
                    "This text follows the election results until you edit it; it is frozen "
                    "when the resolution is adopted."
                )
            )
            self.auto_label.setVisible(section.auto)
            self.follow_button.setText(
                self.tr("Follow the attendance again")
                if preamble
                else self.tr("Follow the election results again")
            )
            following = preamble or section.code == "election_results"
            self.follow_button.setVisible(following and not section.auto)
            self.follow_button.setEnabled(not self._adopted)
            if not self._dirty:
                self._set_line(self.title_edit, section.title)
                if self.body_edit.toPlainText() != section.text:
                    self._set_body(section.text)
        finally:
            self._loading = False

    def _set_line(self, edit: QLineEdit, text: str) -> None:
        if edit.text() != text:
            edit.setText(text)

    def _set_body(self, text: str) -> None:
        """Replace the editor's text, keeping the cursor where it was (as far as it goes)."""
        position = self.body_edit.textCursor().position()
        self.body_edit.setPlainText(text)
        cursor = self.body_edit.textCursor()
        cursor.setPosition(min(position, len(text)))
        self.body_edit.setTextCursor(cursor)

    def _on_typed(self, *_args: object) -> None:
        if self._loading or self._editing is None or self._adopted:
            return
        self._dirty = True
        self.saved_label.setText(self.tr("Not saved yet"))
        self.save_timer.start()

    def has_unsaved_text(self) -> bool:
        return self._dirty

    def save_editor(self) -> None:
        """Save what was typed in the editor (one undoable step), if anything changed."""
        self.save_timer.stop()
        if not self._dirty or self._editing is None or self.ctx.store is None:
            return
        self._dirty = False
        key = self._editing
        store = self.ctx.store
        if key[0] == TARGET:
            target = self._draft.target(TargetId(key[1]))
            if target is None:
                return
            text, unit = self.target_text.text(), self.unit_edit.currentText()
            figure = self.figure_edit.text()
            if (text.strip(), unit.strip(), figure.strip()) == (
                target.text,
                target.unit,
                figure_text(target.figure),
            ):
                self.saved_label.setText(self.tr("Saved"))
                return
            tid = target.id
            done = self._run(
                self.tr("Edit target %1").replace("%1", self._draft.place(target_id=tid)),
                lambda: resolution.update_target(store, tid, text, figure, unit),
            )
        else:
            section = self._draft.section(SectionId(key[1]))
            if section is None:
                return
            title = self.title_edit.text() if section.kind is not SectionKind.PREAMBLE else None
            body = self.body_edit.toPlainText()
            if title is not None and " ".join(title.split()) == section.title:
                title = None
            new_text: str | None = body if body.strip() != section.text.strip() else None
            if title is None and new_text is None:
                self.saved_label.setText(self.tr("Saved"))
                return
            sid = section.id
            label = self._draft.place(sid)
            if section.kind is SectionKind.PREAMBLE:
                done = self._run(
                    self.tr("Edit the preamble"),
                    lambda: resolution.set_preamble(store, body),
                )
            else:
                done = self._run(
                    self.tr("Edit %1").replace("%1", label),
                    lambda: resolution.update_section(store, sid, title=title, text=new_text),
                )
        if done:
            self.saved_label.setText(self.tr("Saved"))
        else:
            self._dirty = self._editing == key  # keep what was typed, to be corrected
            self.saved_label.setText(self.tr("Not saved"))

    # --- draft actions ------------------------------------------------------------------

    def _run(self, text: str, action: Callable[[], Change]) -> Change | None:
        if self.ctx.store is None:
            return None
        self._acting = True
        try:
            change = run(self.ctx, text, action)
        except SecretariatError as error:
            self._show_feedback(resolution_error_text(error), ok=False)
            return None
        finally:
            self._acting = False
        self._show_feedback("", ok=True)
        return change

    def _act(
        self, text: str, action: Callable[[], Change], kind: str | None = None
    ) -> Change | None:
        """Save the editor, run an action; select what it made (``kind``) if any."""
        self.save_editor()
        change = self._run(text, action)
        if change is not None and kind is not None and change.subject_id is not None:
            self.select((kind, change.subject_id))
        return change

    def follow_elections(self) -> None:
        """The election-results point (or the preamble) writes itself from the data again."""
        section = self._section(self._editing)
        if self.ctx.store is None or section is None or self._adopted:
            return
        store, sid = self.ctx.store, section.id
        self._dirty = False
        text = (
            self.tr("Follow the attendance")
            if section.kind is SectionKind.PREAMBLE
            else self.tr("Follow the election results")
        )
        self._act(text, lambda: resolution.set_auto(store, sid, True))

    def seed(self) -> None:
        store = self.ctx.require()
        if self._act(
            self.tr("Start the usual draft"), lambda: resolution.seed_default(store), SECTION
        ):
            self.outline.setFocus()

    def add_point(self) -> None:
        """Insert: a new point after the selected one (or last)."""
        if self.ctx.store is None or self._adopted:
            return
        store = self.ctx.store
        section = self._section(self.current_key())
        point = self._point_of(section) if section is not None else None
        position = point.position + 1 if point is not None else None
        if self._act(
            self.tr("Add a point"),
            lambda: resolution.add_point(store, "", "", position=position),
            SECTION,
        ):
            self.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def add_subpoint(self) -> None:
        """Ctrl+Insert: a new sub-point of the selected point (after the selected sub-point)."""
        section = self._section(self.current_key())
        if self.ctx.store is None or section is None or self._adopted:
            return
        point = self._point_of(section)
        if point is None:
            return
        store = self.ctx.store
        position = section.position + 1 if section.kind is SectionKind.SUBPOINT else None
        pid = point.id
        if self._act(
            self.tr("Add a sub-point"),
            lambda: resolution.add_subpoint(store, pid, "", "", position=position),
            SECTION,
        ):
            self.body_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def add_target(self) -> None:
        """Alt+Insert: a new target of the selected section (after the selected target).

        A target needs words, so it starts as "…"; its figure is typed next."""
        key = self.current_key()
        section = self._section(key)
        if self.ctx.store is None or section is None or self._adopted:
            return
        if section.kind is SectionKind.PREAMBLE:
            return
        target = self._target(key)
        position = target.position + 1 if target is not None else None
        store, sid = self.ctx.store, section.id
        if self._act(
            self.tr("Add a target"),
            lambda: resolution.add_target(store, sid, "…", None, "%", position=position),
            TARGET,
        ):
            self.figure_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def remove_selected(self) -> None:
        """Delete: remove the selected section (with its sub-points and targets) or target."""
        key = self.current_key()
        if self.ctx.store is None or key is None or self._adopted:
            return
        store = self.ctx.store
        current = self.outline.currentItem()
        above = self.outline.itemAbove(current) if current is not None else None
        neighbour = self._key_of(above) if above is not None else None
        self._dirty = False
        if key[0] == TARGET:
            tid = TargetId(key[1])
            change = self._act(
                self.tr("Remove %1").replace("%1", self._draft.place(target_id=tid)),
                lambda: resolution.remove_target(store, tid),
            )
        else:
            sid = SectionId(key[1])
            change = self._act(
                self.tr("Remove %1").replace("%1", self._draft.place(sid)),
                lambda: resolution.remove_section(store, sid),
            )
        if change is not None:
            self._show_feedback(self.tr("Removed (Ctrl+Z brings it back)."), ok=True)
            if neighbour is not None:
                self.select(neighbour)
            first = self.outline.topLevelItem(0)
            if self.outline.currentItem() is None and first is not None:
                self.outline.setCurrentItem(first)
            self.outline.setFocus()

    def move_selected(self, step: int) -> None:
        """Alt+Shift+Up/Down: the selected point, sub-point or target one place earlier/later."""
        key = self.current_key()
        if self.ctx.store is None or key is None or self._adopted:
            return
        store = self.ctx.store
        target = self._target(key)
        if target is not None:
            tid, position = target.id, target.position + step
            if position < 1:
                return
            self._act(
                self.tr("Move a target"), lambda: resolution.move_target(store, tid, position)
            )
            return
        section = self._section(key)
        if section is None or section.kind is SectionKind.PREAMBLE:
            return
        sid, position = section.id, section.position + step
        if position < 1:
            return
        self._act(
            self.tr("Move %1").replace("%1", self._draft.place(sid)),
            lambda: resolution.move_section(store, sid, position),
        )

    # --- versions -----------------------------------------------------------------------

    def _version_text(self, row: VersionRow) -> str:
        stamp = row.created_at.strftime("%d/%m/%Y %H:%M")
        mark = "✓ " if row.adopted else ""
        return f"{mark}{row.name} — {stamp}"

    def _fill_versions(self) -> None:
        keep = self.selected_version_id()
        keep_a, keep_b = self.compare_a.currentData(), self.compare_b.currentData()
        self.version_list.clear()
        for row in self._versions:
            item = QListWidgetItem(self._version_text(row))
            item.setData(KIND_ROLE, int(row.id))
            if row.adopted:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
                item.setForeground(QBrush(QColor(PASSED_COLOUR)))
            self.version_list.addItem(item)
        for combo, kept in ((self.compare_a, keep_a), (self.compare_b, keep_b)):
            combo.clear()
            for row in self._versions:
                combo.addItem(row.name, int(row.id))
            combo.addItem(self.tr("Working draft"), -1)
            index = combo.findData(kept) if kept is not None else -1
            combo.setCurrentIndex(index if index >= 0 else combo.count() - 1)
        ids = [r.id for r in self._versions]
        if keep in ids:
            self.version_list.setCurrentRow(ids.index(keep))
        if self.pages.currentIndex() == 1 and self.diff_view.blocks():
            self.compare()

    def selected_version_id(self) -> VersionId | None:
        item = self.version_list.currentItem()
        return VersionId(int(item.data(KIND_ROLE))) if item is not None else None

    def _on_version_chosen(self, row: int) -> None:
        """Choosing a version compares it with the one before (the first: with the draft)."""
        if self._refreshing or row < 0:
            self._update_state()
            return
        version = self._versions[row]
        earlier = self._versions[row - 1] if row > 0 else None
        self.set_comparison(earlier.id if earlier else version.id, version.id if earlier else None)
        self._update_state()

    def set_comparison(self, a: VersionId | None, b: VersionId | None) -> None:
        """Compare version ``a`` with ``b`` (None: the working draft)."""
        self.compare_a.setCurrentIndex(self.compare_a.findData(int(a) if a is not None else -1))
        self.compare_b.setCurrentIndex(self.compare_b.findData(int(b) if b is not None else -1))
        self.compare()

    def compare(self) -> None:
        store = self.ctx.store
        if store is None:
            self.diff_view.clear()
            return
        a, b = self.compare_a.currentData(), self.compare_b.currentData()
        if a is None or b is None:
            self.diff_view.clear()
            return
        self.save_editor()
        first = VersionId(a) if a >= 0 else None
        second = VersionId(b) if b >= 0 else None
        try:
            blocks = resolution.compare(store, first, second)
        except SecretariatError as error:
            self._show_feedback(resolution_error_text(error), ok=False)
            return
        self.diff_view.set_blocks(
            blocks, self.compare_a.currentText(), self.compare_b.currentText()
        )

    def save_version(self) -> None:
        """Ctrl+S: freeze the working draft as "Dự thảo N"."""
        if self.ctx.store is None or self._adopted:
            return
        store = self.ctx.store
        change = self._act(self.tr("Save a version"), lambda: resolution.save_version(store))
        if change is not None and change.version_after is not None:
            self._show_feedback(
                self.tr("Saved as “%1”.").replace("%1", change.version_after.row.name), ok=True
            )

    def restore_version(self) -> None:
        version = next((v for v in self._versions if v.id == self.selected_version_id()), None)
        if self.ctx.store is None or version is None or self._adopted:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore a version"),
            self.tr(
                "Make “%1” the working draft again? It is saved as a new version; nothing "
                "is overwritten and this can be undone (Ctrl+Z)."
            ).replace("%1", version.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        store, vid = self.ctx.store, version.id
        change = self._act(
            self.tr("Restore %1").replace("%1", version.name),
            lambda: resolution.restore_version(store, vid),
        )
        if change is not None and change.version_after is not None:
            self._show_feedback(
                self.tr("Restored as “%1”.").replace("%1", change.version_after.row.name), ok=True
            )

    # --- amendments ---------------------------------------------------------------------

    def outcome_text(self, row: AmendmentRow) -> str:
        outcome = row.outcome
        if outcome == "accepted":
            return self.tr("accepted, applied") if row.applied else self.tr("accepted")
        if outcome == "explained":
            return self.tr("explained")
        if outcome == "pending":
            return self.tr("pending")
        counts = self._vote_counts(row)
        if outcome == "vote_pending":
            return self.tr("put to a vote, not held yet")
        if outcome == "vote_passed" and not row.applied:
            return self.tr("vote passed %1, not applied yet: record the hands here").replace(
                "%1", counts
            )
        if outcome == "vote_passed":
            return self.tr("vote passed %1, applied").replace("%1", counts)
        return self.tr("vote failed %1, draft kept").replace("%1", counts)

    def _vote_counts(self, row: AmendmentRow) -> str:
        store = self.ctx.store
        if store is None or row.vote_id is None:
            return ""
        try:
            vote = votes.get_vote(store, row.vote_id)
        except SecretariatError:
            return ""
        if not vote.held:
            return ""
        return f"{vote.yes}/{vote.base}"

    def _outcome_colour(self, row: AmendmentRow) -> str:
        if row.outcome in ("accepted", "vote_passed"):
            return PASSED_COLOUR
        if row.outcome == "vote_failed":
            return FAILED_COLOUR
        if row.outcome in ("pending", "vote_pending"):
            return PENDING_COLOUR
        return "#1e5a9c"

    def _proposal(self, row: AmendmentRow) -> str:
        words = " ".join(row.proposed_text.split())
        if row.proposed_figure is not None:
            figure = figure_text(row.proposed_figure)
            words = self.tr("figure → %1").replace("%1", figure) + (f"; {words}" if words else "")
        return words or " ".join(row.remark.split())

    def _fill_amendments(self) -> None:
        keep = self.selected_amendment_id()
        table = self.amendment_table
        table.setRowCount(len(self._amendments))
        for n, row in enumerate(self._amendments):
            cells = (
                str(row.position),
                row.proposer,
                row.place or self.tr("(general)"),
                self._proposal(row),
                self.outcome_text(row),
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(KIND_ROLE, int(row.id))
                cell.setToolTip(text)
                if column == A_COL_FATE:
                    cell.setForeground(QBrush(QColor(self._outcome_colour(row))))
                table.setItem(n, column, cell)
        ids = [r.id for r in self._amendments]
        if keep in ids:
            table.selectRow(ids.index(keep))
        disputed = [r for r in self._amendments if r.fate is Fate.VOTED]
        self.disputed_table.setRowCount(len(disputed))
        for n, row in enumerate(disputed):
            for column, text in enumerate(
                (row.place or self.tr("(general)"), self._proposal(row), self.outcome_text(row))
            ):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                if column == 2:
                    cell.setForeground(QBrush(QColor(self._outcome_colour(row))))
                self.disputed_table.setItem(n, column, cell)

    def selected_amendment_id(self) -> AmendmentId | None:
        items = self.amendment_table.selectedItems()
        return AmendmentId(int(items[0].data(KIND_ROLE))) if items else None

    def selected_amendment(self) -> AmendmentRow | None:
        ident = self.selected_amendment_id()
        return next((r for r in self._amendments if r.id == ident), None)

    def select_amendment(self, amendment_id: int) -> None:
        ids = [int(r.id) for r in self._amendments]
        if amendment_id in ids:
            self.amendment_table.selectRow(ids.index(amendment_id))

    def _show_amendment(self) -> None:
        if self._refreshing:
            return
        row = self.selected_amendment()
        self._load_hands(row)
        if row is None:
            self.amendment_detail.setText(
                self.tr("Select an amendment, or press Insert to record one.")
                if self._amendments
                else self.tr(
                    "No amendments yet: press Insert to record a remark from the discussion."
                )
            )
        else:
            lines = [
                self.tr("%1 proposes, on %2:")
                .replace("%1", row.proposer or "…")
                .replace("%2", row.place or self.tr("(general)")),
                "“" + self._proposal(row) + "”",
            ]
            if row.original:
                lines.append(self.tr("Text when recorded: %1").replace("%1", row.original))
            if row.answer:
                lines.append(self.tr("Answer: %1").replace("%1", row.answer))
            lines.append(self.tr("Fate: %1").replace("%1", self.outcome_text(row)))
            self.amendment_detail.setText("\n".join(lines))
        self._update_amendment_actions()

    def _load_hands(self, row: AmendmentRow | None) -> None:
        """The hands of the selected amendment's vote (once, so typing is never lost)."""
        ident = row.id if row is not None else None
        if ident == self._hands_for:
            return
        self._hands_for = ident
        counts = (0, 0, 0)
        store = self.ctx.store
        if row is not None and row.vote_id is not None and store is not None:
            try:
                vote = votes.get_vote(store, row.vote_id)
            except SecretariatError:
                vote = None
            if vote is not None and vote.held:
                counts = (vote.yes or 0, vote.no or 0, vote.other or 0)
        for spin, value in zip((self.yes_spin, self.no_spin, self.other_spin), counts, strict=True):
            spin.setValue(value)

    def _update_amendment_actions(self) -> None:
        row = self.selected_amendment()
        editable = self.ctx.store is not None and not self._adopted
        pending = editable and row is not None and row.fate is Fate.PENDING
        self.accept_action.setEnabled(pending)
        self.vote_action.setEnabled(pending)
        self.explain_action.setEnabled(
            editable and row is not None and row.fate in (Fate.PENDING, Fate.EXPLAINED)
        )
        self.remove_amendment_action.setEnabled(editable and row is not None)
        can_hold = editable and row is not None and row.fate is Fate.VOTED and not row.applied
        self.hands.setEnabled(can_hold)

    def add_amendment(self) -> None:
        """Insert in the list: record a remark against the section selected in the outline."""
        store = self.ctx.store
        if store is None or self._adopted:
            return
        self.save_editor()
        key = self.current_key()
        section_id = SectionId(key[1]) if key and key[0] == SECTION else None
        target_id = TargetId(key[1]) if key and key[0] == TARGET else None

        def submit(value: AmendmentInput) -> Change | None:
            return self._checked(
                self.tr("Record an amendment"),
                lambda: resolution.add_amendment(
                    store,
                    value.text,
                    section_id=value.section_id,
                    target_id=value.target_id,
                    proposed_figure=value.figure,
                    speech_id=value.speech_id,
                    proposer=value.proposer,
                    remark=value.remark,
                ),
            )

        dialog = AmendmentDialog(
            self._draft,
            speeches.all_speeches(store),
            self,
            section_id=section_id,
            target_id=target_id,
            submit=submit,
            words=resolution_error_text,
        )
        made = dialog.result_value if dialog.exec() else None
        if isinstance(made, Change) and made.subject_id is not None:
            self.select_amendment(made.subject_id)
        self.amendment_table.setFocus()

    def _checked(self, text: str, action: Callable[[], Change]) -> Change:
        """Run an action for a dialog: a refusal raises (the dialog shows it)."""
        self._acting = True
        try:
            return run(self.ctx, text, action)
        finally:
            self._acting = False

    def _amend(self, text: str, action: Callable[[AmendmentId], Change]) -> Change | None:
        row = self.selected_amendment()
        if row is None or self.ctx.store is None:
            return None
        aid = row.id
        return self._act(text.replace("%1", str(row.position)), lambda: action(aid))

    def accept_amendment(self) -> None:
        store = self.ctx.store
        if store is None:
            return
        change = self._amend(
            self.tr("Accept amendment %1"), lambda aid: resolution.accept_amendment(store, aid)
        )
        if change is not None:
            applied = change.amendment_after is not None and change.amendment_after.applied
            self._show_feedback(
                self.tr("Accepted and written into the draft.")
                if applied
                else self.tr("Accepted (no new wording to write into the draft)."),
                ok=True,
            )

    def explain_amendment(self) -> None:
        row, store = self.selected_amendment(), self.ctx.store
        if row is None or store is None:
            return
        aid = row.id
        AnswerDialog(
            self._proposal(row),
            self,
            row.answer,
            submit=lambda text: self._checked(
                self.tr("Explain amendment %1").replace("%1", str(row.position)),
                lambda: resolution.explain_amendment(store, aid, text),
            ),
            words=resolution_error_text,
        ).exec()
        self.amendment_table.setFocus()

    def put_to_vote(self) -> None:
        store = self.ctx.store
        row = self.selected_amendment()
        if store is None or row is None:
            return
        # The congress votes on a text: show what the point or target would read.
        result = resolution.amendment_result(store, row.id)
        shown = (
            self.tr("If it passes, %1 will read:\n\n%2")
            .replace("%1", row.place or self.tr("the draft"))
            .replace("%2", result)
            if result is not None
            else self.tr("This amendment proposes no new wording: the draft will not change.")
        )
        answer = QMessageBox.question(
            self,
            self.tr("Put amendment %1 to a vote").replace("%1", str(row.position)),
            shown + "\n\n" + self.tr("Put it to a show-of-hands vote?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        change = self._amend(
            self.tr("Put amendment %1 to a vote"),
            lambda aid: resolution.put_amendment_to_vote(store, aid),
        )
        if change is not None:
            self._show_feedback(
                self.tr("A show-of-hands vote was added: type the hands and press Enter."), ok=True
            )
            for spin in (self.yes_spin, self.no_spin, self.other_spin):
                spin.setValue(0)
            self.yes_spin.setFocus(Qt.FocusReason.OtherFocusReason)
            self.yes_spin.selectAll()

    def hold_vote(self) -> None:
        """Enter in the hands: record the amendment's vote (if it passes it is applied)."""
        row, store = self.selected_amendment(), self.ctx.store
        if row is None or store is None or row.fate is not Fate.VOTED or row.applied:
            return
        for spin in (self.yes_spin, self.no_spin, self.other_spin):
            spin.interpretText()
        yes, no, other = self.yes_spin.value(), self.no_spin.value(), self.other_spin.value()
        change = self._amend(
            self.tr("Record the vote on amendment %1"),
            lambda aid: resolution.hold_amendment_vote(store, aid, yes, no, other),
        )
        if change is not None:
            after = self.selected_amendment()
            if after is not None:
                self._show_feedback(
                    self.tr("Recorded: %1").replace("%1", self.outcome_text(after)), ok=True
                )
            self.amendment_table.setFocus()

    def remove_amendment(self) -> None:
        store = self.ctx.store
        if store is None:
            return
        if self._amend(
            self.tr("Remove amendment %1"), lambda aid: resolution.remove_amendment(store, aid)
        ):
            self._show_feedback(self.tr("Removed (Ctrl+Z brings it back)."), ok=True)

    # --- adoption -----------------------------------------------------------------------

    def adopt(self) -> None:
        """The show-of-hands vote on the whole resolution; if it passes, it is frozen."""
        if self.ctx.store is None or self._adopted:
            return
        self.save_editor()
        store = self.ctx.store
        if not self._settle_pending(store):
            return
        counters = attendance.counters(store, store.clock())
        note = self.tr(
            "Type the hands of the vote on the whole resolution. If it passes, the "
            "working draft is frozen as the adopted resolution."
        )
        note += "\n" + (
            self.tr("Majority base %1 · full members present %2")
            .replace("%1", str(counters.base.majority_base))
            .replace("%2", str(counters.voters_present))
        )
        dialog = HandsDialog(
            self.tr("Adopt the resolution"),
            note,
            self,
            submit=self._adopt_now,
            words=resolution_error_text,
        )
        dialog.exec()

    def _settle_pending(self, store: Store) -> bool:
        """Remarks still pending are dealt with before the vote on the whole: the
        secretary deals with them in the list, or records them here as not accepted
        with the reason (the minutes and the amendments paper state each fate)."""
        waiting = resolution.pending_amendments(store)
        if not waiting:
            return True
        listed = "\n".join(
            f"{row.position}. {row.proposer or '…'}: {self._proposal(row)}" for row in waiting
        )
        reason, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("Remarks not dealt with"),
            self.tr(
                "These remarks are still pending:\n%1\n\nDeal with each in the list "
                "(accept, explain or vote) — or record them all as not accepted, with the "
                "reason below, and go on to the adoption vote."
            ).replace("%1", listed),
            resolution.NOT_ACCEPTED_REASON,
        )
        if not ok:
            return False
        if not reason.strip():
            self._show_feedback(self.tr("Not adopted: a reason is needed."), ok=False)
            return False
        for row in waiting:
            self._act(
                self.tr("Explain amendment %1").replace("%1", str(row.position)),
                functools.partial(resolution.explain_amendment, store, row.id, reason),
            )
        return not resolution.pending_amendments(store)

    def _adopt_now(self, yes: int, no: int, other: int) -> object:
        self._acting = True
        try:
            adoption = resolution_actions.adopt(self.ctx, yes, no, other)
        finally:
            self._acting = False
        percent = adoption.result.percent_text
        if adoption.version is not None:
            self._show_feedback(
                self.tr("The resolution is adopted (%1 in favour).").replace("%1", percent),
                ok=True,
            )
        else:
            self._show_feedback(
                self.tr(
                    "Not adopted: %1 in favour is not more than half. The vote is recorded."
                ).replace("%1", percent),
                ok=False,
            )
        return adoption

    def reopen(self) -> None:
        if self.ctx.store is None or not self._adopted:
            return
        # The minutes say what the congress reopened it for (issue 18 §1): ask, and
        # let Esc (or an empty answer) leave the resolution adopted.
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Reopen the resolution"),
            self.tr(
                "Reopen the adopted resolution for editing? The adopted version stays in the "
                "list, no longer marked adopted; the resolution must be adopted again.\n\n"
                "What does the congress reopen it for? (the minutes say it)"
            ),
        )
        if not ok or not reason.strip():
            return
        self._acting = True
        try:
            resolution_actions.reopen(self.ctx, reason)
        except SecretariatError as error:
            self._show_feedback(resolution_error_text(error), ok=False)
            return
        finally:
            self._acting = False
        self._show_feedback(self.tr("Reopened: the draft can be edited again."), ok=True)

    # --- keyboard, visibility, feedback -------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and watched in (
            self.body_edit,
            self.title_edit,
            self.target_text,
            self.figure_edit,
            self.unit_edit,
        ):
            self.save_editor()
        elif (
            watched in (self.yes_spin, self.no_spin, self.other_spin)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)  # type: ignore[attr-defined]
        ):
            self.hold_vote()
            return True
        return super().eventFilter(watched, event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:
        self.save_editor()
        super().hideEvent(event)

    def save_state(self) -> None:
        """Save what is typed (the main window calls it before the file closes)."""
        self.save_editor()

    def _show_feedback(self, text: str, *, ok: bool) -> None:
        self.feedback.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)
        self.feedback.setProperty("ok", ok if text else None)
        self.feedback.setText(text)
