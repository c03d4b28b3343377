"""The values of the invitations package: what to invite to, the rows read back,
the outcome of a send, the outcome of a reply import, and the reply error.

Every module of the package may import these; this module imports none of
them, so the helpers never import back from the service.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, NamedTuple

from ...errors import PeerglassError
from ...i18n import translate
from ..base import ValidationError
from ..changes import Changes


@dataclass(frozen=True)
class InviteTarget:
    """What to invite to: a whole series, or one meeting (a series occurrence or a one-off)."""

    series_id: int | None = None
    session_id: int | None = None

    @classmethod
    def series(cls, series_id: int) -> InviteTarget:
        return cls(series_id=series_id)

    @classmethod
    def meeting(cls, session_id: int) -> InviteTarget:
        return cls(session_id=session_id)

    def checked(self) -> InviteTarget:
        if (self.series_id is None) == (self.session_id is None):
            raise ValidationError({"target": translate(
                "validation", "Invite to a series or to one meeting.")})
        return self


@dataclass(frozen=True)
class InvitationRow:
    id: int
    person_key: str
    name: str
    email: str
    uid: str
    recurrence_id: datetime | None  # aware UTC; the occurrence of a series, or None
    series_id: int | None
    session_id: int | None
    group_id: int | None
    method: str  # REQUEST | CANCEL
    sequence: int | None  # the SEQUENCE last delivered
    status: str  # unsent | sent | failed
    reason: str
    delivery: str  # smtp | file | ""
    partstat: str
    sent_at: datetime | None
    responded_at: datetime | None


class Delivery(NamedTuple):
    """What became of one e-mail of a batch: sent, or why not; ``cancelled`` when the user stopped
    the sending before it was tried (the invitation stays "unsent" rather than "failed")."""

    ok: bool
    reason: str = ""
    cancelled: bool = False


def deliveries(results: Iterable[Any]) -> list[Delivery]:
    """The :class:`Delivery` of each of :func:`app.core.mail.send_invitations`' results, in order."""
    return [Delivery(r.ok, r.error or "", r.cancelled) for r in results]


@dataclass(frozen=True)
class InviteResult:
    invitation_id: int
    person_key: str
    name: str
    email: str
    method: str
    status: str
    reason: str


@dataclass(frozen=True)
class SendOutcome:
    results: tuple[InviteResult, ...]
    skipped: tuple[str, ...]  # names of invitees without an e-mail address
    sequence: int
    paths: tuple[Path, ...]  # the .eml/.ics files written (save_as_files)
    changes: Changes

    @property
    def failed(self) -> tuple[InviteResult, ...]:
        return tuple(r for r in self.results if r.status != "sent")


class ReplyError(PeerglassError, ValueError):
    """A reply that cannot be applied; nothing was changed. The message names no person."""


@dataclass(frozen=True)
class ReplyApplied:
    invitation_id: int
    person_key: str
    name: str
    partstat: str
    recurrence_id: datetime | None  # aware UTC
    note: str = ""  # for a stale answer: which version it answers


@dataclass(frozen=True)
class ReplyImport:
    applied: tuple[ReplyApplied, ...]
    stale: tuple[ReplyApplied, ...]  # answers to an older version or a cancelled invitation
    changes: Changes
