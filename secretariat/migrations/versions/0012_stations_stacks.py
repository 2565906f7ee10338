"""Counting stations and the stacks of papers they key (issue 20 §3).

Revision ID: 0012_stations
Revises: 0011_reopen
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012_stations"
down_revision = "0011_reopen"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "station",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("login", sa.String(length=63), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_station")),
        sa.UniqueConstraint("login", name=op.f("uq_station_login")),
        sa.UniqueConstraint("name", name=op.f("uq_station_name")),
    )
    op.create_table(
        "ballot_stack",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("first", sa.Integer(), nullable=False),
        sa.Column("last", sa.Integer(), nullable=False),
        sa.Column("first_station_id", sa.Integer(), nullable=False),
        sa.Column("second_station_id", sa.Integer(), nullable=False),
        sa.CheckConstraint("first >= 1 AND last >= first", name=op.f("ck_ballot_stack_range")),
        sa.CheckConstraint(
            "first_station_id != second_station_id", name=op.f("ck_ballot_stack_two_stations")
        ),
        sa.ForeignKeyConstraint(
            ["round_id"],
            ["election_round.id"],
            name=op.f("fk_ballot_stack_round_id_election_round"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["first_station_id"],
            ["station.id"],
            name=op.f("fk_ballot_stack_first_station_id_station"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["second_station_id"],
            ["station.id"],
            name=op.f("fk_ballot_stack_second_station_id_station"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ballot_stack")),
    )
    op.create_index(op.f("ix_ballot_stack_round_id"), "ballot_stack", ["round_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_ballot_stack_round_id"), table_name="ballot_stack")
    op.drop_table("ballot_stack")
    op.drop_table("station")
