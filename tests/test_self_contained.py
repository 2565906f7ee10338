"""A fresh clone checks itself: nothing in the project reads above its own root.

The domain reference lives in ``docs/domain/`` and the worked cases in
``tests/data/cases/``. A test, script or bench that reached for a folder beside
the repository (a shared folder laid beside the clone) would pass only on a machine that
happens to lay that folder there, so this guard (which skips its own file,
whose examples would match) fails on any such reference in
the code folders, and on any ``Path(__file__).parents[N]`` that climbs out of
the repository.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = ("tests", "secretariat", "ui", "scripts", "bench")
SUFFIXES = {".py", ".sh", ".json", ".toml", ".cfg", ".ini", ".txt", ".md", ".spec", ""}

# Built from pieces so that this file does not match itself.
_UP = re.escape("..") + r"[/\\]"
_SHARED = "sha" + "red"
OUTSIDE = re.compile(rf"(?<![\w.]){_SHARED}[/\\]|[\"']{_SHARED}[\"']\s*(?:/|,|\))")
UP_PATH = re.compile(rf"(?:{_UP})+[^\s)\"'`]*")
CLIMB_INDEX = re.compile(r"Path\(__file__\)(?:\.resolve\(\))?\.parents\[(\d+)\]")
CLIMB_CHAIN = re.compile(r"Path\(__file__\)(?:\.resolve\(\))?((?:\.parent)+)\b")


def _files(root: Path) -> list[Path]:
    found: list[Path] = []
    for folder in FOLDERS:
        base = root / folder
        if not base.is_dir():
            continue
        for path in base.rglob("*"):
            if "__pycache__" in path.parts or not path.is_file() or path == Path(__file__):
                continue
            if path.suffix in SUFFIXES:
                found.append(path)
    return sorted(found)


def _inside(target: Path, root: Path) -> bool:
    """A relative reference (a link in a README) may climb, as long as it stays inside."""
    return target.resolve().is_relative_to(root.resolve())


def outside_references(root: Path) -> list[str]:
    """Every line under ``root``'s code folders that points above ``root``."""
    problems: list[str] = []
    for path in _files(root):
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        where = path.relative_to(root)
        for number, line in enumerate(text.splitlines(), start=1):
            if OUTSIDE.search(line) or any(
                not _inside(path.parent / m.group(0), root) for m in UP_PATH.finditer(line)
            ):
                problems.append(f"{where}:{number}: {line.strip()}")
            # parents[0] is the file's own folder; parents[d] is the root when the
            # file sits d folders deep.
            index = None
            if m := CLIMB_INDEX.search(line):
                index = int(m.group(1))
            elif m := CLIMB_CHAIN.search(line):
                index = m.group(1).count(".parent") - 1
            if index is not None and index > len(where.parts) - 1:
                problems.append(f"{where}:{number}: Path(__file__) climbs above the root")
    return problems


def test_no_file_refers_above_the_repository_root() -> None:
    problems = outside_references(ROOT)
    assert not problems, "Files that reach outside the repository:\n" + "\n".join(problems)


@pytest.mark.parametrize(
    "line",
    [
        'CASES = "../../../' + _SHARED + '/domain/cases"',
        'CASES = "../../../cases"  # beside the clone',
        'CASES = Path(__file__).resolve().parents[3] / "' + _SHARED + '" / "domain"',
        "see " + _SHARED + "/domain/rules.md",
        'DATA = Path(__file__).parent.parent.parent.parent / "cases"',
    ],
)
def test_the_guard_fails_when_a_test_points_outside(tmp_path: Path, line: str) -> None:
    planted = tmp_path / "tests" / "core" / "test_planted.py"
    planted.parent.mkdir(parents=True)
    planted.write_text(f"{line}\n", encoding="utf-8")
    assert outside_references(tmp_path), line


def test_the_guard_accepts_the_project_own_references(tmp_path: Path) -> None:
    ok = tmp_path / "tests" / "core" / "test_fine.py"
    ok.parent.mkdir(parents=True)
    ok.write_text(
        "from docx.shared import Pt\n"
        'CASES = Path(__file__).resolve().parents[1] / "data" / "cases"\n'
        "# docs/domain/rules.md 4.5\n",
        encoding="utf-8",
    )
    assert outside_references(tmp_path) == []
