"""Entry point: ``secretariat [FILE]`` opens the desktop app, optionally on a file.

``secretariat COMMAND ...`` with a headless command name runs that command
instead (the same as ``python -m secretariat COMMAND``). ``secretariat --self-test``
checks the installed program offscreen (see ``ui.self_test``).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from secretariat.glance import FILE_EXTENSION


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["--self-test"]:
        from ui import self_test

        return self_test.run()
    # The headless commands (and what they import) are loaded only when asked for:
    # opening the window on a congress file goes straight on (bench/startup.py).
    if args and not args[0].endswith(FILE_EXTENSION):
        from secretariat import cli

        if args[0] in cli.COMMANDS or args[0] in ("-h", "--help"):
            return cli.main(args)

    from ui import collector

    collector.hold()  # until the first tab works (``settle``)
    from PySide6.QtWidgets import QApplication

    from ui import feature_check

    feature_check.install()  # before the rest of the program is imported
    from ui import crash, state
    from ui.i18n import translator
    from ui.main_window import MainWindow

    existing = QApplication.instance()
    # Another QCoreApplication would be a programming error: the GUI needs QApplication.
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0], *args])
    app.setOrganizationName("Secretariat")
    app.setApplicationName("secretariat")
    app.setApplicationDisplayName("Thư ký Đại hội")
    translator.install(state.language())
    crash.install()
    # On a file, the window shows at once which congress is opening while the
    # program loads on a worker thread, then opens it (MainWindow.loaded).
    window = MainWindow(opening=Path(args[-1])) if args else MainWindow()
    window.show()
    if window.is_loaded:
        collector.settle()
    else:
        window.loaded.connect(collector.settle)
    return int(app.exec())


if __name__ == "__main__":
    sys.exit(main())
