"""Sync failures, each with one line fit to show a supervisor.

Messages name the cause (server down, certificate, password, quota...) and
never a calendar object's content.
"""
from __future__ import annotations

from ..errors import USAGE, PeerglassError
from ..i18n import translate


class SyncError(PeerglassError):
    """A sync could not be completed; nothing was left half-changed."""


class ServerUnreachable(SyncError):
    def __init__(self, detail: str = "") -> None:
        super().__init__(translate(
            "errors", "The calendar server could not be reached ({0}); nothing was changed. Check the "
                      "address and your connection.").format(detail) if detail else translate(
            "errors", "The calendar server could not be reached; nothing was changed. Check the address "
                      "and your connection."))


class TlsFailure(SyncError):
    def __init__(self) -> None:
        super().__init__(translate(
            "errors", "The calendar server's certificate could not be verified (TLS); nothing was sent. "
                      "Check the address, or the server's certificate."))


class AuthFailed(SyncError):
    kind = USAGE

    def __init__(self) -> None:
        super().__init__(translate(
            "errors", "The calendar server refused the user name or password (401). For iCloud, Fastmail and "
                      "Google use an app-specific password."))


class QuotaExceeded(SyncError):
    def __init__(self) -> None:
        super().__init__(translate(
            "errors", "The calendar server is out of space for this account (quota); what was already synced "
                      "is kept, the rest waits for the next sync."))


class InsecureServer(SyncError):
    kind = USAGE

    def __init__(self) -> None:
        super().__init__(translate(
            "errors", "The server address must start with https:// (plain http is only allowed for a server "
                      "on this computer)."))


class CalendarNotFound(SyncError):
    kind = USAGE

    def __init__(self, name: str = "") -> None:
        super().__init__(translate(
            "errors", "The calendar {0!r} was not found on the server.").format(name) if name else translate(
            "errors", "No calendar collection was found on the server for this account."))


class ServerError(SyncError):
    def __init__(self, status: int | str) -> None:
        super().__init__(translate(
            "errors", "The calendar server answered with an error ({0}); what was already synced is kept, "
                      "the rest waits for the next sync.").format(status))


class NoAccount(SyncError):
    kind = USAGE

    def __init__(self) -> None:
        super().__init__(translate(
            "errors", "Calendar sync is not set up: add the server in Settings ▸ Calendar sync (or give "
                      "--url)."))
