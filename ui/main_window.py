"""The main window: menus, the start page, and the tabs in congress order."""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QDate, QEvent, QLocale, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMenuBar,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from secretariat.errors import FileRefused, SecretariatError
from secretariat.glance import FILE_EXTENSION, Glance, read_glance
from ui import collector, state
from ui.i18n import translator
from ui.messages import describe
from ui.widgets.lazy_tabs import LazyTabs

if TYPE_CHECKING:
    from ui.context import CongressContext
    from ui.projector import ProjectorController
    from ui.tabs.minutes import MinutesTab
    from ui.widgets.jobs import JobRunner

# What the window needs before it can work on a congress: SQLAlchemy (through the
# store), the services and the first tab. Opening the app on a file imports them
# on a worker thread while the window already shows which congress is opening
# (``MainWindow(opening=path)``); the other tabs import when first shown.
CORE_MODULES = (
    "secretariat.store",
    "secretariat.services.congress",
    "secretariat.services.agenda",
    "secretariat.backups",
    "ui.context",
    "ui.commands",
    "ui.messages",
    "ui.tabs.congress",
)

FILE_FILTER = "*" + FILE_EXTENSION
DEFAULT_SIZE = QSize(1280, 800)
BACKUP_AFTER_OPEN_MS = 1000  # the backup on open, once the first tab answers
WARM_AFTER_OPEN_MS = 400  # the write connection, before the first action needs it
PREVIEW_MAX_WIDTH = 420
TITLE_BAR = 40  # room for the window's title bar and frame


def first_launch_size(available: QSize | None) -> tuple[QSize, bool]:
    """The window's first size within the screen's free area, and whether to maximise:
    on a screen that cannot hold the default size with its title bar (a 1366×768
    laptop), the window opens maximised rather than running below the edge."""
    if available is None or available.isEmpty():
        return DEFAULT_SIZE, False
    fits = (
        available.width() >= DEFAULT_SIZE.width()
        and available.height() >= DEFAULT_SIZE.height() + TITLE_BAR
    )
    size = QSize(
        min(DEFAULT_SIZE.width(), available.width()),
        min(DEFAULT_SIZE.height(), available.height() - TITLE_BAR),
    )
    return size, not fits


