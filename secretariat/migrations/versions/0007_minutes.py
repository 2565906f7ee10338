"""Congress minutes: edited sections and closing the congress.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "minutes_section",
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("edited_at", sa.String(32), nullable=False),
        sa.Column("base_text_hash", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_minutes_section"),
    )
    op.create_table(
        "closing",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("closed_at", sa.String(32), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_closing"),
    )


def downgrade() -> None:
    op.drop_table("closing")
    op.drop_table("minutes_section")
