"""Elections by secret ballot, one module per part of the work.

190-QĐ/TW Điều 8 (vote-counting committee), 14 (the list), 15 (the ballot) and
30 (the count); docs/domain/rules.md 1, 2 and 4. A round is set up with its list in
ballot order and its tellers; when the ballots are issued the majority base and
the full members present are frozen on the round (docs/domain/rules.md 2, last
bullet). Each paper is then entered as the tellers read it and classified at
once; the count is always recomputed from the stored papers (docs/domain/rules.md
4.6), and the journal of entries is the appendix of the count minutes.

Where things live (a new action goes in the module of its part):

- ``rows``: the frozen rows handed out and their JSON for the journal;
- ``_common``: limits and lookups inside a unit of work, shared by the parts;
- ``setup``: the election and its rounds (list, tellers), reading them back;
- ``issue``: issuing the ballots (the frozen base), the congress's tellers;
- ``entry``: ballot-by-ballot entry, undo and redo of a paper;
- ``counting``: the count of a round;
- ``double_entry``: the blind second pass, its mismatches and their resolution;
- ``totals``: totals typed from a paper tally sheet;
- ``results``: announcement, next round, appointment, ratification;
- ``nominations``: the election list and its approval.

This module re-exports the public face of the first six (``elections.open_round``);
the last four are imported as modules (``from secretariat.services.elections import
double_entry``).
"""

from __future__ import annotations

from secretariat.services.elections._common import MAX_OTHER_REASON, MAX_TITLE, ROUND_REASONS
from secretariat.services.elections.counting import count, count_in, forget_counts, tally_round
from secretariat.services.elections.entry import (
    check_open_for_entry,
    enter_ballot,
    restore_ballot,
    teller_operator,
    undo_ballot,
)
from secretariat.services.elections.issue import (
    FEWER_BALLOTS_REASONS,
    MAX_FEWER_REASON,
    congress_tellers,
    fewer_ballots_text,
    restore_round_state,
    start_ballot,
    unissue,
)
from secretariat.services.elections.rows import (
    FROZEN,
    BallotEntry,
    BallotId,
    BallotRow,
    CandidateRow,
    ElectionId,
    ElectionRow,
    ElectionStatus,
    EntryMode,
    RoundId,
    RoundRow,
    RoundTotals,
    Target,
    election_json,
    setting_value,
    surplus_verdict,
)
from secretariat.services.elections.setup import (
    create_election,
    get_election,
    get_round,
    list_ballots,
    list_elections,
    list_rounds,
    open_round,
    reinstate_election,
    reinstate_round,
    remove_election,
    remove_round,
)

__all__ = [
    "FEWER_BALLOTS_REASONS",
    "FROZEN",
    "MAX_FEWER_REASON",
    "MAX_OTHER_REASON",
    "MAX_TITLE",
    "ROUND_REASONS",
    "BallotEntry",
    "BallotId",
    "BallotRow",
    "CandidateRow",
    "ElectionId",
    "ElectionRow",
    "ElectionStatus",
    "EntryMode",
    "RoundId",
    "RoundRow",
    "RoundTotals",
    "Target",
    "check_open_for_entry",
    "congress_tellers",
    "count",
    "count_in",
    "create_election",
    "election_json",
    "enter_ballot",
    "fewer_ballots_text",
    "forget_counts",
    "get_election",
    "get_round",
    "list_ballots",
    "list_elections",
    "list_rounds",
    "open_round",
    "reinstate_election",
    "reinstate_round",
    "remove_election",
    "remove_round",
    "restore_ballot",
    "restore_round_state",
    "setting_value",
    "start_ballot",
    "surplus_verdict",
    "tally_round",
    "teller_operator",
    "undo_ballot",
    "unissue",
]
