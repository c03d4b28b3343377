"""What every page needs, passed in (no global singletons)."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.core.vault import VaultLocked

from .tasks import TaskRunner

if TYPE_CHECKING:
    from app.core.practice import Practice


@dataclass
class AppContext:
    runner: TaskRunner
    vault_path: Path
    practice: "Practice | None" = None
    show_error: Callable[[BaseException], None] = field(default=lambda exc: None)

    def open_practice(self) -> "Practice":
        """The open practice, for use inside an operation (raises when locked)."""
        if self.practice is None or not self.practice.is_open:
            raise VaultLocked()
        return self.practice

    def query(self, fn: Callable[["Practice"], Any], on_done: Callable[[Any], None] | None = None,
              on_error: Callable[[BaseException], None] | None = None) -> None:
        self.runner.query(lambda: fn(self.open_practice()), on_done, on_error)

    def command(self, fn: Callable[["Practice"], Any], on_done: Callable[[Any], None] | None = None,
                on_error: Callable[[BaseException], None] | None = None) -> None:
        self.runner.command(lambda: fn(self.open_practice()), on_done, on_error)

    def network(self, fn: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
                on_error: Callable[[BaseException], None] | None = None) -> None:
        """Slow work that is not the vault's (a calendar or mail server) on the network lane."""
        self.runner.network(fn, on_done, on_error)
