"""Hồ sơ đại hội: the congress file handed to the new committee, as a folder or a zip.

One action writes every document the congress can print (.docx and .pdf,
through :mod:`secretariat.reports.catalog`, the per-round documents
included), the JSON archive (:mod:`secretariat.archive`), the journal as a
readable CSV (time, actor, action, table, id, before, after, hash), and a list
of contents (MỤC LỤC HỒ SƠ) that states the ballot retention and complaint
deadlines (docs/domain/rules.md 7: 190-QĐ/TW Điều 35 and Điều 33).

All or nothing: everything is written into a hidden working folder beside the
target, which takes the target's name only when complete; on any failure the
working folder is removed and the target is untouched.
"""

from __future__ import annotations

import calendar
import csv
import os
import shutil
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select

from secretariat import archive, models
from secretariat.errors import FileRefused, ValidationError
from secretariat.reports import catalog, common
from secretariat.reports.common import BLANK, election_rules
from secretariat.reports.document import (
    Block,
    CellAlign,
    Document,
    ListBlock,
    Paragraph,
    Run,
    Style,
    Table,
    para,
)
from secretariat.services import closing, congress, elections
from secretariat.store import Store
from secretariat.text import long_date, safe

Progress = Callable[[int, int], None]

CONTENTS_NAME = "00-muc-luc-ho-so"
ARCHIVE_NAME = "luu-tru-dai-hoi.json"
JOURNAL_NAME = "nhat-ky-thay-doi.csv"
CONTENTS_TITLE = "MỤC LỤC HỒ SƠ ĐẠI HỘI"
BALLOT_MONTHS = 6  # 190-QĐ/TW Điều 35: ballots kept 6 months, then destroyed if no complaint
COMPLAINT_WORKING_DAYS = 15  # 190-QĐ/TW Điều 33: complaints within 15 working days
JOURNAL_HEADER = (
    "STT",
    "Thời điểm (UTC)",
    "Người thực hiện",
    "Thao tác",
    "Bảng",
    "Mã",
    "Trước",
    "Sau",
    "Mã băm",
)


@dataclass(frozen=True, slots=True)
class Entry:
    """One file of the dossier: its name and what it is."""

    filename: str
    title: str


@dataclass(frozen=True, slots=True)
class Deadlines:
    """From the day of the last ballot: keep the ballots until, complaints until."""

    election_day: date | None
    keep_ballots_until: date | None
    complaints_until: date | None


