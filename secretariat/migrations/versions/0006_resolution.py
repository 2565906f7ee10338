"""Resolution: sections, targets, versions and amendments.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def _fk(table: str, column: str, referred: str, ondelete: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column],
        [f"{referred}.id"],
        name=f"fk_{table}_{column}_{referred}",
        ondelete=ondelete,
    )


def upgrade() -> None:
    # AUTOINCREMENT: section and target ids are never reused (versions and
    # amendments keep them).
    op.create_table(
        "resolution_section",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(32), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("auto", sa.Boolean(), nullable=False),
        _fk("resolution_section", "parent_id", "resolution_section", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name="pk_resolution_section"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_resolution_section_parent_id", "resolution_section", ["parent_id"])
    op.create_table(
        "resolution_target",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("section_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("figure", sa.String(32), nullable=True),
        sa.Column("unit", sa.String(32), nullable=False),
        _fk("resolution_target", "section_id", "resolution_section", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name="pk_resolution_target"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_resolution_target_section_id", "resolution_target", ["section_id"])
    op.create_table(
        "resolution_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("content_json", sa.Text(), nullable=False),
        sa.Column("adopted", sa.Boolean(), nullable=False),
        sa.Column("adoption_vote_id", sa.Integer(), nullable=True),
        _fk("resolution_version", "adoption_vote_id", "vote", "SET NULL"),
        sa.PrimaryKeyConstraint("id", name="pk_resolution_version"),
        sa.UniqueConstraint("number", name="uq_resolution_version_number"),
    )
    op.create_table(
        "amendment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("section_id", sa.Integer(), nullable=True),
        sa.Column("target_id", sa.Integer(), nullable=True),
        sa.Column("place", sa.Text(), nullable=False),
        sa.Column("original", sa.Text(), nullable=False),
        sa.Column("speech_id", sa.Integer(), nullable=True),
        sa.Column("proposer", sa.Text(), nullable=False),
        sa.Column("proposed_text", sa.Text(), nullable=False),
        sa.Column("proposed_figure", sa.String(32), nullable=True),
        sa.Column("fate", sa.String(16), nullable=False),
        sa.Column("answer", sa.Text(), nullable=False),
        sa.Column("vote_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("decided_at", sa.String(32), nullable=True),
        sa.Column("applied", sa.Boolean(), nullable=False),
        _fk("amendment", "speech_id", "speech", "SET NULL"),
        _fk("amendment", "vote_id", "vote", "SET NULL"),
        sa.PrimaryKeyConstraint("id", name="pk_amendment"),
    )


def downgrade() -> None:
    op.drop_table("amendment")
    op.drop_table("resolution_version")
    op.drop_index("ix_resolution_target_section_id", table_name="resolution_target")
    op.drop_table("resolution_target")
    op.drop_index("ix_resolution_section_parent_id", table_name="resolution_section")
    op.drop_table("resolution_section")
