"""Where the bundled resources (fonts, the .docx style template) are.

``resources/`` sits beside the ``secretariat`` package in a checkout, and at the
same place inside the PyInstaller bundle; ``SECRETARIAT_RESOURCES`` overrides it.
"""

from __future__ import annotations

import os
from pathlib import Path


def resources_dir() -> Path:
    override = os.environ.get("SECRETARIAT_RESOURCES")
    return Path(override) if override else Path(__file__).resolve().parents[1] / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
