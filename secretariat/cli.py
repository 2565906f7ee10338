"""Headless commands over the same services the desktop app uses.

``python -m secretariat COMMAND``; ``python -m secretariat --help`` lists them.
Output is UTF-8 whatever the terminal's locale; errors go to standard error in
plain Vietnamese with a non-zero exit code (2 for bad input, 1 otherwise).
"""

from __future__ import annotations

import argparse
import io
import json
import re
import sys
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any, TextIO

from secretariat import archive, demo, dossier
from secretariat import store as store_mod
from secretariat import verify as verify_mod
from secretariat.domain import CongressInfo, CongressKind
from secretariat.errors import (
    FileInUse,
    FileRefused,
    ImportRejected,
    RowProblem,
    SecretariatError,
    ValidationError,
)
from secretariat.importers.roster import (
    MAX_CELL,
    MAX_COLUMNS,
    MAX_FILE_BYTES,
    MAX_LINE,
    RosterSummary,
    check_import,
    guess_mapping,
    parse_rows,
    read_table,
    summarise,
    unmapped_columns,
)
from secretariat.reports import catalog
from secretariat.rules.case_input import voters_from_case
from secretariat.rules.collation import sort_names
from secretariat.rules.majority import format_percent, majority_base, min_votes, voters_at_ballot
from secretariat.services import agenda, attendance, congress, roster

