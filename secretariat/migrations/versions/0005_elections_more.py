"""Elections II: nominations, withdrawals, list approval, double entry, totals, ratification.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# Reflected names are kept as they are (without this, batch mode would put the
# naming convention's prefix on every reflected CHECK constraint a second time).
_NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def _batch(table: str) -> Any:
    return op.batch_alter_table(table, naming_convention=_NAMING)


def upgrade() -> None:
    with _batch("election") as batch:
        batch.add_column(sa.Column("alternates", sa.Integer(), nullable=False, server_default="0"))
        batch.add_column(sa.Column("list_vote_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("appointed_member_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("appointed_note", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("ratified_on", sa.String(10), nullable=True))
        batch.add_column(sa.Column("ratified_note", sa.Text(), nullable=False, server_default=""))
        batch.create_check_constraint(op.f("ck_election_alternates"), "alternates >= 0")
        batch.create_foreign_key(
            "fk_election_list_vote_id_vote", "vote", ["list_vote_id"], ["id"], ondelete="SET NULL"
        )
        batch.create_foreign_key(
            "fk_election_appointed_member_id_member",
            "member",
            ["appointed_member_id"],
            ["id"],
            ondelete="RESTRICT",
        )
    with _batch("election_round") as batch:
        batch.add_column(sa.Column("alternates", sa.Integer(), nullable=False, server_default="0"))
        batch.add_column(sa.Column("reason", sa.String(16), nullable=True))
        batch.add_column(
            sa.Column("entry_mode", sa.String(16), nullable=False, server_default="ballots")
        )
        batch.add_column(sa.Column("totals_json", sa.Text(), nullable=True))
        batch.add_column(
            sa.Column(
                "second_pass_finished", sa.Boolean(), nullable=False, server_default=sa.false()
            )
        )
        batch.add_column(sa.Column("announced_at", sa.String(32), nullable=True))
    with _batch("ballot") as batch:
        batch.add_column(sa.Column("pass_no", sa.Integer(), nullable=False, server_default="1"))
        batch.drop_constraint("uq_ballot_round_id", type_="unique")
        batch.create_unique_constraint("uq_ballot_round_id", ["round_id", "pass_no", "serial"])
        batch.create_check_constraint(op.f("ck_ballot_pass_no"), "pass_no IN (1, 2)")
    op.create_table(
        "nomination",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("election_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(16), nullable=False),
        sa.Column("proposer", sa.Text(), nullable=False),
        sa.Column("agree", sa.Integer(), nullable=True),
        sa.Column("attending", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("withdrawal_reason", sa.Text(), nullable=False),
        sa.Column("withdrawal_yes", sa.Integer(), nullable=True),
        sa.Column("withdrawal_no", sa.Integer(), nullable=True),
        sa.Column("withdrawal_base", sa.Integer(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["election_id"],
            ["election.id"],
            name="fk_nomination_election_id_election",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name="fk_nomination_member_id_member", ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_nomination"),
        sa.UniqueConstraint("election_id", "member_id", name="uq_nomination_election_id"),
    )
    op.create_index("ix_nomination_member_id", "nomination", ["member_id"])
    op.create_table(
        "ballot_resolution",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("serial", sa.Integer(), nullable=False),
        sa.Column("resolved_at", sa.String(32), nullable=False),
        sa.Column("actor", sa.Text(), nullable=False),
        sa.Column("first_json", sa.Text(), nullable=True),
        sa.Column("second_json", sa.Text(), nullable=True),
        sa.Column("result_json", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["round_id"],
            ["election_round.id"],
            name="fk_ballot_resolution_round_id_election_round",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_ballot_resolution"),
    )
    op.create_index("ix_ballot_resolution_round_id", "ballot_resolution", ["round_id"])


def downgrade() -> None:
    op.drop_index("ix_ballot_resolution_round_id", table_name="ballot_resolution")
    op.drop_table("ballot_resolution")
    op.drop_index("ix_nomination_member_id", table_name="nomination")
    op.drop_table("nomination")
    with _batch("ballot") as batch:
        batch.drop_constraint(op.f("ck_ballot_pass_no"), type_="check")
        batch.drop_constraint("uq_ballot_round_id", type_="unique")
        batch.create_unique_constraint("uq_ballot_round_id", ["round_id", "serial"])
        batch.drop_column("pass_no")
    with _batch("election_round") as batch:
        for name in (
            "announced_at",
            "second_pass_finished",
            "totals_json",
            "entry_mode",
            "reason",
            "alternates",
        ):
            batch.drop_column(name)
    with _batch("election") as batch:
        batch.drop_constraint("fk_election_appointed_member_id_member", type_="foreignkey")
        batch.drop_constraint("fk_election_list_vote_id_vote", type_="foreignkey")
        batch.drop_constraint(op.f("ck_election_alternates"), type_="check")
        for name in (
            "ratified_note",
            "ratified_on",
            "appointed_note",
            "appointed_member_id",
            "list_vote_id",
            "alternates",
        ):
            batch.drop_column(name)
