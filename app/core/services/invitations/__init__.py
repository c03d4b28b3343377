"""Invitations (RFC 5546 iTIP by e-mail): send, save as files, replies, who is coming.

Imports run one way: ``types`` (the values) <- ``replies``, ``answers``,
``messages`` <- ``build`` <- ``service``. ``messages`` and ``build`` import the
iCalendar code and are loaded by the service on first use.

Three things carry the word "invitation": the stored record
(:class:`app.core.models.Invitation`, one per invitee and UID), the e-mail
that carries it (:class:`app.core.mail.InvitationEmail`) and the read-only
view the service hands out (:class:`InvitationRow`).

Sending is ``InvitationService.send``, or its two public database halves for a
caller that delivers the e-mails elsewhere (the desktop app's network lane):
``prepare_batch`` writes each row "unsent" and returns the batch, then
``record_delivery`` marks each row from its outcome.
"""
from __future__ import annotations

from .answers import answers_by_meeting, resolve_answers
from .service import InvitationService, smtp_account_key
from .types import (
           Delivery,
           InvitationRow,
           InviteResult,
           InviteTarget,
           ReplyApplied,
           ReplyError,
           ReplyImport,
           SendOutcome,
           deliveries,
)

__all__ = ["Delivery", "deliveries", "InvitationService", "InviteTarget", "InvitationRow", "InviteResult", "SendOutcome",
           "ReplyImport", "ReplyApplied", "ReplyError", "answers_by_meeting", "resolve_answers",
           "smtp_account_key"]