REFUSED = {
    "not_found": "Không tìm thấy tệp",
    "not_sqlite": "Tệp không phải là tệp đại hội (không phải cơ sở dữ liệu SQLite)",
    "corrupt": "Tệp bị hỏng hoặc bị cắt cụt",
    "not_congress": "Tệp là cơ sở dữ liệu nhưng không phải tệp đại hội",
    "bad_value": (
        "Tệp có giá trị không do chương trình ghi (bị sửa bằng công cụ khác hoặc bị hỏng); "
        "tệp không bị thay đổi, hãy mở bản sao lưu"
    ),
    "newer": "Tệp được tạo bởi phiên bản mới hơn của chương trình; hãy cập nhật chương trình",
    "exists": "Tệp đã tồn tại (dùng --force để ghi đè)",
    "disk_full": "Ổ đĩa đã đầy; thao tác cuối không được lưu, dữ liệu trước đó vẫn an toàn",
    "read_only": "Không ghi được vào thư mục (chỉ đọc hoặc không có quyền); tệp không bị thay đổi",
    "io_error": "Ổ đĩa báo lỗi khi ghi; thao tác cuối không được lưu",
    "foreign_schema": "Tệp có đối tượng (trigger, view, bảng, chỉ mục) không do chương trình "
    "tạo ra, có thể làm sai dữ liệu; tệp không được mở và không bị thay đổi",
    "in_use": "Tệp đang được mở ở một cửa sổ hoặc chương trình khác; tệp không bị thay đổi",
    "migration_failed": (
        "Không nâng cấp được tệp lên phiên bản này; tệp vẫn nguyên như trước, "
        "hãy báo cho người hỗ trợ"
    ),
    "older_read_only": (
        "Tệp của phiên bản cũ chỉ xem được sau khi nâng cấp, mà tệp đang mở chỉ để đọc"
    ),
    "not_server": "Địa chỉ không phải máy chủ PostgreSQL (dạng postgresql://người:mật-khẩu@máy/csdl)",
    "not_empty": "Cơ sở dữ liệu trên máy chủ đã có một đại hội; hãy dùng một cơ sở dữ liệu trống",
    "unreachable": (
        "Không kết nối được máy chủ (sai địa chỉ, cổng, tên đăng nhập hay mật khẩu, "
        "hoặc mạng không thông)"
    ),
    "verify_failed": (
        "Bản chép không khớp nhật ký (kiểm tra toàn vẹn không đạt); không có gì bị thay thế"
    ),
}
MISSING = {
    "superior_body": "chưa nhập đảng bộ cấp trên",
    "cell_name": "chưa nhập tên chi bộ",
    "ordinal": "chưa nhập đại hội lần thứ mấy",
    "term": "chưa nhập đủ nhiệm kỳ",
    "venue": "chưa nhập địa điểm đại hội",
    "place": "chưa nhập địa danh ghi trước ngày tháng",
    "session_date": "chưa có ngày họp của phiên chính thức",
    "session_start": "chưa có giờ khai mạc của phiên chính thức (để tính thời gian từng mục)",
    "no_members": "chưa có danh sách đảng viên",
    "no_card_numbers": "đảng viên chưa có số thẻ đảng viên",
    "attendance_not_taken": "chưa điểm danh",
    "unmarked_members": "đảng viên chưa được điểm danh",
    # The minutes (services.minutes.completeness).
    "opening_time": "chưa có giờ khai mạc",
    "no_agenda": "chưa có chương trình đại hội",
    "item_not_held": "mục chương trình chưa tiến hành",
    "no_presenter": "chưa ghi người trình bày",
    "working_bodies_not_recorded": "chưa ghi thành phần Đoàn Chủ tịch, Thư ký đại hội",
    "no_vote": "mục cần biểu quyết nhưng chưa có biểu quyết",
    "vote_not_held": "chưa có kết quả biểu quyết",
    "speech_without_summary": "ý kiến phát biểu chưa có tóm tắt",
    "no_superior_address": "chưa có phát biểu chỉ đạo của cấp trên",
    "no_elections": "chưa có cuộc bầu cử nào",
    "election_not_held": "cuộc bầu cử chưa bỏ phiếu",
    "round_not_counted": "lần bầu chưa kiểm phiếu",
    "nomination_pending": "người được đề cử, ứng cử chưa được biểu quyết đưa vào danh sách",
    "resolution_not_adopted": "nghị quyết chưa được thông qua",
    "closing_time": "chưa có giờ bế mạc",
    "stale_edit": "phần đã sửa tay nhưng dữ liệu đã thay đổi sau đó",
    "resolution_empty": "nghị quyết chưa có dự thảo",
    "pending_amendments": "ý kiến sửa đổi chưa được xử lý",
    "no_size_vote": "chưa biểu quyết số lượng cấp ủy",
    "no_tellers_vote": "chưa biểu quyết Ban kiểm phiếu",
    "no_list_vote": "danh sách bầu cử chưa được biểu quyết thông qua",
    "fewer_ballots_no_reason": "số phiếu phát ra ít hơn số đảng viên chính thức có mặt, "
    "chưa ghi lý do",
    "unknown_ethnicity": "danh sách đảng viên chưa có dân tộc của một số đồng chí có mặt",
    "unknown_education": "danh sách đảng viên chưa có trình độ chuyên môn của một số đồng chí "
    "có mặt",
    "unknown_theory_level": "danh sách đảng viên chưa có trình độ lý luận chính trị của một số "
    "đồng chí có mặt",
}
PROBLEM = {
    "missing": "thiếu giá trị",
    "invalid": "giá trị không hợp lệ",
    "duplicate": "trùng lặp",
    "conflict": "mâu thuẫn với cột khác",
    "ambiguous": "chưa rõ nghĩa",
    "unreadable": "không đọc được tệp",
    "unsupported_format": "loại tệp không được hỗ trợ (hãy dùng .xlsx hoặc .csv)",
    "empty": "tệp không có dữ liệu",
    "no_header": "không nhận biết được dòng tiêu đề",
    "no_name_column": "không có cột nào chứa họ và tên",
    "not_found": "tệp không tồn tại",
    "too_big": "tệp quá lớn",
    "formula": "ô có công thức nhưng không có giá trị đã lưu",
    "formula_error": "công thức Excel báo lỗi",
    "too_long": "ô quá dài",
    "too_wide": "quá nhiều cột",
    "too_many_rows": "danh sách quá dài",
    "line_too_long": "dòng quá dài",
    "open_quote": "dấu ngoặc kép mở mà không đóng",
    "no_status": "không xác định được đảng viên chính thức hay dự bị",
    "footer_mismatch": "số liệu ở cuối danh sách không khớp",
    "extra_cells": "dòng có nhiều ô hơn số cột của dòng tiêu đề",
}
# Refusals of a value (the JSON archive, the services), worded for the secretary.
VALIDATION = {
    "count_open": (
        "đang kiểm phiếu một lần bầu (đã phát phiếu, chưa công bố kết quả); "
        "hãy kết thúc việc nhập phiếu rồi mới lấy đại hội về tệp"
    ),
    "not_object": "dữ liệu không đúng dạng (cần một đối tượng JSON)",
    "bad_login": "tên đăng nhập chỉ gồm chữ thường không dấu, chữ số và dấu _",
    "weak_password": "mật khẩu quá ngắn (ít nhất 8 ký tự)",
    "login_taken": "tên đăng nhập này đã là của người khác trên máy chủ",
    "missing": "thiếu dữ liệu",
    "wrong_type": "giá trị sai kiểu",
    "invalid": "giá trị không hợp lệ",
    "duplicate": "trùng lặp",
    "not_archive": "không phải tệp lưu trữ đại hội",
    "unsupported_version": "tệp lưu trữ của phiên bản chương trình khác",
    "unknown_session": "tham chiếu đến phiên họp không có",
    "unknown_member": "tham chiếu đến đảng viên không có",
    "unknown_guest": "tham chiếu đến khách mời không có",
    "unknown_agenda_item": "tham chiếu đến mục chương trình không có",
    "one_speaker": "mỗi lượt phát biểu phải có đúng một người phát biểu",
    "more_than_present": "số phiếu nhiều hơn số người có mặt",
    "broken_reference": "tham chiếu đến dữ liệu không có",
    "duplicate_card": "trùng số thẻ đảng viên",
    "not_utf8": "tệp không phải văn bản UTF-8",
    "not_json": "tệp không phải JSON hợp lệ",
    "too_deep": "dữ liệu lồng nhau quá sâu, không phải tệp lưu trữ của chương trình",
    "bad_character": "có ký tự điều khiển hoặc ký tự ẩn",
    "too_long": "quá dài",
    "bad_value": "giá trị chương trình không đọc được",
    "invalid_year": "năm phải trong khoảng 1900–2100",
    "conflict": "mâu thuẫn",
}
# The core's details (plain English, facts only), worded for the secretary.
DETAIL = {
    "the name is empty": "họ tên để trống",
    "the given name is empty": "tên để trống",
    "a name has no digits": "họ tên không được chứa chữ số",
    "expected Chính thức or Dự bị": "cần ghi “Chính thức” hoặc “Dự bị”",
    "expected Nam or Nữ": "cần ghi “Nam” hoặc “Nữ”",
    "expected a year or a date": "cần ghi năm (1985) hoặc ngày tháng năm (12/03/1985)",
    "expected x or empty": "cần ghi x (có) hoặc để trống ô",
    "temporarily attached both to and from this cell": (
        "vừa ghi sinh hoạt tạm thời đến vừa ghi sinh hoạt tạm thời đi"
    ),
    "expected a date": "phải là ngày tháng (ví dụ 12/03/2010)",
    "a date in the future": "ngày ở tương lai",
    "probationary, but a date of becoming a full member is given": (
        "ghi là dự bị nhưng đã có ngày chính thức"
    ),
    "full member before joining the Party": "ngày chính thức trước ngày vào Đảng",
    "temporary attachment without đến (here) or đi (out)": (
        "ghi sinh hoạt tạm thời nhưng không rõ “đến” (từ chi bộ khác đến) hay “đi” "
        "(sang chi bộ khác); hãy ghi rõ, ví dụ “SHTT đến” hoặc “SHTT đi”"
    ),
    "empty in every row: the statuses cannot be told": (
        "cột này trống ở mọi dòng nên không suy ra được chính thức hay dự bị; "
        "hãy điền ngày chính thức hoặc thêm cột “Chính thức/Dự bị”"
    ),
    "missing": "chưa có giá trị",
    "too_long": "quá dài",
    "invalid_year": "năm phải trong khoảng 1900–2100",
    "conflict": "vừa ghi sinh hoạt tạm thời đến vừa ghi sinh hoạt tạm thời đi",
}
DETAIL_PATTERNS = {
    r"same party card number as row (\d+)": "trùng số thẻ đảng viên với dòng {0}",
    r"same name and birth year as row (\d+)": "trùng họ tên và năm sinh với dòng {0}",
    r"year outside (\d+)\.\.(\d+)": "năm phải trong khoảng từ {0} đến {1}",
    r"already the card of (.+) in this congress": (
        "số thẻ này đã là của đồng chí {0} trong đại hội"
    ),
    r"bad_character: (U\+[0-9A-F]+)": (
        "có ký tự điều khiển hoặc ký tự ẩn ({0}); hãy gõ lại tên, không dán từ nơi khác"
    ),
    r"the footer says (\d+) total, the list holds (\d+)": (
        "cuối danh sách ghi tổng số {0} đồng chí nhưng danh sách có {1}"
    ),
    r"the footer says (\d+) full, the list holds (\d+)": (
        "cuối danh sách ghi {0} chính thức nhưng danh sách có {1}"
    ),
    r"the footer says (\d+) probationary, the list holds (\d+)": (
        "cuối danh sách ghi {0} dự bị nhưng danh sách có {1}"
    ),
}


