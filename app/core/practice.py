"""The facade the UI and CLI use: ``Practice.open(...)`` and its services.

A Practice owns an open vault. ``lock()`` closes the database and drops the
key; every service becomes unusable until the vault is opened again.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from .services.audit import AuditService
from .services.drafts import DraftService
from .services.search import SearchService
from .services.series import SeriesService
from .services.sessions import SessionService
from .services.settings import SettingsService
from .services.supervisees import SuperviseeService
from .services.themes import ThemeService
from .services.today import TodayData, read_today
from .vault import KdfParams, Vault
from .vault.vault import take_failed_attempts

if TYPE_CHECKING:  # loaded on first use, off the start-up path
    from .first_look import FirstLook
    from .services.backups import BackupService
    from .services.groups import GroupService, MeetingService
    from .services.interchange import InterchangeService
    from .services.invitations import InvitationService
    from .services.profiles import ProfileService
    from .services.reports import ReportService
    from .sync import SyncService
    from .vault.backup import Cancel, Progress, RestoreResult


@dataclass(frozen=True)
class Credentials:
    """One way into a vault; exactly one field is set."""

    passphrase: str | None = None
    recovery_key: str | None = None
    use_keyring: bool = False


class Practice:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        engine = vault.engine
        self.supervisees = SuperviseeService(engine)
        self.settings = SettingsService(engine)
        self.themes = ThemeService(engine)
        self.audit = AuditService(engine)
        self.drafts = DraftService(engine)
        self.series = SeriesService(engine)
        self.sessions = SessionService(engine)
        self.search = SearchService(engine)

    # Services a cold start has no use for are built (and their modules imported) on first use.
    @cached_property
    def reports(self) -> ReportService:
        from .services.reports import ReportService

        return ReportService(self.vault.engine)

    @cached_property
    def interchange(self) -> InterchangeService:
        from .services.interchange import InterchangeService

        return InterchangeService(self.vault.engine)

    @cached_property
    def backups(self) -> BackupService:
        from .services.backups import BackupService

        return BackupService(self.vault, self.audit)

    @classmethod
    def restore(cls, backup: Path, vault_path: Path, master_key: bytes, *,
                progress: Progress | None = None, cancel: Cancel | None = None) -> RestoreResult:
        """Replace the vault at ``vault_path`` with ``backup`` (see vault.backup.restore_backup)."""
        from .services.backups import _summary
        from .vault.backup import restore_backup

        result = restore_backup(Path(backup), Path(vault_path), master_key, progress=progress,
                                cancel=cancel)
        practice = cls(Vault.open_with_master_key(result.vault_path, master_key))
        try:
            practice.audit.record("restore", "vault", detail=f"from a backup ({_summary(result.rows)})")
        finally:
            practice.lock()
        return result

    @cached_property
    def groups(self) -> GroupService:
        from .services.groups import GroupService

        return GroupService(self.vault.engine, self.series, self.sessions)

    @property
    def meetings(self) -> MeetingService:
        """Group meetings: the same service ``groups`` forwards its meeting calls to."""
        return self.groups.meeting_service

    @cached_property
    def profiles(self) -> ProfileService:
        from .services.profiles import ProfileService

        return ProfileService(self.vault.engine)

    @cached_property
    def invitations(self) -> InvitationService:
        from .services.invitations import InvitationService

        return InvitationService(self.vault.engine)

    @cached_property
    def sync(self) -> SyncService:
        from .sync import SyncService

        return SyncService(self.vault.engine)

    # ---- opening ---------------------------------------------------------
    @classmethod
    def create(cls, path: Path, passphrase: str, *, kdf: KdfParams | None = None,
               discard_unfinished: bool = False) -> tuple[Practice, str]:
        vault, recovery_key = Vault.create(Path(path), passphrase, kdf=kdf,
                                           discard_unfinished=discard_unfinished)
        practice = cls(vault)
        practice.audit.record("vault.created", "vault")
        return practice, recovery_key

    @classmethod
    def open(cls, path: Path, credentials: Credentials) -> Practice | None:
        """Open by the given credentials; None only when a keyring open finds no key.

        Raises the vault's typed errors (wrong passphrase, damaged, in use...).
        """
        path = Path(path)
        if credentials.passphrase is not None:
            vault = Vault.open_with_passphrase(path, credentials.passphrase)
            method = "passphrase"
        elif credentials.recovery_key is not None:
            vault = Vault.open_with_recovery_key(path, credentials.recovery_key)
            method = "recovery key"
        elif credentials.use_keyring:
            found = Vault.open_with_keyring(path)
            if found is None:
                return None
            vault, method = found, "remembered key"
        else:
            raise ValueError("no credentials given")
        return cls._opened(vault, method)

    @classmethod
    def adopt(cls, look: FirstLook) -> Practice:
        """Finish a cold start's first look (``app.core.first_look``): the vault on the connection it opened
        by the remembered key, then what every open does."""
        return cls._opened(Vault.adopt(look.take(), look.master_key), "remembered key")

    @classmethod
    def _opened(cls, vault: Vault, method: str) -> Practice:
        """After any way in: failed attempts and the unlock audited, the schedule's horizon extended."""
        path = vault.path
        try:
            practice = cls(vault)
            if vault.read_only:  # nothing may be written: no audit entry, no new sessions
                return practice
            for stamp in take_failed_attempts(path):
                try:
                    when = datetime.fromisoformat(stamp).replace(tzinfo=None)
                except ValueError:
                    when = None
                practice.audit.record("unlock.failed", "vault", detail="wrong passphrase", at=when)
            practice.audit.record("unlock", "vault", detail=f"by {method}")
            if practice.series.extend_horizon(date.today()).sessions:
                from .services.groups.attendance import fill_expected_attendance

                fill_expected_attendance(practice.vault.engine)
        except BaseException:
            vault.close()  # never leave the key in memory or the process lock held
            raise
        return practice

    def today(self, now: datetime | None = None) -> TodayData:
        """What the Today page shows (read as the first paint reads it: ``services.today``)."""
        return self.vault.read_raw(lambda conn: read_today(conn, now))

    # ---- key management --------------------------------------------------
    def change_passphrase(self, current: str, new: str, *, kdf: KdfParams | None = None) -> None:
        self.vault.change_passphrase(current, new, kdf=kdf)
        self.audit.record("passphrase.changed", "vault")

    def reset_passphrase(self, new: str, *, kdf: KdfParams | None = None) -> None:
        """Set a passphrase without the old one (after opening by recovery key)."""
        self.vault.set_passphrase(new, kdf=kdf)
        self.audit.record("passphrase.changed", "vault", detail="reset after recovery")

    def remember_on_this_computer(self, remember: bool) -> None:
        if remember:
            self.vault.remember_on_this_computer()
            self.audit.record("keyring.remembered", "vault")
        else:
            self.vault.forget_on_this_computer()
            self.audit.record("keyring.forgotten", "vault")

    def recovery_sheet(self, custodian_name: str = ""):  # type: ignore[no-untyped-def]
        """Data for the recovery sheet (holds the recovery key: print, never store)."""
        from .pdf import RecoverySheetData

        created = self.vault.meta("created")
        return RecoverySheetData(
            letterhead=self.reports.letterhead(), recovery_key=self.vault.recovery_key(),
            vault_path=str(self.vault.path.resolve()), vault_id=self.vault.vault_id,
            created_at=datetime.fromisoformat(created).replace(tzinfo=None) if created else None,
            custodian_name=custodian_name)

    # ---- closing ---------------------------------------------------------
    @property
    def is_open(self) -> bool:
        return self.vault.is_open

    def lock(self) -> None:
        """Record the lock, then close the database and forget the key.

        Closing always happens: on a damaged or read-only vault the audit
        entry is skipped rather than keeping the key in memory.
        """
        if self.vault.is_open:
            try:
                self.audit.record("lock", "vault")
            except Exception:
                pass
            finally:
                self.vault.close()

    close = lock
