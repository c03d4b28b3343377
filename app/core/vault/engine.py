"""SQLCipher connections: raw-key open, the pragmas clinical records want,
the single-process lock, integrity checks and error translation.

Only this package (and the search module) knows the database is SQLCipher;
models and services see a plain SQLAlchemy engine.
"""
from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import sqlcipher3.dbapi2 as sqlcipher

from .. import i18n
from .commits import CountingConnection
from .errors import DamagedVault, DiskFull, VaultBusy, VaultError, VaultInUse, VaultLocked, VaultReadOnly
from .files import real

if TYPE_CHECKING:  # SQLAlchemy is imported by make_engine, not with the raw connection
    from sqlalchemy.engine import Engine

# WAL keeps readers fast; synchronous=FULL makes each commit durable across a
# power cut (NORMAL in WAL mode may lose the last transactions). secure_delete
# overwrites freed pages, temp_store keeps sorts and temp tables in memory.
CONNECTION_PRAGMAS = (
    "PRAGMA foreign_keys = ON",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA secure_delete = ON",
    "PRAGMA cache_size = -32000",
    "PRAGMA busy_timeout = 5000",
)

_DAMAGE_WORDS = ("malformed", "not a database", "hmac", "corrupt", "disk i/o")


def quiet_cipher_log(conn: Any) -> None:
    """Keep SQLCipher's own logging (which would go to stderr) switched off."""
    for statement in ("PRAGMA cipher_log_level = NONE", "PRAGMA cipher_log = off"):
        try:
            conn.execute(statement).fetchall()
        except sqlcipher.DatabaseError:
            pass


def connect_raw(path: Path, master_key: bytes, *, read_only: bool = False,
                reader: bool = False) -> Any:
    """A keyed sqlcipher3 connection; raises DamagedVault if page 1 won't decrypt.

    The caller decides whether "won't decrypt" means a wrong key or damage.
    ``read_only`` opens the file immutable (no -wal/-shm is ever created, for
    read-only files, folders and mounts and for private snapshots);
    ``reader`` is a query-only connection beside another process's writer
    (used by backups), which does not change the journal mode.
    """
    if read_only:
        target = f"file:{quote(str(path))}?immutable=1"
    elif reader:
        target = f"file:{quote(str(path))}?mode=ro"
    else:
        target = str(path)
    try:
        conn = sqlcipher.connect(target, check_same_thread=False, isolation_level=None,
                                 uri=read_only or reader, factory=CountingConnection)
    except sqlcipher.OperationalError as exc:
        raise translate(exc) from None
    quiet_cipher_log(conn)
    conn.execute(f"PRAGMA key = \"x'{master_key.hex()}'\"")
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher.DatabaseError as exc:
        conn.close()
        typed = translate(exc)
        if isinstance(typed, (VaultBusy, VaultReadOnly, DiskFull)):
            raise typed from None
        raise DamagedVault(i18n.translate("errors", "the key does not decrypt the first page")) from None
    pragmas: tuple[str, ...] = CONNECTION_PRAGMAS
    if read_only or reader:
        pragmas = ("PRAGMA temp_store = MEMORY", "PRAGMA busy_timeout = 5000", "PRAGMA query_only = ON")
    try:
        for pragma in pragmas:
            conn.execute(pragma).fetchall()
    except sqlcipher.DatabaseError as exc:
        conn.close()
        raise translate(exc) from None
    conn.isolation_level = ""  # back to implicit transactions for SQLAlchemy
    return conn


def make_engine(conn: Any, is_open: Callable[[], bool] = lambda: True) -> Engine:
    """A SQLAlchemy engine over one already-keyed connection.

    One connection (StaticPool): all database work runs on a single worker
    thread, and the key never has to be given to a pool again. Once the
    vault is locked the creator raises VaultLocked, so a service that still
    holds the engine gets the typed error, never a driver error. Other
    driver errors stay SQLAlchemy's (services handle them); ``translate``
    turns one into the vault's typed error (read-only, full disk, busy).
    """
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import StaticPool

    def creator() -> Any:
        if not is_open():
            raise VaultLocked()
        return conn

    engine = create_engine("sqlite+pysqlite://", module=sqlcipher, creator=creator,
                           poolclass=StaticPool)

    @event.listens_for(engine, "handle_error")
    def _typed(context: Any) -> None:
        original = context.original_exception
        if isinstance(original, sqlcipher.ProgrammingError) and not is_open():
            raise VaultLocked() from None

    return engine


