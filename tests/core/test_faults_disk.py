"""A really full disk (a small tmpfs): the file always opens again, nothing acknowledged lost.

docs: issue 17 §1. When a checkpoint meets a full disk, the main file is left shorter
than its header says while the write-ahead log holds every page; SQLite recovers
from the log, so the program must let it instead of calling the file damaged.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from secretariat import cli, demo
from secretariat import store as store_mod
from secretariat.domain import MemberData
from secretariat.errors import FileRefused
from secretariat.services import roster
from tests.core.small_disk import fill, small_disk

# Free space left on the disk before the secretary goes on working (KiB).
LEVELS = (0, 40, 120, 300, 700)


def _names(path: Path) -> list[str]:
    with store_mod.open_store(path) as st:
        return sorted(m.full_name for m in roster.list_members(st))


def _work_until_full(st: store_mod.Store) -> list[str]:
    """Add members until the disk refuses one; return the acknowledged ones."""
    acknowledged = []
    for n in range(5000):
        name = f"Nguyễn Văn Thứ {n}"
        try:
            roster.add_member(st, MemberData(name, note="ghi chú dài " * 30))
        except FileRefused as exc:
            assert exc.code in ("disk_full", "io_error")  # SQLite says either
            return acknowledged
        acknowledged.append(name)
    raise AssertionError("the disk never filled up")


@pytest.fixture
def no_collector() -> Iterator[None]:
    """Python's cycle collector held off: a file is never closed only by it (an open
    connection in a cycle kept the log beside the file when the collector was late)."""
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


@pytest.mark.parametrize("leave_kib", LEVELS)
def test_a_file_left_by_a_full_disk_opens_with_every_acknowledged_action(
    tmp_path: Path, leave_kib: int, capsys: pytest.CaptureFixture[str], no_collector: None
) -> None:
    with small_disk(tmp_path / "disk", 4096) as disk:
        path = disk / "dh.daihoi"
        with demo.create_demo(path):
            pass
        before = _names(path)
        st = store_mod.open_store(path)  # the secretary is at work when the disk fills
        filler = fill(disk, leave_kib)
        added = _work_until_full(st)
        st.close()  # the checkpoint on closing meets the full disk too
        # Still full: the file is read (verify opens it read-only) and nothing is lost.
        assert cli.main(["verify", str(path)]) == 0, capsys.readouterr().err
        with store_mod.open_store(path, read_only=True) as ro:
            assert sorted(m.full_name for m in roster.list_members(ro)) == sorted(before + added)
        # Space freed: the file opens for work and SQLite's recovery completes.
        filler.unlink()
        assert added or leave_kib < 100  # a few pages are not room for one action
        assert _names(path) == sorted(before + added)
        assert not Path(f"{path}-wal").exists()
        assert store_mod.examine(path) == store_mod.head_revision()
        assert sorted(p.name for p in disk.iterdir() if not p.name.endswith(".backups")) == [
            "dh.daihoi"
        ]
        assert os.path.getsize(path) % 4096 == 0
