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

import html
import os
import tempfile
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any, NamedTuple, cast

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from PySide6.QtCore import (
    QObject,
    QPointF,
    QRect,
    QRectF,
    QRunnable,
    QSizeF,
    QStandardPaths,
    Qt,
    QThreadPool,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QDesktopServices,
    QFont,
    QGuiApplication,
    QHideEvent,
    QImage,
    QKeySequence,
    QPageLayout,
    QPageSize,
    QPainter,
    QPaintEvent,
    QPalette,
    QPixmap,
    QResizeEvent,
    QShowEvent,
    QWheelEvent,
)
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from secretariat.domain import Missing
from secretariat.errors import SecretariatError
from secretariat.reports import catalog
from secretariat.reports.catalog import DocumentSpec
from secretariat.services import settings
from secretariat.store import Store
from ui import state
from ui.commands.settings_actions import save_page_settings
from ui.context import CongressContext
from ui.messages import describe, show_error
from ui.tabs import minutes as minutes_tab
from ui.widgets.shortcuts import tab_action

STATE_KEY = "documents"  # ui.state key of the splitter
FOLDER_KEY = "documents/folder"  # QSettings: the folder of the last export
PREVIEW_DEBOUNCE_MS = 400  # after a data change
SELECT_DEBOUNCE_MS = 120  # after a change of selection (arrow keys run through the list)
BUSY_AFTER_MS = 300  # an export shows a progress dialog only if it takes longer
PRINT_MAX_DPI = 300  # an A4 page at 1200 dpi would be a 550 MB image; 300 dpi prints crisp
PREVIEW_DPI = 110  # the preview's pages (times the screen's pixel ratio): about fit-to-width
VIEW_MAX_DPI = 300  # zoomed in further, the pages on screen are rendered again, up to this
ZOOM_STEP = 1.25
ZOOM_MIN, ZOOM_MAX = 0.25, 5.0

MARGINS_KEY = "documents.margins_mm"
BODY_SIZE_KEY = "documents.body_size_pt"
ZERO_PAD_KEY = "documents.date_zero_pad"
SERIALS_KEY = "elections.print_serials"
SECRETARY_KEY = "documents.outgoing_secretary"
PAGE_KEYS = (MARGINS_KEY, BODY_SIZE_KEY, ZERO_PAD_KEY, SERIALS_KEY, SECRETARY_KEY)

# Where each gap is filled in: the tab the completeness check points to.
FIX_CONGRESS, FIX_ATTENDANCE = "congress", "attendance"
_FIX_TAB = {
    "attendance_not_taken": FIX_ATTENDANCE,
    "unmarked_members": FIX_ATTENDANCE,
}

OK_STYLE = (
    "QLabel { color: #0f5a1e; background: #e3f4e5; border: 1px solid #8cc79a;"
    " border-radius: 4px; padding: 6px 8px; font-weight: bold; }"
)
WARN_STYLE = (
    "QLabel { color: #5c3d00; background: #fff4d6; border: 1px solid #e0b84c;"
    " border-radius: 4px; padding: 6px 8px; }"
)


# --- the page set-up, as one undoable action ------------------------------------------


