"""Turning any exception into words for a supervisor; never a traceback.

The words come from :func:`app.core.errors.describe`, shared with the command
line. A raw database error that reaches the UI from a service (a full disk, a
read-only vault, a busy or damaged database) is first turned into the vault's
typed error by the same translation the command line uses
(:func:`app.core.vault.engine.typed_error`), so the app shows the true
one-line cause instead of "Something went wrong (OperationalError)".
"""
from __future__ import annotations

from app.core.errors import describe as _describe


def typed_error(exc: BaseException) -> BaseException:
    """The vault's typed error for a raw database error (else ``exc``); see the module's note."""
    # Imported here, not at the top: this module is on the start-up path and the vault package
    # brings SQLAlchemy, which a worker thread is importing while the window is built.
    from app.core.vault.engine import typed_error as translate

    return translate(exc)


def describe(exc: BaseException) -> str:
    return _describe(typed_error(exc))


__all__ = ["describe", "typed_error"]
