"""The commit record: nothing committed is lost unnoticed.

SQLite skips a damaged WAL frame and every frame after it (a torn write looks
the same), so a lost commit would go unseen. Every committed transaction
that changed something also bumps a counter inside the database (in the
same transaction, ``vault_meta.commits``); after the commit returns, the
same number is written atomically to ``<vault>.commits``, outside the WAL.
At open and in ``verify`` the database must hold at least the recorded
number: fewer means committed transactions are missing.

The sidecar may lag the database (a crash between commit and sidecar
write), never lead it, so a lag is never reported as damage.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher

from .atomic import write_atomic
from .files import sidecar

FORMAT = "peerglass-commits"
COUNTER_KEY = "commits"


def commits_path(vault_path: Path) -> Path:
    return sidecar(vault_path, ".commits")


@dataclass(frozen=True)
class CommitRecord:
    commits: int
    key_check: str = ""
    vault_id: str = ""

    def to_bytes(self) -> bytes:
        return json.dumps({"format": FORMAT, "version": 1, "vault_id": self.vault_id,
                           "commits": self.commits, "key_check": self.key_check}).encode() + b"\n"


def read_record(vault_path: Path) -> CommitRecord | None:
    """The record beside the vault, or None when absent or unreadable (older vaults)."""
    try:
        doc = json.loads(commits_path(vault_path).read_bytes().decode("utf-8"))
        if doc.get("format") != FORMAT:
            return None
        return CommitRecord(commits=int(doc["commits"]), key_check=str(doc.get("key_check", "")),
                            vault_id=str(doc.get("vault_id", "")))
    except (OSError, ValueError, KeyError, TypeError, UnicodeDecodeError):
        return None


def write_record(vault_path: Path, record: CommitRecord) -> None:
    write_atomic(commits_path(vault_path), record.to_bytes())


def counter_in(conn: Any) -> int | None:
    """The counter inside the database (None when the vault predates it)."""
    try:
        row = conn.execute("SELECT value FROM vault_meta WHERE key = ?", (COUNTER_KEY,)).fetchone()
    except sqlcipher.OperationalError:
        return None
    return int(row[0]) if row else None


class CountingConnection(sqlcipher.Connection):  # type: ignore[misc]
    """A sqlcipher3 connection whose ``commit()`` keeps the commit record.

    Counting starts once ``start_counting`` is called (after the vault's
    checks at open); transactions that changed nothing are not counted.
    """

    _record_path: Path | None = None
    _commits: int = 0
    _seen_changes: int = 0
    _key_check: str = ""
    _vault_id: str = ""

    def start_counting(self, record_path: Path, commits: int, key_check: str, vault_id: str) -> None:
        self._record_path = record_path
        self._commits = commits
        self._key_check = key_check
        self._vault_id = vault_id
        self._seen_changes = self.total_changes

    def stop_counting(self) -> None:
        self._record_path = None

    @property
    def commits(self) -> int:
        return self._commits

    def commit(self) -> None:
        path = self._record_path
        counted = False
        if path is not None and self.in_transaction and self.total_changes != self._seen_changes:
            self.execute("UPDATE vault_meta SET value = ? WHERE key = ?",
                         (str(self._commits + 1), COUNTER_KEY))
            counted = True
        super().commit()
        self._seen_changes = self.total_changes
        if counted and path is not None:
            self._commits += 1
            try:
                write_record(path, CommitRecord(self._commits, self._key_check, self._vault_id))
            except OSError:
                pass  # a lagging record is safe: it only under-reports
