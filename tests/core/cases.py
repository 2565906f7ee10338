"""The worked cases the rule tests check against, kept in the project.

``tests/data/cases/`` holds the majority-base, election and collation cases as
JSON, each case with its source (see the README there). They are the project's
own copy: no test reads anything outside the repository
(``tests/test_self_contained.py`` keeps it so).
"""

from __future__ import annotations

import json
from pathlib import Path

CASES_DIR = Path(__file__).resolve().parents[1] / "data" / "cases"


def cases_dir() -> Path:
    """The folder holding the case files."""
    return CASES_DIR


def load_case_file(name: str) -> dict[str, object]:
    """One case file, parsed; ``name`` like ``"collation.json"``."""
    data = json.loads((CASES_DIR / name).read_text(encoding="utf-8"))
    assert isinstance(data, dict), f"{name} is not a JSON object"
    return data
