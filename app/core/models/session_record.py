"""What was recorded about a session: notes, follow-ups, themes, attendance.

Kept out of the ``session`` table so calendar and list queries stay small.
"""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, utcnow


class SessionNote(Base):
    """The supervisor's written record of one session (one row per session at most)."""

    __tablename__ = "session_note"

    session_id: Mapped[int] = mapped_column(
        ForeignKey("session.id", ondelete="CASCADE"), primary_key=True, autoincrement=False)
    brought: Mapped[str] = mapped_column(Text, default="")  # what the supervisee brought
    reflections: Mapped[str] = mapped_column(Text, default="")
    mirrored: Mapped[str] = mapped_column(Text, default="")  # what was mirrored back
    private_note: Mapped[str] = mapped_column(Text, default="")  # never printed or exported
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class FollowUp(Base):
    """An agreed follow-up, optionally due by a date."""

    __tablename__ = "follow_up"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("session.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(String(2000))
    due: Mapped[date | None] = mapped_column(Date, nullable=True, index=True)
    done: Mapped[bool] = mapped_column(Boolean, default=False)


class Attendance(Base):
    """Who was at a (group) session. ``person_key`` is generic, e.g. "supervisee:12"."""

    __tablename__ = "attendance"
    __table_args__ = (UniqueConstraint("session_id", "person_key", name="session_person"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("session.id", ondelete="CASCADE"))
    person_key: Mapped[str] = mapped_column(String(120), index=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    present: Mapped[bool] = mapped_column(Boolean, default=True)


session_theme = Table(
    "session_theme", Base.metadata,
    Column("session_id", ForeignKey("session.id", ondelete="CASCADE"), primary_key=True),
    Column("theme_id", ForeignKey("theme.id", ondelete="CASCADE"), primary_key=True, index=True),
)
