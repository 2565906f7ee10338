"""The count of a round, always recomputed from the stored papers (or the totals
typed in), 190-QĐ/TW Điều 30; docs/domain/rules.md 4.5, 4.6. Counts are kept per file
and journal head.
"""

from __future__ import annotations

import json
import weakref
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from secretariat import models
from secretariat.errors import NotFound, ValidationError
from secretariat.rules.ballots import Ballot
from secretariat.rules.tally import (
    SEATS_OPEN,
    TIE_AT_CUTOFF,
    Tally,
    results,
    tally,
    tally_from_totals,
)
from secretariat.services.elections._common import IDS
from secretariat.services.elections.rows import (
    BallotRow,
    EntryMode,
    RoundId,
    RoundRow,
    round_row_of,
    rules_ballot,
)
from secretariat.store import Store

# --- the count ------------------------------------------------------------------------


def _seats_only(result: Tally, seats: int, majority_base: int) -> Tally:
    """A delegates' count: ``elected`` are the full delegates (alternates: ``outcome``)."""
    elected, tied, open_seats = results(result.votes, seats, majority_base)
    warnings = [w for w in result.warnings if w not in (TIE_AT_CUTOFF, SEATS_OPEN)]
    if tied:
        warnings.append(TIE_AT_CUTOFF)
    if open_seats:
        warnings.append(SEATS_OPEN)
    return replace(
        result, elected=elected, tied=tied, open_seats=open_seats, warnings=tuple(warnings)
    )


def tally_round(round_row: RoundRow, papers: Iterable[BallotRow]) -> Tally:
    """The count of a round from its stored papers (first pass only), or its
    totals in totals mode. A ballot may choose ``round_row.limit`` names (seats +
    alternates); who is elected is decided on the seats (docs/domain/rules.md 4.5).
    """
    return _tally(
        round_row, ((rules_ballot(p, round_row.form), 1) for p in papers if p.pass_no == 1)
    )


def _tally(round_row: RoundRow, ballots: Iterable[tuple[Ballot, int]]) -> Tally:
    if round_row.issued is None or round_row.base is None:
        raise ValidationError("not_started", "round_id", round_row.id)
    common: dict[str, Any] = {
        "issued": round_row.issued,
        "majority_base": round_row.base,
        "voters_present": round_row.voters_present,
    }
    if round_row.entry_mode is EntryMode.TOTALS and round_row.totals is not None:
        t = round_row.totals
        result = tally_from_totals(
            round_row.names,
            round_row.limit,
            collected=t.collected,
            valid=t.valid,
            invalid=t.invalid,
            invalid_reasons=t.invalid_reasons,
            votes={str(k): v for k, v in t.votes.items()},
            **common,
        )
    else:
        result = tally(
            ballots,
            round_row.names,
            round_row.limit,
            single_unmarked_invalid=round_row.single_unmarked_invalid,
            **common,
        )
    if round_row.alternates:
        return _seats_only(result, round_row.seats, round_row.base)
    return result


def _grouped_readings(s: OrmSession, round_row: RoundRow) -> list[tuple[Ballot, int]]:
    """The first-pass papers as rules ballots, identical readings grouped (one
    verdict per distinct reading: a real stack repeats a few readings)."""
    query = select(
        models.BallotPaper.chosen_json,
        models.BallotPaper.marks_json,
        models.BallotPaper.not_issued,
        models.BallotPaper.write_in,
        models.BallotPaper.identifying_mark,
        models.BallotPaper.other_reason,
    ).where(models.BallotPaper.round_id == round_row.id, models.BallotPaper.pass_no == 1)
    readings: Counter[tuple[str | None, str | None, bool, bool, bool, str | None]] = Counter(
        s.execute(query).all()
    )
    out = []
    for (chosen, marks, not_issued, write_in, identifying, other), n in readings.items():
        ballot = Ballot(
            form=round_row.form,
            # A JSON list of member ids: its digits are the rules' keys.
            chosen=frozenset(IDS.findall(chosen)) if chosen is not None else None,
            marks=json.loads(marks) if marks is not None else None,
            not_issued=not_issued,
            write_in=write_in,
            identifying_mark=identifying,
            other_reason=other,
        )
        out.append((ballot, n))
    return out


# Counts already made, by file and by (round, journal head): the journal is
# append-only and hash-chained, so its head names every state of the file, and the
# resolution, the minutes and the results sheet ask for the same announced rounds
# again and again. A head from a unit of work later rolled back is never seen again.
_COUNTS: weakref.WeakKeyDictionary[object, dict[tuple[int, str], Tally]] = (
    weakref.WeakKeyDictionary()
)
_MAX_COUNTS = 256


def forget_counts() -> None:
    """Drop the counts kept so far (bench/big_congress.py times the count itself)."""
    _COUNTS.clear()


def count_in(s: OrmSession, r: models.ElectionRound) -> Tally:
    """``count`` inside an open session (``elections.results``)."""
    head = s.scalar(
        select(models.JournalEntry.hash).order_by(models.JournalEntry.id.desc()).limit(1)
    )
    memo = _COUNTS.setdefault(s.get_bind(), {})
    key = (r.id, head or "")
    found = memo.get(key)
    if found is not None:
        return found
    round_row = round_row_of(s, r)
    result = _tally(round_row, _grouped_readings(s, round_row))
    if len(memo) >= _MAX_COUNTS:
        memo.clear()
    memo[key] = result
    return result


def count(store: Store, round_id: RoundId) -> Tally:
    """The count of a round recomputed from its stored papers (docs/domain/rules.md 4.5, 4.6).

    Only the first pass counts; in totals mode the totals typed in. Keys of
    ``votes``, ``percent``, ``elected`` and ``tied`` are ``str(member_id)`` in
    ballot order (``RoundRow.names``); the base and the voters present are
    those frozen when the ballots were issued.
    """
    with store.read() as s:  # one snapshot: the round and its papers agree
        r = s.get(models.ElectionRound, round_id)
        if r is None:
            raise NotFound("election_round", round_id)
        return count_in(s, r)
