"""Election rounds and their ballots travel in the JSON archive and guard the roster."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest

from secretariat import archive, demo
from secretariat.errors import ValidationError
from secretariat.services import elections, roster
from secretariat.services.elections import Target
from tests.core.conftest import FakeClock

AT = demo.MOMENT + timedelta(minutes=10)
NAMES = ("Đỗ Thị Thu Hà", "Lê Đình Khải", "Lê Văn Nam", "Phạm Ngọc Sơn")
TELLERS = ("Mai Xuân Trường", "Vũ Thị Lan Anh")


def with_a_round(tmp_path: Path) -> Path:
    with demo.create_demo(tmp_path / "d.daihoi") as st:
        st.clock = FakeClock(AT)
        by_name = {m.full_name: m.id for m in roster.list_members(st)}
        election = elections.create_election(st, Target.COMMITTEE, "Bầu Chi ủy khóa VI", 3)
        rnd = elections.open_round(
            st, election.id, [by_name[n] for n in NAMES], [by_name[n] for n in TELLERS]
        )
        elections.start_ballot(st, rnd.id, 20)
        chosen = [str(by_name[n]) for n in NAMES[:3]]
        for _ in range(3):
            elections.enter_ballot(st, rnd.id, chosen=chosen)
        with pytest.raises(ValidationError) as err:
            roster.remove_member(st, by_name["Lê Văn Nam"])
        assert err.value.code == "in_election"  # a candidate stays on the roster
        return archive.write_archive(st, tmp_path / "d.json")


def test_elections_survive_export_import_export(tmp_path: Path) -> None:
    out = with_a_round(tmp_path)
    with archive.import_archive(out, tmp_path / "copy.daihoi") as copy:
        rounds = elections.list_rounds(copy, elections.list_elections(copy)[0].id)
        assert len(elections.list_ballots(copy, rounds[0].id)) == 3
        again = archive.write_archive(copy, tmp_path / "again.json")
    assert again.read_bytes() == out.read_bytes()


def test_a_ballot_of_an_unknown_round_is_refused_whole(tmp_path: Path) -> None:
    import json

    out = with_a_round(tmp_path)
    data = json.loads(out.read_text(encoding="utf-8"))
    data["elections"]["ballots"][0]["round_id"] = 999
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ValidationError) as err:
        archive.import_archive(broken, tmp_path / "x.daihoi")
    assert err.value.code == "broken_reference"
    assert not (tmp_path / "x.daihoi").exists()


def test_a_finished_congress_survives_export_import_export(tmp_path: Path) -> None:
    """Nominations, rounds, the adopted resolution, minutes edits and the closing travel."""
    from secretariat import demo_end
    from secretariat.services import closing, minutes, resolution
    from secretariat.services.elections import nominations

    with demo.create_demo(tmp_path / "d.daihoi") as st:
        demo_end.run_to_end(st)
        minutes.edit_section(st, "opening", "Đại hội khai mạc lúc 7 giờ 30 phút.")
        closing.close_congress(st)
        out = archive.write_archive(st, tmp_path / "d.json")
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["elections"]["nominations"] and data["resolution"]["versions"]
    assert data["minutes"]["closing"][0]["closed_at"]
    with archive.import_archive(out, tmp_path / "copy.daihoi") as copy:
        assert closing.is_closed(copy)
        assert resolution.is_adopted(copy)
        assert minutes.section(copy, "opening").edited
        first = elections.list_elections(copy)[0]
        assert len(nominations.list_nominations(copy, first.id)) == 6  # 5 seats, 6 names
        again = archive.write_archive(copy, tmp_path / "again.json")
    assert again.read_bytes() == out.read_bytes()


def test_an_archive_written_before_elections_ii_takes_the_defaults(tmp_path: Path) -> None:
    """Columns added by migration 0005 are absent from older archives: defaults apply."""
    out = with_a_round(tmp_path)
    data = json.loads(out.read_text(encoding="utf-8"))
    for row in data["elections"]["ballots"]:
        del row["pass_no"]
    for row in data["elections"]["rounds"]:
        del row["entry_mode"], row["second_pass_finished"], row["alternates"]
    del data["elections"]["nominations"], data["resolution"], data["minutes"]
    old = tmp_path / "old.json"
    old.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with archive.import_archive(old, tmp_path / "old.daihoi") as copy:
        rnd = elections.list_rounds(copy, elections.list_elections(copy)[0].id)[0]
        assert rnd.entry_mode == "ballots" and not rnd.second_pass_finished
        assert [b.pass_no for b in elections.list_ballots(copy, rnd.id)] == [1, 1, 1]