def translate(exc: BaseException) -> VaultError:
    """The typed vault error a driver error stands for (DamagedVault for damage words)."""
    text = str(getattr(exc, "orig", exc)).lower()
    if "readonly" in text or "read-only" in text:
        return VaultReadOnly()
    if "disk is full" in text or "database or disk is full" in text:
        return DiskFull()
    if "database is locked" in text or "database is busy" in text or "database table is locked" in text:
        return VaultBusy()
    if "unable to open database" in text:
        return VaultReadOnly(i18n.translate("errors", "the vault file or its folder cannot be written"))
    return DamagedVault(f"{type(exc).__name__}")


def known_typed(exc: BaseException) -> VaultError | None:
    """The typed error for a driver error whose cause is known (read-only, full, busy, damage), else None.

    Unlike ``translate``, an error of another kind (a constraint, a usage bug) is not called damage.
    """
    typed = translate(exc)
    if type(typed) is DamagedVault and not is_damage(exc):
        return None
    return typed


def typed_error(exc: BaseException) -> BaseException:
    """For the UI's messages: a database driver error with a known cause as the vault's typed error.

    Anything else (a core error, a file error, a bug) comes back as it is.
    """
    from sqlalchemy.exc import DBAPIError

    if isinstance(exc, (DBAPIError, sqlcipher.Error)):
        return known_typed(exc) or exc
    return exc


def known_cause(exc: BaseException) -> str:
    """'' or a few words for a known cause: "the vault is read-only", "the database is busy"..."""
    typed = known_typed(exc)
    if isinstance(typed, VaultReadOnly):
        return "it is read-only"
    if isinstance(typed, VaultBusy):
        return "another program holds a lock on it"
    if isinstance(typed, DiskFull):
        return "the disk is full"
    return ""


def is_damage(exc: BaseException) -> bool:
    """Does this database error mean the file is damaged (not a usage bug)?"""
    text = str(getattr(exc, "orig", exc)).lower()
    return any(word in text for word in _DAMAGE_WORDS)


def integrity_problems(conn: Any) -> list[str]:
    """Every page's HMAC and SQLite's own structure check; [] when sound.

    Messages say which check failed and where, never what the pages hold.
    """
    problems: list[str] = []
    try:
        for row in conn.execute("PRAGMA cipher_integrity_check").fetchall():
            problems.append(f"cipher: {row[0]}")
        rows = conn.execute("PRAGMA integrity_check").fetchall()
        if rows != [("ok",)]:
            problems.extend(f"structure: {r[0]}" for r in rows[:20])
    except sqlcipher.DatabaseError as exc:
        problems.append(f"unreadable: {type(exc).__name__}")
    return problems


class ProcessLock:
    """An OS file lock beside the vault: one Peerglass process per vault.

    The OS drops it when the process dies, so a crash never leaves the
    vault blocked (unlike a marker file).
    """

    def __init__(self, vault_path: Path) -> None:
        # The lock belongs to the file, not to the name used for it.
        self.path = Path(str(real(vault_path)) + ".lock")
        self._fd: int | None = None
        self.unlocked = False

    def acquire(self) -> None:
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError:
            try:
                fd = os.open(self.path, os.O_RDONLY)
            except OSError:
                self.unlocked = True  # a read-only folder without a lock file: nothing can write
                return
        try:
            _lock_fd(fd)
        except OSError:
            os.close(fd)
            raise VaultInUse() from None
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            try:
                _unlock_fd(self._fd)
            finally:
                os.close(self._fd)
                self._fd = None

    @property
    def held(self) -> bool:
        return self._fd is not None


if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds
    import msvcrt

    def _lock_fd(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock_fd(fd: int) -> None:
        os.lseek(fd, 0, 0)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _lock_fd(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock_fd(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
