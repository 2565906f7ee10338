"""``python -m secretariat``: the headless commands (see ``secretariat.cli``)."""

from __future__ import annotations

import sys

from secretariat.cli import main

if __name__ == "__main__":
    sys.exit(main())
