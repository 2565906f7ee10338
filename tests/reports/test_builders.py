"""The builders, asserted on the neutral document of the demo congress."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from secretariat import demo
from secretariat.domain import CongressKind, MemberData, MemberStatus, SessionData, SessionKind
from secretariat.errors import ValidationError
from secretariat.reports import attendance_report, common, results_sheet, sign_in_sheet
from secretariat.reports.document import (
    HeaderBlock,
    ListBlock,
    Paragraph,
    SignatureBlock,
    SignatureColumn,
    Style,
    Table,
)
from secretariat.services import attendance, congress, roster, settings
from secretariat.store import Store
from tests.reports.conftest import all_text, block_lines, blocks_of

ISSUER = "ĐẠI HỘI CHI BỘ PHÒNG XÂY DỰNG PHONG TRÀO BẢO VỆ AN NINH TỔ QUỐC LẦN THỨ VI"
SUBJECT = (
    "Đại hội Chi bộ Phòng Xây dựng phong trào bảo vệ an ninh Tổ quốc lần thứ VI, "
    "nhiệm kỳ 2020 – 2025"
)


def list_lines(doc_blocks: list[ListBlock]) -> list[str]:
    return ["".join(r.text for r in item) for block in doc_blocks for item in block.items]


# --- common ---------------------------------------------------------------------------


def test_header_names_the_congress_as_issuer_36_HD(demo_store: Store) -> None:
    header = common.congress_header(demo_store)
    assert header.superior == "ĐẢNG BỘ CÔNG AN TỈNH THANH HÓA"
    assert header.issuer == ISSUER
    assert header.place_date == "Thanh Hóa, ngày 15 tháng 6 năm 2020"
    assert header.number == ""
    assert common.subject_line(congress.get_info(demo_store)) == SUBJECT


def test_header_date_follows_zero_pad_setting(empty_store: Store) -> None:
    congress.set_info(empty_store, replace(demo.INFO))
    congress.add_session(empty_store, SessionData(SessionKind.PREPARATORY, date(2021, 2, 4)))
    congress.add_session(empty_store, SessionData(SessionKind.OFFICIAL, date(2021, 2, 5)))
    assert common.congress_header(empty_store).place_date == "Thanh Hóa, ngày 05 tháng 02 năm 2021"
    settings.set_value(empty_store, "documents.date_zero_pad", False)
    assert common.congress_header(empty_store).place_date == "Thanh Hóa, ngày 5 tháng 2 năm 2021"


def test_header_of_an_empty_congress_shows_visible_blanks(empty_store: Store) -> None:
    header = common.congress_header(empty_store)
    assert header.superior == common.BLANK
    assert header.issuer == f"ĐẠI HỘI {common.BLANK} LẦN THỨ {common.BLANK}"
    assert "……" in header.place_date and "tháng" in header.place_date
    info = congress.get_info(empty_store)
    assert common.subject_line(info) == "Đại hội …… lần thứ ……, nhiệm kỳ …… – ……"


# --- attendance report ----------------------------------------------------------------


def test_attendance_report_header_type_and_subject(demo_store: Store) -> None:
    doc = attendance_report.build(demo_store)
    assert doc.name == "attendance_report"
    assert isinstance(doc.blocks[0], HeaderBlock)
    # The outgoing chi ủy reports: the cell issues it and its bí thư signs by name
    # (36-HD/VPTW: the body in the header is the one that signs "T/M").
    assert doc.blocks[0].superior == "ĐẢNG BỘ CÔNG AN TỈNH THANH HÓA"
    assert doc.blocks[0].issuer == ISSUER.removeprefix("ĐẠI HỘI ").removesuffix(" LẦN THỨ VI")
    (signature,) = blocks_of(doc, SignatureBlock)
    assert (signature.right.authority, signature.right.role) == ("T/M CHI ỦY", "BÍ THƯ")
    assert signature.right.name == "Lê Đình Khải"
    assert signature.right.note == ""
    types = [p.text for p in blocks_of(doc, Paragraph) if p.style is Style.DOC_TYPE]
    subjects = [p.text for p in blocks_of(doc, Paragraph) if p.style is Style.DOC_SUBJECT]
    assert types == ["BÁO CÁO"]
    assert subjects == [f"Tình hình đảng viên tham dự {SUBJECT}"]


def test_attendance_report_numbers_of_the_demo(demo_store: Store) -> None:
    text = all_text(attendance_report.build(demo_store))
    assert (
        "Tổng số đảng viên của chi bộ: 29 đồng chí; trong đó đảng viên chính thức: "
        "25 đồng chí, đảng viên dự bị: 4 đồng chí." in text
    )
    assert "Số đảng viên được triệu tập dự Đại hội: 29 đồng chí." in text
    assert "Có mặt: 26 đồng chí (chính thức: 23, dự bị: 3), bằng 89,66%" in text
    assert "Vắng mặt có lý do: 1 đồng chí:" in text
    assert "Đồng chí Hà Minh Tâm: Đi công tác theo Quyết định của Giám đốc Công an tỉnh;" in text
    assert "Vắng mặt không có lý do: 0 đồng chí." in text
    assert "Chưa có mặt, chưa điểm danh: 2 đồng chí: Nguyễn Hoàng Long, Lê Hữu Phước." in text


def test_attendance_report_states_majority_base_and_smallest_win_190_D30(
    demo_store: Store,
) -> None:
    text = all_text(attendance_report.build(demo_store))
    # The demo congress (June 2020) cites the Quy chế then in force, clause first.
    assert (
        "Theo Điều 32 Quy chế bầu cử trong Đảng (ban hành kèm theo Quyết định số "
        "244-QĐ/TW ngày 09/6/2014), số đảng viên chính thức" in text
    )
    assert "(mẫu số) là 24 đồng chí" in text
    assert "25 đảng viên chính thức của chi bộ" in text
    assert "trừ 1 đồng chí vắng mặt cả đại hội có lý do được chấp nhận" in text
    assert "ít nhất 13 phiếu" in text


def test_attendance_report_make_up_of_those_present(demo_store: Store) -> None:
    doc = attendance_report.build(demo_store)
    lines = list_lines(blocks_of(doc, ListBlock))
    present = [
        m
        for m in roster.list_members(demo_store)
        if m.full_name not in demo.EXCUSED and m.full_name not in demo.NOT_YET_ARRIVED
    ]
    ages = [2020 - (m.birth_year or 0) for m in present]
    young, middle, old = (
        sum(a < 30 for a in ages),
        sum(30 <= a <= 45 for a in ages),
        sum(a > 45 for a in ages),
    )
    age_line = next(line for line in lines if line.startswith("Độ tuổi"))
    assert f"dưới 30 tuổi: {young} đồng chí" in age_line
    assert f"từ 30 đến 45 tuổi: {middle} đồng chí" in age_line
    assert f"trên 45 tuổi: {old} đồng chí" in age_line
    assert young + middle + old == 26
    assert any(line.startswith("Giới tính: nam: 17 đồng chí") for line in lines)
    ethnicity = next(line for line in lines if line.startswith("Dân tộc"))
    assert ethnicity.startswith("Dân tộc: Kinh 23 đồng chí (88,46%), Thái 2 đồng chí")
    assert any(line.startswith("Trình độ chuyên môn: Đại học") for line in lines)
    assert any(line.startswith("Trình độ lý luận chính trị: Sơ cấp") for line in lines)


def test_attendance_report_make_up_skips_what_is_not_recorded(empty_store: Store) -> None:
    congress.set_info(empty_store, demo.INFO)
    session = congress.add_session(
        empty_store, SessionData(SessionKind.OFFICIAL, date(2020, 6, 15))
    )
    added = roster.add_members(empty_store, [MemberData("Nguyễn Văn An")])
    attendance.check_in(empty_store, session.id, added[0].id)
    lines = list_lines(blocks_of(attendance_report.build(empty_store), ListBlock))
    assert not any(line.startswith(("Độ tuổi", "Giới tính")) for line in lines)
    # A field the roster does not hold is said to be unknown, never left out (issue 18 §2).
    for label in ("Dân tộc", "Trình độ chuyên môn", "Trình độ lý luận chính trị"):
        assert f"{label}: chưa rõ (1 đồng chí)." in lines


def test_attendance_report_counts_the_unknown_of_a_field_issue_18(empty_store: Store) -> None:
    congress.set_info(empty_store, demo.INFO)
    session = congress.add_session(
        empty_store, SessionData(SessionKind.OFFICIAL, date(2020, 6, 15))
    )
    added = roster.add_members(
        empty_store,
        [
            MemberData("Nguyễn Văn An", ethnicity="Kinh", theory_level="Sơ cấp"),
            MemberData("Trần Văn Bình"),
            MemberData("Lê Văn Cường"),
        ],
    )
    for m in added:
        attendance.check_in(empty_store, session.id, m.id)
    lines = list_lines(blocks_of(attendance_report.build(empty_store), ListBlock))
    assert "Dân tộc: Kinh 1 đồng chí (33,33%); chưa rõ: 2 đồng chí (66,67%)." in lines
    theory = next(line for line in lines if line.startswith("Trình độ lý luận chính trị"))
    for category in ("Cao cấp 0", "Trung cấp 0", "Chưa qua đào tạo 0", "Sơ cấp 1"):
        assert category in theory
    assert theory.endswith("chưa rõ: 2 đồng chí (66,67%).")


def test_attendance_report_lists_guests_superior_representative_first(
    demo_store: Store,
) -> None:
    lines = list_lines(blocks_of(attendance_report.build(demo_store), ListBlock))
    guests = [line for line in lines if line.startswith("Đồng chí Lê Thị Thanh Xuân")]
    assert guests == [
        "Đồng chí Lê Thị Thanh Xuân, Đại tá, Phó Giám đốc Công an tỉnh, "
        "Đảng ủy Công an tỉnh Thanh Hóa;"
    ]
    first = lines.index(guests[0])
    assert lines[first + 1].startswith("Đồng chí Nguyễn Đình Phúc, Trung tá")


def test_attendance_report_can_proceed_and_is_signed_by_the_committee(
    demo_store: Store,
) -> None:
    doc = attendance_report.build(demo_store)
    assert "Đại hội đủ điều kiện tiến hành." in all_text(doc)
    signature = doc.blocks[-1]
    assert isinstance(signature, SignatureBlock)
    # The outgoing bí thư signs by name; "(Ký, ghi rõ họ tên)" is for minutes only.
    assert signature.right == SignatureColumn(
        authority="T/M CHI ỦY", role="BÍ THƯ", name="Lê Đình Khải"
    )
    assert signature.left is None


def test_attendance_report_says_plainly_when_no_vote_can_pass_D30(tmp_path: Path) -> None:
    with demo.create_demo(tmp_path / "d.daihoi", with_attendance=False) as st:
        text = all_text(attendance_report.build(st))
    assert "đủ điều kiện tiến hành" not in text
    assert "không quá một nửa mẫu số (25)" in text


def test_attendance_report_of_a_delegates_congress_is_signed_by_credentials(
    demo_store: Store,
) -> None:
    congress.set_info(demo_store, replace(demo.INFO, kind=CongressKind.DELEGATES))
    doc = attendance_report.build(demo_store)
    signature = doc.blocks[-1]
    assert isinstance(signature, SignatureBlock)
    assert signature.right.authority == "T/M BAN THẨM TRA TƯ CÁCH ĐẠI BIỂU"
    assert "Điều 32 Quy chế bầu cử trong Đảng" in all_text(doc)


def test_citations_name_the_quy_che_clause_first_190_D30() -> None:
    """ "khoản 2 Điều 30 Quy chế bầu cử trong Đảng (ban hành kèm theo Quyết định số
    190-QĐ/TW …)", not "Điều 30 khoản 2 Quy định số 190-QĐ/TW"; a congress before
    10/10/2024 cites 244-QĐ/TW, in force on its day."""
    assert common.election_rules("khoản 2 Điều 30", date(2025, 6, 1)) == (
        "khoản 2 Điều 30 Quy chế bầu cử trong Đảng (ban hành kèm theo Quyết định số "
        "190-QĐ/TW ngày 10/10/2024)"
    )
    assert common.election_rules("khoản 2 Điều 30", None).startswith("khoản 2 Điều 30 ")
    assert common.election_rules("Điều 35", date(2020, 6, 15)) == (
        "Quy chế bầu cử trong Đảng (ban hành kèm theo Quyết định số 244-QĐ/TW ngày 09/6/2014)"
    )
    assert common.comrades(["A"]) == "đồng chí A"
    assert common.comrades(["A", "B"]) == "các đồng chí A, B"
    assert common.seats_text(5) == "05 đồng chí"


def test_attendance_report_strips_control_characters(demo_store: Store) -> None:
    guest = roster.list_guests(demo_store)[0]
    # Typing such a title is refused now (services.roster); a file from an older
    # version may still hold one, and the report must not print it.
    with pytest.raises(ValidationError):
        roster.update_guest(demo_store, guest.id, replace(guest, title="Đại tá\x07 X"))
    with closing(sqlite3.connect(demo_store.path)) as conn, conn:
        conn.execute("UPDATE guest SET title = ? WHERE id = ?", ("Đại tá\x07\x00 X", guest.id))
    text = all_text(attendance_report.build(demo_store))
    assert "\x07" not in text and "\x00" not in text
    assert "Đại tá X" in text


# --- sign-in sheet --------------------------------------------------------------------


def test_sign_in_sheet_lists_members_in_ballot_order_190_D14(demo_store: Store) -> None:
    doc = sign_in_sheet.build(demo_store)
    assert [p.text for p in blocks_of(doc, Paragraph) if p.style is Style.DOC_TYPE] == ["DANH SÁCH"]
    subject = [p.text for p in blocks_of(doc, Paragraph) if p.style is Style.DOC_SUBJECT]
    assert subject == [f"Đảng viên dự {SUBJECT}"]
    members, guests = blocks_of(doc, Table)
    assert members.header == (
        "STT",
        "Họ và tên",
        "Năm sinh",
        "Chính thức/Dự bị",
        "Chức vụ",
        "Ký tên",
    )
    expected = [m.full_name for m in roster.list_members(demo_store)]
    assert [row[1] for row in members.rows] == expected
    assert [row[0] for row in members.rows] == [str(n) for n in range(1, 30)]
    assert all(row[5] == "" for row in members.rows)
    assert members.row_height >= 24
    first = roster.list_members(demo_store)[0]
    assert members.rows[0][2] == str(first.birth_year)
    assert {row[3] for row in members.rows} == {"Chính thức", "Dự bị"}
    assert guests.header == ("STT", "Họ và tên", "Chức vụ, đơn vị", "Ký tên")
    assert [row[1] for row in guests.rows] == ["Lê Thị Thanh Xuân", "Nguyễn Đình Phúc"]
    assert doc.page.page_numbers_from == 2


def test_sign_in_sheet_leaves_out_members_not_summoned(demo_store: Store) -> None:
    member = roster.list_members(demo_store)[0]
    roster.update_member(demo_store, member.id, replace(member, temporary_out=True))
    rows = blocks_of(sign_in_sheet.build(demo_store), Table)[0].rows
    assert len(rows) == 28
    assert member.full_name not in [row[1] for row in rows]


# --- results sheet --------------------------------------------------------------------


def test_results_sheet_is_large_landscape_with_the_attendance(demo_store: Store) -> None:
    doc = results_sheet.build(demo_store)
    assert doc.page.landscape
    paragraphs = blocks_of(doc, Paragraph)
    assert paragraphs and all(p.style is Style.DISPLAY for p in paragraphs)
    lines = [p.text for p in paragraphs]
    assert lines[0] == ISSUER
    assert "NHIỆM KỲ 2020 – 2025" in lines
    assert "KẾT QUẢ ĐIỂM DANH" in lines
    assert "Đảng viên được triệu tập: 29" in lines
    assert "Có mặt: 26 (chính thức 23, dự bị 3)" in lines
    assert "Vắng có lý do: 1" in lines
    assert "Vắng không lý do: 0" in lines
    assert "Chưa điểm danh: 2" in lines
    assert "Tỷ lệ có mặt: 89,66%" in lines
    assert "Mẫu số để tính quá bán: 24" in lines
    assert "Số phiếu tối thiểu để thông qua, trúng cử: 13" in lines


# --- delegate cards -------------------------------------------------------------------


def test_delegate_cards_in_ballot_order_with_card_numbers(demo_store: Store) -> None:
    pytest.importorskip("secretariat.reports.cards")
    from secretariat.reports import delegate_cards

    built = delegate_cards.build(demo_store)
    members = roster.list_members(demo_store)
    assert [c.full_name for c in built.cards] == [m.full_name for m in members]
    assert [c.code for c in built.cards] == [m.party_card_no for m in members]
    assert built.cards[0].position == members[0].position
    assert built.title_lines == (ISSUER, "NHIỆM KỲ 2020 – 2025")
    # Probationary members attend but do not vote: their cards say so.
    marked = {c.full_name for c in built.cards if c.probationary}
    assert marked == {m.full_name for m in members if m.status is MemberStatus.PROBATIONARY}
    assert len(marked) == 4


def test_every_block_text_is_safe(demo_store: Store) -> None:
    member = roster.list_members(demo_store)[0]
    long_word = "X" * 300
    roster.update_member(demo_store, member.id, replace(member, position=long_word))
    for build in (attendance_report.build, sign_in_sheet.build, results_sheet.build):
        doc = build(demo_store)
        for block in doc.blocks:
            for line in block_lines(block):
                assert "X" * 41 not in line


def test_programme_lists_the_agenda_with_planned_times(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from secretariat import demo
    from secretariat.reports import programme
    from secretariat.reports.document import Table

    with demo.create_demo(tmp_path / "p.daihoi") as st:
        doc = programme.build(st)
    table = next(b for b in doc.blocks if isinstance(b, Table))
    assert table.header == ("STT", "Thời gian", "Nội dung", "Người thực hiện")
    assert len(table.rows) == 16
    assert table.rows[0][:3] == ("1", "07:30", "Chào cờ (Quốc ca, Quốc tế ca)")
    assert table.rows[1][1] == "07:35"  # 5 planned minutes later
    # A programme sheet uses the short "Đ/c" (it fits one page).
    assert table.rows[5][3] == "Đ/c Nguyễn Thị Minh Hằng, Chi ủy viên"
    assert table.rows[-1][2] == "Bế mạc (Quốc ca, Quốc tế ca)"


def test_results_sheet_lists_the_votes_held_QD24_9_3(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from secretariat import demo
    from secretariat.reports import results_sheet
    from secretariat.reports.document import Table

    with demo.create_demo(tmp_path / "r.daihoi") as st:
        doc = results_sheet.build(st)
    table = next(b for b in doc.blocks if isinstance(b, Table))
    assert len(table.rows) == 3  # the demo held the votes of items 2, 3 and 5
    assert table.rows[0][1] == "Biểu quyết bầu Đoàn Chủ tịch, Thư ký đại hội"
    # Full members present (who vote), in favour, against, other (adding up to them),
    # percent of the base; the heading says whom it counts, not "Có mặt" (27 above).
    assert table.header[2] == "Chính thức có mặt"
    assert table.rows[0][2:] == ("23", "23", "0", "0", "95,83% / 24", "Thông qua")


def test_results_sheet_lists_the_elections_announced_190_D30(tmp_path: Path) -> None:
    """Elected with votes and percent of the base; provisional until ratified.

    docs/domain/rules.md 4.5.
    """
    from secretariat import demo_end
    from secretariat.reports.document import Table

    with demo.create_demo(tmp_path / "r.daihoi") as st:
        demo_end.run_to_end(st)
        doc = results_sheet.build(st)
    text = all_text(doc)
    assert "KẾT QUẢ BẦU CỬ" in text and "BẦU CHI ỦY KHÓA VI" in text
    tables = [b for b in doc.blocks if isinstance(b, Table)]
    committee = tables[-2]
    assert committee.header == ("STT", "Họ và tên", "Số phiếu", "Tỷ lệ")
    assert [r[1] for r in committee.rows] == [
        "Lê Đình Khải",
        "Đỗ Thị Thu Hà",
        "Nguyễn Thị Minh Hằng",
        "Phạm Ngọc Sơn",
        "Trịnh Văn Tuấn",
    ]  # the seed article's 5-member committee, highest votes first
    assert [r[2] for r in committee.rows] == ["20", "19", "19", "17", "16"]
    assert tables[-1].rows[0][1] == "Lê Đình Khải"  # the bí thư
    assert "Kết quả chưa được cấp trên chuẩn y" in text
