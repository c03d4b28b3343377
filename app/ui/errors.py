"""Turning any exception into words for a supervisor; never a traceback.

The words come from :func:`app.core.errors.describe`, shared with the command line.
"""
from __future__ import annotations

from app.core.errors import describe

__all__ = ["describe"]
