"""The documents tab, driven through its widgets: check, preview, export, print, page set-up."""

from __future__ import annotations

import io
import itertools
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import docx
import pytest
from pypdf import PdfReader

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog

from secretariat import demo
from secretariat.reports import catalog
from secretariat.services import congress, settings
from ui import state
from ui.commands import actions
from ui.context import CongressContext
from ui.tabs import documents
from ui.tabs.documents import DocumentsTab, PageSetupDialog, PagesView, save_page_settings
from ui.tabs.documents import export as documents_export

PREVIEW_TIMEOUT = 20_000
REPORT = "attendance_report"
CARDS = "delegate_cards"
PAGE_KEYS = (
    "documents.margins_mm",
    "documents.body_size_pt",
    "documents.date_zero_pad",
    "elections.print_serials",
    "documents.outgoing_secretary",
)

# --- helpers ---------------------------------------------------------------------------


def make_tab(qtbot: Any, ctx: CongressContext) -> DocumentsTab:
    tab = DocumentsTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    tab.show()
    tab.activateWindow()
    qtbot.waitExposed(tab)
    tab.doc_list.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tab.doc_list)
    return tab


@pytest.fixture
def tab(qtbot: Any, ctx: CongressContext) -> Iterator[DocumentsTab]:
    widget = make_tab(qtbot, ctx)
    yield widget
    widget.wait_for_jobs()


def titles(tab: DocumentsTab) -> list[str]:
    return [tab.doc_list.item(row).text() for row in range(tab.doc_list.count())]


def select(tab: DocumentsTab, name: str) -> None:
    for row in range(tab.doc_list.count()):
        if tab.doc_list.item(row).data(Qt.ItemDataRole.UserRole) == name:
            tab.doc_list.setCurrentRow(row)
            return
    raise AssertionError(f"{name} is not listed")


def wait_preview(qtbot: Any, tab: DocumentsTab) -> None:
    qtbot.waitUntil(tab.preview_ready, timeout=PREVIEW_TIMEOUT)
    assert tab.preview_page_count() >= 1


def preview_reader(tab: DocumentsTab) -> PdfReader:
    """The PDF of the preview on screen, to read its title and text."""
    return PdfReader(io.BytesIO(tab.preview_pdf()))


def press(qtbot: Any, tab: DocumentsTab, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
    # A progress dialog may have been the active window meanwhile.
    tab.activateWindow()
    tab.doc_list.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tab.doc_list)
    qtbot.keyClick(tab.doc_list, key, modifiers)


CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


class SaveDialog:
    """Stands in for QFileDialog.getSaveFileName: answers a path, records the question."""

    def __init__(self, answer: Path | None) -> None:
        self.answer = answer
        self.asked: list[tuple[str, str]] = []

    def __call__(self, _parent: object, _title: str, suggested: str, filter_: str) -> tuple:
        self.asked.append((suggested, filter_))
        return (str(self.answer) if self.answer else "", filter_)


# --- the list and the completeness check -----------------------------------------------


def test_the_list_shows_the_documents_available_for_the_demo(
    tab: DocumentsTab, ctx: CongressContext
) -> None:
    expected = [spec.title for spec in catalog.available(ctx.require())]
    assert expected and titles(tab) == expected
    assert "Báo cáo tình hình đảng viên tham dự đại hội" in titles(tab)
    assert tab.doc_list.currentRow() == 0


def test_selecting_a_document_shows_its_gaps_and_its_preview(qtbot: Any, tab: DocumentsTab) -> None:
    select(tab, REPORT)
    assert "2 members are not yet marked" in tab.check_label.text()
    assert "Attendance tab" in tab.check_label.text()
    wait_preview(qtbot, tab)
    assert tab.preview_title.text() == "Báo cáo tình hình đảng viên tham dự đại hội"
    count = tab.preview_page_count()
    assert count >= 2 and tab.page_label.text() == f"Page 1 of {count}"
    view = tab.pages_view
    assert view.zoom_mode() == PagesView.FIT_WIDTH
    rects = view.page_rects()
    assert all(below.top() > above.bottom() for above, below in itertools.pairwise(rects))
    assert rects[0].width() <= view.viewport().width()  # fit to width: no sideways scrolling
    assert tab.print_button.isEnabled()
    assert tab.export_docx_button.isEnabled() and tab.export_pdf_button.isEnabled()


