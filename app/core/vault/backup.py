"""Backups and restore: one encrypted file, verified before success.

A backup file is a small plaintext header and the database::

    PEERGLASS-BACKUP\\n | 4-byte header length | header (JSON) | SQLCipher database

The database is made with SQLite's online backup API from a query-only
connection on the live file, so it holds every committed transaction
(WAL content included) and can be taken while another process has the vault
open. Its pages stay encrypted with the vault's master key (the recovery key
opens a backup); the header carries the vault's key file (key slots, no
secrets in clear) so the passphrase opens it too, plus sizes and a SHA-256 of
the database part. The header holds no record content.

Restore checks the backup first, stages the new files beside the vault,
keeps the current vault aside (``<vault>.before-restore-<time>``) and
renames the new database in last; a journal file makes every interrupted
state recognisable, and the next open rolls it back or forward.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import struct
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher

from .. import i18n
from . import commits
from .atomic import fsync_dir, write_atomic
from .errors import (
    DiskFull,
    NotABackup,
    OperationCancelled,
    VaultError,
    VaultInUse,
    VaultReadOnly,
    WrongRecoveryKey,
)
from .files import PAGE_SIZE, key_check, make_private_dir, private_tempdir, real, sidecar, wal_path, writable
from .keyslots import KeyFile, keyfile_path
from .restoring import _MOVED, _STAGED, _journal, _staged, _undo, recover_interrupted_restore

MAGIC = b"PEERGLASS-BACKUP\n"
FORMAT = "peerglass-backup"
VERSION = 1
SUFFIX = ".pgbackup"
_CHUNK = 1 << 20
_PAGES_PER_STEP = 256

Progress = Callable[[int, int], None]
"""``progress(done, total)``: pages (backup) or bytes (restore) done so far."""
Cancel = Callable[[], bool]
"""``cancel()`` returns True to stop; the operation then raises OperationCancelled."""


@dataclass(frozen=True)
class BackupHeader:
    vault_id: str
    created_at: str
    database_size: int
    database_sha256: str
    key_check: str
    commits: int
    keyfile: bytes | None
    offset: int = 0

    def to_bytes(self) -> bytes:
        doc = {"format": FORMAT, "version": VERSION, "vault_id": self.vault_id,
               "created_at": self.created_at, "database_size": self.database_size,
               "database_sha256": self.database_sha256, "key_check": self.key_check,
               "commits": self.commits,
               "keyfile": self.keyfile.decode("utf-8") if self.keyfile is not None else None}
        body = json.dumps(doc).encode("utf-8")
        return MAGIC + struct.pack(">I", len(body)) + body


@dataclass(frozen=True)
class BackupResult:
    """What a finished backup reports (counts only, never content)."""

    path: Path
    size: int
    commits: int
    rows: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0


@dataclass(frozen=True)
class RestoreResult:
    vault_path: Path
    previous: Path | None  # where the replaced vault was kept, if there was one
    commits: int
    rows: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0


# ---- reading a backup file ----------------------------------------------
def read_header(path: Path) -> BackupHeader:
    """The header of a backup file; NotABackup when it is not one (or cut short)."""
    try:
        with open(path, "rb") as handle:
            if handle.read(len(MAGIC)) != MAGIC:
                raise NotABackup()
            (length,) = struct.unpack(">I", handle.read(4))
            if length > 1 << 20:
                raise NotABackup(i18n.translate("errors", "header too large"))
            doc = json.loads(handle.read(length).decode("utf-8"))
            offset = handle.tell()
        if doc.get("format") != FORMAT or doc.get("version") != VERSION:
            raise NotABackup(i18n.translate("errors", "unknown format version"))
        keyfile = doc.get("keyfile")
        header = BackupHeader(
            vault_id=str(doc["vault_id"]), created_at=str(doc["created_at"]),
            database_size=int(doc["database_size"]), database_sha256=str(doc["database_sha256"]),
            key_check=str(doc.get("key_check", "")), commits=int(doc.get("commits", 0)),
            keyfile=keyfile.encode("utf-8") if isinstance(keyfile, str) else None, offset=offset)
    except FileNotFoundError:
        raise NotABackup(i18n.translate("errors", "no such file")) from None
    except (OSError, ValueError, KeyError, TypeError, struct.error, UnicodeDecodeError) as exc:
        raise NotABackup(type(exc).__name__) from None
    if os.path.getsize(path) != offset + header.database_size:
        raise NotABackup(i18n.translate("errors", "the file is cut short or has extra bytes"))
    return header


def backup_keyfile(path: Path) -> KeyFile | None:
    """The key slots the backup carries (None when the vault had none)."""
    header = read_header(path)
    return KeyFile.from_bytes(header.keyfile) if header.keyfile is not None else None


def key_from_passphrase(path: Path, passphrase: str) -> bytes:
    """Open a backup's own passphrase slot (the passphrase as it was at backup time)."""
    from .errors import KeySlotMissing
    from .passphrase import normalise

    keyfile = backup_keyfile(path)
    if keyfile is None:
        raise KeySlotMissing()
    return keyfile.passphrase.unwrap(normalise(passphrase), keyfile.vault_id)


