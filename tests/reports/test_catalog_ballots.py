"""Ballot papers of an election round are offered, checked and exported by the catalog."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from pypdf import PdfReader

from secretariat import demo
from secretariat.reports import catalog
from secretariat.services import elections, roster, settings
from secretariat.services.elections import Target
from tests.core.conftest import FakeClock

NAMES = ("Đỗ Thị Thu Hà", "Lê Đình Khải", "Lê Văn Nam", "Phạm Ngọc Sơn")


def test_a_round_offers_its_ballot_papers_190_D15(tmp_path: Path) -> None:
    with demo.create_demo(tmp_path / "d.daihoi") as st:
        st.clock = FakeClock(demo.MOMENT + timedelta(minutes=10))
        by_name = {m.full_name: m.id for m in roster.list_members(st)}
        election = elections.create_election(st, Target.COMMITTEE, "Bầu Chi ủy khóa VI", 3)
        rnd = elections.open_round(
            st, election.id, [by_name[n] for n in NAMES], [by_name["Mai Xuân Trường"]]
        )
        name = f"ballots:{rnd.id}"
        specs = {s.name: s for s in catalog.available(st)}
        assert specs[name].title == "Phiếu bầu: Bầu Chi ủy khóa VI"
        assert specs[name].formats == ("pdf",)
        assert catalog.check(st, name) == []
        assert catalog.default_filename(st, name, "pdf") == "phieu-bau-bau-chi-uy-khoa-vi.pdf"
        out = catalog.export(st, name, "pdf", tmp_path / "ballots.pdf")
        minutes = f"count_minutes:{rnd.id}"
        assert specs[minutes].title == "Biên bản kiểm phiếu: Bầu Chi ủy khóa VI"
        assert specs[minutes].formats == ("docx", "pdf")
        written = catalog.export(st, minutes, "docx", tmp_path / "bb.docx")
        assert written.exists()
        # A congress that wants printed serials turns the setting on.
        settings.set_value(st, "elections.print_serials", True)
        numbered = catalog.export(st, name, "pdf", tmp_path / "numbered.pdf")
    reader = PdfReader(str(out))
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    # One paper per full member present (23) before the ballots are issued, and by
    # default no printed number that could tie a paper to its voter (secrecy).
    assert text.count("Dấu của cấp ủy") == 23
    assert "Số: 0" not in text
    numbered_text = "\n".join(p.extract_text() or "" for p in PdfReader(str(numbered)).pages)
    assert "Số: 0023" in numbered_text and "Số: 0024" not in numbered_text
    assert "Bầu Chi ủy khóa VI" in text
