"""Schema migrations (Alembic, in ``db/``), applied when a vault opens.

Start-up stays cheap: Alembic is imported only when the vault's recorded
revision differs from ``SCHEMA_HEAD`` (a test keeps the two in step).
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # SCHEMA_HEAD and ``revision_of`` are read before SQLAlchemy is loaded
    from sqlalchemy.engine import Engine

SCHEMA_HEAD = "0005"


def migrations_dir() -> Path:
    """``db/`` at the project root (or bundled beside ``app`` by packaging)."""
    here = Path(__file__).resolve()
    for parent in here.parents:
        candidate = parent / "db"
        if (candidate / "env.py").is_file():
            return candidate
    raise FileNotFoundError("the db/ migrations folder is missing from this installation")


def revision_of(conn: Any) -> str | None:
    """The schema revision a driver (DB-API) connection's vault records, or None."""
    if not conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'").fetchone():
        return None
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else None


def current_revision(engine: Engine) -> str | None:
    from sqlalchemy import text

    with engine.connect() as conn:
        exists = conn.execute(text(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'")).first()
        if not exists:
            return None
        row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
        return row[0] if row else None


def alembic_config():  # type: ignore[no-untyped-def]
    from alembic.config import Config

    folder = migrations_dir()
    config = Config()
    config.set_main_option("script_location", str(folder))
    return config


def upgrade(engine: Engine, target: str = "head") -> None:
    """Bring the vault to ``target`` (default: the newest schema)."""
    if target == "head" and current_revision(engine) == SCHEMA_HEAD:
        return
    from alembic import command

    config = alembic_config()
    with engine.connect() as conn:
        # Batch migrations rebuild a table (copy, DROP, rename). With foreign
        # keys on, SQLite's DROP TABLE first runs the ON DELETE actions of the
        # rows it drops (CASCADE would empty session notes), so they are off
        # for the migration, checked before commit and back on afterwards.
        # The pragma only takes effect outside a transaction, hence the commits.
        conn.exec_driver_sql("PRAGMA foreign_keys = OFF")
        conn.commit()
        try:
            if conn.exec_driver_sql("PRAGMA foreign_keys").scalar():
                raise RuntimeError("foreign keys could not be switched off for the migration")
            conn.commit()
            with conn.begin():
                # An explicit BEGIN: the driver would only open a transaction at the
                # first INSERT/UPDATE, leaving earlier DDL committed on a failure.
                conn.exec_driver_sql("BEGIN")
                config.attributes["connection"] = conn
                command.upgrade(config, target)
                if conn.exec_driver_sql("PRAGMA foreign_key_check").first() is not None:
                    raise RuntimeError("the migrated vault has broken references; nothing was changed")
        finally:
            conn.exec_driver_sql("PRAGMA foreign_keys = ON")
            conn.commit()


def head_revision() -> str:
    """Alembic's own idea of the newest revision (used by a test)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head() or ""
