"""Closing the congress: the record frozen, the journaled reopen, the journal's fingerprint."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader
from sqlalchemy import select

from secretariat import demo, models
from secretariat import store as store_mod
from secretariat.domain import MemberData
from secretariat.errors import ValidationError
from secretariat.reports import catalog
from secretariat.services import closing, minutes, roster, settings, votes
from secretariat.store import Store

CLOSED_AT = datetime(2020, 6, 15, 11, 30)
FINGERPRINT = re.compile(r"^[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$")


@pytest.fixture
def demo_store(tmp_path: Path) -> Iterator[Store]:
    with demo.create_demo(tmp_path / "d.daihoi") as st:
        yield st


def _refused(call: object) -> ValidationError:
    assert callable(call)
    with pytest.raises(ValidationError) as err:
        call()
    assert err.value.code == "congress_closed"
    return err.value


def test_closing_refuses_every_action_but_reopen(demo_store: Store) -> None:
    assert closing.close_congress(demo_store, at=CLOSED_AT) == closing.ClosingState()
    assert closing.state(demo_store) == closing.ClosingState(CLOSED_AT)
    assert closing.is_closed(demo_store)
    vote = votes.list_votes(demo_store)[-1]
    _refused(lambda: roster.add_member(demo_store, MemberData("Lê Văn Mới")))
    _refused(lambda: votes.hold(demo_store, vote.id, 1, 0, 0))
    _refused(lambda: minutes.edit_section(demo_store, "opening", "Sửa sau khi bế mạc."))
    _refused(lambda: settings.set_value(demo_store, "speeches.limit_seconds", 120))
    _refused(lambda: closing.close_congress(demo_store))
    err = _refused(lambda: demo_store.action("anything.at.all").__enter__())
    assert err.field == "action" and err.value == "anything.at.all"
    # Reading and printing go on.
    assert minutes.generate(demo_store)
    assert roster.list_members(demo_store)


def test_closed_state_is_kept_in_the_file(demo_store: Store) -> None:
    closing.close_congress(demo_store, at=CLOSED_AT)
    path = demo_store.path
    demo_store.close()
    with store_mod.open_store(path) as again:
        assert closing.state(again).closed_at == CLOSED_AT
        _refused(lambda: roster.add_member(again, MemberData("Lê Văn Mới")))


def test_reopen_needs_a_reason_and_is_journaled(demo_store: Store) -> None:
    with pytest.raises(ValidationError) as err:
        closing.reopen_congress(demo_store, "chưa bế mạc")
    assert err.value.code == "not_closed"
    closing.close_congress(demo_store, at=CLOSED_AT)
    with pytest.raises(ValidationError) as err:
        closing.reopen_congress(demo_store, "   ")
    assert err.value.code == "missing"
    before = closing.reopen_congress(demo_store, "Sửa  tóm tắt ý kiến\nphát biểu")
    assert before == closing.ClosingState(CLOSED_AT)
    assert not closing.is_closed(demo_store)
    roster.add_member(demo_store, MemberData("Lê Văn Mới"))  # editable again
    history = closing.reopenings(demo_store)
    assert [(r.reason, r.actor) for r in history] == [
        ("Sửa tóm tắt ý kiến phát biểu", demo_store.actor)
    ]
    with demo_store.read() as s:
        rows = s.execute(
            select(models.JournalEntry.action, models.JournalEntry.entity)
            .order_by(models.JournalEntry.id.desc())
            .limit(3)
        ).all()
    assert [tuple(r) for r in rows] == [
        ("member.add", "member"),
        ("congress.reopen", "closing"),
        ("congress.close", "closing"),
    ]


def test_fingerprint_is_short_and_follows_the_journal_head(demo_store: Store) -> None:
    first = closing.fingerprint(demo_store)
    assert FINGERPRINT.match(first)
    head = closing.head_hash(demo_store)
    assert first.replace("-", "") == head[:12].upper()
    # Reading and exporting change nothing; every recorded change moves it.
    minutes.generate(demo_store)
    catalog.export(demo_store, "attendance_report", "pdf", demo_store.path.with_suffix(".pdf"))
    assert closing.fingerprint(demo_store) == first
    roster.add_member(demo_store, MemberData("Lê Văn Mới"))
    second = closing.fingerprint(demo_store)
    assert second != first
    closing.close_congress(demo_store)
    assert closing.fingerprint(demo_store) not in (first, second)


def test_empty_journal_has_the_genesis_fingerprint(tmp_path: Path) -> None:
    with store_mod.create(tmp_path / "e.daihoi") as st:
        assert closing.head_hash(st) == store_mod.GENESIS_HASH
        assert closing.fingerprint(st) == "0000-0000-0000"


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


def _docx_footer_text(path: Path) -> list[str]:
    section = docx.Document(str(path)).sections[0]
    footers = [section.footer, section.first_page_footer]
    return [p.text for f in footers for p in f.paragraphs if p.text]


@pytest.mark.parametrize("name", ["minutes", "attendance_report", "results_sheet"])
def test_exported_documents_carry_the_fingerprint(
    demo_store: Store, tmp_path: Path, name: str
) -> None:
    closing.close_congress(demo_store, at=CLOSED_AT)
    stamp = closing.stamp_text(demo_store)
    assert stamp == f"Mã đối chiếu tệp đại hội: {closing.fingerprint(demo_store)}"
    pdf = catalog.export(demo_store, name, "pdf", tmp_path / f"{name}.pdf")
    pages = PdfReader(str(pdf)).pages
    assert all(closing.fingerprint(demo_store) in (p.extract_text() or "") for p in pages)
    word = catalog.export(demo_store, name, "docx", tmp_path / f"{name}.docx")
    assert stamp in _docx_footer_text(word)
    assert closing.fingerprint(demo_store) in _pdf_text(pdf)
