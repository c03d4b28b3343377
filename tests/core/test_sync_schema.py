"""Migration 0005 (calendar sync: import_new, ignored, proposal href and the kinds new/split)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from app.core.vault import Vault, migrate

VAULTS = Path(__file__).resolve().parents[1] / "data" / "vaults"


def _open(schema: str, tmp_path: Path) -> Vault:
    target = tmp_path / f"schema-{schema}"
    shutil.copytree(VAULTS / f"schema-{schema}", target)
    key = bytes.fromhex((target / "master-key.hex").read_text("utf-8").strip())
    return Vault.open_with_master_key(target / "peerglass.pgvault", key)


def test_a_0004_vault_gets_the_new_columns_and_kinds(tmp_path: Path) -> None:
    vault = _open("0004", tmp_path)
    try:
        assert migrate.current_revision(vault.engine) == migrate.SCHEMA_HEAD
        with vault.engine.begin() as conn:
            assert conn.execute(text("SELECT import_new FROM calendar_account")).scalar_one() == 0
            assert conn.execute(text("SELECT ignored, uid FROM sync_object")).one() == (0, "session-1@peerglass")
            for kind in ("new", "split"):
                conn.execute(text("INSERT INTO sync_proposal (uid, kind, server_etag, server_data, href, "
                                  "created_at) VALUES ('u', :kind, '', '', 'h', '2026-12-01 00:00:00')"),
                             {"kind": kind})
        with pytest.raises(IntegrityError), vault.engine.begin() as conn:  # the CHECK is still there
            conn.execute(text("INSERT INTO sync_proposal (uid, kind, server_etag, server_data, href, created_at) "
                              "VALUES ('u', 'whatever', '', '', '', '2026-12-01 00:00:00')"))
    finally:
        vault.close()


def test_the_0005_vault_keeps_its_proposal(tmp_path: Path) -> None:
    vault = _open("0005", tmp_path)
    try:
        with vault.engine.connect() as conn:
            rows = conn.execute(text("SELECT kind, href FROM sync_proposal")).all()
        assert rows == [("new", "https://calendar.example.org/dav/s/2.ics")]
    finally:
        vault.close()
