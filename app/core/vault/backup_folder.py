"""A folder of timestamped backups, thinned like restic's ``forget``.

``backup_to_folder`` makes one more (``backup.make_backup``) and keeps the newest
of each of the last N days, weeks and months.
"""
from __future__ import annotations

import re
import shutil
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

from .backup import SUFFIX, BackupResult, Cancel, Progress, make_backup

_NAME = re.compile(r"^peerglass-(\d{8})-(\d{6})Z" + re.escape(SUFFIX) + r"$")


def backup_name(now: datetime | None = None) -> str:
    now = now or datetime.now(UTC)
    return now.astimezone(UTC).strftime("peerglass-%Y%m%d-%H%M%SZ") + SUFFIX


def backup_to_folder(vault_path: Path, master_key: bytes, folder: Path, *, keep_daily: int = 7,
                     keep_weekly: int = 4, keep_monthly: int = 12, progress: Progress | None = None,
                     cancel: Cancel | None = None) -> tuple[BackupResult, list[Path]]:
    """A timestamped backup in ``folder``, then thinning; (result, files removed)."""
    dest = Path(folder) / backup_name()
    if dest.exists():  # two within one second
        time.sleep(1.0)
        dest = Path(folder) / backup_name()
    result = make_backup(vault_path, master_key, dest, progress=progress, cancel=cancel)
    removed = thin_folder(folder, keep_daily=keep_daily, keep_weekly=keep_weekly,
                          keep_monthly=keep_monthly)
    return result, removed


def backups_in(folder: Path) -> list[tuple[datetime, Path]]:
    """Peerglass's timestamped backups in ``folder``, newest first."""
    found = []
    for item in Path(folder).iterdir() if Path(folder).is_dir() else []:
        match = _NAME.match(item.name)
        if match and item.is_file():
            when = datetime.strptime(match.group(1) + match.group(2), "%Y%m%d%H%M%S")
            found.append((when.replace(tzinfo=UTC), item))
    return sorted(found, reverse=True)


def to_keep(stamps: list[datetime], keep_daily: int, keep_weekly: int, keep_monthly: int) -> set[datetime]:
    """restic's ``forget`` policy: the newest backup of each of the last N days, weeks, months."""
    keep: set[datetime] = set()
    ordered = sorted(stamps, reverse=True)
    if ordered:
        keep.add(ordered[0])

    def bucket(count: int, key: Callable[[date], object]) -> None:
        seen: list[object] = []
        for stamp in ordered:
            k = key(stamp.date())
            if k in seen:
                continue
            if len(seen) >= count:
                break
            seen.append(k)
            keep.add(stamp)

    bucket(keep_daily, lambda d: d)
    bucket(keep_weekly, lambda d: d.isocalendar()[:2])
    bucket(keep_monthly, lambda d: (d.year, d.month))
    return keep


def thin_folder(folder: Path, *, keep_daily: int = 7, keep_weekly: int = 4,
                keep_monthly: int = 12) -> list[Path]:
    """Delete the timestamped backups the policy no longer keeps; the files removed."""
    found = backups_in(folder)
    keep = to_keep([s for s, _ in found], keep_daily, keep_weekly, keep_monthly)
    removed = []
    for stamp, item in found:
        if stamp not in keep:
            item.unlink(missing_ok=True)
            removed.append(item)
    for stale in Path(folder).glob(".peerglass-backup-*"):
        if stale.is_dir() and time.time() - stale.stat().st_mtime > 24 * 3600:
            shutil.rmtree(stale, ignore_errors=True)
    return removed
