"""Alembic revisions of the congress file schema (run in batch mode)."""
