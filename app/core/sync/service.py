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

Events created elsewhere are left alone, unless the account brings them in
(``import_new``): then each is proposed as a new session, and tracked once
accepted. A phone's "this and following" edit is proposed as one split.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cached_property

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from ..i18n import translate
from ..models import PRIVACY_LEVELS, CalendarAccount, Series, SupervisionSession, SyncObject, SyncProposal
from ..services.audit import AuditService
from ..services.base import ValidationError
from ..services.changes import Changes
from ..services.recurrence_set import Instants
from .diff import aware, naive_utc, occurrences, session_for, uid_of
from .errors import CalendarNotFound, NoAccount, SyncError
from .incoming import Foreign, find_split, read_foreign
from .local import LocalData, LocalObject, build_objects, load_local, window
from .privacy import Privacy
from .proposals import ProposalReview
from .remote import Changes as RemoteChanges
from .remote import Remote, held_etag, href_for

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
    import_new: bool = False  # bring in events created on other devices, as proposed new sessions


@dataclass
class SyncReport:
    pushed: int = 0
    updated: int = 0
    deleted: int = 0
    pulled: int = 0
    conflicts: int = 0
    foreign: int = 0  # events made elsewhere, left alone (or not to be brought in)
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
                               interval_minutes=row.interval_minutes, enabled=row.enabled,
                               import_new=row.import_new)

    def save_account(self, data: AccountData) -> Changes:
        problems: dict[str, str] = {}
        if data.privacy not in PRIVACY_LEVELS:
            problems["privacy"] = translate("validation", "Choose busy, initials or full titles.")
        if not 0 <= data.past_days <= 3660:
            problems["past_days"] = translate("validation", "Look back between 0 and 3,660 days.")
        if not 1 <= data.future_days <= 3660:
            problems["future_days"] = translate("validation", "Look ahead between 1 and 3,660 days.")
        if not 0 <= data.interval_minutes <= 1440:
            problems["interval_minutes"] = translate(
                "validation", "Sync every 0 (only on demand) to 1,440 minutes.")
        if len(data.server_url) > 500 or len(data.calendar_url) > 500:
            problems["server_url"] = translate("validation", "The address is too long.")
        if data.enabled and not data.server_url.strip():
            problems["server_url"] = translate("validation", "Give the calendar server's address.")
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
            row.import_new = data.import_new
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
    # A run is five steps that alternate between the vault and the network, so the
    # app can run each on its own lane (the database thread never waits on a server):
    # prepare (vault) -> fetch (network) -> reconcile (vault) -> write (network) -> record (vault).
    def sync(self, remote: Remote, *, now: datetime | None = None, progress: ProgressFn | None = None,
             cancel: CancelFn | None = None) -> SyncReport:
        """The whole run in one thread (the command line and tests); raises a SyncError on failure."""
        plan = self.prepare(now)
        fetched = fetch(remote, plan)
        ops = self.reconcile(plan, fetched)
        written = write(remote, ops, plan.report, progress=progress, cancel=cancel)
        report = self.record(plan, written.outcomes, failed=written.error is not None)
        if written.error is not None:
            raise written.error
        return report

    def prepare(self, now: datetime | None = None) -> SyncPlan:
        account = self.account()
        if not account.server_url:
            raise NoAccount()
        now_naive = naive_utc(now or datetime.now(UTC))
        lo, hi = window(now_naive, account.past_days, account.future_days)
        with self.session() as s:
            token = (s.get(CalendarAccount, 1) or CalendarAccount(sync_token="")).sync_token or ""
        local = load_local(self.engine, Privacy(account.privacy), lo, hi)
        return SyncPlan(now_naive, lo, hi, account, token, local, self._instants)

    @cached_property
    def _instants(self) -> Instants:
        """The series' rule expansions from one sync to the next (gone with the vault's lock)."""
        return {}

    def reconcile(self, plan: SyncPlan, fetched: Fetched) -> list[Op]:
        """Turn the server's changes into proposals (one transaction), then plan the writes."""
        report, changes = plan.report, fetched.changes
        with self.transaction() as s:
            account = s.get(CalendarAccount, 1)
            if account is not None:
                account.calendar_url = fetched.calendar_url
            known = {row.href: row for row in s.scalars(select(SyncObject))}
            ours = set(plan.wanted) | set(s.scalars(select(Series.uid))) | set(s.scalars(
                select(SupervisionSession.uid).where(SupervisionSession.uid.is_not(None))))
            seen: set[str] = set()
            foreign: dict[str, Foreign] = {}
            for obj in changes.objects:
                seen.add(obj.href)
                if obj.href in known:
                    continue
                if obj.data is None:  # gone before it was brought in
                    s.execute(delete(SyncProposal).where(SyncProposal.href == obj.href,
                                                         SyncProposal.kind == "new"))
                elif uid_of(obj.data) not in ours:  # (ours unrecorded: an interrupted run re-finds it)
                    candidate = read_foreign(obj.href, obj.etag, obj.data, plan.lo, plan.hi)
                    if candidate is not None:
                        foreign[obj.href] = candidate
                    else:
                        report.foreign += 1
            for obj in changes.objects:
                row = known.get(obj.href)
                if row is None:
                    continue
                if row.ignored:  # an event made elsewhere that stays out
                    if obj.data is None:
                        s.delete(row)
                    else:
                        row.etag = held_etag(obj.etag)
                    continue
                if obj.data is None:
                    if row.etag or row.pushed_hash:
                        self._propose_deleted(s, row)
                        report.pulled += 1
                    continue
                if obj.etag and obj.etag == row.etag:
                    continue  # our own write coming back
                report.pulled += self._compare(s, row, obj.data, obj.etag, plan, foreign)
            if changes.complete_listing:
                for href, row in known.items():
                    if href in seen:
                        continue
                    if row.ignored:
                        s.delete(row)
                    elif row.etag and not row.held:
                        self._propose_deleted(s, row)
                        report.pulled += 1
            import_new = account is not None and account.import_new
            for candidate in foreign.values():
                if import_new and candidate.importable:
                    self._propose_new(s, candidate)
                    report.pulled += 1
                else:
                    report.foreign += 1
            if account is not None:
                account.sync_token = changes.token
        return self._plan_writes(plan, fetched.calendar_url)

    @staticmethod
    def _propose_new(s: Session, candidate: Foreign) -> None:
        s.execute(delete(SyncProposal).where(SyncProposal.href == candidate.href))
        assert candidate.first is not None
        s.add(SyncProposal(uid=candidate.uid[:120], kind="new", href=candidate.href, server_etag=candidate.etag,
                           server_data=candidate.data, new_start_utc=candidate.first[0],
                           new_end_utc=candidate.first[1]))

    def _compare(self, s: Session, row: SyncObject, server_data: str, etag: str, plan: SyncPlan,
                 foreign: dict[str, Foreign]) -> int:
        """Turn a server-side edit of one object into proposals; how many were made."""
        pushed = occurrences(row.pushed_data, plan.lo, plan.hi) if row.pushed_data else {}
        theirs = occurrences(server_data, plan.lo, plan.hi)
        row.etag = held_etag(etag)  # it is there, tag or not ("" is "not on the server")
        if pushed == theirs:
            return 0  # a change we don't take (a title, an alarm): ours stays as it is
        mine = plan.wanted.get(row.uid)
        if mine is not None and occurrences(mine.to_ics().decode("utf-8"), plan.lo, plan.hi) == theirs:
            # The server already has what the vault has (our own write from an interrupted run).
            row.pushed_hash, row.pushed_data = mine.fingerprint, server_data
            return 0
        changed_here = mine is None or mine.fingerprint != row.pushed_hash
        s.execute(delete(SyncProposal).where(SyncProposal.uid == row.uid))
        row.held = True
        if changed_here:
            s.add(SyncProposal(uid=row.uid, kind="conflict", server_etag=etag, server_data=server_data,
                               session_id=row.session_id))
            plan.report.conflicts += 1
            return 1
        made = 0
        ordered = sorted(pushed.items(), key=lambda kv: kv[0] or kv[1][0])
        split = find_split(row.uid, row.pushed_data, ordered, theirs, foreign) \
            if row.series_id is not None else None
        if split is not None:
            key = ordered[split.index][0]
            carrier = split.carrier
            if carrier is not None:
                foreign.pop(carrier.href, None)
            # (no session_id: the split deletes that session, and the proposal would go with it)
            s.add(SyncProposal(uid=row.uid, kind="split", session_id=None,
                               original_start=key, new_start_utc=split.new_start, new_end_utc=split.new_end,
                               href=carrier.href if carrier else "", server_etag=carrier.etag if carrier else etag,
                               server_data=carrier.data if carrier else ""))
            made += 1
            ordered = ordered[:split.index]
        for key, (start, end) in ordered:
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

    def _plan_writes(self, plan: SyncPlan, calendar_url: str) -> list[Op]:
        """What to PUT (new or changed objects) and DELETE (cancelled or deleted records)."""
        with self.session() as s:
            rows = {row.uid: row for row in s.scalars(select(SyncObject))}
            live_series = set(s.scalars(select(Series.id)))
            live_singles = set(s.scalars(select(SupervisionSession.id).where(
                SupervisionSession.series_id.is_(None), SupervisionSession.status != "cancelled")))
        ops: list[Op] = []
        for uid, mine in plan.wanted.items():
            row = rows.get(uid)
            if row is not None and (row.held or (not row.force_push and mine.fingerprint == row.pushed_hash)):
                continue
            data = mine.to_ics()
            if row is None or not row.etag:
                href = row.href if row is not None else href_for(calendar_url, uid)
                ops.append(Op("create" if row is None else "recreate", uid, href, "", data, mine.fingerprint,
                              mine.series_id, mine.session_id))
            else:
                ops.append(Op("update", uid, row.href, row.etag, data, mine.fingerprint, mine.series_id,
                              mine.session_id))
        for uid, row in rows.items():
            if uid in plan.wanted or row.held or row.ignored:
                continue
            if (row.series_id is None and row.session_id is None) \
                    or (row.series_id is not None and row.series_id not in live_series) \
                    or (row.session_id is not None and row.session_id not in live_singles):
                ops.append(Op("delete", uid, row.href, row.etag, b"", "", None, None))
        return ops

    def record(self, plan: SyncPlan, outcomes: list[Outcome], *, failed: bool = False) -> SyncReport:
        """Remember what the server now holds, and the run itself (counts only; not a failed run)."""
        report = plan.report
        with self.transaction() as s:
            for outcome in outcomes:
                op = outcome.op
                row = s.scalar(select(SyncObject).where(SyncObject.uid == op.uid))
                if op.action == "delete":
                    if outcome.etag is not None and row is not None:
                        s.delete(row)
                    elif row is not None:
                        row.etag = _stale(row.etag)
                    continue
                if outcome.etag is None:  # changed on the server since we looked: pulled next time
                    if row is not None:
                        row.etag = _stale(row.etag)
                    continue
                if row is None:
                    row = SyncObject(uid=op.uid, href=op.href)
                    s.add(row)
                # The server holds it now: with no ETag named, ETAG_UNKNOWN (an "" would make
                # the next change a re-creation, and an accepted proposal forget the object).
                row.href, row.etag, row.pushed_hash = op.href, held_etag(outcome.etag), op.fingerprint
                row.pushed_data = op.data.decode("utf-8")
                row.series_id, row.session_id = op.series_id, op.session_id
                row.held = row.force_push = False
            account = s.get(CalendarAccount, 1)
            if account is not None and not failed:
                account.last_sync_at = plan.now
                account.last_summary = report.summary()
        if not failed:
            AuditService(self.engine).record("calendar.synced", "calendar", detail=report.summary())
        return report


