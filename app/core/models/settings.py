"""Practice settings: one row describing the supervisor and their practice."""
from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import DateTime, Integer, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, utcnow


class PracticeSettings(Base):
    __tablename__ = "practice_settings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    supervisor_name: Mapped[str] = mapped_column(String(200), default="")
    credentials: Mapped[str] = mapped_column(String(200), default="")
    practice_name: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    email: Mapped[str] = mapped_column(String(320), default="")
    phone: Mapped[str] = mapped_column(String(64), default="")
    time_zone: Mapped[str] = mapped_column(String(64), default="UTC")
    default_session_minutes: Mapped[int] = mapped_column(Integer, default=60)
    default_fee: Mapped[Decimal] = mapped_column(Numeric(10, 2, asdecimal=True), default=Decimal("0"))
    currency: Mapped[str] = mapped_column(String(8), default="EUR")
    auto_lock_minutes: Mapped[int] = mapped_column(Integer, default=10)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
