"""Ballot-by-ballot entry: each paper entered as the tellers read it and classified
at once (190-QĐ/TW Điều 15; docs/domain/rules.md 4.3, 4.4); undo gives back the paper,
redo puts it back with its id, serial, time and actor.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import replace

from sqlalchemy import func, select

from secretariat import models
from secretariat.domain import MemberId
from secretariat.errors import NotFound, ValidationError
from secretariat.rules.ballots import BallotForm, Mark, classify
from secretariat.services.elections._common import (
    MAX_OTHER_REASON,
    check_distinct,
    count_value,
    load_round,
)
from secretariat.services.elections.rows import (
    BallotEntry,
    BallotId,
    BallotRow,
    EntryMode,
    RoundId,
    ballot_json,
    ballot_row_of,
    round_row_of,
    rules_ballot,
)
from secretariat.store import Store, UnitOfWork

# --- ballot papers --------------------------------------------------------------------


def _next_serial(used: set[int], issued: int) -> int:
    """The paper after the last one entered; a gap is filled once the stack is past ``issued``."""
    following = max(used, default=0) + 1
    if following <= issued:
        return following
    return next(n for n in range(1, issued + 1) if n not in used)


def _free_serial(uow: UnitOfWork, r: models.ElectionRound, row: BallotRow) -> int:
    """The paper's number: the one typed, else the next (refused if taken or none left).

    Two indexed aggregates, not every number of the pass: with 4,000 papers and
    several stations at once, each paper stored read all the others (issue #20).
    """
    assert r.issued is not None
    paper = models.BallotPaper
    this_pass = (paper.round_id == r.id, paper.pass_no == row.pass_no)
    count, top = uow.session.execute(
        select(func.count(), func.max(paper.serial)).where(*this_pass)
    ).one()
    if count >= r.issued:
        raise ValidationError("above_issued", "collected", count + 1)
    if not row.serial:
        if (top or 0) < r.issued:
            return int(top or 0) + 1
        used = set(uow.session.scalars(select(paper.serial).where(*this_pass)))
        return _next_serial(used, r.issued)
    taken = uow.session.scalar(select(paper.id).where(*this_pass, paper.serial == row.serial))
    if taken is not None:
        raise ValidationError("duplicate", "serial", row.serial)
    return row.serial


def teller_operator(uow: UnitOfWork, round_id: RoundId, pass_no: int = 1) -> str:
    """Who keys a pass in, by name: a teller of the round, never the computer's login
    (docs/domain/documents.md §3: "who entered it (a person)"). The chair enters
    the first pass; the next teller the blind second pass; with no teller
    recorded, the file's operator."""
    names = (
        uow.session.execute(
            select(models.Member.full_name)
            .join(models.Teller, models.Teller.member_id == models.Member.id)
            .where(models.Teller.round_id == round_id)
            .order_by(models.Teller.position)
        )
        .scalars()
        .all()
    )
    if not names:
        return uow.actor
    return names[1] if pass_no == 2 and len(names) > 1 else names[0]


def check_open_for_entry(r: models.ElectionRound) -> None:
    """Papers may change only between the issue of the ballots and the announcement."""
    if r.held_at is None or r.issued is None:
        raise ValidationError("not_started", "round_id", r.id)
    if r.announced_at is not None:
        raise ValidationError("announced", "round_id", r.id)
    if r.entry_mode == EntryMode.TOTALS:
        raise ValidationError("totals_entered", "round_id", r.id)


def _other_words(text: str | None) -> str | None:
    """Another reason as stored: a registered code, or the tellers' words with
    their spaces tidied (190-QĐ/TW Điều 15 khoản 2; ``rules.ballots.OTHER``)."""
    if text is None:
        return None
    words = " ".join(text.split())
    if not words:
        raise ValidationError("missing", "other_reason", text)
    if len(words) > MAX_OTHER_REASON:
        raise ValidationError("too_long", "other_reason", words[:40])
    return words


def store_paper(
    uow: UnitOfWork, r: models.ElectionRound, row: BallotRow, *, resolving: bool = False
) -> BallotEntry:
    """Validate ``row`` against the round, classify it, write it; ``row.id`` 0 = new."""
    check_open_for_entry(r)
    assert r.issued is not None
    row = replace(row, other_reason=_other_words(row.other_reason))
    if row.pass_no not in (1, 2):
        raise ValidationError("unknown_value", "pass_no", row.pass_no)
    if row.pass_no == 2 and r.second_pass_finished and not resolving:
        raise ValidationError("second_pass_finished", "round_id", r.id)
    serial = _free_serial(uow, r, row)
    count_value(serial, "serial", least=1)
    if serial > r.issued:
        raise ValidationError("above_issued", "serial", serial)
    round_row = round_row_of(uow.session, r)
    verdict = classify(
        rules_ballot(row, round_row.form),
        round_row.names,
        round_row.limit,
        single_unmarked_invalid=r.single_unmarked_invalid,
    )
    paper = models.BallotPaper(
        round_id=r.id,
        pass_no=row.pass_no,
        serial=serial,
        entered_at=row.entered_at.replace(microsecond=0).isoformat(),
        actor=row.actor,
        chosen_json=json.dumps(sorted(row.chosen)) if row.chosen is not None else None,
        marks_json=(
            json.dumps({str(k): str(v) for k, v in sorted(row.marks.items())})
            if row.marks is not None
            else None
        ),
        not_issued=row.not_issued,
        write_in=row.write_in,
        identifying_mark=row.identifying_mark,
        other_reason=row.other_reason,
        valid=verdict.valid,
        reason=verdict.reason,
    )
    if row.id:
        paper.id = row.id
    uow.session.add(paper)
    uow.session.flush()
    stored = ballot_row_of(paper)
    uow.journal("ballot", stored.id, None, ballot_json(stored))
    return BallotEntry(stored, verdict)


def parse_reading(
    form: BallotForm,
    chosen: Iterable[MemberId] | None,
    marks: Mapping[MemberId, Mark | str] | None,
) -> tuple[tuple[MemberId, ...] | None, dict[MemberId, Mark] | None]:
    if form is BallotForm.SURPLUS:
        if marks is not None:
            raise ValidationError("conflict", "marks", str(form))
        picked = tuple(sorted(chosen or ()))
        check_distinct(picked, "chosen")
        return picked, None
    if chosen is not None:
        raise ValidationError("conflict", "chosen", str(form))
    read: dict[MemberId, Mark] = {}
    for ident, mark in (marks or {}).items():
        try:
            read[ident] = Mark(mark)
        except ValueError:
            raise ValidationError("unknown_value", f"marks[{ident}]", mark) from None
    return None, read


def enter_ballot(
    store: Store,
    round_id: RoundId,
    *,
    chosen: Iterable[MemberId] | None = None,
    marks: Mapping[MemberId, Mark | str] | None = None,
    not_issued: bool = False,
    write_in: bool = False,
    identifying_mark: bool = False,
    other_reason: str | None = None,
    serial: int | None = None,
    pass_no: int = 1,
    entered_by: str | None = None,
) -> BallotEntry:
    """Enter the next paper of the stack as the tellers read it (docs/domain/rules.md 4.3, 4.4).

    Surplus form: ``chosen`` are the names left unstruck (none = all struck);
    no-surplus form: ``marks`` per candidate (a missing name reads ``none``).
    The serial is the one after the last paper entered unless given. Refused:
    before ``start_ballot`` (``not_started``), a serial already used
    (``duplicate``), more papers than issued (``above_issued``), a name not on
    the list (``unknown_candidate``: a real write-in is the ``write_in`` flag),
    after the announcement (``announced``) or once totals are typed in
    (``totals_entered``). ``other_reason``: a registered reason's code, or
    the tellers' own words (at most ``MAX_OTHER_REASON`` characters) for a case
    no code names: the paper is invalid under ``rules.ballots.OTHER`` and keeps
    the words. ``pass_no=2`` is the blind second pass of the same
    stack by another operator (``elections.double_entry``): it never counts, and
    is refused once finished (``second_pass_finished``). ``entered_by``: the
    teller who keys it in (default ``teller_operator``), printed in the journal.
    Undo: ``undo_ballot(entry.row.id)``.
    """
    with store.action("election.enter_ballot") as uow:
        r = load_round(uow, round_id)
        picked, read = parse_reading(BallotForm(r.form), chosen, marks)
        row = BallotRow(
            id=BallotId(0),
            round_id=round_id,
            serial=0 if serial is None else count_value(serial, "serial", least=1),
            entered_at=uow.now(),
            actor=(entered_by or "").strip() or teller_operator(uow, round_id, pass_no),
            chosen=picked,
            marks=read,
            not_issued=not_issued,
            write_in=write_in,
            identifying_mark=identifying_mark,
            other_reason=other_reason,
            valid=False,
            reason=None,
            pass_no=pass_no,
        )
        return store_paper(uow, r, row)


def undo_ballot(store: Store, ballot_id: BallotId) -> BallotRow:
    """Remove exactly one paper; returns it whole for ``restore_ballot``."""
    with store.action("election.undo_ballot") as uow:
        paper = uow.session.get(models.BallotPaper, ballot_id)
        if paper is None:
            raise NotFound("ballot", ballot_id)
        if load_round(uow, RoundId(paper.round_id)).announced_at is not None:
            raise ValidationError("announced", "round_id", paper.round_id)
        row = ballot_row_of(paper)
        uow.session.delete(paper)
        uow.journal("ballot", ballot_id, ballot_json(row), None)
    return row


def restore_ballot(store: Store, row: BallotRow) -> BallotEntry:
    """Put a removed paper back with its id, serial, time and actor (redo)."""
    with store.action("election.restore_ballot") as uow:
        if uow.session.get(models.BallotPaper, row.id) is not None:
            raise ValidationError("duplicate", "id", row.id)
        return store_paper(uow, load_round(uow, row.round_id), row)
