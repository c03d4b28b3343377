"""Practice profile questionnaires (dated versions) and self-check reflections."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, CheckConstraint, Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, utcnow


class PracticeProfile(Base):
    """One dated version of a member's practice profile; every save adds a row."""

    __tablename__ = "practice_profile"
    __table_args__ = (
        CheckConstraint("(supervisee_id IS NULL) <> (contact_id IS NULL)", name="one_person"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    supervisee_id: Mapped[int | None] = mapped_column(
        ForeignKey("supervisee.id", ondelete="CASCADE"), nullable=True, index=True)
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact.id", ondelete="CASCADE"), nullable=True, index=True)
    completed_on: Mapped[date] = mapped_column(Date)
    years_in_practice: Mapped[int | None] = mapped_column(Integer, nullable=True)
    modalities: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of strings
    setting: Mapped[str] = mapped_column(String(200), default="")
    clients_per_week: Mapped[int | None] = mapped_column(Integer, nullable=True)
    hopes_from_group: Mapped[str] = mapped_column(Text, default="")
    current_challenges: Mapped[str] = mapped_column(Text, default="")
    self_care: Mapped[str] = mapped_column(Text, default="")
    shared_with_group: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class SelfCheck(Base):
    """A supervisee's dated self-check: answers keyed by the question's stable key."""

    __tablename__ = "self_check"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    supervisee_id: Mapped[int] = mapped_column(
        ForeignKey("supervisee.id", ondelete="CASCADE"), index=True)
    completed_on: Mapped[date] = mapped_column(Date)
    answers: Mapped[str] = mapped_column(Text, default="{}")  # JSON {question key: answer}
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
