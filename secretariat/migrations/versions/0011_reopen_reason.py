"""Why an adopted resolution was reopened (issue 18 §1: the minutes say what for).

Revision ID: 0011_reopen
Revises: 0010_record
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011_reopen"
down_revision = "0010_record"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("resolution_version") as batch:
        batch.add_column(sa.Column("reopen_reason", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("resolution_version") as batch:
        batch.drop_column("reopen_reason")
