"""Write the roster template: resources/roster-template.{xlsx,csv,md}.

The headers are the ones the importer recognises (``secretariat.importers.roster``)
and the two example members are fictional. The outputs are byte-for-byte
reproducible, so running this again only changes them when the content changes.

    .venv/bin/python scripts/make_roster_template.py
"""

from __future__ import annotations

import csv
import io
import sys
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.writer.excel import ExcelWriter

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from secretariat.importers.roster import HEADER_SYNONYMS, Field  # noqa: E402

RESOURCES = ROOT / "resources"
FIXED_TIME = datetime(2025, 1, 1)


@dataclass(frozen=True)
class Column:
    header: str
    field: Field | None  # None: read by people, ignored by the importer
    required: str
    meaning: str
    accepted: str
    width: int


COLUMNS = (
    Column("STT", None, "Không", "Số thứ tự, chỉ để dễ đọc.", "Bất kỳ; chương trình bỏ qua.", 6),
    Column(
        "Họ và tên",
        Field.FULL_NAME,
        "Có",
        "Họ và tên đầy đủ của đảng viên, viết như trong hồ sơ.",
        "Chữ có dấu; khoảng trắng thừa được bỏ. Có thể thay bằng hai cột “Họ và tên đệm” và “Tên”.",
        28,
    ),
    Column(
        "Năm sinh",
        Field.BIRTH_YEAR,
        "Không",
        "Năm sinh (dùng cho cơ cấu độ tuổi trong báo cáo tình hình đảng viên dự đại hội).",
        "Bốn chữ số, từ 1900 đến năm hiện tại (1985); hoặc ngày sinh 12/03/1985.",
        10,
    ),
    Column("Giới tính", Field.GENDER, "Không", "Giới tính.", "Nam, Nữ (hoặc M, F); để trống.", 10),
    Column("Dân tộc", Field.ETHNICITY, "Không", "Dân tộc.", "Chữ tự do: Kinh, Tày, Mường…", 10),
    Column(
        "Số thẻ đảng viên",
        Field.PARTY_CARD_NO,
        "Không",
        "Số thẻ đảng viên, dùng để quét thẻ khi điểm danh.",
        "Ghi đúng như trên thẻ; hai người không được trùng số. Trong Excel, định dạng ô "
        "là Văn bản (Text) để giữ các số 0 ở đầu.",
        18,
    ),
    Column(
        "Chính thức/Dự bị",
        Field.STATUS,
        "Nên có",
        "Đảng viên chính thức hay dự bị (đảng viên dự bị không biểu quyết, không bầu cử).",
        "Chính thức (CT) hoặc Dự bị (DB), có dấu hay không dấu; ô không được để trống. "
        "Nếu tệp không có cột này, mọi người được coi là đảng viên chính thức.",
        16,
    ),
    Column("Chức vụ", Field.POSITION, "Không", "Chức vụ đảng, chính quyền.", "Chữ tự do.", 22),
    Column(
        "Trình độ chuyên môn",
        Field.EDUCATION,
        "Không",
        "Trình độ chuyên môn.",
        "Chữ tự do: Đại học, Thạc sĩ…",
        18,
    ),
    Column(
        "Lý luận chính trị",
        Field.THEORY_LEVEL,
        "Không",
        "Trình độ lý luận chính trị.",
        "Chữ tự do: Sơ cấp, Trung cấp, Cao cấp…",
        16,
    ),
    Column(
        "Miễn sinh hoạt",
        Field.EXEMPT,
        "Không",
        "Được miễn công tác và sinh hoạt đảng.",
        "Đánh x nếu có; để trống nếu không.",
        14,
    ),
    Column(
        "Sinh hoạt tạm thời đến",
        Field.TEMPORARY_IN,
        "Không",
        "Đảng viên nơi khác đến sinh hoạt tạm thời tại chi bộ.",
        "Đánh x nếu có; để trống nếu không.",
        14,
    ),
    Column(
        "Sinh hoạt tạm thời đi",
        Field.TEMPORARY_OUT,
        "Không",
        "Đảng viên của chi bộ đang sinh hoạt tạm thời nơi khác.",
        "Đánh x nếu có; để trống nếu không. Không thể vừa “đến” vừa “đi”.",
        14,
    ),
    Column(
        "Đình chỉ",
        Field.SUSPENDED,
        "Không",
        "Bị đình chỉ sinh hoạt đảng; bị khởi tố, truy tố, tạm giam.",
        "Đánh x nếu có; để trống nếu không.",
        10,
    ),
    Column("Ghi chú", Field.NOTE, "Không", "Ghi chú của thư ký.", "Chữ tự do.", 30),
)

# Two fictional members: any likeness to a real person is accidental.
EXAMPLES: tuple[tuple[str | int, ...], ...] = (
    (
        *(1, "Nguyễn Văn Hùng", 1978, "Nam", "Kinh", "12345678", "Chính thức"),
        *("Bí thư chi bộ", "Đại học", "Cao cấp", "", "", "", "", ""),
    ),
    (
        *(2, "Hà Thị Mai Phương", 1996, "Nữ", "Mường", "12345679", "Dự bị"),
        *("Chuyên viên", "Thạc sĩ", "Sơ cấp", "", "x", "", "", "Dòng mẫu: xóa trước khi nhập"),
    ),
)

FLAG_HELP = "x, X, có, co, 1, ✓ (có) — để trống, không, 0 (không)"

