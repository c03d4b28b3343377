"""Ctrl+F: the search dialog, built on first use (its module stays off the start-up path)."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from ..context import AppContext
from ..drafts import Draft


class SearchOpener:
    def __init__(self, ctx: AppContext, open_session: Callable[[int], None], window: QWidget) -> None:
        self.ctx, self._open_session, self._window = ctx, open_session, window
        self.built: Any = None

    @property
    def dialog(self) -> Any:
        if self.built is None:
            from ..dialogs.search_dialog import SearchDialog

            self.built = SearchDialog(self.ctx, self._open_session, self._window)
        return self.built

    def open(self) -> None:
        self.dialog.open_search()

    # a lock participant: nothing unsaved, results dropped
    def drafts(self) -> list[Draft]:
        return []

    def clear(self) -> None:
        if self.built is not None:
            self.built.clear()
