"""BIÊN BẢN ĐẠI HỘI: the congress minutes as a document (docs/domain/documents.md §2).

The text comes from :mod:`secretariat.services.minutes`, section by section,
with the secretary's edits winning over the generated text. Layout per Hướng
dẫn 36-HD/VPTW: the congress as issuer under the superior body, "BIÊN BẢN",
the subject line, the sections ("I. …" in bold), and the signatures of the
secretary (left) and of the presidium (right), each "(Ký, ghi rõ họ tên)".
"""

from __future__ import annotations

from collections.abc import Sequence

from secretariat.reports import common
from secretariat.reports.document import (
    SIGN_NOTE,
    Block,
    Document,
    ListBlock,
    Run,
    SignatureBlock,
    Spacer,
    Style,
    para,
)
from secretariat.services import congress
from secretariat.services import minutes as minutes_service
from secretariat.services.minutes import MinutesSection
from secretariat.store import Store

NAME = "minutes"
TITLE = "Biên bản đại hội"
DOC_TYPE = "BIÊN BẢN"
BULLETS = ("- ", "+ ")


def text_blocks(text: str) -> list[Block]:
    """A section's plain text as paragraphs; runs of "- " / "+ " lines as lists."""
    blocks: list[Block] = []
    items: list[tuple[Run, ...]] = []
    bullet = ""

    def flush() -> None:
        nonlocal items
        if items:
            blocks.append(ListBlock(tuple(items), bullet=bullet))
            items = []

    for raw in text.split("\n"):
        line = raw.strip()
        if not line:
            continue
        mark = next((b for b in BULLETS if line.startswith(b)), None)
        if mark is None:
            flush()
            blocks.append(para(line))
            continue
        if mark.strip() != bullet:
            flush()
            bullet = mark.strip()
        items.append((Run(line[len(mark) :].strip()),))
    flush()
    return blocks


def section_blocks(sections: Sequence[MinutesSection]) -> list[Block]:
    blocks: list[Block] = []
    for sec in sections:
        if sec.title:
            style = Style.HEADING_1 if sec.level <= 1 else Style.HEADING_2
            blocks.append(para(sec.title, style))
        blocks += text_blocks(sec.text)
    return blocks


def signatures(store: Store) -> SignatureBlock:
    """Secretary left, presidium right, named from the working bodies.

    docs/domain/documents.md §2.
    """
    return SignatureBlock(
        left=common.secretary_signature(store, note=SIGN_NOTE),
        right=common.presidium_signature(store, note=SIGN_NOTE),
    )


def build(store: Store) -> Document:
    info = congress.get_info(store)
    blocks: list[Block] = [
        common.congress_header(store),
        para(DOC_TYPE, Style.DOC_TYPE),
        para(common.subject_line(info), Style.DOC_SUBJECT),
        *section_blocks(minutes_service.generate(store)),
        Spacer(),
        signatures(store),
    ]
    return Document(NAME, TITLE, tuple(blocks), common.page_settings(store))
