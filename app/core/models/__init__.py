"""SQLAlchemy models, one module per aggregate. Importing this registers them all."""
from __future__ import annotations

from .audit import AuditEvent
from .base import Base, utcnow
from .draft import Draft
from .groups import (
                     GROUP_KINDS,
                     LEADERSHIPS,
                     PLACE_MODES,
                     RECOMMENDED_MAX_MEMBERS,
                     Contact,
                     GroupMeeting,
                     GroupMembership,
                     SupervisionGroup,
                     member_theme,
)
from .invitations import INVITATION_METHODS, INVITATION_STATUSES, PARTSTATS, Invitation, SmtpAccount
from .meta import VaultMeta
from .profiles import PracticeProfile, SelfCheck
from .scheduling import CANCELLED_BY, KINDS, SESSION_STATUSES, SearchDirty, Series, SupervisionSession
from .session_record import Attendance, FollowUp, SessionNote, session_theme
from .settings import PracticeSettings
from .supervisee import STATUSES, Supervisee
from .sync import PRIVACY_LEVELS, PROPOSAL_KINDS, CalendarAccount, SyncObject, SyncProposal
from .theme import BUILTIN_THEMES, Theme

__all__ = [
    "AuditEvent", "Base", "Draft", "VaultMeta", "PracticeSettings", "Supervisee",
    "STATUSES", "Theme", "BUILTIN_THEMES", "utcnow",
    "Series", "SupervisionSession", "SearchDirty", "KINDS", "SESSION_STATUSES", "CANCELLED_BY",
    "SessionNote", "FollowUp", "Attendance", "session_theme",
    "Contact", "SupervisionGroup", "GroupMembership", "GroupMeeting", "member_theme",
    "GROUP_KINDS", "LEADERSHIPS", "PLACE_MODES", "RECOMMENDED_MAX_MEMBERS",
    "PracticeProfile", "SelfCheck",
    "Invitation", "SmtpAccount", "INVITATION_METHODS", "INVITATION_STATUSES", "PARTSTATS",
    "CalendarAccount", "SyncObject", "SyncProposal", "PRIVACY_LEVELS", "PROPOSAL_KINDS",
]
