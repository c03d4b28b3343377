"""Key rotation: a new master key for the database, every slot rewrapped.

Order of writes (each step survives a kill -9; ``pending_keys`` explains how
an open settles a rekey that stopped half-way):

1. the new master key is wrapped under the *same* passphrase and written to
   ``<vault>.keys.pending`` (the current key file is untouched);
2. the WAL is folded in and ``PRAGMA rekey`` re-encrypts every page in one
   SQLite transaction: before its commit the database is under the old key,
   after it under the new one, never a mix;
3. a second connection opens the file with the new key and must pass
   ``cipher_integrity_check`` and ``integrity_check``; if it does not, the
   database is keyed back to the old key and nothing else changes;
4. only then is the key file replaced (atomically) and the pending file
   removed; the keyring slot, if the key was remembered, is updated last.

Old backups keep the old key (they are separate files); the old recovery key
and any copy of the old key file stop opening this vault.
"""
from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import sqlcipher3.dbapi2 as sqlcipher

from ..i18n import translate
from . import keyring_slot, pending_keys, recovery
from .engine import connect_raw, integrity_problems
from .errors import DamagedVault, KeyringUnavailable, KeySlotMissing, VaultError
from .keyslots import KdfParams, KeyFile, PassphraseSlot, read_keyfile, write_keyfile
from .passphrase import normalise

if TYPE_CHECKING:
    from app.core.practice import Practice

    from .vault import Vault


class RekeyFailed(VaultError):
    """The new key could not be put in place; the vault still opens with the old one."""

    def __init__(self, detail: str) -> None:
        super().__init__(translate(
            "errors", "The vault could not be given a new key ({0}); it still opens with the current "
                      "passphrase and recovery key.").format(detail))


class RekeyNeedsPassphrase(VaultError):
    def __init__(self) -> None:
        super().__init__(translate(
            "errors", "This vault has no passphrase slot to rewrap; set a passphrase first (peerglass "
                      "passphrase), then make a new recovery key."))


@dataclass(frozen=True)
class RekeyResult:
    recovery_key: str  # the new one: show once, print the sheet
    keyring_updated: bool  # the remembered key was replaced
    keyring_problem: str = ""  # why a remembered key could not be replaced ("" when fine)


def _raw(vault: Vault) -> Any:
    with vault.engine.connect() as db:
        return db.connection.dbapi_connection


def _set_key(conn: Any, key: bytes) -> None:
    conn.execute(f"PRAGMA rekey = \"x'{key.hex()}'\"").fetchall()


def _check_new_key(vault: Vault, new_key: bytes) -> None:
    """Open the file afresh with the new key; both integrity checks must pass."""
    try:
        conn = connect_raw(vault.path, new_key)
    except DamagedVault:
        raise RekeyFailed(translate(
            "errors", "the re-encrypted file did not open with the new key")) from None
    try:
        problems = integrity_problems(conn)
        row = conn.execute("SELECT value FROM vault_meta WHERE key = 'vault_id'").fetchone()
    finally:
        conn.close()
    if problems:
        raise RekeyFailed(translate(
            "errors", "the re-encrypted file failed its check: {0}").format(problems[0]))
    if row is None or row[0] != vault.vault_id:
        raise RekeyFailed(translate("errors", "the re-encrypted file is not this vault"))


def _check_space(vault: Vault) -> None:
    """Every page passes through the WAL once: refuse up front when it would not fit."""
    try:
        need = os.path.getsize(vault.path) + 8 * 1024 * 1024
        free = shutil.disk_usage(vault.path.parent).free
    except OSError:
        return
    if free < need:
        raise RekeyFailed(translate(
            "errors", "not enough free disk space: about {0} MB are needed, {1} MB are "
                      "free").format(need // (1024 * 1024), free // (1024 * 1024)))


def rekey_vault(vault: Vault, passphrase: str, *, kdf: KdfParams | None = None) -> RekeyResult:
    """Give an open vault a new master key; the passphrase stays the same.

    ``passphrase`` must be the vault's current one (it wraps the new key).
    The vault stays open on the same engine, now under the new key.
    """
    try:
        keyfile = read_keyfile(vault.path)
    except KeySlotMissing:
        raise RekeyNeedsPassphrase() from None
    if keyfile.vault_id != vault.vault_id:
        raise RekeyNeedsPassphrase()
    old_key = vault._master_key()
    if keyfile.passphrase.unwrap(normalise(passphrase), vault.vault_id) != old_key:
        raise RekeyNeedsPassphrase()
    _check_space(vault)
    remembered = vault.is_remembered()
    new_key = os.urandom(32)
    slot = PassphraseSlot.create(new_key, normalise(passphrase), vault.vault_id,
                                 kdf or keyfile.passphrase.params)
    new_keyfile = KeyFile(vault_id=vault.vault_id, passphrase=slot, created=keyfile.created)

    pending_keys.write_pending(vault.path, new_keyfile, new_key)  # 1
    conn = _raw(vault)
    try:
        vault.checkpoint()
        try:
            _set_key(conn, new_key)  # 2: one transaction
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        except sqlcipher.DatabaseError as exc:
            raise RekeyFailed(translate(
                "errors", "re-encryption stopped: {0}").format(type(exc).__name__)) from None
        try:
            _check_new_key(vault, new_key)  # 3
        except BaseException:
            _set_key(conn, old_key)
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            raise
    except BaseException:
        pending_keys.discard(vault.path)
        raise
    vault._key = new_key
    write_keyfile(vault.path, new_keyfile)  # 4
    pending_keys.discard(vault.path)
    pending_keys.mark_shown(vault.path)  # an older rekey's unshown key is superseded by this one
    updated, problem = False, ""
    if remembered:
        try:
            keyring_slot.store_master_key(vault.vault_id, new_key)
            updated = True
        except KeyringUnavailable as exc:
            problem = str(exc)
    return RekeyResult(recovery.encode(new_key), updated, problem)


def rekey_practice(practice: Practice, passphrase: str, *, kdf: KdfParams | None = None) -> RekeyResult:
    """Rekey the practice's vault and record it in the audit log (no key material)."""
    result = rekey_vault(practice.vault, passphrase, kdf=kdf)
    practice.audit.record("vault.rekeyed", "vault",
                          detail="keyring updated" if result.keyring_updated else "")
    return result
