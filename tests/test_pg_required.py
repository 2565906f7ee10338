"""scripts/check sets SECRETARIAT_REQUIRE_PG=1: a PostgreSQL server that cannot start
fails the PostgreSQL tests instead of skipping them (a developer without one may skip)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ONE_TEST = (
    "tests/core/test_pg_store.py::test_an_empty_database_gets_the_schema_and_an_empty_journal"
)


def _run(tmp_path: Path, require: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "SECRETARIAT_PG_URL"}
    env |= {"SECRETARIAT_PG_BIN": str(tmp_path / "no-postgres"), "SECRETARIAT_REQUIRE_PG": require}
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-p",
            "no:xdist",
            "-p",
            "no:cacheprovider",
            "-q",
            ONE_TEST,
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


@pytest.mark.parametrize(("require", "outcome"), [("1", "1 error"), ("", "1 skipped")])
def test_a_server_that_cannot_start_fails_the_check_and_only_skips_elsewhere(
    tmp_path: Path, require: str, outcome: str
) -> None:
    done = _run(tmp_path, require)
    assert outcome in done.stdout, done.stdout[-2000:]
    assert (done.returncode != 0) == (require == "1")