# --- the deadlines of docs/domain/rules.md 7 ----------------------------------------


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later (the month's last day when it has no such day)."""
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def add_working_days(day: date, count: int) -> date:
    """``count`` working days (Monday to Friday) after ``day``; public holidays not known."""
    current = day
    while count > 0:
        current += timedelta(days=1)
        if current.weekday() < 5:
            count -= 1
    return current


def election_day(store: Store) -> date | None:
    """The day of the last ballot held, else the congress's day."""
    days = [
        r.held_at.date()
        for e in elections.list_elections(store)
        for r in elections.list_rounds(store, e.id)
        if r.held_at is not None
    ]
    return max(days) if days else common.congress_day(congress.list_sessions(store))


def deadlines(store: Store) -> Deadlines:
    day = election_day(store)
    if day is None:
        return Deadlines(None, None, None)
    return Deadlines(
        day, add_months(day, BALLOT_MONTHS), add_working_days(day, COMPLAINT_WORKING_DAYS)
    )


def _day(value: date | None) -> str:
    return long_date(value) if value else "ngày …… tháng …… năm 20……"


def deadline_lines(found: Deadlines) -> list[str]:
    return [
        f"Phiếu bầu cử được niêm phong, lưu giữ 6 tháng kể từ ngày bầu cử "
        f"({_day(found.election_day)}), tức đến hết {_day(found.keep_ballots_until)}; hết "
        "thời hạn trên, nếu không có khiếu nại thì tiêu hủy "
        f"({election_rules('Điều 35', found.election_day)}).",
        f"Khiếu nại về bầu cử gửi Ủy ban kiểm tra cấp ủy cấp trên trong thời hạn 15 ngày "
        f"làm việc kể từ ngày bầu cử, tức đến hết {_day(found.complaints_until)} (tính từ "
        "thứ Hai đến thứ Sáu, chưa trừ ngày nghỉ lễ) "
        f"({election_rules('Điều 33', found.election_day)}).",
    ]


# --- the files --------------------------------------------------------------------------


def write_journal(store: Store, path: Path) -> Path:
    """The journal as UTF-8 CSV (with a BOM, so spreadsheet programs read the accents)."""
    with store.read() as s:
        rows = s.execute(
            select(
                models.JournalEntry.id,
                models.JournalEntry.at,
                models.JournalEntry.actor,
                models.JournalEntry.action,
                models.JournalEntry.entity,
                models.JournalEntry.entity_id,
                models.JournalEntry.before,
                models.JournalEntry.after,
                models.JournalEntry.hash,
            ).order_by(models.JournalEntry.id)
        ).all()
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(JOURNAL_HEADER)
        for row in rows:
            writer.writerow(["" if value is None else value for value in row])
    return path


def _document_entries(store: Store) -> list[tuple[str, str, str]]:
    """(spec name, format, file name) of every available document, numbered."""
    out: list[tuple[str, str, str]] = []
    seen: set[str] = set()
    for spec in catalog.available(store):
        for fmt in spec.formats:
            name = catalog.default_filename(store, spec.name, fmt)
            stem, _, suffix = name.rpartition(".")
            n = 2
            while name in seen:
                name = f"{stem}-{n}.{suffix}"
                n += 1
            seen.add(name)
            out.append((spec.name, fmt, name))
    numbered = {spec_name: i for i, spec_name in enumerate(dict.fromkeys(e[0] for e in out), 1)}
    return [(s, f, f"{numbered[s]:02d}-{n}") for s, f, n in out]


def contents_document(
    store: Store, entries: list[Entry], fingerprint: str, found: Deadlines
) -> Document:
    """MỤC LỤC HỒ SƠ: the congress, the state of its record, the files, the deadlines."""
    info = congress.get_info(store)
    state = closing.state(store)
    status = (
        f"Đại hội đã bế mạc, hồ sơ đã khóa lúc {state.closed_at:%H:%M ngày %d/%m/%Y}."
        if state.closed_at
        else "Hồ sơ chưa khóa: chưa thực hiện thao tác bế mạc đại hội (khóa hồ sơ)."
    )
    blocks: list[Block] = [
        para(common.issuer(info), Style.CENTERED, bold=True),
        para(CONTENTS_TITLE, Style.DOC_TYPE),
        para(common.subject_line(info), Style.DOC_SUBJECT),
        para(status),
        para(
            f"{closing.STAMP_LABEL}: {fingerprint}. Mã này được in ở chân mỗi trang văn bản "
            "trong hồ sơ; bản in mang cùng mã là bản in từ đúng dữ liệu này."
        ),
        para("Thời hạn lưu giữ phiếu bầu và giải quyết khiếu nại", Style.HEADING_2),
        ListBlock(tuple((Run(line),) for line in deadline_lines(found))),
        para("Danh mục tài liệu", Style.HEADING_2),
        Table(
            header=("STT", "Tệp", "Nội dung"),
            rows=tuple(
                (str(i), e.filename, safe(e.title) or BLANK) for i, e in enumerate(entries, 1)
            ),
            widths=(0.7, 5.0, 4.3),
            align=(CellAlign.CENTER, CellAlign.LEFT, CellAlign.LEFT),
        ),
    ]
    return Document(
        CONTENTS_NAME, "Mục lục hồ sơ đại hội", tuple(blocks), common.page_settings(store)
    )


def contents_text(doc: Document, entries: list[Entry], found: Deadlines) -> str:
    """The same contents as plain UTF-8 text, readable with no office program."""
    head = [b.text for b in doc.blocks[:5] if isinstance(b, Paragraph)]
    lines = [*head, "", "Thời hạn lưu giữ phiếu bầu và giải quyết khiếu nại:"]
    lines += [f"- {line}" for line in deadline_lines(found)]
    lines += ["", "Danh mục tài liệu:"]
    lines += [f"{i:>3}. {e.filename} — {e.title}" for i, e in enumerate(entries, 1)]
    return "\n".join(lines) + "\n"


# --- writing ----------------------------------------------------------------------------


def write_dossier(
    store: Store,
    target: Path,
    *,
    zip: bool,
    progress: Progress | None = None,
    overwrite: bool = False,
) -> Path:
    """Write the dossier to ``target`` (a folder, or a .zip when ``zip``); all or nothing.

    ``progress(done, total)`` is called after each file. Refuses an existing
    ``target`` unless ``overwrite`` (``FileRefused("exists")``); an OSError (a
    folder not writable, a full disk) leaves no trace of the attempt; so does a
    change recorded while it writes (``ValidationError("record_changed")``),
    since every file must show one state of the record (close the congress first).
    """
    target = Path(target)
    if target.exists() and not overwrite:
        raise FileRefused("exists", str(target))
    head = closing.head_hash(store)
    documents = _document_entries(store)
    total = len(documents) + 4 + int(zip)  # + archive, journal, contents (.txt .docx/.pdf)
    done = 0

    def step() -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, total)

    work = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent))
    try:
        stem = target.stem if zip else target.name
        folder = work / stem
        folder.mkdir()
        entries: list[Entry] = []
        for name, fmt, filename in documents:
            catalog.export(store, name, fmt, folder / filename)
            entries.append(Entry(filename, catalog.spec(name, store).title))
            step()
        archive.write_archive(store, folder / ARCHIVE_NAME)
        entries.append(Entry(ARCHIVE_NAME, "Dữ liệu đại hội (tệp lưu trữ JSON)"))
        step()
        write_journal(store, folder / JOURNAL_NAME)
        entries.append(Entry(JOURNAL_NAME, "Nhật ký mọi thay đổi dữ liệu (CSV, UTF-8)"))
        step()
        _write_contents(store, folder, entries, step)
        if closing.head_hash(store) != head:
            # A change was recorded while writing: the files would not agree.
            raise ValidationError("record_changed", "journal", closing.fingerprint(store))
        if zip:
            packed = work / "dossier.zip"
            with zipfile.ZipFile(packed, "w", zipfile.ZIP_DEFLATED) as zf:
                for path in sorted(folder.iterdir()):
                    zf.write(path, f"{stem}/{path.name}")
            _replace(packed, target, work)
            step()
        else:
            _replace(folder, target, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return target


def _write_contents(
    store: Store, folder: Path, entries: list[Entry], step: Callable[[], None]
) -> None:
    from secretariat.reports import docx_writer, pdf_writer

    fingerprint = closing.fingerprint(store)
    found = deadlines(store)
    listed = [
        Entry(f"{CONTENTS_NAME}.txt", "Mục lục hồ sơ (văn bản thuần)"),
        Entry(f"{CONTENTS_NAME}.docx", "Mục lục hồ sơ (Word)"),
        Entry(f"{CONTENTS_NAME}.pdf", "Mục lục hồ sơ (PDF)"),
        *entries,
    ]
    doc = contents_document(store, listed, fingerprint, found)
    stamped = Document(doc.name, doc.title, doc.blocks, doc.page, closing.stamp_text(store))
    (folder / f"{CONTENTS_NAME}.txt").write_text(
        contents_text(doc, listed, found), encoding="utf-8"
    )
    step()
    docx_writer.write(stamped, folder / f"{CONTENTS_NAME}.docx")
    pdf_writer.write(stamped, folder / f"{CONTENTS_NAME}.pdf")
    step()


def _replace(source: Path, target: Path, work: Path) -> None:
    """Move the finished ``source`` to ``target``; an existing target goes aside first."""
    previous = work / "previous"
    if target.exists():
        os.replace(target, previous)
    try:
        os.replace(source, target)
    except OSError:
        if previous.exists():
            os.replace(previous, target)
        raise
