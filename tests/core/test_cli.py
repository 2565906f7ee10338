"""The headless commands, run as a user would: ``python -m secretariat ...``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.core.cases import cases_dir

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
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
        input=stdin,
        capture_output=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )


def majority_cases() -> list[dict[str, object]]:
    data = json.loads((cases_dir() / "majority-base.json").read_text(encoding="utf-8"))
    return list(data["cases"])


@pytest.mark.parametrize("case", majority_cases(), ids=lambda c: str(c["id"]))
def test_majority_base_command_matches_cases_190_D30(
    case: dict[str, object], tmp_path: Path
) -> None:
    path = tmp_path / "case.json"
    path.write_text(json.dumps(case, ensure_ascii=False), encoding="utf-8")
    result = run("majority-base", str(path))
    assert result.returncode == 0, result.stderr.decode()
    assert json.loads(result.stdout) == case["expected"]


def test_majority_base_command_reports_bad_case(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text(
        '{"members": [{"count": 3, "status": "chief", "attendance": "present"}]}', encoding="utf-8"
    )
    result = run("majority-base", str(path))
    assert result.returncode == 2
    assert result.stdout == b""
    assert "members[0].status" in result.stderr.decode("utf-8")


def test_sort_names_command_gives_ballot_order_190_D14() -> None:
    data = json.loads((cases_dir() / "collation.json").read_text(encoding="utf-8"))
    result = run("sort-names", stdin="\n".join(data["input"]).encode("utf-8"))
    assert result.returncode == 0, result.stderr.decode()
    assert result.stdout.decode("utf-8").splitlines() == data["expected"]


def test_demo_counters_and_archive_round_trip(tmp_path: Path) -> None:
    congress_file = tmp_path / "demo.daihoi"
    assert run("demo", str(congress_file)).returncode == 0
    result = run("counters", str(congress_file), "--json")
    assert result.returncode == 0, result.stderr.decode()
    counters = json.loads(result.stdout)
    assert counters["summoned"] == 29
    assert counters["majority_base"] == 24
    assert counters["min_votes"] == 13
    text = run("counters", str(congress_file)).stdout.decode("utf-8")
    assert "Mẫu số (tính quá bán): 24" in text
    out = tmp_path / "demo.json"
    assert run("export-archive", str(congress_file), str(out)).returncode == 0
    copy = tmp_path / "copy.daihoi"
    assert run("import-archive", str(out), str(copy)).returncode == 0
    again = tmp_path / "again.json"
    assert run("export-archive", str(copy), str(again)).returncode == 0
    assert again.read_bytes() == out.read_bytes()


def test_new_and_import_roster(tmp_path: Path) -> None:
    congress_file = tmp_path / "new.daihoi"
    result = run(
        "new",
        str(congress_file),
        "--cell",
        "Chi bộ Phòng PV05",
        "--ordinal",
        "VI",
        "--term",
        "2025-2030",
    )
    assert result.returncode == 0, result.stderr.decode()
    roster = tmp_path / "ds.csv"
    roster.write_text(
        "Họ và tên,Năm sinh,Giới tính,Chính thức/Dự bị\n"
        "Nguyễn Văn An,1980,Nam,Chính thức\nTrần Thị Ánh,1990,Nữ,Dự bị\n",
        encoding="utf-8-sig",
    )
    result = run("import-roster", str(congress_file), str(roster))
    assert result.returncode == 0, result.stderr.decode()
    assert "2" in result.stdout.decode("utf-8")


def test_import_roster_with_errors_imports_nothing(tmp_path: Path) -> None:
    congress_file = tmp_path / "new.daihoi"
    run("new", str(congress_file))
    roster = tmp_path / "ds.csv"
    roster.write_text(
        "Họ và tên,Năm sinh,Chính thức/Dự bị\n"
        "Nguyễn Văn An,1980,Chính thức\n,1990,Dự bị\nLê Văn Hải,19x0,CT\n",
        encoding="utf-8",
    )
    result = run("import-roster", str(congress_file), str(roster))
    assert result.returncode == 2
    err = result.stderr.decode("utf-8")
    assert "dòng 3" in err and "dòng 4" in err and "Năm sinh" in err
    counters = json.loads(run("counters", str(congress_file), "--json").stdout)
    assert counters["summoned"] == 0


def test_refused_file_message_is_plain_vietnamese(tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.daihoi"
    bogus.write_bytes(b"hello" * 100)
    result = run("counters", str(bogus))
    assert result.returncode == 2
    assert "không phải là tệp đại hội" in result.stderr.decode("utf-8")