def _stale(etag: str) -> str:
    """The server's copy moved on: the next pull sees it as changed elsewhere."""
    return etag + "~stale" if etag else ""


@dataclass
class SyncPlan:
    """What a run works from, read from the vault in its first step."""

    now: datetime
    lo: datetime
    hi: datetime
    account: AccountData
    token: str
    local: LocalData
    memo: Instants
    report: SyncReport = field(default_factory=lambda: SyncReport())

    @cached_property
    def wanted(self) -> dict[str, LocalObject]:
        """The objects the vault wants on the server: built from ``local`` on first use, by
        :func:`fetch` in the network step, so the database lane does not expand the rules."""
        return build_objects(self.local, self.memo)


@dataclass(frozen=True)
class Fetched:
    calendar_url: str
    changes: RemoteChanges


@dataclass(frozen=True)
class Op:
    """One write for the network step: create, recreate, update or delete an object."""

    action: str
    uid: str
    href: str
    etag: str
    data: bytes
    fingerprint: str
    series_id: int | None
    session_id: int | None


@dataclass(frozen=True)
class Outcome:
    op: Op
    etag: str | None  # None: refused because the server's copy changed (412)


def fetch(remote: Remote, plan: SyncPlan) -> Fetched:
    """Network step: find the calendar and read what changed there since the last token (and build
    the objects the vault wants there first: CPU work, kept off the database lane)."""
    plan.wanted  # noqa: B018  (built here, on the network lane)
    account = plan.account
    try:
        url = remote.use(account.calendar_url, account.calendar_name)
    except CalendarNotFound:
        if account.calendar_url or not account.calendar_name:
            raise
        url = remote.use(remote.make_calendar(account.calendar_name))  # a name typed for a new calendar
    return Fetched(url, remote.changes(plan.token))