def test_a_hint_link_asks_for_the_tab_where_the_gap_is_filled(
    qtbot: Any, tab: DocumentsTab
) -> None:
    select(tab, REPORT)
    with qtbot.waitSignal(tab.fix_requested) as signal:
        tab.check_label.linkActivated.emit("attendance")
    assert signal.args == ["attendance"]


def test_a_complete_document_shows_the_green_line(
    qtbot: Any, tab: DocumentsTab, ctx: CongressContext
) -> None:
    store = ctx.require()
    complete = [s.name for s in catalog.available(store) if not catalog.check(store, s.name)]
    assert complete, "the demo has a document with nothing missing"
    select(tab, complete[0])
    assert "Everything needed is filled in" in tab.check_label.text()
    assert "⚠" not in tab.check_label.text()


def test_a_cleared_field_is_named_with_a_blank_warning(
    qtbot: Any, tab: DocumentsTab, ctx: CongressContext
) -> None:
    select(tab, REPORT)
    info = congress.get_info(ctx.require())
    actions.set_info(ctx, replace(info, venue=""))
    text = tab.check_label.text()
    assert "No venue: the documents will show a blank to fill by hand" in text
    assert "Congress tab" in text


def test_every_gap_code_is_worded(tab: DocumentsTab) -> None:
    cases = {
        catalog.Missing("venue"): "No venue: the documents will show a blank to fill by hand",
        catalog.Missing("no_card_numbers", "12"): (
            "12 members have no party card number: their cards will have no QR code"
        ),
        catalog.Missing("no_card_numbers", "1"): (
            "1 member has no party card number: their card will have no QR code"
        ),
        catalog.Missing("attendance_not_taken"): "Attendance has not been taken yet",
        catalog.Missing("unmarked_members", "3"): "3 members are not yet marked",
        catalog.Missing("unmarked_members", "1"): "1 member is not yet marked",
    }
    for gap, text in cases.items():
        assert tab.missing_text(gap)[0] == text
    codes = [
        "superior_body",
        "cell_name",
        "ordinal",
        "term",
        "venue",
        "place",
        "session_date",
        "no_members",
        "no_card_numbers",
        "attendance_not_taken",
        "unmarked_members",
    ]
    for code in codes:
        text, where = tab.missing_text(catalog.Missing(code, "2"))
        assert text and not text.startswith("Something is missing"), code
        assert where == (
            "attendance" if code in ("attendance_not_taken", "unmarked_members") else "congress"
        )


def test_attendance_not_taken_on_a_fresh_congress(qtbot: Any, empty_ctx: CongressContext) -> None:
    tab = make_tab(qtbot, empty_ctx)
    select(tab, REPORT)
    assert "Attendance has not been taken yet" in tab.check_label.text()
    tab.wait_for_jobs()


def test_pdf_only_documents_offer_no_word_export(qtbot: Any, tab: DocumentsTab) -> None:
    select(tab, CARDS)
    assert not tab.export_docx_button.isEnabled()
    assert not tab.export_docx_action.isEnabled()
    assert tab.export_pdf_button.isEnabled()
    wait_preview(qtbot, tab)


def test_closing_the_congress_empties_the_tab_and_opening_refills_it(
    qtbot: Any, tab: DocumentsTab, ctx: CongressContext, tmp_path: Path
) -> None:
    wait_preview(qtbot, tab)
    ctx.close()
    assert tab.doc_list.count() == 0 and tab.check_label.text() == ""
    assert not tab.preview_ready() and tab.preview_page_count() == 0
    assert tab.preview_pdf() == b""
    for button in (tab.export_docx_button, tab.export_all_button, tab.print_button):
        assert not button.isEnabled()
    ctx.attach(demo.create_demo(tmp_path / "other.daihoi"))
    assert titles(tab)
    wait_preview(qtbot, tab)


