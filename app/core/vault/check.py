"""``verify``: check a vault or a backup without writing to it.

Checks run on a private snapshot (database and WAL copied into a 0700 temp
folder), so the files checked keep their exact bytes, -wal/-shm included.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from .commits import read_record
from .errors import WrongRecoveryKey
from .files import real, snapshot
from .keyslots import read_keyfile
from .opening import check_commits, check_size, connect_checked


@dataclass(frozen=True)
class VaultReport:
    problems: list[str]
    keyfile: str  # "ok", "missing", "damaged", "other vault"


def verify_vault(path: Path, master_key: bytes) -> VaultReport:
    """Both integrity checks and the commit record, on a snapshot; raises the typed damage errors."""
    from .engine import integrity_problems

    path = real(path)
    check_size(path)
    record = read_record(path)
    with snapshot(path) as copy:
        conn = connect_checked(copy, master_key, record, WrongRecoveryKey())
        try:
            check_commits(conn, record)
            problems = integrity_problems(conn)
            try:
                row = conn.execute("SELECT value FROM vault_meta WHERE key = 'vault_id'").fetchone()
            except sqlcipher.DatabaseError:  # the page holding the vault's id is among the damaged
                row = None
                problems = problems or ["structure: the vault's identity could not be read"]
        finally:
            conn.close()
    try:
        keyfile = "ok" if read_keyfile(path).vault_id == (row[0] if row else "") else "other vault"
    except Exception as exc:
        keyfile = "damaged" if "damaged" in str(exc) else "missing"
    return VaultReport(problems=problems, keyfile=keyfile)
