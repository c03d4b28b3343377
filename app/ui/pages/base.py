"""What the main window expects of a page: load on unlock, clear on lock,
hand over unsaved edits as drafts, refresh on relevant changes (``on_changes``,
delivered through ``ctx.subscribe`` while the page is loaded)."""
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
        # Set by the main window while the page shows what it loaded since the last unlock; a page
        # not loaded loads fresh when shown, so it is not told of changes meanwhile.
        self.loaded = False
        ctx.subscribe(self._changes_arrived)

    def _changes_arrived(self, changes: Changes) -> None:
        if self.loaded:
            self.on_changes(changes)

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
        """A command changed something (here or elsewhere): refresh if it concerns this page.

        Called only while the page is loaded, through the one subscription every page makes
        in ``__init__`` (``ctx.subscribe``); widgets and windows subscribe the same way."""

    def has_unsaved_edits(self) -> bool:
        return False
