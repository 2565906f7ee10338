"""Migrating an older file is all or nothing: kills and full disks never cost the file.

docs: issue 17 §1. A copy is migrated and checked, then renamed over the file in one
step (``store._migrate_atomically``); these tests kill the program at random moments
of a migration and run it on disks with too little room.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from secretariat import demo
from secretariat import store as store_mod
from secretariat.errors import FileRefused
from secretariat.services import roster
from tests.core.small_disk import fill, small_disk

ROOT = Path(__file__).resolve().parents[2]
OLD_REVISION = "0004"  # elections exist; working bodies, minutes, resolution come after
KILLS = int(os.environ.get("SECRETARIAT_MIGRATION_KILLS", "16"))
DISK_LEVELS_KIB = (0, 16, 64, 128, 256, 400, 600, 900, 1300, 2000)


def _downgrade(path: Path, revision: str) -> None:
    from alembic import command

    engine = create_engine(
        "sqlite://", creator=lambda: store_mod._connect(path, foreign_keys=False)
    )
    try:
        with engine.begin() as conn:
            cfg = store_mod._alembic_config()
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, revision)
    finally:
        engine.dispose()
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA journal_mode=DELETE")


@pytest.fixture(scope="module")
def old_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo congress as an older version of the program left it."""
    path = tmp_path_factory.mktemp("old") / "cu.daihoi"
    with demo.create_demo(path):
        pass
    _downgrade(path, OLD_REVISION)
    assert store_mod.examine(path) == OLD_REVISION
    return path


def _members(path: Path) -> list[str]:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        return sorted(r[0] for r in conn.execute("SELECT full_name FROM member"))


def _opens_with(path: Path, names: list[str]) -> store_mod.Store:
    st = store_mod.open_store(path)
    assert sorted(m.full_name for m in roster.list_members(st)) == names
    return st


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if ".part" in p.name)


OPEN_SCRIPT = """
import sys
from pathlib import Path
from secretariat import store
print("start", flush=True)
store.open_store(Path(sys.argv[1])).close()
print("done", flush=True)
"""


def _spawn(path: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", OPEN_SCRIPT, str(path)],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "start"
    return proc


def test_a_kill_at_any_moment_of_a_migration_leaves_a_file_that_opens(
    old_file: Path, tmp_path: Path
) -> None:
    names = _members(old_file)
    original = old_file.read_bytes()
    # How long a migration takes here, from the child's "start" to its exit.
    path = tmp_path / "dh.daihoi"
    shutil.copyfile(old_file, path)
    began = time.monotonic()
    assert _spawn(path).wait(timeout=120) == 0
    span = time.monotonic() - began
    assert store_mod.examine(path) == store_mod.head_revision()
    rng = random.Random(17)
    outcomes = {"unchanged": 0, "migrated": 0}
    for kill in range(KILLS):
        folder = tmp_path / f"k{kill}"
        folder.mkdir()
        path = folder / "dh.daihoi"
        path.write_bytes(original)
        proc = _spawn(path)
        time.sleep(rng.uniform(0, span * 0.9))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        revision = store_mod.examine(path)  # never refused
        if revision == OLD_REVISION:
            assert path.read_bytes() == original, f"kill {kill}: the old file was changed"
            outcomes["unchanged"] += 1
        else:
            assert revision == store_mod.head_revision()
            outcomes["migrated"] += 1
        _opens_with(path, names).close()
        assert _leftovers(folder) == [], f"kill {kill}"
        asides = [p for p in folder.iterdir() if ".before-" in p.name]
        for aside in asides:  # a copy named "before-…" is always a good one
            assert store_mod.examine(aside) == OLD_REVISION
        shutil.rmtree(folder)
    print(f"{KILLS} kills during a migration: {outcomes}")
    assert outcomes["unchanged"] and outcomes["migrated"]  # the kills hit both sides


def test_a_failing_migration_is_a_typed_refusal_and_leaves_the_file_as_it_was(
    old_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "dh.daihoi"
    shutil.copyfile(old_file, path)
    original = path.read_bytes()

    def broken(_path: Path) -> None:
        raise RuntimeError("CircularDependencyError somewhere in a revision")

    monkeypatch.setattr(store_mod, "_migrate", broken)
    with pytest.raises(FileRefused) as caught:
        store_mod.open_store(path)
    assert caught.value.code == "migration_failed"
    assert path.read_bytes() == original
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dh.daihoi"]


@pytest.mark.parametrize("leave_kib", DISK_LEVELS_KIB)
def test_a_migration_on_a_full_disk_migrates_or_changes_nothing(
    old_file: Path, tmp_path: Path, leave_kib: int
) -> None:
    names = _members(old_file)
    original = old_file.read_bytes()
    with small_disk(tmp_path / "disk", 8192) as disk:
        path = disk / "dh.daihoi"
        path.write_bytes(original)
        filler = fill(disk, leave_kib)
        try:
            store_mod.open_store(path).close()
            migrated = True
        except FileRefused as exc:
            assert exc.code in ("disk_full", "io_error"), exc
            migrated = False
        print(f"{leave_kib} KiB free: {'migrated' if migrated else 'refused, unchanged'}")
        if not migrated:
            assert path.read_bytes() == original
        assert _leftovers(disk) == []
        assert sorted(p.name for p in disk.iterdir() if ".before-" not in p.name) == [
            "dh.daihoi",
            "filler.bin",
        ]
        filler.unlink()
        _opens_with(path, names).close()
        assert store_mod.examine(path) == store_mod.head_revision()
