"""Tabs whose pages are built the first time they are shown or asked for.

Opening a congress builds only the tab on screen; the others are built when the
secretary first goes to them. ``widget(i)`` and ``currentWidget()`` return the
real page (building it if needed), so callers never see the holder.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget


class LazyTabs(QTabWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._factories: list[Callable[[], QWidget]] = []
        self._pages: list[QWidget | None] = []
        self._keys: list[str] = []
        self._laid_out: object = None  # what the tabs' last layout depended on
        self.currentChanged.connect(self._on_current_changed)

    def event(self, event: QEvent) -> bool:
        """A layout request that changes nothing here only passes the size on.

        QTabWidget lays itself out again on every layout request — and any text
        that changes in a page (a count, the feedback line) ends in one — and then
        repaints the whole tab and the page with it: 10–20 ms after every
        check-in at 1,000 members (issue #16). Its own layout depends only on its
        size, its tab bar and the corner widgets; when none changed, the request
        is passed on to the window (the page's size hints may have changed) and
        nothing is repainted beyond what changed.
        """
        if event.type() == QEvent.Type.LayoutRequest:
            bar = self.tabBar()
            depends = (
                self.size(),
                self.count(),
                self.tabPosition(),
                self.documentMode(),
                bar.sizeHint(),
                bar.isVisible(),
                self.cornerWidget(),
            )
            if depends == self._laid_out:
                self.updateGeometry()
                return True
            self._laid_out = depends
        return super().event(event)

    def add_lazy(self, key: str, title: str, factory: Callable[[], QWidget]) -> int:
        """Add a tab whose page ``factory`` builds when first needed."""
        holder = QWidget()
        holder.setObjectName(f"tab_{key}")
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        self._factories.append(factory)
        self._pages.append(None)
        self._keys.append(key)
        blocked = self.blockSignals(True)  # the first tab added becomes current: not built yet
        try:
            return self.addTab(holder, title)
        finally:
            self.blockSignals(blocked)

    def show_page(self, index: int) -> None:
        """Make ``index`` current and build it (also when it is already current)."""
        self.setCurrentIndex(index)
        self.widget(index)

    def index_of_key(self, key: str) -> int:
        return self._keys.index(key) if key in self._keys else -1

    def key(self, index: int) -> str:
        return self._keys[index]

    def widget(self, index: int) -> QWidget:
        if not 0 <= index < len(self._pages):
            return super().widget(index)  # type: ignore[return-value]  # None, as Qt does
        page = self._pages[index]
        if page is None:
            page = self._factories[index]()
            self._pages[index] = page
            holder = super().widget(index)
            layout = holder.layout() if holder is not None else None
            assert layout is not None
            layout.addWidget(page)
            page.show()  # a layout would show it only on the next turn of the event loop
        return page

    def currentWidget(self) -> QWidget:
        return self.widget(self.currentIndex())

    def is_built(self, index: int) -> bool:
        return 0 <= index < len(self._pages) and self._pages[index] is not None

    def built_pages(self) -> list[QWidget]:
        """The pages built so far, in tab order (the others hold nothing to save)."""
        return [page for page in self._pages if page is not None]

    def _on_current_changed(self, index: int) -> None:
        if index >= 0:
            self.widget(index)
