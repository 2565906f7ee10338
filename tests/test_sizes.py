"""Sizes in ``ui/`` stay readable (issue 15, acceptance): no tab or page class over
600 lines, no function over 80.

Measured on the source with ``ast`` (a definition's lines from ``def``/``class``
to its last line, decorators excluded). Every screen was split to fit (issue
15); the two checks over the tree keep it so.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UI = ROOT / "ui"
MAX_FUNCTION = 80
MAX_SCREEN_CLASS = 600


def sizes(source: str, kinds: tuple[type[ast.AST], ...]) -> list[tuple[str, int, int]]:
    """(name, first line, length in lines) of every definition of ``kinds``, nested too."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, kinds):
            assert isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef)
            end = node.end_lineno or node.lineno
            found.append((node.name, node.lineno, end - node.lineno + 1))
    return found


def offenders(folder: Path, kinds: tuple[type[ast.AST], ...], limit: int) -> list[str]:
    out = []
    for path in sorted(folder.rglob("*.py")):
        for name, line, length in sizes(path.read_text(encoding="utf-8"), kinds):
            if length > limit:
                out.append(f"{path.relative_to(folder.parent)}:{line} {name} ({length} lines)")
    return out


FUNCTIONS = (ast.FunctionDef, ast.AsyncFunctionDef)


def test_sizes_measures_nested_definitions_from_def_to_last_line() -> None:
    source = "class A:\n    def f(self):\n        x = 1\n        return x\n\n\ndef g():\n    pass\n"
    assert sizes(source, FUNCTIONS) == [("g", 7, 2), ("f", 2, 3)]
    assert sizes(source, (ast.ClassDef,)) == [("A", 1, 4)]


def test_offenders_names_file_line_and_length(tmp_path: Path) -> None:
    body = "".join(f"    x{i} = {i}\n" for i in range(MAX_FUNCTION))  # def line + 80 = 81
    (tmp_path / "long.py").write_text(f"def long():\n{body}", encoding="utf-8")
    (tmp_path / "short.py").write_text("def short():\n    pass\n", encoding="utf-8")
    found = offenders(tmp_path, FUNCTIONS, MAX_FUNCTION)
    assert len(found) == 1 and found[0].endswith("long.py:1 long (81 lines)")


def test_no_function_in_ui_over_80_lines() -> None:
    assert offenders(UI, FUNCTIONS, MAX_FUNCTION) == []


def test_no_tab_or_page_class_over_600_lines() -> None:
    assert offenders(UI / "tabs", (ast.ClassDef,), MAX_SCREEN_CLASS) == []
