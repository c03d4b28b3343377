"""The calendar server's password, in the OS credential store only.

Never in the vault file, a log or a command line. The CLI also takes it from
``PEERGLASS_CALDAV_PASSWORD`` for scheduled runs.
"""
from __future__ import annotations

from ..i18n import translate
from ..vault.errors import KeyringUnavailable
from ..vault.keyring_slot import keyring_status

SERVICE = "Peerglass CalDAV"


def _account(server_url: str, username: str) -> str:
    return f"{username}@{server_url.strip().rstrip('/')}"


def _require() -> None:
    status = keyring_status()
    if not status.available:
        raise KeyringUnavailable(status.reason)


def store_password(server_url: str, username: str, password: str) -> None:
    _require()
    import keyring

    try:
        keyring.set_password(SERVICE, _account(server_url, username), password)
    except Exception as exc:
        raise KeyringUnavailable(translate(
            "errors", "The credential store refused to save the password "
                      "({0}).").format(type(exc).__name__)) from None


def load_password(server_url: str, username: str) -> str | None:
    if not keyring_status().available:
        return None
    import keyring

    try:
        return keyring.get_password(SERVICE, _account(server_url, username))
    except Exception:
        return None


def forget_password(server_url: str, username: str) -> None:
    if not keyring_status().available:
        return
    import keyring
    from keyring.errors import PasswordDeleteError

    try:
        keyring.delete_password(SERVICE, _account(server_url, username))
    except (PasswordDeleteError, Exception):
        pass
