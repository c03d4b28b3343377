"""Typed errors of the vault, each with a message fit to show a user.

Messages never contain record content or key material.
"""
from __future__ import annotations

from ..errors import PeerglassError
from ..i18n import translate


class VaultError(PeerglassError):
    """Base class: something about the vault prevents the operation."""


class WrongPassphrase(VaultError):
    def __init__(self) -> None:
        super().__init__(translate("errors", "The passphrase is not right for this vault."))


class WrongRecoveryKey(VaultError):
    """The recovery key is malformed, mistyped, or does not open this vault."""

    def __init__(self, message: str = "", group: int | None = None) -> None:
        super().__init__(message or translate("errors", "The recovery key does not open this vault."))
        self.group = group


class DamagedVault(VaultError):
    def __init__(self, detail: str = "") -> None:
        super().__init__(
            translate("errors", "The vault file is damaged and cannot be read safely ({0}).").format(detail)
            if detail else translate("errors", "The vault file is damaged and cannot be read safely."))


class VaultInUse(VaultError):
    def __init__(self) -> None:
        super().__init__(
            translate(
                "errors", "This vault is already open in another Peerglass window or process. Close it there "
                          "first."))


class VaultLocked(VaultError):
    def __init__(self) -> None:
        super().__init__(translate("errors", "The vault is locked. Unlock it to continue."))


class VaultNotFound(VaultError):
    def __init__(self, path: object) -> None:
        super().__init__(translate("errors", "No vault was found at {0}.").format(path))


class VaultExists(VaultError):
    def __init__(self, path: object) -> None:
        super().__init__(translate(
            "errors", "A vault already exists at {0}; refusing to overwrite it.").format(path))


class KeySlotMissing(VaultError):
    """The sidecar with the passphrase slot is gone: only the recovery key can open."""

    def __init__(self) -> None:
        super().__init__(
            translate(
                "errors", "The key file beside the vault is missing or unreadable. Open the vault with its "
                          "recovery key to set a new passphrase."))


class KeyringUnavailable(VaultError):
    """No usable OS credential store; the message says why."""


class WeakPassphrase(VaultError):
    """A new passphrase does not meet the minimum length."""


class DamagedKeyFile(DamagedVault):
    """The key file beside the vault is damaged (not a wrong passphrase)."""

    def __init__(self, detail: str = "") -> None:
        VaultError.__init__(self, translate(
            "errors", "The key file beside the vault is damaged, so the passphrase cannot be checked ({0}). "
                      "Open the vault with its recovery key, or restore the key file from a backup.").format(
            detail) if detail else translate(
            "errors", "The key file beside the vault is damaged, so the passphrase cannot be checked. Open "
                      "the vault with its recovery key, or restore the key file from a backup."))


class DamagedFirstPage(DamagedVault):
    """The key is right (its check value matches) but page 1 does not decrypt."""

    def __init__(self) -> None:
        VaultError.__init__(
            self, translate(
                "errors", "The vault file is damaged: its first page fails its check although the key is "
                          "right. Restore it from a backup."))


class CommitsMissing(DamagedVault):
    """Fewer transactions are in the database than were committed (damaged or lost WAL)."""

    def __init__(self, recorded: int, found: int) -> None:
        VaultError.__init__(
            self, translate(
                "errors", "The vault is damaged: {0} committed change(s) are missing (commit record {1}, "
                          "database {2}); the write-ahead log was damaged or lost. Nothing was changed; "
                          "restore from a backup.").format(recorded - found, recorded, found))
        self.recorded, self.found = recorded, found


class TruncatedVault(DamagedVault):
    """The database file is empty or cut short; it is never recreated silently."""

    def __init__(self, size: int) -> None:
        what = (translate("errors", "empty (0 bytes)") if size == 0 else
                translate("errors", "cut short ({0} bytes, not whole pages)").format(size))
        VaultError.__init__(
            self, translate(
                "errors", "The vault file is {0}; it was truncated or never finished. Nothing was changed; "
                          "restore it from a backup.").format(what))


class UnfinishedVault(VaultError):
    """A database without its key file, left by an interrupted ``init`` of an older version."""

    def __init__(self, path: object, hint: str = "") -> None:
        super().__init__(
            translate(
                "errors", "{0} looks like a vault whose creation was interrupted (a database without its key "
                          "file). If you have its recovery key, open it with PEERGLASS_RECOVERY_KEY; "
                          "otherwise set it aside with: peerglass init --vault {0} "
                          "--discard-unfinished{1}").format(path, hint))


class VaultReadOnly(VaultError):
    """The vault (file, folder or disk) cannot be written."""

    def __init__(self, why: str = "") -> None:
        super().__init__(translate("errors", "Cannot save: {0}. Nothing was changed.").format(
            why or translate("errors", "the vault is open read-only")))


class DiskFull(VaultError):
    def __init__(self) -> None:
        super().__init__(translate(
            "errors", "The disk is full; the change was not saved and nothing was changed. Free some space "
                      "and try again."))


class VaultBusy(VaultError):
    def __init__(self) -> None:
        super().__init__(translate(
            "errors", "The vault is busy (another program holds a lock on the database); nothing was "
                      "changed. Try again in a moment."))


class OperationCancelled(VaultError):
    def __init__(self, what: str = "") -> None:
        super().__init__(translate("errors", "{0} was cancelled; nothing was changed.").format(
            what or translate("errors", "The operation")))


class NotABackup(VaultError):
    def __init__(self, detail: str = "") -> None:
        super().__init__(
            translate("errors", "This file is not a Peerglass backup or it is damaged ({0}).").format(detail)
            if detail else translate("errors", "This file is not a Peerglass backup or it is damaged."))