def write(remote: Remote, ops: list[Op], report: SyncReport, *, progress: ProgressFn | None = None,
          cancel: CancelFn | None = None) -> Written:
    """Network step: every planned write, conditional on ETags; no vault access.

    A failure part way (server gone, quota) stops the writes; what already
    reached the server is returned with the error, so it is recorded first.
    """
    outcomes: list[Outcome] = []
    for done, op in enumerate(ops, start=1):
        if cancel is not None and cancel():
            report.interrupted = True
            break
        if progress is not None:
            progress(done, len(ops))
        try:
            outcomes.append(_write_one(remote, op, report))
        except SyncError as exc:
            report.interrupted = True
            return Written(outcomes, exc)
    return Written(outcomes, None)


@dataclass(frozen=True)
class Written:
    outcomes: list[Outcome]
    error: SyncError | None


def _write_one(remote: Remote, op: Op, report: SyncReport) -> Outcome:
    if op.action == "delete":
        ok = remote.delete(op.href, op.etag)
        if ok:
            report.deleted += 1
        else:
            report.conflicts += 1
        return Outcome(op, op.etag if ok else None)
    if op.action == "update":
        etag = remote.put(op.href, op.data, op.etag)
        if etag is None:
            report.conflicts += 1
        else:
            report.updated += 1
        return Outcome(op, etag)
    etag = remote.put(op.href, op.data, None)
    if etag is None:  # something is there already: ours, from an interrupted run?
        existing = remote.get(op.href)
        if existing is not None and existing.data is not None and uid_of(existing.data) == op.uid:
            etag = remote.put(op.href, op.data, existing.etag)
        if etag is None:
            report.conflicts += 1
            return Outcome(op, None)
    if op.action == "create":
        report.pushed += 1
    else:
        report.updated += 1
    return Outcome(op, etag)


__all__ = ["AccountData", "Fetched", "Op", "Outcome", "Written", "SyncPlan", "SyncReport", "SyncService",
           "fetch", "write"]
