"""Invitations (RFC 5546 iTIP by e-mail): send, save as files, replies, who is coming.

One ``invitation`` row per invitee and UID (+ RECURRENCE-ID) records what
was sent (method, SEQUENCE), whether it went (unsent / sent / failed with
the reason) and the answer (PARTSTAT). Sending happens outside any database
transaction: rows are first written as unsent, then marked from each
recipient's SMTP result, so a refused recipient or a dead server leaves
exactly those invitations unsent or failed. Every batch is audited by ids
and counts only. The SMTP password lives in the OS keyring, never here.

Calendar and mail code are imported on first use to keep start-up light.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ...i18n import translate
from ...models import PARTSTATS, Invitation, SmtpAccount, utcnow
from ..audit import add_event
from ..base import NotFound, Service, ValidationError
from ..changes import Changes
from .replies import apply_replies
from .types import (
    Delivery,
    InvitationRow,
    InviteResult,
    InviteTarget,
    ReplyError,
    ReplyImport,
    SendOutcome,
    deliveries,
)

if TYPE_CHECKING:  # pragma: no cover
    from ...mail import Invitee, SmtpSettings
    from .build import Batch

def _delivery(outcome: Delivery | tuple[bool, str]) -> Delivery:
    return outcome if isinstance(outcome, Delivery) else Delivery(*outcome)


def smtp_account_key(settings: SmtpSettings) -> str:
    """The keyring account name of an SMTP login (never stored with the password)."""
    return f"{settings.username or settings.from_address}@{settings.host}:{settings.port}"


def _row(r: Invitation) -> InvitationRow:
    rid = r.recurrence_id.replace(tzinfo=UTC) if r.recurrence_id is not None else None
    return InvitationRow(r.id, r.person_key, r.name, r.email, r.uid, rid, r.series_id, r.session_id, r.group_id,
                         r.method, r.sequence, r.status, r.reason, r.delivery, r.partstat, r.sent_at,
                         r.responded_at)


class InvitationService(Service):
    """``practice.invitations``."""

    # ---- SMTP account -------------------------------------------------------------------
    def smtp_settings(self) -> SmtpSettings | None:
        from ...mail import SmtpSettings

        with self.session() as s:
            row = s.get(SmtpAccount, 1)
            if row is None:
                return None
            return SmtpSettings(row.host, row.port, row.security, row.username,  # type: ignore[arg-type]
                                row.from_name, row.from_address, float(row.timeout_seconds))

    def save_smtp_settings(self, settings: SmtpSettings, password: str | None = None) -> Changes:
        """Keep the account in the vault and, if given, the password in the OS keyring.

        Raises ``mail.KeyringUnavailable`` (nothing saved) when there is no keyring.
        """
        from ...mail import store_smtp_password

        if password:
            store_smtp_password(smtp_account_key(settings), password)
        with self.transaction() as s:
            row = s.get(SmtpAccount, 1) or SmtpAccount(id=1)
            row.host, row.port, row.security, row.username = (settings.host, settings.port, settings.security,
                                                              settings.username)
            row.from_name, row.from_address = settings.from_name, settings.from_address
            row.timeout_seconds = max(1, int(settings.timeout))
            s.add(row)
        return Changes(settings=True)

    def smtp_password(self, settings: SmtpSettings | None = None) -> str | None:
        """The keyring's password for the account, or None (none stored, or no keyring)."""
        from ...mail import KeyringUnavailable, load_smtp_password

        settings = settings or self.smtp_settings()
        if settings is None:
            return None
        try:
            return load_smtp_password(smtp_account_key(settings))
        except KeyringUnavailable:
            return None

    def forget_smtp_settings(self) -> Changes:
        from ...mail import KeyringUnavailable, forget_smtp_password

        settings = self.smtp_settings()
        if settings is not None:
            try:
                forget_smtp_password(smtp_account_key(settings))
            except KeyringUnavailable:
                pass
        with self.transaction() as s:
            row = s.get(SmtpAccount, 1)
            if row is not None:
                s.delete(row)
        return Changes(settings=True)

    # ---- sending -----------------------------------------------------------------------
    def send(self, target: InviteTarget, smtp_settings: SmtpSettings | None = None,
             password: str | None = None, *, method: str | None = None, only: Iterable[str] | None = None,
             cancel_removed: bool = True, progress: Callable[[int, int], None] | None = None,
             cancel: Callable[[], bool] | None = None, ssl_context: Any = None,
             now: datetime | None = None) -> SendOutcome:
        """E-mail the invitation (REQUEST), update or cancellation (CANCEL) to each invitee.

        ``method`` None sends CANCEL for a cancelled meeting and REQUEST
        otherwise; ``only`` limits it to some person keys (a retry). With
        ``cancel_removed``, people invited before who are no longer members
        get a CANCEL. Settings and password default to the stored ones.
        """
        from ...mail.send import send_invitations

        settings = smtp_settings or self.smtp_settings()
        if settings is None:
            raise ValidationError({"smtp": translate(
                "validation", "Set up your SMTP account first, or save the invitations as files.")})
        if password is None and settings.username:
            password = self.smtp_password(settings)
        batch = self.prepare_batch(target, method=method, only=only, cancel_removed=cancel_removed,
                                   sender=(settings.from_name, settings.from_address), now=now)
        results = send_invitations(settings, password, batch.emails, progress=progress,
                                   cancel=cancel, ssl_context=ssl_context)
        return self.record_delivery(batch, deliveries(results))

    def save_as_files(self, target: InviteTarget, folder: Path, *, method: str | None = None,
                      only: Iterable[str] | None = None, cancel_removed: bool = True,
                      now: datetime | None = None) -> SendOutcome:
        """Write each e-mail as .eml plus its .ics, to send by hand (no SMTP needed).

        The invitations stay "unsent" (delivery "file") until ``mark_sent``.
        """
        from ...mail import save_invitations

        batch = self.prepare_batch(target, method=method, only=only, cancel_removed=cancel_removed, now=now)
        paths = save_invitations(batch.emails, Path(folder), sender=self._organizer_invitee())
        return self.record_delivery(batch, [(False, "Saved as files to send by hand.")] * len(batch.items),
                                    delivery="file", paths=tuple(paths))

    def mark_sent(self, invitation_ids: Iterable[int]) -> Changes:
        """The supervisor sent these saved files by hand."""
        with self.transaction() as s:
            for invitation_id in invitation_ids:
                row = self._get(s, invitation_id)
                row.status, row.reason, row.sent_at = "sent", "", utcnow()
        return Changes(invitations=True)

    # ---- answers ----------------------------------------------------------------------
    def import_reply(self, data: bytes) -> ReplyImport:
        """Apply a METHOD:REPLY file (as Outlook, Gmail or Thunderbird send it).

        Matched by UID, attendee e-mail and RECURRENCE-ID. An unknown UID or
        attendee, or a malformed file, raises ReplyError and changes nothing;
        a reply to an older SEQUENCE is reported in ``stale`` and ignored.
        """
        from ...ical import IcsError, parse_reply
        from ..scheduling import practice_tz

        with self.session() as s:
            tz = practice_tz(s)
        try:
            replies = parse_reply(data, default_tz=tz)
        except IcsError as exc:
            raise ReplyError(translate(
                "errors", "This file is not a usable invitation reply ({0}); nothing was "
                          "changed.").format(exc)) from None
        with self.transaction() as s:
            result = apply_replies(s, replies)
            add_event(s, "invitation.reply", "invitation", None,
                      f"{len(result.applied)} answer(s) applied, {len(result.stale)} out of date")
            return result

    def set_response(self, invitation_id: int, partstat: str) -> Changes:
        """Record an answer given by other means (a phone call, a note)."""
        partstat = str(partstat).upper()
        if partstat not in PARTSTATS:
            raise ValidationError({"partstat": translate(
                "validation", "The answer is accepted, declined, tentative or needs action.")})
        with self.transaction() as s:
            row = self._get(s, invitation_id)
            row.partstat, row.responded_at = partstat, utcnow()
            add_event(s, "invitation.reply", "invitation", invitation_id, f"set by hand: {partstat.lower()}")
        return Changes(invitations=True, audit=True)

    def responses(self, *, group_id: int | None = None, series_id: int | None = None,
                  session_id: int | None = None) -> list[InvitationRow]:
        """Every invitation of a group, a series or one meeting (its series' invitations too)."""
        if sum(x is not None for x in (group_id, series_id, session_id)) != 1:
            raise ValidationError({"target": translate(
                "validation", "Ask about one group, series or meeting.")})
        query = select(Invitation).order_by(Invitation.recurrence_id.is_not(None), Invitation.recurrence_id,
                                            Invitation.name, Invitation.id)
        with self.session() as s:
            if group_id is not None:
                query = query.where(Invitation.group_id == group_id)
            elif series_id is not None:
                query = query.where(Invitation.series_id == series_id)
            else:
                from .messages import resolve

                resolved = resolve(s, InviteTarget.meeting(session_id))  # type: ignore[arg-type]
                query = query.where(Invitation.uid == resolved.uid, or_(
                    Invitation.recurrence_id.is_(None), Invitation.recurrence_id == resolved.recurrence_id))
                s.rollback()  # resolving may give a one-off a UID; reading must not write
            return [_row(r) for r in s.scalars(query)]

    def who_is_coming(self, session_id: int) -> dict[str, str]:
        """Person key -> PARTSTAT for one meeting: an answer to the meeting itself wins over
        the answer to its series; cancelled invitations are left out."""
        from .answers import resolve_answers

        return resolve_answers(self.responses(session_id=session_id))

    # ---- helpers ----------------------------------------------------------------------
    def _organizer_invitee(self) -> Invitee:
        from ...mail import Invitee
        from .messages import organizer

        with self.session() as s:
            settings = self.smtp_settings()
            name, email = organizer(s, (settings.from_name, settings.from_address) if settings else None)
        return Invitee(name, email)

    @staticmethod
    def _get(s: Session, invitation_id: int) -> Invitation:
        row = s.get(Invitation, invitation_id)
        if row is None:
            raise NotFound(translate("errors", "Invitation"), invitation_id)
        return row

    # ---- the two database halves of ``send`` (the UI sends between them, on its network lane) ----
    def prepare_batch(self, target: InviteTarget, *, method: str | None = None, only: Iterable[str] | None = None,
                      cancel_removed: bool = True, sender: tuple[str, str] | None = None,
                      now: datetime | None = None) -> Batch:
        """Write an "unsent" invitation row per invitee and build each e-mail, in one transaction.

        The first half of :meth:`send`: the caller delivers ``batch.emails`` itself (for instance
        with :func:`app.core.mail.send_invitations` on a thread that holds no database), then
        records the results with :meth:`record_delivery`. ``sender`` is the (name, address) the
        e-mails come from when the practice has none of its own (default: the SMTP account's).
        ``method``, ``only`` and ``cancel_removed`` are as for :meth:`send`.
        """
        from .build import prepare

        if sender is None:
            settings = self.smtp_settings()
            sender = (settings.from_name, settings.from_address) if settings else None
        with self.transaction() as s:
            wanted = None if only is None else set(only)
            return prepare(s, target, method, wanted, cancel_removed, sender, now)

    def record_delivery(self, batch: Batch, outcomes: Sequence[Delivery | tuple[bool, str]], *, delivery: str = "smtp",
                        paths: tuple[Path, ...] = ()) -> SendOutcome:
        """Mark each invitation of ``batch`` from its outcome, in order: a :class:`Delivery` (or
        ``(ok, error text)``) per e-mail.

        The second half of :meth:`send`. ``delivery`` is "smtp", or "file" for e-mails saved as
        ``paths`` to send by hand (those stay "unsent" until :meth:`mark_sent`). Audited by counts.
        """
        if len(outcomes) != len(batch.items):
            raise ValidationError({"outcomes": translate(
                "validation", "Give one outcome for each invitation of the batch.")})
        results: list[InviteResult] = []
        with self.transaction() as s:
            counts: dict[str, list[int]] = {}
            for (invitation_id, _email), (ok, reason, cancelled) in zip(batch.items, map(_delivery, outcomes)):
                row = self._get(s, invitation_id)
                delivered = ok or delivery == "file"
                if delivered:
                    if row.method == "REQUEST" and row.sequence is not None and batch.sequence > row.sequence:
                        row.partstat = "NEEDS-ACTION"  # a changed meeting asks for a new answer
                    row.sequence = batch.sequence
                    row.delivery = delivery
                if ok:
                    row.status, row.reason, row.sent_at = "sent", "", utcnow()
                else:
                    row.status = "unsent" if delivery == "file" or cancelled else "failed"
                    row.reason = reason[:500]
                tally = counts.setdefault(row.method, [0, 0])
                tally[0] += delivered
                tally[1] += 1
                results.append(InviteResult(row.id, row.person_key, row.name, row.email, row.method, row.status,
                                            row.reason))
            resolved = batch.resolved
            for method, (done, total) in counts.items():
                action = ("invitation.cancelled" if method == "CANCEL"
                          else "invitation.updated" if batch.updated else "invitation.sent")
                how = "saved as files" if delivery == "file" else "sent by e-mail"
                add_event(s, action, resolved.object_type, resolved.object_id,
                          f"{done} of {total} {how}; sequence {batch.sequence}")
        return SendOutcome(tuple(results), tuple(batch.skipped), batch.sequence, paths,
                           Changes(invitations=True, audit=True))

