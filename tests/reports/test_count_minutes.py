"""BIÊN BẢN KIỂM PHIẾU (docs/domain/documents.md §3).

Asserted on the neutral document and read back.

The demo at ``demo.MOMENT``: 25 full members (one excused, one not yet arrived),
so the majority base is 24 and 23 full members are in the hall.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from secretariat import demo
from secretariat.domain import MemberId
from secretariat.reports import count_minutes, docx_writer, pdf_writer
from secretariat.reports.common import BLANK
from secretariat.reports.document import (
    Document,
    HeaderBlock,
    ListBlock,
    Paragraph,
    SignatureBlock,
    SignatureColumn,
    Style,
    Table,
)
from secretariat.rules.ballots import DEFAULT_REASONS, NONE_CHOSEN, TOO_MANY
from secretariat.rules.majority import format_percent, percent
from secretariat.services import elections, roster
from secretariat.services.elections import RoundRow, Target
from secretariat.store import Store
from tests.core.conftest import FakeClock
from tests.reports.conftest import all_text, blocks_of

AT = demo.MOMENT + timedelta(minutes=10)
# Four candidates in ballot order (given name: Hà < Hằng < Khải < Nam), three seats.
CANDIDATES = ("Đỗ Thị Thu Hà", "Nguyễn Thị Minh Hằng", "Lê Đình Khải", "Lê Văn Nam")
TELLERS = ("Mai Xuân Trường", "Vũ Thị Lan Anh", "Nguyễn Đức Thắng")
CONGRESS = "ĐẠI HỘI CHI BỘ PHÒNG XÂY DỰNG PHONG TRÀO BẢO VỆ AN NINH TỔ QUỐC LẦN THỨ VI"


@pytest.fixture
def congress_file(tmp_path: Path) -> Iterator[Store]:
    with demo.create_demo(tmp_path / "d.daihoi") as st:
        st.clock = FakeClock(AT)
        yield st


def ids(store: Store, *names: str) -> list[MemberId]:
    by_name = {m.full_name: m.id for m in roster.list_members(store)}
    return [by_name[name] for name in names]


def committee_round(store: Store) -> RoundRow:
    election = elections.create_election(store, Target.COMMITTEE, "Bầu Chi ủy khóa VI", 3)
    return elections.open_round(
        store,
        election.id,
        ids(store, *reversed(CANDIDATES)),
        ids(store, *TELLERS),
        congress_allowed_more=True,
    )


def counted_round(store: Store) -> RoundRow:
    """23 issued, 17 collected: 15 valid, one too many, one with every name struck.

    Votes: Hà 10, Hằng 13, Khải 15, Nam 2; more than half of 24 is 13, so Khải
    and Hằng are elected and one seat stays open.
    """
    opened = committee_round(store)
    ha, hang, khai, nam = ids(store, *CANDIDATES)
    elections.start_ballot(store, opened.id, 23, at=AT)
    readings: list[list[MemberId]] = (
        [[ha, hang, khai]] * 10
        + [[hang, khai]] * 3
        + [[khai, nam]] * 2
        + [[ha, hang, khai, nam]]  # four names for three seats
        + [[]]  # every name struck
    )
    for reading in readings:
        elections.enter_ballot(store, opened.id, chosen=reading)
    return elections.get_round(store, opened.id)


def list_items(block: ListBlock) -> list[str]:
    return ["".join(r.text for r in item) for item in block.items]


def paragraphs(doc: Document) -> list[str]:
    return [p.text for p in blocks_of(doc, Paragraph)]


def test_count_minutes_of_a_counted_round_documents_3(congress_file: Store) -> None:
    store = congress_file
    row = counted_round(store)
    doc = count_minutes.build(store, row.id)
    assert (doc.name, doc.title) == ("count_minutes", "Biên bản kiểm phiếu")
    assert (doc.name, doc.title) == (count_minutes.NAME, count_minutes.TITLE)

    header = doc.blocks[0]
    assert isinstance(header, HeaderBlock)
    assert (header.superior, header.issuer) == (CONGRESS, "BAN KIỂM PHIẾU")
    assert header.place_date == "Thanh Hóa, ngày 15 tháng 6 năm 2020"
    types = [p.text for p in blocks_of(doc, Paragraph) if p.style is Style.DOC_TYPE]
    subjects = [p.text for p in blocks_of(doc, Paragraph) if p.style is Style.DOC_SUBJECT]
    assert types == ["BIÊN BẢN KIỂM PHIẾU"]
    assert subjects == ["Bầu Chi ủy khóa VI"]

    text = all_text(doc)
    assert "9 giờ 55 phút, ngày 15 tháng 6 năm 2020" in text
    assert "Hội trường Phòng Xây dựng phong trào" in text
    assert "Số lượng được bầu theo quyết định của Đại hội: 03 đồng chí." in text

    lists = blocks_of(doc, ListBlock)
    ballot_list = next(b for b in lists if b.ordered)
    assert list_items(ballot_list) == list(CANDIDATES)  # ballot order, numbered
    tellers = next(b for b in lists if list_items(b)[0].startswith("Đồng chí Mai"))
    assert list_items(tellers) == [
        "Đồng chí Mai Xuân Trường, Trưởng ban;",
        "Đồng chí Vũ Thị Lan Anh, Ủy viên;",
        "Đồng chí Nguyễn Đức Thắng, Ủy viên;",
    ]

    # Attendance at the ballot and the frozen base in plain words.
    assert "Số đảng viên chính thức được triệu tập: 25 đồng chí." in text
    assert "có mặt tại thời điểm bầu cử: 23 đồng chí." in text
    assert "vắng mặt tại thời điểm bầu cử: 2 đồng chí." in text
    assert "căn cứ tính quá bán (mẫu số) là 24 đồng chí" in text
    assert "trừ 1 đồng chí vắng mặt cả đại hội có lý do được chấp nhận" in text
    assert "ít nhất 13 phiếu" in text

    # Ballot numbers and the reasons' labels.
    assert "Số phiếu phát ra: 23 phiếu." in text
    assert "Số phiếu thu vào: 17 phiếu." in text
    assert "Số phiếu hợp lệ: 15 phiếu." in text
    assert "Số phiếu không hợp lệ: 2 phiếu, trong đó:" in text
    reasons = next(b for b in lists if b.bullet == "+")
    assert list_items(reasons) == [
        f"{DEFAULT_REASONS[TOO_MANY].label_vi}: 1 phiếu;",
        f"{DEFAULT_REASONS[NONE_CHOSEN].label_vi}: 1 phiếu;",
    ]

    # The table in ballot order with the base in the header.
    votes_table, journal = blocks_of(doc, Table)
    assert votes_table.header == ("STT", "Họ và tên", "Số phiếu bầu", "Tỷ lệ % (so với 24)")
    votes = (10, 13, 15, 2)
    assert votes_table.rows == tuple(
        (str(i), name, str(n), format_percent(percent(n, 24)))
        for i, (name, n) in enumerate(zip(CANDIDATES, votes, strict=True), start=1)
    )
    assert votes_table.rows[1][3] == "54,17%" and votes_table.rows[2][3] == "62,50%"

    # The elected, highest first; the open seat in plain words.
    elected = [b for b in lists if b.ordered][1]
    assert list_items(elected) == [
        "Đồng chí Lê Đình Khải đạt 15 phiếu (62,50%).",
        "Đồng chí Nguyễn Thị Minh Hằng đạt 13 phiếu (54,17%).",
    ]
    assert any(
        "còn thiếu 01 đồng chí, đề nghị Đại hội xem xét bầu tiếp" in p for p in paragraphs(doc)
    )

    # One signature space and one name per teller (never two names on one line).
    first, second = blocks_of(doc, SignatureBlock)
    assert (first.right.authority, first.right.role) == ("T/M BAN KIỂM PHIẾU", "TRƯỞNG BAN")
    assert first.right.name == "Mai Xuân Trường"
    assert isinstance(first.left, SignatureColumn)
    assert (first.left.authority, first.left.name) == ("ỦY VIÊN", "Vũ Thị Lan Anh")
    assert isinstance(second.left, SignatureColumn)
    assert (second.left.authority, second.left.name) == ("ỦY VIÊN", "Nguyễn Đức Thắng")
    assert second.right.name == ""
    assert first.right.note == first.left.note == "(Ký, ghi rõ họ tên)"

    # The appendix: the journal of entry, serials in order.
    assert "Phụ lục: nhật ký nhập phiếu" in paragraphs(doc)
    assert journal.header == ("Phiếu số", "Nhập lúc", "Người nhập", "Nội dung", "Kết quả")
    assert [r[0] for r in journal.rows] == [str(n) for n in range(1, 18)]
    assert journal.rows[0][1] == "09:55:00 15/06/2020"
    # The teller who keyed it in (the chair for the first pass), not the login.
    assert journal.rows[0][2] == "Mai Xuân Trường" != store.actor
    assert journal.rows[0][3] == "Chọn: Đỗ Thị Thu Hà, Nguyễn Thị Minh Hằng, Lê Đình Khải"
    assert journal.rows[0][4] == "Hợp lệ"
    assert journal.rows[15][4] == f"Không hợp lệ: {DEFAULT_REASONS[TOO_MANY].label_vi}"
    assert journal.rows[16][3] == "Không chọn ai"
    assert journal.rows[16][4] == f"Không hợp lệ: {DEFAULT_REASONS[NONE_CHOSEN].label_vi}"


def test_ties_at_the_cutoff_are_stated_plainly_rules_4_5(congress_file: Store) -> None:
    store = congress_file
    opened = committee_round(store)
    ha, hang, khai, nam = ids(store, *CANDIDATES)
    elections.start_ballot(store, opened.id, 23, at=AT)
    readings = [[ha, hang, khai]] * 7 + [[ha, khai, nam]] * 7 + [[hang, nam]] * 6
    for reading in readings:
        elections.enter_ballot(store, opened.id, chosen=reading)
    # Khải 14, Hà 14, Hằng 13, Nam 13: Hằng and Nam tie for the last seat.
    doc = count_minutes.build(store, opened.id)
    text = all_text(doc)
    assert (
        "Các đồng chí Nguyễn Thị Minh Hằng, Lê Văn Nam bằng phiếu nhau (13 phiếu) "
        "ở vị trí cuối cùng, chưa xác định được người trúng cử"
    ) in text
    assert "còn thiếu 01 đồng chí" in text
    elected = [b for b in blocks_of(doc, ListBlock) if b.ordered][1]
    assert [item[0].text for item in elected.items] == [
        "Đồng chí Đỗ Thị Thu Hà",
        "Đồng chí Lê Đình Khải",
    ]


def test_a_second_round_says_so_in_the_subject(congress_file: Store) -> None:
    store = congress_file
    first = committee_round(store)
    second = elections.open_round(
        store,
        first.election_id,
        ids(store, *CANDIDATES[:2]),
        ids(store, *TELLERS),
        seats=1,
        congress_allowed_more=True,
    )
    doc = count_minutes.build(store, second.id)
    subjects = [p.text for p in blocks_of(doc, Paragraph) if p.style is Style.DOC_SUBJECT]
    assert subjects == ["Bầu Chi ủy khóa VI, lần bầu thứ 2"]


def _pdf_text(path: Path) -> str:
    return "\n".join(
        unicodedata.normalize("NFC", page.extract_text() or "") for page in PdfReader(path).pages
    ).replace("\u00a0", " ")


def _docx_text(path: Path) -> str:
    word = docx.Document(str(path))
    texts = [p.text for p in word.paragraphs]
    for table in word.tables:
        for table_row in table.rows:
            for cell in table_row.cells:
                texts += [p.text for p in cell.paragraphs]
    return "\n".join(texts).replace("\u00a0", " ")  # no-break spaces read as spaces


def test_count_minutes_write_to_word_and_pdf(congress_file: Store, tmp_path: Path) -> None:
    store = congress_file
    row = counted_round(store)
    doc = count_minutes.build(store, row.id)
    word = docx_writer.write(doc, tmp_path / "kiem_phieu.docx")
    pdf = pdf_writer.write(doc, tmp_path / "kiem_phieu.pdf")
    for text in (_docx_text(word), _pdf_text(pdf)):
        assert "BIÊN BẢN KIỂM PHIẾU" in text
        assert "Nguyễn Thị Minh Hằng" in text
        assert "BAN KIỂM PHIẾU" in text


def test_a_round_not_started_builds_with_blanks(congress_file: Store, tmp_path: Path) -> None:
    store = congress_file
    opened = committee_round(store)
    doc = count_minutes.build(store, opened.id)
    text = all_text(doc)
    assert "BIÊN BẢN KIỂM PHIẾU" in text
    assert f"Số phiếu phát ra: {BLANK} phiếu." in text
    assert "…… giờ …… phút" in text
    votes_table = blocks_of(doc, Table)[0]
    assert votes_table.header[3] == f"Tỷ lệ % (so với {BLANK})"
    assert [r[1] for r in votes_table.rows] == list(CANDIDATES)
    assert all(r[2] == BLANK and r[3] == BLANK for r in votes_table.rows)
    assert "Chưa có phiếu nào được nhập." in paragraphs(doc)
    docx_writer.write(doc, tmp_path / "blank.docx")
    pdf_writer.write(doc, tmp_path / "blank.pdf")


def test_other_reason_words_in_the_journal_appendix_190_D15_k2(congress_file: Store) -> None:
    """A paper invalid for a reason no code names: its line in the minutes and
    the tellers' words in the journal of entry (docs/domain/rules.md 4.4)."""
    store = congress_file
    opened = committee_round(store)
    ha, hang, khai, _nam = ids(store, *CANDIDATES)
    elections.start_ballot(store, opened.id, 23, at=AT)
    elections.enter_ballot(store, opened.id, chosen=[ha, hang, khai])
    elections.enter_ballot(
        store, opened.id, chosen=[ha, hang], other_reason="Phiếu bị rách mất một góc"
    )
    doc = count_minutes.build(store, opened.id)
    reasons = next(b for b in blocks_of(doc, ListBlock) if b.bullet == "+")
    assert list_items(reasons) == ["Phiếu không hợp lệ vì lý do khác: 1 phiếu;"]
    journal = blocks_of(doc, Table)[1]
    assert journal.rows[1][3] == (
        "Chọn: Đỗ Thị Thu Hà, Nguyễn Thị Minh Hằng; lý do khác: Phiếu bị rách mất một góc"
    )
    assert journal.rows[1][4] == "Không hợp lệ: Phiếu không hợp lệ vì lý do khác"


def test_appendix_logs_settled_mismatches_and_the_journal_head(congress_file: Store) -> None:
    """Blind double entry (issue 6) and tamper evidence (issue 9) in the appendix."""
    from secretariat import verify
    from secretariat.services.elections import double_entry

    row = counted_round(congress_file)
    ha, hang, khai, _nam = ids(congress_file, *CANDIDATES)
    for paper in elections.list_ballots(congress_file, row.id):  # the second operator
        chosen = [hang, khai] if paper.serial == 2 else list(paper.chosen or ())
        elections.enter_ballot(congress_file, row.id, chosen=chosen, pass_no=2)
    double_entry.finish_second_pass(congress_file, row.id)
    assert [m.serial for m in double_entry.mismatches(congress_file, row.id)] == [2]
    double_entry.resolve_mismatch(
        congress_file, row.id, 2, chosen=[ha, hang, khai], note="xem phiếu gốc"
    )
    doc = count_minutes.build(congress_file, row.id)
    tables = blocks_of(doc, Table)
    settled = tables[-1]
    assert settled.header[0] == "Phiếu số" and settled.rows[0][0] == "2"
    assert "xem phiếu gốc" in settled.rows[0][4]
    assert verify.journal_head(congress_file) in all_text(doc)
