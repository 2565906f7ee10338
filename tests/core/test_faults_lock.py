"""One file, one writer: a second program is told who has the file and may read it only.

docs: issue 17 §1. Two real processes: a holder (a child that opens the file and
waits) and this test.
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from secretariat import archive, backups, cli, demo
from secretariat import lock as lock_mod
from secretariat import store as store_mod
from secretariat.domain import MemberData
from secretariat.errors import FileInUse, ValidationError
from secretariat.services import roster

ROOT = Path(__file__).resolve().parents[2]

HOLDER = """
import sys
from pathlib import Path
from secretariat import store
from secretariat.domain import MemberData
from secretariat.services import roster
st = store.open_store(Path(sys.argv[1]))
roster.add_member(st, MemberData("Người Giữ Tệp"))
print("open", flush=True)
sys.stdin.readline()
st.close()
"""


@pytest.fixture
def congress(tmp_path: Path) -> Path:
    path = tmp_path / "dh.daihoi"
    with demo.create_demo(path):
        pass
    return path


@pytest.fixture
def holder(congress: Path) -> Iterator[subprocess.Popen[str]]:
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(congress)],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "open"
    yield proc
    if proc.poll() is None:
        proc.kill()
        proc.wait(timeout=30)


def _digest(path: Path) -> list[str]:
    return [
        hashlib.sha256(Path(f"{path}{s}").read_bytes()).hexdigest()
        for s in ("", "-wal")
        if Path(f"{path}{s}").exists()
    ]


def test_a_second_process_is_told_who_has_the_file_and_since_when(
    congress: Path, holder: subprocess.Popen[str]
) -> None:
    with pytest.raises(FileInUse) as caught:
        store_mod.open_store(congress)
    held = caught.value
    assert held.code == "in_use"
    assert held.pid == holder.pid
    assert held.host == socket.gethostname()
    assert held.user == store_mod._default_actor()
    assert held.since[:4].isdigit() and "T" in held.since


def test_read_only_beside_a_writer_reads_and_writes_nothing(
    congress: Path, holder: subprocess.Popen[str]
) -> None:
    before = _digest(congress)
    with store_mod.open_store(congress, read_only=True) as ro:
        names = [m.full_name for m in roster.list_members(ro)]
        assert "Người Giữ Tệp" in names  # the writer's latest action is seen
        with pytest.raises(ValidationError) as caught:
            roster.add_member(ro, MemberData("Không Được Ghi"))
        assert caught.value.code == "read_only_mode"
    assert _digest(congress) == before


def test_restore_new_and_replace_refuse_a_file_in_use(
    congress: Path,
    holder: subprocess.Popen[str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    backup = tmp_path / "backup.daihoi"
    store_mod.copy_file(congress, backup)
    before = _digest(congress)
    with pytest.raises(FileInUse):
        backups.restore_backup(backup, congress)
    with pytest.raises(FileInUse):
        store_mod.create(congress, overwrite=True)
    with store_mod.open_store(backup) as copy:
        archive.write_archive(copy, tmp_path / "dh.json")
    with pytest.raises(FileInUse):
        archive.import_archive(tmp_path / "dh.json", congress, overwrite=True)
    (tmp_path / "dh.json").unlink()
    assert cli.main(["new", str(congress), "--force", "--cell", "Chi bộ khác"]) == 2
    err = capsys.readouterr().err
    assert "đang được mở" in err and f"tiến trình {holder.pid}" in err
    assert _digest(congress) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "backup.daihoi",
        "dh.daihoi",
        "dh.daihoi-shm",
        "dh.daihoi-wal",
        "dh.daihoi.lock",
    ]


def test_the_lock_of_a_killed_program_is_stale_and_taken_over(
    congress: Path, holder: subprocess.Popen[str]
) -> None:
    holder.send_signal(signal.SIGKILL)
    holder.wait(timeout=30)
    assert lock_mod.read_holder(congress) is not None  # the note was left behind
    with store_mod.open_store(congress) as st:
        assert "Người Giữ Tệp" in [m.full_name for m in roster.list_members(st)]
        assert lock_mod.read_holder(congress).pid == os.getpid()  # type: ignore[union-attr]
    assert not lock_mod.lock_path(congress).exists()


def test_a_second_window_of_the_same_program_is_told_too(congress: Path) -> None:
    with store_mod.open_store(congress):
        with pytest.raises(FileInUse) as caught:
            store_mod.open_store(congress)
        assert caught.value.pid == os.getpid()
    store_mod.open_store(congress).close()  # free again once closed


def _note(congress: Path, **fields: object) -> None:
    note = {"user": "ai", "host": socket.gethostname(), "pid": 0, "since": "2020-06-15T08:00:00"}
    lock_mod.lock_path(congress).write_text(json.dumps({**note, **fields}))


def test_a_note_of_a_dead_process_on_this_host_is_stale(congress: Path) -> None:
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    _note(congress, pid=int(dead.stdout))
    store_mod.open_store(congress).close()


def test_a_note_from_another_host_is_not_judged_from_here(congress: Path) -> None:
    _note(congress, host="may-khac", pid=4242)
    with pytest.raises(FileInUse) as caught:
        store_mod.open_store(congress)
    assert (caught.value.host, caught.value.pid, caught.value.user) == ("may-khac", 4242, "ai")
    store_mod.open_store(congress, read_only=True).close()
