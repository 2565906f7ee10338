"""The first look at a congress file (secretariat.glance): read-only, never raises."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

from secretariat import demo
from secretariat.glance import read_glance
from secretariat.services import congress, roster


def snapshot(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def test_glance_agrees_with_the_services_and_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "demo.daihoi"
    store = demo.create_demo(path)
    info = congress.get_info(store)
    members = len(roster.list_members(store))
    day = congress.list_sessions(store)[0].day
    store.close()
    before = snapshot(tmp_path)
    glance = read_glance(path)
    assert glance is not None
    assert (glance.cell_name, glance.ordinal) == (info.cell_name, info.ordinal)
    assert (glance.term_start, glance.term_end) == (info.term_start, info.term_end)
    assert glance.members == members
    assert glance.day == (day.isoformat() if day else None)
    assert snapshot(tmp_path) == before


def test_glance_of_what_is_not_a_congress_is_none(tmp_path: Path) -> None:
    assert read_glance(tmp_path / "missing.daihoi") is None
    assert read_glance(tmp_path) is None
    text = tmp_path / "text.daihoi"
    text.write_bytes(b"Danh sach dang vien\n" * 50)
    assert read_glance(text) is None
    other = tmp_path / "other.daihoi"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE congress (x)")
    conn.close()
    assert read_glance(other) is None


def test_glance_of_a_hostile_file_is_bounded(tmp_path: Path) -> None:
    path = tmp_path / "hostile.daihoi"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE congress (id, cell_name, ordinal, term_start, term_end)")
        conn.execute("CREATE TABLE member (id)")
        conn.execute("CREATE TABLE session (id, day, position)")
        conn.execute("INSERT INTO congress VALUES (1, ?, 42, 'x', 99999)", ("Chi bộ " * 100_000,))
        conn.execute("INSERT INTO session VALUES (1, 20200615, 0)")
    conn.close()
    glance = read_glance(path)
    assert glance is not None
    assert len(glance.cell_name) == 300 and glance.ordinal == ""
    assert glance.term_start is None and glance.term_end is None and glance.day is None
