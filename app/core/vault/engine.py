"""SQLCipher connections: raw-key open, the pragmas clinical records want,
the single-process lock, integrity checks and error translation.

Only this package (and the search module) knows the database is SQLCipher;
models and services see a plain SQLAlchemy engine.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import create_engine
from sqlalchemy.engine import Engine
from sqlalchemy.pool import StaticPool

from .errors import DamagedVault, VaultInUse

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


def connect_raw(path: Path, master_key: bytes) -> Any:
    """A keyed sqlcipher3 connection; raises DamagedVault if page 1 won't decrypt.

    The caller decides whether "won't decrypt" means a wrong key or damage.
    """
    conn = sqlcipher.connect(str(path), check_same_thread=False, isolation_level=None)
    quiet_cipher_log(conn)
    conn.execute(f"PRAGMA key = \"x'{master_key.hex()}'\"")
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher.DatabaseError:
        conn.close()
        raise DamagedVault("the key does not decrypt the first page") from None
    for pragma in CONNECTION_PRAGMAS:
        conn.execute(pragma).fetchall()
    conn.isolation_level = ""  # back to implicit transactions for SQLAlchemy
    return conn


def make_engine(conn: Any) -> Engine:
    """A SQLAlchemy engine over one already-keyed connection.

    One connection (StaticPool): all database work runs on a single worker
    thread, and the key never has to be given to a pool again.
    """
    return create_engine("sqlite+pysqlite://", module=sqlcipher, creator=lambda: conn,
                         poolclass=StaticPool)


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
        self.path = Path(str(vault_path) + ".lock")
        self._fd: int | None = None

    def acquire(self) -> None:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
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
