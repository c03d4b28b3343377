"""The "remember on this computer" slot: the master key in the OS credential store.

Where keyring has no usable backend (headless Linux reports
``keyring.backends.fail``), ``keyring_status`` says why and the app greys the
option out; the vault still opens by passphrase.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..i18n import translate
from .errors import KeyringUnavailable

SERVICE = "Peerglass vault"


@dataclass(frozen=True)
class KeyringStatus:
    available: bool
    reason: str  # why not, in words for the user; "" when available


def _backend():  # type: ignore[no-untyped-def]
    import keyring

    return keyring.get_keyring()


def keyring_status() -> KeyringStatus:
    """Is there a credential store we can trust with the master key?"""
    try:
        backend = _backend()
    except Exception as exc:  # keyring raises many kinds while probing backends
        return KeyringStatus(False, f"The system credential store could not be loaded ({type(exc).__name__}).")
    from keyring.backends import chainer, fail

    if isinstance(backend, fail.Keyring):
        return KeyringStatus(False, "This computer has no credential store that Peerglass can use "
                                    "(no Secret Service, Keychain or Credential Manager was found).")
    if isinstance(backend, chainer.ChainerBackend) and not backend.backends:
        return KeyringStatus(False, "This computer has no credential store that Peerglass can use.")
    name = type(backend).__module__
    if "null" in name or "PlaintextKeyring" in type(backend).__name__:
        return KeyringStatus(False, "The configured credential store does not protect secrets.")
    return KeyringStatus(True, "")


def _require() -> None:
    status = keyring_status()
    if not status.available:
        raise KeyringUnavailable(status.reason)


def store_master_key(vault_id: str, master_key: bytes) -> None:
    _require()
    import keyring

    try:
        keyring.set_password(SERVICE, vault_id, master_key.hex())
    except Exception as exc:
        raise KeyringUnavailable(translate(
            "errors", "The credential store refused to save the key "
                      "({0}).").format(type(exc).__name__)) from None


def load_master_key(vault_id: str) -> bytes | None:
    """The remembered key, or None when nothing is stored (or no store exists)."""
    if not keyring_status().available:
        return None
    import keyring

    try:
        text = keyring.get_password(SERVICE, vault_id)
    except Exception:
        return None
    if not text:
        return None
    try:
        key = bytes.fromhex(text)
    except ValueError:
        return None
    return key if len(key) == 32 else None


def forget_master_key(vault_id: str) -> None:
    if not keyring_status().available:
        return
    import keyring
    from keyring.errors import PasswordDeleteError

    try:
        keyring.delete_password(SERVICE, vault_id)
    except PasswordDeleteError:
        pass
    except Exception as exc:
        raise KeyringUnavailable(translate(
            "errors", "The credential store refused to forget the key "
                      "({0}).").format(type(exc).__name__)) from None
