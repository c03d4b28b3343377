"""A supervisee: a therapist who comes to the supervisor."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, utcnow

STATUSES = ("active", "paused", "ended")


class Supervisee(Base):
    __tablename__ = "supervisee"
    __table_args__ = (
        CheckConstraint("status IN ('active', 'paused', 'ended')", name="status"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    full_name: Mapped[str] = mapped_column(String(200))
    preferred_name: Mapped[str] = mapped_column(String(200), default="")
    pronouns: Mapped[str] = mapped_column(String(64), default="")
    email: Mapped[str] = mapped_column(String(320), default="")
    phone: Mapped[str] = mapped_column(String(64), default="")
    discipline: Mapped[str] = mapped_column(String(120), default="")
    licence_number: Mapped[str] = mapped_column(String(120), default="")
    modality: Mapped[str] = mapped_column(String(200), default="")
    setting: Mapped[str] = mapped_column(String(200), default="")
    start_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    end_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(16), default="active")
    goals: Mapped[str] = mapped_column(Text, default="")
    private_notes: Mapped[str] = mapped_column(Text, default="")
    archived_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True, index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
