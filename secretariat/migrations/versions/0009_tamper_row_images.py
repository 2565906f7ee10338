"""Journal lines carry the row images of their action and the state digest after it.

Both are NULL on the lines written before; the first action after this revision
records the whole state as a baseline line (``journal.baseline``), and ``verify``
checks the state from there (docs/tamper-evidence.md).

Revision ID: 0009_tamper
Revises: 0008
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009_tamper"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN (not batch mode): the journal is not recreated, so its
    # append-only triggers and its lines stay exactly as they are.
    op.add_column("journal", sa.Column("images", sa.Text(), nullable=True))
    op.add_column("journal", sa.Column("state", sa.String(64), nullable=True))


def downgrade() -> None:
    op.execute("ALTER TABLE journal DROP COLUMN state")
    op.execute("ALTER TABLE journal DROP COLUMN images")
