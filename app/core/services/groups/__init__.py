"""Supervision and peer groups: the groups and their members, outside colleagues
as contacts, and the meetings.

Imports run one way: ``types`` (the values) and ``rota`` (who leads, where, in
what order; no database) <- ``attendance`` (expected attendees kept in step
with the membership) <- ``contacts`` and ``meetings`` (:class:`MeetingService`,
its own service) <- ``service`` (:class:`GroupService`).
"""
from __future__ import annotations

from ..members import MemberRef
from .contacts import ContactData, ContactRecord, ContactService
from .meetings import MeetingPlan, MeetingRow, MeetingService, Speaker
from .service import GroupService
from .types import (
    MAX_GROUP_MEMBERS,
    GroupData,
    GroupRecord,
    GroupRow,
    GroupTooLarge,
    MemberChange,
    MemberRow,
    ReviewDue,
    SizeWarning,
)

__all__ = ["GroupService", "ContactService", "GroupData", "GroupRow", "GroupRecord", "ReviewDue",
           "MemberRow", "MemberChange", "SizeWarning", "GroupTooLarge", "ContactData", "ContactRecord",
           "MemberRef", "MeetingService", "MeetingRow", "MeetingPlan", "Speaker",
           "MAX_GROUP_MEMBERS"]