def detail_vi(code: str, detail: str) -> str:
    """The Vietnamese of a row problem's detail; the facts of reading codes in words."""
    by_code = {
        "too_long": "ô có {d} ký tự, tối đa " + str(MAX_CELL),
        "line_too_long": "dòng có {d} ký tự, tối đa " + str(MAX_LINE),
        "too_many_rows": "tối đa {d} đảng viên",
        "too_wide": "có {d}, tối đa " + str(MAX_COLUMNS),
        "open_quote": (
            "các dòng {d} bị gộp vào một ô; hãy xóa dấu ngoặc kép thừa "
            "hoặc thêm dấu đóng, rồi nhập lại"
        ),
        "formula": "mở tệp bằng Excel và lưu lại để có giá trị, hoặc gõ giá trị vào ô",
        "formula_error": "sửa công thức trong Excel rồi lưu lại",
        "too_big": "tối đa " + str(MAX_FILE_BYTES // (1024 * 1024)) + " MB",
        "extra_cells": (
            "{d}: một ô có dấu phẩy mà không đặt trong ngoặc kép? Hãy sửa trong tệp rồi nhập lại"
        ),
    }
    if code == "extra_cells" and re.fullmatch(r"\d+-\d+", detail):
        cells, width = detail.split("-")
        detail = f"{cells} ô nhưng tiêu đề chỉ có {width} cột"
    if code in by_code and not (code == "too_long" and not detail.isdigit()):
        return by_code[code].replace("{d}", detail.replace("-", "–").replace(" columns", " cột"))
    if detail in DETAIL:
        return DETAIL[detail]
    for pattern, text in DETAIL_PATTERNS.items():
        if match := re.fullmatch(pattern, detail):
            return text.format(*match.groups())
    return detail


def problem_line(p: RowProblem) -> str:
    """One problem of an imported file: where (row, column), what, the value, why."""
    where = [f"dòng {p.row}"] if p.row else []
    if p.column:
        where.append(f"cột “{p.column}”")
    value = f": “{p.value}”" if p.value else ""
    detail = detail_vi(p.code, p.detail)
    text = f"{PROBLEM.get(p.code, p.code)}{value}" + (f" — {detail}" if detail else "")
    return (", ".join(where) + ": " if where else "") + text


def summary_vi(summary: RosterSummary, already: int) -> str:
    """What the roster will give, before it is written (the wizard says the same)."""
    parts = [f"{summary.full} chính thức", f"{summary.probationary} dự bị"]
    for count, label in (
        (summary.exempt, "miễn sinh hoạt"),
        (summary.temporary_in, "sinh hoạt tạm thời đến"),
        (summary.temporary_out, "sinh hoạt tạm thời đi"),
        (summary.suspended, "đình chỉ sinh hoạt"),
    ):
        if count:
            parts.append(f"{count} {label}")
    base = f"mẫu số dự kiến {summary.base_all_present}"
    if summary.base_exempt_absent != summary.base_all_present:
        base += f" ({summary.base_exempt_absent} nếu đảng viên miễn sinh hoạt vắng mặt)"
    text = f"{summary.members} đảng viên: {', '.join(parts)}; {base}"
    if already:
        text += f" (cùng {already} đảng viên đã có trong đại hội)"
    return text


def _out() -> TextIO:
    if isinstance(sys.stdout, io.TextIOWrapper):
        sys.stdout.reconfigure(encoding="utf-8")
    return sys.stdout


def _err(text: str) -> None:
    if isinstance(sys.stderr, io.TextIOWrapper):
        sys.stderr.reconfigure(encoding="utf-8")
    print(f"Lỗi: {text}", file=sys.stderr)


def _read_json(path: str) -> Any:
    source = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    try:
        return json.loads(source.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise ValidationError("not_utf8", path, exc.start) from None
    except json.JSONDecodeError as exc:
        raise ValidationError("not_json", f"{path}:{exc.lineno}:{exc.colno}", exc.msg) from None


# --- commands -------------------------------------------------------------------------


def cmd_majority_base(args: argparse.Namespace) -> int:
    voters, kind = voters_from_case(_read_json(args.case))
    base = majority_base(voters, kind).majority_base
    result = {
        "majority_base": base,
        "min_votes": min_votes(base),
        "voters_at_ballot": voters_at_ballot(voters),
    }
    print(json.dumps(result, ensure_ascii=False), file=_out())
    return 0


def cmd_sort_names(args: argparse.Namespace) -> int:
    text = sys.stdin.buffer.read().decode("utf-8-sig")
    names = [line.strip() for line in text.splitlines() if line.strip()]
    out = _out()
    for name in sort_names(names):
        print(name, file=out)
    return 0


def _term(value: str) -> tuple[int, int]:
    parts = value.replace("–", "-").split("-")
    if len(parts) != 2 or not all(p.strip().isdigit() for p in parts):
        raise argparse.ArgumentTypeError("nhiệm kỳ phải có dạng 2020-2025")
    return int(parts[0]), int(parts[1])


def cmd_new(args: argparse.Namespace) -> int:
    term = args.term or (None, None)
    info = CongressInfo(
        superior_body=args.superior,
        cell_name=args.cell,
        ordinal=args.ordinal,
        term_start=term[0],
        term_end=term[1],
        kind=CongressKind(args.kind),
        venue=args.venue,
        place=args.place,
    )
    congress.validate_info(info)
    with store_mod.create(Path(args.file), overwrite=args.force) as st:
        congress.set_info(st, info)
        agenda.seed_default(st)
    print(f"Đã tạo {args.file}", file=_out())
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    now = datetime.now() if args.live else demo.MOMENT
    with demo.create_demo(
        Path(args.file), overwrite=args.force, with_attendance=not args.no_attendance, now=now
    ):
        pass
    print(f"Đã tạo đại hội mẫu: {args.file}", file=_out())
    return 0


def cmd_import_roster(args: argparse.Namespace) -> int:
    """Read and check the whole file, say what it will give, then write it in one step."""
    table = read_table(args.roster, args.encoding)
    mapping = guess_mapping(table.headers)
    result = parse_rows(table, mapping)
    out = _out()
    with store_mod.open_store(Path(args.file)) as st:
        existing = roster.list_members(st)
        result = check_import(existing, table, mapping, result)
        if result.problems and not args.allow_partial:
            raise ImportRejected(args.roster, result.problems)
        if result.problems:
            print(describe(ImportRejected(args.roster, result.problems)), file=sys.stderr)
        unmapped = unmapped_columns(table, mapping)
        if unmapped:
            names = ", ".join(f"“{name}”" for name in unmapped)
            print(f"Các cột không nhập: {names}", file=out)
        for row, text in result.headings:
            print(f"Dòng {row} (“{text}”) là tiêu đề nhóm, không phải đảng viên", file=out)
        if table.footer is not None:
            print(f"Bỏ qua phần cuối danh sách từ dòng {table.footer.row}", file=out)
        summary = summarise([*existing, *result.members], congress.get_info(st).kind)
        print("Danh sách cho: " + summary_vi(summarise(result.members), 0), file=out)
        if existing:
            print(f"Sau khi nhập: {summary_vi(summary, 0)}", file=out)
        if args.dry_run:
            print("Chưa ghi gì vào tệp đại hội (--dry-run)", file=out)
            return 0
        added = roster.add_members(st, result.members)
    print(f"Đã nhập {len(added)} đảng viên từ {args.roster}", file=out)
    return 0


def _at(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError("thời điểm phải có dạng 2020-06-15T09:30") from None


def cmd_counters(args: argparse.Namespace) -> int:
    # Read-only: the counters can be read while the app has the file open.
    with _open_to_read(Path(args.file)) as st:
        # Without --at: who is inside now, as the attendance screen shows it.
        c = attendance.counters(st, at=_at(args.at) or st.clock())
    b = c.base
    data = {
        "summoned": c.summoned,
        "present": c.present,
        "present_full": c.present_full,
        "present_probationary": c.present_probationary,
        "excused": c.excused,
        "absent": c.absent,
        "unmarked": c.unmarked,
        "majority_base": b.majority_base,
        "min_votes": c.min_votes,
        "voters_present": c.voters_present,
        "percent_present": str(c.percent_present),
        "no_vote_can_pass": c.no_vote_can_pass,
        "breakdown": {
            "full_summoned": b.full_summoned,
            "temporary_out": b.temporary_out,
            "exempt_not_present": b.exempt_not_present,
            "suspended": b.suspended,
            "excused": b.excused,
            "absent_throughout": b.absent_throughout,
        },
    }
    out = _out()
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=1), file=out)
        return 0
    lines = [
        # The same terms as the attendance screen's counters panel.
        ("Được triệu tập", c.summoned),
        ("Đã có mặt", c.present),
        ("  chính thức", c.present_full),
        ("  dự bị", c.present_probationary),
        ("  trong đó đã ra về", c.left),
        ("Vắng có lý do", c.excused),
        ("Vắng không lý do", c.absent),
        ("Chưa điểm danh", c.unmarked),
        ("Mẫu số (tính quá bán)", b.majority_base),
        ("  = đảng viên chính thức của chi bộ", b.full_summoned),
        ("  − sinh hoạt tạm thời ở chi bộ khác", b.temporary_out),
        ("  − miễn sinh hoạt, không có mặt", b.exempt_not_present),
        ("  − đình chỉ sinh hoạt", b.suspended),
        ("  − vắng có lý do suốt đại hội", b.excused),
        ("Số phiếu tối thiểu để đạt quá bán", c.min_votes),
        ("Đảng viên chính thức đang có mặt", c.voters_present),
    ]
    if b.absent_throughout:
        lines.insert(13, ("  − đại biểu vắng suốt đại hội", b.absent_throughout))
    for label, value in lines:
        print(f"{label}: {value}", file=out)
    print(f"Tỷ lệ có mặt: {format_percent(c.percent_present)}", file=out)
    if c.no_vote_can_pass:
        print(
            "CẢNH BÁO: số đảng viên chính thức có mặt không quá một nửa mẫu số; "
            "không biểu quyết hay bầu cử nào có thể đạt.",
            file=out,
        )
    return 0


def cmd_count(args: argparse.Namespace) -> int:
    from secretariat.count_case import count_case

    result = count_case(_read_json(args.case))
    print(json.dumps(result, ensure_ascii=False), file=_out())
    return 0


def _open_to_read(path: Path) -> store_mod.Store:
    """Open a file only to read it (works on a write-protected medium or a full disk);
    an older file, which must be migrated to be read, is opened for writing."""
    try:
        return store_mod.open_store(path, read_only=True)
    except FileRefused as exc:
        if exc.code != "older_read_only":
            raise
    return store_mod.open_store(path)


def cmd_export_archive(args: argparse.Namespace) -> int:
    with _open_to_read(Path(args.file)) as st:
        archive.write_archive(st, Path(args.out))
    print(f"Đã xuất {args.out}", file=_out())
    return 0


def cmd_import_archive(args: argparse.Namespace) -> int:
    with archive.import_archive(Path(args.archive), Path(args.file), overwrite=args.force):
        pass
    print(f"Đã tạo {args.file} từ {args.archive}", file=_out())
    return 0


def _export_problem(store: store_mod.Store, name: str, fmt: str | None) -> str | None:
    """Vietnamese for a document or format the catalog does not have, else None."""
    available = catalog.available(store)
    if name not in {s.name for s in (*catalog.SPECS, *available)}:
        known = ", ".join(s.name for s in available)
        return f"không có văn bản “{name}”; các văn bản có thể in: {known}"
    formats = catalog.spec(name, store).formats
    if fmt is not None and fmt not in formats:
        return f"văn bản “{name}” không xuất được dạng “{fmt}” (chỉ: {', '.join(formats)})"
    return None


def _print_check(store: store_mod.Store, names: Sequence[str], out: TextIO) -> None:
    for name in names:
        problems = catalog.check(store, name)
        title = catalog.spec(name, store).title
        if not problems:
            print(f"{name}: đủ dữ liệu ({title})", file=out)
            continue
        print(f"{name}: cần xem lại ({title})", file=out)
        for p in problems:
            text = MISSING.get(p.code, p.code)
            print(f"  - {text}" + (f": {p.detail}" if p.detail else ""), file=out)


def cmd_export(args: argparse.Namespace) -> int:
    with _open_to_read(Path(args.file)) as st:
        out = _out()
        if args.list:
            for spec in catalog.available(st):
                print(spec.name, file=out)
            return 0
        if args.doc is not None and (problem := _export_problem(st, args.doc, args.format)):
            _err(problem)
            return 2
        if args.check:
            names = [args.doc] if args.doc else [s.name for s in catalog.available(st)]
            _print_check(st, names, out)
            return 0
        if args.doc is None:
            _err("cần chọn văn bản (--doc), hoặc --list, --check")
            return 2
        fmt = args.format or catalog.spec(args.doc, st).formats[0]
        path = Path(args.out or catalog.default_filename(st, args.doc, fmt))
        written = catalog.export(st, args.doc, fmt, path)
    print(f"Đã xuất {written}", file=out)
    return 0


TABLE_WORDS = {
    "congress": "thông tin đại hội",
    "session": "phiên họp",
    "member": "đảng viên",
    "guest": "khách mời",
    "attendance": "điểm danh",
    "movement": "ra/vào hội trường",
    "setting": "thiết lập",
    "agenda_item": "chương trình",
    "speech": "phát biểu",
    "vote": "biểu quyết",
    "election": "bầu cử",
    "election_round": "lần bầu",
    "candidate": "danh sách bầu",
    "teller": "ban kiểm phiếu",
    "ballot": "phiếu bầu",
    "nomination": "đề cử, ứng cử",
    "ballot_resolution": "phiếu nhập hai lần khác nhau",
    "minutes_section": "biên bản (phần đã sửa)",
    "closing": "bế mạc",
    "body_seat": "đoàn chủ tịch, thư ký",
    "resolution_section": "nghị quyết",
    "resolution_target": "chỉ tiêu nghị quyết",
    "resolution_version": "bản nghị quyết",
    "amendment": "ý kiến góp ý",
}
MAX_ROWS_SHOWN = 20


def _finding_text(f: verify_mod.Finding) -> str:
    if f.kind == "foreign_object":
        return f"tệp có đối tượng không do chương trình tạo ra: {f.detail}"
    if f.kind in ("chain_hash", "chain_link"):
        what = "bị sửa" if f.kind == "chain_hash" else "không nối với dòng trước (bị sửa hoặc xóa)"
        return f"mắt xích hỏng đầu tiên là dòng {f.line} ({what})"
    if f.kind == "bad_images":
        return f"dòng {f.line} của nhật ký: ảnh dữ liệu không đọc được"
    if f.kind == "line_state":
        return f"dòng {f.line} của nhật ký: ảnh dữ liệu không khớp mã trạng thái của dòng"
    if f.kind == "line_without_state":
        return f"dòng {f.line} của nhật ký: thiếu mã trạng thái"
    if f.kind == "state_digest":
        return "mã trạng thái tính lại từ các bảng khác mã ghi ở dòng cuối nhật ký"
    if f.kind == "code_not_found":
        return (
            f"mã đối chiếu {f.detail} không có trong nhật ký: đây không phải tệp đã in tờ mang "
            "mã này, hoặc nhật ký đã bị cắt bớt hay bị làm lại"
        )
    where = f"bảng {f.table} ({TABLE_WORDS.get(f.table, f.table)}), khóa {f.key}"
    if f.kind == "row_changed":
        return f"{where}: dữ liệu khác với nhật ký (cột {f.detail})"
    if f.kind == "baseline_changed":
        cols = f" (cột {f.detail})" if f.detail else ""
        return f"{where}: dòng mốc {f.line} của nhật ký ghi khác với các dòng trước nó{cols}"
    if f.kind == "row_missing":
        return f"{where}: nhật ký có dòng này nhưng bảng không còn (bị xóa ngoài chương trình)"
    return f"{where}: bảng có dòng này nhưng nhật ký không ghi (bị thêm ngoài chương trình)"


def _verify_target(target: str, code: str | None) -> verify_mod.VerifyReport:
    if not target.startswith("postgresql"):
        return verify_mod.verify_journal(Path(target), code=code)
    from secretariat import pg_store  # only here: the laptop path never loads the driver

    with pg_store.open_server(target, migrate=False) as st:
        return verify_mod.verify_journal(st, code=code)


def cmd_verify(args: argparse.Namespace) -> int:
    try:
        report = _verify_target(args.file, args.code)
    except ValueError:
        _err(f"mã đối chiếu không đúng dạng XXXX-XXXX-XXXX (12 chữ số hệ 16): {args.code}")
        return 2
    out = _out()
    if report.rebuilt:
        print(
            "Đại hội được dựng lại từ bản lưu JSON: lịch sử trước khi nhập không mang theo.",
            file=out,
        )
    if not report.state_checked:
        print(
            f"Chưa dòng nào trong {report.entries} dòng nhật ký mang ảnh dữ liệu (tệp của phiên "
            "bản cũ): chưa kiểm tra được dữ liệu; dữ liệu được kiểm tra từ thao tác đầu tiên "
            "ghi bằng phiên bản này.",
            file=out,
        )
    elif report.unchecked_lines:
        print(
            f"Các dòng 1–{report.unchecked_lines} ghi trước khi nhật ký mang ảnh dữ liệu: "
            f"dữ liệu được kiểm tra từ dòng {report.state_from}.",
            file=out,
        )
    if report.code_line is not None:
        later = ""
        if report.lines_after_code:
            names = ", ".join(report.actions_after_code[:10])
            more = " …" if len(report.actions_after_code) > 10 else ""
            later = f"; sau đó có thêm {report.lines_after_code} dòng ({names}{more})"
        print(
            f"Mã đối chiếu {report.code} khớp dòng {report.code_line} của nhật ký{later}.", file=out
        )
    if report.ok:
        print(f"Nhật ký toàn vẹn: {report.entries} dòng; mã cuối chuỗi: {report.head}", file=out)
        if report.state_checked:
            print(f"Dữ liệu khớp với nhật ký; mã trạng thái: {report.digest}", file=out)
        return 0
    chain = report.first_broken is not None
    title = "NHẬT KÝ BỊ SỬA ĐỔI" if chain else "TỆP BỊ SỬA ĐỔI NGOÀI CHƯƠNG TRÌNH"
    print(f"{title}: {report.entries} dòng nhật ký", file=out)
    for f in report.findings[:MAX_ROWS_SHOWN]:
        print(f"  - {_finding_text(f)}", file=out)
    if len(report.findings) > MAX_ROWS_SHOWN:
        print(f"  … và {len(report.findings) - MAX_ROWS_SHOWN} chỗ khác", file=out)
    return 1


def cmd_server(args: argparse.Namespace) -> int:
    from secretariat import server  # only here: the laptop path never loads the driver

    out = _out()
    if args.action == "push":
        count = server.push(Path(args.source), args.target)
        print(f"Đã đưa đại hội lên máy chủ: {count} dòng dữ liệu, kể cả nhật ký.", file=out)
        return 0
    aside = server.pull(args.source, Path(args.target), overwrite=args.force)
    print(f"Đã lấy đại hội về tệp {args.target}; nhật ký toàn vẹn.", file=out)
    if aside is not None:
        print(f"Tệp cũ được giữ lại: {aside}", file=out)
    return 0


def cmd_station_login(args: argparse.Namespace) -> int:
    """A station's server login with its password, and the stations' rights (issue 20 §2)."""
    import getpass
    import os

    from secretariat import pg_store, station_roles
    from secretariat.services import stations

    password = os.environ.get("SECRETARIAT_STATION_PASSWORD") or getpass.getpass(
        f"Mật khẩu cho máy {args.login}: "
    )
    store = pg_store.open_server(args.url)
    try:
        station = stations.station_by_login(store, args.login)
        with store.engine.begin() as conn:
            station_roles.install(conn)
            station_roles.create_station_login(conn, args.login, password)
    finally:
        store.close()
    print(
        f"Máy {station.name} đăng nhập máy chủ bằng tên {station.login} và mật khẩu vừa đặt; "
        "máy chỉ nhập được phiếu của xấp và lượt được giao.",
        file=_out(),
    )
    return 0


def cmd_dossier(args: argparse.Namespace) -> int:
    with store_mod.open_store(Path(args.file)) as st:
        written = dossier.write_dossier(st, Path(args.out), zip=args.zip, overwrite=args.force)
    print(f"Đã ghi hồ sơ đại hội: {written}", file=_out())
    return 0


# --- wiring ---------------------------------------------------------------------------


COMMANDS = (
    "majority-base",
    "sort-names",
    "new",
    "demo",
    "import-roster",
    "counters",
    "count",
    "export-archive",
    "import-archive",
    "export",
    "verify",
    "dossier",
    "server",
    "station-login",
)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="secretariat", description="Thư ký Đại hội — các lệnh không giao diện."
    )
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    c = sub.add_parser("majority-base", help="tính mẫu số, số phiếu tối thiểu từ một tình huống")
    c.add_argument("case", help="tệp JSON một tình huống (hoặc - để đọc từ đầu vào)")
    c.set_defaults(func=cmd_majority_base)

    c = sub.add_parser("sort-names", help="sắp xếp họ tên (mỗi dòng một tên) theo thứ tự phiếu bầu")
    c.set_defaults(func=cmd_sort_names)

    c = sub.add_parser("new", help="tạo tệp đại hội mới")
    c.add_argument("file")
    c.add_argument("--superior", default="", help="đảng bộ cấp trên")
    c.add_argument("--cell", default="", help="tên chi bộ")
    c.add_argument("--ordinal", default="", help="lần thứ (VI hoặc 6)")
    c.add_argument("--term", type=_term, help="nhiệm kỳ, ví dụ 2020-2025")
    c.add_argument("--kind", choices=[k.value for k in CongressKind], default="members")
    c.add_argument("--venue", default="", help="địa điểm")
    c.add_argument("--place", default="", help="địa danh ghi trước ngày tháng")
    c.add_argument("--force", action="store_true", help="ghi đè nếu tệp đã có")
    c.set_defaults(func=cmd_new)

    c = sub.add_parser("demo", help="tạo tệp đại hội mẫu")
    c.add_argument("file")
    c.add_argument("--force", action="store_true")
    c.add_argument("--no-attendance", action="store_true", help="chưa điểm danh")
    c.add_argument(
        "--live",
        action="store_true",
        help="đại hội đang diễn ra vào lúc này (mặc định: 9 giờ 45 ngày 15/6/2020)",
    )
    c.set_defaults(func=cmd_demo)

    c = sub.add_parser("import-roster", help="nhập danh sách đảng viên từ .xlsx/.csv")
    c.add_argument("file")
    c.add_argument("roster")
    c.add_argument("--encoding", help="bảng mã của tệp CSV (utf-8, cp1258)")
    c.add_argument("--allow-partial", action="store_true", help="nhập các dòng đúng dù có dòng lỗi")
    c.add_argument(
        "--dry-run", action="store_true", help="chỉ kiểm tra và cho biết kết quả, không ghi gì"
    )
    c.set_defaults(func=cmd_import_roster)

    c = sub.add_parser("counters", help="số liệu điểm danh và mẫu số của tệp đại hội")
    c.add_argument("file")
    c.add_argument("--at", help="tại thời điểm (ISO, ví dụ 2020-06-15T09:30)")
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_counters)

    c = sub.add_parser("export-archive", help="xuất toàn bộ đại hội ra tệp JSON")
    c.add_argument("file")
    c.add_argument("out")
    c.set_defaults(func=cmd_export_archive)

    c = sub.add_parser("import-archive", help="tạo tệp đại hội từ tệp JSON lưu trữ")
    c.add_argument("archive")
    c.add_argument("file")
    c.add_argument("--force", action="store_true")
    c.set_defaults(func=cmd_import_archive)

    c = sub.add_parser("count", help="kiểm phiếu một tình huống bầu cử (tệp JSON) qua các dịch vụ")
    c.add_argument("case", help="tệp JSON một tình huống (hoặc - để đọc từ đầu vào)")
    c.set_defaults(func=cmd_count)

    c = sub.add_parser("export", help="in văn bản đại hội ra .docx/.pdf")
    c.add_argument("file")
    c.add_argument("--list", action="store_true", help="liệt kê các văn bản có thể in")
    c.add_argument("--check", action="store_true", help="kiểm tra dữ liệu còn thiếu")
    c.add_argument("--doc", help="tên văn bản (xem --list)")
    c.add_argument("--format", help="docx hoặc pdf")
    c.add_argument("--out", help="tệp kết quả (mặc định: tên văn bản, thư mục hiện tại)")
    c.set_defaults(func=cmd_export)

    c = sub.add_parser(
        "verify", help="kiểm tra nhật ký và dữ liệu của tệp (phát hiện sửa đổi ngoài chương trình)"
    )
    c.add_argument("file", help="tệp đại hội, hoặc địa chỉ máy chủ postgresql://…")
    c.add_argument("--code", help="mã đối chiếu in trên tờ đã ký (XXXX-XXXX-XXXX)")
    c.set_defaults(func=cmd_verify)

    c = sub.add_parser("dossier", help="ghi hồ sơ đại hội (mọi văn bản, dữ liệu, nhật ký)")
    c.add_argument("file")
    c.add_argument("out", help="thư mục (hoặc tệp .zip với --zip) sẽ tạo")
    c.add_argument("--zip", action="store_true", help="ghi thành một tệp .zip")
    c.add_argument("--force", action="store_true", help="ghi đè nếu đã có")
    c.set_defaults(func=cmd_dossier)

    c = sub.add_parser("server", help="đưa đại hội lên máy chủ kiểm phiếu, hoặc lấy về tệp")
    c.add_argument("action", choices=["push", "pull"], help="push: tệp → máy chủ; pull: ngược lại")
    c.add_argument("source", help="push: tệp .daihoi; pull: postgresql://người:mật-khẩu@máy/csdl")
    c.add_argument("target", help="push: postgresql://…; pull: tệp .daihoi sẽ ghi")
    c.add_argument("--force", action="store_true", help="pull: thay tệp đã có (tệp cũ giữ lại)")
    c.set_defaults(func=cmd_server)

    c = sub.add_parser(
        "station-login", help="đặt tên đăng nhập và mật khẩu máy chủ cho một máy kiểm phiếu"
    )
    c.add_argument("url", help="postgresql://thư-ký:mật-khẩu@máy/csdl (người sở hữu đại hội)")
    c.add_argument("login", help="tên đăng nhập của máy, như đã khai trong chương trình (may1)")
    c.set_defaults(func=cmd_station_login)
    assert set(sub.choices) == set(COMMANDS)
    return p


