"""Turning any exception into words for a supervisor; never a traceback."""
from __future__ import annotations

from app.core.services.base import NotFound, ValidationError
from app.core.vault import VaultError


def describe(exc: BaseException) -> str:
    if isinstance(exc, ValidationError):
        return "\n".join(exc.problems.values()) or str(exc)
    if isinstance(exc, (VaultError, NotFound)):
        return str(exc)
    if isinstance(exc, OSError):
        return f"The file could not be read or written ({exc.strerror or type(exc).__name__})."
    return (f"Something went wrong ({type(exc).__name__}). Nothing was changed. "
            "If it happens again, please report it.")
