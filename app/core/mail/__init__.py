"""Invitation e-mails: plain settings data, the iTIP message, files, the password.

An invitation is one e-mail per invitee whose ``text/calendar; method=...``
alternative makes Outlook, Gmail and Thunderbird show Accept/Decline, with
the same ``.ics`` attached for clients that only look at attachments. The
calendar text itself comes from ``app.core.ical``; this module only wraps it.

The package imports one way: ``message`` (settings, the MIME message, .eml
files) and ``password`` (the SMTP password in the OS keyring) stand alone;
``send`` (SMTP) builds on ``message`` and is loaded on first use through this
package, so ``from app.core.mail import send_invitations`` works and start-up
stays light. Nothing here logs or raises with record content: errors name
what is wrong, never the names, addresses or subjects involved.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..vault.errors import KeyringUnavailable
from .message import (
    DEFAULT_TIMEOUT,
    MAX_TIMEOUT,
    Invitation,
    InvitationEmail,
    Invitee,
    Method,
    Security,
    SmtpSettings,
    build_message,
    is_valid_email,
    message_bytes,
    save_invitations,
)
from .password import KEYRING_SERVICE, forget_smtp_password, load_smtp_password, store_smtp_password

if TYPE_CHECKING:  # pragma: no cover - typing only
    from .send import SendResult, send_invitations

__all__ = [
    "DEFAULT_TIMEOUT", "KEYRING_SERVICE", "MAX_TIMEOUT", "Invitation", "InvitationEmail", "Invitee",
    "KeyringUnavailable", "Method", "Security", "SendResult", "SmtpSettings", "build_message",
    "forget_smtp_password", "is_valid_email", "load_smtp_password", "message_bytes", "save_invitations",
    "send_invitations", "store_smtp_password",
]


def __getattr__(name: str) -> Any:
    """Load the SMTP half on first use (PEP 562), keeping app start-up light."""
    if name in ("send_invitations", "SendResult"):
        from . import send

        return getattr(send, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
