"""The encrypted vault: key slots, SQLCipher engine, integrity and errors."""
from __future__ import annotations

from .errors import (
                     DamagedVault,
                     KeyringUnavailable,
                     KeySlotMissing,
                     VaultError,
                     VaultExists,
                     VaultInUse,
                     VaultLocked,
                     VaultNotFound,
                     WeakPassphrase,
                     WrongPassphrase,
                     WrongRecoveryKey,
)
from .keyslots import DEFAULT_KDF, KdfParams
from .vault import Vault

__all__ = [
    "DamagedVault", "KeyringUnavailable", "KeySlotMissing", "VaultError", "VaultExists",
    "VaultInUse", "VaultLocked", "VaultNotFound", "WeakPassphrase", "WrongPassphrase",
    "WrongRecoveryKey", "DEFAULT_KDF", "KdfParams", "Vault",
]