def _holder(error: FileInUse) -> str:
    if not error.pid:
        return "không rõ ai đang mở"
    try:
        since = datetime.fromisoformat(error.since).strftime("%H:%M ngày %d/%m/%Y")
    except ValueError:
        since = error.since
    who = error.user or "(không rõ tên)"
    return f"người dùng {who}, máy {error.host}, tiến trình {error.pid}, từ {since}"


def describe(error: SecretariatError) -> str:
    """Plain Vietnamese for an error of the core."""
    if isinstance(error, FileInUse):
        return f"{REFUSED['in_use']}: {error.path} ({_holder(error)})"
    if isinstance(error, FileRefused):
        text = REFUSED.get(error.code, "Không mở được tệp")
        return f"{text}: {error.path}" + (f" ({error.detail})" if error.detail else "")
    if isinstance(error, ImportRejected):
        count = len(error.problems)
        lines = [f"Không nhập gì từ {error.path}: có {count} lỗi (mọi lỗi của tệp ở dưới)."]
        lines += [f"  {problem_line(p)}" for p in error.problems]
        return "\n".join(lines)
    if isinstance(error, ValidationError):
        where = f" tại {error.field}" if error.field else ""
        value = f" (giá trị: {str(error.value)[:80]!r})" if error.value is not None else ""
        text = VALIDATION.get(error.code, f"dữ liệu không hợp lệ [{error.code}]")
        return f"{text}{where}{value}"
    return str(error)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except SecretariatError as exc:
        _err(describe(exc))
        return 2
    except argparse.ArgumentTypeError as exc:
        _err(str(exc))
        return 2
    except OSError as exc:
        _err(f"{exc.strerror or exc}: {exc.filename or ''}")
        return 1
