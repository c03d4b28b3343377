"""Theme tags: what a session worked on. Built-in ones plus the user's own."""
from __future__ import annotations

from sqlalchemy import Boolean, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base

# (key, name, colour) — the catalogue from DESIGN.md, seeded by the first migration.
BUILTIN_THEMES: tuple[tuple[str, str, str], ...] = (
    ("boundaries", "Boundaries", "#3b7dd8"),
    ("transference", "Transference", "#8e44ad"),
    ("countertransference", "Countertransference", "#c0392b"),
    ("projection", "Projection", "#d35400"),
    ("dual_relationships", "Dual relationships / friendship with clients", "#16a085"),
    ("money_overwork", "Money and overwork", "#b7950b"),
    ("scope_fix", "Scope and the urge to \u201cfix\u201d", "#2c3e50"),
    ("self_care", "Self-care", "#27ae60"),
    ("practice_details", "Specific details of practice", "#7f8c8d"),
    ("business_building", "Business building", "#a04000"),
    ("group_dynamics", "Group dynamics", "#6c3483"),
)


class Theme(Base):
    __tablename__ = "theme"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str | None] = mapped_column(String(64), unique=True, nullable=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    color: Mapped[str] = mapped_column(String(9), default="#7f8c8d")
    builtin: Mapped[bool] = mapped_column(Boolean, default=False)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)
