"""SQLAlchemy 2 typed tables of a congress file.

The schema is created and changed only by the Alembic revisions in
``secretariat/migrations``; a test checks that they agree with these models.
Services read and write these rows inside a unit of work and hand out frozen
dataclasses from ``secretariat.domain``, never the ORM objects themselves.
"""

# No ``from __future__ import annotations`` here: with it every ``Mapped[...]`` is a
# string SQLAlchemy parses and evaluates at import, a fifth of this module's import
# time, on the way to the first tab answering (bench/startup.py, issue #16). The
# annotations are plain builtins, valid at run time.

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy import false as sa_false
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Congress(Base):
    """The one congress of this file (id is always 1)."""

    __tablename__ = "congress"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    superior_body: Mapped[str] = mapped_column(Text, default="")
    cell_name: Mapped[str] = mapped_column(Text, default="")
    ordinal: Mapped[str] = mapped_column(String(16), default="")
    term_start: Mapped[int | None] = mapped_column(Integer)
    term_end: Mapped[int | None] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16), default="members")
    venue: Mapped[str] = mapped_column(Text, default="")
    place: Mapped[str] = mapped_column(Text, default="")
    committee_origin: Mapped[str] = mapped_column(String(16), default="elected")
    created_at: Mapped[str] = mapped_column(String(32))


class Session(Base):
    """A sitting of the congress: the optional preparatory one, the official one(s)."""

    __tablename__ = "session"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    day: Mapped[str | None] = mapped_column(String(10))  # ISO date
    start: Mapped[str | None] = mapped_column(String(8))  # HH:MM[:SS]
    end: Mapped[str | None] = mapped_column(String(8))
    position: Mapped[int] = mapped_column(Integer, default=0)


class Member(Base):
    """A party member on the roster (or a delegate, at a delegates' congress)."""

    __tablename__ = "member"
    __table_args__ = (
        CheckConstraint("NOT (temporary_in AND temporary_out)", name="one_attachment"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    full_name: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16))
    party_card_no: Mapped[str] = mapped_column(String(32), default="", index=True)
    birth_year: Mapped[int | None] = mapped_column(Integer)
    gender: Mapped[str | None] = mapped_column(String(8))
    ethnicity: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[str] = mapped_column(Text, default="")
    education: Mapped[str] = mapped_column(Text, default="")
    theory_level: Mapped[str] = mapped_column(Text, default="")
    exempt: Mapped[bool] = mapped_column(Boolean, default=False)
    temporary_in: Mapped[bool] = mapped_column(Boolean, default=False)
    temporary_out: Mapped[bool] = mapped_column(Boolean, default=False)
    suspended: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(Text, default="")


class Guest(Base):
    __tablename__ = "guest"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    full_name: Mapped[str] = mapped_column(Text)
    title: Mapped[str] = mapped_column(Text, default="")
    organisation: Mapped[str] = mapped_column(Text, default="")
    superior_representative: Mapped[bool] = mapped_column(Boolean, default=False)


class Attendance(Base):
    """A member's state in one session; absent rows mean "not yet marked"."""

    __tablename__ = "attendance"
    session_id: Mapped[int] = mapped_column(
        ForeignKey("session.id", ondelete="CASCADE"), primary_key=True
    )
    member_id: Mapped[int] = mapped_column(
        ForeignKey("member.id", ondelete="CASCADE"), primary_key=True
    )
    state: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(Text, default="")


class MovementRow(Base):
    """A check-in or check-out with its time: who was in the hall at any moment."""

    __tablename__ = "movement"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("session.id", ondelete="CASCADE"))
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(4))
    at: Mapped[str] = mapped_column(String(32))  # local wall-clock ISO time


