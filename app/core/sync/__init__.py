"""Two-way sync with the supervisor's own calendar server (CalDAV), privacy first.

``SyncService`` (account, sync, proposed changes) works on the vault;
``Remote`` talks to the server through the ``caldav`` library. Notes, themes
and private fields never leave the vault, whatever the privacy level.
"""
from __future__ import annotations

from .adopt import NotBroughtIn
from .compare import FIELDS, Version, differing
from .errors import (
                     AuthFailed,
                     CalendarNotFound,
                     InsecureServer,
                     NoAccount,
                     QuotaExceeded,
                     ServerError,
                     ServerUnreachable,
                     SyncError,
                     TlsFailure,
)
from .privacy import LEVEL_LABELS, Privacy
from .proposals import Proposal, proposal_text
from .remote import Remote
from .service import AccountData, SyncReport, SyncService

__all__ = ["FIELDS", "AccountData", "AuthFailed", "CalendarNotFound", "InsecureServer", "LEVEL_LABELS", "NoAccount",
           "NotBroughtIn", "Version", "differing",
           "Privacy", "Proposal", "QuotaExceeded", "Remote", "ServerError", "ServerUnreachable",
           "SyncError", "SyncReport", "SyncService", "TlsFailure", "proposal_text"]
