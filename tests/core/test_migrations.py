"""The migrations and the models agree, and vaults made by every released schema
still open, at the newest schema, with their rows intact."""
from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text
from sqlalchemy.engine import Engine

from app.core.models import Base
from app.core.practice import Practice
from app.core.vault import Vault, migrate
from tests.data import make_vaults

VAULTS = Path(__file__).resolve().parents[1] / "data" / "vaults"


def _include(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
    """As db/env.py: the FTS5 tables (and their shadow tables) are made by hand."""
    return not (type_ == "table" and (name or "").startswith("session_fts"))


def _differences(engine: Engine) -> list[Any]:
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": _include, "compare_type": True})
        return list(compare_metadata(context, Base.metadata))


def test_models_match_a_new_vault(practice: Practice) -> None:
    assert migrate.current_revision(practice.vault.engine) == migrate.SCHEMA_HEAD
    assert _differences(practice.vault.engine) == []


def test_every_released_schema_has_a_saved_vault() -> None:
    assert make_vaults.SCHEMAS[-1] == migrate.SCHEMA_HEAD, "save a vault of the new schema: tests/data/make_vaults.py"
    for schema in make_vaults.SCHEMAS:
        folder = VAULTS / f"schema-{schema}"
        assert (folder / "peerglass.pgvault").is_file() and (folder / "peerglass.pgvault.keys").is_file()


def _open_copy(schema: str, tmp_path: Path) -> Vault:
    folder = VAULTS / f"schema-{schema}"
    target = tmp_path / f"schema-{schema}"
    shutil.copytree(folder, target)
    key = bytes.fromhex((target / "master-key.hex").read_text("utf-8").strip())
    return Vault.open_with_master_key(target / "peerglass.pgvault", key)


@pytest.mark.parametrize("schema", make_vaults.SCHEMAS)
def test_saved_vault_opens_at_head_with_its_rows(schema: str, tmp_path: Path) -> None:
    vault = _open_copy(schema, tmp_path)
    try:
        engine = vault.engine
        assert migrate.current_revision(engine) == migrate.SCHEMA_HEAD
        assert _differences(engine) == []
        practice = Practice(vault)
        assert [r.full_name for r in practice.supervisees.list()] == [make_vaults.SUPERVISEE]
        with engine.connect() as conn:
            notes = conn.execute(text("SELECT brought FROM session_note")).scalars().all()
            assert conn.execute(text("PRAGMA foreign_key_check")).first() is None
        assert notes == ([make_vaults.NOTE] if schema >= "0002" else [])
        groups = practice.groups.list()
        if schema >= "0003":
            assert [g.name for g in groups] == [make_vaults.GROUP]
            members = practice.groups.members(groups[0].id)
            assert sorted(m.name for m in members) == sorted([make_vaults.SUPERVISEE, make_vaults.CONTACT])
        else:
            assert groups == []
    finally:
        vault.close()


def test_saved_vaults_open_with_their_passphrase(tmp_path: Path) -> None:
    target = tmp_path / "copy"
    shutil.copytree(VAULTS / f"schema-{make_vaults.SCHEMAS[0]}", target)
    vault = Vault.open_with_passphrase(target / "peerglass.pgvault", make_vaults.PASSPHRASE)
    try:
        assert migrate.current_revision(vault.engine) == migrate.SCHEMA_HEAD
    finally:
        vault.close()
