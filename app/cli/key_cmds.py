"""``peerglass passphrase`` (change, or reset with the recovery key) and ``peerglass rekey``.

Secrets come from the environment, files or a terminal prompt, never from
arguments. The new recovery key from ``rekey`` is printed last, alone on its line.
"""
from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from .parsing import EXIT_FAILURE, EXIT_OK, EXIT_USAGE, CliError, default_vault_path
from .secrets import PASSPHRASE_ENV, RECOVERY_ENV, new_passphrase, read_passphrase_file

NEW_PASSPHRASE_ENV = "PEERGLASS_NEW_PASSPHRASE"


def add_passphrase(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("passphrase", help="change the passphrase, or reset it with the recovery key")
    p.add_argument("--vault", type=Path, default=None, help="the vault (default: the app's)")
    p.add_argument("--passphrase-file", type=Path, help="read the current passphrase from this file")
    p.add_argument("--new-passphrase-file", type=Path, help="read the new passphrase from this file")
    p.set_defaults(handler=cmd_passphrase)


def add_rekey(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("rekey", help="new master key and recovery key (the passphrase stays)")
    p.add_argument("--vault", type=Path, default=None, help="the vault (default: the app's)")
    p.add_argument("--passphrase-file", type=Path, help="read the passphrase from this file")
    p.set_defaults(handler=cmd_rekey)


def _current_passphrase(passphrase_file: Path | None) -> str | None:
    if passphrase_file is not None:
        return read_passphrase_file(passphrase_file)
    if os.environ.get(PASSPHRASE_ENV):
        return os.environ[PASSPHRASE_ENV]
    return None


def _ask_current() -> str:
    if not sys.stdin.isatty():
        raise CliError(f"No passphrase: set {PASSPHRASE_ENV}, use --passphrase-file, or "
                       f"{RECOVERY_ENV} to reset it; or run at a terminal to be asked.", EXIT_USAGE)
    return getpass.getpass("Current passphrase: ")


def _new_passphrase(new_file: Path | None) -> str:
    return new_passphrase(new_file, env=NEW_PASSPHRASE_ENV, flag="--new-passphrase-file",
                          what="new passphrase", outcome="changed")


def _open(path: Path, credentials: object):
    from app.core.practice import Practice
    from app.core.vault import DamagedVault, KeySlotMissing, WrongPassphrase, WrongRecoveryKey

    try:
        return Practice.open(path, credentials)
    except (WrongPassphrase, WrongRecoveryKey, KeySlotMissing) as exc:
        raise CliError(str(exc), EXIT_USAGE) from None
    except DamagedVault as exc:
        raise CliError(str(exc), EXIT_FAILURE) from None


def cmd_passphrase(args: argparse.Namespace) -> int:
    from app.core.practice import Credentials
    from app.core.vault import WeakPassphrase

    path = args.vault or default_vault_path()
    current = _current_passphrase(args.passphrase_file)
    recovery_key = os.environ.get(RECOVERY_ENV) if current is None else None
    if current is None and not recovery_key:
        current = _ask_current()
    new = _new_passphrase(args.new_passphrase_file)  # asked before opening: nothing held meanwhile
    if recovery_key:
        practice = _open(path, Credentials(recovery_key=recovery_key))
    else:
        practice = _open(path, Credentials(passphrase=current))
    try:
        if recovery_key:
            practice.reset_passphrase(new)
        else:
            assert current is not None
            practice.change_passphrase(current, new)
    except WeakPassphrase as exc:
        raise CliError(f"{exc} Nothing was changed.", EXIT_USAGE) from None
    finally:
        practice.lock()
    how = "reset with the recovery key; the key file was rewritten" if recovery_key else "changed"
    print(f"Passphrase {how} ({path}). The database and the recovery key are unchanged.")
    return EXIT_OK


def cmd_rekey(args: argparse.Namespace) -> int:
    from app.core.practice import Credentials
    from app.core.vault.rekey import RekeyFailed, RekeyNeedsPassphrase, rekey_practice

    path = args.vault or default_vault_path()
    passphrase = _current_passphrase(args.passphrase_file)
    if passphrase is None:
        if os.environ.get(RECOVERY_ENV) and not sys.stdin.isatty():
            raise CliError("rekey rewraps the passphrase slot, so it needs the passphrase: set "
                           f"{PASSPHRASE_ENV} (after a reset with peerglass passphrase).", EXIT_USAGE)
        passphrase = _ask_current()
    practice = _open(path, Credentials(passphrase=passphrase))
    try:
        result = rekey_practice(practice, passphrase)
    except RekeyNeedsPassphrase as exc:
        raise CliError(str(exc), EXIT_USAGE) from None
    except RekeyFailed as exc:
        raise CliError(str(exc), EXIT_FAILURE) from None
    finally:
        practice.lock()
    print(f"Vault {path} now uses a new master key; the passphrase is unchanged.")
    print("The old recovery key no longer opens it. Backups made before keep the old key.")
    if result.keyring_updated:
        print("The key remembered on this computer was replaced.")
    elif result.keyring_problem:
        print(f"The key remembered on this computer could not be replaced: {result.keyring_problem}")
    print("New recovery key (write it down or print the recovery sheet; it is shown only once):")
    print(result.recovery_key)
    return EXIT_OK
