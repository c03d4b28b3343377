"""Errors of export and import, each a message fit for a user (never record content)."""
from __future__ import annotations

from app.core.i18n import translate
from app.core.vault.errors import VaultError


class PortableError(VaultError):
    """Export or import could not be done; the message says why and what was (not) changed."""


class NotAnExport(PortableError):
    """The file is not a Peerglass export (malformed JSON, wrong format, newer version, bad record)."""


class VaultNotEmpty(PortableError):
    """An import only goes into a new or empty vault."""


class ImportCancelled(PortableError):
    """Ctrl+C or a cancel button stopped the import before anything was committed."""

    def __init__(self) -> None:
        super().__init__(translate(
            "errors", "Import cancelled; nothing was imported and the vault is as it was."))