def extract_database(path: Path, dest: Path, *, progress: Progress | None = None,
                     cancel: Cancel | None = None) -> BackupHeader:
    """Copy the database part to ``dest`` (0600), checking its SHA-256."""
    header = read_header(path)
    digest = hashlib.sha256()
    done = 0
    fd = os.open(dest, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with open(path, "rb") as source, os.fdopen(fd, "wb") as out:
            source.seek(header.offset)
            while block := source.read(_CHUNK):
                if cancel is not None and cancel():
                    raise OperationCancelled(i18n.translate("errors", "The restore"))
                digest.update(block)
                out.write(block)
                done += len(block)
                if progress is not None:
                    progress(done, header.database_size)
            out.flush()
            os.fsync(out.fileno())
    except OSError as exc:
        raise _os_error(exc) from None
    if digest.hexdigest() != header.database_sha256:
        raise NotABackup(i18n.translate("errors", "the database part fails its checksum"))
    return header


def check_database(db: Path, master_key: bytes, expected_check: str = "") -> tuple[int, dict[str, int]]:
    """Both integrity checks on a database copy; (commit counter, row counts)."""
    from .engine import integrity_problems, quiet_cipher_log
    from .errors import DamagedFirstPage, DamagedVault

    conn = sqlcipher.connect(str(db), isolation_level=None)
    try:
        quiet_cipher_log(conn)
        conn.execute(f"PRAGMA key = \"x'{master_key.hex()}'\"")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher.DatabaseError:
            if expected_check and expected_check == key_check(master_key):
                raise DamagedFirstPage() from None
            raise WrongRecoveryKey(i18n.translate("errors", "The key does not open this backup.")) from None
        problems = integrity_problems(conn)
        if problems:
            raise DamagedVault(i18n.translate(
                "errors", "{0} problem(s); first: {1}").format(len(problems), problems[0]))
        return commits.counter_in(conn) or 0, row_counts(conn)
    finally:
        conn.close()


def row_counts(conn: Any) -> dict[str, int]:
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
        "AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name").fetchall()]
    counts = {}
    for name in names:
        try:
            counts[name] = int(conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0])
        except sqlcipher.DatabaseError:
            continue  # FTS shadow tables and the like
    return counts


def verify_backup(path: Path, master_key: bytes) -> tuple[BackupHeader, int, dict[str, int]]:
    """Read-only check of a backup file (works on a private copy)."""
    folder = private_tempdir(prefix=".peerglass-check-")
    try:
        db = folder / "backup.db"
        header = extract_database(path, db)
        counter, rows = check_database(db, master_key, header.key_check)
        return header, counter, rows
    finally:
        shutil.rmtree(folder, ignore_errors=True)


