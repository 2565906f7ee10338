"""An amendment's remark (what the speaker said) apart from its proposed wording.

Revision ID: 0010_record
Revises: 0009_votes
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010_record"
down_revision = "0009_votes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("amendment") as batch:
        batch.add_column(sa.Column("remark", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("amendment") as batch:
        batch.drop_column("remark")
