"""Headless commands over the same services the desktop app uses.

``python -m secretariat COMMAND``; ``python -m secretariat --help`` lists them.
Output is UTF-8 whatever the terminal's locale; errors go to standard error in
plain Vietnamese with a non-zero exit code (2 for bad input, 1 otherwise).
"""

from __future__ import annotations

import argparse
import io
import json
import sys
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any, TextIO

from secretariat import archive, demo, dossier
from secretariat import store as store_mod
from secretariat.domain import CongressInfo, CongressKind
from secretariat.errors import FileRefused, ImportRejected, SecretariatError, ValidationError
from secretariat.importers.roster import import_members
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
    "newer": "Tệp được tạo bởi phiên bản mới hơn của chương trình; hãy cập nhật chương trình",
    "exists": "Tệp đã tồn tại (dùng --force để ghi đè)",
    "disk_full": "Ổ đĩa đã đầy; thao tác cuối không được lưu, dữ liệu trước đó vẫn an toàn",
    "read_only": "Không ghi được vào thư mục (chỉ đọc hoặc không có quyền); tệp không bị thay đổi",
    "io_error": "Ổ đĩa báo lỗi khi ghi; thao tác cuối không được lưu",
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
    "missing": "thiếu dữ liệu",
    "invalid": "giá trị không hợp lệ",
    "duplicate": "trùng lặp",
    "conflict": "mâu thuẫn",
}


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
    members = import_members(args.roster, encoding=args.encoding, allow_partial=args.allow_partial)
    with store_mod.open_store(Path(args.file)) as st:
        added = roster.add_members(st, members)
    print(f"Đã nhập {len(added)} đảng viên từ {args.roster}", file=_out())
    return 0


def _at(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError("thời điểm phải có dạng 2020-06-15T09:30") from None


def cmd_counters(args: argparse.Namespace) -> int:
    with store_mod.open_store(Path(args.file)) as st:
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


def cmd_export_archive(args: argparse.Namespace) -> int:
    with store_mod.open_store(Path(args.file)) as st:
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
    with store_mod.open_store(Path(args.file)) as st:
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


def cmd_verify(args: argparse.Namespace) -> int:
    from secretariat.verify import verify_journal

    report = verify_journal(Path(args.file))
    out = _out()
    if report.ok:
        print(f"Nhật ký toàn vẹn: {report.entries} dòng; mã cuối chuỗi: {report.head}", file=out)
        return 0
    what = "bị sửa" if report.reason == "hash" else "không nối với dòng trước (bị sửa hoặc xóa)"
    print(
        f"NHẬT KÝ BỊ SỬA ĐỔI: mắt xích hỏng đầu tiên là dòng {report.first_broken} ({what}); "
        f"{report.entries} dòng",
        file=out,
    )
    return 1


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

    c = sub.add_parser("verify", help="kiểm tra chuỗi băm của nhật ký (phát hiện sửa đổi)")
    c.add_argument("file")
    c.set_defaults(func=cmd_verify)

    c = sub.add_parser("dossier", help="ghi hồ sơ đại hội (mọi văn bản, dữ liệu, nhật ký)")
    c.add_argument("file")
    c.add_argument("out", help="thư mục (hoặc tệp .zip với --zip) sẽ tạo")
    c.add_argument("--zip", action="store_true", help="ghi thành một tệp .zip")
    c.add_argument("--force", action="store_true", help="ghi đè nếu đã có")
    c.set_defaults(func=cmd_dossier)
    assert set(sub.choices) == set(COMMANDS)
    return p


def describe(error: SecretariatError) -> str:
    """Plain Vietnamese for an error of the core."""
    if isinstance(error, FileRefused):
        text = REFUSED.get(error.code, "Không mở được tệp")
        return f"{text}: {error.path}" + (f" ({error.detail})" if error.detail else "")
    if isinstance(error, ImportRejected):
        lines = [f"Không nhập gì từ {error.path}: có {len(error.problems)} lỗi."]
        for p in error.problems:
            where = f"dòng {p.row}" + (f", cột “{p.column}”" if p.column else "")
            value = f": “{p.value}”" if p.value else ""
            lines.append(
                f"  {where}: {PROBLEM.get(p.code, p.code)}{value}"
                + (f" — {p.detail}" if p.detail else "")
            )
        return "\n".join(lines)
    if isinstance(error, ValidationError):
        where = f" tại {error.field}" if error.field else ""
        value = f" (giá trị: {error.value!r})" if error.value is not None else ""
        return f"dữ liệu không hợp lệ [{error.code}]{where}{value}"
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
