"""A PDF shown as pages: PDFium renders them into images, PagesView lays them out on a desk.

``render_pdf`` is safe in any thread (QImages, every PDFium object closed before
it returns); the view fits the width or zooms, and renders the pages in sight
again, sharper, when zoomed in beyond the resolution it was given.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Iterable
from typing import Any, NamedTuple

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from PySide6.QtCore import QRect, QRectF, QSizeF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QPainter,
    QPaintEvent,
    QPalette,
    QPixmap,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QScrollArea, QWidget

PREVIEW_DPI = 110  # the preview's pages (times the screen's pixel ratio): about fit-to-width
VIEW_MAX_DPI = 300  # zoomed in further, the pages on screen are rendered again, up to this
ZOOM_STEP = 1.25
ZOOM_MIN, ZOOM_MAX = 0.25, 5.0


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
