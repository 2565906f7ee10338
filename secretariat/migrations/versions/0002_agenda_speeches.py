"""Agenda items and speeches.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "agenda_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(32), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("presenter", sa.Text(), nullable=False),
        sa.Column("planned_minutes", sa.Integer(), nullable=False),
        sa.Column("needs_vote", sa.Boolean(), nullable=False),
        sa.Column("started_at", sa.String(32), nullable=True),
        sa.Column("ended_at", sa.String(32), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_agenda_item"),
    )
    op.create_table(
        "speech",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agenda_item_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=True),
        sa.Column("guest_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("section", sa.Text(), nullable=False),
        sa.Column("limit_seconds", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.String(32), nullable=True),
        sa.Column("ended_at", sa.String(32), nullable=True),
        sa.Column("running_since", sa.String(32), nullable=True),
        sa.Column("elapsed_seconds", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "(member_id IS NULL) != (guest_id IS NULL)", name="ck_speech_one_speaker"
        ),
        sa.ForeignKeyConstraint(
            ["agenda_item_id"],
            ["agenda_item.id"],
            name="fk_speech_agenda_item_id_agenda_item",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name="fk_speech_member_id_member", ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["guest_id"], ["guest.id"], name="fk_speech_guest_id_guest", ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_speech"),
    )
    op.create_index("ix_speech_agenda_item_id", "speech", ["agenda_item_id"])


def downgrade() -> None:
    op.drop_index("ix_speech_agenda_item_id", table_name="speech")
    op.drop_table("speech")
    op.drop_table("agenda_item")