MARKDOWN_HEAD = """\
# Mẫu danh sách đảng viên

Tệp `roster-template.xlsx` (Excel) và `roster-template.csv` (CSV, bảng mã UTF-8)
có cùng các cột. Mỗi dòng là một đảng viên. Hai dòng có sẵn là người giả định:
hãy xóa chúng rồi điền danh sách của chi bộ. Tệp này được tạo bởi
`scripts/make_roster_template.py`; đừng sửa tay.

## Quy tắc chung

- Chỉ đọc trang tính (sheet) đầu tiên của tệp Excel.
- Dòng tên cột phải nằm trong 10 dòng đầu; các dòng phía trên nó (tên danh sách,
  tên chi bộ…) được bỏ qua. Dòng đánh số cột (1), (2), (3)… ngay dưới tên cột
  cũng được bỏ qua.
- Tên cột không phân biệt chữ hoa, chữ thường, có dấu hay không dấu:
  “Họ và tên”, “HỌ VÀ TÊN”, “Ho va ten” đều được. Thứ tự cột tùy ý. Cột không
  nhận ra (như STT) được bỏ qua.
- Dòng trống được bỏ qua. Khi báo lỗi, số dòng là số dòng trong tệp (như Excel
  hiển thị) và tên cột là tên như trong tệp.
- Nhập tất cả hoặc không nhập gì: chỉ cần một ô sai là tệp bị từ chối, kèm danh
  sách từng lỗi (dòng, cột, giá trị) để sửa.
- Một đảng viên không được xuất hiện hai lần: trùng số thẻ, hoặc trùng họ tên và
  năm sinh, đều bị báo lỗi.
- Tệp CSV: phân cách bằng dấu phẩy, dấu chấm phẩy hoặc tab; bảng mã UTF-8 (có
  hoặc không có BOM) hoặc Windows-1258. Bảng mã TCVN3 (phông .VnTime) không được
  hỗ trợ: hãy chuyển sang Unicode (ví dụ bằng công cụ chuyển mã của Unikey) trước.

## Các cột
"""

MARKDOWN_TAIL = f"""
Các cột có/không (miễn sinh hoạt, sinh hoạt tạm thời, đình chỉ) nhận: {FLAG_HELP}.

Thay cho cột “Họ và tên” có thể dùng hai cột “Họ và tên đệm” (hoặc “Họ đệm”) và
“Tên”; chương trình ghép lại thành họ và tên đầy đủ.
"""


def other_headers(column: Column) -> str:
    if column.field is None:
        return ""
    synonyms = [s for s in HEADER_SYNONYMS[column.field] if s != column.header]
    return ", ".join(f"“{s}”" for s in synonyms)


def markdown() -> str:
    lines = [
        "| Cột | Bắt buộc | Nội dung | Giá trị chấp nhận | Tên cột khác cũng được nhận |",
        "| --- | --- | --- | --- | --- |",
    ]
    for c in COLUMNS:
        cells = (f"**{c.header}**", c.required, c.meaning, c.accepted, other_headers(c))
        lines.append("| " + " | ".join(cells) + " |")
    return MARKDOWN_HEAD + "\n" + "\n".join(lines) + "\n" + MARKDOWN_TAIL


def workbook() -> Workbook:
    book = Workbook()
    sheet = book.active
    sheet.title = "Danh sách đảng viên"
    sheet.append([c.header for c in COLUMNS])
    for example in EXAMPLES:
        sheet.append(list(example))
    for index, column in enumerate(COLUMNS, start=1):
        letter = get_column_letter(index)
        sheet.column_dimensions[letter].width = column.width
        sheet[f"{letter}1"].font = Font(bold=True)
        sheet[f"{letter}1"].alignment = Alignment(wrap_text=True, vertical="center")
    card = get_column_letter(1 + [c.field for c in COLUMNS].index(Field.PARTY_CARD_NO))
    for row in range(2, 201):
        sheet[f"{card}{row}"].number_format = "@"  # keeps leading zeros of card numbers
    sheet.freeze_panes = "A2"
    book.properties.creator = "Thư ký Đại hội"
    book.properties.created = book.properties.modified = FIXED_TIME
    return book


def xlsx_bytes(book: Workbook) -> bytes:
    """Save without openpyxl's "now" timestamps, so the file is reproducible."""
    raw = io.BytesIO()
    with zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(book, archive).save()
    fixed = io.BytesIO()
    with zipfile.ZipFile(raw) as source, zipfile.ZipFile(fixed, "w") as target:
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME.timetuple()[:6])
            entry.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(entry, source.read(info.filename))
    return fixed.getvalue()


def csv_text() -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([c.header for c in COLUMNS])
    writer.writerows(EXAMPLES)
    return out.getvalue()


def main() -> None:
    RESOURCES.mkdir(exist_ok=True)
    (RESOURCES / "roster-template.xlsx").write_bytes(xlsx_bytes(workbook()))
    # With a BOM, Excel opens the CSV as UTF-8 instead of the local code page.
    (RESOURCES / "roster-template.csv").write_bytes(csv_text().encode("utf-8-sig"))
    (RESOURCES / "roster-template.md").write_text(markdown(), encoding="utf-8")
    for name in ("xlsx", "csv", "md"):
        print(RESOURCES / f"roster-template.{name}")


if __name__ == "__main__":
    main()