# ---- making a backup ------------------------------------------------------
def make_backup(vault_path: Path, master_key: bytes, dest: Path, *, progress: Progress | None = None,
                cancel: Cancel | None = None) -> BackupResult:
    """Back up the vault at ``vault_path`` into the single file ``dest``.

    Safe while the vault is open (in this or another process): the copy is
    taken through a query-only connection with SQLite's online backup API,
    so it is consistent and holds every committed transaction. The file is
    built in a 0700 temp folder beside ``dest``, checked (both integrity
    checks, commit counter), renamed into place and read back before this
    returns. On any failure or cancel nothing is left at ``dest``.
    """
    from .engine import ProcessLock, connect_raw
    from .vault import Vault

    started = time.perf_counter()
    source = real(vault_path)
    dest = Path(dest)
    make_private_dir(dest.parent)
    lock = ProcessLock(source)
    held: Vault | None = None
    try:
        lock.acquire()
        # Nobody has it open: open it properly first (the commit record and
        # WAL are checked before anything folds them in).
        held = Vault._open(source, master_key, wrong_key=WrongRecoveryKey(
            i18n.translate("errors", "The key does not open this vault.")), lock=lock)
    except VaultInUse:
        pass  # open in another process, which checked it when it opened
    folder = private_tempdir(near=dest.parent, prefix=".peerglass-backup-")
    try:
        db = folder / "backup.db"
        # A file nobody can write is read whole (immutable): a WAL reader would leave -wal/-shm beside it.
        reader = connect_raw(source, master_key, read_only=bool(writable(source)), reader=True)
        try:
            recorded = commits.read_record(source)
            _copy(reader, db, master_key, progress, cancel)
        finally:
            reader.close()
        counter, rows = check_database(db, master_key)
        if recorded is not None and counter < recorded.commits:
            from .errors import CommitsMissing

            raise CommitsMissing(recorded.commits, counter)
        keyfile: bytes | None
        try:
            keyfile = keyfile_path(source).read_bytes()
            KeyFile.from_bytes(keyfile)
        except (OSError, VaultError):
            keyfile = None
        size = db.stat().st_size
        header = BackupHeader(
            vault_id=_vault_id(keyfile), created_at=datetime.now(UTC).isoformat(timespec="seconds"),
            database_size=size, database_sha256=_sha256(db), key_check=key_check(master_key),
            commits=counter, keyfile=keyfile)
        packed = folder / "backup.pgbackup"
        _pack(header, db, packed, cancel)
        os.replace(packed, dest)
        fsync_dir(dest.parent)
        try:
            final = read_header(dest)
            if final.database_sha256 != _sha256_part(dest, final):
                raise NotABackup(i18n.translate("errors", "the written file does not read back"))
        except BaseException:
            dest.unlink(missing_ok=True)
            raise
        if progress is not None:
            progress(1, 1)
        return BackupResult(path=dest, size=dest.stat().st_size, commits=counter, rows=rows,
                            seconds=time.perf_counter() - started)
    except OSError as exc:
        raise _os_error(exc) from None
    except sqlcipher.DatabaseError as exc:
        from .engine import translate

        raise translate(exc) from None
    finally:
        shutil.rmtree(folder, ignore_errors=True)
        if held is not None:
            held.close()
        else:
            lock.release()


def _copy(reader: Any, db: Path, master_key: bytes, progress: Progress | None,
          cancel: Cancel | None) -> None:
    target = sqlcipher.connect(str(db), isolation_level=None)
    try:
        os.chmod(db, 0o600)
        target.execute(f"PRAGMA key = \"x'{master_key.hex()}'\"")

        def step(_status: int, remaining: int, total: int) -> None:
            if cancel is not None and cancel():
                raise OperationCancelled(i18n.translate("errors", "The backup"))
            if progress is not None:
                progress(total - remaining, total)

        reader.backup(target, pages=_PAGES_PER_STEP, progress=step)
        # One file: the copy is not left in WAL mode.
        target.execute("PRAGMA journal_mode = DELETE").fetchall()
    finally:
        target.close()
    for extra in (wal_path(db), sidecar(db, "-shm")):
        extra.unlink(missing_ok=True)


def _pack(header: BackupHeader, db: Path, out: Path, cancel: Cancel | None) -> None:
    fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle, open(db, "rb") as source:
        handle.write(header.to_bytes())
        while block := source.read(_CHUNK):
            if cancel is not None and cancel():
                raise OperationCancelled(i18n.translate("errors", "The backup"))
            handle.write(block)
        handle.flush()
        os.fsync(handle.fileno())


