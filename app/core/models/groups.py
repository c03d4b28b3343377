"""Peer groups and group supervision: the group, its members, per-meeting facts.

A group's meetings are ordinary ``series``/``session`` rows with ``group_id``
set; this module adds what only groups have. Members are supervisees or
outside colleagues kept as :class:`Contact`; a person is referred to by a
*person key* ("supervisee:12", "contact:3"), the same key ``attendance`` uses.
"""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Table,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, utcnow

GROUP_KINDS = ("peer_group", "group_supervision")
LEADERSHIPS = ("fixed", "rotating")
PLACE_MODES = ("fixed", "rotating")
RECOMMENDED_MAX_MEMBERS = 8  # DESIGN.md: peer groups should be 8 people or fewer


class Contact(Base):
    """An outside colleague who belongs to a group but is not a supervisee."""

    __tablename__ = "contact"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    full_name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str] = mapped_column(String(320), default="")
    discipline: Mapped[str] = mapped_column(String(120), default="")
    phone: Mapped[str] = mapped_column(String(64), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    archived_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class SupervisionGroup(Base):
    """A peer group or a supervision group and the agreements it made about itself."""

    __tablename__ = "supervision_group"
    __table_args__ = (
        CheckConstraint("kind IN ('peer_group', 'group_supervision')", name="kind"),
        CheckConstraint("leadership IN ('fixed', 'rotating')", name="leadership"),
        CheckConstraint("place_mode IN ('fixed', 'rotating')", name="place_mode"),
        CheckConstraint("business_talk_minutes IS NULL OR business_talk_minutes >= 0",
                        name="business_talk"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(24), default="peer_group")
    description: Mapped[str] = mapped_column(Text, default="")
    leadership: Mapped[str] = mapped_column(String(16), default="rotating")
    leader_key: Mapped[str | None] = mapped_column(String(64), nullable=True)  # fixed leader
    frequency: Mapped[str] = mapped_column(String(200), default="")  # "twice a month"
    meeting_minutes: Mapped[int | None] = mapped_column(Integer, nullable=True)
    term_from: Mapped[date | None] = mapped_column(Date, nullable=True)
    term_to: Mapped[date | None] = mapped_column(Date, nullable=True)
    review_on: Mapped[date | None] = mapped_column(Date, nullable=True, index=True)
    place_mode: Mapped[str] = mapped_column(String(16), default="fixed")
    places: Mapped[str] = mapped_column(Text, default="[]")  # JSON list, in rotation order
    guest_name: Mapped[str] = mapped_column(String(200), default="")
    guest_email: Mapped[str] = mapped_column(String(320), default="")
    business_talk_minutes: Mapped[int | None] = mapped_column(Integer, nullable=True)
    archived_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True, index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class GroupMembership(Base):
    """One stint of one person in a group: active on ``joined_on <= day < left_on``."""

    __tablename__ = "group_membership"
    __table_args__ = (
        CheckConstraint("(supervisee_id IS NULL) <> (contact_id IS NULL)", name="one_person"),
        CheckConstraint("left_on IS NULL OR left_on >= joined_on", name="left_after_joined"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    group_id: Mapped[int] = mapped_column(
        ForeignKey("supervision_group.id", ondelete="CASCADE"), index=True)
    supervisee_id: Mapped[int | None] = mapped_column(
        ForeignKey("supervisee.id", ondelete="CASCADE"), nullable=True, index=True)
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact.id", ondelete="CASCADE"), nullable=True, index=True)
    joined_on: Mapped[date] = mapped_column(Date)
    left_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    rota_position: Mapped[int] = mapped_column(Integer, default=0)
    # Set when the supervisor went on past the recommended size when adding this member.
    size_acknowledged_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    @property
    def person_key(self) -> str:
        if self.supervisee_id is not None:
            return f"supervisee:{self.supervisee_id}"
        return f"contact:{self.contact_id}"


class GroupMeeting(Base):
    """What one group meeting has beyond a session row.

    ``leader_key``/``place`` None mean "as the rota says"; a value pins them
    (set by hand, or frozen when the meeting is recorded so a later rota
    change never rewrites history). ``leader_key`` "" means nobody leads.
    """

    __tablename__ = "group_meeting"

    session_id: Mapped[int] = mapped_column(
        ForeignKey("session.id", ondelete="CASCADE"), primary_key=True, autoincrement=False)
    guest_invited: Mapped[bool] = mapped_column(Boolean, default=False)
    leader_key: Mapped[str | None] = mapped_column(String(64), nullable=True)
    place: Mapped[str | None] = mapped_column(String(200), nullable=True)


# The themes each member brought to a group meeting (the session's own
# ``session_theme`` rows hold their union, so calendars, charts and search
# keep working unchanged).
member_theme = Table(
    "member_theme", Base.metadata,
    Column("session_id", ForeignKey("session.id", ondelete="CASCADE"), primary_key=True),
    Column("person_key", String(64), primary_key=True),
    Column("theme_id", ForeignKey("theme.id", ondelete="CASCADE"), primary_key=True, index=True),
)
