"""Totals typed from a paper tally sheet, checked by the rules of a count.

docs/domain/rules.md 4.6.

When the vote-counting committee counts on paper, the secretary types the
totals of its tally sheet instead of every ballot; ``elections.count`` then
counts from them with ``rules.tally.tally_from_totals`` — the same integrity
checks as a count of stored papers.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import replace

from secretariat.domain import MemberId
from secretariat.errors import ValidationError
from secretariat.services.elections._common import count_value, load_round, round_papers
from secretariat.services.elections.counting import tally_round
from secretariat.services.elections.rows import (
    EntryMode,
    RoundId,
    RoundRow,
    RoundTotals,
    round_json,
    round_row_of,
    totals_json,
)
from secretariat.store import Store


def enter_totals(
    store: Store,
    round_id: RoundId,
    *,
    collected: int,
    invalid_reasons: Mapping[str, int],
    votes: Mapping[MemberId, int],
) -> tuple[RoundRow, RoundRow]:
    """Type in the totals of a count done on paper tally sheets (docs/domain/rules.md 4.6).

    ``invalid`` is the sum of ``invalid_reasons``; every candidate needs a
    number. Checked by ``rules.tally.tally_from_totals`` (``above_issued``,
    ``sum_mismatch``, ``above_valid``, ``above_seats_per_ballot``, …); refused
    once ballots are entered (``ballots_entered``), before the issue
    (``not_started``) or after the announcement (``announced``). Entering again
    corrects the totals. Returns the round before and after (undo: ``clear_totals``
    or ``enter_totals`` with ``before.totals``).
    """
    with store.action("election.enter_totals") as uow:
        r = load_round(uow, round_id)
        if r.held_at is None or r.issued is None:
            raise ValidationError("not_started", "round_id", round_id)
        if r.announced_at is not None:
            raise ValidationError("announced", "round_id", round_id)
        if round_papers(uow, round_id):
            raise ValidationError("ballots_entered", "round_id", round_id)
        before = round_row_of(uow.session, r)
        totals = RoundTotals(
            collected=count_value(collected, "collected"),
            invalid_reasons={str(k): v for k, v in invalid_reasons.items()},
            votes={MemberId(k): v for k, v in votes.items()},
        )
        for code, n in totals.invalid_reasons.items():
            count_value(n, f"invalid_reasons[{code}]")
        if totals.invalid > totals.collected:
            raise ValidationError("sum_mismatch", "invalid_reasons", totals.invalid)
        candidate = replace(before, entry_mode=EntryMode.TOTALS, totals=totals)
        tally_round(candidate, ())  # the checks of docs/domain/rules.md 4.6, raising on the first
        r.entry_mode = str(EntryMode.TOTALS)
        r.totals_json = json.dumps(totals_json(totals), sort_keys=True)
        after = round_row_of(uow.session, r)
        uow.journal("election_round", round_id, round_json(before), round_json(after))
    return before, after


def clear_totals(store: Store, round_id: RoundId) -> tuple[RoundRow, RoundRow]:
    """Forget the typed totals (undo of ``enter_totals``); back to ballot entry."""
    with store.action("election.clear_totals") as uow:
        r = load_round(uow, round_id)
        if r.announced_at is not None:
            raise ValidationError("announced", "round_id", round_id)
        before = round_row_of(uow.session, r)
        r.entry_mode = str(EntryMode.BALLOTS)
        r.totals_json = None
        after = round_row_of(uow.session, r)
        uow.journal("election_round", round_id, round_json(before), round_json(after))
    return before, after
