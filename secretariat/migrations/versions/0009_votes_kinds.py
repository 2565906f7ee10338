"""What a vote decides (its kind) and why fewer ballots were issued than present.

Revision ID: 0009_votes
Revises: 0008
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009_votes"
down_revision = "0009_tamper"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("vote") as batch:
        batch.add_column(sa.Column("kind", sa.String(32), nullable=False, server_default=""))
    with op.batch_alter_table("election_round") as batch:
        batch.add_column(
            sa.Column("fewer_ballots_reason", sa.Text(), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("election_round") as batch:
        batch.drop_column("fewer_ballots_reason")
    with op.batch_alter_table("vote") as batch:
        batch.drop_column("kind")
