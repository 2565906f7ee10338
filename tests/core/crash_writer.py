"""Child process of the crash test: performs actions and acknowledges each one.

It prints ``ACK <n>`` (flushed) only after the action's service call has
returned, i.e. after its transaction committed. The parent kills it with
SIGKILL at a random moment and checks that every acknowledged action is there.
"""

from __future__ import annotations

import sys
from pathlib import Path

from secretariat import store as store_mod
from secretariat.domain import MemberData
from secretariat.services import attendance, congress, roster


def main(path: Path, start: int) -> None:
    st = store_mod.open_store(path)
    session_id = congress.list_sessions(st)[0].id
    n = start
    while True:
        member = roster.add_member(st, MemberData(f"Nguyễn Văn Số{n}", party_card_no=f"C{n:06d}"))
        attendance.check_in(st, session_id, member.id)
        print(f"ACK {n}", flush=True)
        n += 1


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]))
