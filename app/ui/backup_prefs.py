"""Backup preferences of this computer (QSettings: the folder is a path on this machine).

The core's ``BackupService`` keeps no settings, so the folder, the daily
automatic backup and the thinning counts live in QSettings under ``backups/``.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

from .i18n import tr

if TYPE_CHECKING:
    from app.core.practice import Practice

log = logging.getLogger("peerglass.backups")

STALE_DAYS = 7  # Today warns when the last backup is older than this


@dataclass(frozen=True)
class BackupPrefs:
    folder: str = ""
    daily: bool = False
    keep_daily: int = 7
    keep_weekly: int = 4
    keep_monthly: int = 12


def _int(settings: QSettings, key: str, default: int) -> int:
    try:
        return max(0, int(settings.value(key, default)))
    except (TypeError, ValueError):
        return default


def load_prefs() -> BackupPrefs:
    s = QSettings()
    folder = s.value("backups/folder", "")
    daily = s.value("backups/daily", False)
    return BackupPrefs(folder=folder if isinstance(folder, str) else "",
                       daily=daily in (True, "true", "1", 1),
                       keep_daily=_int(s, "backups/keep_daily", 7), keep_weekly=_int(s, "backups/keep_weekly", 4),
                       keep_monthly=_int(s, "backups/keep_monthly", 12))


def save_prefs(prefs: BackupPrefs) -> None:
    s = QSettings()
    s.setValue("backups/folder", prefs.folder)
    s.setValue("backups/daily", prefs.daily)
    s.setValue("backups/keep_daily", prefs.keep_daily)
    s.setValue("backups/keep_weekly", prefs.keep_weekly)
    s.setValue("backups/keep_monthly", prefs.keep_monthly)
    s.sync()


def default_backup_file(prefs: BackupPrefs | None = None) -> Path:
    """The core's timestamped name, in the backup folder if one is set (else the home folder)."""
    prefs = prefs or load_prefs()
    folder = Path(prefs.folder).expanduser() if prefs.folder else Path.home()
    from app.core.vault.backup_folder import backup_name  # here: the vault package is SQLAlchemy

    return folder / backup_name()


def as_utc(at: datetime) -> datetime:
    """Audit times are naive UTC."""
    return at.replace(tzinfo=UTC) if at.tzinfo is None else at


def is_due(last: datetime | None, now: datetime | None = None) -> bool:
    now = now or datetime.now(UTC)
    return last is None or now - as_utc(last) >= timedelta(days=1)


def auto_backup(practice: Practice, prefs: BackupPrefs) -> bool:
    """On the database lane, before lock or quit: the daily backup into the folder if it is due.

    Never stops the lock: a failure is logged (its type only) and Today keeps warning."""
    if not prefs.daily or not prefs.folder:
        return False
    try:
        if not is_due(practice.backups.last_backup()):
            return False
        practice.backups.back_up_to_folder(Path(prefs.folder).expanduser(), keep_daily=prefs.keep_daily,
                                           keep_weekly=prefs.keep_weekly, keep_monthly=prefs.keep_monthly)
        return True
    except Exception as exc:  # any failure: the lock goes on; the user sees the stale warning on Today
        log.warning("automatic backup failed: %s", type(exc).__name__)
        return False


def last_backup_text(last: datetime | None, tz: str = "UTC", now: datetime | None = None) -> tuple[str, bool]:
    """Today's line about backups, and whether it is a warning (none, or none for STALE_DAYS days)."""
    from zoneinfo import ZoneInfo

    hint = tr("File \u25b8 Back up now\u2026", "backups")
    if last is None:
        return tr("No backup of this vault yet. {hint}", "backups").format(hint=hint), True
    now = now or datetime.now(UTC)
    when = as_utc(last)
    try:
        shown = when.astimezone(ZoneInfo(tz))
    except (KeyError, ValueError):
        shown = when
    text = tr("Last backup: {0:%d %b %Y, %H:%M}", "backups").format(shown)
    if now - when >= timedelta(days=STALE_DAYS):
        return tr("{text} \u2014 no backup for {days} days. {hint}", "backups").format(
            text=text, days=(now - when).days, hint=hint), True
    return text, False
