"""Child of bench/startup.py: start a window, report when it is ready, exit.

    python bench/_startup_child.py empty          # an empty PySide6 window
    python bench/_startup_child.py app FILE       # the app (ui.app.main) on FILE

Both go through the same steps: interpreter start, imports, QApplication, a
window shown, the event loop entered. The first zero-timer after ``exec`` fires
once the loop is idle, i.e. when the window is interactive: the child prints
``READY`` and the window's title (the bench checks it names the congress).
The app then prints ``LOADED`` when every control of its first tab works
(``MainWindow.loaded``); the empty window prints it at once.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

_exec = QApplication.exec


def _exec_then_quit(*args: object) -> int:
    def ready() -> None:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        window = app.activeWindow() or next(
            w for w in app.topLevelWidgets() if w.isVisible() and w.windowTitle()
        )
        print(f"READY {window.windowTitle()}", flush=True)
        if getattr(window, "is_loaded", True):
            finished()
        else:
            window.loaded.connect(lambda: QTimer.singleShot(0, finished))  # type: ignore[attr-defined]

    def finished() -> None:
        print("LOADED", flush=True)
        app = QApplication.instance()
        assert app is not None
        app.quit()

    QTimer.singleShot(0, ready)
    return int(_exec(*args))  # type: ignore[arg-type]


QApplication.exec = staticmethod(_exec_then_quit)  # type: ignore[method-assign,assignment]


def main() -> int:
    if sys.argv[1] == "empty":
        app = QApplication(sys.argv[:1])
        window = QWidget()
        window.setWindowTitle("empty")
        window.resize(1280, 800)
        window.show()
        return int(app.exec())
    from ui.app import main as app_main

    return app_main([sys.argv[2]])


if __name__ == "__main__":
    sys.exit(main())
