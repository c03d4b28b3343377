"""Translation helpers: every user-visible string goes through Qt's translator.

Inside a QObject subclass use ``self.tr("...")``. Where there is no QObject
(module-level tables, plain functions, dataclasses), use :func:`tr` with a
context named after the module's part of the app, or :func:`noop` to mark a
string for extraction where it is defined and translate it where it is shown.
English is the source language; ``make translations`` writes the catalogue.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

__all__ = ["noop", "tr"]


def tr(text: str, context: str = "Peerglass", disambiguation: str | None = None, n: int = -1) -> str:
    """Translate ``text`` in ``context`` (plural form chosen by ``n`` when given)."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def noop(text: str) -> str:
    """Mark ``text`` for the catalogue without translating it here."""
    return text
