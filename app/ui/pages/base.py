"""What the main window expects of a page: load on unlock, clear on lock,
hand over unsaved edits as drafts, refresh on relevant changes."""
from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from app.core.services.changes import Changes

from ..context import AppContext
from ..drafts import Draft

__all__ = ["Draft", "Page"]


class Page(QWidget):
    title = ""
    icon_name = ""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    def on_unlocked(self) -> None:
        """The vault is open: load what the page shows."""

    def clear(self) -> None:
        """The vault locked: drop every record from widgets and models."""

    def drafts(self) -> list[Draft]:
        """Unsaved edits to keep (encrypted, in the vault) across a lock."""
        return []

    def restore_draft(self, kind: str, ref: str, payload: dict[str, Any]) -> bool:
        """Take back a draft of ours; True if this page owned it."""
        return False

    def on_changes(self, changes: Changes) -> None:
        """Something changed elsewhere: refresh if it concerns this page."""

    def has_unsaved_edits(self) -> bool:
        return False
