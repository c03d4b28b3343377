"""Typed errors of the vault, each with a message fit to show a user.

Messages never contain record content or key material.
"""
from __future__ import annotations

from ..errors import PeerglassError


class VaultError(PeerglassError):
    """Base class: something about the vault prevents the operation."""


class WrongPassphrase(VaultError):
    def __init__(self) -> None:
        super().__init__("The passphrase is not right for this vault.")


class WrongRecoveryKey(VaultError):
    """The recovery key is malformed, mistyped, or does not open this vault."""

    def __init__(self, message: str = "The recovery key does not open this vault.",
                 group: int | None = None) -> None:
        super().__init__(message)
        self.group = group


class DamagedVault(VaultError):
    def __init__(self, detail: str = "") -> None:
        text = "The vault file is damaged and cannot be read safely."
        if detail:
            text += f" ({detail})"
        super().__init__(text)


class VaultInUse(VaultError):
    def __init__(self) -> None:
        super().__init__(
            "This vault is already open in another Peerglass window or process. "
            "Close it there first.")


class VaultLocked(VaultError):
    def __init__(self) -> None:
        super().__init__("The vault is locked. Unlock it to continue.")


class VaultNotFound(VaultError):
    def __init__(self, path: object) -> None:
        super().__init__(f"No vault was found at {path}.")


class VaultExists(VaultError):
    def __init__(self, path: object) -> None:
        super().__init__(f"A vault already exists at {path}; refusing to overwrite it.")


class KeySlotMissing(VaultError):
    """The sidecar with the passphrase slot is gone: only the recovery key can open."""

    def __init__(self) -> None:
        super().__init__(
            "The key file beside the vault is missing or unreadable. "
            "Open the vault with its recovery key to set a new passphrase.")


class KeyringUnavailable(VaultError):
    """No usable OS credential store; the message says why."""


class WeakPassphrase(VaultError):
    """A new passphrase does not meet the minimum length."""
