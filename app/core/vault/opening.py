"""Opening a vault's file with the SQLCipher driver alone, before any SQLAlchemy.

``open_file`` does everything an open checks before the database is used: the
process lock, an interrupted restore finished, the file's size, whether it can
be written, and the commit record (checked on a private snapshot first when the
WAL holds changes, so a damaged WAL is never folded in). It returns the keyed
connection; ``Vault.adopt`` builds the engine on it. The first paint reads
Today from that connection before SQLAlchemy is loaded (``app.core.first_look``).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher

from .. import i18n
from . import commits
from .commits import CommitRecord, read_record
from .engine import ProcessLock, connect_raw
from .errors import CommitsMissing, DamagedFirstPage, DamagedVault, TruncatedVault, VaultReadOnly
from .files import PAGE_SIZE, has_wal_content, key_check, real, snapshot, writable
from .restoring import recover_interrupted_restore


@dataclass
class OpenedFile:
    """A checked, keyed connection to a vault file and the process lock that goes with it."""

    path: Path
    conn: Any
    lock: ProcessLock
    record: CommitRecord | None
    read_only: bool
    read_only_reason: str

    def close(self) -> None:
        """Give the file up without a Vault: close the connection (nothing was written), release the lock."""
        try:
            self.conn.close()
        except Exception:  # already closed
            pass
        self.lock.release()


def open_file(path: Path, master_key: bytes, *, wrong_key: Exception,
              lock: ProcessLock | None = None) -> OpenedFile:
    """Lock, check and open ``path`` with ``master_key``; ``wrong_key`` is raised when it does not decrypt.

    On any failure the lock (``lock`` too, when given) is released and nothing is left open.
    """
    path = real(path)
    if lock is None:
        lock = ProcessLock(path)
        lock.acquire()
    try:
        recover_interrupted_restore(path)
        check_size(path)
        reason = writable(path)
        read_only = bool(reason)
        record = read_record(path)
        if has_wal_content(path):
            if read_only:
                raise VaultReadOnly(i18n.translate(
                    "errors", "{0}, and it holds changes not yet folded in (make it writable and open it "
                              "again)").format(reason))
            # Check the commit record on a private copy first: opening the
            # vault itself would fold a damaged WAL in and destroy the evidence.
            with snapshot(path) as copy:
                probe = connect_checked(copy, master_key, record, wrong_key)
                try:
                    check_commits(probe, record)
                finally:
                    probe.close()
        conn = connect_checked(path, master_key, record, wrong_key, read_only=read_only)
        try:
            check_commits(conn, record)
            if not read_only and has_wal_content(path):
                # Checked on the snapshot: fold the WAL in now, so page checks see one file.
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        except BaseException:
            conn.close()
            raise
    except BaseException:
        lock.release()
        raise
    return OpenedFile(path, conn, lock, record, read_only, reason)


def check_size(path: Path) -> None:
    """An empty or cut-short file is reported, never opened as a new empty vault."""
    size = path.stat().st_size
    if size == 0 or size % PAGE_SIZE:
        raise TruncatedVault(size)


def connect_checked(path: Path, master_key: bytes, record: CommitRecord | None,
                    wrong_key: Exception, *, read_only: bool = False) -> Any:
    """connect_raw, telling a damaged first page from a wrong key by the key check value."""
    try:
        return connect_raw(path, master_key, read_only=read_only)
    except DamagedVault:
        if record is not None and record.key_check and record.key_check == key_check(master_key):
            raise DamagedFirstPage() from None
        raise wrong_key from None


def check_commits(conn: object, record: CommitRecord | None) -> None:
    """Fewer commits in the file than the record beside it counted: transactions were lost."""
    if record is None:
        return
    try:
        found = commits.counter_in(conn)
    except sqlcipher.DatabaseError:
        raise DamagedVault(i18n.translate("errors", "a page failed its check while opening")) from None
    if record.commits > (found or 0):
        raise CommitsMissing(record.commits, found or 0)
