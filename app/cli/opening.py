"""Open a vault for a command, mapping the vault's errors to exit codes."""
from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from .parsing import EXIT_FAILURE, EXIT_USAGE, CliError, default_vault_path

if TYPE_CHECKING:
    from app.core.practice import Practice


def add_open_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--vault", type=Path, default=None, help="the vault (default: the app's)")
    parser.add_argument("--passphrase-file", type=Path, help="read the passphrase from this file")


@contextmanager
def translate_open_errors() -> Iterator[None]:
    """The vault's typed errors as one line and an exit code: 2 wrong key, 1 everything else."""
    from app.core.vault import KeySlotMissing, VaultError, WrongPassphrase, WrongRecoveryKey

    try:
        yield
    except (WrongPassphrase, WrongRecoveryKey, KeySlotMissing) as exc:
        raise CliError(str(exc), EXIT_USAGE) from None
    except VaultError as exc:
        raise CliError(str(exc), EXIT_FAILURE) from None


def open_practice(args: argparse.Namespace) -> Practice:
    from app.core.practice import Practice

    from .secrets import existing_credentials

    path = args.vault or default_vault_path()
    credentials = existing_credentials(getattr(args, "passphrase_file", None))
    with translate_open_errors():
        practice = Practice.open(path, credentials)
    if practice is None:
        raise CliError("No passphrase given and no key remembered on this computer "
                       "(set PEERGLASS_PASSPHRASE or PEERGLASS_RECOVERY_KEY).", EXIT_USAGE)
    if practice.vault.read_only:
        print(f"Opened read-only: {practice.vault.read_only_reason}; nothing can be saved.", file=sys.stderr)
    if practice.vault.recovery_key_unshown:
        if sys.stdout.isatty():
            show_unshown_recovery_key(practice)
        else:  # a log, cron's mail, a pipe: never the key that opens the vault
            print("A new recovery key is waiting to be shown (a rekey was interrupted before it could show "
                  "it). It is not written where output goes to a file or a program: run any peerglass "
                  "command in a terminal, or open the app, to see it once.", file=sys.stderr)
    return practice


def show_unshown_recovery_key(practice: Practice) -> None:
    """A rekey was interrupted after its commit: the new recovery key was never shown. Show it now
    (only on a terminal: see open_practice)."""
    print("A new recovery key was made by a rekey that was interrupted before it could show it; the old "
          "recovery key no longer opens this vault.")
    print("New recovery key (write it down or print the recovery sheet; it is shown only once):")
    print(practice.vault.recovery_key(), flush=True)
    practice.vault.recovery_key_shown()


@contextmanager
def opened(args: argparse.Namespace) -> Iterator[Practice]:
    practice = open_practice(args)
    try:
        yield practice
    finally:
        practice.lock()


def parse_day(text: str) -> date:
    """argparse type for YYYY-MM-DD."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (use YYYY-MM-DD): {text!r}") from None


def supervisee_id(practice: Practice, text: str) -> int:
    """A supervisee by id, or by a name that matches exactly one (any case, any script)."""
    if text.isdigit():
        return int(text)
    wanted = text.strip().casefold()
    rows = practice.supervisees.list() + practice.supervisees.list(archived=True)
    exact = [r.id for r in rows if r.full_name.casefold() == wanted]
    if len(exact) == 1:
        return exact[0]
    partial = [r.id for r in rows if wanted in r.full_name.casefold()]
    if len(partial) == 1:
        return partial[0]
    raise CliError("No supervisee matches that name." if not partial else
                   f"{len(partial)} supervisees match that name; use the id instead.", EXIT_USAGE)
