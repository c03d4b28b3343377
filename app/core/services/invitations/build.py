"""Preparing one batch of invitation e-mails: recipients, SEQUENCE, calendars, rows.

Runs inside the caller's transaction; the rows it writes are "unsent" until
:class:`~.service.InvitationService` marks them from the SMTP results.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...i18n import translate
from ...ical import IcsAttendee, build_cancel, build_request
from ...mail import InvitationEmail, Invitee, is_valid_email
from ...models import Invitation
from ..base import ValidationError
from ..members import Person
from .messages import Resolved, organizer, resolve, words
from .types import InviteTarget


@dataclass
class Batch:
    """One prepared batch: the rows written "unsent" and the e-mail for each, waiting to be delivered."""

    resolved: Resolved
    sequence: int
    updated: bool
    items: list[tuple[int, Any]]  # (invitation id, mail.InvitationEmail)
    skipped: list[str]  # names of invitees without a usable e-mail address

    @property
    def emails(self) -> list[InvitationEmail]:
        """The e-mails to deliver (mail.InvitationEmail), in the order of ``items``."""
        return [email for _, email in self.items]


def prepare(s: Session, target: InviteTarget, method: str | None, only: set[str] | None,
            cancel_removed: bool, fallback: tuple[str, str] | None, now: datetime | None) -> Batch:
    resolved = resolve(s, target, now=now)
    org = organizer(s, fallback)
    method = (method or ("CANCEL" if resolved.cancelled else "REQUEST")).upper()
    if method not in ("REQUEST", "CANCEL"):
        raise ValidationError({"method": translate(
            "validation", "An invitation is a request or a cancellation.")})
    if method == "REQUEST" and resolved.cancelled:
        raise ValidationError({"method": translate(
            "validation", "This meeting is cancelled: send the cancellation instead.")})
    invitees = [p for p in resolved.invitees if is_valid_email(p.email)]
    skipped = [p.name for p in resolved.skipped] + [p.name for p in resolved.invitees if p not in invitees]

    rows = list(s.scalars(select(Invitation).where(Invitation.uid == resolved.uid)))
    same = {r.person_key: r for r in rows if r.recurrence_id == resolved.recurrence_id}
    prior = max((r.sequence for r in rows if r.sequence is not None), default=None)
    recipients: list[tuple[Person, str]]
    if method == "REQUEST":
        recipients = [(p, "REQUEST") for p in invitees]
        keys = {p.key for p in invitees}
        if cancel_removed:
            recipients += [(Person(k, r.name, r.email, ""), "CANCEL") for k, r in same.items()
                           if k not in keys and r.method == "REQUEST" and r.sequence is not None]
        bump = any(m == "CANCEL" for _, m in recipients)  # the attendee list changed
        sequence = max(resolved.current_sequence, (prior or 0) + (1 if bump and prior is not None else 0))
    else:
        holders: dict[str, Person] = {}
        for r in rows:
            covers = resolved.recurrence_id is None or r.recurrence_id in (None, resolved.recurrence_id)
            if covers and r.method == "REQUEST" and r.sequence is not None:
                holders[r.person_key] = Person(r.person_key, r.name, r.email, "")
        recipients = [(p, "CANCEL") for p in (holders.values() if holders else invitees)]
        sequence = max(resolved.current_sequence, prior + 1 if prior is not None else 1)
    if only is not None:
        recipients = [(p, m) for p, m in recipients if p.key in only]
    if not recipients:
        raise ValidationError({"invitees": translate(
            "validation", "There is nobody to send this to (no invitee has an e-mail address).")})
    resolved.write_sequence(s, sequence)

    event = replace(resolved.event, sequence=sequence)
    asked = [IcsAttendee(p.name, p.email) for p, m in recipients if m == "REQUEST"]
    request = build_request(event, org, asked, overrides=[replace(o, sequence=sequence)
                                                            for o in resolved.overrides]) if asked else b""
    cancelled = [IcsAttendee(p.name, p.email) for p, m in recipients if m == "CANCEL"]
    whole_cancel = build_cancel(replace(event, sequence=sequence - 1), org, cancelled, sequence=sequence) \
        if method == "CANCEL" else b""

    items: list[tuple[int, Any]] = []
    updated = False
    for person, how in recipients:
        row = same.get(person.key)
        if row is None:
            row = Invitation(uid=resolved.uid, recurrence_id=resolved.recurrence_id, person_key=person.key,
                             partstat="NEEDS-ACTION")
            s.add(row)
        is_update = how == "REQUEST" and row.sequence is not None and row.sequence < sequence
        updated = updated or is_update
        row.series_id, row.session_id, row.group_id = resolved.series_id, resolved.session_id, resolved.group_id
        row.name, row.email, row.method = person.name, person.email, how
        row.attempted_sequence, row.status, row.reason = sequence, "unsent", ""
        s.flush()
        if how == "REQUEST":
            calendar, filename = request, "invite.ics"
        else:  # one's own cancellation names only them, unless the whole meeting is cancelled
            calendar = whole_cancel or build_cancel(  # an uninvite: no STATUS (RFC 5546 3.2.5)
                replace(event, sequence=sequence - 1), org, [IcsAttendee(person.name, person.email)],
                sequence=sequence, uninvite=True)
            filename = "cancel.ics"
        subject, body = words(resolved, how, is_update, person.name, org[0])
        items.append((row.id, InvitationEmail(how, subject, body, calendar,  # type: ignore[arg-type]
                                             Invitee(person.name, person.email), filename)))
    return Batch(resolved, sequence, updated, items, skipped)
