"""Scheduling: recurring series and the session rows materialised from them.

Instants are stored as naive UTC with the IANA zone beside them; a series
keeps its first start as naive *local* wall-clock time so occurrences stay at
10:00 across daylight-saving changes. Note bodies live in ``session_note``
(see ``session_record.py``) so list queries never read them.
"""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Text,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, utcnow

KINDS = ("individual", "peer_group", "group_supervision")
SESSION_STATUSES = ("scheduled", "held", "cancelled", "no_show")
CANCELLED_BY = ("", "supervisor", "supervisee")

_KIND_CHECK = "kind IN ('individual', 'peer_group', 'group_supervision')"


class Series(Base):
    """A recurring appointment: an RRULE from a local start in one time zone."""

    __tablename__ = "series"
    __table_args__ = (CheckConstraint(_KIND_CHECK, name="kind"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(120), unique=True)  # iCalendar UID
    sequence: Mapped[int] = mapped_column(Integer, default=0)  # iTIP SEQUENCE, raised on change
    kind: Mapped[str] = mapped_column(String(24), default="individual")
    supervisee_id: Mapped[int | None] = mapped_column(
        ForeignKey("supervisee.id", ondelete="CASCADE"), nullable=True, index=True)
    group_id: Mapped[int | None] = mapped_column(
        ForeignKey("supervision_group.id", ondelete="SET NULL"), nullable=True, index=True)
    rrule: Mapped[str] = mapped_column(String(500))
    start_local: Mapped[datetime] = mapped_column(DateTime)  # naive wall-clock, first occurrence
    tz: Mapped[str] = mapped_column(String(64), default="UTC")
    duration_minutes: Mapped[int] = mapped_column(Integer, default=60)
    location: Mapped[str] = mapped_column(String(200), default="")
    fee: Mapped[Decimal | None] = mapped_column(Numeric(10, 2, asdecimal=True), nullable=True)
    exdates: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of naive local ISO times
    materialised_until: Mapped[date | None] = mapped_column(Date, nullable=True)
    # A known occurrence of the current rule (naive local) to expand from, so
    # extending a ten-year-old series costs what a new one does. None = start.
    anchor_local: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class SupervisionSession(Base):
    """One meeting: an occurrence of a series or a one-off. Light columns only."""

    __tablename__ = "session"
    __table_args__ = (
        CheckConstraint(_KIND_CHECK, name="kind"),
        CheckConstraint("status IN ('scheduled', 'held', 'cancelled', 'no_show')", name="status"),
        CheckConstraint("cancelled_by IN ('', 'supervisor', 'supervisee')", name="cancelled_by"),
        CheckConstraint("end_utc >= start_utc", name="end_after_start"),
        Index("ix_session_supervisee_start", "supervisee_id", "start_utc"),
        Index("ix_session_series_original", "series_id", "original_start"),
        # Small partial indexes for the "to do" lists (held without notes; still scheduled).
        Index("ix_session_needs_notes", "start_utc",
              sqlite_where=text("status = 'held' AND has_notes = 0")),
        # (A PostgreSQL port adds postgresql_where here; naming it would import that
        # dialect at every start-up.)
        Index("ix_session_scheduled", "start_utc", sqlite_where=text("status = 'scheduled'")),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    series_id: Mapped[int | None] = mapped_column(
        ForeignKey("series.id", ondelete="SET NULL"), nullable=True)
    supervisee_id: Mapped[int | None] = mapped_column(
        ForeignKey("supervisee.id", ondelete="CASCADE"), nullable=True)
    group_id: Mapped[int | None] = mapped_column(
        ForeignKey("supervision_group.id", ondelete="SET NULL"), nullable=True, index=True)
    kind: Mapped[str] = mapped_column(String(24), default="individual")
    start_utc: Mapped[datetime] = mapped_column(DateTime, index=True)
    end_utc: Mapped[datetime] = mapped_column(DateTime)
    tz: Mapped[str] = mapped_column(String(64), default="UTC")
    duration_minutes: Mapped[int] = mapped_column(Integer, default=60)
    location: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[str] = mapped_column(String(16), default="scheduled")
    cancelled_by: Mapped[str] = mapped_column(String(16), default="")
    # The occurrence this row stands for (iCalendar RECURRENCE-ID), naive UTC.
    original_start: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    detached: Mapped[bool] = mapped_column(Boolean, default=False)  # changed on its own
    has_notes: Mapped[bool] = mapped_column(Boolean, default=False)  # notes, follow-ups or themes
    held_minutes: Mapped[int | None] = mapped_column(Integer, nullable=True)
    fee: Mapped[Decimal | None] = mapped_column(Numeric(10, 2, asdecimal=True), nullable=True)
    paid: Mapped[bool] = mapped_column(Boolean, default=False)
    uid: Mapped[str | None] = mapped_column(String(120), nullable=True)  # one-offs only
    sequence: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class SearchDirty(Base):
    """Sessions whose search-index row is stale; filled by triggers, emptied by the search service."""

    __tablename__ = "search_dirty"

    session_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
