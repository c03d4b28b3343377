"""Finishing or undoing a restore that was interrupted (the restore journal).

A restore stages ``<vault>.restore-db/-keys/-commits``, writes
``<vault>.restore-journal`` (where the old vault is kept aside), moves the old
files aside and renames the staged ones in, the database last. The vault
opens only after ``recover_interrupted_restore`` has looked at the journal.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

from .atomic import fsync_dir
from .files import sidecar

_STAGED = (("db", ""), ("keys", ".keys"), ("commits", ".commits"))
_MOVED = ("", "-wal", "-shm", ".keys", ".commits")


def _staged(vault: Path, part: str) -> Path:
    return sidecar(vault, f".restore-{part}")


def _journal(vault: Path) -> Path:
    return sidecar(vault, ".restore-journal")


def _undo(vault: Path, aside: Path) -> None:
    for suffix in _MOVED:
        sidecar(vault, suffix).unlink(missing_ok=True)
        if sidecar(aside, suffix).exists():
            os.replace(sidecar(aside, suffix), sidecar(vault, suffix))
    fsync_dir(vault.parent)
    _journal(vault).unlink(missing_ok=True)


def recover_interrupted_restore(vault: Path) -> None:
    """Finish or undo a restore that was killed (called under the process lock at open).

    The staged database still there means the swap had not happened: undo
    (put the kept-aside vault back). Gone means it was renamed in: finish.
    """
    journal = _journal(vault)
    if not journal.exists():
        for part, _ in _STAGED:  # staged before the journal was written: never used
            if _staged(vault, part).exists():  # (unlinking nothing fails on a read-only disk)
                _staged(vault, part).unlink()
        return
    try:
        aside = vault.with_name(str(json.loads(journal.read_bytes())["aside"]))
    except (OSError, ValueError, KeyError, TypeError):
        aside = None
    if _staged(vault, "db").exists():
        for part, suffix in _STAGED[1:]:
            current = sidecar(vault, suffix)
            if not _staged(vault, part).exists() and current.exists() and aside is not None \
                    and not sidecar(aside, suffix).exists():
                current.unlink()  # the new one, already renamed in
        if aside is not None:
            for suffix in _MOVED:
                if sidecar(aside, suffix).exists():
                    os.replace(sidecar(aside, suffix), sidecar(vault, suffix))
        for part, _ in _STAGED:
            _staged(vault, part).unlink(missing_ok=True)
    else:
        for part, suffix in _STAGED[1:]:
            if _staged(vault, part).exists():
                os.replace(_staged(vault, part), sidecar(vault, suffix))
    fsync_dir(vault.parent)
    journal.unlink(missing_ok=True)