class PageSetupDialog(QDialog):
    """Margins, body size and the zero-padding of dates; OK returns the values."""

    def __init__(self, values: Mapping[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageSetupDialog")
        self.setWindowTitle(self.tr("Page set-up"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.margin_spins: list[QSpinBox] = []
        for name, text in (
            ("marginTop", self.tr("Top margin:")),
            ("marginBottom", self.tr("Bottom margin:")),
            ("marginLeft", self.tr("Left margin:")),
            ("marginRight", self.tr("Right margin:")),
        ):
            spin = self._spin(name, 5, 60, self.tr(" mm"))
            self.margin_spins.append(spin)
            form.addRow(text, spin)
        self.top_spin, self.bottom_spin, self.left_spin, self.right_spin = self.margin_spins
        self.body_spin = self._spin("bodySize", 11, 16, self.tr(" pt"))
        form.addRow(self.tr("Body text size:"), self.body_spin)
        layout.addLayout(form)
        self.zero_pad_check = QCheckBox(
            self.tr("Pad days below 10 and months 1–2 with a zero (ngày 05 tháng 02)")
        )
        self.zero_pad_check.setObjectName("zeroPadCheck")
        layout.addWidget(self.zero_pad_check)
        self.serials_check = QCheckBox(self.tr("Print serial numbers on ballot papers"))
        self.serials_check.setObjectName("serialsCheck")
        layout.addWidget(self.serials_check)
        serials_note = QLabel(
            self.tr(
                "Off by default: a number printed before the hand-out lets anyone watching tie "
                "a paper to its voter. The tellers number the papers as they count."
            )
        )
        serials_note.setWordWrap(True)
        serials_note.setStyleSheet("QLabel { color: palette(placeholder-text); }")
        layout.addWidget(serials_note)
        secretary_form = QFormLayout()
        self.secretary_edit = QLineEdit()
        self.secretary_edit.setObjectName("outgoingSecretaryEdit")
        self.secretary_edit.setPlaceholderText(
            self.tr("empty: the presenter named “…, Bí thư …” in the programme")
        )
        secretary_form.addRow(
            self.tr("Outgoing bí thư (signs the chi ủy's papers):"), self.secretary_edit
        )
        layout.addLayout(secretary_form)
        note = QLabel(
            self.tr(
                "Defaults from the Party's format guidance (36-HD/VPTW); not confirmed, "
                "change them if your superior committee asks."
            )
        )
        note.setObjectName("pageSetupNote")
        note.setWordWrap(True)
        note.setStyleSheet("QLabel { color: palette(placeholder-text); }")
        layout.addWidget(note)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        restore = self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        restore.clicked.connect(lambda: self.set_values(settings.DEFAULTS))
        layout.addWidget(self.buttons)
        self.set_values(values)
        self.setMinimumWidth(420)

    def _spin(self, name: str, low: int, high: int, suffix: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setRange(low, high)
        spin.setSuffix(suffix)
        spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        spin.setMinimumWidth(90)
        return spin

    def set_values(self, values: Mapping[str, Any]) -> None:
        margins = values.get(MARGINS_KEY, settings.DEFAULTS[MARGINS_KEY])
        for spin, value in zip(self.margin_spins, margins, strict=True):
            spin.setValue(round(value))
        self.body_spin.setValue(round(values.get(BODY_SIZE_KEY, settings.DEFAULTS[BODY_SIZE_KEY])))
        self.zero_pad_check.setChecked(
            bool(values.get(ZERO_PAD_KEY, settings.DEFAULTS[ZERO_PAD_KEY]))
        )
        self.serials_check.setChecked(bool(values.get(SERIALS_KEY, settings.DEFAULTS[SERIALS_KEY])))
        self.secretary_edit.setText(
            str(values.get(SECRETARY_KEY, settings.DEFAULTS[SECRETARY_KEY]))
        )

    def values(self) -> dict[str, Any]:
        return {
            MARGINS_KEY: [spin.value() for spin in self.margin_spins],
            BODY_SIZE_KEY: self.body_spin.value(),
            ZERO_PAD_KEY: self.zero_pad_check.isChecked(),
            SERIALS_KEY: self.serials_check.isChecked(),
            SECRETARY_KEY: self.secretary_edit.text().strip(),
        }


# --- work off the UI thread -----------------------------------------------------------


class _Relay(QObject):
    """Carries a job's outcome from the worker thread to handlers on the UI thread."""

    progress = Signal(int, str)  # files done, the file being written next
    done = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        parent: QObject,
        on_done: Callable[[object], None],
        on_failed: Callable[[object], None],
        on_progress: Callable[[int, str], None] | None,
    ) -> None:
        super().__init__(parent)
        self._on_done, self._on_failed, self._on_progress = on_done, on_failed, on_progress
        # Queued: emitted in the worker, delivered in this object's (the UI) thread.
        queued = Qt.ConnectionType.QueuedConnection
        self.done.connect(self._deliver_done, queued)
        self.failed.connect(self._deliver_failed, queued)
        self.progress.connect(self._deliver_progress, queued)

    def _deliver_done(self, value: object) -> None:
        self._on_done(value)

    def _deliver_failed(self, value: object) -> None:
        self._on_failed(value)

    def _deliver_progress(self, done: int, name: str) -> None:
        if self._on_progress is not None:
            self._on_progress(done, name)


class _Job(QRunnable):
    """Runs ``work(report)`` in the pool; the outcome comes back through the relay."""

    def __init__(self, work: Callable[[Callable[[int, str], None]], object], relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the tab holds it until its outcome has been handled
        self.relay = relay
        self._work = work

    def run(self) -> None:
        try:
            try:
                result = self._work(self.relay.progress.emit)
            except Exception as exc:  # any failure is shown to the secretary, never lost
                self.relay.failed.emit(exc)
            else:
                self.relay.done.emit(result)
        except RuntimeError:  # the tab (and its relay) went away meanwhile: nobody to tell
            pass


# --- PDF pages as images (PDFium) -----------------------------------------------------

# PDFium is not thread-safe: one call at a time, whichever thread makes it (the
# preview worker renders while the UI thread may print or sharpen a zoomed page).
_PDFIUM_LOCK = threading.Lock()

# PDFium's pixel formats (with or without reversed byte order) as QImage formats.
_QIMAGE_FORMATS = {
    (pdfium_c.FPDFBitmap_BGRx, True): QImage.Format.Format_RGBX8888,
    (pdfium_c.FPDFBitmap_BGRA, True): QImage.Format.Format_RGBA8888,
    (pdfium_c.FPDFBitmap_BGR, True): QImage.Format.Format_RGB888,
    (pdfium_c.FPDFBitmap_BGR, False): QImage.Format.Format_BGR888,
    (pdfium_c.FPDFBitmap_Gray, False): QImage.Format.Format_Grayscale8,
    (pdfium_c.FPDFBitmap_Gray, True): QImage.Format.Format_Grayscale8,
}


class RenderedPdf(NamedTuple):
    """A PDF, its pages as images at ``dpi`` and the pages' sizes in points."""

    data: bytes
    pages: list[QImage]
    sizes: list[QSizeF]
    dpi: float


def _bitmap_to_image(bitmap: Any, dpi: float) -> QImage:
    """A copy of a PDFium bitmap as a QImage (the bitmap's buffer may then be freed)."""
    fmt = _QIMAGE_FORMATS.get((bitmap.format, bool(bitmap.rev_byteorder)))
    if fmt is None:
        raise ValueError(f"unexpected PDFium pixel format {bitmap.format}")
    image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, fmt).copy()
    dots_per_metre = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    return image


def render_pdf(data: bytes, dpi: float, pages: Iterable[int] | None = None) -> RenderedPdf:
    """The pages of the PDF ``data`` (all, or the 0-based ``pages``) as images at ``dpi``.

    Safe in any thread: the images are QImages, not QPixmaps. Every PDFium
    object is closed before returning, so no finalizer runs later in another
    thread.
    """
    images: list[QImage] = []
    sizes: list[QSizeF] = []
    with _PDFIUM_LOCK:
        document = pdfium.PdfDocument(data)
        try:
            for index in range(len(document)) if pages is None else pages:
                page = document[index]
                try:
                    width, height = page.get_size()
                    sizes.append(QSizeF(width, height))
                    bitmap = page.render(scale=dpi / 72, prefer_bgrx=True, rev_byteorder=True)
                    try:
                        images.append(_bitmap_to_image(bitmap, dpi))
                    finally:
                        bitmap.close()
                finally:
                    page.close()
        finally:
            document.close()
    return RenderedPdf(data, images, sizes, dpi)


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


class _PagesCanvas(QWidget):
    """The scrolled surface of a PagesView; the view paints it."""

    def __init__(self, view: PagesView) -> None:
        super().__init__()
        self._view = view
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def paintEvent(self, event: QPaintEvent) -> None:
        self._view.paint_canvas(self, event.rect())


class PagesView(QScrollArea):
    """The preview: the pages one under another on a grey desk, fit to width or zoomed.

    Zoom 1.0 shows a page at its real size. The pages come as images rendered
    at the preview's resolution; zoomed in beyond it, the pages in sight are
    rendered again from the PDF (a moment later, up to VIEW_MAX_DPI), so the
    text stays crisp.
    """

    current_page_changed = Signal(int)  # 0-based

    FIT_WIDTH, CUSTOM = "fit-width", "custom"
    MARGIN, GAP = 16, 14  # around the pages, between two pages (pixels)
    DESK = QColor("#dfe1e5")
    BORDER = QColor("#a3a8b0")
    SHARP_KEPT = 3  # re-rendered pages kept (an A4 page at 300 dpi is 35 MB)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data = b""
        self._images: list[QImage] = []
        self._sizes: list[QSizeF] = []  # points
        self._dpi = float(PREVIEW_DPI)
        self._sharp: OrderedDict[int, tuple[float, QImage]] = OrderedDict()
        self._scaled: dict[int, QPixmap] = {}  # the pages at their size on screen
        self._rects: list[QRect] = []
        self._zoom_mode = self.FIT_WIDTH
        self._zoom = 1.0
        self._current = 0
        self._canvas = _PagesCanvas(self)
        self.setWidget(self._canvas)
        self.setWidgetResizable(False)
        # Always there, so fitting the width never makes it come and go.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        palette = self.viewport().palette()
        palette.setColor(QPalette.ColorRole.Window, self.DESK)
        self.viewport().setPalette(palette)
        self.viewport().setAutoFillBackground(True)
        self.verticalScrollBar().setSingleStep(24)
        self.verticalScrollBar().valueChanged.connect(self._update_current)
        self._sharpen_timer = QTimer(self)
        self._sharpen_timer.setSingleShot(True)
        self._sharpen_timer.setInterval(150)
        self._sharpen_timer.timeout.connect(self._sharpen)

    # --- the document ---

    def set_document(self, rendered: RenderedPdf, *, keep_position: bool = False) -> None:
        """Show ``rendered``'s pages; ``keep_position`` stays where the reader was."""
        top, left = self.verticalScrollBar().value(), self.horizontalScrollBar().value()
        self._data, self._dpi = rendered.data, rendered.dpi
        self._images, self._sizes = list(rendered.pages), list(rendered.sizes)
        self._sharp.clear()
        self._relayout(anchor=False)
        self.verticalScrollBar().setValue(top if keep_position else 0)
        self.horizontalScrollBar().setValue(left if keep_position else 0)
        self._update_current()

    def clear(self) -> None:
        self.set_document(RenderedPdf(b"", [], [], float(PREVIEW_DPI)))

    def page_count(self) -> int:
        return len(self._images)

    def pdf_data(self) -> bytes:
        """The PDF whose pages are shown (empty when none)."""
        return self._data

    def page_size(self, index: int) -> QSizeF:
        """The size of a page in points."""
        return QSizeF(self._sizes[index])

    def page_image(self, index: int) -> QImage:
        """A page as rendered for the preview."""
        return self._images[index]

    def page_rects(self) -> list[QRect]:
        """Where the pages lie on the scrolled surface."""
        return [QRect(rect) for rect in self._rects]

    def current_page(self) -> int:
        """The 0-based page most in sight."""
        return self._current

    # --- zoom ---

    def zoom_mode(self) -> str:
        return self._zoom_mode

    def zoom_factor(self) -> float:
        """The zoom on screen (1.0 is the real size), also when fitting the width."""
        if self._zoom_mode == self.CUSTOM:
            return self._zoom
        widest = max((size.width() for size in self._sizes), default=0.0)
        pixels = widest / 72 * self.logicalDpiX()
        usable = self.viewport().width() - 2 * self.MARGIN
        if pixels <= 0 or usable <= 0:
            return 1.0
        return max(ZOOM_MIN / 4, usable / pixels)

    def set_zoom_factor(self, factor: float) -> None:
        self._zoom_mode = self.CUSTOM
        self._zoom = max(ZOOM_MIN, min(ZOOM_MAX, factor))
        self._relayout(anchor=True)

    def fit_width(self) -> None:
        self._zoom_mode = self.FIT_WIDTH
        self._relayout(anchor=True)

    def zoom_in(self) -> None:
        self.set_zoom_factor(self.zoom_factor() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom_factor(self.zoom_factor() / ZOOM_STEP)

    # --- layout ---

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout(anchor=self._zoom_mode == self.CUSTOM)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            delta = event.angleDelta().y()
            if delta > 0:
                self.zoom_in()
            elif delta < 0:
                self.zoom_out()
            event.accept()
            return
        super().wheelEvent(event)

    def _relayout(self, *, anchor: bool) -> None:
        """Place the pages for the current zoom; ``anchor`` keeps the middle of the view."""
        vbar, hbar = self.verticalScrollBar(), self.horizontalScrollBar()
        view = self.viewport().size()
        old = self._canvas.size()
        middle_y = (vbar.value() + view.height() / 2) / old.height() if old.height() else 0.0
        middle_x = (hbar.value() + view.width() / 2) / old.width() if old.width() else 0.5
        scale = self.zoom_factor() * self.logicalDpiX() / 72  # pixels per point
        sizes = [(round(s.width() * scale), round(s.height() * scale)) for s in self._sizes]
        width = max(view.width(), max((w for w, _h in sizes), default=0) + 2 * self.MARGIN)
        rects: list[QRect] = []
        y = self.MARGIN
        for w, h in sizes:
            rects.append(QRect((width - w) // 2, y, w, h))
            y += h + self.GAP
        height = max(view.height(), y - self.GAP + self.MARGIN if rects else 0)
        self._rects = rects
        self._scaled.clear()
        if not self._needs_sharper():
            self._sharp.clear()  # back to (or below) the preview's resolution
        self._canvas.resize(width, height)
        if anchor:
            vbar.setValue(round(middle_y * height - view.height() / 2))
            hbar.setValue(round(middle_x * width - view.width() / 2))
        self._canvas.update()
        self._update_current()

    def _needed_dpi(self, index: int) -> float:
        """The resolution page ``index`` needs on screen (device pixels per inch)."""
        inches = self._sizes[index].width() / 72
        ratio = self._canvas.devicePixelRatioF()
        return self._rects[index].width() * ratio / inches if inches > 0 else 0.0

    def _needs_sharper(self) -> bool:
        return any(self._needed_dpi(index) > self._dpi * 1.15 for index in range(len(self._rects)))

    def _source(self, index: int) -> tuple[float, QImage]:
        return self._sharp.get(index) or (self._dpi, self._images[index])

    def _in_sight(self) -> QRect:
        return QRect(
            self.horizontalScrollBar().value(),
            self.verticalScrollBar().value(),
            self.viewport().width(),
            self.viewport().height(),
        )

    def _update_current(self, *_args: object) -> None:
        sight = self._in_sight()
        best, best_seen = 0, -1
        for index, rect in enumerate(self._rects):
            seen = min(rect.bottom() + 1, sight.bottom() + 1) - max(rect.top(), sight.top())
            if seen > best_seen:
                best, best_seen = index, seen
        if best != self._current:
            self._current = best
            self.current_page_changed.emit(best)

    # --- painting ---

    def paint_canvas(self, canvas: QWidget, area: QRect) -> None:
        painter = QPainter(canvas)
        painter.fillRect(area, self.DESK)
        ratio = canvas.devicePixelRatioF()
        blurry = False
        for index, rect in enumerate(self._rects):
            if not area.intersects(rect.adjusted(-2, -2, 4, 4)):
                continue
            painter.fillRect(rect.translated(3, 3), QColor(0, 0, 0, 22))  # a light shadow
            painter.fillRect(rect.translated(1, 2), QColor(0, 0, 0, 30))
            dpi, image = self._source(index)
            pixmap = self._scaled.get(index)
            device_width = round(rect.width() * ratio)
            if pixmap is None and device_width <= image.width():
                # Shrunk once, smoothly, then drawn as is at every repaint.
                shrunk = image.scaled(
                    device_width,
                    round(rect.height() * ratio),
                    Qt.AspectRatioMode.IgnoreAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
                pixmap = QPixmap.fromImage(shrunk)
                pixmap.setDevicePixelRatio(ratio)
                self._scaled[index] = pixmap
            if pixmap is not None:
                painter.drawPixmap(rect.topLeft(), pixmap)
            else:  # enlarged: only the part in sight is scaled
                painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
                painter.drawImage(QRectF(rect), image)
            if self._needed_dpi(index) > dpi * 1.15 and dpi < VIEW_MAX_DPI:
                blurry = True
            painter.setPen(self.BORDER)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(rect).adjusted(-0.5, -0.5, 0.5, 0.5))
        painter.end()
        if blurry and self._data:
            self._sharpen_timer.start()

    def _sharpen(self) -> None:
        """Render the enlarged pages in sight again at the resolution they need."""
        sight = self._in_sight()
        for index, rect in enumerate(self._rects):
            if not rect.intersects(sight):
                continue
            dpi, _image = self._source(index)
            wanted = min(self._needed_dpi(index), VIEW_MAX_DPI)
            if wanted <= dpi * 1.15:
                continue
            try:
                rendered = render_pdf(self._data, wanted, [index])
            except Exception:  # the preview's image stays: enlarged, but shown
                return
            self._sharp[index] = (wanted, rendered.pages[0])
            self._sharp.move_to_end(index)
            while len(self._sharp) > self.SHARP_KEPT:
                self._sharp.popitem(last=False)
            self._scaled.pop(index, None)
        self._canvas.update()


# --- the tab --------------------------------------------------------------------------


class DocumentsTab(QWidget):
    """Documents to print: the list, the completeness check, a live preview, export."""

    # The tab where a gap is filled in ("congress" or "attendance"): the main
    # window may switch to it when the secretary follows a hint's link.
    fix_requested = Signal(str)

    def __init__(self, ctx: CongressContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documents_tab")
        self.ctx = ctx
        self._specs: dict[str, DocumentSpec] = {}
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)  # one preview and one export at most
        self._jobs: set[_Job] = set()
        # Previews: the generation goes up whenever the shown preview goes stale.
        self._preview_gen = 0
        self._shown_gen = -1  # the generation of the preview on screen
        self._preview_running = False
        self._preview_wanted = False
        self._dirty = False  # data changed while the tab was hidden
        self._exporting = False
        self._busy_dialog: QProgressDialog | None = None
        self._busy_text = ""
        self.export_all_dialog: QProgressDialog | None = None  # while "Export all" runs
        self._status_folder = ""
        self._build()
        self._build_actions()
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.timeout.connect(self._start_preview)
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(BUSY_AFTER_MS)
        self._busy_timer.timeout.connect(self._show_busy)
        ctx.changed.connect(self._on_changed)
        ctx.opened.connect(self._on_opened)
        ctx.closed.connect(self._on_opened)
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
        self.check_label = QLabel()
        self.check_label.setObjectName("documentCheck")
        self.check_label.setWordWrap(True)
        self.check_label.setTextFormat(Qt.TextFormat.RichText)
        self.check_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.check_label.linkActivated.connect(self.fix_requested.emit)
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.addWidget(self.check_label)
        holder_layout.addStretch(1)
        self.check_scroll = QScrollArea()
        self.check_scroll.setObjectName("documentCheckScroll")
        self.check_scroll.setWidget(holder)
        self.check_scroll.setWidgetResizable(True)
        self.check_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.check_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        column.addWidget(self.check_scroll, 1)

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
        self.status_label.linkActivated.connect(self._open_folder)
        column.addWidget(self.status_label)
        left.setMinimumWidth(300)

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

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("documentsSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([400, 880])
        self.splitter.splitterMoved.connect(self._save_splitter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

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
        self._dirty = False
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

    def _on_opened(self) -> None:
        """Another congress (or none): nothing shown so far belongs to it."""
        self.doc_list.blockSignals(True)
        self.doc_list.clear()
        self.doc_list.blockSignals(False)
        self.status_label.clear()
        self._status_folder = ""
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
            self.check_label.setStyleSheet("")
            return
        try:
            missing = catalog.check(store, spec.name)
        except SecretariatError as exc:
            self.check_label.setStyleSheet(WARN_STYLE)
            self.check_label.setText(html.escape(describe(exc)))
            return
        if not missing:
            self.check_label.setStyleSheet(OK_STYLE)
            self.check_label.setText("✓ " + html.escape(self.tr("Everything needed is filled in")))
            return
        lines = []
        for gap in missing:
            text, where = self.missing_text(gap)
            hint = self._fix_hint(where)
            lines.append(
                f"<p style='margin: 0 0 6px 0'>⚠ {html.escape(text)}<br>"
                f"<small><a href='{where}'>{html.escape(hint)}</a></small></p>"
            )
        self.check_label.setStyleSheet(WARN_STYLE)
        self.check_label.setText("".join(lines))

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
        idle = self.ctx.store is not None and not self._exporting
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

    def _on_changed(self, _action: str) -> None:
        if self.isVisible():
            self.refresh()
        else:
            # Check-ins at the door change the data often: render nothing unseen.
            self._dirty = True
            self._preview_gen += 1
            self._preview_timer.stop()
            self._update_enabled()

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
        self._run(
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

    def _run(
        self,
        work: Callable[[Callable[[int, str], None]], object],
        on_done: Callable[[object], None],
        on_failed: Callable[[object], None],
        on_progress: Callable[[int, str], None] | None = None,
    ) -> None:
        job: _Job

        def finish(handler: Callable[[object], None], value: object) -> None:
            self._jobs.discard(job)
            job.relay.deleteLater()
            handler(value)

        relay = _Relay(
            self,
            lambda value: finish(on_done, value),
            lambda value: finish(on_failed, value),
            on_progress,
        )
        job = _Job(work, relay)
        self._jobs.add(job)
        self._pool.start(job)

    def wait_for_jobs(self, msecs: int = 30_000) -> bool:
        """Block until the running previews and exports end (closing, tests)."""
        return self._pool.waitForDone(msecs)

    # --- export -----------------------------------------------------------------------

    def _start_folder(self) -> str:
        remembered = str(state.settings().value(FOLDER_KEY, "") or "")
        if remembered and Path(remembered).is_dir():
            return remembered
        if self.ctx.path is not None:
            return str(self.ctx.path.parent)
        return QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        ) or str(Path.home())

    def export_docx(self) -> None:
        self.export(catalog.DOCX)

    def export_pdf(self) -> None:
        self.export(catalog.PDF)

    def export(self, fmt: str) -> None:
        """Ask where to save the selected document as ``fmt``, then write it off the UI thread."""
        store, spec = self.ctx.store, self.selected_spec()
        if store is None or spec is None or fmt not in spec.formats or self._exporting:
            return
        suggested = str(
            Path(self._start_folder()) / catalog.default_filename(store, spec.name, fmt)
        )
        if fmt == catalog.DOCX:
            title, filter_ = self.tr("Export Word document"), self.tr("Word document (*.docx)")
        else:
            title, filter_ = self.tr("Export PDF"), self.tr("PDF document (*.pdf)")
        chosen, _ = QFileDialog.getSaveFileName(self, title, suggested, filter_)
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != f".{fmt}":
            path = path.with_name(path.name + f".{fmt}")
        state.settings().setValue(FOLDER_KEY, str(path.parent))
        name = spec.name
        self._begin_export(self.tr("Writing %1…").replace("%1", path.name))
        self._run(
            lambda _report: catalog.export(store, name, fmt, path),
            self._export_done,
            self._export_failed,
        )

    def _begin_export(self, text: str) -> None:
        self._exporting = True
        self._busy_text = text
        self._busy_timer.start()
        self._update_enabled()

    def _show_busy(self) -> None:
        if not self._exporting or self._busy_dialog is not None:
            return
        dialog = QProgressDialog(self._busy_text, "", 0, 0, self)
        dialog.setObjectName("exportBusy")
        dialog.setWindowTitle(self.tr("Exporting"))
        dialog.setCancelButton(None)  # a single file cannot be stopped halfway
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.show()
        self._busy_dialog = dialog

    def _end_export(self) -> None:
        self._exporting = False
        self._busy_timer.stop()
        if self._busy_dialog is not None:
            self._busy_dialog.close()
            self._busy_dialog.deleteLater()
            self._busy_dialog = None
        self._update_enabled()

    def _export_done(self, result: object) -> None:
        self._end_export()
        path = Path(str(result))
        self._set_status(self.tr("Saved %1").replace("%1", str(path)), path.parent)

    def _export_failed(self, error: object) -> None:
        self._end_export()
        self.status_label.clear()
        show_error(self, error if isinstance(error, Exception) else RuntimeError(str(error)))

    def _set_status(self, text: str, folder: Path) -> None:
        self._status_folder = str(folder)
        link = html.escape(self.tr("Open folder"))
        self.status_label.setText(f"{html.escape(text)} — <a href='open-folder'>{link}</a>")

    def _open_folder(self, _link: str = "") -> None:
        if self._status_folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(self._status_folder))

    def export_all(self) -> None:
        """Choose a folder; write every document in every format it is made in."""
        store = self.ctx.store
        if store is None or self._exporting or not self._specs:
            return
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Export all documents to a folder"), self._start_folder()
        )
        if not chosen:
            return
        folder = Path(chosen)
        state.settings().setValue(FOLDER_KEY, str(folder))
        files = [
            (spec.name, fmt, folder / catalog.default_filename(store, spec.name, fmt))
            for spec in self._specs.values()
            for fmt in spec.formats
        ]
        existing = [path.name for _name, _fmt, path in files if path.exists()]
        if existing:
            answer = QMessageBox.question(
                self,
                self.tr("Export all"),
                self.tr("%1 of these files already exist in the folder. Replace them?").replace(
                    "%1", str(len(existing))
                )
                + "\n\n"
                + "\n".join(existing),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        cancel = threading.Event()
        dialog = QProgressDialog(
            self.tr("Writing the documents…"), self.tr("Stop"), 0, len(files), self
        )
        dialog.setObjectName("exportAllProgress")
        dialog.setWindowTitle(self.tr("Export all"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(cancel.set)
        dialog.setValue(0)
        dialog.show()
        self.export_all_dialog = dialog
        self._exporting = True
        self._update_enabled()

        def work(report: Callable[[int, str], None]) -> tuple[list[Path], list[tuple[str, str]]]:
            written: list[Path] = []
            errors: list[tuple[str, str]] = []
            for done, (name, fmt, path) in enumerate(files):
                if cancel.is_set():
                    break
                report(done, path.name)
                try:
                    written.append(catalog.export(store, name, fmt, path))
                except Exception as exc:  # the other files are still written
                    errors.append((path.name, describe(exc)))
            report(len(files), "")
            return written, errors

        def progress(done: int, file_name: str) -> None:
            if file_name:
                dialog.setLabelText(self.tr("Writing %1…").replace("%1", file_name))
            dialog.setValue(done)  # last: a modal dialog handles events here

        self._run(
            work,
            lambda result: self._export_all_done(folder, dialog, result),
            lambda error: self._export_all_failed(dialog, error),
            progress,
        )

    def _close_progress(self, dialog: QProgressDialog) -> None:
        self._exporting = False
        self.export_all_dialog = None
        dialog.close()
        dialog.deleteLater()
        self._update_enabled()

    def _export_all_done(self, folder: Path, dialog: QProgressDialog, result: object) -> None:
        self._close_progress(dialog)
        written, errors = cast("tuple[list[Path], list[tuple[str, str]]]", result)
        self._set_status(
            self.tr("%1 files written to %2")
            .replace("%1", str(len(written)))
            .replace("%2", str(folder)),
            folder,
        )
        if errors:
            QMessageBox.warning(
                self,
                self.tr("Export all"),
                self.tr("These files could not be written:")
                + "\n\n"
                + "\n".join(f"• {name}: {reason}" for name, reason in errors),
            )

    def _export_all_failed(self, dialog: QProgressDialog, error: object) -> None:
        self._close_progress(dialog)
        show_error(self, error if isinstance(error, Exception) else RuntimeError(str(error)))

    # --- printing ---------------------------------------------------------------------

    def print_document(self) -> None:
        """Ctrl+P: the print dialog, then the preview's pages onto the printer."""
        if not self.preview_ready():
            return
        count = self.preview_page_count()
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        spec = self.selected_spec()
        printer.setDocName(spec.title if spec else "")
        first = self.pages_view.page_size(0)
        printer.setPageSize(
            QPageSize(
                QSizeF(min(first.width(), first.height()), max(first.width(), first.height())),
                QPageSize.Unit.Point,
                "",
                QPageSize.SizeMatchPolicy.FuzzyMatch,
            )
        )
        printer.setPageOrientation(
            QPageLayout.Orientation.Landscape
            if first.width() > first.height()
            else QPageLayout.Orientation.Portrait
        )
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("printDialog")
        dialog.setWindowTitle(self.tr("Print"))
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, True)
        dialog.setMinMax(1, count)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        pages = self._pages_to_print(printer, count)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            ok = self.print_pages(printer, pages)
        finally:
            QGuiApplication.restoreOverrideCursor()
        if not ok:
            show_error(self, OSError(self.tr("The printer could not be started.")))

    def _pages_to_print(self, printer: QPrinter, count: int) -> list[int]:
        """0-based page indexes, as the print dialog chose them."""
        if printer.printRange() == QPrinter.PrintRange.CurrentPage:
            return [self.pages_view.current_page()]
        ranges = printer.pageRanges()
        if printer.printRange() == QPrinter.PrintRange.PageRange and not ranges.isEmpty():
            return [page - 1 for page in range(1, count + 1) if ranges.contains(page)]
        return list(range(count))

    def print_pages(self, printer: QPrinter, pages: list[int]) -> bool:
        """Draw the preview's pages onto ``printer``, each scaled to fit its paper.

        Each page is rendered again from the PDF at the printer's resolution
        (at most PRINT_MAX_DPI), one at a time, so only one page image is held.
        """
        data = self.preview_pdf()
        printer.setFullPage(True)  # the PDF pages carry their own margins
        painter = QPainter()
        if not painter.begin(printer):
            return False
        try:
            dpi = min(printer.resolution(), PRINT_MAX_DPI)
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            for n, index in enumerate(pages):
                if n:
                    printer.newPage()
                image = render_pdf(data, dpi, [index]).pages[0]
                paper = QRectF(painter.viewport())
                scale = min(paper.width() / image.width(), paper.height() / image.height())
                target = QRectF(0, 0, image.width() * scale, image.height() * scale)
                target.moveCenter(QPointF(paper.center()))
                painter.drawImage(target, image)
        finally:
            painter.end()
        return True

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

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:
        self._save_splitter()
        super().hideEvent(event)

    def save_state(self) -> None:
        """Remember the splitter (the main window calls it on close)."""
        self._save_splitter()

    def _save_splitter(self, *_args: object) -> None:
        state.save_splitter(STATE_KEY, self.splitter)
