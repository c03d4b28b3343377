"""Applying iTIP REPLY answers to the invitation rows they belong to.

All-or-nothing: every reply in a file must match an invitation (UID and
attendee e-mail; RECURRENCE-ID when it names one occurrence) before any
answer is stored. A reply carrying an older SEQUENCE than the one last
delivered answers a version that no longer stands: it is reported, not applied.
A reply without SEQUENCE (some clients leave it out) is read as SEQUENCE 0:
applied when no update was delivered since (nothing but the first version,
or the reply is stamped after the last delivery), else reported with the
update it predates.
"""
from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...i18n import translate
from ...models import Invitation, SupervisionSession, utcnow
from ..changes import Changes
from .types import ReplyApplied, ReplyError, ReplyImport


def apply_replies(s: Session, replies: Sequence[Any]) -> ReplyImport:
    """``replies`` are ``app.core.ical.Reply`` values; raises ReplyError (caller rolls back)."""
    plan: list[tuple[Invitation | None, Invitation, Any]] = []
    stale: list[ReplyApplied] = []
    for reply in replies:
        rows = list(s.scalars(select(Invitation).where(Invitation.uid == reply.uid)))
        if not rows:
            raise ReplyError(translate(
                "errors", "This reply is for an invitation Peerglass has no record of (unknown UID); nothing "
                          "was changed."))
        mine = [r for r in rows if r.email.strip().lower() == reply.attendee_email]
        if not mine:
            raise ReplyError(translate(
                "errors", "This reply comes from someone who was not invited to this meeting; nothing was "
                          "changed."))
        rid = reply.recurrence_id.astimezone(UTC).replace(tzinfo=None) if reply.recurrence_id else None
        exact = next((r for r in mine if r.recurrence_id == rid), None)
        base = exact or (next((r for r in mine if r.recurrence_id is None), None) if rid is not None else None)
        if base is None:
            raise ReplyError(translate(
                "errors", "This reply answers an occurrence the person was not invited to; nothing was "
                          "changed."))
        partstat = "DECLINED" if reply.partstat == "DELEGATED" else reply.partstat
        delivered = base.sequence if base.sequence is not None else base.attempted_sequence
        if base.method == "CANCEL":
            stale.append(ReplyApplied(base.id, base.person_key, base.name, partstat, _aware(rid),
                                      "the invitation was withdrawn"))
            continue
        if getattr(reply, "has_sequence", True):
            old = reply.sequence < delivered
            note = f"it answers version {reply.sequence}; version {delivered} was sent since" if old else ""
        else:
            stamp, sent = getattr(reply, "stamp", None), base.sent_at
            after = stamp is not None and sent is not None \
                and stamp >= sent.replace(tzinfo=UTC, microsecond=0)  # DTSTAMP has whole seconds
            old = delivered > 0 and not after
            note = (f"it carries no SEQUENCE, so it answers the first invitation; update {delivered} "
                    "was sent since") if old else ""
        if old:
            stale.append(ReplyApplied(base.id, base.person_key, base.name, partstat, _aware(rid), note))
            continue
        plan.append((exact, base, (rid, partstat)))
    applied: list[ReplyApplied] = []
    for exact, base, (rid, partstat) in plan:
        row = exact
        if row is None:  # an answer to one occurrence of a series they were invited to
            session_id = s.scalar(select(SupervisionSession.id).where(
                SupervisionSession.series_id == base.series_id, SupervisionSession.original_start == rid)) \
                if base.series_id is not None else None
            row = Invitation(uid=base.uid, recurrence_id=rid, series_id=base.series_id, session_id=session_id,
                             group_id=base.group_id, person_key=base.person_key, name=base.name, email=base.email,
                             method="REQUEST", sequence=base.sequence, attempted_sequence=base.attempted_sequence,
                             status=base.status, reason="", delivery=base.delivery, sent_at=base.sent_at)
            s.add(row)
        row.partstat, row.responded_at = partstat, utcnow()
        s.flush()
        applied.append(ReplyApplied(row.id, row.person_key, row.name, partstat, _aware(rid)))
    return ReplyImport(tuple(applied), tuple(stale), Changes(invitations=bool(applied)))


def _aware(value: datetime | None) -> datetime | None:
    return value.replace(tzinfo=UTC) if value is not None else None
