"""Find ``shared/domain/cases`` wherever the repository was cloned.

``shared/`` sits beside the repository root (locally and in CI, where the repo
is cloned into another folder with a copy of ``shared/`` next to it). The
environment variable ``SECRETARIAT_CASES`` overrides the search. A missing
folder fails loudly: the rule tests must never be skipped silently.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

ENV_VAR = "SECRETARIAT_CASES"
_RELATIVE = Path("shared") / "domain" / "cases"


def cases_dir() -> Path:
    """The folder holding the shared case files; raises if it cannot be found."""
    override = os.environ.get(ENV_VAR)
    if override:
        path = Path(override).expanduser().resolve()
        if not path.is_dir():
            raise FileNotFoundError(f"{ENV_VAR}={override!r} is not a folder")
        return path
    # <repo>/../shared first, then any other ancestor holding shared/.
    tried = []
    for ancestor in Path(__file__).resolve().parents:
        candidate = ancestor / _RELATIVE
        tried.append(str(candidate))
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(
        f"shared/domain/cases not found; set {ENV_VAR}. Tried: " + ", ".join(tried)
    )


def load_case_file(name: str) -> dict[str, object]:
    """One case file, parsed; ``name`` like ``"collation.json"``."""
    data = json.loads((cases_dir() / name).read_text(encoding="utf-8"))
    assert isinstance(data, dict), f"{name} is not a JSON object"
    return data
