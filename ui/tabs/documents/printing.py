"""Printing the preview: the print dialog, then each page rendered again at the printer's
resolution and drawn onto its paper."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from ui.messages import show_error
from ui.widgets.pdf_view import PagesView, render_pdf

PRINT_MAX_DPI = 300  # an A4 page at 1200 dpi would be a 550 MB image; 300 dpi prints crisp


def _tr(text: str) -> str:
    return QCoreApplication.translate("DocumentsTab", text)


def _printer_for(view: PagesView, title: str) -> QPrinter:
    """A printer set to the paper and orientation of the first page."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    first = view.page_size(0)
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
    return printer


def print_preview(
    parent: QWidget, view: PagesView, title: str, paint: Callable[[QPrinter, list[int]], bool]
) -> None:
    """The print dialog, then ``paint(printer, pages)`` puts the chosen pages on paper."""
    count = view.page_count()
    printer = _printer_for(view, title)
    dialog = QPrintDialog(printer, parent)
    dialog.setObjectName("printDialog")
    dialog.setWindowTitle(_tr("Print"))
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, True)
    dialog.setMinMax(1, count)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    pages = pages_to_print(printer, count, view.current_page())
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        ok = paint(printer, pages)
    finally:
        QGuiApplication.restoreOverrideCursor()
    if not ok:
        show_error(parent, OSError(_tr("The printer could not be started.")))


def pages_to_print(printer: QPrinter, count: int, current: int) -> list[int]:
    """0-based page indexes, as the print dialog chose them."""
    if printer.printRange() == QPrinter.PrintRange.CurrentPage:
        return [current]
    ranges = printer.pageRanges()
    if printer.printRange() == QPrinter.PrintRange.PageRange and not ranges.isEmpty():
        return [page - 1 for page in range(1, count + 1) if ranges.contains(page)]
    return list(range(count))


def print_pages(printer: QPrinter, data: bytes, pages: list[int]) -> bool:
    """Draw the pages of the PDF ``data`` onto ``printer``, each scaled to fit its paper.

    Each page is rendered again from the PDF at the printer's resolution
    (at most PRINT_MAX_DPI), one at a time, so only one page image is held.
    """
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
