"""Backups of the open practice, and restore (``Practice.backups``, ``Practice.restore``).

Thin over ``app.core.vault.backup``; adds the audit entries (counts only).
"""
from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ..vault.backup import BackupResult, Cancel, Progress, make_backup, verify_backup
from ..vault.backup_folder import backup_to_folder

if TYPE_CHECKING:
    from ..vault import Vault
    from .audit import AuditService


def _summary(rows: dict[str, int]) -> str:
    keep = ("supervisee", "session", "session_note", "series", "supervision_group")
    return ", ".join(f"{name} {rows[name]}" for name in keep if name in rows)


class BackupService:
    """``practice.backups``: back up the open vault (safe while it stays open)."""

    def __init__(self, vault: Vault, audit: AuditService) -> None:
        self._vault = vault
        self._audit = audit

    def back_up(self, dest: Path, *, progress: Progress | None = None,
                cancel: Cancel | None = None) -> BackupResult:
        """One verified backup file at ``dest``; raises a VaultError (nothing left) on failure."""
        result = make_backup(self._vault.path, self._vault._master_key(), Path(dest),
                             progress=progress, cancel=cancel)
        if not self._vault.read_only:  # a read-only vault is backed up, but can't note it
            self._audit.record("backup", "vault", detail=f"made ({_summary(result.rows)})")
        return result

    def back_up_to_folder(self, folder: Path, *, keep_daily: int = 7, keep_weekly: int = 4,
                          keep_monthly: int = 12, progress: Progress | None = None,
                          cancel: Cancel | None = None) -> tuple[BackupResult, list[Path]]:
        """A timestamped backup in ``folder``, then thinning; (result, files removed)."""
        result, removed = backup_to_folder(
            self._vault.path, self._vault._master_key(), Path(folder), keep_daily=keep_daily,
            keep_weekly=keep_weekly, keep_monthly=keep_monthly, progress=progress, cancel=cancel)
        if not self._vault.read_only:
            self._audit.record("backup", "vault",
                               detail=f"made ({_summary(result.rows)}); {len(removed)} old removed")
        return result, removed

    def verify(self, backup: Path) -> dict[str, int]:
        """Check a backup of this vault (read-only); its row counts."""
        return verify_backup(Path(backup), self._vault._master_key())[2]

    def last_backup(self) -> datetime | None:
        """When the last backup of this vault was made from this app (None: never)."""
        entries = self._audit.recent(limit=1, action="backup")
        return entries[0].at if entries else None
