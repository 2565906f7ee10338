"""NGHỊ QUYẾT (docs/domain/documents.md §4) and the amendments working paper, on the demo.

The demo carries the seed article's draft saved as "Dự thảo 1" and one remark
(Mai Xuân Trường's, from the discussion) on point 3. At ``demo.MOMENT`` the
majority base is 24 and 23 full members are in the hall.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import docx
import pytest

from secretariat import demo
from secretariat.errors import NotFound
from secretariat.reports import amendments, catalog, resolution
from secretariat.reports.catalog import Missing
from secretariat.reports.document import (
    HeaderBlock,
    ListBlock,
    Paragraph,
    Recipients,
    SignatureBlock,
    Style,
    Table,
)
from secretariat.services import resolution as service
from secretariat.services.elections import results as election_results
from secretariat.services.resolution import VersionId
from secretariat.store import Store
from tests.core.conftest import FakeClock
from tests.reports.conftest import all_text, blocks_of
from tests.reports.test_count_minutes import counted_round

AT = demo.MOMENT + timedelta(minutes=10)
CONGRESS = "ĐẠI HỘI CHI BỘ PHÒNG XÂY DỰNG PHONG TRÀO BẢO VỆ AN NINH TỔ QUỐC LẦN THỨ VI"
SUBJECT = (
    "Đại hội Chi bộ Phòng Xây dựng phong trào bảo vệ an ninh Tổ quốc lần thứ VI, "
    "nhiệm kỳ 2020 – 2025"
)
TARGETS = [
    "Chi bộ hằng năm đạt danh hiệu hoàn thành tốt nhiệm vụ trở lên;",
    "100% đảng viên hoàn thành tốt nhiệm vụ;",
    "20% đảng viên hoàn thành xuất sắc nhiệm vụ;",
    "Đơn vị hằng năm đạt danh hiệu Đơn vị Quyết thắng;",
    "100% cán bộ được phân loại hoàn thành tốt nhiệm vụ;",
    "80% cán bộ, chiến sĩ đạt danh hiệu Chiến sĩ tiên tiến;",
    "15% cán bộ, chiến sĩ đạt danh hiệu Chiến sĩ thi đua cơ sở.",
]


@pytest.fixture
def congress_file(tmp_path: Path) -> Iterator[Store]:
    with demo.create_demo(tmp_path / "d.daihoi") as st:
        st.clock = FakeClock(AT)
        yield st


def texts(doc: object, style: Style) -> list[str]:
    return [p.text for p in blocks_of(doc, Paragraph) if p.style is style]  # type: ignore[arg-type]


def test_the_demo_draft_reads_as_a_resolution_documents_4(congress_file: Store) -> None:
    doc = resolution.build(congress_file)
    assert (doc.name, doc.title) == ("resolution", "Nghị quyết đại hội")
    header = doc.blocks[0]
    assert isinstance(header, HeaderBlock)
    assert header.draft_mark == "DỰ THẢO"
    assert (header.superior, header.issuer) == ("ĐẢNG BỘ CÔNG AN TỈNH THANH HÓA", CONGRESS)
    assert header.number == "Số 01-NQ/ĐH"  # no colon after "Số"
    assert header.place_date == "Thanh Hóa, ngày 15 tháng 6 năm 2020"
    assert texts(doc, Style.DOC_TYPE) == ["NGHỊ QUYẾT"]
    assert texts(doc, Style.DOC_SUBJECT) == [SUBJECT]
    assert texts(doc, Style.HEADING_2) == [
        "1. Thông qua các báo cáo",
        "2. Đánh giá kết quả thực hiện Nghị quyết nhiệm kỳ 2015 – 2020",
        "3. Phương hướng, mục tiêu và các chỉ tiêu chủ yếu nhiệm kỳ 2020 – 2025",
        "4. Nhiệm vụ và giải pháp chủ yếu",
        "5. Kết quả bầu cử",
        "6. Tổ chức thực hiện",
    ]
    paragraphs = [p.text for p in blocks_of(doc, Paragraph)]
    preamble = paragraphs.index("QUYẾT NGHỊ:")
    assert paragraphs[preamble - 2].startswith(
        "Đại hội Chi bộ Phòng Xây dựng phong trào bảo vệ an ninh Tổ quốc lần thứ VI, nhiệm kỳ "
        "2020 – 2025 họp ngày 15 tháng 6 năm 2020 tại Hội trường"
    )
    assert "với 26 đồng chí đảng viên có mặt trên tổng số 29 đảng viên" in paragraphs[preamble - 2]
    [targets] = [b for b in blocks_of(doc, ListBlock) if b.bullet == "-"]
    assert ["".join(r.text for r in item) for item in targets.items] == TARGETS
    subpoints = [p[:12] for p in paragraphs if p[:3] in ("a) ", "b) ", "c) ", "d) ")]
    assert subpoints == ["a) Nâng cao ", "b) Xây dựng ", "c) Chăm lo c"]
    assert "Kết quả bầu cử được ghi sau khi Đại hội bầu cử." in paragraphs
    signature = blocks_of(doc, SignatureBlock)[-1]
    assert signature.right.authority == "T/M ĐOÀN CHỦ TỊCH"
    assert isinstance(signature.left, Recipients)
    assert signature.left.lines == (
        "Đảng ủy Công an tỉnh Thanh Hóa (để báo cáo);",
        "Chi ủy nhiệm kỳ mới;",
        "Các đảng viên trong Chi bộ;",
        "Lưu hồ sơ Đại hội.",
    )
    assert "biểu quyết thông qua" not in all_text(doc)


def test_election_results_flow_into_the_resolution(congress_file: Store) -> None:
    row = counted_round(congress_file)  # Khải and Hằng elected, one seat open
    assert "Kết quả bầu cử được ghi sau khi" in all_text(resolution.build(congress_file))
    election_results.announce(congress_file, row.id)  # only announced results count
    doc = resolution.build(congress_file)
    assert (
        "- Bầu Chi ủy nhiệm kỳ 2020 – 2025 gồm 2 đồng chí: Lê Đình Khải, Nguyễn Thị Minh Hằng."
        in [p.text for p in blocks_of(doc, Paragraph)]
    )


def test_a_saved_version_prints_as_it_was_frozen(congress_file: Store) -> None:
    point = service.draft(congress_file).points[2]
    service.set_figure(congress_file, point.targets[2].id, 25)
    [first] = service.list_versions(congress_file)
    old = resolution.build(congress_file, first.id)
    assert old.title == "Nghị quyết đại hội (Dự thảo 1)"
    assert "20% đảng viên hoàn thành xuất sắc nhiệm vụ;" in all_text(old)
    assert "25% đảng viên hoàn thành xuất sắc nhiệm vụ;" in all_text(
        resolution.build(congress_file)
    )
    header = old.blocks[0]
    assert isinstance(header, HeaderBlock) and header.draft_mark == "DỰ THẢO"


def test_the_adopted_resolution_has_no_draft_mark_and_says_how_it_passed(
    congress_file: Store,
) -> None:
    # The demo's remark is dealt with first (adoption waits for every remark).
    for remark in service.pending_amendments(congress_file):
        service.explain_amendment(congress_file, remark.id, service.NOT_ACCEPTED_REASON)
    adoption = service.adopt(congress_file, yes=22, no=1)
    assert adoption.version is not None
    doc = resolution.build(congress_file)
    header = doc.blocks[0]
    assert isinstance(header, HeaderBlock) and header.draft_mark == ""
    assert doc.title == "Nghị quyết đại hội"
    assert (
        "Nghị quyết được Đại hội biểu quyết thông qua với 22/24 đồng chí tán thành (đạt 91,67%)."
        in all_text(doc)
    )
    assert resolution.build(congress_file, adoption.version.id).blocks == doc.blocks


def test_amendments_working_paper_lists_each_remark_and_its_fate(congress_file: Store) -> None:
    store = congress_file
    doc = amendments.build(store)
    assert doc.page.landscape
    assert texts(doc, Style.DOC_TYPE) == ["TỔNG HỢP Ý KIẾN GÓP Ý"]
    [table] = blocks_of(doc, Table)
    assert table.header == (
        "STT",
        "Vị trí",
        "Người góp ý",
        "Nội dung góp ý",
        "Tiếp thu, giải trình",
    )
    assert table.rows == (
        (
            "1",
            "Điểm 3",
            "Mai Xuân Trường",
            # What was said, then the wording proposed in its place (two fields).
            "Đề nghị bổ sung vào phương hướng nội dung bồi dưỡng, nâng cao năng lực cho "
            "lực lượng nòng cốt làm công tác bảo đảm an ninh, trật tự ở cơ sở.\n"
            "Đề nghị sửa: Thêm: “chú trọng bồi dưỡng, nâng cao năng lực cho lực lượng nòng "
            "cốt ở cơ sở”",
            "Chưa xử lý",
        ),
    )
    [remark] = service.list_amendments(store)
    service.accept_amendment(store, remark.id)
    point = service.draft(store).points[2]
    target = point.targets[2]
    figure = service.add_amendment(
        store, proposed_figure=25, target_id=target.id, proposer="Đ/c Sơn"
    )
    assert figure.subject_id is not None
    service.put_amendment_to_vote(store, service.AmendmentId(figure.subject_id))
    service.hold_amendment_vote(store, service.AmendmentId(figure.subject_id), yes=9, no=14)
    doc = amendments.build(store)
    remarks, disputed = blocks_of(doc, Table)
    assert [row[4] for row in remarks.rows] == [
        "Tiếp thu, đã sửa dự thảo",
        "Biểu quyết: 9/24 tán thành (37,50%), không thông qua",
    ]
    assert remarks.rows[1][1:4] == ("Điểm 3, chỉ tiêu 3", "Đ/c Sơn", "Sửa chỉ tiêu thành 25")
    assert disputed.rows == (
        (
            "1",
            "Biểu quyết ý kiến: Điểm 3, chỉ tiêu 3 — "
            "20% đảng viên hoàn thành xuất sắc nhiệm vụ → 25",
            "9 / 14 / 0 (mẫu số 24)",
            "Không thông qua",
        ),
    )
    assert "Các vấn đề đưa ra biểu quyết" in texts(doc, Style.HEADING_1)


def test_catalog_offers_the_resolution_its_versions_and_the_amendments(
    congress_file: Store, tmp_path: Path
) -> None:
    names = [s.name for s in catalog.available(congress_file)]
    assert {"resolution", "amendments", "resolution:1"} <= set(names)
    assert catalog.spec("resolution:1", congress_file).title == "Nghị quyết đại hội: Dự thảo 1"
    assert catalog.check(congress_file, "resolution") == [Missing("pending_amendments", "1")]
    assert catalog.check(congress_file, "amendments") == []
    path = catalog.export(congress_file, "resolution:1", "docx", tmp_path / "nq.docx")
    paragraphs = [p.text for p in docx.Document(str(path)).paragraphs]
    assert "QUYẾT NGHỊ:" in paragraphs and "DỰ THẢO" in paragraphs
    assert any(p.endswith("100% đảng viên hoàn thành tốt nhiệm vụ;") for p in paragraphs)
    pdf = catalog.export(congress_file, "amendments", "pdf", tmp_path / "gy.pdf")
    assert pdf.read_bytes().startswith(b"%PDF")


def test_an_empty_draft_is_flagged_and_not_offered(empty_store: Store) -> None:
    names = [s.name for s in catalog.available(empty_store)]
    assert "resolution" not in names and "amendments" not in names
    assert Missing("resolution_empty") in catalog.check(empty_store, "resolution")
    with pytest.raises(NotFound):
        resolution.build(empty_store, VersionId(7))
