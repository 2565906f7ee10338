"""Document writers with hostile text: random Vietnamese with control characters,
surrogates and very long words in member names and speech summaries; the .docx
and the .pdf are still written, whole (an atomic write: never half a file)."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import suppress
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from secretariat import demo
from secretariat.domain import MemberData
from secretariat.errors import SecretariatError
from secretariat.reports import catalog, docx_writer, pdf_writer
from secretariat.reports.document import Document, Paragraph, Run, Table
from secretariat.services import roster, speeches
from secretariat.store import Store
from secretariat.text import safe

VIETNAMESE = "ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"
HOSTILE = st.text(
    alphabet=st.one_of(
        st.sampled_from(VIETNAMESE + VIETNAMESE.upper() + " \t\n\r\x00\x01\x07\x0b\x1b\x7f\ufeff"),
        st.sampled_from("\u200b\u202e\ufffd\U0001f600\u0301\u0323"),
        st.characters(codec="utf-8"),
    ),
    min_size=1,
    max_size=80,
)
# The documents that print member names or speech summaries.
PRINTS_NAMES_OR_SUMMARIES = {"sign_in_sheet", "minutes", "delegate_cards"}
FUZZ = settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@pytest.fixture(scope="module")
def demo_store() -> Iterator[Store]:
    with tempfile.TemporaryDirectory() as folder, demo.create_demo(Path(folder) / "d.daihoi") as s:
        yield s


def _written(path: Path, magic: bytes) -> None:
    assert path.is_file() and path.read_bytes().startswith(magic)
    assert not list(path.parent.glob("*.part")) and not list(path.parent.glob("*.tmp"))


@FUZZ
@given(text=HOSTILE)
def test_writers_take_any_text_made_safe(text: str) -> None:
    line = safe(text)
    doc = Document(
        name="fuzz",
        title=line or "x",
        blocks=(
            Paragraph((Run(line), Run(line, bold=True), Run(line * 3, italic=True))),
            Table(header=("STT", "Họ và tên"), rows=(("1", line), ("2", line * 5)), widths=(1, 5)),
        ),
    )
    with tempfile.TemporaryDirectory() as folder:
        docx_writer.write(doc, Path(folder) / "a.docx")
        _written(Path(folder) / "a.docx", b"PK")
        pdf_writer.write(doc, Path(folder) / "a.pdf")
        _written(Path(folder) / "a.pdf", b"%PDF")


@settings(
    max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(name=HOSTILE, summary=HOSTILE)
def test_hostile_names_and_summaries_still_print(
    demo_store: Store, name: str, summary: str
) -> None:
    try:
        member = roster.add_member(demo_store, MemberData(name))
    except SecretariatError:
        member = None  # refused with a clear error: fine, nothing was stored
    said = next((s for s in speeches.all_speeches(demo_store) if s.ended_at is not None), None)
    if said is not None:
        with suppress(SecretariatError):  # refused (too long): fine
            speeches.edit(demo_store, said.id, summary=summary)
    with tempfile.TemporaryDirectory() as folder:
        for spec in catalog.available(demo_store):
            if spec.name not in PRINTS_NAMES_OR_SUMMARIES:
                continue
            for fmt in spec.formats:
                out = Path(folder) / f"{spec.name}.{fmt}"
                catalog.export(demo_store, spec.name, fmt, out)
                _written(out, b"PK" if fmt == "docx" else b"%PDF")
    if member is not None:
        roster.remove_member(demo_store, member.id)
