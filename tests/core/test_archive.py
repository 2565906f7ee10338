"""The JSON archive: export → import → export is identical; bad archives refused whole."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from secretariat import archive, demo
from secretariat.errors import FileRefused, ValidationError
from secretariat.services import attendance, roster


@pytest.fixture
def demo_archive(tmp_path: Path) -> Path:
    with demo.create_demo(tmp_path / "demo.daihoi") as st:
        return archive.write_archive(st, tmp_path / "demo.json")


def test_export_import_export_is_identical(demo_archive: Path, tmp_path: Path) -> None:
    with archive.import_archive(demo_archive, tmp_path / "copy.daihoi") as st:
        again = archive.write_archive(st, tmp_path / "again.json")
        assert len(roster.list_members(st)) == 29
        assert attendance.counters(st).base.majority_base == 24
    assert again.read_bytes() == demo_archive.read_bytes()


def test_archive_is_versioned_and_readable(demo_archive: Path) -> None:
    data = json.loads(demo_archive.read_text(encoding="utf-8"))
    assert data["format"] == "secretariat.congress"
    assert data["version"] == 1
    assert "Đảng bộ Công an tỉnh Thanh Hóa" in demo_archive.read_text(encoding="utf-8")


def broken(demo_archive: Path, tmp_path: Path, mutate) -> Path:  # type: ignore[no-untyped-def]
    data = json.loads(demo_archive.read_text(encoding="utf-8"))
    mutate(data)
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("mutate", "code", "field"),
    [
        (lambda d: d.update(format="other"), "not_archive", "format"),
        (lambda d: d.update(version=99), "unsupported_version", "version"),
        (lambda d: d["members"][3].update(status="chief"), "invalid", "members[3].status"),
        (lambda d: d["members"][5].pop("full_name"), "missing", "members[5].full_name"),
        (
            lambda d: d["members"][2].update(birth_year="1980"),
            "wrong_type",
            "members[2].birth_year",
        ),
        (
            lambda d: d["attendance"][0].update(member_id=9999),
            "unknown_member",
            "attendance[0].member_id",
        ),
        (lambda d: d["movements"][1].update(at="yesterday"), "invalid", "movements[1].at"),
        (
            lambda d: d["members"][1].update(party_card_no=d["members"][0]["party_card_no"]),
            "duplicate_card",
            "members[1].party_card_no",
        ),
    ],
)
def test_bad_archive_is_refused_and_writes_nothing(
    demo_archive: Path, tmp_path: Path, mutate, code: str, field: str
) -> None:  # type: ignore[no-untyped-def]
    path = broken(demo_archive, tmp_path, mutate)
    target = tmp_path / "never.daihoi"
    with pytest.raises(ValidationError) as err:
        archive.import_archive(path, target)
    assert (err.value.code, err.value.field) == (code, field)
    assert not target.exists()
    assert list(tmp_path.glob("never*")) == []


def test_not_json_is_refused_with_position(tmp_path: Path) -> None:
    path = tmp_path / "x.json"
    path.write_text('{"format": "secretariat.congress",\n "version": }', encoding="utf-8")
    with pytest.raises(ValidationError) as err:
        archive.import_archive(path, tmp_path / "x.daihoi")
    assert err.value.code == "not_json"
    assert "line 2" in err.value.field


def test_import_refuses_to_overwrite(demo_archive: Path, tmp_path: Path) -> None:
    target = tmp_path / "t.daihoi"
    target.write_bytes(b"keep me")
    with pytest.raises(FileRefused):
        archive.import_archive(demo_archive, target)
    assert target.read_bytes() == b"keep me"
