"""Hồ sơ đại hội: every document, the archive, the journal, the contents; all or nothing."""

from __future__ import annotations

import csv
import json
import zipfile
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from secretariat import archive, cli, demo, dossier, models
from secretariat import store as store_mod
from secretariat.demo_end import full_demo
from secretariat.domain import MemberData
from secretariat.errors import FileRefused, ValidationError
from secretariat.reports import catalog
from secretariat.services import closing, roster
from secretariat.store import Store


@pytest.fixture(scope="module")
def full_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("dossier") / "full.daihoi"
    with full_demo(path) as st:
        closing.close_congress(st)
    return path


@pytest.fixture
def full(full_file: Path) -> Iterator[Store]:
    with store_mod.open_store(full_file) as st:
        yield st


def _expected_documents(store: Store) -> list[str]:
    return [
        catalog.default_filename(store, spec.name, fmt)
        for spec in catalog.available(store)
        for fmt in spec.formats
    ]


def test_ballots_are_kept_six_months_190_D35() -> None:
    assert dossier.add_months(date(2020, 6, 15), 6) == date(2020, 12, 15)
    assert dossier.add_months(date(2020, 8, 31), 6) == date(2021, 2, 28)


def test_complaints_within_fifteen_working_days_190_D33() -> None:
    # Monday 15 June 2020: three weeks of Monday-to-Friday days later.
    assert dossier.add_working_days(date(2020, 6, 15), 15) == date(2020, 7, 6)
    assert dossier.add_working_days(date(2020, 6, 13), 1) == date(2020, 6, 15)  # Sat → Mon


def test_folder_holds_every_document_the_archive_the_journal_and_contents(
    full: Store, tmp_path: Path
) -> None:
    seen: list[tuple[int, int]] = []
    target = dossier.write_dossier(
        full, tmp_path / "ho-so", zip=False, progress=lambda d, t: seen.append((d, t))
    )
    names = sorted(p.name for p in target.iterdir())
    # Every available document in every format, numbered in catalogue order.
    for expected in _expected_documents(full):
        assert any(n.endswith(expected) and n[:2].isdigit() for n in names), expected
    assert {"minutes", "count_minutes:1"} <= {s.name for s in catalog.available(full)}
    for name in ("00-muc-luc-ho-so.txt", "00-muc-luc-ho-so.docx", "00-muc-luc-ho-so.pdf"):
        assert name in names
    # The JSON archive is the archive of this congress.
    data = json.loads((target / dossier.ARCHIVE_NAME).read_text(encoding="utf-8"))
    assert data == json.loads(archive.dumps(archive.export_archive(full)))
    # The journal, one row per line, readable with its accents.
    with (target / dossier.JOURNAL_NAME).open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert tuple(rows[0]) == dossier.JOURNAL_HEADER
    with full.read() as s:
        count = s.scalar(select(func.count()).select_from(models.JournalEntry))
        last = s.scalar(select(models.JournalEntry.hash).order_by(models.JournalEntry.id.desc()))
    assert len(rows) == 1 + (count or 0)
    assert rows[-1][3] == "congress.close" and rows[-1][-1] == last
    assert any("Hà Minh Tâm" in cell for row in rows for cell in row)
    # The contents: fingerprint, the files, and the deadlines of docs/domain/rules.md 7.
    contents = (target / "00-muc-luc-ho-so.txt").read_text(encoding="utf-8")
    assert closing.fingerprint(full) in contents
    assert "đến hết ngày 15 tháng 12 năm 2020" in contents  # ballots kept 6 months
    assert "đến hết ngày 06 tháng 7 năm 2020" in contents  # 15 working days
    # A June 2020 congress cites the Quy chế then in force (244-QĐ/TW), not 190-QĐ/TW.
    assert "Quyết định số 244-QĐ/TW ngày 09/6/2014" in contents and "190-QĐ/TW" not in contents
    later = dossier.deadline_lines(replace(dossier.deadlines(full), election_day=date(2025, 6, 1)))
    assert "Điều 35 Quy chế bầu cử trong Đảng" in later[0] and "Điều 33" in later[1]
    for name in names:
        assert name in contents
    assert "hồ sơ đã khóa" in contents
    # Progress: one call per file, ending at the total.
    assert [d for d, _ in seen] == list(range(1, len(seen) + 1))
    assert seen[-1][0] == seen[-1][1]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no working folder


