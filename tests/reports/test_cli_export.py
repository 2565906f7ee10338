"""``python -m secretariat export``, run as a user would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[bytes]:
    # A C locale: output must still be UTF-8 whatever the terminal says.
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "LC_ALL": "C",
        "LANG": "C",
        "PYTHONIOENCODING": "",
    }
    return subprocess.run(
        [sys.executable, "-m", "secretariat", *args],
        capture_output=True,
        cwd=cwd,
        env=env,
        timeout=120,
    )


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "demo.daihoi"
    result = run("demo", str(path))
    assert result.returncode == 0, result.stderr.decode()
    return path


def test_list_prints_the_available_documents(demo_file: Path) -> None:
    result = run("export", str(demo_file), "--list")
    assert result.returncode == 0, result.stderr.decode()
    assert result.stdout.decode("utf-8").splitlines() == [
        "programme",
        "attendance_report",
        "sign_in_sheet",
        "delegate_cards",
        "results_sheet",
        "minutes",
        "resolution",
        "amendments",
        "resolution:1",
    ]


def test_list_of_an_empty_congress(tmp_path: Path) -> None:
    path = tmp_path / "new.daihoi"
    assert run("new", str(path)).returncode == 0
    result = run("export", str(path), "--list")
    # A new congress has the default programme but no roster yet.
    assert result.stdout.decode("utf-8").splitlines() == [
        "programme",
        "attendance_report",
        "results_sheet",
    ]


def test_check_words_the_problems_in_vietnamese(demo_file: Path) -> None:
    result = run("export", str(demo_file), "--check")
    assert result.returncode == 0, result.stderr.decode()
    text = result.stdout.decode("utf-8")
    assert "attendance_report: cần xem lại" in text
    assert "đảng viên chưa được điểm danh: 2" in text
    assert "sign_in_sheet: đủ dữ liệu" in text
    result = run("export", str(demo_file), "--check", "--doc", "sign_in_sheet")
    assert result.stdout.decode("utf-8").splitlines() == [
        "sign_in_sheet: đủ dữ liệu (Danh sách đảng viên dự đại hội)"
    ]


def test_check_of_an_empty_congress_exits_zero(tmp_path: Path) -> None:
    path = tmp_path / "new.daihoi"
    assert run("new", str(path)).returncode == 0
    result = run("export", str(path), "--check", "--doc", "attendance_report")
    assert result.returncode == 0, result.stderr.decode()
    text = result.stdout.decode("utf-8")
    assert "chưa nhập tên chi bộ" in text
    assert "chưa có ngày họp của phiên chính thức" in text
    assert "chưa có danh sách đảng viên" in text


@pytest.mark.parametrize(("doc", "fmt"), [("attendance_report", "docx"), ("sign_in_sheet", "pdf")])
def test_doc_writes_the_file(demo_file: Path, tmp_path: Path, doc: str, fmt: str) -> None:
    out = tmp_path / f"out.{fmt}"
    result = run("export", str(demo_file), "--doc", doc, "--format", fmt, "--out", str(out))
    assert result.returncode == 0, result.stderr.decode()
    assert out.is_file() and out.stat().st_size > 0
    assert str(out) in result.stdout.decode("utf-8")
    magic = b"PK" if fmt == "docx" else b"%PDF"
    assert out.read_bytes().startswith(magic)


def test_doc_without_out_uses_the_default_name(demo_file: Path, tmp_path: Path) -> None:
    result = run("export", str(demo_file), "--doc", "delegate_cards", cwd=tmp_path)
    assert result.returncode == 0, result.stderr.decode()
    assert (tmp_path / "the-dai-bieu-du-dai-hoi.pdf").is_file()


def test_unknown_document_is_refused_in_vietnamese(demo_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    result = run(
        "export", str(demo_file), "--doc", "bien_ban_gia", "--format", "pdf", "--out", str(out)
    )
    assert result.returncode == 2
    assert result.stdout == b""
    assert "không có văn bản “bien_ban_gia”" in result.stderr.decode("utf-8")
    assert not out.exists()


def test_unsupported_format_is_refused_in_vietnamese(demo_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.docx"
    result = run(
        "export", str(demo_file), "--doc", "delegate_cards", "--format", "docx", "--out", str(out)
    )
    assert result.returncode == 2
    assert "không xuất được dạng “docx”" in result.stderr.decode("utf-8")
    assert not out.exists()
