"""Calendar sync (CalDAV) state: the account, what was pushed, and changes to review.

Only non-secret settings live here (the password stays in the OS keyring).
``sync_object`` remembers, per calendar object Peerglass owns on the server,
its href and ETag and the fingerprint of what was last pushed, so a change on
either side can be told apart. ``sync_proposal`` holds changes made on
another device that wait for the supervisor to accept or reject them.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, CheckConstraint, DateTime, ForeignKey, Integer, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, utcnow

PRIVACY_LEVELS = ("busy", "initials", "full")
PROPOSAL_KINDS = ("moved", "cancelled", "deleted", "conflict", "new", "split")


class CalendarAccount(Base):
    """The one calendar server account (row id 1)."""

    __tablename__ = "calendar_account"
    __table_args__ = (CheckConstraint("privacy IN ('busy', 'initials', 'full')", name="privacy"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    server_url: Mapped[str] = mapped_column(String(500), default="")
    username: Mapped[str] = mapped_column(String(200), default="")
    calendar_url: Mapped[str] = mapped_column(String(500), default="")
    calendar_name: Mapped[str] = mapped_column(String(200), default="")
    privacy: Mapped[str] = mapped_column(String(16), default="busy")
    past_days: Mapped[int] = mapped_column(Integer, default=92)
    future_days: Mapped[int] = mapped_column(Integer, default=365)
    interval_minutes: Mapped[int] = mapped_column(Integer, default=15)  # 0: only on demand
    enabled: Mapped[bool] = mapped_column(Boolean, default=False)
    # Events made on other devices come back as proposed new sessions (off: they are left alone).
    import_new: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    sync_token: Mapped[str] = mapped_column(Text, default="")
    last_sync_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    last_summary: Mapped[str] = mapped_column(String(300), default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class SyncObject(Base):
    """One calendar object Peerglass keeps on the server (a series or a single session)."""

    __tablename__ = "sync_object"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(120), unique=True)
    href: Mapped[str] = mapped_column(String(500))
    etag: Mapped[str] = mapped_column(String(200), default="")
    pushed_hash: Mapped[str] = mapped_column(String(64), default="")
    pushed_data: Mapped[str] = mapped_column(Text, default="")  # the iCalendar text last pushed
    series_id: Mapped[int | None] = mapped_column(
        ForeignKey("series.id", ondelete="SET NULL"), nullable=True, index=True)
    session_id: Mapped[int | None] = mapped_column(
        ForeignKey("session.id", ondelete="SET NULL"), nullable=True, index=True)
    held: Mapped[bool] = mapped_column(Boolean, default=False)  # changes to review: don't push
    force_push: Mapped[bool] = mapped_column(Boolean, default=False)  # a rejected change: push ours
    # An event made elsewhere that the supervisor chose not to bring in: never pushed, proposed or deleted.
    ignored: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class SyncProposal(Base):
    """A change found on the server, waiting to be accepted or rejected."""

    __tablename__ = "sync_proposal"
    __table_args__ = (
        CheckConstraint("kind IN ('moved', 'cancelled', 'deleted', 'conflict', 'new', 'split')", name="kind"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(120), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    session_id: Mapped[int | None] = mapped_column(
        ForeignKey("session.id", ondelete="CASCADE"), nullable=True, index=True)
    original_start: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)  # naive UTC
    new_start_utc: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    new_end_utc: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    server_etag: Mapped[str] = mapped_column(String(200), default="")
    server_data: Mapped[str] = mapped_column(Text, default="")  # for a conflict: the server's side
    # For a new event or a split: the server object it comes from (tracked once accepted).
    href: Mapped[str] = mapped_column(String(500), default="", server_default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
