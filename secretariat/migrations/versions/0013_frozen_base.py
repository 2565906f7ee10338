"""The frozen majority base stored once (issue 15 §4; 190-QĐ/TW Điều 30 khoản 2).

Until now the base, its breakdown and the full members present were seven plus
one columns on both ``vote`` and ``election_round``. They move to one table,
``frozen_base``, which a held vote and an issued round refer to
(``frozen_base_id``); every held vote and issued round keeps exactly its numbers,
with the moment of the measure (``at``) taken from its ``held_at``.

Revision ID: 0013_frozen
Revises: 0012_stations
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013_frozen"
down_revision = "0012_stations"
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
_TABLES = ("vote", "election_round")


def _fk(table: str) -> str:
    return f"fk_{table}_frozen_base_id_frozen_base"


def upgrade() -> None:
    op.create_table(
        "frozen_base",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.String(32), nullable=False),
        *(sa.Column(name, sa.Integer(), nullable=False) for name in _FROZEN),
        sa.PrimaryKeyConstraint("id", name="pk_frozen_base"),
    )
    conn = op.get_bind()
    for table in _TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("frozen_base_id", sa.Integer(), nullable=True))
            batch.create_foreign_key(_fk(table), "frozen_base", ["frozen_base_id"], ["id"])
        numbers = ", ".join(f"COALESCE({name}, 0)" for name in _FROZEN)
        rows = conn.execute(
            sa.text(
                f"SELECT id, COALESCE(held_at, ''), {numbers} FROM {table}"
                " WHERE base IS NOT NULL ORDER BY id"
            )
        ).all()
        for row_id, at, *values in rows:
            # The next id by hand: portable (no lastrowid on a server), one row at a time.
            frozen_id = conn.execute(
                sa.text("SELECT COALESCE(MAX(id), 0) + 1 FROM frozen_base")
            ).scalar_one()
            conn.execute(
                sa.text(
                    f"INSERT INTO frozen_base (id, at, {', '.join(_FROZEN)})"
                    f" VALUES (:id, :at, {', '.join(':' + n for n in _FROZEN)})"
                ),
                {"id": frozen_id, "at": at, **dict(zip(_FROZEN, values, strict=True))},
            )
            conn.execute(
                sa.text(f"UPDATE {table} SET frozen_base_id = :f WHERE id = :id"),
                {"f": frozen_id, "id": row_id},
            )
        with op.batch_alter_table(table) as batch:
            for name in _FROZEN:
                batch.drop_column(name)
    if conn.dialect.name == "postgresql":  # ids given by hand: the sequence follows them
        conn.execute(
            sa.text(
                "SELECT setval(pg_get_serial_sequence('frozen_base', 'id'),"
                " COALESCE(MAX(id), 0) + 1, false) FROM frozen_base"
            )
        )


def downgrade() -> None:
    conn = op.get_bind()
    for table in _TABLES:
        with op.batch_alter_table(table) as batch:
            for name in _FROZEN:
                batch.add_column(sa.Column(name, sa.Integer(), nullable=True))
        for name in _FROZEN:
            conn.execute(
                sa.text(
                    f"UPDATE {table} SET {name} = (SELECT f.{name} FROM frozen_base f"
                    f" WHERE f.id = {table}.frozen_base_id)"
                )
            )
        with op.batch_alter_table(table) as batch:
            batch.drop_constraint(_fk(table), type_="foreignkey")
            batch.drop_column("frozen_base_id")
    op.drop_table("frozen_base")
