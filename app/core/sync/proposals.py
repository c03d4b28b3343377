"""Changes found on the server, waiting for the supervisor: the list, accept, reject.

Nothing a pull finds changes the vault by itself. Accepting a move moves that
session only; a cancellation cancels it; a deleted series ends now (sessions
that were moved, have notes or were paid are cancelled, never deleted); a
conflict is resolved for the server (its moves and cancellations applied) or
for Peerglass (its version pushed back over the server's). A new event made
elsewhere (when the account brings them in) becomes a session or a series;
a phone's "this and following" change splits the series (see ``adopt``).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import delete, func, select

from ..i18n import translate
from ..models import SupervisionSession, SyncObject, SyncProposal
from ..services.base import NotFound, Service
from ..services.changes import Changes
from ..services.scheduling import from_utc, local_wall
from ..services.sessions import SessionData, SessionService
from .adopt import NotBroughtIn, bring_in, leave_out, split_series
from .compare import Version, versions
from .diff import aware, describe, naive_utc, occurrences, session_for, uid_of
from .incoming import summary_of


@dataclass(frozen=True)
class Proposal:
    """A change from the server, in words the list shows (no content beyond times)."""

    id: int
    uid: str
    kind: str  # moved / cancelled / deleted / conflict / new / split
    session_id: int | None
    original_start: datetime | None  # aware UTC
    new_start: datetime | None
    new_end: datetime | None
    session_held: bool  # the session was held or has notes: take care
    local_summary: str  # for a conflict: what Peerglass has
    server_summary: str  # and what the server has
    title: str = ""  # a new event's title on the server (shown in the app, never on the command line)
    mine: Version | None = None  # a conflict, field by field: Peerglass's side
    theirs: Version | None = None  # and the server's


class ProposalReview(Service):
    def pending(self, tz: str = "UTC") -> list[Proposal]:
        """Every change waiting, oldest occurrence first; a conflict's sides in ``tz``."""
        with self.session() as s:
            result = []
            order = func.coalesce(SyncProposal.original_start, SyncProposal.new_start_utc)
            for p in s.scalars(select(SyncProposal).order_by(order, SyncProposal.id)):
                held = False
                session_id = p.session_id
                if p.kind == "split":  # the meeting it starts from
                    row = s.scalar(select(SyncObject).where(SyncObject.uid == p.uid))
                    session_id = session_for(s, row, p.original_start) if row is not None else None
                if session_id is not None:
                    session = s.get(SupervisionSession, session_id)
                    held = session is not None and (session.status == "held" or session.has_notes)
                local_summary = server_summary = ""
                mine = theirs = None
                if p.kind == "conflict":
                    row = s.scalar(select(SyncObject).where(SyncObject.uid == p.uid))
                    if row is not None and row.pushed_data:
                        lo = datetime.now(UTC).replace(tzinfo=None) - timedelta(days=400)
                        hi = lo + timedelta(days=800)
                        server_summary = describe(occurrences(p.server_data, lo, hi))
                        local_summary = "changed in Peerglass since the last sync"
                        mine, theirs = versions(self._rendered(p.uid, lo, hi), p.server_data, lo, hi, tz)
                title = summary_of(p.server_data) if p.kind == "new" else ""
                result.append(Proposal(p.id, p.uid, p.kind, session_id, aware(p.original_start),
                                       aware(p.new_start_utc), aware(p.new_end_utc), held,
                                       local_summary, server_summary, title, mine, theirs))
            return result

    def _rendered(self, uid: str, lo: datetime, hi: datetime) -> str:
        """What the vault would push for ``uid`` now (at the account's privacy level)."""
        from ..models import CalendarAccount
        from .local import local_objects
        from .privacy import Privacy

        with self.session() as s:
            account = s.get(CalendarAccount, 1)
            level = account.privacy if account is not None else "busy"
        mine = local_objects(self.engine, Privacy(level), lo, hi, uids={uid}).get(uid)
        return mine.to_ics().decode("utf-8") if mine is not None else ""

    def accept(self, proposal_id: int, *, now: datetime | None = None,
               supervisee_id: int | None = None) -> Changes:
        """Apply one proposed change to the vault (for a conflict: take the server's side).

        ``supervisee_id``: whose a new event is (else the importer matches its title to a name;
        :class:`NotBroughtIn` when it can't, and nothing changes).
        """
        with self.session() as s:
            p = s.get(SyncProposal, proposal_id)
            if p is None:
                raise NotFound(translate("errors", "Proposed change"), proposal_id)
            kind, uid, session_id = p.kind, p.uid, p.session_id
            new_start, new_end, server_data = p.new_start_utc, p.new_end_utc, p.server_data
            href, etag, key = p.href, p.server_etag, p.original_start
            row = s.scalar(select(SyncObject).where(SyncObject.uid == uid))
            series_id = row.series_id if row is not None else None
            pushed = row.pushed_data if row is not None else ""
        if kind == "new":
            bring_in(self.engine, uid, href, etag, server_data, supervisee_id, now)
            with self.transaction() as s:
                s.execute(delete(SyncProposal).where(SyncProposal.id == proposal_id))
            return Changes(sessions=True)
        sessions = SessionService(self.engine)
        if kind == "split" and key is not None and new_start is not None and new_end is not None:
            split_series(self.engine, uid, key, new_start, new_end, href, etag, server_data, now)
        elif kind == "moved" and session_id is not None and new_start is not None and new_end is not None:
            _move(sessions, session_id, new_start, new_end)
        elif kind == "cancelled" and session_id is not None:
            sessions.cancel(session_id)
        elif kind == "deleted":
            self._accept_deleted(series_id, session_id, now)
        elif kind == "conflict":
            self._take_theirs(uid, series_id, session_id, pushed, server_data, now)
        self._resolved(proposal_id, uid, rejected=False)
        return Changes(sessions=True)

    def reject(self, proposal_id: int) -> Changes:
        """Keep the vault as it is; the next sync puts Peerglass's version back on the server."""
        with self.session() as s:
            p = s.get(SyncProposal, proposal_id)
            if p is None:
                raise NotFound(translate("errors", "Proposed change"), proposal_id)
            uid, kind, href, etag, server_data = p.uid, p.kind, p.href, p.server_etag, p.server_data
        if kind == "new":  # it stays on the server, and out of the vault
            leave_out(self.engine, uid, href, etag, delete_it=False)
            with self.transaction() as s:
                s.execute(delete(SyncProposal).where(SyncProposal.id == proposal_id))
            return Changes(settings=True)
        if kind == "split" and href:  # ours goes back whole; the phone's new part goes
            leave_out(self.engine, uid_of(server_data) or uid + "/split", href, etag, delete_it=True)
        self._resolved(proposal_id, uid, rejected=True)
        return Changes(settings=True)

    def accept_all(self, *, now: datetime | None = None) -> int:
        """Accept every change; a new event whose supervisee can't be told waits. How many were applied."""
        done = 0
        for proposal in self.pending():
            try:
                self.accept(proposal.id, now=now)
            except NotBroughtIn:
                continue
            done += 1
        return done

    def _resolved(self, proposal_id: int, uid: str, *, rejected: bool) -> None:
        with self.transaction() as s:
            s.execute(delete(SyncProposal).where(SyncProposal.id == proposal_id))
            row = s.scalar(select(SyncObject).where(SyncObject.uid == uid))
            if row is None:
                return
            if rejected:
                row.force_push = True
            left = s.scalar(select(func.count()).select_from(SyncProposal).where(SyncProposal.uid == uid))
            if not left:
                if not row.etag and not rejected and not row.force_push:
                    # A deletion accepted: forget the object; the vault no longer offers it.
                    s.delete(row)
                else:
                    row.held = False

    def _accept_deleted(self, series_id: int | None, session_id: int | None, now: datetime | None) -> None:
        """Deleted on another device: cancel the single session, or end the series now."""
        if series_id is not None:
            from ..services.series import SeriesService

            cut = naive_utc(now or datetime.now(UTC))
            with self.session() as s:
                # Sessions the series end would keep (moved, with notes, paid) are cancelled instead.
                kept = list(s.scalars(select(SupervisionSession.id).where(
                    SupervisionSession.series_id == series_id, SupervisionSession.start_utc >= cut,
                    SupervisionSession.status == "scheduled",
                    SupervisionSession.detached.is_(True) | SupervisionSession.has_notes.is_(True)
                    | SupervisionSession.paid.is_(True))))
            sessions = SessionService(self.engine)
            for ident in kept:
                sessions.cancel(ident)
            SeriesService(self.engine).delete(series_id, now=cut)
        elif session_id is not None:
            SessionService(self.engine).cancel(session_id)

    def _take_theirs(self, uid: str, series_id: int | None, session_id: int | None, pushed: str,
                     server_data: str, now: datetime | None) -> None:
        """Resolve a conflict for the server: its moves and cancellations are applied here."""
        center = naive_utc(now or datetime.now(UTC))
        lo, hi = center - timedelta(days=3660), center + timedelta(days=3660)
        mine = occurrences(pushed, lo, hi) if pushed else {}
        theirs = occurrences(server_data, lo, hi)
        sessions = SessionService(self.engine)
        with self.session() as s:
            row = s.scalar(select(SyncObject).where(SyncObject.uid == uid))
        for key, span in mine.items():
            target = session_id if row is None or row.series_id is None else None
            if target is None and row is not None:
                with self.session() as s:
                    target = session_for(s, row, key)
            if target is None:
                continue
            if key not in theirs:
                sessions.cancel(target)
            elif theirs[key] != span:
                _move(sessions, target, *theirs[key])
        with self.transaction() as s:
            obj = s.scalar(select(SyncObject).where(SyncObject.uid == uid))
            if obj is not None:
                obj.force_push = True  # push our rendering of the merged result (If-Match theirs)

    def keep_mine(self, proposal_id: int) -> Changes:
        """Resolve a conflict for Peerglass: its version replaces the server's."""
        return self.reject(proposal_id)


