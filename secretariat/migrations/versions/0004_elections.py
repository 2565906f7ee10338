"""Elections by secret ballot: rounds, candidates, tellers and ballot papers.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_FROZEN = (
    "base",
    "base_full_summoned",
    "base_temporary_out",
    "base_exempt_not_present",
    "base_suspended",
    "base_excused",
    "base_absent_throughout",
    "voters_present",
)


def _round_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["round_id"],
        ["election_round.id"],
        name=f"fk_{table}_round_id_election_round",
        ondelete="CASCADE",
    )


def _member_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["member_id"],
        ["member.id"],
        name=f"fk_{table}_member_id_member",
        ondelete="RESTRICT",
    )


def upgrade() -> None:
    op.create_table(
        "election",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("target", sa.String(32), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("seats", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.CheckConstraint("seats >= 1", name="ck_election_seats"),
        sa.PrimaryKeyConstraint("id", name="pk_election"),
    )
    op.create_table(
        "election_round",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("election_id", sa.Integer(), nullable=False),
        sa.Column("round_no", sa.Integer(), nullable=False),
        sa.Column("seats", sa.Integer(), nullable=False),
        sa.Column("form", sa.String(16), nullable=False),
        sa.Column("congress_allowed_more", sa.Boolean(), nullable=False),
        sa.Column("single_unmarked_invalid", sa.Boolean(), nullable=False),
        sa.Column("issued", sa.Integer(), nullable=True),
        sa.Column("held_at", sa.String(32), nullable=True),
        *(sa.Column(name, sa.Integer(), nullable=True) for name in _FROZEN),
        sa.CheckConstraint("seats >= 1 AND issued >= 0", name="ck_election_round_counts"),
        sa.ForeignKeyConstraint(
            ["election_id"],
            ["election.id"],
            name="fk_election_round_election_id_election",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_election_round"),
        sa.UniqueConstraint("election_id", "round_no", name="uq_election_round_election_id"),
    )
    op.create_table(
        "candidate",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        _round_fk("candidate"),
        _member_fk("candidate"),
        sa.PrimaryKeyConstraint("id", name="pk_candidate"),
        sa.UniqueConstraint("round_id", "member_id", name="uq_candidate_round_id"),
    )
    op.create_index("ix_candidate_member_id", "candidate", ["member_id"])
    op.create_table(
        "teller",
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        _round_fk("teller"),
        _member_fk("teller"),
        sa.PrimaryKeyConstraint("round_id", "member_id", name="pk_teller"),
    )
    op.create_table(
        "ballot",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("serial", sa.Integer(), nullable=False),
        sa.Column("entered_at", sa.String(32), nullable=False),
        sa.Column("actor", sa.Text(), nullable=False),
        sa.Column("chosen_json", sa.Text(), nullable=True),
        sa.Column("marks_json", sa.Text(), nullable=True),
        sa.Column("not_issued", sa.Boolean(), nullable=False),
        sa.Column("write_in", sa.Boolean(), nullable=False),
        sa.Column("identifying_mark", sa.Boolean(), nullable=False),
        sa.Column("other_reason", sa.String(64), nullable=True),
        sa.Column("valid", sa.Boolean(), nullable=False),
        sa.Column("reason", sa.String(64), nullable=True),
        sa.CheckConstraint("serial >= 1", name="ck_ballot_serial"),
        sa.CheckConstraint(
            "(chosen_json IS NULL) != (marks_json IS NULL)", name="ck_ballot_one_reading"
        ),
        _round_fk("ballot"),
        sa.PrimaryKeyConstraint("id", name="pk_ballot"),
        sa.UniqueConstraint("round_id", "serial", name="uq_ballot_round_id"),
    )


def downgrade() -> None:
    op.drop_table("ballot")
    op.drop_table("teller")
    op.drop_index("ix_candidate_member_id", table_name="candidate")
    op.drop_table("candidate")
    op.drop_table("election_round")
    op.drop_table("election")
