"""Election rounds and their ballots travel in the JSON archive and guard the roster."""

from __future__ import annotations

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
