"""The vault: one SQLCipher file opened with a random 256-bit master key.

Ways in: a passphrase slot (sidecar), the OS keyring ("remember on this
computer"), or the recovery key (the master key itself, for a custodian or
when the sidecar is lost). Opening costs no KDF beyond the passphrase slot's.
"""
from __future__ import annotations

import json
import os
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DatabaseError as SQLAlchemyDatabaseError

from .. import i18n
from . import commits, keyring_slot, migrate, pending_keys, recovery
from .atomic import fsync_dir, write_atomic
from .commits import CommitRecord, write_record
from .engine import ProcessLock, connect_raw, integrity_problems, is_damage, make_engine, translate
from .errors import (
    DamagedVault,
    UnfinishedVault,
    VaultExists,
    VaultLocked,
    VaultNotFound,
    VaultReadOnly,
    WeakPassphrase,
    WrongPassphrase,
    WrongRecoveryKey,
)
from .files import (
    key_check,
    make_private_dir,
    real,
    shm_path,
    wal_path,
)
from .keyslots import KdfParams, KeyFile, PassphraseSlot, keyfile_path, read_keyfile, tuned_kdf, write_keyfile
from .opening import OpenedFile, open_file
from .passphrase import normalise, problem

_MAX_ATTEMPTS_KEPT = 200
T = TypeVar("T")


def attempts_path(vault_path: Path) -> Path:
    return Path(str(vault_path) + ".attempts")


