"""What faults leave behind: nothing that costs the file, nothing that confuses later.

docs: issue 17 §1. A backup killed midway leaves a ``.part`` that the next opening
removes; a refused file gets no empty ``-wal``/``-shm`` beside it; ``verify`` and
exporting to another folder work on a write-protected medium and on a full disk,
with the log of a killed writer still beside the file.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from secretariat import backups, cli, demo
from secretariat import store as store_mod
from secretariat.errors import FileRefused
from secretariat.services import roster
from tests.core.small_disk import fill, small_disk

ROOT = Path(__file__).resolve().parents[2]

BACKING_UP = """
import sys
from pathlib import Path
from secretariat import backups, store
st = store.open_store(Path(sys.argv[1]))
print("open", flush=True)
while True:
    backups.backup_now(st)
"""

WRITER = """
import sys
from pathlib import Path
from secretariat import store
from secretariat.domain import MemberData
from secretariat.services import roster
st = store.open_store(Path(sys.argv[1]))
for n in range(int(sys.argv[2])):
    roster.add_member(st, MemberData(f"Đảng Viên Mới {n}"))
print("written", flush=True)
sys.stdin.readline()
"""


def _run(script: str, *args: str) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", script, *args],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    proc.stdout.readline()
    return proc


def _parts(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*") if ".part" in p.name)


def test_a_backup_killed_midway_leaves_no_part_after_the_next_start(tmp_path: Path) -> None:
    path = tmp_path / "dh.daihoi"
    with demo.create_demo(path):
        pass
    rng = random.Random(5)
    seen_part = 0
    for _kill in range(6):
        proc = _run(BACKING_UP, str(path))
        time.sleep(rng.uniform(0.2, 1.5))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        seen_part += bool(_parts(tmp_path))
        with store_mod.open_store(path) as st:
            assert _parts(tmp_path) == []
            assert len(roster.list_members(st)) > 0
    # However the kills fell, the cleaning is seen to work on a planted leftover too.
    folder = backups.backup_folder(path)
    (folder / "dh-20200615-093000.daihoi.part").write_bytes(b"half a copy")
    (folder / "dh-20200615-093000.daihoi.part-journal").write_bytes(b"")
    (tmp_path / "dh.daihoi.migrating.part").write_bytes(b"half a migration")
    (tmp_path / "dh.before-0004-20200615-093000.daihoi.part").write_bytes(b"half a copy")
    store_mod.open_store(path).close()
    assert _parts(tmp_path) == []
    assert all(store_mod.examine(b.path) for b in backups.list_backups(path))


def test_a_refused_file_gets_no_empty_log_beside_it(tmp_path: Path) -> None:
    path = tmp_path / "dh.daihoi"
    with demo.create_demo(path):
        pass
    data = bytearray(path.read_bytes())
    page = 4096
    data[page * 5 : page * 6] = b"\xff" * page  # a damaged page in the middle
    path.write_bytes(bytes(data))
    with pytest.raises(FileRefused) as caught:
        store_mod.open_store(path)
    assert caught.value.code == "corrupt"
    assert cli.main(["verify", str(path)]) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dh.daihoi"]
    assert path.read_bytes() == bytes(data)


@pytest.mark.parametrize("medium", ["write-protected", "full"])
def test_verify_and_export_work_beside_the_log_of_a_killed_writer(
    tmp_path: Path, medium: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    with small_disk(tmp_path / "usb", 4096) as usb:
        path = usb / "dh.daihoi"
        with demo.create_demo(path):
            pass
        writer = _run(WRITER, str(path), "12")
        writer.send_signal(signal.SIGKILL)  # its log is never checkpointed
        writer.wait(timeout=30)
        assert Path(f"{path}-wal").stat().st_size > 0
        Path(f"{path}-shm").unlink()  # as on a stick copied without it
        if medium == "full":
            fill(usb)
        else:
            subprocess.run(["mount", "-o", "remount,ro", str(usb)], check=True)
        listing = sorted(p.name for p in usb.iterdir())
        assert cli.main(["verify", str(path)]) == 0, capsys.readouterr().err
        with store_mod.open_store(path, read_only=True) as ro:
            names = [m.full_name for m in roster.list_members(ro)]
            assert {f"Đảng Viên Mới {n}" for n in range(12)} <= set(names)
        sheet = out / "kq.docx"
        args = ["export", str(path), "--doc", "results_sheet", "--format", "docx"]
        assert cli.main([*args, "--out", str(sheet)]) == 0, capsys.readouterr().err
        assert sheet.stat().st_size > 0
        assert cli.main(["export-archive", str(path), str(out / "dh.json")]) == 0
        assert "Đảng Viên Mới 11" in (out / "dh.json").read_text("utf-8")
        assert sorted(p.name for p in usb.iterdir()) == listing  # nothing written there
