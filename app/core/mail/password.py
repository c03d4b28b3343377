"""The SMTP password in the OS credential store (``keyring``), never in the vault.

A missing or switched-off credential store is a :class:`KeyringUnavailable`
with the reason, the same error the vault's keyring slot raises.
"""
from __future__ import annotations

from typing import Any

from ..i18n import translate
from ..vault.errors import KeyringUnavailable

KEYRING_SERVICE = "Peerglass SMTP"


def _usable_keyring() -> Any:
    """The active keyring backend, or KeyringUnavailable with the reason."""
    try:
        import keyring
        from keyring.backends import chainer, fail

        backend: Any = keyring.get_keyring()
    except Exception as exc:  # keyring raises many kinds while probing backends
        raise KeyringUnavailable(
            translate(
                "errors", "The system credential store could not be loaded "
                          "({0}).").format(type(exc).__name__)) from None
    if isinstance(backend, fail.Keyring):
        detail = ""
        probe: Any = backend
        try:
            probe.get_password(KEYRING_SERVICE, "")
        except Exception as exc:
            detail = f" {exc}"
        raise KeyringUnavailable(translate(
            "errors", "This computer has no credential store Peerglass can use to keep the SMTP password (no "
                      "Secret Service, Keychain or Credential Manager was found).") + detail)
    if isinstance(backend, chainer.ChainerBackend) and not backend.backends:
        raise KeyringUnavailable(
            translate(
                "errors", "This computer has no credential store Peerglass can use to keep the SMTP "
                          "password."))
    if type(backend).__module__.endswith(".null"):
        raise KeyringUnavailable(translate(
            "errors", "The credential store is switched off (null keyring backend)."))
    return backend


def _check_key(account_key: str) -> None:
    if not isinstance(account_key, str) or not account_key.strip():
        raise ValueError("An SMTP account key is needed to find the password.")


def store_smtp_password(account_key: str, password: str) -> None:
    """Keep the SMTP password in the OS keyring under service "Peerglass SMTP"."""
    _check_key(account_key)
    if not isinstance(password, str) or not password:
        raise ValueError("The SMTP password is empty.")
    backend = _usable_keyring()
    try:
        backend.set_password(KEYRING_SERVICE, account_key, password)
    except Exception as exc:
        raise KeyringUnavailable(
            translate(
                "errors", "The credential store refused to save the SMTP password "
                          "({0}).").format(type(exc).__name__)) from None


def load_smtp_password(account_key: str) -> str | None:
    """The stored SMTP password, or None when none is stored."""
    _check_key(account_key)
    backend = _usable_keyring()
    try:
        value = backend.get_password(KEYRING_SERVICE, account_key)
    except Exception as exc:
        raise KeyringUnavailable(
            translate(
                "errors", "The credential store could not be read "
                          "({0}).").format(type(exc).__name__)) from None
    return value or None


def forget_smtp_password(account_key: str) -> None:
    """Remove the stored SMTP password; forgetting a missing one is not an error."""
    _check_key(account_key)
    backend = _usable_keyring()
    from keyring.errors import PasswordDeleteError

    try:
        backend.delete_password(KEYRING_SERVICE, account_key)
    except PasswordDeleteError:
        pass
    except Exception as exc:
        raise KeyringUnavailable(
            translate(
                "errors", "The credential store refused to forget the SMTP password "
                          "({0}).").format(type(exc).__name__)) from None
