"""iTIP invitations per invitee, and the SMTP account they go out through.

The SMTP password is never stored here: it lives in the OS keyring
(``app.core.mail.store_smtp_password``).
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, DateTime, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, utcnow

INVITATION_METHODS = ("REQUEST", "CANCEL")
INVITATION_STATUSES = ("unsent", "sent", "failed")
PARTSTATS = ("NEEDS-ACTION", "ACCEPTED", "DECLINED", "TENTATIVE")


class Invitation(Base):
    """What one invitee was sent for one UID (and recurrence-id), and their answer.

    ``sequence`` is the SEQUENCE last delivered to them (by SMTP or saved as
    files to send by hand); ``attempted_sequence`` the last one tried.
    """

    __tablename__ = "invitation"
    __table_args__ = (
        CheckConstraint("method IN ('REQUEST', 'CANCEL')", name="method"),
        CheckConstraint("status IN ('unsent', 'sent', 'failed')", name="status"),
        CheckConstraint("partstat IN ('NEEDS-ACTION', 'ACCEPTED', 'DECLINED', 'TENTATIVE')",
                        name="partstat"),
        Index("ix_invitation_uid_recurrence", "uid", "recurrence_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(120))
    recurrence_id: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)  # naive UTC
    series_id: Mapped[int | None] = mapped_column(
        ForeignKey("series.id", ondelete="SET NULL"), nullable=True, index=True)
    session_id: Mapped[int | None] = mapped_column(
        ForeignKey("session.id", ondelete="SET NULL"), nullable=True, index=True)
    group_id: Mapped[int | None] = mapped_column(
        ForeignKey("supervision_group.id", ondelete="SET NULL"), nullable=True, index=True)
    person_key: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(320))
    method: Mapped[str] = mapped_column(String(8), default="REQUEST")
    sequence: Mapped[int | None] = mapped_column(Integer, nullable=True)
    attempted_sequence: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(8), default="unsent")
    reason: Mapped[str] = mapped_column(String(500), default="")
    delivery: Mapped[str] = mapped_column(String(8), default="")  # "smtp" | "file" | ""
    partstat: Mapped[str] = mapped_column(String(16), default="NEEDS-ACTION")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    responded_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class SmtpAccount(Base):
    """The supervisor's SMTP account (one row, id 1); no password column, on purpose."""

    __tablename__ = "smtp_settings"
    __table_args__ = (
        CheckConstraint("security IN ('starttls', 'tls', 'none')", name="security"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    host: Mapped[str] = mapped_column(String(255))
    port: Mapped[int] = mapped_column(Integer, default=587)
    security: Mapped[str] = mapped_column(String(16), default="starttls")
    username: Mapped[str] = mapped_column(String(320), default="")
    from_name: Mapped[str] = mapped_column(String(200), default="")
    from_address: Mapped[str] = mapped_column(String(320), default="")
    timeout_seconds: Mapped[int] = mapped_column(Integer, default=20)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