# --- the preview ------------------------------------------------------------------------


def test_a_stale_preview_is_discarded(qtbot: Any, tab: DocumentsTab) -> None:
    select(tab, REPORT)
    select(tab, "sign_in_sheet")  # before the first preview could arrive
    wait_preview(qtbot, tab)
    qtbot.wait(600)  # any preview of the first document has come back by now
    shown = preview_reader(tab).metadata.title
    assert shown == catalog.spec("sign_in_sheet").title
    assert tab.preview_title.text() == shown


def test_a_data_change_refreshes_the_preview_after_a_pause(
    qtbot: Any, tab: DocumentsTab, ctx: CongressContext
) -> None:
    select(tab, REPORT)
    wait_preview(qtbot, tab)
    info = congress.get_info(ctx.require())
    actions.set_info(ctx, replace(info, venue="Hội trường Mới"))
    assert not tab.preview_ready()  # stale at once: it can no longer be printed
    assert not tab.print_button.isEnabled()
    wait_preview(qtbot, tab)
    assert "Hội trường Mới" in preview_reader(tab).pages[0].extract_text()
    assert tab.print_button.isEnabled()


def test_a_hidden_tab_renders_nothing_until_shown(
    qtbot: Any, tab: DocumentsTab, ctx: CongressContext
) -> None:
    select(tab, REPORT)  # it names the venue on its first page
    wait_preview(qtbot, tab)
    tab.hide()
    info = congress.get_info(ctx.require())
    actions.set_info(ctx, replace(info, venue="Phòng họp số 2"))
    qtbot.wait(700)
    assert not tab._preview_running and not tab.preview_ready()
    tab.show()
    wait_preview(qtbot, tab)
    assert "Phòng họp số 2" in preview_reader(tab).pages[0].extract_text()


def test_a_tab_passed_through_renders_nothing_until_shown_again(
    qtbot: Any, tab: DocumentsTab
) -> None:
    wait_preview(qtbot, tab)
    select(tab, REPORT)  # its preview waits for a pause (arrow keys run through the list)
    tab.hide()  # another tab shown before the pause ran out (issue 16)
    qtbot.wait(500)
    assert not tab.jobs.busy() and not tab.preview_ready()
    tab.show()
    wait_preview(qtbot, tab)
    assert preview_reader(tab).pages[0].extract_text()


def test_zoom_buttons(qtbot: Any, tab: DocumentsTab) -> None:
    wait_preview(qtbot, tab)
    view = tab.pages_view
    fit = tab._effective_zoom()
    width = view.page_rects()[0].width()
    tab.zoom_in_button.click()
    assert view.zoom_mode() == PagesView.CUSTOM
    assert view.zoom_factor() == pytest.approx(fit * 1.25, rel=0.01)
    assert view.page_rects()[0].width() == pytest.approx(width * 1.25, abs=2)
    tab.zoom_out_button.click()
    tab.zoom_out_button.click()
    assert view.zoom_factor() == pytest.approx(fit / 1.25, rel=0.01)
    tab.fit_button.click()
    assert view.zoom_mode() == PagesView.FIT_WIDTH
    assert view.page_rects()[0].width() == width


