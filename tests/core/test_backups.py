"""Rotating backups next to the congress file, and an all-or-nothing restore."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from secretariat import backups, demo
from secretariat import store as store_mod
from secretariat.backups import BackupPolicy
from secretariat.domain import MemberData
from secretariat.errors import FileRefused
from secretariat.services import roster
from secretariat.store import Store

T0 = datetime(2020, 6, 15, 7, 30, 0)
POLICY = BackupPolicy(interval=timedelta(minutes=5), keep_last=3, keep_hourly=48)


def _add(store: Store, n: int) -> None:
    roster.add_member(store, MemberData(f"Trần Văn Số{n}", party_card_no=f"B{n:06d}"))


def _names(path: Path) -> set[str]:
    with store_mod.open_store(path) as st:
        return {m.full_name for m in roster.list_members(st)}


def _tick(store: Store, at: datetime) -> Path | None:
    """What the app's timer does (the copy on a worker there): a backup if one is due."""
    journal_id = backups.due(store, at, POLICY)
    if journal_id is None:
        return None
    target = backups.write_backup(store, at, POLICY)
    backups.taken(store, at, journal_id)
    return target


def test_first_call_backs_up_then_only_after_changes_and_the_interval(store: Store) -> None:
    first = _tick(store, T0)  # on open
    assert first is not None
    assert first.parent == store.path.with_name("test.backups")
    assert first.name == "test-20200615-073000.daihoi"
    assert _tick(store, T0 + timedelta(minutes=10)) is None  # no change
    _add(store, 1)
    assert _tick(store, T0 + timedelta(minutes=2)) is None  # too soon
    second = _tick(store, T0 + timedelta(minutes=6))
    assert second is not None and second != first
    assert "Trần Văn Số1" in _names(second)
    assert "Trần Văn Số1" not in _names(first)


def test_list_backups_newest_first_with_time_and_size(store: Store) -> None:
    for minutes in (0, 7, 14):
        _add(store, minutes)
        backups.backup_now(store, T0 + timedelta(minutes=minutes), POLICY)
    found = backups.list_backups(store.path)
    assert [b.taken_at for b in found] == [T0 + timedelta(minutes=m) for m in (14, 7, 0)]
    assert all(b.size == b.path.stat().st_size > 0 for b in found)
    (found[0].path.parent / "notes.txt").write_text("not a backup")
    assert len(backups.list_backups(store.path)) == 3


def test_pruning_keeps_the_newest_and_one_per_hour(store: Store) -> None:
    # Every 10 minutes from 7:30 to 11:20: 24 backups.
    times = [T0 + timedelta(minutes=10 * i) for i in range(24)]
    for at in times:
        backups.backup_now(store, at, POLICY)
    kept = [b.taken_at for b in backups.list_backups(store.path)]
    newest = sorted(times, reverse=True)[:3]
    assert kept[:3] == newest
    # Older than those: the newest of each hour (7:50, 8:50, 9:50, 10:50), nothing else.
    older = kept[3:]
    assert older == [datetime(2020, 6, 15, h, 50) for h in (10, 9, 8, 7)]


def test_same_second_backups_do_not_overwrite_each_other(store: Store) -> None:
    a = backups.backup_now(store, T0, POLICY)
    b = backups.backup_now(store, T0, POLICY)
    assert a != b and a.exists() and b.exists()


def test_restore_replaces_the_file_and_keeps_the_current_one_aside(tmp_path: Path) -> None:
    path = tmp_path / "dh.daihoi"
    with demo.create_demo(path) as st:
        backup = backups.backup_now(st, T0, POLICY)
        _add(st, 99)  # made after the backup: the restore takes it away...
    before = _names(path)
    aside = backups.restore_backup(backup, path)
    assert aside is not None and aside.exists()
    assert "Trần Văn Số99" not in _names(path)
    assert _names(aside) == before  # ...but the file as it was is kept beside it
    assert not list(tmp_path.glob("*.part"))


def test_restore_of_a_bad_backup_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "dh.daihoi"
    with demo.create_demo(path):
        pass
    original = path.read_bytes()
    bad = tmp_path / "dh.backups" / "dh-20200615-070000.daihoi"
    bad.parent.mkdir()
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 50)  # truncated
    with pytest.raises(FileRefused):
        backups.restore_backup(bad, path)
    assert path.read_bytes() == original
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dh.backups", "dh.daihoi"]


def test_restore_failing_midway_leaves_the_file_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "dh.daihoi"
    with demo.create_demo(path) as st:
        backup = backups.backup_now(st, T0, POLICY)
        _add(st, 5)
    expected = _names(path)

    def full(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backups.os, "replace", full)
    with pytest.raises(FileRefused) as caught:
        backups.restore_backup(backup, path)
    assert caught.value.code == "disk_full"
    monkeypatch.undo()
    assert _names(path) == expected
    assert not list(tmp_path.glob("*.part"))


def test_backup_on_a_full_disk_is_a_clear_refusal(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    backups.backup_now(store, T0, POLICY)

    def full(self: Store, target: Path) -> Path:
        target.with_name(target.name + ".part").write_bytes(b"half")
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(Store, "backup_to", full)
    with pytest.raises(FileRefused) as caught:
        backups.backup_now(store, T0 + timedelta(minutes=9), POLICY)
    assert caught.value.code == "disk_full"
    folder = backups.backup_folder(store.path)
    assert [p.name for p in folder.iterdir()] == ["test-20200615-073000.daihoi"]
