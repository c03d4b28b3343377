"""Two-way calendar sync: push the vault's schedule, pull changes made elsewhere as proposals.

A sync is pull, then push:

- **Pull** reads what changed on the server since the last sync token (or the
  whole collection). An object of ours whose ETag differs from the one we
  wrote was changed on another device: its occurrences are compared with what
  we pushed, and each move, cancellation or deletion becomes a *proposed
  change*. Nothing in the vault changes until the supervisor accepts it; until
  then the object is *held* (not pushed over). If the same object also changed
  in Peerglass since the last push, one *conflict* is proposed with both sides.
  The pull is one transaction: an interrupted pull leaves the token where it
  was, so the next sync reads the same changes again.
- **Push** PUTs every object in the window whose content changed, conditional
  on its ETag, each recorded as soon as the server has it (an interrupted push
  resumes without duplicates: the href comes from the UID), and DELETEs the
  objects of sessions and series that were cancelled or deleted.

Events created elsewhere are left alone.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from ..models import PRIVACY_LEVELS, CalendarAccount, Series, SupervisionSession, SyncObject, SyncProposal
from ..services.audit import AuditService
from ..services.base import ValidationError
from ..services.changes import Changes
from .diff import aware, naive_utc, occurrences, session_for, uid_of
from .local import LocalObject, local_objects, window
from .privacy import Privacy
from .proposals import ProposalReview
from .remote import Remote, href_for

UTC = UTC


ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]


@dataclass(frozen=True)
class AccountData:
    server_url: str = ""
    username: str = ""
    calendar_url: str = ""
    calendar_name: str = ""
    privacy: str = "busy"
    past_days: int = 92
    future_days: int = 365
    interval_minutes: int = 15
    enabled: bool = False


@dataclass
class SyncReport:
    pushed: int = 0
    updated: int = 0
    deleted: int = 0
    pulled: int = 0
    conflicts: int = 0
    foreign: int = 0  # events made elsewhere, left alone
    interrupted: bool = False

    def summary(self) -> str:
        line = (f"pushed {self.pushed}, updated {self.updated}, deleted {self.deleted}, "
                f"pulled {self.pulled}, conflicts {self.conflicts}")
        return line + ("; interrupted — the next sync resumes" if self.interrupted else "")


class SyncService(ProposalReview):
    """The account and the sync runs; reviewing proposed changes comes from ProposalReview."""

    # ---- account --------------------------------------------------------------
    def account(self) -> AccountData:
        with self.session() as s:
            row = s.get(CalendarAccount, 1)
            if row is None:
                return AccountData()
            return AccountData(server_url=row.server_url, username=row.username,
                               calendar_url=row.calendar_url, calendar_name=row.calendar_name,
                               privacy=row.privacy, past_days=row.past_days, future_days=row.future_days,
                               interval_minutes=row.interval_minutes, enabled=row.enabled)

    def save_account(self, data: AccountData) -> Changes:
        problems: dict[str, str] = {}
        if data.privacy not in PRIVACY_LEVELS:
            problems["privacy"] = "Choose busy, initials or full titles."
        if not 0 <= data.past_days <= 3660:
            problems["past_days"] = "Look back between 0 and 3,660 days."
        if not 1 <= data.future_days <= 3660:
            problems["future_days"] = "Look ahead between 1 and 3,660 days."
        if not 0 <= data.interval_minutes <= 1440:
            problems["interval_minutes"] = "Sync every 0 (only on demand) to 1,440 minutes."
        if len(data.server_url) > 500 or len(data.calendar_url) > 500:
            problems["server_url"] = "The address is too long."
        if data.enabled and not data.server_url.strip():
            problems["server_url"] = "Give the calendar server's address."
        if problems:
            raise ValidationError(problems)
        with self.transaction() as s:
            row = s.get(CalendarAccount, 1)
            if row is None:
                row = CalendarAccount(id=1, sync_token="", last_summary="")
                s.add(row)
            server_changed = (row.server_url, row.calendar_url) != (data.server_url.strip(),
                                                                    data.calendar_url.strip())
            row.server_url, row.username = data.server_url.strip(), data.username.strip()
            row.calendar_url, row.calendar_name = data.calendar_url.strip(), data.calendar_name.strip()
            row.privacy, row.past_days, row.future_days = data.privacy, data.past_days, data.future_days
            row.interval_minutes, row.enabled = data.interval_minutes, data.enabled
            if server_changed:  # another calendar: start over there
                row.sync_token = ""
                s.execute(delete(SyncProposal))
                s.execute(delete(SyncObject))
        return Changes(settings=True)

    def status(self) -> tuple[datetime | None, str, int]:
        """(last sync time, its summary, how many changes wait for review)."""
        with self.session() as s:
            row = s.get(CalendarAccount, 1)
            waiting = s.scalar(select(func.count()).select_from(SyncProposal)) or 0
            if row is None:
                return None, "", waiting
            return aware(row.last_sync_at), row.last_summary, waiting

    # ---- syncing --------------------------------------------------------------
    def sync(self, remote: Remote, *, now: datetime | None = None, progress: ProgressFn | None = None,
             cancel: CancelFn | None = None) -> SyncReport:
        """Pull, then push; see the module docstring. Raises a SyncError on failure."""
        account = self.account()
        now_naive = naive_utc(now or datetime.now(UTC))
        lo, hi = window(now_naive, account.past_days, account.future_days)
        calendar_url = remote.use(account.calendar_url, account.calendar_name)
        if calendar_url != account.calendar_url:
            with self.transaction() as s:
                row = s.get(CalendarAccount, 1)
                if row is not None:
                    row.calendar_url = calendar_url
        report = SyncReport()
        privacy = Privacy(account.privacy)
        wanted = local_objects(self.engine, privacy, lo, hi)
        self._pull(remote, wanted, lo, hi, report)
        self._push(remote, calendar_url, wanted, report, progress, cancel)
        with self.transaction() as s:
            row = s.get(CalendarAccount, 1)
            if row is not None:
                row.last_sync_at = now_naive
                row.last_summary = report.summary()
        AuditService(self.engine).record("calendar.synced", "calendar", detail=report.summary())
        return report

    def _pull(self, remote: Remote, wanted: dict[str, LocalObject], lo: datetime, hi: datetime,
              report: SyncReport) -> None:
        with self.session() as s:
            token = (s.get(CalendarAccount, 1) or CalendarAccount(sync_token="")).sync_token or ""
        changes = remote.changes(token)
        with self.transaction() as s:
            known = {row.href: row for row in s.scalars(select(SyncObject))}
            seen: set[str] = set()
            for obj in changes.objects:
                seen.add(obj.href)
                row = known.get(obj.href)
                if row is None:
                    if obj.data is not None:
                        report.foreign += 1
                    continue
                if obj.data is None:
                    if row.etag or row.pushed_hash:
                        self._propose_deleted(s, row)
                        report.pulled += 1
                    continue
                if obj.etag and obj.etag == row.etag:
                    continue  # our own write coming back
                report.pulled += self._compare(s, row, obj.data, obj.etag, wanted, lo, hi, report)
            if changes.complete_listing:
                for href, row in known.items():
                    if href not in seen and row.etag and not row.held:
                        self._propose_deleted(s, row)
                        report.pulled += 1
            account = s.get(CalendarAccount, 1)
            if account is not None:
                account.sync_token = changes.token

    def _compare(self, s: Session, row: SyncObject, server_data: str, etag: str,
                 wanted: dict[str, LocalObject], lo: datetime, hi: datetime, report: SyncReport) -> int:
        """Turn a server-side edit of one object into proposals; how many were made."""
        pushed = occurrences(row.pushed_data, lo, hi) if row.pushed_data else {}
        theirs = occurrences(server_data, lo, hi)
        row.etag = etag
        if pushed == theirs:
            return 0  # a change we don't take (a title, an alarm): ours stays as it is
        mine = wanted.get(row.uid)
        changed_here = mine is None or mine.fingerprint != row.pushed_hash
        s.execute(delete(SyncProposal).where(SyncProposal.uid == row.uid))
        row.held = True
        if changed_here:
            s.add(SyncProposal(uid=row.uid, kind="conflict", server_etag=etag, server_data=server_data,
                               session_id=row.session_id))
            report.conflicts += 1
            return 1
        made = 0
        for key, (start, end) in sorted(pushed.items(), key=lambda kv: kv[1][0]):
            session_id = session_for(s, row, key)
            if key not in theirs:
                s.add(SyncProposal(uid=row.uid, kind="cancelled", session_id=session_id, original_start=key,
                                   server_etag=etag, server_data=""))
                made += 1
            elif theirs[key] != (start, end):
                new_start, new_end = theirs[key]
                s.add(SyncProposal(uid=row.uid, kind="moved", session_id=session_id, original_start=key,
                                   new_start_utc=new_start, new_end_utc=new_end, server_etag=etag,
                                   server_data=""))
                made += 1
        if not made:
            row.held = False
        return made

    @staticmethod
    def _propose_deleted(s: Session, row: SyncObject) -> None:
        s.execute(delete(SyncProposal).where(SyncProposal.uid == row.uid))
        s.add(SyncProposal(uid=row.uid, kind="deleted", session_id=row.session_id, server_etag="",
                           server_data=""))
        row.held, row.etag = True, ""

    def _push(self, remote: Remote, calendar_url: str, wanted: dict[str, LocalObject], report: SyncReport,
              progress: ProgressFn | None, cancel: CancelFn | None) -> None:
        with self.session() as s:
            rows = {row.uid: row for row in s.scalars(select(SyncObject))}
            live_series = set(s.scalars(select(Series.id)))
            cancelled_singles = set(s.scalars(select(SupervisionSession.id).where(
                SupervisionSession.series_id.is_(None), SupervisionSession.status == "cancelled")))
            live_singles = set(s.scalars(select(SupervisionSession.id).where(
                SupervisionSession.series_id.is_(None))))
        gone = [row for uid, row in rows.items() if uid not in wanted and not row.held and (
            (row.series_id is None and row.session_id is None)
            or (row.series_id is not None and row.series_id not in live_series)
            or (row.session_id is not None and (row.session_id in cancelled_singles
                                                or row.session_id not in live_singles)))]
        work = len(wanted) + len(gone)
        done = 0
        for uid, mine in wanted.items():
            if cancel is not None and cancel():
                report.interrupted = True
                return
            done += 1
            if progress is not None:
                progress(done, work)
            row = rows.get(uid)
            if row is not None and row.held:
                continue
            fingerprint = mine.fingerprint
            if row is not None and not row.force_push and fingerprint == row.pushed_hash:
                continue
            data = mine.to_ics()
            if row is None or not row.etag:
                href = row.href if row is not None else href_for(calendar_url, uid)
                etag = remote.put(href, data, None)
                if etag is None:  # something is there already: ours from an interrupted run?
                    existing = remote.get(href)
                    if existing is None or existing.data is None or uid_of(existing.data) != uid:
                        report.conflicts += 1
                        continue
                    etag = remote.put(href, data, existing.etag)
                    if etag is None:
                        report.conflicts += 1
                        continue
                self._record(mine, href, etag, fingerprint, data)
                if row is None:
                    report.pushed += 1
                else:
                    report.updated += 1
                continue
            etag = remote.put(row.href, data, row.etag)
            if etag is None:  # changed on the server since we looked: pulled next time
                report.conflicts += 1
                self._forget_etag(row.id)
                continue
            self._record(mine, row.href, etag, fingerprint, data)
            report.updated += 1
        for row in gone:
            if cancel is not None and cancel():
                report.interrupted = True
                return
            done += 1
            if progress is not None:
                progress(done, work)
            if remote.delete(row.href, row.etag):
                with self.transaction() as s:
                    s.execute(delete(SyncObject).where(SyncObject.id == row.id))
                report.deleted += 1
            else:
                report.conflicts += 1
                self._forget_etag(row.id)

    def _record(self, mine: LocalObject, href: str, etag: str, fingerprint: str, data: bytes) -> None:
        with self.transaction() as s:
            row = s.scalar(select(SyncObject).where(SyncObject.uid == mine.uid))
            if row is None:
                row = SyncObject(uid=mine.uid, href=href)
                s.add(row)
            row.href, row.etag, row.pushed_hash = href, etag, fingerprint
            row.pushed_data = data.decode("utf-8")
            row.series_id, row.session_id = mine.series_id, mine.session_id
            row.held = row.force_push = False

    def _forget_etag(self, row_id: int) -> None:
        """The server's copy moved on: the next pull sees it as changed elsewhere."""
        with self.transaction() as s:
            row = s.get(SyncObject, row_id)
            if row is not None:
                row.etag = row.etag + "~stale" if row.etag else ""

    # ---- proposed changes -----------------------------------------------------


__all__ = ["AccountData", "SyncReport", "SyncService"]
