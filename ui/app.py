"""Entry point: ``secretariat [FILE]`` opens the desktop app, optionally on a file.

``secretariat COMMAND ...`` with a headless command name runs that command
instead (the same as ``python -m secretariat COMMAND``).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from secretariat import cli


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and (args[0] in cli.COMMANDS or args[0] in ("-h", "--help")):
        return cli.main(args)

    from PySide6.QtWidgets import QApplication

    from ui import state
    from ui.i18n import translator
    from ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([sys.argv[0], *args])
    app.setOrganizationName("Secretariat")
    app.setApplicationName("secretariat")
    app.setApplicationDisplayName("Thư ký Đại hội")
    translator.install(state.language())
    window = MainWindow()
    window.show()
    if args:
        window.open_path(Path(args[-1]))
    return int(app.exec())


if __name__ == "__main__":
    sys.exit(main())
