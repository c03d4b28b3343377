"""The audit log: record and read who-did-what events (never record content)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import AuditEvent
from .base import Service
from .changes import Changes

ACTIONS = (
    "vault.created", "unlock", "unlock.failed", "lock", "passphrase.changed",
    "keyring.remembered", "keyring.forgotten", "delete", "export", "print",
    "email.sent", "invitation.sent", "invitation.updated", "invitation.cancelled",
    "backup", "restore", "vault.rekeyed",
)


@dataclass(frozen=True)
class AuditEntry:
    at: datetime
    action: str
    object_type: str
    object_id: int | None
    detail: str


def add_event(session: Session, action: str, object_type: str = "", object_id: int | None = None,
              detail: str = "", at: datetime | None = None) -> None:
    """Add an event inside the caller's transaction (so it commits with the change)."""
    event = AuditEvent(action=action, object_type=object_type, object_id=object_id, detail=detail[:500])
    if at is not None:
        event.at = at
    session.add(event)


class AuditService(Service):
    def record(self, action: str, object_type: str = "", object_id: int | None = None,
               detail: str = "", at: datetime | None = None) -> Changes:
        with self.transaction() as s:
            add_event(s, action, object_type, object_id, detail, at)
        return Changes(audit=True)

    def recent(self, limit: int = 200, action: str | None = None) -> list[AuditEntry]:
        with self.session() as s:
            query = select(AuditEvent).order_by(AuditEvent.at.desc(), AuditEvent.id.desc()).limit(limit)
            if action:
                query = query.where(AuditEvent.action == action)
            return [AuditEntry(e.at, e.action, e.object_type, e.object_id, e.detail)
                    for e in s.scalars(query)]
