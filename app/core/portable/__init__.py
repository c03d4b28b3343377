"""Every record of a vault out and back in: JSON export/import (format version 1) and CSV for spreadsheets.

See docs/export-format.md; the JSON Schema ships as ``export.schema.json``.
"""
from __future__ import annotations

from .errors import ImportCancelled, NotAnExport, PortableError, VaultNotEmpty
from .export import FORMAT, VERSION, ExportSummary, iter_export, session_start_audit_id, write_export
from .importer import (
    CheckedExport,
    ImportSummary,
    check_export,
    digest,
    import_document,
    import_export,
    read_document,
    records_in,
)

__all__ = [
    "FORMAT", "VERSION", "CheckedExport", "ExportSummary", "check_export", "import_export", "ImportSummary", "ImportCancelled", "NotAnExport",
    "PortableError", "VaultNotEmpty", "digest", "import_document", "iter_export", "read_document",
    "records_in", "session_start_audit_id", "write_export",
]
