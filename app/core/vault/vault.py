"""The vault: one SQLCipher file opened with a random 256-bit master key.

Ways in: a passphrase slot (sidecar), the OS keyring ("remember on this
computer"), or the recovery key (the master key itself, for a custodian or
when the sidecar is lost). Opening costs no KDF beyond the passphrase slot's.
"""
from __future__ import annotations

import json
import os
import uuid
from datetime import datetime, timezone
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DatabaseError as SQLAlchemyDatabaseError

from . import keyring_slot, migrate, pending_keys, recovery
from .atomic import write_atomic
from .engine import ProcessLock, connect_raw, integrity_problems, is_damage, make_engine
from .errors import (DamagedVault, VaultExists, VaultLocked, VaultNotFound,
                     WeakPassphrase, WrongPassphrase, WrongRecoveryKey)
from .keyslots import KdfParams, KeyFile, PassphraseSlot, read_keyfile, tuned_kdf, write_keyfile
from .passphrase import normalise, problem

_MAX_ATTEMPTS_KEPT = 200


def attempts_path(vault_path: Path) -> Path:
    return Path(str(vault_path) + ".attempts")


class Vault:
    """An open vault. ``close()`` drops the engine, the key and the process lock."""

    def __init__(self, path: Path, master_key: bytes, lock: ProcessLock, conn: object) -> None:
        self.path = path
        self._key: bytes | None = master_key
        self._lock = lock
        self._conn = conn
        self._engine: Engine | None = make_engine(conn)
        self.vault_id = ""

    # ---- opening -------------------------------------------------------
    @classmethod
    def create(cls, path: Path, passphrase: str, *, kdf: KdfParams | None = None) -> tuple["Vault", str]:
        """Make a new vault; returns it open, with the recovery key to show once.

        ``kdf`` defaults to the floor (64 MiB, 3 passes) tuned to ~0.6 s here;
        only tests pass lighter parameters.
        """
        path = Path(path)
        why = problem(passphrase)
        if why:
            raise WeakPassphrase(why)
        if path.exists():
            raise VaultExists(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        master_key = os.urandom(32)
        vault_id = str(uuid.uuid4())
        lock = ProcessLock(path)
        lock.acquire()
        try:
            conn = connect_raw(path, master_key)
            os.chmod(path, 0o600)
            vault = cls(path, master_key, lock, conn)
            migrate.upgrade(vault.engine)
            created = datetime.now(timezone.utc).isoformat(timespec="seconds")
            with vault.engine.begin() as db:
                db.execute(text("INSERT INTO vault_meta (key, value) VALUES ('vault_id', :v), "
                                "('created', :c)"), {"v": vault_id, "c": created})
            vault.vault_id = vault_id
            slot = PassphraseSlot.create(master_key, normalise(passphrase), vault_id, kdf or tuned_kdf())
            write_keyfile(path, KeyFile(vault_id=vault_id, passphrase=slot, created=created))
        except BaseException:
            lock.release()
            raise
        return vault, recovery.encode(master_key)

    @classmethod
    def open_with_passphrase(cls, path: Path, passphrase: str) -> "Vault":
        path = cls._existing(path)
        keyfile = read_keyfile(path)
        try:
            master_key = keyfile.passphrase.unwrap(normalise(passphrase), keyfile.vault_id)
        except WrongPassphrase:
            record_failed_attempt(path)
            raise
        try:
            return cls._open(path, master_key, wrong_key=DamagedVault("the key slot does not match the vault"))
        except DamagedVault:
            new_key = pending_keys.unwrap_pending(path, passphrase)  # a rekey was interrupted
            if new_key is None:
                raise
            return cls._open(path, new_key, wrong_key=DamagedVault("the key slot does not match the vault"))

    @classmethod
    def open_with_recovery_key(cls, path: Path, key_text: str) -> "Vault":
        path = cls._existing(path)
        master_key = recovery.decode(key_text)
        return cls._open(path, master_key, wrong_key=WrongRecoveryKey())

    @classmethod
    def open_with_keyring(cls, path: Path, vault_id: str | None = None) -> "Vault | None":
        """Open with the remembered key, or None when nothing usable is stored."""
        path = cls._existing(path)
        if vault_id is None:
            try:
                vault_id = read_keyfile(path).vault_id
            except Exception:
                return None
        master_key = keyring_slot.load_master_key(vault_id)
        if master_key is None:
            return None
        try:
            return cls._open(path, master_key, wrong_key=WrongRecoveryKey("The remembered key no longer opens this vault."))
        except WrongRecoveryKey:
            return None

    @classmethod
    def open_with_master_key(cls, path: Path, master_key: bytes) -> "Vault":
        """For backup/restore and tests that already hold the key."""
        return cls._open(cls._existing(path), master_key, wrong_key=WrongRecoveryKey())

    @staticmethod
    def _existing(path: Path) -> Path:
        path = Path(path)
        if not path.is_file():
            raise VaultNotFound(path)
        return path

    @classmethod
    def _open(cls, path: Path, master_key: bytes, *, wrong_key: Exception) -> "Vault":
        lock = ProcessLock(path)
        lock.acquire()
        try:
            try:
                conn = connect_raw(path, master_key)
            except DamagedVault:
                # Page 1 did not decrypt: either the key is wrong or page 1 is damaged.
                raise wrong_key from None
            vault = cls(path, master_key, lock, conn)
            try:
                migrate.upgrade(vault.engine)
                vault.vault_id = vault.meta("vault_id")
                pending_keys.settle(path, master_key)
            except (SQLAlchemyDatabaseError, sqlcipher.DatabaseError) as exc:
                vault.close()
                if is_damage(exc):
                    raise DamagedVault("a page failed its check while opening") from None
                raise
        except BaseException:
            lock.release()
            raise
        return vault

    # ---- state ---------------------------------------------------------
    @property
    def is_open(self) -> bool:
        return self._engine is not None

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            raise VaultLocked()
        return self._engine

    def meta(self, key: str) -> str:
        with self.engine.connect() as db:
            row = db.execute(text("SELECT value FROM vault_meta WHERE key = :k"), {"k": key}).first()
        return row[0] if row else ""

    def _master_key(self) -> bytes:
        if self._key is None:
            raise VaultLocked()
        return self._key

    def recovery_key(self) -> str:
        return recovery.encode(self._master_key())

    # ---- key slots -----------------------------------------------------
    def set_passphrase(self, new_passphrase: str, *, kdf: KdfParams | None = None) -> None:
        """Rewrap the master key under a new passphrase (the database is untouched)."""
        why = problem(new_passphrase)
        if why:
            raise WeakPassphrase(why)
        slot = PassphraseSlot.create(self._master_key(), normalise(new_passphrase), self.vault_id,
                                     kdf or tuned_kdf())
        write_keyfile(self.path, KeyFile(vault_id=self.vault_id, passphrase=slot,
                                         created=self.meta("created")))

    def change_passphrase(self, current: str, new_passphrase: str, *, kdf: KdfParams | None = None) -> None:
        """Check the current passphrase first, then rewrap with the new one."""
        keyfile = read_keyfile(self.path)
        keyfile.passphrase.unwrap(normalise(current), self.vault_id)
        self.set_passphrase(new_passphrase, kdf=kdf or keyfile.passphrase.params)

    def check_passphrase(self, passphrase: str) -> None:
        """Raise WrongPassphrase unless this is the vault's passphrase (before showing the key)."""
        read_keyfile(self.path).passphrase.unwrap(normalise(passphrase), self.vault_id)

    def has_passphrase_slot(self) -> bool:
        try:
            return read_keyfile(self.path).vault_id == self.vault_id
        except Exception:
            return False

    def remember_on_this_computer(self) -> None:
        keyring_slot.store_master_key(self.vault_id, self._master_key())

    def forget_on_this_computer(self) -> None:
        keyring_slot.forget_master_key(self.vault_id)

    def is_remembered(self) -> bool:
        return keyring_slot.load_master_key(self.vault_id) == self._key

    # ---- checks and closing -------------------------------------------
    def integrity_problems(self) -> list[str]:
        with self.engine.connect() as db:
            raw = db.connection.dbapi_connection
            return integrity_problems(raw)

    def checkpoint(self) -> None:
        """Fold the WAL back into the main file (before a copy or on close)."""
        with self.engine.connect() as db:
            db.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        """Lock: close the database, forget the key, release the process lock."""
        if self._engine is not None:
            try:
                self.checkpoint()
            except Exception:
                pass
            self._engine.dispose()
            self._engine = None
            try:
                self._conn.close()  # type: ignore[attr-defined]
            except Exception:
                pass
        self._key = None
        self._lock.release()


def record_failed_attempt(vault_path: Path) -> None:
    """Note a failed unlock beside the vault (a time only); moved into the audit log at the next unlock."""
    path = attempts_path(vault_path)
    try:
        stamps = json.loads(path.read_text("utf-8")) if path.exists() else []
        if not isinstance(stamps, list):
            stamps = []
    except (OSError, ValueError):
        stamps = []
    stamps.append(datetime.now(timezone.utc).isoformat(timespec="seconds"))
    try:
        write_atomic(path, json.dumps(stamps[-_MAX_ATTEMPTS_KEPT:]).encode())
    except OSError:
        pass


def take_failed_attempts(vault_path: Path) -> list[str]:
    """The failed-unlock times recorded since the last unlock, clearing them."""
    path = attempts_path(vault_path)
    try:
        stamps = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return []
    try:
        path.unlink()
    except OSError:
        pass
    return [str(s) for s in stamps] if isinstance(stamps, list) else []