class Setting(Base):
    """Rule settings where a Party rule is unconfirmed, as JSON values.

    See docs/domain/README.md, "Where the texts leave a question open".
    """

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class JournalEntry(Base):
    """Append-only record of every change, hash-chained for tamper evidence."""

    __tablename__ = "journal"
    __table_args__ = (UniqueConstraint("hash"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[str] = mapped_column(String(32))  # UTC ISO time
    actor: Mapped[str] = mapped_column(Text, default="")
    action: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str] = mapped_column(String(32), default="")
    entity_id: Mapped[str] = mapped_column(String(64), default="")
    before: Mapped[str | None] = mapped_column(Text)  # JSON
    after: Mapped[str | None] = mapped_column(Text)  # JSON
    # The rows the action changed, [[table, key, before, after], ...] as JSON (on the
    # action's first line), and the state digest after the action (every line);
    # NULL on lines written before row images (docs/tamper-evidence.md).
    images: Mapped[str | None] = mapped_column(Text)
    state: Mapped[str | None] = mapped_column(String(64))
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class AgendaItem(Base):
    """One item of the congress programme, with its plan and what happened."""

    __tablename__ = "agenda_item"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(32), default="")  # template item, or ""
    title: Mapped[str] = mapped_column(Text)
    presenter: Mapped[str] = mapped_column(Text, default="")
    planned_minutes: Mapped[int] = mapped_column(Integer, default=0)
    needs_vote: Mapped[bool] = mapped_column(Boolean, default=False)
    started_at: Mapped[str | None] = mapped_column(String(32))  # local ISO time
    ended_at: Mapped[str | None] = mapped_column(String(32))
    notes: Mapped[str] = mapped_column(Text, default="")