def _move(sessions: SessionService, session_id: int, start: datetime, end: datetime) -> None:
    """This session only, to a new time (naive UTC), keeping everything else it has."""
    record = sessions.get(session_id)
    sessions.update(session_id, SessionData(
        start_local=local_wall(start, record.tz), tz=record.tz,
        duration_minutes=max(1, int((end - start).total_seconds() // 60)), kind=record.kind,
        supervisee_id=record.supervisee_id, group_id=record.group_id, location=record.location,
        fee=record.data.fee))


def proposal_text(p: Proposal, tz: str = "UTC") -> str:
    """One line for the list and the CLI; times only, never names or notes."""
    def when(moment: datetime | None) -> str:
        return from_utc(moment.replace(tzinfo=None), tz).strftime("%a %d %b %Y %H:%M") if moment else "?"

    caution = " (held or has notes)" if p.session_held else ""
    if p.kind == "new":
        return f"New event: {when(p.new_start)}"
    if p.kind == "split":
        day = from_utc(p.original_start.replace(tzinfo=None), tz).strftime("%a %d %b %Y") \
            if p.original_start else "?"
        return f"From {day} on: moved to {when(p.new_start)} and the following meetings{caution}"
    if p.kind == "moved":
        return f"Moved: {when(p.original_start)} → {when(p.new_start)}{caution}"
    if p.kind == "cancelled":
        return f"Cancelled on the server: {when(p.original_start)}{caution}"
    if p.kind == "deleted":
        return f"Deleted on the server{caution}"
    return f"Changed on both sides: here {p.local_summary}; server {p.server_summary}"
