"""Make the vault files of each released schema kept in ``tests/data/vaults/``.

    .venv/bin/python tests/data/make_vaults.py

Each ``schema-000N/`` holds a vault created at that Alembic revision (the
database and its key file) with a few rows of invented data, and
``master-key.hex``, the key that opens it (there is nothing to protect: the
data is made up). The key derivation is the light one tests use. A test opens
a copy of each at the newest schema and checks the rows came through; run this
again only when a new schema is released, adding its revision to ``SCHEMAS``
(files of released schemas never change).
"""
from __future__ import annotations

import shutil
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import MetaData, Table, insert, types
from sqlalchemy.engine import Connection

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from app.core.vault import KdfParams, Vault, migrate  # noqa: E402 - after the path is set
from app.core.vault.recovery import decode  # noqa: E402

VAULTS = Path(__file__).resolve().parent / "vaults"
SCHEMAS = ("0001", "0002", "0003", "0004", "0005")
PASSPHRASE = "correct horse battery staple 42"
WHEN = datetime(2025, 3, 4, 9, 30)

# What each schema's vault holds; tests/core/test_migrations.py checks the same values.
SUPERVISEE = "Ana Example"
NOTE = "Brought: a first session, kept across every upgrade."
GROUP = "Tuesday peer group"
CONTACT = "Colleague Example"


@contextmanager
def _at_revision(target: str) -> Iterator[None]:
    """Vault.create migrates to head; stop it at ``target`` instead."""
    real = migrate.upgrade
    migrate.upgrade = lambda engine, target_=target: real(engine, target_)  # type: ignore[assignment]
    try:
        yield
    finally:
        migrate.upgrade = real  # type: ignore[assignment]


def _filler(column: Any) -> object:
    """A value for a NOT NULL column the row does not name (by type)."""
    kind = column.type
    if isinstance(kind, types.Boolean):
        return False
    if isinstance(kind, (types.Integer, types.Numeric)):
        return 0
    if isinstance(kind, types.DateTime):
        return WHEN
    if isinstance(kind, types.Date):
        return WHEN.date()
    return ""


def _add(conn: Connection, table_name: str, **values: object) -> int:
    table = Table(table_name, MetaData(), autoload_with=conn)
    row = dict(values)
    for column in table.columns:
        if (column.name not in row and not column.nullable and not column.primary_key
                and column.server_default is None):
            row[column.name] = _filler(column)
    result = conn.execute(insert(table).values(row))
    key = result.inserted_primary_key
    return int(key[0]) if key and key[0] is not None else 0


def _fill(conn: Connection, schema: str) -> None:
    supervisee = _add(conn, "supervisee", full_name=SUPERVISEE, status="active", start_date=date(2024, 9, 1))
    if schema >= "0002":
        session = _add(conn, "session", supervisee_id=supervisee, kind="individual", status="held",
                       start_utc=WHEN, end_utc=datetime(2025, 3, 4, 10, 20), tz="Europe/Berlin",
                       duration_minutes=50, has_notes=True)
        _add(conn, "session_note", session_id=session, brought=NOTE)
    if schema >= "0003":
        group = _add(conn, "supervision_group", name=GROUP, kind="peer_group", leadership="rotating",
                     place_mode="fixed", places="[]")
        contact = _add(conn, "contact", full_name=CONTACT, email="colleague@example.org")
        _add(conn, "group_membership", group_id=group, supervisee_id=supervisee, joined_on=date(2025, 1, 7))
        _add(conn, "group_membership", group_id=group, contact_id=contact, joined_on=date(2025, 1, 7),
             rota_position=1)
    if schema >= "0004":
        _add(conn, "calendar_account", server_url="https://calendar.example.org/dav/", username="supervisor",
             privacy="initials", enabled=True)
        _add(conn, "sync_object", uid="session-1@peerglass", href="https://calendar.example.org/dav/s/1.ics",
             etag='"1"', session_id=session)
    if schema >= "0005":
        _add(conn, "sync_proposal", uid="phone-made@example.org", kind="new", server_etag='"2"',
             server_data="", href="https://calendar.example.org/dav/s/2.ics", created_at=WHEN)


def make(schema: str) -> Path:
    folder = VAULTS / f"schema-{schema}"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    path = folder / "peerglass.pgvault"
    with _at_revision(schema):
        vault, recovery_key = Vault.create(path, PASSPHRASE, kdf=KdfParams.light_for_tests())
    try:
        assert migrate.current_revision(vault.engine) == schema
        with vault.engine.begin() as conn:
            _fill(conn, schema)
        vault.checkpoint()
    finally:
        vault.close()
    (folder / "master-key.hex").write_text(decode(recovery_key).hex() + "\n", "utf-8")
    for leftover in folder.iterdir():  # the process lock and any WAL left by closing
        if leftover.name not in {"peerglass.pgvault", "peerglass.pgvault.keys", "master-key.hex"}:
            leftover.unlink()
    return folder


def main() -> None:
    """Every schema, or only those named (``make_vaults.py 0005``: released ones never change)."""
    for schema in sys.argv[1:] or SCHEMAS:
        folder = make(schema)
        print(f"{folder.relative_to(ROOT)}: " + ", ".join(sorted(p.name for p in folder.iterdir())))


if __name__ == "__main__":
    main()
