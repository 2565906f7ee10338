"""A full disk or a read-only folder: a clear refusal (FileRefused), nothing lost."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from secretariat import demo
from secretariat import store as store_mod
from secretariat.domain import MemberData
from secretariat.errors import FileRefused
from secretariat.services import roster
from secretariat.store import Store, UnitOfWork

ROOT = Path(__file__).resolve().parents[2]


def _members(path: Path) -> list[str]:
    with store_mod.open_store(path) as st:
        return [m.full_name for m in roster.list_members(st)]


def _journal_count(store: Store) -> int:
    with store.read() as session:
        return int(session.connection().exec_driver_sql("SELECT count(*) FROM journal").scalar())


def _limit_pages(store: Store) -> None:
    """Make SQLite see a full disk: the file may not grow by one more page."""
    store.engine.dispose()

    @event.listens_for(store.engine, "connect")
    def _full(dbapi_conn: Any, _record: Any) -> None:
        pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
        dbapi_conn.execute(f"PRAGMA max_page_count={pages}")


def test_a_full_disk_rolls_the_action_back_and_says_so(tmp_path: Path) -> None:
    path = tmp_path / "dh.daihoi"
    with demo.create_demo(path):
        pass
    before = _members(path)
    with store_mod.open_store(path) as st:
        _limit_pages(st)
        with pytest.raises(FileRefused) as caught:
            roster.add_members(
                st, [MemberData(f"Lê Thị Dài{n}", note="ghi chú " * 30) for n in range(400)]
            )
        assert caught.value.code == "disk_full"
        assert caught.value.path == str(path)
    assert _members(path) == before
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    conn.close()


def test_a_write_error_inside_the_unit_of_work_writes_nothing(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    roster.add_member(store, MemberData("Phạm Văn Một"))
    journal = _journal_count(store)

    def no_space(self: UnitOfWork) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(UnitOfWork, "_flush_journal", no_space)
    with pytest.raises(OSError):
        roster.add_member(store, MemberData("Phạm Văn Hai"))
    monkeypatch.undo()
    assert [m.full_name for m in roster.list_members(store)] == ["Phạm Văn Một"]
    assert _journal_count(store) == journal


def test_sqlite_errors_become_refusals_with_a_code() -> None:
    from secretariat.faults import fault_code

    assert fault_code(sqlite3.OperationalError("database or disk is full")) == "disk_full"
    assert fault_code(sqlite3.OperationalError("attempt to write a readonly database")) == (
        "read_only"
    )
    assert fault_code(OSError(30, "Read-only file system")) == "read_only"
    assert fault_code(ValueError("no")) is None


READ_ONLY_SCRIPT = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from secretariat import backups, store as store_mod
    from secretariat.errors import FileRefused
    from secretariat.reports import catalog

    usb, work = Path(sys.argv[1]), Path(sys.argv[2])
    results = []
    for name, call in (
        ("create", lambda: store_mod.create(usb / "moi.daihoi")),
        ("open", lambda: store_mod.open_store(usb / "dh.daihoi")),
    ):
        try:
            call()
            results.append(name + ":ok")
        except FileRefused as exc:
            results.append(name + ":" + exc.code)
    with store_mod.open_store(work) as st:
        try:
            backups.backup_now(st)
            results.append("backup:ok")
        except FileRefused as exc:
            results.append("backup:" + exc.code)
        for fmt in ("docx", "pdf"):
            try:
                catalog.export(st, "results_sheet", fmt, usb / ("kq." + fmt))
                results.append(fmt + ":ok")
            except OSError as exc:
                results.append(fmt + ":oserror")
    print(" ".join(results))
    """
)


def test_a_read_only_folder_refuses_clearly_and_loses_nothing(tmp_path: Path) -> None:
    usb, work = tmp_path / "usb", tmp_path / "work"
    usb.mkdir()
    work.mkdir()
    with demo.create_demo(usb / "dh.daihoi"):
        pass
    store_mod.copy_file(usb / "dh.daihoi", work / "dh.daihoi")
    (work / "dh.backups").mkdir()
    original = (usb / "dh.daihoi").read_bytes()
    read_only = [usb, work / "dh.backups"]
    for folder in read_only:
        folder.chmod(0o555)
    command = [sys.executable, "-c", READ_ONLY_SCRIPT, str(usb), str(work / "dh.daihoi")]
    if os.geteuid() == 0:
        # Root ignores permissions (CI runs as root): mount the folders read-only in a
        # private namespace instead, like a write-protected USB stick.
        if shutil.which("unshare") is None:
            pytest.skip("running as root without unshare(1)")
        mount = " && ".join(
            f'mount --bind "{f}" "{f}" && mount -o remount,bind,ro "{f}" "{f}"' for f in read_only
        )
        command = ["unshare", "-rm", "sh", "-c", f'{mount} && exec "$@"', "sh", *command]
    try:
        done = subprocess.run(
            command,
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT), "HOME": str(tmp_path)},
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    finally:
        for folder in read_only:
            folder.chmod(0o755)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == [
        "create:read_only",
        "open:read_only",
        "backup:read_only",
        "docx:oserror",
        "pdf:oserror",
    ]
    assert (usb / "dh.daihoi").read_bytes() == original
    assert sorted(p.name for p in usb.iterdir()) == ["dh.daihoi"]
    assert list((work / "dh.backups").iterdir()) == []
    assert _members(work / "dh.daihoi") == _members(usb / "dh.daihoi")
