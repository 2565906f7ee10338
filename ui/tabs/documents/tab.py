"""The documents tab: what can be printed, what is still missing, a preview, export, print.

The list shows the documents that make sense for the congress now; under it,
the completeness check of the selected one says what would print as a blank and
where to fill it in. The preview is the real PDF, written in a worker thread to
a temporary file (removed at once) and drawn there, page by page, into images
with PDFium (pypdfium2); a preview made from data that has changed since, or
for another document, is thrown away. Exports run in worker threads too, so the
window never freezes; printing draws the preview's pages, rendered again at the
printer's resolution, onto the printer. The page set-up lives in the congress
file (``secretariat.services.settings``) and its change is undoable.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QHideEvent, QKeySequence, QShowEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressDialog,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from secretariat.changes import Change
from secretariat.domain import Missing
from secretariat.errors import SecretariatError
from secretariat.reports import catalog
from secretariat.reports.catalog import DocumentSpec
from secretariat.services import settings
from secretariat.store import Store
from ui import state
from ui.context import CongressContext
from ui.dialogs.page_setup import PAGE_KEYS, PageSetupDialog, save_page_settings
from ui.messages import describe, show_error
from ui.screen import Screen
from ui.tabs import minutes as minutes_tab
from ui.tabs.documents.export import Exporter
from ui.tabs.documents.printing import print_pages, print_preview
from ui.widgets.check_view import CheckView
from ui.widgets.jobs import JobRunner
from ui.widgets.pdf_view import PREVIEW_DPI, VIEW_MAX_DPI, PagesView, RenderedPdf, render_pdf
from ui.widgets.shortcuts import tab_action

STATE_KEY = "documents"  # ui.state key of the splitter
PREVIEW_DEBOUNCE_MS = 400  # after a data change
SELECT_DEBOUNCE_MS = 120  # after a change of selection (arrow keys run through the list)

# Where each gap is filled in: the tab the completeness check points to.
FIX_CONGRESS, FIX_ATTENDANCE = "congress", "attendance"
_FIX_TAB = {
    "attendance_not_taken": FIX_ATTENDANCE,
    "unmarked_members": FIX_ATTENDANCE,
}


def _render_preview(store: Store, name: str, dpi: float) -> RenderedPdf:
    """The document as PDF bytes and page images; the temporary file is removed at once."""
    handle, temp = tempfile.mkstemp(prefix="secretariat-preview-", suffix=".pdf")
    os.close(handle)
    written = Path(temp)
    try:
        written = catalog.export(store, name, catalog.PDF, Path(temp))
        data = written.read_bytes()
    finally:
        Path(temp).unlink(missing_ok=True)
        written.unlink(missing_ok=True)
    return render_pdf(data, dpi)


class DocumentsTab(Screen):
    """Documents to print: the list, the completeness check, a live preview, export."""

    # The tab where a gap is filled in ("congress" or "attendance"): the main
    # window may switch to it when the secretary follows a hint's link.
    fix_requested = Signal(str)

    # Every table: a document may print any fact of the congress (WATCHES empty).

    def __init__(self, ctx: CongressContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("documents_tab")
        self.feedback.setObjectName("documentsFeedback")
        self._specs: dict[str, DocumentSpec] = {}
        self.jobs = JobRunner(self, 2)  # one preview and one export at most
        # Previews: the generation goes up whenever the shown preview goes stale.
        self._preview_gen = 0
        self._shown_gen = -1  # the generation of the preview on screen
        self._preview_running = False
        self._preview_wanted = False
        self._stale = False  # a change heard while hidden: reload when shown
        self._preview_owed = False  # its pause ran out while hidden: render when shown
        self._build()
        self.exporter = Exporter(ctx, self, self.jobs, self.status_label)
        self.exporter.busy_changed.connect(self._update_enabled)
        self._build_actions()
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.timeout.connect(self._start_preview)
        self.refresh()
        state.restore_splitter(STATE_KEY, self.splitter)

    # --- building ---------------------------------------------------------------------

    def _build(self) -> None:
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        bold = QFont(self.font())
        bold.setBold(True)

        list_label = QLabel(self.tr("Documents"))
        list_label.setFont(bold)
        column.addWidget(list_label)
        self.doc_list = QListWidget()
        self.doc_list.setObjectName("documentList")
        self.doc_list.setWordWrap(True)
        self.doc_list.setSpacing(3)
        # As tall as its few rows, so the check below gets the room.
        self.doc_list.setSizeAdjustPolicy(QListWidget.SizeAdjustPolicy.AdjustToContents)
        self.doc_list.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.doc_list.setMinimumHeight(100)
        self.doc_list.currentItemChanged.connect(self._on_selected)
        column.addWidget(self.doc_list)

        check_title = QLabel(self.tr("Before printing"))
        check_title.setFont(bold)
        column.addWidget(check_title)
        self.check_label = CheckView("documentCheck")
        self.check_label.linkActivated.connect(self.fix_requested.emit)
        column.addWidget(self.check_label)
        column.addStretch(1)

        buttons = QGridLayout()
        self.export_docx_button = self._button(self.tr("Export Word (.docx)…"), "exportDocx")
        self.export_pdf_button = self._button(self.tr("Export PDF…"), "exportPdf")
        self.export_all_button = self._button(self.tr("Export all…"), "exportAll")
        self.print_button = self._button(self.tr("Print…"), "printButton")
        self.page_setup_button = self._button(self.tr("Page set-up…"), "pageSetup")
        buttons.addWidget(self.export_docx_button, 0, 0)
        buttons.addWidget(self.export_pdf_button, 0, 1)
        buttons.addWidget(self.print_button, 1, 0)
        buttons.addWidget(self.export_all_button, 1, 1)
        buttons.addWidget(self.page_setup_button, 2, 0)
        column.addLayout(buttons)

        self.status_label = QLabel()
        self.status_label.setObjectName("documentsStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.RichText)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.status_label.setOpenExternalLinks(False)
        column.addWidget(self.status_label)
        # Nothing here is done through Screen.run: refusals come as dialogs, the exports
        # say where the files went on the status line; the feedback line stays hidden.
        self.feedback.hide()
        left.setMinimumWidth(300)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("documentsSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self._build_preview(bold))
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([400, 880])
        self.splitter.splitterMoved.connect(self._save_splitter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

    def _build_preview(self, bold: QFont) -> QWidget:
        right = QWidget()
        side = QVBoxLayout(right)
        side.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.preview_title = QLabel()
        self.preview_title.setObjectName("previewTitle")
        self.preview_title.setFont(bold)
        bar.addWidget(self.preview_title, 1)
        self.preview_state = QLabel()
        self.preview_state.setObjectName("previewState")
        self.preview_state.setStyleSheet("QLabel { color: palette(placeholder-text); }")
        bar.addWidget(self.preview_state)
        self.zoom_out_button = self._tool("−", self.tr("Zoom out (Ctrl+-)"), "zoomOut")
        self.zoom_in_button = self._tool("+", self.tr("Zoom in (Ctrl++)"), "zoomIn")
        self.fit_button = self._tool(
            self.tr("Fit width"), self.tr("Fit the page width"), "fitWidth"
        )
        self.zoom_out_button.clicked.connect(self.zoom_out)
        self.zoom_in_button.clicked.connect(self.zoom_in)
        self.fit_button.clicked.connect(self.fit_width)
        for button in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            bar.addWidget(button)
        self.page_label = QLabel()
        self.page_label.setObjectName("pageCount")
        self.page_label.setMinimumWidth(110)
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        bar.addWidget(self.page_label)
        side.addLayout(bar)

        self.pages_view = PagesView()
        self.pages_view.setObjectName("documentPreview")
        self.pages_view.current_page_changed.connect(self._update_page_label)
        self.preview_message = QLabel()
        self.preview_message.setObjectName("previewMessage")
        self.preview_message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview_message.setWordWrap(True)
        self.preview_message.setStyleSheet("QLabel { color: palette(placeholder-text); }")
        self.preview_stack = QStackedWidget()
        self.preview_stack.addWidget(self.pages_view)
        self.preview_stack.addWidget(self.preview_message)
        side.addWidget(self.preview_stack, 1)
        return right

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        return button

    def _tool(self, text: str, tip: str, name: str) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setObjectName(name)
        button.setAutoRaise(False)
        button.setMinimumWidth(28)
        return button

    def _build_actions(self) -> None:
        def add(
            name: str,
            text: str,
            keys: list[QKeySequence],
            slot: Callable[[], None],
            button: QPushButton | QToolButton | None = None,
        ) -> QAction:
            action = tab_action(self, text, keys, slot, owner=self, button=button, name=name)
            if button is not None:
                keys_text = " / ".join(
                    k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys
                )
                if keys_text:
                    button.setToolTip(f"{text} ({keys_text})")
            return action

        self.export_docx_action = add(
            "exportDocxAction",
            self.tr("Export Word (.docx)…"),
            [QKeySequence("Ctrl+E")],
            self.export_docx,
            self.export_docx_button,
        )
        self.export_pdf_action = add(
            "exportPdfAction",
            self.tr("Export PDF…"),
            [QKeySequence("Ctrl+Shift+E")],
            self.export_pdf,
            self.export_pdf_button,
        )
        self.export_all_action = add(
            "exportAllAction",
            self.tr("Export all…"),
            [QKeySequence("Ctrl+Shift+A")],
            self.export_all,
            self.export_all_button,
        )
        self.print_action = add(
            "printAction",
            self.tr("Print…"),
            [QKeySequence("Ctrl+P")],
            self.print_document,
            self.print_button,
        )
        self.page_setup_action = add(
            "pageSetupAction", self.tr("Page set-up…"), [], self.page_setup, self.page_setup_button
        )
        add(
            "zoomInAction",
            self.tr("Zoom in"),
            [QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")],
            self.zoom_in,
        )
        add("zoomOutAction", self.tr("Zoom out"), [QKeySequence("Ctrl+-")], self.zoom_out)

    # --- reading ----------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the list and the check of the selected document; the preview follows."""
        self._stale = False
        store = self.ctx.store
        keep = self.selected_name()
        specs = catalog.available(store) if store is not None else []
        self._specs = {spec.name: spec for spec in specs}
        self.doc_list.blockSignals(True)
        self.doc_list.clear()
        for spec in specs:
            item = QListWidgetItem(spec.title)
            item.setData(Qt.ItemDataRole.UserRole, spec.name)
            item.setToolTip(self._formats_text(spec))
            self.doc_list.addItem(item)
        names = [spec.name for spec in specs]
        row = names.index(keep) if keep in names else (0 if names else -1)
        self.doc_list.setCurrentRow(row)
        self.doc_list.blockSignals(False)
        self._show_selection(same_document=keep is not None and keep == self.selected_name())

    def on_closed(self) -> None:
        self.on_opened()

    def on_opened(self) -> None:
        """Another congress (or none): nothing shown so far belongs to it."""
        self.doc_list.blockSignals(True)
        self.doc_list.clear()
        self.doc_list.blockSignals(False)
        self.exporter.clear_status()
        self._shown_gen = -1
        self.pages_view.clear()
        self.refresh()

    def _formats_text(self, spec: DocumentSpec) -> str:
        if catalog.DOCX in spec.formats and catalog.PDF in spec.formats:
            return self.tr("Word (.docx) and PDF")
        if catalog.PDF in spec.formats:
            return self.tr("PDF only")
        return self.tr("Word (.docx) only")

    def selected_name(self) -> str | None:
        item = self.doc_list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def selected_spec(self) -> DocumentSpec | None:
        name = self.selected_name()
        return self._specs.get(name) if name else None

    def _on_selected(self, *_args: object) -> None:
        self._show_selection(same_document=False)

    def _show_selection(self, *, same_document: bool) -> None:
        """Show the check of the selected document and ask for a fresh preview."""
        spec = self.selected_spec()
        self.preview_title.setText(spec.title if spec else "")
        self._update_check(spec)
        self._invalidate_preview(
            keep_shown=same_document,
            delay=PREVIEW_DEBOUNCE_MS if same_document else SELECT_DEBOUNCE_MS,
        )
        self._update_enabled()

    def _update_check(self, spec: DocumentSpec | None) -> None:
        store = self.ctx.store
        if store is None or spec is None:
            self.check_label.clear()
            return
        try:
            missing = catalog.check(store, spec.name)
        except SecretariatError as exc:
            self.check_label.show_warning(describe(exc))
            return
        if not missing:
            self.check_label.show_ok(self.tr("Everything needed is filled in"))
            return
        lines = []
        for gap in missing:
            text, where = self.missing_text(gap)
            lines.append((text, where, self._fix_hint(where)))
        self.check_label.show_gaps(lines)

    def _fix_hint(self, where: str) -> str:
        if where == FIX_ATTENDANCE:
            return self.tr("Fill it in on the Attendance tab")
        if where == FIX_CONGRESS:
            return self.tr("Fill it in on the Congress tab")
        return self.tr("Fill it in on the %1 tab").replace("%1", minutes_tab.tab_name(where))

    def missing_text(self, gap: Missing) -> tuple[str, str]:
        """One gap in plain words, and the tab where it is filled in."""
        count = int(gap.detail) if gap.detail.strip().isdigit() else 0
        blank = self.tr("the documents will show a blank to fill by hand")
        texts = {
            "superior_body": self.tr("No superior Party committee: %1"),
            "cell_name": self.tr("No cell name: %1"),
            "ordinal": self.tr("No congress number (“lần thứ”): %1"),
            "term": self.tr("No term (years): %1"),
            "venue": self.tr("No venue: %1"),
            "place": self.tr("No place name for the date line: %1"),
            "session_date": self.tr("No session date: %1"),
            "session_start": self.tr(
                "No start time for the official session: the programme will show no times"
            ),
            "no_members": self.tr("The roster is empty: add the members first"),
            "attendance_not_taken": self.tr("Attendance has not been taken yet"),
        }
        where = _FIX_TAB.get(gap.code, FIX_CONGRESS)
        if gap.code in texts:
            return texts[gap.code].replace("%1", blank), where
        if gap.code == "no_card_numbers":
            if count == 1:
                text = self.tr("1 member has no party card number: their card will have no QR code")
            else:
                text = self.tr(
                    "%1 members have no party card number: their cards will have no QR code"
                )
            return text.replace("%1", str(count)), where
        if gap.code == "unmarked_members":
            if count == 1:
                text = self.tr("1 member is not yet marked")
            else:
                text = self.tr("%1 members are not yet marked")
            return text.replace("%1", str(count)), where
        # The minutes' and resolution's checks: worded where the minutes are edited.
        return minutes_tab.missing_text(gap), minutes_tab.FIX_TAB.get(gap.code, where)

    def _update_enabled(self) -> None:
        spec = self.selected_spec()
        idle = self.ctx.store is not None and not self.exporter.exporting
        docx = idle and spec is not None and catalog.DOCX in spec.formats
        pdf = idle and spec is not None and catalog.PDF in spec.formats
        printable = self._shown_gen == self._preview_gen and self.preview_page_count() > 0
        for action, button, enabled in (
            (self.export_docx_action, self.export_docx_button, docx),
            (self.export_pdf_action, self.export_pdf_button, pdf),
            (self.export_all_action, self.export_all_button, idle and bool(self._specs)),
            (self.print_action, self.print_button, printable),
            (self.page_setup_action, self.page_setup_button, self.ctx.store is not None),
        ):
            action.setEnabled(enabled)
            button.setEnabled(enabled)
        has_pages = self.preview_page_count() > 0 and self.preview_stack.currentIndex() == 0
        for zoom in (self.zoom_in_button, self.zoom_out_button, self.fit_button):
            zoom.setEnabled(has_pages)

    def on_change(self, change: Change) -> None:
        if self.isVisible():
            self.refresh()
            return
        # Heard while hidden (a tab alone in a window not on screen; in the main window
        # the router holds the changes until the tab is shown): render nothing unseen.
        self._stale = True
        self._preview_gen += 1
        self._preview_timer.stop()
        self._update_enabled()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()
        if self._preview_owed:
            self._preview_owed = False
            self._preview_timer.start(SELECT_DEBOUNCE_MS)

    # --- the preview ------------------------------------------------------------------

    def _invalidate_preview(self, *, keep_shown: bool, delay: int) -> None:
        self._preview_gen += 1
        spec = self.selected_spec()
        if spec is None or self.ctx.store is None:
            self._preview_timer.stop()
            self._show_message(self.tr("Choose a document to see its preview."))
            return
        if catalog.PDF not in spec.formats:
            self._preview_timer.stop()
            self._show_message(self.tr("This document is made in Word only: no preview."))
            return
        if not keep_shown or self.preview_page_count() == 0:
            self._show_message(self.tr("Preparing the preview…"))
        self.preview_state.setText(self.tr("Updating…"))
        self._preview_timer.start(delay)

    def _show_message(self, text: str) -> None:
        self.preview_message.setText(text)
        self.preview_stack.setCurrentIndex(1)
        self.preview_state.clear()
        self._update_page_label()

    def _start_preview(self) -> None:
        if not self.isVisible():
            # Passed through (Ctrl+Tab) before the pause ran out: a render nobody sees
            # would hold up the next tab's keys (issue 16); it starts when shown.
            self._preview_owed = True
            return
        store, spec = self.ctx.store, self.selected_spec()
        if store is None or spec is None or catalog.PDF not in spec.formats:
            return
        if self._preview_running:
            self._preview_wanted = True  # one at a time; the newest starts next
            return
        self._preview_running = True
        gen, name = self._preview_gen, spec.name
        # Sharp on this screen: a 2× screen gets twice the pixels.
        dpi = min(PREVIEW_DPI * self.devicePixelRatioF(), VIEW_MAX_DPI)
        self.jobs.run(
            lambda _report: _render_preview(store, name, dpi),
            lambda data: self._preview_done(gen, data),
            lambda error: self._preview_failed(gen, error),
        )

    def _preview_finished(self) -> None:
        self._preview_running = False
        if self._preview_wanted:
            self._preview_wanted = False
            self._start_preview()

    def _preview_done(self, gen: int, rendered: object) -> None:
        self._preview_finished()
        if gen != self._preview_gen or not isinstance(rendered, RenderedPdf):
            return  # stale: another document, or the data changed meanwhile
        if not rendered.pages:
            self._show_message(self.tr("The preview could not be shown."))
            return
        same = self.preview_stack.currentIndex() == 0
        # A refresh of the same document stays where the secretary was.
        self.pages_view.set_document(rendered, keep_position=same)
        self._shown_gen = gen
        self.preview_stack.setCurrentIndex(0)
        self.preview_state.clear()
        self._update_page_label()
        self._update_enabled()

    def _preview_failed(self, gen: int, error: object) -> None:
        self._preview_finished()
        if gen != self._preview_gen:
            return
        reason = describe(error) if isinstance(error, Exception) else str(error)
        self._show_message(self.tr("The preview could not be made: %1").replace("%1", reason))
        self._update_enabled()

    def _update_page_label(self, *_args: object) -> None:
        count = self.preview_page_count()
        if count <= 0 or self.preview_stack.currentIndex() != 0:
            self.page_label.clear()
            return
        current = self.pages_view.current_page() + 1
        self.page_label.setText(
            self.tr("Page %1 of %2").replace("%1", str(current)).replace("%2", str(count))
        )

    def preview_page_count(self) -> int:
        """The number of pages of the preview held (0 when none)."""
        return self.pages_view.page_count()

    def preview_pdf(self) -> bytes:
        """The PDF of the preview held (empty when none)."""
        return self.pages_view.pdf_data()

    def preview_ready(self) -> bool:
        """Whether the preview on screen is that of the selected document and current data."""
        return (
            self._shown_gen == self._preview_gen
            and self.preview_stack.currentIndex() == 0
            and self.preview_page_count() > 0
        )

    def _effective_zoom(self) -> float:
        return self.pages_view.zoom_factor()

    def zoom_in(self) -> None:
        self.pages_view.zoom_in()

    def zoom_out(self) -> None:
        self.pages_view.zoom_out()

    def fit_width(self) -> None:
        self.pages_view.fit_width()

    # --- workers ----------------------------------------------------------------------

    def wait_for_jobs(self, msecs: int = 30_000) -> bool:
        """Block until the running previews and exports end (closing, tests)."""
        return self.jobs.wait(msecs)

    # --- export -----------------------------------------------------------------------

    @property
    def _busy_dialog(self) -> QProgressDialog | None:
        return self.exporter._busy_dialog

    @property
    def export_all_dialog(self) -> QProgressDialog | None:
        """The progress of "Export all" while it runs."""
        return self.exporter.export_all_dialog

    def export_docx(self) -> None:
        self.export(catalog.DOCX)

    def export_pdf(self) -> None:
        self.export(catalog.PDF)

    def export(self, fmt: str) -> None:
        """Ask where to save the selected document as ``fmt``, then write it off the UI thread."""
        self.exporter.export(self.selected_spec(), fmt)

    def export_all(self) -> None:
        """Choose a folder; write every document in every format it is made in."""
        self.exporter.export_all(self._specs.values())

    # --- printing ---------------------------------------------------------------------

    def print_document(self) -> None:
        """Ctrl+P: the print dialog, then the preview's pages onto the printer."""
        if not self.preview_ready():
            return
        spec = self.selected_spec()
        print_preview(self, self.pages_view, spec.title if spec else "", self.print_pages)

    def print_pages(self, printer: QPrinter, pages: list[int]) -> bool:
        """Draw the preview's pages onto ``printer``, each scaled to fit its paper."""
        return print_pages(printer, self.preview_pdf(), pages)

    # --- page set-up ------------------------------------------------------------------

    def page_setup(self) -> None:
        store = self.ctx.store
        if store is None:
            return
        current = {key: settings.get(store, key) for key in PAGE_KEYS}
        dialog = PageSetupDialog(current, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            save_page_settings(self.ctx, dialog.values())
        except SecretariatError as exc:
            show_error(self, exc)

    # --- visibility and state -----------------------------------------------------------

    def hideEvent(self, event: QHideEvent) -> None:
        self._save_splitter()
        super().hideEvent(event)

    def save_state(self) -> None:
        """Remember the splitter (the main window calls it on close)."""
        self._save_splitter()

    def _save_splitter(self, *_args: object) -> None:
        state.save_splitter(STATE_KEY, self.splitter)
