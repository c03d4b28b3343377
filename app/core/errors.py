"""The one error base of the core, and the one place errors become words.

Every error the core raises on purpose derives from :class:`PeerglassError`
and carries a message fit to show a supervisor: it says what is wrong and
what was (not) changed, never record content (names, notes) or key material.
:func:`describe` turns any exception into such words for the desktop app and
the command line alike, so no traceback ever reaches a user.

Their words go through :func:`app.core.i18n.translate` (context "errors"),
so the app shows them in the user's language. This module imports nothing
from the rest of the core but that hook, so every other module may import it.
"""
from __future__ import annotations

from typing import Literal

from .i18n import translate

__all__ = ["FAILURE", "USAGE", "ErrorKind", "PeerglassError", "describe", "exit_code"]

ErrorKind = Literal["failure", "usage"]
FAILURE: ErrorKind = "failure"
"""Something failed or is damaged (command-line exit code 1)."""
USAGE: ErrorKind = "usage"
"""The request itself was wrong: bad input, a wrong key (command-line exit code 2)."""

_EXIT_CODES: dict[ErrorKind, int] = {FAILURE: 1, USAGE: 2}


class PeerglassError(Exception):
    """Base of every core error; ``str(error)`` and :attr:`message` are for the user.

    ``kind`` says whose fault it is (:data:`FAILURE` or :data:`USAGE`); a
    subclass sets it for all its instances, a raise site may pass it.
    """

    kind: ErrorKind = FAILURE

    def __init__(self, *args: object, kind: ErrorKind | None = None) -> None:
        super().__init__(*args)
        if kind is not None:
            self.kind = kind

    @property
    def message(self) -> str:
        """The words to show; never empty."""
        return str(self) or translate("errors", "The operation could not be completed. Nothing was changed.")


def describe(exc: BaseException) -> str:
    """Words for any exception, fit to show a user: never a traceback, never record content.

    A core error says itself; a file-system error says the file could not be
    read or written (and why); anything else is reported as unexpected, by its
    type only. The text may hold several lines (one per invalid field); the
    command line joins them.
    """
    if isinstance(exc, PeerglassError):
        return exc.message
    if isinstance(exc, OSError):
        return translate("errors", "The file could not be read or written ({0}).").format(
            exc.strerror or type(exc).__name__)
    return translate("errors", "Something went wrong ({0}). Nothing was changed. "
                     "If it happens again, please report it.").format(type(exc).__name__)


def exit_code(exc: BaseException) -> int:
    """The command-line exit code for an error: 2 for a usage error, else 1."""
    kind = exc.kind if isinstance(exc, PeerglassError) else FAILURE
    return _EXIT_CODES[kind]
