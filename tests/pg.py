"""A real PostgreSQL server for the tests, started and stopped by the tests themselves.

``PgServer.start()`` runs ``initdb`` in a fresh temporary folder and starts
``postgres`` listening on 127.0.0.1 only, on a free port, with its socket in
that folder (nothing on the machine's usual paths). PostgreSQL refuses to run
as root, so as root (CI) the folder is given to the ``postgres`` system user
(Debian's package creates it; else ``nobody``) and the commands run through
``runuser``. The superuser ``postgres`` logs in with a password over TCP
(scram-sha-256), so station logins with passwords behave as in a hall.

``SECRETARIAT_PG_URL`` (a superuser URL) uses a server already running instead
(scripts/check may start one for the whole run). Where no server can start, the
PostgreSQL tests are skipped, unless ``SECRETARIAT_REQUIRE_PG=1`` (set by
scripts/check), where they fail.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

SUPERUSER = "postgres"
PASSWORD = "kiemphieu-test"  # a throwaway cluster's password: loopback only, deleted at the end


def require() -> bool:
    return os.environ.get("SECRETARIAT_REQUIRE_PG") == "1"


def binaries() -> Path | None:
    """The folder of ``initdb``/``pg_ctl``: ``SECRETARIAT_PG_BIN``, on PATH, or Debian's
    /usr/lib/postgresql/N/bin (the newest)."""
    chosen = os.environ.get("SECRETARIAT_PG_BIN")
    if chosen:
        return Path(chosen) if (Path(chosen) / "initdb").exists() else None
    found = shutil.which("initdb")
    if found:
        return Path(found).parent

    def version(initdb: str) -> int:
        name = Path(initdb).parent.parent.name
        return int(name) if name.isdigit() else 0

    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=version)
    return Path(versions[-1]).parent if versions else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _service_user() -> str | None:
    """As root, the unprivileged user the server runs as; None when not root."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
        except KeyError:
            continue
        return name
    raise RuntimeError("running as root and no unprivileged user to run PostgreSQL")


class PgServer:
    """One throwaway PostgreSQL cluster (use as a context manager, or start/stop)."""

    def __init__(self) -> None:
        self.folder: Path | None = None
        self.port = 0
        self._user: str | None = None
        self._bin: Path | None = None

    @property
    def url(self) -> str:
        return self.url_for("postgres")

    def url_for(self, database: str, user: str = SUPERUSER, password: str = PASSWORD) -> str:
        return f"postgresql+psycopg://{user}:{password}@127.0.0.1:{self.port}/{database}"

    def _run(self, *args: str) -> None:
        assert self._bin is not None
        cmd = [str(self._bin / args[0]), *args[1:]]
        if self._user is not None:
            cmd = ["runuser", "-u", self._user, "--", *cmd]
        subprocess.run(cmd, check=True, capture_output=True, timeout=120)

    def start(self) -> PgServer:
        self._bin = binaries()
        if self._bin is None:
            raise RuntimeError("PostgreSQL is not installed (Debian: apt-get install postgresql)")
        self._user = _service_user()
        self.folder = Path(tempfile.mkdtemp(prefix="secretariat-pg-"))
        data = self.folder / "data"
        pwfile = self.folder / "pw"
        pwfile.write_text(PASSWORD + "\n")
        if self._user is not None:
            info = pwd.getpwnam(self._user)
            os.chown(self.folder, info.pw_uid, info.pw_gid)
            os.chown(pwfile, info.pw_uid, info.pw_gid)
        self._run(
            "initdb",
            "-D",
            str(data),
            "-U",
            SUPERUSER,
            f"--pwfile={pwfile}",
            "--auth-local=trust",
            "--auth-host=scram-sha-256",
            "--encoding=UTF8",
            "--locale=C",  # text sorts by code point, as in SQLite
            "--no-sync",
        )
        self.port = _free_port()
        options = (
            f"-c listen_addresses=127.0.0.1 -c port={self.port} "
            f"-c unix_socket_directories={self.folder} "
            # A throwaway cluster: durability is not what the tests measure.
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
            "-c max_connections=100 -c shared_buffers=32MB"
        )
        self._run(
            "pg_ctl", "-D", str(data), "-l", str(self.folder / "log"), "-o", options, "-w", "start"
        )
        return self

    def restart(self) -> None:
        """Stop and start the same cluster (the fault tests: a server restarted mid-count)."""
        assert self.folder is not None
        # The log again: else the new postmaster would hold our captured output open.
        log = str(self.folder / "log")
        self._run(
            "pg_ctl", "-D", str(self.folder / "data"), "-l", log, "-m", "fast", "-w", "restart"
        )

    def stop(self) -> None:
        if self.folder is None:
            return
        try:
            if (self.folder / "data" / "postmaster.pid").exists():
                data = str(self.folder / "data")
                self._run("pg_ctl", "-D", data, "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)
            self.folder = None

    def __enter__(self) -> PgServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def wait_ready(url: str, timeout: float = 10.0) -> None:
    import psycopg

    deadline = time.monotonic() + timeout
    dsn = url.replace("postgresql+psycopg://", "postgresql://")
    while True:
        try:
            with psycopg.connect(dsn, connect_timeout=2):
                return
        except psycopg.OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def new_database(admin_url: str, name: str, template: str = "template0") -> str:
    """Create a database ``name`` (a copy of ``template``) on ``admin_url``'s server; its URL."""
    import psycopg
    from sqlalchemy import make_url

    url = make_url(admin_url)
    dsn = url.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    return url.set(database=name).render_as_string(hide_password=False)


def drop_database(admin_url: str, name: str) -> None:
    """Drop a test's database (its connections ended first): the cluster stays small."""
    import psycopg
    from sqlalchemy import make_url

    dsn = make_url(admin_url).set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
