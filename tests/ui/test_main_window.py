"""The main window: tabs, title, menus and shortcuts, refused files, language, backups."""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from pathlib import Path

import pytest
from sqlalchemy import event

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox

from secretariat import demo
from secretariat import store as store_mod
from secretariat.services import attendance, congress, roster
from ui.commands import actions
from ui.context import CongressContext
from ui.i18n import translator
from ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, ctx: CongressContext) -> MainWindow:  # type: ignore[no-untyped-def]
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    yield win
    translator.install("en")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_tabs_in_congress_order_and_title(window: MainWindow) -> None:
    assert window.tabs is not None
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [
        "Congress",
        "Attendance",
        "Agenda",
        "Speeches",
        "Votes",
        "Elections",
        "Resolution",
        "Minutes",
        "Documents",
    ]
    title = window.windowTitle()
    assert "Chi bộ Phòng Xây dựng phong trào bảo vệ an ninh Tổ quốc" in title
    assert "demo.daihoi" in title and "VI" in title


def test_undo_and_redo_by_keyboard(qtbot, window: MainWindow, ctx: CongressContext) -> None:  # type: ignore[no-untyped-def]
    store = ctx.require()
    session = congress.list_sessions(store)[0]
    missing = next(m for m in roster.list_members(store) if m.full_name == "Lê Hữu Phước")
    actions.check_in(ctx, session.id, missing)
    assert missing.id in attendance.session_attendance(store, session.id)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert missing.id not in attendance.session_attendance(store, session.id)
    qtbot.keyClick(window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert missing.id in attendance.session_attendance(store, session.id)


def make_refused(kind: str, folder: Path) -> Path:
    path = folder / f"{kind}.daihoi"
    if kind == "not_sqlite":
        path.write_bytes(b"Danh sach dang vien\n" * 100)
    elif kind == "not_congress":
        with sqlite3.connect(path) as conn:
            conn.execute("CREATE TABLE t (x)")
        conn.close()
    else:
        demo.create_demo(path, with_attendance=False).close()
        if kind == "corrupt":
            data = path.read_bytes()
            path.write_bytes(data[: len(data) // 3])
        elif kind == "newer":
            with sqlite3.connect(path) as conn:
                conn.execute("UPDATE alembic_version SET version_num='9999'")
            conn.close()
        elif kind == "foreign_schema":  # a trigger planted to rewrite ballots as entered
            with sqlite3.connect(path) as conn:
                conn.execute(
                    "CREATE TRIGGER evil AFTER INSERT ON ballot BEGIN "
                    "UPDATE ballot SET valid = 0 WHERE id = NEW.id; END"
                )
            conn.close()
    return path


@pytest.mark.parametrize(
    "kind", ["not_sqlite", "not_congress", "corrupt", "newer", "foreign_schema"]
)
def test_open_refused_file_explains_and_leaves_it_untouched(
    qtbot,
    window: MainWindow,
    ctx: CongressContext,
    tmp_path: Path,
    kind: str,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = make_refused(kind, tmp_path)
    before = digest(path)
    shown: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    translator.install("vi")
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert len(shown) == 1
    assert str(path) in shown[0]
    expected = {
        "not_sqlite": "không phải",
        "not_congress": "không phải tệp đại hội",
        "corrupt": "hỏng",
        "newer": "phiên bản mới hơn",
        "foreign_schema": "không do Thư ký Đại hội tạo ra (trigger, view, bảng hoặc chỉ mục)",
    }[kind]
    assert expected in shown[0]
    assert digest(path) == before
    assert ctx.path is not None and ctx.path.name == "demo.daihoi"  # still on the demo


def test_language_switch_keeps_work(qtbot, window: MainWindow, ctx: CongressContext) -> None:  # type: ignore[no-untyped-def]
    store = ctx.require()
    session = congress.list_sessions(store)[0]
    member = next(m for m in roster.list_members(store) if m.full_name == "Lê Hữu Phước")
    actions.check_in(ctx, session.id, member)
    assert window.tabs is not None
    window.tabs.setCurrentIndex(1)
    window.findChild(type(window.menuBar().actions()[0]), "language_vi")
    action = next(
        a
        for a in window.findChildren(type(window.menuBar().actions()[0]))
        if a.objectName() == "language_vi"
    )
    action.trigger()
    qtbot.waitUntil(lambda: window.tabs is not None and window.tabs.tabText(0) == "Đại hội")
    assert window.tabs.tabText(1) == "Điểm danh"
    assert window.tabs.currentIndex() == 1
    assert ctx.undo_stack.count() == 1 and ctx.undo_stack.canUndo()
    assert member.id in attendance.session_attendance(store, session.id)
    next(a for a in window.findChildren(type(action)) if a.objectName() == "language_en").trigger()
    qtbot.waitUntil(lambda: window.tabs is not None and window.tabs.tabText(0) == "Congress")


def test_back_up_now_writes_a_congress_file(window: MainWindow, ctx: CongressContext) -> None:
    target = window.back_up()
    assert target is not None and target.exists()
    assert store_mod.examine(target) == store_mod.head_revision()
    assert target.parent == ctx.require().path.with_name("demo.backups")


class HeldCopy:
    """``Store.backup_to`` held until released, noting the thread it runs on."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.release = threading.Event()
        self.threads: list[threading.Thread] = []
        real = store_mod.Store.backup_to

        def held(store: store_mod.Store, target: Path) -> Path:
            self.threads.append(threading.current_thread())
            self.release.wait(10)
            return real(store, target)

        monkeypatch.setattr(store_mod.Store, "backup_to", held)


def test_the_automatic_backup_is_written_beside_the_window(
    qtbot, window: MainWindow, ctx: CongressContext, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """Issue #16: the copy of a large file no longer holds up the keys."""
    copy = HeldCopy(monkeypatch)
    folder = ctx.require().path.with_name("demo.backups")
    window.backup_timer.timeout.emit()  # returns while the copy is still being written
    qtbot.waitUntil(lambda: len(copy.threads) == 1)
    assert copy.threads[0] is not threading.main_thread()
    window.backup_timer.timeout.emit()  # a tick meanwhile starts no second copy
    window.tabs.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)  # keys answer
    assert window.tabs.currentIndex() == 1
    copy.release.set()
    qtbot.waitUntil(lambda: folder.is_dir() and len(list(folder.glob("*.daihoi"))) == 1)
    qtbot.wait(50)
    assert len(copy.threads) == 1
    backup = next(folder.glob("*.daihoi"))
    assert store_mod.examine(backup) == store_mod.head_revision()


def test_closing_the_file_waits_for_the_backup_being_written(
    qtbot, window: MainWindow, ctx: CongressContext, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    copy = HeldCopy(monkeypatch)
    path = ctx.require().path
    window.backup_timer.timeout.emit()
    qtbot.waitUntil(lambda: len(copy.threads) == 1)
    threading.Timer(0.2, copy.release.set).start()
    window.close_file()
    assert ctx.store is None
    backups = list(path.with_name("demo.backups").glob("*.daihoi"))
    assert len(backups) == 1 and not list(backups[0].parent.glob("*.part"))
    # The backup's connection went before the file's: no log is left beside the file.
    assert sorted(p.name for p in path.parent.glob("demo.daihoi*")) == ["demo.daihoi"]


def test_a_refused_automatic_backup_is_said_in_the_status_bar(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    def full(store: store_mod.Store, target: Path) -> Path:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(store_mod.Store, "backup_to", full)
    window.backup_timer.timeout.emit()
    qtbot.waitUntil(lambda: "Automatic backup failed" in window.statusBar().currentMessage())


def test_close_returns_to_start_page_and_recent_files(
    qtbot,
    window: MainWindow,
    ctx: CongressContext,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    path = ctx.require().path
    qtbot.keyClick(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert ctx.store is None and window.tabs is None
    assert window.windowTitle() == "Congress Secretary"
    window.open_path(path)
    assert ctx.store is not None
    assert window.start_page is not None
    window.start_page.refresh()
    assert window.start_page.recent.count() == 1


def test_geometry_and_column_widths_are_remembered(qtbot, ctx: CongressContext) -> None:  # type: ignore[no-untyped-def]
    from ui.tabs.attendance import AttendanceTab

    first = MainWindow(ctx)
    qtbot.addWidget(first)
    first.show()
    first.resize(780, 770)  # within the offscreen screen (800×800), above the minimum
    assert first.tabs is not None
    first.tabs.setCurrentIndex(1)
    tab = first.tabs.widget(1)
    assert isinstance(tab, AttendanceTab)
    tab.table.horizontalHeader().resizeSection(1, 333)
    path = ctx.require().path
    first.close()

    second_ctx = CongressContext()
    second = MainWindow(second_ctx)
    qtbot.addWidget(second)
    second.show()
    # The height comes back exactly (the offscreen screen is too narrow to test the width:
    # the tabs' minimum width is wider than it, so Qt fits the width to the screen).
    assert second.size().height() == 770
    second.open_path(path)
    assert second.tabs is not None
    tab2 = second.tabs.widget(1)
    assert isinstance(tab2, AttendanceTab)
    assert tab2.table.horizontalHeader().sectionSize(1) == 333
    second.close()


def test_projector_keys_show_blank_and_hide_the_hall_screen(
    qtbot,
    window: MainWindow,
    ctx: CongressContext,  # type: ignore[no-untyped-def]
) -> None:
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F12)
    assert window.projector.is_shown
    assert window.preview_dock.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_F12, Qt.KeyboardModifier.ShiftModifier)
    assert window.projector.is_blank and window.projector.hall.is_blank
    qtbot.keyClick(window, Qt.Key.Key_F12, Qt.KeyboardModifier.ShiftModifier)
    assert not window.projector.is_blank
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F12)
    assert not window.projector.is_shown


def test_opening_on_a_file_names_the_congress_at_once_then_loads(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """How the app starts on a file: the window names the congress before the program loads."""
    from ui.main_window import OpeningPage

    path = tmp_path / "mo.daihoi"
    demo.create_demo(path).close()
    translator.install("vi")
    try:
        window = MainWindow(opening=path)
        qtbot.addWidget(window)
        window.show()
        assert not window.is_loaded and window.tabs is None
        page = window.stack.currentWidget()
        assert isinstance(page, OpeningPage)
        assert demo.INFO.cell_name in window.windowTitle()
        details = page.findChild(QLabel, "openingDetails")
        assert details is not None
        assert "Nhiệm kỳ 2020–2025" in details.text()
        assert "15 tháng 6, 2020" in details.text()
        assert "Số đảng viên trong danh sách: 29" in details.text()
        with qtbot.waitSignal(window.loaded, timeout=20_000):
            pass
        assert window.is_loaded and window.ctx.path == path
        assert window.tabs is not None and window.tabs.currentIndex() == 0
        assert demo.INFO.cell_name in window.windowTitle()
        # Soon after, the write connection is made, before the first action needs it.
        store = window.ctx.require()
        connected: list[object] = []
        event.listen(store.engine, "connect", lambda conn, _record: connected.append(conn))
        qtbot.waitUntil(lambda: len(connected) == 1, timeout=5_000)
        window.close()
    finally:
        translator.install("en")


def test_opening_a_refused_file_explains_after_loading(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    path = make_refused("not_congress", tmp_path)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    window = MainWindow(opening=path)
    qtbot.addWidget(window)
    window.show()
    assert path.name in window.windowTitle()  # nothing to read from it: the file's name
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        pass
    assert len(shown) == 1 and str(path) in shown[0]
    assert window.ctx.store is None and window.stack.currentWidget() is window.start_page


def test_tabs_are_built_when_first_shown(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from ui.tabs.speeches import SpeechesTab

    tabs = window.tabs
    assert tabs is not None
    # On open: the tab on screen alone (the Congress menu builds the minutes tab when chosen).
    assert [i for i in range(tabs.count()) if tabs.is_built(i)] == [0]
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    assert tabs.is_built(3) and isinstance(tabs.currentWidget(), SpeechesTab)
    assert tabs.currentWidget().isVisible()
    window.minutes_tab.fix_requested.emit("attendance")  # type: ignore[union-attr]
    assert tabs.currentIndex() == 1 and tabs.is_built(1)


def test_a_key_after_opening_or_alt_1_finds_members_and_changes_no_detail(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path
) -> None:
    """The keyboard lands in the Congress tab's member search, never in a detail with its
    text selected (a keystroke replaced the superior body's name)."""
    from PySide6.QtWidgets import QApplication

    from secretariat import demo
    from secretariat.services import congress

    path = tmp_path / "demo.daihoi"
    demo.create_demo(path).close()
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    assert win.open_path(path)
    store = win.ctx.require()
    before = congress.get_info(store)
    tab = win.tabs.currentWidget()  # type: ignore[union-attr]
    qtbot.keyClicks(QApplication.focusWidget(), "Lan Anh")
    assert tab.search_edit.text() == "Lan Anh" and tab.member_proxy.rowCount() == 1
    qtbot.keyClick(win, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(win, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClicks(QApplication.focusWidget(), "x")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # a detail left is stored
    assert tab.search_edit.text() == "Lan Anhx"
    assert congress.get_info(store) == before
    win.close()


@pytest.mark.usefixtures("app_collector")
def test_a_tab_built_is_set_aside_from_the_collector(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """What a tab builds lives as long as the window: no later full collection walks it
    in the middle of a key (``ui.collector``, issue 16)."""
    import gc

    before = gc.get_freeze_count()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)  # attendance
    assert window.tabs is not None and window.tabs.is_built(1)
    assert gc.get_freeze_count() > before  # the tab's objects too
    assert len(gc.get_objects()) < gc.get_freeze_count() // 10  # little left to walk


@pytest.mark.usefixtures("app_collector")
def test_quitting_gives_nothing_back_to_the_collector(window: MainWindow) -> None:
    """Closing the window at the end rebuilds no screens for the collector to walk: the
    process's million objects stay out of the collection Python makes as it exits."""
    import gc

    window.close()
    assert gc.get_freeze_count() > 0


def test_the_congress_menu_closes_the_congress_through_the_minutes_tab(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its actions work before the minutes tab is built, and follow the closing state."""
    from secretariat.services import closing

    tabs = window.tabs
    assert tabs is not None
    minutes = tabs.index_of_key("minutes")
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Congress")
    menu.aboutToShow.emit()
    close, reopen = menu.actions()[0], menu.actions()[1]
    assert close.isEnabled() and not reopen.isEnabled()
    assert not tabs.is_built(minutes)
    import ui.tabs.minutes.tab as minutes_module  # the tab module asks confirm_close

    asked: list[int] = []
    monkeypatch.setattr(
        minutes_module, "confirm_close", lambda _p, gaps: asked.append(gaps) or True
    )
    close.trigger()
    assert asked and closing.is_closed(window.ctx.require())
    assert tabs.is_built(minutes)
    menu.aboutToShow.emit()
    assert not close.isEnabled() and reopen.isEnabled()
