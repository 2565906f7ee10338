"""A real small file system for fault tests: a tmpfs mounted in the test's folder.

Mounting needs root (CI runs as root on the same kind of machine); elsewhere the
tests that use it are skipped with the reason.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def mount_refused() -> str | None:
    """Why a tmpfs cannot be mounted here, or None if it can."""
    if os.name != "posix" or shutil.which("mount") is None:
        return "no mount(8) on this system"
    if os.geteuid() != 0:
        return "mounting a small tmpfs needs root (CI runs the suite as root)"
    return None


@contextmanager
def small_disk(folder: Path, kib: int) -> Iterator[Path]:
    """A tmpfs of ``kib`` KiB mounted on ``folder`` (created), unmounted after."""
    if (reason := mount_refused()) is not None:
        pytest.skip(reason)
    folder.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={kib}k,mode=0755", "tmpfs", str(folder)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"mounting a tmpfs was not permitted: {done.stderr.strip()}")
    try:
        yield folder
    finally:
        # Lazily: a connection the test failed to close must not leave the mount behind.
        subprocess.run(["umount", "-l", str(folder)], check=False)


def fill(folder: Path, leave_kib: int = 0) -> Path:
    """Fill the file system of ``folder`` up, then free ``leave_kib`` KiB; return the filler."""
    filler = folder / "filler.bin"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o644)
    try:
        while True:
            os.write(fd, b"\0" * 4096)
    except OSError:
        pass
    finally:
        os.close(fd)
    size = filler.stat().st_size
    os.truncate(filler, max(0, size - leave_kib * 1024))
    return filler