def _vault_id(keyfile: bytes | None) -> str:
    if keyfile is None:
        return ""
    try:
        return KeyFile.from_bytes(keyfile).vault_id
    except VaultError:
        return ""


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while block := handle.read(_CHUNK):
            digest.update(block)
    return digest.hexdigest()


def _sha256_part(path: Path, header: BackupHeader) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        handle.seek(header.offset)
        while block := handle.read(_CHUNK):
            digest.update(block)
    return digest.hexdigest()


def _os_error(exc: OSError) -> VaultError:
    import errno

    if exc.errno == errno.ENOSPC or exc.errno == errno.EDQUOT:
        return DiskFull()
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return VaultReadOnly(i18n.translate("errors", "the destination cannot be written"))
    return VaultError(i18n.translate(
        "errors", "The file could not be written ({0}); nothing was "
                  "changed.").format(exc.strerror or type(exc).__name__))


# ---- restore -------------------------------------------------------------
def restore_backup(backup: Path, vault_path: Path, master_key: bytes, *,
                   progress: Progress | None = None, cancel: Cancel | None = None) -> RestoreResult:
    """Replace the vault at ``vault_path`` with ``backup``; all or nothing.

    The backup is checked first. The current vault (if any) is kept aside as
    ``<vault>.before-restore-<time>`` until the restored one has opened; a
    kill at any moment leaves the old vault or the new one (the next open
    finishes or undoes the swap). The vault must not be open anywhere.
    The restored vault gets the key file the backup carries.
    """
    from .engine import ProcessLock
    from .vault import Vault

    started = time.perf_counter()
    backup = Path(backup)
    make_private_dir(Path(vault_path).parent)
    vault = real(vault_path)
    lock = ProcessLock(vault)
    lock.acquire()
    if lock.unlocked:
        lock.release()
        raise VaultReadOnly(i18n.translate("errors", "the folder holding the vault is read-only"))
    try:
        recover_interrupted_restore(vault)
        staged_db = _staged(vault, "db")
        try:
            header = extract_database(backup, staged_db, progress=progress, cancel=cancel)
            counter, rows = check_database(staged_db, master_key, header.key_check)
            if cancel is not None and cancel():
                raise OperationCancelled(i18n.translate("errors", "The restore"))
            if header.keyfile is not None:
                write_atomic(_staged(vault, "keys"), header.keyfile)
            write_atomic(_staged(vault, "commits"), commits.CommitRecord(
                counter, key_check(master_key), header.vault_id).to_bytes())
            stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
            aside = vault.with_name(f"{vault.name}.before-restore-{stamp}")
            write_atomic(_journal(vault), json.dumps({"aside": aside.name}).encode())
        except BaseException as exc:
            for part, _ in _STAGED:
                _staged(vault, part).unlink(missing_ok=True)
            if isinstance(exc, OSError):
                raise _os_error(exc) from None
            raise
        # From here on the journal says how to finish or undo.
        had_vault = vault.exists()
        for suffix in _MOVED:
            item = sidecar(vault, suffix)
            if item.exists():
                os.replace(item, sidecar(aside, suffix))
        fsync_dir(vault.parent)
        for part, suffix in _STAGED[1:] + _STAGED[:1]:  # the database last
            if _staged(vault, part).exists():
                os.replace(_staged(vault, part), sidecar(vault, suffix))
        fsync_dir(vault.parent)
        try:
            opened = Vault._open(vault, master_key, wrong_key=WrongRecoveryKey(), lock=lock)
        except BaseException:
            _undo(vault, aside)
            raise
        opened.close()
        return RestoreResult(vault_path=vault, previous=aside if had_vault else None, commits=counter,
                             rows=rows, seconds=time.perf_counter() - started)
    finally:
        lock.release()


__all__ = ["BackupHeader", "BackupResult", "RestoreResult", "Progress", "Cancel", "make_backup",
           "restore_backup", "verify_backup",
           "read_header", "key_from_passphrase", "recover_interrupted_restore", "PAGE_SIZE"]
