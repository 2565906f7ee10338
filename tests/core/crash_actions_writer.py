"""Child of test_crash_actions: the UI's service actions in a loop, each acknowledged.

Cycles through what the secretary does during a congress, through the same
service calls the UI's undo commands make: a check-in and a check-out at the
door, a speaker queued, called and finished, a show of hands held (and cleared),
a ballot paper entered (and its undo). After each action has returned (its
transaction committed) it prints ``ACK <journal id> <hash>`` of the last journal
line, flushed.
"""

from __future__ import annotations

import sys
from contextlib import suppress
from pathlib import Path

from sqlalchemy import select

from secretariat import models, undo
from secretariat import store as store_mod
from secretariat.errors import SecretariatError
from secretariat.services import agenda, attendance, congress, elections, roster, speeches, votes


def _ack(store: store_mod.Store) -> None:
    with store.read() as s:
        last = s.execute(
            select(models.JournalEntry.id, models.JournalEntry.hash)
            .order_by(models.JournalEntry.id.desc())
            .limit(1)
        ).one()
    print(f"ACK {last[0]} {last[1]}", flush=True)


def main(path: Path) -> None:
    st = store_mod.open_store(path)
    session_id = congress.list_sessions(st)[0].id
    members = roster.list_members(st)
    item = agenda.list_items(st)[0]
    vote = votes.list_votes(st)[0]
    rnd = elections.list_rounds(st, elections.list_elections(st)[0].id)[0]
    names = [c.member_id for c in rnd.candidates]
    # The previous run may have been killed between an action and its pair.
    for visitor in members[-5:]:
        with suppress(SecretariatError):
            attendance.check_in(st, session_id, visitor.id)
    with suppress(SecretariatError):
        votes.clear_result(st, vote.id)
    n = 0
    while True:
        visitor = members[-1 - n % 5]  # not a candidate or a teller
        attendance.check_out(st, session_id, visitor.id)
        _ack(st)
        attendance.check_in(st, session_id, visitor.id)
        _ack(st)
        speeches.register(st, item.id, member_id=members[n % 20].id)
        _ack(st)
        _before, speaking = speeches.call_next(st, item.id)
        _ack(st)
        speeches.finish(st, speaking.id)
        _ack(st)
        votes.hold(st, vote.id, 10 + n % 5, 1, 0)
        _ack(st)
        votes.clear_result(st, vote.id)
        _ack(st)
        with st.recording() as entering:
            elections.enter_ballot(st, rnd.id, chosen=names[: 1 + n % len(names)])
        _ack(st)
        undo.undo(st, entering)
        _ack(st)
        n += 1


if __name__ == "__main__":
    main(Path(sys.argv[1]))
