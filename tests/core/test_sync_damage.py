"""Sync's own reads and writes of the vault (sync.local, sync.adopt) report damage and a locked vault
as the vault's typed errors, as every service does (no server needed: the vault side of a run)."""
from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.core.practice import Credentials, Practice
from app.core.services.sessions import SessionData
from app.core.services.supervisees import SuperviseeData
from app.core.sync import AccountData
from app.core.sync.adopt import fingerprint, leave_out
from app.core.sync.local import local_objects
from app.core.sync.privacy import Privacy
from app.core.vault import DamagedVault, VaultLocked

from ..conftest import PASSPHRASE

NOW = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)
PAGE = 4096


def _scheduled(practice: Practice) -> None:
    sid, _ = practice.supervisees.create(SuperviseeData(full_name="Ines Marlowe-Trask"))
    for day in range(3, 8):
        practice.sessions.create(SessionData(start_local=datetime(2026, 12, day, 10), tz="Europe/Berlin",
                                             supervisee_id=sid, location="Room 4"))
    practice.sync.save_account(AccountData(server_url="http://127.0.0.1:9/", enabled=True))


def _damage_table(practice: Practice, vault_path: Path, table: str) -> Practice:
    """Lock, overwrite the middle of the table's root page (all its rows: the table is small), reopen."""
    with practice.vault.engine.connect() as db:
        root = db.exec_driver_sql("SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = ?",
                                  (table,)).scalar_one()
    practice.lock()  # the WAL is folded in: the page is in the main file
    data = bytearray(vault_path.read_bytes())
    at = (root - 1) * PAGE + 1000
    data[at:at + 200] = bytes(200)
    vault_path.write_bytes(bytes(data))
    return Practice.open(vault_path, Credentials(passphrase=PASSPHRASE))


def test_a_damaged_page_read_by_a_sync_run_is_a_damaged_vault(practice, vault_path: Path) -> None:
    _scheduled(practice)
    opened = _damage_table(practice, vault_path, "session")
    try:
        with pytest.raises(DamagedVault):
            opened.sync.prepare(NOW)  # the run's first step builds the objects from the sessions
        with pytest.raises(DamagedVault):
            local_objects(opened.vault.engine, Privacy("busy"), datetime(2026, 11, 1), datetime(2027, 1, 1))
        with pytest.raises(DamagedVault):
            fingerprint(opened.vault.engine, "session-1@peerglass", NOW)
    finally:
        opened.lock()


def test_a_damaged_page_written_by_accepting_a_change_is_a_damaged_vault(practice, vault_path: Path) -> None:
    _scheduled(practice)
    opened = _damage_table(practice, vault_path, "sync_object")
    try:
        with pytest.raises(DamagedVault):
            leave_out(opened.vault.engine, "elsewhere-1", "/cal/elsewhere-1.ics", '"1"', delete_it=False)
    finally:
        opened.lock()


def test_a_locked_vault_during_sync_is_vault_locked(practice) -> None:
    _scheduled(practice)
    engine = practice.vault.engine
    practice.lock()
    with pytest.raises(VaultLocked):
        local_objects(engine, Privacy("busy"), datetime(2026, 11, 1), datetime(2027, 1, 1))
    with pytest.raises(VaultLocked):
        leave_out(engine, "elsewhere-1", "/cal/elsewhere-1.ics", '"1"', delete_it=False)