def test_zip_holds_the_same_files_in_one_folder(full: Store, tmp_path: Path) -> None:
    target = dossier.write_dossier(full, tmp_path / "ho-so.zip", zip=True)
    with zipfile.ZipFile(target) as zf:
        assert zf.testzip() is None
        names = zf.namelist()
        contents = zf.read("ho-so/00-muc-luc-ho-so.txt").decode("utf-8")
    assert all(n.startswith("ho-so/") for n in names)
    assert "ho-so/" + dossier.ARCHIVE_NAME in names
    assert "ho-so/" + dossier.JOURNAL_NAME in names
    assert sum(1 for n in names if n.endswith(".pdf")) >= len(catalog.available(full))
    assert closing.fingerprint(full) in contents
    assert [p.name for p in tmp_path.iterdir()] == ["ho-so.zip"]


def test_an_existing_target_is_refused_unless_overwritten(full: Store, tmp_path: Path) -> None:
    target = tmp_path / "ho-so.zip"
    target.write_bytes(b"old")
    with pytest.raises(FileRefused) as err:
        dossier.write_dossier(full, target, zip=True)
    assert err.value.code == "exists"
    assert target.read_bytes() == b"old"


def test_a_failure_midway_leaves_nothing(
    full: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = catalog.export
    calls = 0

    def failing(store: Store, name: str, fmt: str, path: Path) -> Path:
        nonlocal calls
        calls += 1
        if calls == 4:
            raise OSError(28, "No space left on device")
        return real(store, name, fmt, path)

    monkeypatch.setattr(catalog, "export", failing)
    for target, packed in ((tmp_path / "ho-so", False), (tmp_path / "ho-so.zip", True)):
        calls = 0
        with pytest.raises(OSError):
            dossier.write_dossier(full, target, zip=packed)
    assert list(tmp_path.iterdir()) == []


def test_a_failing_overwrite_keeps_the_previous_dossier(
    full: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "ho-so"
    target.mkdir()
    (target / "cu.txt").write_text("hồ sơ cũ", encoding="utf-8")

    def failing(store: Store, path: Path) -> Path:
        raise OSError(13, "Permission denied")

    monkeypatch.setattr(archive, "write_archive", failing)
    with pytest.raises(OSError):
        dossier.write_dossier(full, target, zip=False, overwrite=True)
    assert [p.name for p in tmp_path.iterdir()] == ["ho-so"]
    assert (target / "cu.txt").read_text(encoding="utf-8") == "hồ sơ cũ"


def test_a_target_folder_that_does_not_exist_is_an_error(full: Store, tmp_path: Path) -> None:
    with pytest.raises(OSError):
        dossier.write_dossier(full, tmp_path / "khong-co" / "ho-so.zip", zip=True)
    assert list(tmp_path.iterdir()) == []


def test_command_line_writes_the_zip(full_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "hs.zip"
    assert cli.main(["dossier", str(full_file), str(out), "--zip"]) == 0
    assert zipfile.is_zipfile(out)
    assert cli.main(["dossier", str(full_file), str(out), "--zip"]) == 2  # exists


def test_a_change_recorded_while_writing_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = catalog.export
    with demo.create_demo(tmp_path / "d.daihoi") as st:  # not closed: changes still possible

        def meanwhile(store: Store, name: str, fmt: str, path: Path) -> Path:
            if name == "programme" and fmt == "docx":
                roster.add_member(store, MemberData("Lê Văn Mới"))
            return real(store, name, fmt, path)

        monkeypatch.setattr(catalog, "export", meanwhile)
        with pytest.raises(ValidationError) as err:
            dossier.write_dossier(st, tmp_path / "ho-so.zip", zip=True)
    assert err.value.code == "record_changed"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d.daihoi"]
