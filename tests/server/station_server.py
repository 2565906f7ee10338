"""A throw-away PostgreSQL server for the stations' tests (issue 20).

``initdb`` in a temporary folder, run by an unprivileged user (``postgres`` when
the tests run as root), listening on loopback only, stopped at the end. The
superuser connects without a password (trust, loopback); every other login
needs its password (scram-sha-256), as stations on a hall's network do.
Skipped where PostgreSQL's server programs are not installed.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import URL

BIN_DIRS = sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)


def _program(name: str) -> str | None:
    for folder in BIN_DIRS:
        if (folder / name).exists():
            return str(folder / name)
    return shutil.which(name)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Server:
    folder: Path
    port: int
    runner: list[str]  # prefix that runs a program as the server's user
    pg_ctl: str

    def url(self, user: str = "postgres", password: str = "", database: str = "postgres") -> URL:
        return URL.create(
            "postgresql+psycopg",
            username=user,
            password=password or None,
            host="127.0.0.1",
            port=self.port,
            database=database,
        )

    def _ctl(self, *args: str) -> None:
        subprocess.run(
            [*self.runner, self.pg_ctl, "-D", str(self.folder / "data"), "-w", *args],
            check=True,
            capture_output=True,
            timeout=60,
        )

    def start(self) -> None:
        options = f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.folder}"
        self._ctl("-o", options, "-l", str(self.folder / "log"), "start")

    def stop(self, mode: str = "fast") -> None:
        self._ctl("-m", mode, "stop")


def _runner() -> list[str]:
    if os.geteuid() != 0:
        return []
    runuser = shutil.which("runuser")
    if runuser is None:
        pytest.skip("running as root without runuser")
    return [runuser, "-u", "postgres", "--"]


@pytest.fixture(scope="session")
def station_server() -> Iterator[Server]:
    initdb, pg_ctl = _program("initdb"), _program("pg_ctl")
    if initdb is None or pg_ctl is None:
        pytest.skip("PostgreSQL's server programs are not installed")
    runner = _runner()
    folder = Path(tempfile.mkdtemp(prefix="secretariat-pg-"))
    if runner:
        shutil.chown(folder, "postgres", "postgres")
    server = Server(folder, _free_port(), runner, pg_ctl)
    subprocess.run(
        [
            *runner,
            initdb,
            "-D",
            str(folder / "data"),
            "-U",
            "postgres",
            "-E",
            "UTF8",
            "--auth-local=trust",
            "--auth-host=scram-sha-256",
            "--no-sync",
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    hba = folder / "data" / "pg_hba.conf"
    rules = "host all postgres 127.0.0.1/32 trust\nhost all all 127.0.0.1/32 scram-sha-256\n"
    hba.write_text(rules + hba.read_text())
    server.start()
    try:
        yield server
    finally:
        server.stop("immediate")
        shutil.rmtree(folder, ignore_errors=True)
