"""Unsaved edits kept when the vault locks; encrypted because they live in the vault."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, utcnow


class Draft(Base):
    __tablename__ = "draft"
    __table_args__ = (UniqueConstraint("kind", "ref", name="kind_ref"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(64))
    ref: Mapped[str] = mapped_column(String(64), default="")
    payload: Mapped[str] = mapped_column(Text)  # JSON
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
