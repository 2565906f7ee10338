"""First schema: congress, sessions, roster, guests, attendance, journal.

Revision ID: 0001
Revises:
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "congress",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("superior_body", sa.Text(), nullable=False),
        sa.Column("cell_name", sa.Text(), nullable=False),
        sa.Column("ordinal", sa.String(16), nullable=False),
        sa.Column("term_start", sa.Integer(), nullable=True),
        sa.Column("term_end", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("venue", sa.Text(), nullable=False),
        sa.Column("place", sa.Text(), nullable=False),
        sa.Column("committee_origin", sa.String(16), nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_congress"),
    )
    op.create_table(
        "session",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("day", sa.String(10), nullable=True),
        sa.Column("start", sa.String(8), nullable=True),
        sa.Column("end", sa.String(8), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_session"),
    )
    op.create_table(
        "member",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("full_name", sa.Text(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("party_card_no", sa.String(32), nullable=False),
        sa.Column("birth_year", sa.Integer(), nullable=True),
        sa.Column("gender", sa.String(8), nullable=True),
        sa.Column("ethnicity", sa.Text(), nullable=False),
        sa.Column("position", sa.Text(), nullable=False),
        sa.Column("education", sa.Text(), nullable=False),
        sa.Column("theory_level", sa.Text(), nullable=False),
        sa.Column("exempt", sa.Boolean(), nullable=False),
        sa.Column("temporary_in", sa.Boolean(), nullable=False),
        sa.Column("temporary_out", sa.Boolean(), nullable=False),
        sa.Column("suspended", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.CheckConstraint("NOT (temporary_in AND temporary_out)", name="ck_member_one_attachment"),
        sa.PrimaryKeyConstraint("id", name="pk_member"),
    )
    op.create_index("ix_member_party_card_no", "member", ["party_card_no"])
    op.create_table(
        "guest",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("full_name", sa.Text(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("organisation", sa.Text(), nullable=False),
        sa.Column("superior_representative", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_guest"),
    )
    op.create_table(
        "attendance",
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["member.id"],
            name="fk_attendance_member_id_member",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["session.id"],
            name="fk_attendance_session_id_session",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("session_id", "member_id", name="pk_attendance"),
    )
    op.create_table(
        "movement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(4), nullable=False),
        sa.Column("at", sa.String(32), nullable=False),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["member.id"],
            name="fk_movement_member_id_member",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["session.id"],
            name="fk_movement_session_id_session",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_movement"),
    )
    op.create_index("ix_movement_member_id", "movement", ["member_id"])
    op.create_table(
        "setting",
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_setting"),
    )
    op.create_table(
        "journal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.String(32), nullable=False),
        sa.Column("actor", sa.Text(), nullable=False),
        sa.Column("action", sa.String(64), nullable=False),
        sa.Column("entity", sa.String(32), nullable=False),
        sa.Column("entity_id", sa.String(64), nullable=False),
        sa.Column("before", sa.Text(), nullable=True),
        sa.Column("after", sa.Text(), nullable=True),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_journal"),
        sa.UniqueConstraint("hash", name="uq_journal_hash"),
    )
    # The journal is append-only: the file itself refuses edits and deletions.
    if op.get_bind().dialect.name == "postgresql":
        # On a server: one function refusing, fired before UPDATE, DELETE and TRUNCATE.
        op.execute(
            "CREATE FUNCTION journal_append_only() RETURNS trigger LANGUAGE plpgsql AS "
            "$$BEGIN RAISE EXCEPTION 'journal is append-only'; END$$"
        )
        op.execute(
            "CREATE TRIGGER journal_no_update BEFORE UPDATE OR DELETE ON journal "
            "FOR EACH ROW EXECUTE FUNCTION journal_append_only()"
        )
        op.execute(
            "CREATE TRIGGER journal_no_truncate BEFORE TRUNCATE ON journal "
            "FOR EACH STATEMENT EXECUTE FUNCTION journal_append_only()"
        )
        return
    op.execute(
        "CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal "
        "BEGIN SELECT RAISE(ABORT, 'journal is append-only'); END"
    )
    op.execute(
        "CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal "
        "BEGIN SELECT RAISE(ABORT, 'journal is append-only'); END"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS journal_no_truncate ON journal")
        op.execute("DROP TRIGGER IF EXISTS journal_no_update ON journal")
        op.execute("DROP FUNCTION IF EXISTS journal_append_only()")
    else:
        op.execute("DROP TRIGGER IF EXISTS journal_no_delete")
        op.execute("DROP TRIGGER IF EXISTS journal_no_update")
    for table in ("journal", "setting", "movement", "attendance", "guest", "member"):
        op.drop_table(table)
    op.drop_table("session")
    op.drop_table("congress")