class StartPage(QWidget):
    """What the window shows with no congress open: start a new one or open one."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        layout = QVBoxLayout(self)
        layout.setContentsMargins(80, 60, 80, 60)
        title = QLabel(self.tr("Congress Secretary"))
        title.setObjectName("startTitle")
        title.setStyleSheet("font-size: 22pt; font-weight: bold;")
        layout.addWidget(title)
        hint = QLabel(
            self.tr(
                "Every change is saved at once in the congress file: there is "
                "nothing to save and nothing to lose."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        for text, slot in (
            (self.tr("New congress…"), window.new_file),
            (self.tr("Open a congress file…"), window.open_dialog),
            (self.tr("Open the demo congress"), window.open_demo),
        ):
            button = QPushButton(text)
            button.setMinimumHeight(36)
            button.clicked.connect(slot)
            layout.addWidget(button)
        layout.addWidget(QLabel(self.tr("Recent files:")))
        self.recent = QListWidget()
        self.recent.setObjectName("recentList")
        self.recent.itemActivated.connect(
            lambda item: window.open_path(Path(item.data(Qt.ItemDataRole.UserRole)))
        )
        layout.addWidget(self.recent, 1)
        self.refresh()

    def refresh(self) -> None:
        self.recent.clear()
        for path in state.recent_files():
            item = QListWidgetItem(f"{Path(path).name}   —   {path}")
            item.setData(Qt.ItemDataRole.UserRole, path)
            self.recent.addItem(item)


class OpeningPage(QWidget):
    """What the window shows while a congress file opens: which congress it is."""

    def __init__(self, path: Path, glance: Glance | None, title: str) -> None:
        super().__init__()
        self.setObjectName("openingPage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(80, 60, 80, 60)
        heading = QLabel(title)
        heading.setObjectName("openingTitle")
        heading.setWordWrap(True)
        heading.setStyleSheet("font-size: 20pt; font-weight: bold;")
        layout.addWidget(heading)
        lines = []
        if glance is not None:
            if glance.term_start and glance.term_end:
                lines.append(
                    self.tr("Term %1–%2")
                    .replace("%1", str(glance.term_start))
                    .replace("%2", str(glance.term_end))
                )
            if glance.day:
                day = QDate.fromString(glance.day, Qt.DateFormat.ISODate)
                when = QLocale().toString(day, QLocale.FormatType.LongFormat)
                lines.append(self.tr("Congress day: %1").replace("%1", when))
            lines.append(self.tr("Members on the roster: %1").replace("%1", str(glance.members)))
        lines.append(self.tr("File: %1").replace("%1", str(path)))
        details = QLabel("\n".join(lines))
        details.setObjectName("openingDetails")
        details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(details)
        layout.addSpacing(24)
        layout.addWidget(QLabel(self.tr("Opening the congress file…")))
        busy = QProgressBar()
        busy.setRange(0, 0)  # no figure to show: it moves while the program loads
        busy.setTextVisible(False)
        layout.addWidget(busy)
        layout.addStretch(1)


class _Importer(QObject):
    """Imports the core modules on a worker thread; ``done`` arrives on the GUI thread."""

    done = Signal()

    def start(self) -> None:
        threading.Thread(target=self._run, name="secretariat-import", daemon=True).start()

    def _run(self) -> None:
        try:
            for name in CORE_MODULES:
                importlib.import_module(name)
            # SQLAlchemy sets up every mapper on the first query (a tenth of a
            # second): here, rather than in the first tab's first read.
            from sqlalchemy.orm import configure_mappers

            configure_mappers()
        except Exception:  # the GUI thread imports again and reports it
            pass
        self.done.emit()


class MainWindow(QMainWindow):
    """The app's window.

    ``MainWindow(ctx)`` is ready at once. ``MainWindow(opening=path)`` (how the app
    starts on a file) shows at once which congress is opening, loads the program
    on a worker thread, then opens the file; ``loaded`` is emitted then.
    """

    loaded = Signal()

    ctx: CongressContext

    def __init__(self, ctx: CongressContext | None = None, *, opening: Path | None = None) -> None:
        super().__init__()
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.tabs: LazyTabs | None = None
        self.start_page: StartPage | None = None
        self._building = False
        self._closed = False
        self._quitting = False  # closing: the screens are not given back to the collector
        self.is_loaded = False
        self._backup_jobs: JobRunner | None = None  # made for the first backup
        geometry = state.settings().value("ui/window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self._fit_first_launch()
        if opening is None:
            self._load(ctx)
        else:
            self._show_opening(Path(opening))

    # -- loading ----------------------------------------------------------------------
    def _show_opening(self, path: Path) -> None:
        glance = read_glance(path)
        title = self._congress_title(glance.cell_name, glance.ordinal) if glance else path.name
        self.stack.addWidget(OpeningPage(path, glance, title))
        self.setWindowTitle(f"{title} — {path.name} — {self.tr('Congress Secretary')}")
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self._add(file_menu, self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
        self._opening = path
        self._importer = _Importer(self)
        # A method of this window (a QObject of the GUI thread): the worker's signal
        # is queued to the GUI thread, where the widgets are built.
        self._importer.done.connect(self._finish_opening)
        self._importer.start()

    def _finish_opening(self) -> None:
        assert threading.current_thread() is threading.main_thread()
        if self._closed:
            return
        self._load(None, build=False)  # the file's opening builds the window once
        if not self.open_path(self._opening):
            self._build()  # refused (and said why): the start page
        self.loaded.emit()

    def _load(self, ctx: CongressContext | None, *, build: bool = True) -> None:
        from ui import commands
        from ui.context import CongressContext
        from ui.undo_report import UndoReporter

        self.ctx = ctx or CongressContext(self)
        self._open_backup = QTimer(self)
        self._open_backup.setSingleShot(True)
        self._open_backup.setInterval(BACKUP_AFTER_OPEN_MS)
        self._open_backup.timeout.connect(self._auto_backup)
        self.ctx.opened.connect(self._on_opened)
        self.ctx.closed.connect(self._on_closed)
        # The title names the congress: only a change to its details renames it.
        self.ctx.changed.watch(self, frozenset({"congress"}), lambda _change: self._update_title())
        self._undo_reporter = UndoReporter(self.ctx, self._report_undo)
        # The hall screen (``projector``) is made when first needed: its module and its
        # window are not on the way to the first tab answering (issue #16).
        self._projector: ProjectorController | None = None
        self.preview_dock = QDockWidget(self)
        self.preview_dock.setObjectName("hallPreviewDock")
        self.preview_dock.visibilityChanged.connect(lambda shown: shown and self.projector)
        self.preview_dock.setAllowedAreas(
            Qt.DockWidgetArea.RightDockWidgetArea | Qt.DockWidgetArea.BottomDockWidgetArea
        )
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.preview_dock)
        self.preview_dock.hide()
        # The preview is a glance, not a second screen: it never squeezes a tab.
        self.preview_dock.setMaximumWidth(PREVIEW_MAX_WIDTH)
        self._preview_auto = False  # shown by F12 (so hidden with the hall), not by Ctrl+F12
        self.preview_dock.toggleViewAction().triggered.connect(self._preview_chosen)
        self.is_loaded = True
        if build:
            self._build()
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(60_000)
        self.backup_timer.timeout.connect(self._auto_backup)
        self.backup_timer.start()
        commands.error_handler = self._undo_failed

    @property
    def projector(self) -> ProjectorController:
        """The hall screen, with its preview in the dock; made the first time it is asked
        for (a key of the Hall screen menu, a tab that shows something in the hall)."""
        if self._projector is None:
            from ui.projector import ProjectorController, ProjectorPreview

            self._projector = ProjectorController(self.ctx, host=self)
            self._projector.state_changed.connect(self._projector_changed)
            self.preview_dock.setWidget(ProjectorPreview(self._projector))
        return self._projector

    def _undo_failed(self, exc: Exception) -> None:
        QMessageBox.warning(self, self.tr("Cannot undo or redo"), describe(exc))

    # -- building (again on a language change, so every text is retranslated) ---------
    def _build(self) -> None:
        self._building = True
        if not self._quitting:  # at the end the process goes: no collection of it all
            collector.release()  # the old screens go: their cycles may be collected
        current = self.tabs.currentIndex() if self.tabs else 0
        while self.stack.count():
            widget = self.stack.widget(0)
            assert widget is not None  # count() > 0
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self.start_page = StartPage(self)
        self.stack.addWidget(self.start_page)
        self.tabs = None
        if self.ctx.store is not None:
            self.tabs = LazyTabs()
            self.tabs.setObjectName("mainTabs")
            for key, title in self._tab_titles():
                self.tabs.add_lazy(key, title, partial(self._set_aside, self._new_tab, key))
            # After LazyTabs has built the page: its keys work from the first showing.
            self.tabs.currentChanged.connect(self._focus_page)
            self.tabs.show_page(current)
            self.stack.addWidget(self.tabs)
            self.stack.setCurrentWidget(self.tabs)
        self.preview_dock.setWindowTitle(self.tr("What the hall sees"))
        if self.ctx.store is None:
            self.preview_dock.hide()
        self._build_menus()
        self._update_title()
        self._building = False
        # Once the old screens are deleted (deleteLater): the new ones are set aside.
        QTimer.singleShot(0, collector.set_aside)
        if self.tabs is not None:
            self._focus_page(self.tabs.currentIndex())  # the old focus died with the old tabs

    @property
    def minutes_tab(self) -> MinutesTab | None:
        """The minutes tab (built when first asked for)."""
        if self.tabs is None:
            return None
        return self.tabs.widget(self.tabs.index_of_key("minutes"))  # type: ignore[return-value]

    def _tab_titles(self) -> list[tuple[str, str]]:
        """The tabs in congress order; the key names the tab (``_show_tab_named``)."""
        return [
            ("congress", self.tr("Congress")),
            ("attendance", self.tr("Attendance")),
            ("agenda", self.tr("Agenda")),
            ("speeches", self.tr("Speeches")),
            ("votes", self.tr("Votes")),
            ("elections", self.tr("Elections")),
            ("resolution", self.tr("Resolution")),
            ("minutes", self.tr("Minutes")),
            ("documents", self.tr("Documents")),
        ]

    @staticmethod
    def _set_aside(make: Callable[[str], QWidget], key: str) -> QWidget:
        """A tab built lives as long as the window: out of the collector's way."""
        tab = make(key)
        collector.set_aside()
        return tab

    def _new_tab(self, key: str) -> QWidget:
        """Build one tab (its module is imported here, the first time it is shown)."""
        ctx = self.ctx
        match key:
            case "congress":
                from ui.tabs.congress import CongressTab

                return CongressTab(ctx)
            case "attendance":
                from ui import hall_views
                from ui.tabs.attendance import AttendanceTab

                attendance_tab = AttendanceTab(ctx)
                hall_views.install(attendance_tab, ctx, self.projector, hall_views.attendance_view)
                return attendance_tab
            case "agenda":
                from ui.tabs.agenda import AgendaTab

                return AgendaTab(ctx)
            case "speeches":
                from ui import hall_views
                from ui.tabs.speeches import SpeechesTab

                speeches_tab = SpeechesTab(ctx)
                hall_views.install(speeches_tab, ctx, self.projector, hall_views.speaking_view)
                return speeches_tab
            case "votes":
                from ui.tabs.votes import VotesTab

                return VotesTab(ctx, projector=self.projector)
            case "elections":
                from ui.tabs.elections import ElectionsTab

                return ElectionsTab(ctx, projector=self.projector)
            case "resolution":
                from ui.tabs.resolution import ResolutionTab

                return ResolutionTab(ctx)
            case "minutes":
                from ui.tabs.minutes import MinutesTab

                minutes = MinutesTab(ctx, projector=self.projector)
                minutes.fix_requested.connect(self._show_tab_named)
                return minutes
            case "documents":
                from ui.tabs.documents import DocumentsTab

                documents = DocumentsTab(ctx)
                documents.fix_requested.connect(self._show_tab_named)
                return documents
        raise KeyError(key)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        bar.clear()
        has_file = self.ctx.store is not None
        self._build_file_menu(bar, has_file)
        self._build_edit_menu(bar)
        self._build_hall_menu(bar, has_file)
        self._build_view_menu(bar)

    def _build_file_menu(self, bar: QMenuBar, has_file: bool) -> None:
        file_menu = bar.addMenu(self.tr("&File"))
        self._add(file_menu, self.tr("&New congress…"), QKeySequence.StandardKey.New, self.new_file)
        self._add(file_menu, self.tr("&Open…"), QKeySequence.StandardKey.Open, self.open_dialog)
        recent = file_menu.addMenu(self.tr("Open &recent"))
        for path in state.recent_files():
            action = recent.addAction(path)
            action.triggered.connect(lambda _=False, p=path: self.open_path(Path(p)))
        recent.setEnabled(bool(state.recent_files()))
        self._add(file_menu, self.tr("Open the &demo congress"), None, self.open_demo)
        self._add(file_menu, self.tr("Connect to a counting &server…"), None, self.connect_server)
        file_menu.addSeparator()
        self._add(
            file_menu,
            self.tr("Save a &copy as…"),
            QKeySequence("Ctrl+Shift+S"),
            self.save_copy,
            enabled=has_file,
        )
        self._add(
            file_menu,
            self.tr("&Back up now"),
            QKeySequence("Ctrl+B"),
            self.back_up,
            enabled=has_file,
        )
        self._add(file_menu, self.tr("Back&ups…"), None, self.show_backups, enabled=has_file)
        self._add(
            file_menu, self.tr("Counting &stations…"), None, self.show_stations, enabled=has_file
        )
        self._add(
            file_menu,
            self.tr("&Close"),
            QKeySequence.StandardKey.Close,
            self.close_file,
            enabled=has_file,
        )
        file_menu.addSeparator()
        self._add(file_menu, self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)

    def _build_edit_menu(self, bar: QMenuBar) -> None:
        edit_menu = bar.addMenu(self.tr("&Edit"))
        undo = self.ctx.undo_stack.createUndoAction(self, self.tr("Undo"))
        undo.setShortcuts(QKeySequence.StandardKey.Undo)
        redo = self.ctx.undo_stack.createRedoAction(self, self.tr("Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        undo.setObjectName("undoAction")
        redo.setObjectName("redoAction")
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)

        if self.tabs is not None:
            # The minutes tab's close / reopen / dossier actions, without building the
            # tab (and importing the documents) before the first tab answers: the
            # menu asks the tab when chosen, and reads the closing state when opened.
            congress_menu = bar.addMenu(self.tr("&Congress"))
            act = self._minutes_action
            close = self._add(congress_menu, self.tr("Close the congress and lock the record…"))
            reopen = self._add(congress_menu, self.tr("Reopen the congress…"))
            congress_menu.addSeparator()
            dossier = self._add(congress_menu, self.tr("Write the congress dossier…"))
            for action, name in ((close, "close_action"), (reopen, "reopen_action")):
                action.triggered.connect(partial(act, name))
            dossier.triggered.connect(partial(act, "dossier_action"))
            self._congress_items = (close, reopen, dossier)
            congress_menu.aboutToShow.connect(self._update_congress_menu)
            self._update_congress_menu()

    def _minutes_action(self, name: str) -> None:
        """Run one of the minutes tab's own actions (building the tab if need be)."""
        tab = self.minutes_tab
        if tab is not None:
            self.ctx.changed.bring_up_to_date(tab)  # its actions follow the file now
            action: QAction = getattr(tab, name)
            action.trigger()

    def _update_congress_menu(self) -> None:
        from secretariat.services import closing

        store = self.ctx.store
        closed = store is not None and closing.is_closed(store)
        close, reopen, dossier = self._congress_items
        close.setEnabled(store is not None and not closed and not store.read_only)
        reopen.setEnabled(closed and store is not None and not store.read_only)
        index = self.tabs.index_of_key("minutes") if self.tabs is not None else -1
        built = self.tabs is not None and self.tabs.is_built(index)
        tab = self.minutes_tab if built else None
        busy = tab is not None and not tab.dossier_action.isEnabled()
        dossier.setEnabled(store is not None and not busy)

    def _build_hall_menu(self, bar: QMenuBar, has_file: bool) -> None:
        hall_menu = bar.addMenu(self.tr("&Hall screen"))
        made = self._projector  # None until the hall screen is first needed: off, not blank
        shown = self._add(
            hall_menu,
            self.tr("Show on the &projector"),
            QKeySequence("F12"),
            lambda: self.projector.toggle_window(),
            enabled=has_file,
        )
        shown.setCheckable(True)
        shown.setChecked(made is not None and made.is_shown)
        shown.setToolTip(
            self.tr(
                "Shows the hall screen full-screen on the projector (F12).\n"
                "Inside it, Esc or F12 hides it and B hides or shows the content.\n"
                "With a single screen it covers this window: switch back with Alt+Tab."
            )
        )
        blank = self._add(
            hall_menu,
            self.tr("&Hide the content (blank screen)"),
            QKeySequence("Shift+F12"),
            lambda: self.projector.toggle_blank(),
            enabled=has_file,
        )
        blank.setCheckable(True)
        blank.setChecked(made is not None and made.is_blank)
        preview = self.preview_dock.toggleViewAction()
        preview.setText(self.tr("P&review of the hall screen"))
        preview.setShortcut(QKeySequence("Ctrl+F12"))
        preview.setEnabled(has_file)
        hall_menu.addAction(preview)
        screens = hall_menu.addMenu(self.tr("&Screen"))
        screens.aboutToShow.connect(lambda: self._fill_screens(screens))

    def _fill_screens(self, menu: QMenu) -> None:
        """The screens the hall screen may open on, the chosen one checked."""
        menu.clear()
        projector = self.projector
        for name in projector.screens():
            action = menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(name == projector.screen_name())
            action.triggered.connect(lambda _=False, n=name: self.projector.choose_screen(n))

    def _build_view_menu(self, bar: QMenuBar) -> None:
        view_menu = bar.addMenu(self.tr("&View"))
        language_menu = view_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        for code, label in (("vi", "Tiếng Việt"), ("en", "English")):
            action = language_menu.addAction(label)
            action.setObjectName(f"language_{code}")
            action.setCheckable(True)
            action.setChecked(state.language() == code)
            action.triggered.connect(lambda _=False, c=code: self.set_language(c))
            group.addAction(action)
        if self.tabs is not None:
            for index in range(self.tabs.count()):
                action = view_menu.addAction(self.tabs.tabText(index))
                action.setShortcut(QKeySequence(f"Alt+{index + 1}"))
                action.triggered.connect(lambda _=False, i=index: self._show_tab(i))

    def _add(
        self,
        menu: object,
        text: str,
        key: object = None,
        slot: object = None,
        enabled: bool = True,
    ) -> QAction:
        action = QAction(text, self)
        if isinstance(key, QKeySequence.StandardKey):
            action.setShortcuts(key)
        elif isinstance(key, QKeySequence):
            action.setShortcut(key)
        if slot is not None:
            action.triggered.connect(slot)
        action.setEnabled(enabled)
        menu.addAction(action)  # type: ignore[attr-defined]
        return action

    def _fit_first_launch(self) -> None:
        """The first window fits the screen; on a laptop (1366×768) it opens maximised."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        size, maximised = first_launch_size(screen.availableGeometry().size() if screen else None)
        self.resize(size)
        if maximised:
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    def _report_undo(self, kind: str, text: str, tab: str) -> None:
        """After Ctrl+Z / Ctrl+Y: what was undone or redone, and on which tab."""
        titles = dict(self._tab_titles())
        if kind == "undo":
            message = self.tr("Undone: %1").replace("%1", text)
        else:
            message = self.tr("Redone: %1").replace("%1", text)
        if tab in titles:
            message = self.tr("%1 — %2 tab").replace("%1", message).replace("%2", titles[tab])
        self.statusBar().showMessage(message, 10000)

    def _preview_chosen(self) -> None:
        self._preview_auto = False

    def _projector_changed(self) -> None:
        """The projector went on or off, or blank: menus follow; the preview shows with
        the hall and, unless the secretary opened it with Ctrl+F12, goes with it."""
        if self.projector.is_shown:
            if self.preview_dock.isHidden():
                self._preview_auto = True
                self.preview_dock.show()
        elif self._preview_auto:
            self._preview_auto = False
            self.preview_dock.hide()
        if not self._building:
            self._build_menus()

    def _show_tab_named(self, name: str) -> None:
        """Show the tab where a missing piece of data is entered ("congress", …)."""
        if self.tabs is not None and (index := self.tabs.index_of_key(name)) >= 0:
            self.tabs.setCurrentIndex(index)

    def _show_tab(self, index: int) -> None:
        if self.tabs is not None:
            self.tabs.setCurrentIndex(index)
            self._focus_page(index)

    def _focus_page(self, index: int) -> None:
        """Put the keyboard in the page shown (Alt+3 then F5; Alt+4 then a name).

        A tab's keys are scoped to the tab, so they are dead while the focus is
        on the tab bar or nowhere, as it is after a tab's first showing. The page
        says where typing goes with its focus proxy; else its first field.
        """
        if self.tabs is None or index < 0 or not self.isVisible():
            return
        page = self.tabs.widget(index)
        focus = QApplication.focusWidget()
        if (
            focus is not None
            and (focus is page or page.isAncestorOf(focus))
            and not isinstance(focus, QTabBar)  # where Qt's stack leaves it: not a place to type
        ):
            return
        if page.focusProxy() is not None:
            page.setFocus(Qt.FocusReason.TabFocusReason)
            return
        widget = page.nextInFocusChain()
        for _ in range(2000):  # the chain is a ring: stop at the page or after one turn
            if widget is None or widget is page:
                break
            if (
                page.isAncestorOf(widget)
                and widget.isVisible()
                and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and not isinstance(widget, QTabBar)  # an inner tab bar holds no tab keys
            ):
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                return
            widget = widget.nextInFocusChain()
        page.setFocus(Qt.FocusReason.TabFocusReason)

    def changeEvent(self, event: QEvent) -> None:
        if (
            event.type() == QEvent.Type.LanguageChange
            and self.is_loaded
            and not self._building
            and not self._closed
        ):
            self._build()
        super().changeEvent(event)

    # -- title ----------------------------------------------------------------------
    def _update_title(self) -> None:
        app_name = self.tr("Congress Secretary")
        store = self.ctx.store
        if store is None:
            self.setWindowTitle(app_name)
            return
        from secretariat.services import congress

        info = congress.get_info(store)
        title = self._congress_title(info.cell_name, info.ordinal)
        name = store.path.name
        if store.read_only:
            name = self.tr("%1 (read-only)").replace("%1", name)
        self.setWindowTitle(f"{title} — {name} — {app_name}")

    def _congress_title(self, cell_name: str, ordinal: str) -> str:
        name = cell_name or self.tr("(unnamed cell)")
        return self.tr("Congress of %1, no. %2").replace("%1", name).replace("%2", ordinal or "…")

    # -- file actions ---------------------------------------------------------------
    def _file_filter(self) -> str:
        return self.tr("Congress files (%1)").replace("%1", FILE_FILTER)

    def new_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("New congress"), "", self._file_filter()
        )
        if not path:
            return
        target = Path(path)
        if target.suffix != FILE_EXTENSION:
            target = target.with_suffix(FILE_EXTENSION)
        self.finish_tabs()
        current = self.ctx.store
        if current is not None and current.path.resolve() == target.resolve():
            self.close_file()  # replacing the file open here (the dialog asked): close it
        from secretariat.services import agenda

        try:
            store = self.ctx.create(target)
            agenda.seed_default(store)  # a new congress starts with the default programme
        except (SecretariatError, OSError) as exc:
            self._refused(exc)
            return
        state.add_recent_file(str(target))

    def open_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a congress file"), "", self._file_filter()
        )
        if path:
            self.open_path(Path(path))

    def open_path(self, path: Path, *, read_only: bool = False) -> bool:
        current = self.ctx.store
        same = current is not None and current.path.resolve() == Path(path).resolve()
        if same and (read_only or not current.read_only):  # type: ignore[union-attr]
            return True  # already open in this window (read-only: try to write now)
        self.finish_tabs()
        try:
            store = self.ctx.open(path, read_only=read_only)
        except FileRefused as exc:
            # Another window or program has it, or the medium is write-protected:
            # it can still be read (and printed) without changing it.
            if not read_only and exc.code in ("in_use", "read_only"):
                if self.offer_read_only(exc):
                    return self.open_path(path, read_only=True)
                return False
            self._refused(exc)
            return False
        except (SecretariatError, OSError) as exc:
            self._refused(exc)
            return False
        state.add_recent_file(str(path))
        if store.read_only:
            self.statusBar().showMessage(
                self.tr("Opened read-only: nothing can be changed in this window."), 15000
            )
        if store.migrated_from:
            self.statusBar().showMessage(
                self.tr(
                    "The file was updated to this version; the original was kept as %1"
                ).replace("%1", str(store.backup_path)),
                15000,
            )
        return True

    def open_demo(self) -> None:
        folder = Path(state.settings().fileName()).parent
        target = folder / ("dai-hoi-mau" + FILE_EXTENSION)
        self.close_file()  # the demo file may be the one open (Windows cannot replace it)
        from secretariat import demo

        try:
            # The demo stands at "now": the congress is under way as the secretary looks.
            self.ctx.attach(demo.create_demo(target, overwrite=True, now=datetime.now()))
        except (SecretariatError, OSError) as exc:
            self._refused(exc)

    def connect_server(self) -> bool:
        """Open the congress on the hall's PostgreSQL server (issue #20; README)."""
        from ui.dialogs.server_connect import ServerConnectDialog

        dialog = ServerConnectDialog(Path(state.settings().fileName()).parent, self)
        if not dialog.exec() or dialog.store is None:
            return False
        self.finish_tabs()
        self.ctx.attach(dialog.store)
        self.statusBar().showMessage(
            self.tr(
                "Connected: the congress is on the server %1. After the count, bring it back "
                "into the file."
            ).replace("%1", dialog.store.path.stem),
            15000,
        )
        return True

    def offer_read_only(self, error: FileRefused) -> bool:
        """Say why the file cannot be changed here and offer to open it read-only."""
        box = QMessageBox(self)
        box.setObjectName("readOnlyOffer")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("The file cannot be changed here"))
        box.setText(describe(error))
        box.setInformativeText(
            self.tr(
                "You can open it read-only: everything can be seen and printed, "
                "nothing can be changed."
            )
        )
        read_only = box.addButton(self.tr("Open &read-only"), QMessageBox.ButtonRole.AcceptRole)
        read_only.setObjectName("openReadOnlyButton")
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(read_only)
        box.exec()
        return box.clickedButton() is read_only

    def _refused(self, error: Exception) -> None:
        QMessageBox.warning(self, self.tr("Cannot open the file"), describe(error))

    def save_copy(self) -> None:
        store = self.ctx.require()
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save a copy as"),
            str(store.path.with_name(store.path.stem + "-ban-sao")),
            self._file_filter(),
        )
        if not path:
            return
        target = Path(path).with_suffix(FILE_EXTENSION)
        if target.resolve() == store.path.resolve():
            return
        try:
            store.backup_to(target)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Could not save the copy"), describe(exc))
            return
        self.statusBar().showMessage(self.tr("Copy saved: %1").replace("%1", str(target)), 8000)

    def back_up(self) -> Path | None:
        store = self.ctx.require()
        from secretariat import backups

        try:
            target = backups.backup_now(store)
        except (OSError, SecretariatError) as exc:
            QMessageBox.warning(self, self.tr("Could not back up"), describe(exc))
            return None
        self.statusBar().showMessage(self.tr("Backed up to %1").replace("%1", str(target)), 8000)
        return target

    def show_backups(self) -> None:
        """The backups next to the open file; one can be restored (the file reopens)."""
        self.finish_tabs()
        from ui.dialogs.backups import BackupsDialog

        BackupsDialog(self.ctx, self).exec()

    def show_stations(self) -> None:
        """Counting stations, their stacks and live progress (issue 20 §3)."""
        self.finish_tabs()
        from ui.dialogs.stations import StationsDialog

        StationsDialog(self.ctx, self).exec()

    def _auto_backup(self) -> None:
        """On open and every few minutes of changes (secretariat.backups.BackupPolicy).

        A refusal (full disk, read-only folder) goes to the status bar: the
        secretary keeps working, and the message says what to do.
        """
        store = self.ctx.store
        if store is None or store.read_only:
            return  # a read-only window leaves the backups to the window that writes
        from secretariat import backups
        from ui.widgets.jobs import JobRunner

        if self._backup_jobs is None:
            self._backup_jobs = JobRunner(self, 1)
        if self._backup_jobs.busy():
            return  # the copy before is still being written
        now = datetime.now()
        journal_id = backups.due(store, now)
        if journal_id is None:
            return
        # The copy is written beside the window, through a connection of its own (SQLite
        # copies without Python's lock): a key pressed meanwhile answers at once (issue
        # #16; a 10 MB file took 40-65 ms, longer on a USB stick).
        self._backup_jobs.run(
            lambda _report: backups.write_backup(store, now),
            lambda _target: backups.taken(store, now, journal_id),
            self._backup_failed,
        )

    def _backup_failed(self, exc: object) -> None:
        assert isinstance(exc, Exception)  # what a job's failure carries
        if not isinstance(exc, FileRefused | OSError):
            raise exc
        self.statusBar().showMessage(
            self.tr("Automatic backup failed: %1").replace("%1", describe(exc)), 30000
        )

    def set_language(self, code: str) -> None:
        self.finish_tabs()  # the tabs are rebuilt in the new language
        state.set_language(code)
        translator.install(code)  # every window gets LanguageChange and rebuilds

    # -- context signals ------------------------------------------------------------
    def _on_opened(self) -> None:
        self._build()
        # The backup on open waits until the first tab answers (issue 16: it was
        # a tenth of the start on the demo); a change made before it is in it.
        self._open_backup.start()
        # The first action's connection is made while the secretary reads the screen.
        QTimer.singleShot(WARM_AFTER_OPEN_MS, self, self._warm_up)

    def _warm_up(self) -> None:
        store = self.ctx.store
        if store is not None:
            store.warm_up()

    def _on_closed(self) -> None:
        self._build()

    def finish_tabs(self) -> None:
        """Before the file closes or another opens: finish exports and the backup being
        written, save what is typed."""
        if self._backup_jobs is not None:
            self._backup_jobs.wait(10_000)  # its connection goes before the file's
        if self.tabs is None:
            return
        for tab in self.tabs.built_pages():
            wait = getattr(tab, "wait_for_jobs", None)
            if callable(wait):
                wait(10_000)  # let an export in progress finish before the file closes
            save = getattr(tab, "save_state", None)
            if callable(save):
                save()  # also saves notes and summaries still being typed

    def close_file(self) -> None:
        self.finish_tabs()
        if self._projector is not None:
            self._projector.hide_window()
        self.ctx.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        state.settings().setValue("ui/window/geometry", self.saveGeometry())
        self._quitting = True
        if self.is_loaded:
            self.close_file()
            if self._projector is not None:
                self._projector.shutdown()
        self._closed = True  # a closed window rebuilds nothing (a language change)
        super().closeEvent(event)
