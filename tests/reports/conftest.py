"""A fresh demo congress per test, and a way to read a neutral document as text."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TypeVar

import pytest

from secretariat import demo
from secretariat import store as store_mod
from secretariat.reports.document import (
    Block,
    Document,
    HeaderBlock,
    ListBlock,
    Paragraph,
    Recipients,
    SignatureBlock,
    Table,
)
from secretariat.store import Store


@pytest.fixture
def demo_store(tmp_path: Path) -> Iterator[Store]:
    st = demo.create_demo(tmp_path / "demo.daihoi")
    yield st
    st.close()


@pytest.fixture
def empty_store(tmp_path: Path) -> Iterator[Store]:
    st = store_mod.create(tmp_path / "empty.daihoi")
    yield st
    st.close()


def block_lines(block: Block) -> list[str]:
    """Every text a block prints, one string per paragraph, item, cell or line."""
    if isinstance(block, Paragraph):
        return [block.text]
    if isinstance(block, ListBlock):
        return ["".join(run.text for run in item) for item in block.items]
    if isinstance(block, Table):
        return [*block.header, *(cell for row in block.rows for cell in row)]
    if isinstance(block, HeaderBlock):
        return [block.superior, block.issuer, block.number, block.place_date]
    if isinstance(block, SignatureBlock):
        columns = [block.right] + ([block.left] if block.left else [])
        lines: list[str] = []
        for col in columns:
            if isinstance(col, Recipients):
                lines += col.lines
            else:
                lines += [col.authority, col.role, col.note, col.name]
        return lines
    return []


def all_text(doc: Document) -> str:
    return "\n".join(line for block in doc.blocks for line in block_lines(block))


T = TypeVar("T")


def blocks_of(doc: Document, kind: type[T]) -> list[T]:
    return [b for b in doc.blocks if isinstance(b, kind)]