class Vault:
    """An open vault. ``close()`` drops the engine, the key and the process lock.

    ``read_only`` is true when the file, its folder or its disk cannot be
    written: the vault is then opened immutable (nothing is created beside
    it) and every write raises VaultReadOnly.
    """

    def __init__(self, path: Path, master_key: bytes, lock: ProcessLock, conn: object,
                 *, read_only: bool = False, read_only_reason: str = "") -> None:
        self.path = path
        self._key: bytes | None = master_key
        self._lock = lock
        self._conn = conn
        self._engine: Engine | None = make_engine(conn, lambda: self._engine is not None)
        self.vault_id = ""
        self.read_only = read_only
        self.read_only_reason = read_only_reason

    # ---- opening -------------------------------------------------------
    @classmethod
    def create(cls, path: Path, passphrase: str, *, kdf: KdfParams | None = None,
               discard_unfinished: bool = False) -> tuple[Vault, str]:
        """Make a new vault; returns it open, with the recovery key to show once.

        All or nothing: the database is built under a temporary name in the
        same (0700) folder, closed, then the commit record and key file are
        written and the database is renamed into place last. A key file
        without its database is therefore a creation that never finished (its
        recovery key was never shown) and is cleared; a database without a key
        file (an older version's interrupted ``init``) is refused with the way
        to set it aside (``discard_unfinished``).

        ``kdf`` defaults to the floor (64 MiB, 3 passes) tuned to ~0.6 s here;
        only tests pass lighter parameters.
        """
        path = Path(path)
        why = problem(passphrase)
        if why:
            raise WeakPassphrase(why)
        make_private_dir(path.parent)
        path = real(path)
        keys = keyfile_path(path)
        if path.exists():
            if keys.exists():
                raise VaultExists(path)
            if not discard_unfinished:
                raise UnfinishedVault(path)
        lock = ProcessLock(path)
        lock.acquire()
        try:
            if path.exists() and discard_unfinished:
                set_aside_unfinished(path)
            clear_unfinished_creation(path)
            master_key = os.urandom(32)
            vault_id = str(uuid.uuid4())
            building = path.parent / f".{path.name}.creating-{uuid.uuid4().hex[:8]}"
            try:
                conn = connect_raw(building, master_key)
                os.chmod(building, 0o600)
                vault = cls(building, master_key, lock, conn)
                migrate.upgrade(vault.engine)
                created = datetime.now(UTC).isoformat(timespec="seconds")
                with vault.engine.begin() as db:
                    db.execute(text("INSERT INTO vault_meta (key, value) VALUES ('vault_id', :v), "
                                    "('created', :c), ('commits', '0')"), {"v": vault_id, "c": created})
                vault._close_connection()
                slot = PassphraseSlot.create(master_key, normalise(passphrase), vault_id,
                                             kdf or tuned_kdf())
                write_record(path, CommitRecord(0, key_check(master_key), vault_id))
                write_keyfile(path, KeyFile(vault_id=vault_id, passphrase=slot, created=created))
                os.replace(building, path)  # the vault exists from this rename on
                fsync_dir(path.parent)
            except BaseException:
                for leftover in (building, wal_path(building), shm_path(building)):
                    leftover.unlink(missing_ok=True)
                if not path.exists():
                    clear_unfinished_creation(path)
                raise
            vault = cls._open(path, master_key, wrong_key=DamagedVault(i18n.translate(
                "errors", "the new vault did not open")),
                              lock=lock)
        except BaseException:
            lock.release()
            raise
        return vault, recovery.encode(master_key)

    @classmethod
    def key_from_passphrase(cls, path: Path, passphrase: str) -> bytes:
        """The master key from the passphrase slot (a wrong one is recorded beside the vault)."""
        path = cls._existing(path)
        keyfile = read_keyfile(path)
        try:
            return keyfile.passphrase.unwrap(normalise(passphrase), keyfile.vault_id)
        except WrongPassphrase:
            record_failed_attempt(path)
            raise

    @classmethod
    def open_with_passphrase(cls, path: Path, passphrase: str) -> Vault:
        master_key = cls.key_from_passphrase(path, passphrase)
        try:
            return cls._open(cls._existing(path), master_key,
                             wrong_key=DamagedVault(i18n.translate(
                                 "errors", "the key slot does not match the vault")))
        except DamagedVault:
            new_key = pending_keys.unwrap_pending(cls._existing(path), passphrase)  # an interrupted rekey
            if new_key is None:
                raise
            return cls._open(cls._existing(path), new_key,
                             wrong_key=DamagedVault(i18n.translate(
                                 "errors", "the key slot does not match the vault")))

    @classmethod
    def open_with_recovery_key(cls, path: Path, key_text: str) -> Vault:
        path = cls._existing(path)
        master_key = recovery.decode(key_text)
        return cls._open(path, master_key, wrong_key=WrongRecoveryKey())

    @classmethod
    def open_with_keyring(cls, path: Path, vault_id: str | None = None) -> Vault | None:
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
            return cls._open(path, master_key, wrong_key=WrongRecoveryKey(i18n.translate(
                "errors", "The remembered key no longer opens this vault.")))
        except WrongRecoveryKey:
            return None

    @classmethod
    def open_with_master_key(cls, path: Path, master_key: bytes) -> Vault:
        """For backup/restore and tests that already hold the key."""
        return cls._open(cls._existing(path), master_key, wrong_key=WrongRecoveryKey())

    @staticmethod
    def _existing(path: Path) -> Path:
        path = Path(path)
        if not path.is_file():
            raise VaultNotFound(path)
        return real(path)

    @classmethod
    def _open(cls, path: Path, master_key: bytes, *, wrong_key: Exception,
              lock: ProcessLock | None = None) -> Vault:
        return cls.adopt(open_file(path, master_key, wrong_key=wrong_key, lock=lock), master_key)

    @classmethod
    def adopt(cls, opened: OpenedFile, master_key: bytes) -> Vault:
        """The vault on a file ``open_file`` opened and checked: the engine, the schema brought up to
        date, pending keys settled, commits counted. On failure the connection is closed and the lock
        released, as by ``open_file``'s own failures."""
        read_only, reason = opened.read_only, opened.read_only_reason
        try:
            vault = cls(opened.path, master_key, opened.lock, opened.conn, read_only=read_only,
                        read_only_reason=reason)
            try:
                if read_only:
                    if migrate.current_revision(vault.engine) != migrate.SCHEMA_HEAD:
                        raise VaultReadOnly(i18n.translate(
                            "errors", "{0}, and it needs an upgrade to this version").format(reason))
                else:
                    migrate.upgrade(vault.engine)
                vault.vault_id = vault.meta("vault_id")
                if not read_only:
                    pending_keys.settle(opened.path, master_key)
                    vault._start_counting(opened.record)
            except BaseException as exc:
                vault._close_connection(checkpoint=False)
                if isinstance(exc, (SQLAlchemyDatabaseError, sqlcipher.DatabaseError)):
                    typed = translate(exc)
                    if type(typed) is DamagedVault:
                        raise DamagedVault(i18n.translate(
                            "errors", "a page failed its check while opening")) from None
                    raise typed from None
                raise
        except BaseException:
            opened.close()
            raise
        return vault

    def _start_counting(self, record: CommitRecord | None) -> None:
        conn = self._conn
        found = commits.counter_in(conn)
        if found is None:
            found = record.commits if record else 0
            with self.engine.begin() as db:
                db.execute(text("INSERT OR REPLACE INTO vault_meta (key, value) VALUES ('commits', :n)"),
                           {"n": str(found)})
        check = key_check(self._master_key())
        fresh = CommitRecord(found, check, self.vault_id)
        if record != fresh:
            write_record(self.path, fresh)
        conn.start_counting(self.path, found, check, self.vault_id)  # type: ignore[attr-defined]

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

    @property
    def recovery_key_unshown(self) -> bool:
        """A rekey was killed after its commit, before showing the new recovery key: show it now.

        The old recovery key no longer opens this vault; call
        :meth:`recovery_key_shown` once the user has seen (and kept) the new one.
        """
        return self.is_open and pending_keys.recovery_key_unshown(self.path, self._master_key())

    def recovery_key_shown(self) -> None:
        pending_keys.mark_shown(self.path)

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

    def read_raw(self, read: Callable[[Any], T]) -> T:
        """``read(connection)`` on the driver's own connection: for reads that also run before
        SQLAlchemy is loaded (``services.today``). A page that fails its check is DamagedVault."""
        with self.engine.connect() as db:
            try:
                return read(db.connection.dbapi_connection)
            except sqlcipher.DatabaseError as exc:
                if is_damage(exc):
                    raise DamagedVault(i18n.translate("errors", "a page failed its check")) from None
                raise

    # ---- checks and closing -------------------------------------------
    def integrity_problems(self) -> list[str]:
        with self.engine.connect() as db:
            raw = db.connection.dbapi_connection
            return integrity_problems(raw)

    def checkpoint(self) -> None:
        """Fold the WAL back into the main file (before a copy or on close)."""
        with self.engine.connect() as db:
            db.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    @property
    def commits(self) -> int:
        """Committed transactions counted so far (the number in the commit record)."""
        return int(getattr(self._conn, "commits", 0))

    def _close_connection(self, checkpoint: bool = True) -> None:
        if self._engine is not None:
            if checkpoint and not self.read_only:
                try:
                    self.checkpoint()
                except Exception:
                    pass
            engine, self._engine = self._engine, None
            engine.dispose()
            try:
                self._conn.close()  # type: ignore[attr-defined]
            except Exception:
                pass

    def close(self) -> None:
        """Lock: fold the WAL in (a closed vault is one file), close, forget the key, unlock."""
        if self._engine is not None and not self.read_only and self._key is not None:
            # The key may have changed (rekey): the record's key check follows it.
            try:
                write_record(self.path, CommitRecord(self.commits, key_check(self._key), self.vault_id))
            except OSError:
                pass
        self._close_connection()
        self._key = None
        self._lock.release()


def clear_unfinished_creation(path: Path) -> None:
    """Remove what an interrupted ``create`` of this version left (never a database at ``path``)."""
    if not path.exists():
        for item in (keyfile_path(path), commits.commits_path(path)):
            item.unlink(missing_ok=True)
    for leftover in path.parent.glob(f".{path.name}.creating-*"):
        leftover.unlink(missing_ok=True)


def set_aside_unfinished(path: Path) -> Path:
    """Rename a half-made vault (database without key file) out of the way; never delete it."""
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.name}.unfinished-{stamp}")
    for suffix in ("", "-wal", "-shm"):
        source = Path(str(path) + suffix)
        if source.exists():
            os.replace(source, Path(str(aside) + suffix))
    fsync_dir(path.parent)
    return aside


def record_failed_attempt(vault_path: Path) -> None:
    """Note a failed unlock beside the vault (a time only); moved into the audit log at the next unlock."""
    path = attempts_path(vault_path)
    try:
        stamps = json.loads(path.read_text("utf-8")) if path.exists() else []
        if not isinstance(stamps, list):
            stamps = []
    except (OSError, ValueError):
        stamps = []
    stamps.append(datetime.now(UTC).isoformat(timespec="seconds"))
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
