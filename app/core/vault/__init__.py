"""The encrypted vault: key slots, SQLCipher engine, integrity and errors."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

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

if TYPE_CHECKING:
    from .vault import Vault

__all__ = [
    "DamagedVault", "KeyringUnavailable", "KeySlotMissing", "VaultError", "VaultExists",
    "VaultInUse", "VaultLocked", "VaultNotFound", "WeakPassphrase", "WrongPassphrase",
    "WrongRecoveryKey", "DEFAULT_KDF", "KdfParams", "Vault",
]


def __getattr__(name: str) -> Any:
    """``Vault`` (and with it SQLAlchemy) is imported on first use: the first paint opens the file and
    reads Today with the driver alone (``app.core.services.today``), before SQLAlchemy is loaded."""
    if name == "Vault":
        from .vault import Vault

        return Vault
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
