"""The congress's working bodies: presidium, secretariat, credentials committee.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "body_seat",
        sa.Column("body", sa.String(16), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["member.id"],
            name="fk_body_seat_member_id_member",
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("body", "position", name="pk_body_seat"),
    )
    op.create_index("ix_body_seat_member_id", "body_seat", ["member_id"])


def downgrade() -> None:
    op.drop_index("ix_body_seat_member_id", table_name="body_seat")
    op.drop_table("body_seat")
