"""Ctrl+C as a request: while installed, SIGINT only sets a flag the operation checks at safe points."""
from __future__ import annotations

import signal
import threading
from typing import Any


class Interrupts:
    """``with Interrupts() as ctrl_c:`` pass ``ctrl_c.requested.is_set`` as the operation's cancel.

    The operation stops at its next safe point (before anything is changed) or,
    past its point of no return, finishes; ``requested`` then tells that Ctrl+C
    came too late to stop it. The previous handler is put back on exit.
    """

    def __init__(self) -> None:
        self.requested = threading.Event()
        self._previous: Any = None

    def __enter__(self) -> Interrupts:
        if threading.current_thread() is threading.main_thread():
            self._previous = signal.signal(signal.SIGINT, lambda *_: self.requested.set())
        return self

    def __exit__(self, *exc: object) -> None:
        if self._previous is not None:
            signal.signal(signal.SIGINT, self._previous)
            self._previous = None


__all__ = ["Interrupts"]
