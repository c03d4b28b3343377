"""SQLAlchemy models, one module per aggregate. Importing this registers them all."""
from __future__ import annotations

from .audit import AuditEvent
from .base import Base, utcnow
from .draft import Draft
from .meta import VaultMeta
from .settings import PracticeSettings
from .supervisee import STATUSES, Supervisee
from .theme import BUILTIN_THEMES, Theme

__all__ = [
    "AuditEvent", "Base", "Draft", "VaultMeta", "PracticeSettings", "Supervisee",
    "STATUSES", "Theme", "BUILTIN_THEMES", "utcnow",
]