def test_the_preview_pages_are_rendered_images(qtbot: Any, tab: DocumentsTab) -> None:
    select(tab, REPORT)
    wait_preview(qtbot, tab)
    view = tab.pages_view
    size = view.page_size(0)  # points
    assert size.width() == pytest.approx(595.3, abs=1)  # A4
    image = view.page_image(0)
    dpi = documents.PREVIEW_DPI * tab.devicePixelRatioF()
    assert image.width() == pytest.approx(size.width() / 72 * dpi, abs=1)
    # Not blank: the text is dark on white.
    darkest = min(
        image.pixelColor(x, y).lightness()
        for x in range(0, image.width(), 3)
        for y in range(image.height() // 8, image.height() // 3, 3)
    )
    assert darkest < 80
    assert tab.grab().width() > 0  # paints without error


def test_the_page_label_follows_the_scroll(qtbot: Any, tab: DocumentsTab) -> None:
    select(tab, REPORT)
    wait_preview(qtbot, tab)
    count = tab.preview_page_count()
    bar = tab.pages_view.verticalScrollBar()
    bar.setValue(bar.maximum())
    assert tab.pages_view.current_page() == count - 1
    assert tab.page_label.text() == f"Page {count} of {count}"
    bar.setValue(0)
    assert tab.page_label.text() == f"Page 1 of {count}"


def test_zooming_in_far_renders_the_pages_again_sharper(qtbot: Any, tab: DocumentsTab) -> None:
    select(tab, REPORT)
    wait_preview(qtbot, tab)
    view = tab.pages_view
    view.set_zoom_factor(3.0)
    tab.grab()  # paints the enlarged preview; the sharper pages follow a moment later
    qtbot.waitUntil(lambda: bool(view._sharp), timeout=5_000)
    dpi, image = next(iter(view._sharp.values()))
    assert dpi > documents.PREVIEW_DPI * tab.devicePixelRatioF()
    assert image.width() == pytest.approx(view.page_size(0).width() / 72 * dpi, abs=1)
    view.fit_width()
    assert not view._sharp  # back to the preview's own pages


# --- export ----------------------------------------------------------------------------


def test_export_word_with_ctrl_e(
    qtbot: Any, tab: DocumentsTab, ctx: CongressContext, tmp_path: Path, monkeypatch: Any
) -> None:
    target = tmp_path / "out" / "report"  # no suffix: the tab adds it
    target.parent.mkdir()
    dialog = SaveDialog(target)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    select(tab, REPORT)
    press(qtbot, tab, Qt.Key.Key_E, CTRL)
    written = target.with_name("report.docx")
    qtbot.waitUntil(lambda: str(written) in tab.status_label.text(), timeout=PREVIEW_TIMEOUT)
    suggested, filter_ = dialog.asked[0]
    assert Path(suggested).name == catalog.default_filename(ctx.require(), REPORT, "docx")
    assert "*.docx" in filter_
    text = "\n".join(p.text for p in docx.Document(str(written)).paragraphs)
    assert "BÁO CÁO" in text
    assert "Open folder" in tab.status_label.text()
    assert state.settings().value(documents.FOLDER_KEY) == str(written.parent)
    # The next export starts in the folder used last.
    press(qtbot, tab, Qt.Key.Key_E, CTRL)
    assert Path(dialog.asked[1][0]).parent == written.parent


def test_export_pdf_with_the_button_and_open_folder(
    qtbot: Any, tab: DocumentsTab, tmp_path: Path, monkeypatch: Any
) -> None:
    target = tmp_path / "cards.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", SaveDialog(target))
    select(tab, CARDS)
    tab.export_pdf_button.click()
    qtbot.waitUntil(lambda: str(target) in tab.status_label.text(), timeout=PREVIEW_TIMEOUT)
    assert len(PdfReader(str(target)).pages) >= 1
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    tab.status_label.linkActivated.emit("open-folder")
    assert opened == [QUrl.fromLocalFile(str(tmp_path))]


def test_export_pdf_with_ctrl_shift_e(
    qtbot: Any, tab: DocumentsTab, tmp_path: Path, monkeypatch: Any
) -> None:
    target = tmp_path / "report.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", SaveDialog(target))
    select(tab, REPORT)
    press(qtbot, tab, Qt.Key.Key_E, CTRL_SHIFT)
    qtbot.waitUntil(lambda: str(target) in tab.status_label.text(), timeout=PREVIEW_TIMEOUT)
    reader = PdfReader(str(target))
    assert "BÁO CÁO" in reader.pages[0].extract_text()


