"""Alembic environment: migrations run on the vault's own keyed connection.

The app passes that connection in ``config.attributes["connection"]``; the
command line (for writing migrations) falls back to the scratch URL.
"""
from __future__ import annotations

from alembic import context
from sqlalchemy import engine_from_config, pool

from app.core.models import Base

config = context.config
target_metadata = Base.metadata


def include_object(obj, name, type_, reflected, compare_to) -> bool:  # type: ignore[no-untyped-def]
    """FTS5 tables (and their shadow tables) are made by hand in migrations."""
    return not (type_ == "table" and name.startswith("session_fts"))


def run_with(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(connection=connection, target_metadata=target_metadata,
                      render_as_batch=True, include_object=include_object)
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    run_with(connection)
else:
    engine = engine_from_config(config.get_section(config.config_ini_section) or {},
                                prefix="sqlalchemy.", poolclass=pool.NullPool)
    with engine.connect() as conn:
        run_with(conn)