class Speech(Base):
    """A speech in an agenda item's queue, its timing and the secretary's summary."""

    __tablename__ = "speech"
    __table_args__ = (
        CheckConstraint("(member_id IS NULL) != (guest_id IS NULL)", name="one_speaker"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    agenda_item_id: Mapped[int] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    member_id: Mapped[int | None] = mapped_column(ForeignKey("member.id", ondelete="RESTRICT"))
    guest_id: Mapped[int | None] = mapped_column(ForeignKey("guest.id", ondelete="RESTRICT"))
    kind: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text, default="")  # a prepared contribution's text
    summary: Mapped[str] = mapped_column(Text, default="")
    section: Mapped[str] = mapped_column(Text, default="")  # resolution section it concerns
    limit_seconds: Mapped[int] = mapped_column(Integer, default=300)
    started_at: Mapped[str | None] = mapped_column(String(32))
    ended_at: Mapped[str | None] = mapped_column(String(32))
    running_since: Mapped[str | None] = mapped_column(String(32))  # set while the clock runs
    elapsed_seconds: Mapped[int] = mapped_column(Integer, default=0)  # before running_since


class FrozenBase(Base):
    """The majority base frozen at one moment, with its breakdown (190-QĐ/TW Điều 30 khoản 2).

    Written only by ``services.attendance.freeze_base``: one row per vote held or
    round issued (``vote.frozen_base_id``, ``election_round.frozen_base_id``), so
    a later change of attendance does not rewrite it (docs/domain/rules.md §2).
    The column names are ``rules.majority.FROZEN``.
    """

    __tablename__ = "frozen_base"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[str] = mapped_column(String(32))  # local ISO time of the measure
    base: Mapped[int] = mapped_column(Integer)  # the majority base (mẫu số)
    base_full_summoned: Mapped[int] = mapped_column(Integer)
    base_temporary_out: Mapped[int] = mapped_column(Integer)
    base_exempt_not_present: Mapped[int] = mapped_column(Integer)
    base_suspended: Mapped[int] = mapped_column(Integer)
    base_excused: Mapped[int] = mapped_column(Integer)
    base_absent_throughout: Mapped[int] = mapped_column(Integer)
    voters_present: Mapped[int] = mapped_column(Integer)  # full members in the hall


class Vote(Base):
    """A show-of-hands vote (biểu quyết) and its result.

    The counts stay NULL until the result is recorded. The majority base, its
    breakdown and the full members present are frozen when the vote is held, so
    a later change of attendance does not rewrite it (docs/domain/rules.md section 2).
    """

    __tablename__ = "vote"
    __table_args__ = (CheckConstraint("yes >= 0 AND no >= 0 AND other >= 0", name="counts"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    agenda_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="SET NULL"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    subject: Mapped[str] = mapped_column(Text)
    yes: Mapped[int | None] = mapped_column(Integer)  # tán thành
    no: Mapped[int | None] = mapped_column(Integer)  # không tán thành
    other: Mapped[int | None] = mapped_column(Integer)  # ý kiến khác / không biểu quyết
    held_at: Mapped[str | None] = mapped_column(String(32))  # local ISO time
    # The base frozen when held (``FrozenBase``), NULL until then.
    frozen_base_id: Mapped[int | None] = mapped_column(ForeignKey("frozen_base.id"))
    note: Mapped[str] = mapped_column(Text, default="")
    # What the vote decides when the procedure requires it ("committee_size",
    # "tellers", "election_list", "resolution"; "" for any other vote).
    kind: Mapped[str] = mapped_column(String(32), default="", server_default="")


class Election(Base):
    """One election by secret ballot (bầu cử): what it fills and how many seats."""

    __tablename__ = "election"
    __table_args__ = (
        CheckConstraint("seats >= 1", name="seats"),
        CheckConstraint("alternates >= 0", name="alternates"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    target: Mapped[str] = mapped_column(String(32))  # committee, cell_secretary, ...
    title: Mapped[str] = mapped_column(Text)
    seats: Mapped[int] = mapped_column(Integer)
    position: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16))
    # Delegates only: alternates (dự khuyết) elected from the same list (190 Điều 18).
    alternates: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # The show-of-hands vote approving the list (docs/domain/rules.md 4.2).
    list_vote_id: Mapped[int | None] = mapped_column(ForeignKey("vote.id", ondelete="SET NULL"))
    # Bí thư appointed by the superior committee after three failed rounds
    # (docs/domain/rules.md 4.1).
    appointed_member_id: Mapped[int | None] = mapped_column(
        ForeignKey("member.id", ondelete="RESTRICT")
    )
    appointed_note: Mapped[str] = mapped_column(Text, default="", server_default="")
    ratified_on: Mapped[str | None] = mapped_column(String(10))  # ISO date of the chuẩn y
    ratified_note: Mapped[str] = mapped_column(Text, default="", server_default="")


class ElectionRound(Base):
    """One round (lần bầu) of an election: its own list, ballots, base and count.

    The majority base with its breakdown and the full members present are frozen
    when the ballots are issued (``held_at``), like a show-of-hands vote.
    """

    __tablename__ = "election_round"
    __table_args__ = (
        UniqueConstraint("election_id", "round_no"),
        CheckConstraint("seats >= 1 AND issued >= 0", name="counts"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    election_id: Mapped[int] = mapped_column(ForeignKey("election.id", ondelete="CASCADE"))
    round_no: Mapped[int] = mapped_column(Integer)
    seats: Mapped[int] = mapped_column(Integer)  # the seats still open in this round
    form: Mapped[str] = mapped_column(String(16))  # surplus | no_surplus
    congress_allowed_more: Mapped[bool] = mapped_column(Boolean, default=False)
    single_unmarked_invalid: Mapped[bool] = mapped_column(Boolean, default=True)
    issued: Mapped[int | None] = mapped_column(Integer)  # phiếu phát ra
    held_at: Mapped[str | None] = mapped_column(String(32))  # local ISO time of the issue
    # The base frozen at the issue (``FrozenBase``), NULL until then.
    frozen_base_id: Mapped[int | None] = mapped_column(ForeignKey("frozen_base.id"))
    alternates: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    reason: Mapped[str | None] = mapped_column(String(16))  # None, "tie", "open_seats"
    entry_mode: Mapped[str] = mapped_column(String(16), default="ballots", server_default="ballots")
    # Totals typed from a paper tally sheet (entry_mode "totals"), as JSON.
    totals_json: Mapped[str | None] = mapped_column(Text)
    second_pass_finished: Mapped[bool] = mapped_column(
        Boolean, default=False, server_default=sa_false()
    )
    announced_at: Mapped[str | None] = mapped_column(String(32))  # local ISO time
    # Why fewer ballots were issued than full members present ("left_hall",
    # "declined" or the secretary's words); "" when they match (docs/domain/rules.md 4.6).
    fewer_ballots_reason: Mapped[str] = mapped_column(Text, default="", server_default="")


class Candidate(Base):
    """A name on a round's ballot; ``position`` is the ballot order (190-QĐ/TW Điều 14)."""

    __tablename__ = "candidate"
    __table_args__ = (UniqueConstraint("round_id", "member_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("election_round.id", ondelete="CASCADE"))
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="RESTRICT"), index=True)
    position: Mapped[int] = mapped_column(Integer)


class Teller(Base):
    """A member of the vote-counting committee (Ban kiểm phiếu) of one round."""

    __tablename__ = "teller"
    round_id: Mapped[int] = mapped_column(
        ForeignKey("election_round.id", ondelete="CASCADE"), primary_key=True
    )
    member_id: Mapped[int] = mapped_column(
        ForeignKey("member.id", ondelete="RESTRICT"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer)  # 1 = trưởng ban


class BallotPaper(Base):
    """One ballot paper as the tellers read it, with the verdict given at entry.

    ``chosen_json`` (surplus form: a JSON list of member ids left unstruck) or
    ``marks_json`` (no-surplus form: JSON ``{member_id: mark}``). ``valid`` and
    ``reason`` are kept for the record; the count is recomputed from the reading.
    """

    __tablename__ = "ballot"
    __table_args__ = (
        UniqueConstraint("round_id", "pass_no", "serial"),
        CheckConstraint("serial >= 1", name="serial"),
        CheckConstraint("(chosen_json IS NULL) != (marks_json IS NULL)", name="one_reading"),
        CheckConstraint("pass_no IN (1, 2)", name="pass_no"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("election_round.id", ondelete="CASCADE"))
    # 1 = the count; 2 = the blind second pass of the same stack (never counted).
    pass_no: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    serial: Mapped[int] = mapped_column(Integer)
    entered_at: Mapped[str] = mapped_column(String(32))  # local ISO time
    actor: Mapped[str] = mapped_column(Text, default="")
    chosen_json: Mapped[str | None] = mapped_column(Text)
    marks_json: Mapped[str | None] = mapped_column(Text)
    not_issued: Mapped[bool] = mapped_column(Boolean, default=False)
    write_in: Mapped[bool] = mapped_column(Boolean, default=False)
    identifying_mark: Mapped[bool] = mapped_column(Boolean, default=False)
    other_reason: Mapped[str | None] = mapped_column(String(64))
    valid: Mapped[bool] = mapped_column(Boolean)
    reason: Mapped[str | None] = mapped_column(String(64))


# --- Elections II: nominations and double-entry resolutions (issue 6) ------------------


class Nomination(Base):
    """A name proposed for an election's list (190-QĐ/TW Điều 14; docs/domain/rules.md 4.2).

    ``source``: convening (the convening committee), floor or self. A floor or
    self nominee is ``proposed`` until the agreement count (``agree`` of
    ``attending``) admits it (more than 30 %) or not. A withdrawal is decided by a
    show of hands (``withdrawal_yes`` / ``withdrawal_no`` against
    ``withdrawal_base``); ``position`` is the order the names were proposed in.
    """

    __tablename__ = "nomination"
    __table_args__ = (UniqueConstraint("election_id", "member_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    election_id: Mapped[int] = mapped_column(ForeignKey("election.id", ondelete="CASCADE"))
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="RESTRICT"), index=True)
    source: Mapped[str] = mapped_column(String(16))
    proposer: Mapped[str] = mapped_column(Text, default="")
    agree: Mapped[int | None] = mapped_column(Integer)
    attending: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16))
    withdrawal_reason: Mapped[str] = mapped_column(Text, default="")
    withdrawal_yes: Mapped[int | None] = mapped_column(Integer)
    withdrawal_no: Mapped[int | None] = mapped_column(Integer)
    withdrawal_base: Mapped[int | None] = mapped_column(Integer)
    position: Mapped[int] = mapped_column(Integer)


class BallotResolution(Base):
    """A double-entry mismatch settled by looking at the paper (issue 6, blind double entry).

    ``first_json`` / ``second_json`` are the two readings as they were (the papers
    whole, for undo); ``result_json`` is the reading taken from the paper, which
    replaced both.
    """

    __tablename__ = "ballot_resolution"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    round_id: Mapped[int] = mapped_column(
        ForeignKey("election_round.id", ondelete="CASCADE"), index=True
    )
    serial: Mapped[int] = mapped_column(Integer)
    resolved_at: Mapped[str] = mapped_column(String(32))  # local ISO time
    actor: Mapped[str] = mapped_column(Text, default="")
    first_json: Mapped[str | None] = mapped_column(Text)
    second_json: Mapped[str | None] = mapped_column(Text)
    result_json: Mapped[str] = mapped_column(Text)
    note: Mapped[str] = mapped_column(Text, default="")


# --- Minutes and closing (issue 8) -----------------------------------------------------


class MinutesSection(Base):
    """The secretary's own text of one section of the congress minutes.

    Only edited sections have a row; the others are generated from the data each
    time. ``base_text_hash`` is the SHA-256 of the generated text when the edit
    was made, so a later change of the data under an edit can be shown.
    """

    __tablename__ = "minutes_section"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    edited_at: Mapped[str] = mapped_column(String(32))  # local ISO time
    base_text_hash: Mapped[str] = mapped_column(String(64))


class Closing(Base):
    """The congress closed (record frozen) while ``closed_at`` is set; id is always 1.

    Reopenings and their reasons are in the journal (action ``congress.reopen``).
    """

    __tablename__ = "closing"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    closed_at: Mapped[str | None] = mapped_column(String(32))  # local ISO time


class BodySeat(Base):
    """A member of a working body (``domain.Body``); position 1 presides and signs."""

    __tablename__ = "body_seat"
    body: Mapped[str] = mapped_column(String(16), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="RESTRICT"), index=True)


# --- resolution (issue 7: sections, targets, versions, amendments) --------------------


class ResolutionSection(Base):
    """A section of the working draft: the preamble, a point (1.) or a sub-point (a)).

    Ids are never reused (AUTOINCREMENT): versions and amendments keep them, so
    an undo or a restored version brings a section back under its own id.
    """

    __tablename__ = "resolution_section"
    __table_args__ = ({"sqlite_autoincrement": True},)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("resolution_section.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(16))  # preamble | point | subpoint
    position: Mapped[int] = mapped_column(Integer)  # among its siblings
    code: Mapped[str] = mapped_column(String(32), default="")  # default-draft section or ""
    title: Mapped[str] = mapped_column(Text, default="")
    text: Mapped[str] = mapped_column(Text, default="")
    auto: Mapped[bool] = mapped_column(Boolean, default=False)  # text follows the elections


class ResolutionTarget(Base):
    """A target (chỉ tiêu) of a section: text, figure (a decimal string) and unit."""

    __tablename__ = "resolution_target"
    __table_args__ = ({"sqlite_autoincrement": True},)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    section_id: Mapped[int] = mapped_column(
        ForeignKey("resolution_section.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    figure: Mapped[str | None] = mapped_column(String(32))  # "100", "12.5"; NULL: none
    unit: Mapped[str] = mapped_column(String(32), default="")


class ResolutionVersion(Base):
    """A frozen snapshot of the whole draft (JSON); never overwritten."""

    __tablename__ = "resolution_version"
    __table_args__ = (UniqueConstraint("number"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    created_at: Mapped[str] = mapped_column(String(32))  # local ISO time
    content_json: Mapped[str] = mapped_column(Text)
    adopted: Mapped[bool] = mapped_column(Boolean, default=False)
    adoption_vote_id: Mapped[int | None] = mapped_column(ForeignKey("vote.id", ondelete="SET NULL"))
    # Why the congress lifted this version's adoption ("" when it was not reopened).
    reopen_reason: Mapped[str] = mapped_column(Text, default="", server_default="")


class Amendment(Base):
    """A remark on the draft (ý kiến góp ý) and its fate.

    ``section_id`` and ``target_id`` carry no foreign key on purpose: a removed
    section keeps its id (never reused), so undo or a restored version relinks
    the amendment; ``place`` and ``original`` keep the words of where it was.
    """

    __tablename__ = "amendment"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    section_id: Mapped[int | None] = mapped_column(Integer)
    target_id: Mapped[int | None] = mapped_column(Integer)
    place: Mapped[str] = mapped_column(Text, default="")
    original: Mapped[str] = mapped_column(Text, default="")
    speech_id: Mapped[int | None] = mapped_column(ForeignKey("speech.id", ondelete="SET NULL"))
    proposer: Mapped[str] = mapped_column(Text, default="")
    # What the speaker said (the record of the remark); never written into the draft.
    remark: Mapped[str] = mapped_column(Text, default="", server_default="")
    # The wording that would replace the point or the target ("": no new wording).
    proposed_text: Mapped[str] = mapped_column(Text, default="")
    proposed_figure: Mapped[str | None] = mapped_column(String(32))
    fate: Mapped[str] = mapped_column(String(16))  # pending | accepted | explained | voted
    answer: Mapped[str] = mapped_column(Text, default="")
    vote_id: Mapped[int | None] = mapped_column(ForeignKey("vote.id", ondelete="SET NULL"))
    created_at: Mapped[str] = mapped_column(String(32))
    decided_at: Mapped[str | None] = mapped_column(String(32))
    applied: Mapped[bool] = mapped_column(Boolean, default=False)


# --- Counting stations and their stacks (issue 20 §3) ---------------------------------


class Station(Base):
    """A counting computer (máy kiểm phiếu) with its own server login.

    ``login`` is the PostgreSQL role the station connects as
    (``secretariat.station_roles``); the database lets that role touch only the
    papers of the stacks and passes assigned to it.
    """

    __tablename__ = "station"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    login: Mapped[str] = mapped_column(String(63), unique=True)


class BallotStack(Base):
    """A stack (xấp phiếu): papers ``first``..``last`` of a round, keyed blind twice.

    The first pass by ``first_station_id``, the second by another station
    (two independent entries by two typists; docs/domain/rules.md 4.3).
    """

    __tablename__ = "ballot_stack"
    __table_args__ = (
        CheckConstraint("first >= 1 AND last >= first", name="range"),
        CheckConstraint("first_station_id != second_station_id", name="two_stations"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    round_id: Mapped[int] = mapped_column(
        ForeignKey("election_round.id", ondelete="CASCADE"), index=True
    )
    first: Mapped[int] = mapped_column(Integer)
    last: Mapped[int] = mapped_column(Integer)
    first_station_id: Mapped[int] = mapped_column(ForeignKey("station.id", ondelete="RESTRICT"))
    second_station_id: Mapped[int] = mapped_column(ForeignKey("station.id", ondelete="RESTRICT"))
