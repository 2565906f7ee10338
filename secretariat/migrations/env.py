"""Alembic environment: always run programmatically by ``secretariat.store``.

The store hands over an open connection (foreign keys off, as batch mode
recreates tables) through ``config.attributes["connection"]``.
"""

from __future__ import annotations

from alembic import context

from secretariat.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
