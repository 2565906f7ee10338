"""Show-of-hands votes with the majority base frozen when held.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
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


def upgrade() -> None:
    op.create_table(
        "vote",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agenda_item_id", sa.Integer(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("yes", sa.Integer(), nullable=True),
        sa.Column("no", sa.Integer(), nullable=True),
        sa.Column("other", sa.Integer(), nullable=True),
        sa.Column("held_at", sa.String(32), nullable=True),
        *(sa.Column(name, sa.Integer(), nullable=True) for name in _FROZEN),
        sa.Column("note", sa.Text(), nullable=False),
        sa.CheckConstraint("yes >= 0 AND no >= 0 AND other >= 0", name="ck_vote_counts"),
        sa.ForeignKeyConstraint(
            ["agenda_item_id"],
            ["agenda_item.id"],
            name="fk_vote_agenda_item_id_agenda_item",
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_vote"),
    )
    op.create_index("ix_vote_agenda_item_id", "vote", ["agenda_item_id"])


def downgrade() -> None:
    op.drop_index("ix_vote_agenda_item_id", table_name="vote")
    op.drop_table("vote")
