"""``peerglass backup`` and ``peerglass restore``."""
from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .interrupts import Interrupts
from .parsing import EXIT_FAILURE, EXIT_OK, EXIT_USAGE, CliError, default_vault_path


def add_backup(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("backup", help="one encrypted, verified backup file (safe while the app is open)")
    p.add_argument("--vault", type=Path, default=None)
    p.add_argument("--passphrase-file", type=Path, help="read the passphrase from this file")
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument("--to", type=Path, help="the backup file to write")
    where.add_argument("--to-folder", type=Path, help="a folder: timestamped name, old ones thinned")
    p.add_argument("--keep-daily", type=int, default=7)
    p.add_argument("--keep-weekly", type=int, default=4)
    p.add_argument("--keep-monthly", type=int, default=12)
    p.set_defaults(handler=cmd_backup)


def add_restore(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("restore", help="replace a vault with a backup (checked first)")
    p.add_argument("--from", dest="source", type=Path, required=True, help="the backup file")
    p.add_argument("--vault", type=Path, default=None)
    p.add_argument("--passphrase-file", type=Path,
                   help="the passphrase as it was when the backup was made")
    p.set_defaults(handler=cmd_restore)


def vault_key(path: Path, passphrase_file: Path | None) -> bytes:
    """The master key of the vault at ``path`` from the usual secret sources."""
    from app.core.vault import keyring_slot, recovery
    from app.core.vault.keyslots import read_keyfile
    from app.core.vault.vault import Vault

    from .secrets import existing_credentials

    creds = existing_credentials(passphrase_file)
    if creds.passphrase is not None:
        return Vault.key_from_passphrase(path, creds.passphrase)
    if creds.recovery_key is not None:
        return recovery.decode(creds.recovery_key)
    key = keyring_slot.load_master_key(read_keyfile(path).vault_id)
    if key is None:
        raise CliError("No passphrase given and no key remembered on this computer "
                       "(set PEERGLASS_PASSPHRASE or PEERGLASS_RECOVERY_KEY).", EXIT_USAGE)
    return key


def backup_key(backup: Path, passphrase_file: Path | None) -> bytes:
    """The master key of a backup file: its own passphrase slot, or the recovery key."""
    from app.core.vault import recovery
    from app.core.vault.backup import key_from_passphrase

    from .secrets import existing_credentials

    creds = existing_credentials(passphrase_file)
    if creds.passphrase is not None:
        return key_from_passphrase(backup, creds.passphrase)
    if creds.recovery_key is not None:
        return recovery.decode(creds.recovery_key)
    raise CliError("Give the passphrase the vault had when the backup was made "
                   "(PEERGLASS_PASSPHRASE or --passphrase-file) or PEERGLASS_RECOVERY_KEY.", EXIT_USAGE)


@contextmanager
def _cancelled(message: str) -> Iterator[None]:
    """A cancel (Ctrl+C) as one true line and exit code 1."""
    from app.core.vault.errors import OperationCancelled

    try:
        yield
    except (OperationCancelled, KeyboardInterrupt):
        raise CliError(message, EXIT_FAILURE) from None


def _size(n: int) -> str:
    return f"{n / 1e6:.1f} MB" if n >= 1e5 else f"{n / 1e3:.0f} kB"


def cmd_backup(args: argparse.Namespace) -> int:
    from app.core.practice import Practice
    from app.core.vault import VaultInUse
    from app.core.vault.backup import make_backup
    from app.core.vault.backup_folder import backup_to_folder
    from app.core.vault.vault import Vault

    from .opening import translate_open_errors

    path = args.vault or default_vault_path()
    if min(args.keep_daily, args.keep_weekly, args.keep_monthly) < 0:
        raise CliError("--keep-daily/--keep-weekly/--keep-monthly are 0 or more.", EXIT_USAGE)
    keep = {"keep_daily": args.keep_daily, "keep_weekly": args.keep_weekly,
            "keep_monthly": args.keep_monthly}
    with translate_open_errors():
        key = vault_key(Vault._existing(path), args.passphrase_file)
    removed: list[Path] = []
    note = ""
    with Interrupts() as ctrl_c, translate_open_errors(), _cancelled(
            "Interrupted: no backup was written and the vault is unchanged."):
        cancel = ctrl_c.requested.is_set
        try:
            practice = Practice(Vault.open_with_master_key(path, key))
        except VaultInUse:
            practice = None  # open in the app: back up beside it, without an audit entry
            note = " (the vault is open elsewhere; its audit log records backups made from the app)"
        print(f"Backing up {path}...", flush=True)
        done = False
        try:
            if practice is not None:
                if args.to is not None:
                    result = practice.backups.back_up(args.to, cancel=cancel)
                else:
                    result, removed = practice.backups.back_up_to_folder(args.to_folder, cancel=cancel,
                                                                         **keep)
            elif args.to is not None:
                result = make_backup(path, key, args.to, cancel=cancel)
            else:
                result, removed = backup_to_folder(path, key, args.to_folder, cancel=cancel, **keep)
            done = True
        finally:
            if practice is not None:  # a backup that did not happen leaves no audit entry either
                practice.lock() if done else practice.vault.close()
        late = ctrl_c.requested.is_set()
    thinned = f"; {len(removed)} older backup(s) removed" if removed else ""
    print(f"Backup written and verified: {result.path} ({_size(result.size)}, "
          f"{result.rows.get('session', 0)} sessions){thinned}{note}."
          + (" (Ctrl+C came after the backup was finished.)" if late else ""))
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from app.core.practice import Practice

    from .opening import translate_open_errors

    path = args.vault or default_vault_path()
    with translate_open_errors():
        key = backup_key(args.source, args.passphrase_file)
    with Interrupts() as ctrl_c, translate_open_errors(), _cancelled(
            "Interrupted: nothing was restored and the vault is as it was."):
        print(f"Restoring {path} from {args.source}...", flush=True)
        # Ctrl+C stops it until the swap; after that the restore finishes (a half swap helps no one).
        result = Practice.restore(args.source, path, key, cancel=ctrl_c.requested.is_set)
        late = ctrl_c.requested.is_set()
    kept = (f" The vault it replaced is kept as {result.previous}; delete it when you are satisfied."
            if result.previous is not None else "")
    print(f"Restored {path} from {args.source} ({result.rows.get('session', 0)} sessions); "
          f"it opens and passes both integrity checks.{kept}"
          + (" (Ctrl+C came after the swap, so the restore was finished.)" if late else ""))
    return EXIT_OK


__all__ = ["add_backup", "add_restore", "vault_key", "backup_key"]