def test_a_cancelled_save_dialog_writes_nothing(
    qtbot: Any, tab: DocumentsTab, tmp_path: Path, monkeypatch: Any
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", SaveDialog(None))
    tab.export_pdf_button.click()
    assert tab.export_pdf_button.isEnabled()
    assert tab.status_label.text() == ""
    assert list(tmp_path.glob("*.pdf")) == []


def test_a_slow_export_shows_a_busy_dialog(
    qtbot: Any, tab: DocumentsTab, tmp_path: Path, monkeypatch: Any
) -> None:
    real = catalog.export

    def slow(*args: Any) -> Path:
        time.sleep(0.8)
        return real(*args)

    target = tmp_path / "slow.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", SaveDialog(target))
    monkeypatch.setattr(catalog, "export", slow)
    tab.export_pdf_button.click()
    assert not tab.export_pdf_button.isEnabled()  # one export at a time
    qtbot.waitUntil(lambda: tab._busy_dialog is not None and tab._busy_dialog.isVisible())
    qtbot.waitUntil(lambda: str(target) in tab.status_label.text(), timeout=PREVIEW_TIMEOUT)
    assert tab._busy_dialog is None
    assert tab.export_pdf_button.isEnabled()
    assert target.exists()


def test_a_failed_export_is_shown(
    qtbot: Any, tab: DocumentsTab, tmp_path: Path, monkeypatch: Any
) -> None:
    def broken(*_args: Any) -> Path:
        raise PermissionError(13, "Permission denied")

    shown: list[Exception] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", SaveDialog(tmp_path / "x.pdf"))
    monkeypatch.setattr(catalog, "export", broken)
    monkeypatch.setattr(documents_export, "show_error", lambda _parent, error: shown.append(error))
    tab.export_pdf_button.click()
    qtbot.waitUntil(lambda: bool(shown))
    assert isinstance(shown[0], PermissionError)
    assert tab.export_pdf_button.isEnabled()


def test_export_all_writes_every_document_in_every_format(
    qtbot: Any, tab: DocumentsTab, ctx: CongressContext, tmp_path: Path, monkeypatch: Any
) -> None:
    folder = tmp_path / "all"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_args: str(folder))
    store = ctx.require()
    expected = {
        catalog.default_filename(store, spec.name, fmt)
        for spec in catalog.available(store)
        for fmt in spec.formats
    }
    press(qtbot, tab, Qt.Key.Key_A, CTRL_SHIFT)
    dialog = tab.export_all_dialog
    assert dialog is not None and dialog.maximum() == len(expected)
    qtbot.waitUntil(lambda: "files written" in tab.status_label.text(), timeout=60_000)
    assert {p.name for p in folder.iterdir()} == expected
    assert f"{len(expected)} files written to {folder}" in tab.status_label.text()
    for path in folder.iterdir():
        if path.suffix == ".pdf":
            assert len(PdfReader(str(path)).pages) >= 1
        else:
            assert docx.Document(str(path)).paragraphs
    assert tab.export_all_button.isEnabled()


# --- page set-up -----------------------------------------------------------------------


def test_page_setup_is_stored_and_undone_in_one_step(
    qtbot: Any, tab: DocumentsTab, ctx: CongressContext, monkeypatch: Any
) -> None:
    def accept(dialog: PageSetupDialog) -> int:
        assert dialog.top_spin.value() == 20 and dialog.body_spin.value() == 14
        assert "36-HD/VPTW" in dialog.findChild(object, "pageSetupNote").text()
        dialog.top_spin.setValue(25)
        dialog.left_spin.setValue(35)
        dialog.body_spin.setValue(13)
        dialog.zero_pad_check.setChecked(False)
        # Serials are off by default and the dialog says why (secrecy of the ballot).
        assert not dialog.serials_check.isChecked()
        dialog.serials_check.click()
        dialog.secretary_edit.setText("Lê Đình Khải")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PageSetupDialog, "exec", accept)
    store = ctx.require()
    before = ctx.undo_stack.count()
    tab.page_setup_button.click()
    assert settings.get(store, "documents.margins_mm") == [25, 20, 35, 15]
    assert settings.get(store, "documents.body_size_pt") == 13
    assert settings.get(store, "documents.date_zero_pad") is False
    assert settings.get(store, "elections.print_serials") is True
    assert settings.get(store, "documents.outgoing_secretary") == "Lê Đình Khải"
    assert ctx.undo_stack.count() == before + 1
    ctx.undo_stack.undo()
    assert settings.get(store, "documents.margins_mm") == [20, 20, 30, 15]
    assert settings.get(store, "documents.body_size_pt") == 14
    assert settings.get(store, "documents.date_zero_pad") is True
    ctx.undo_stack.redo()
    assert settings.get(store, "documents.margins_mm") == [25, 20, 35, 15]
    wait_preview(qtbot, tab)


