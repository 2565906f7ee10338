"""``python -m secretariat count CASE.json``: every election case through the services.

Issue 6, deliverable 9; 190-QĐ/TW Điều 30; docs/domain/rules.md 2, 4.4–4.6;
tests/data/cases/elections.json.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from secretariat import cli
from secretariat.count_case import KEYS, count_case, count_in_store
from secretariat.errors import ValidationError
from secretariat.rules.collation import sort_names
from secretariat.services import attendance, elections
from secretariat.store import Store
from tests.core.cases import load_case_file
from tests.core.test_cli import run

CASES: list[dict[str, Any]] = load_case_file("elections.json")["cases"]  # type: ignore[assignment]


def _check(out: dict[str, Any], case: dict[str, Any]) -> None:
    assert set(out) == set(KEYS)
    for key, value in case["expected"].items():
        assert out[key] == value, key


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_count_function_gives_every_expected_count_190_D30(
    case: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "case.json"
    path.write_text(json.dumps(case, ensure_ascii=False), encoding="utf-8")
    assert cli.main(["count", str(path)]) == 0
    _check(json.loads(capsys.readouterr().out), case)


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_count_case_builds_the_base_and_the_round_through_the_services_rules_2(
    case: dict[str, Any], store: Store
) -> None:
    result, names = count_in_store(store, case)
    (election,) = elections.list_elections(store)
    (rnd,) = elections.list_rounds(store, election.id)
    # The base and the full members present frozen on the round are the case's.
    assert rnd.base == case["majority_base"]
    assert rnd.issued == case["issued"]
    assert rnd.voters_present is not None and rnd.voters_present >= case["issued"]
    assert str(rnd.form) == case["form"]
    assert [names[n] for n in rnd.names] == sort_names(case["candidates"])  # ballot order
    assert attendance.counters(store, rnd.held_at).base.majority_base == case["majority_base"]
    if "ballots" in case:
        papers = elections.list_ballots(store, rnd.id)
        assert len(papers) == sum(b["count"] for b in case["ballots"])
        assert rnd.entry_mode == "ballots"
    else:
        assert rnd.entry_mode == "totals" and elections.list_ballots(store, rnd.id) == []
    assert result == elections.count(store, rnd.id)


def test_count_command_as_a_user_runs_it(tmp_path: Path) -> None:
    case = CASES[0]
    path = tmp_path / "e1.json"
    path.write_text(json.dumps(case, ensure_ascii=False), encoding="utf-8")
    result = run("count", str(path))
    assert result.returncode == 0, result.stderr.decode()
    _check(json.loads(result.stdout.decode("utf-8")), case)


def test_count_refuses_impossible_cases_rules_4_6(tmp_path: Path) -> None:
    e1 = CASES[0]
    with pytest.raises(ValidationError) as err:  # more papers than full members can be present
        count_case({**e1, "issued": 16})
    assert err.value.code == "above_voters_present"
    with pytest.raises(ValidationError) as err:  # 16 papers entered, 15 issued
        count_case({**e1, "ballots": [*e1["ballots"], {"count": 1, "chosen": []}]})
    assert err.value.code == "above_issued"
    with pytest.raises(ValidationError) as err:
        count_case({**e1, "form": "no_surplus"})
    assert err.value.code == "conflict"
    e2 = CASES[1]
    bad = {**e2, "totals": {**e2["totals"], "votes": {**e2["totals"]["votes"], "Đỗ Thị Hà": 15}}}
    with pytest.raises(ValidationError) as err:
        count_case(bad)
    assert err.value.code == "above_valid"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({**e1, "issued": 16}, ensure_ascii=False), encoding="utf-8")
    result = run("count", str(path))
    assert result.returncode == 2 and result.stdout == b""
    assert "above_voters_present" in result.stderr.decode("utf-8")