def test_page_setup_dialog_limits_and_defaults(qtbot: Any) -> None:
    dialog = PageSetupDialog({"documents.margins_mm": [10, 10, 10, 10]})
    qtbot.addWidget(dialog)
    assert [s.minimum() for s in dialog.margin_spins] == [5] * 4
    assert [s.maximum() for s in dialog.margin_spins] == [60] * 4
    assert (dialog.body_spin.minimum(), dialog.body_spin.maximum()) == (11, 16)
    assert dialog.values()["documents.margins_mm"] == [10, 10, 10, 10]
    dialog.set_values(settings.DEFAULTS)
    assert dialog.values() == {key: settings.DEFAULTS[key] for key in PAGE_KEYS}


def test_an_unchanged_page_setup_pushes_nothing(ctx: CongressContext) -> None:
    current = {key: settings.get(ctx.require(), key) for key in PAGE_KEYS}
    assert save_page_settings(ctx, current) is False
    assert ctx.undo_stack.count() == 0


# --- printing --------------------------------------------------------------------------


def printing_to(path: Path, pages: tuple[int, int] | None = None) -> Any:
    def exec_(dialog: QPrintDialog) -> int:
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        if pages:
            printer.setPrintRange(QPrinter.PrintRange.PageRange)
            printer.setFromTo(*pages)
        return QDialog.DialogCode.Accepted

    return exec_


def test_print_with_ctrl_p_prints_every_page(
    qtbot: Any, tab: DocumentsTab, tmp_path: Path, monkeypatch: Any
) -> None:
    select(tab, "sign_in_sheet")
    wait_preview(qtbot, tab)
    out = tmp_path / "printed.pdf"
    monkeypatch.setattr(QPrintDialog, "exec", printing_to(out))
    press(qtbot, tab, Qt.Key.Key_P, CTRL)
    assert out.exists()
    printed = PdfReader(str(out))
    assert len(printed.pages) == tab.preview_page_count()
    # Each page is the rendered page as one image, on paper of the page's size.
    assert printed.pages[0].images
    assert float(printed.pages[0].mediabox.width) == pytest.approx(
        tab.pages_view.page_size(0).width(), abs=2
    )


def test_print_respects_the_page_range(
    qtbot: Any, tab: DocumentsTab, tmp_path: Path, monkeypatch: Any
) -> None:
    select(tab, REPORT)
    wait_preview(qtbot, tab)
    assert tab.preview_page_count() >= 2
    out = tmp_path / "page2.pdf"
    monkeypatch.setattr(QPrintDialog, "exec", printing_to(out, (2, 2)))
    tab.print_button.click()
    assert len(PdfReader(str(out)).pages) == 1


def test_a_cancelled_print_dialog_prints_nothing(
    qtbot: Any, tab: DocumentsTab, monkeypatch: Any
) -> None:
    wait_preview(qtbot, tab)
    painted: list[object] = []
    monkeypatch.setattr(QPrintDialog, "exec", lambda _dialog: QDialog.DialogCode.Rejected)
    monkeypatch.setattr(DocumentsTab, "print_pages", lambda *args: painted.append(args))
    tab.print_button.click()
    assert painted == []
