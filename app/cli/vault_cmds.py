"""``peerglass init`` and ``peerglass verify``."""
from __future__ import annotations

import argparse
from pathlib import Path

from .parsing import EXIT_FAILURE, EXIT_OK, EXIT_USAGE, CliError, default_vault_path


def add_init(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("init", help="create a vault (prints the recovery key once)")
    p.add_argument("--vault", type=Path, required=True)
    p.add_argument("--passphrase-file", type=Path, help="read the passphrase from this file")
    p.add_argument("--discard-unfinished", action="store_true",
                   help="set aside a half-made vault (database without key file) first")
    p.set_defaults(handler=cmd_init)


def add_verify(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("verify", help="check the cipher, SQLite integrity and key slots (read-only)")
    what = p.add_mutually_exclusive_group()
    what.add_argument("--vault", type=Path, default=None)
    what.add_argument("--backup", type=Path, default=None, help="check a backup file instead")
    p.add_argument("--passphrase-file", type=Path)
    p.set_defaults(handler=cmd_verify)


def create_practice(args: argparse.Namespace):
    """A new vault from the passphrase the user gives; (practice, recovery key)."""
    from app.core.practice import Practice
    from app.core.vault import VaultError, VaultExists, WeakPassphrase

    from .secrets import new_passphrase

    passphrase = new_passphrase(args.passphrase_file)
    try:
        return Practice.create(args.vault, passphrase,
                               discard_unfinished=getattr(args, "discard_unfinished", False))
    except WeakPassphrase as exc:
        raise CliError(str(exc), EXIT_USAGE) from None
    except (VaultExists, VaultError) as exc:
        raise CliError(str(exc), EXIT_FAILURE) from None


def cmd_init(args: argparse.Namespace) -> int:
    practice, recovery_key = create_practice(args)
    practice.lock()
    print(f"Created vault {args.vault}")
    print("Recovery key (write it down or print the recovery sheet; it is shown only once):")
    print(recovery_key)
    return EXIT_OK


def cmd_verify(args: argparse.Namespace) -> int:
    """Read-only: works on a private copy, never writes to what it checks."""
    from app.core.vault.backup import verify_backup
    from app.core.vault.check import verify_vault
    from app.core.vault.vault import Vault

    from .backup_cmds import backup_key, vault_key
    from .opening import translate_open_errors

    if args.backup is not None:
        with translate_open_errors():
            key = backup_key(args.backup, args.passphrase_file)
            header, _, rows = verify_backup(args.backup, key)
        print(f"Backup sound: every page decrypts and authenticates, structure ok "
              f"({rows.get('session', 0)} sessions, made {header.created_at}; {args.backup}).")
        return EXIT_OK
    path = args.vault or default_vault_path()
    with translate_open_errors():
        key = vault_key(Vault._existing(path), args.passphrase_file)
        report = verify_vault(path, key)
    if report.problems:
        raise CliError(f"Vault damaged: {len(report.problems)} problem(s); first: {report.problems[0]}",
                       EXIT_FAILURE)
    if report.keyfile != "ok":
        what = {"missing": "is missing", "damaged": "is damaged",
                "other vault": "belongs to another vault"}[report.keyfile]
        raise CliError(f"The database is sound and your recovery key opens it, but its key file {what}. "
                       f"Set a new passphrase with: PEERGLASS_RECOVERY_KEY=... peerglass passphrase "
                       f"--vault {path}", EXIT_FAILURE)
    print(f"Vault sound: every page decrypts and authenticates, structure ok, no committed change "
          f"missing, key file ok ({path}).")
    return EXIT_OK


def add_demo(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("demo", help="create a vault with realistic synthetic data")
    p.add_argument("--vault", type=Path, required=True)
    p.add_argument("--years", type=int, default=2, help="years of practice to invent (1-20, default 2)")
    p.add_argument("--seed", type=int, default=7, help=argparse.SUPPRESS)
    p.add_argument("--passphrase-file", type=Path, help="read the passphrase from this file")
    p.set_defaults(handler=cmd_demo)


def cmd_demo(args: argparse.Namespace) -> int:
    from app.core.demo import make_demo

    if not 1 <= args.years <= 20:
        raise CliError("--years is between 1 and 20.", EXIT_USAGE)
    practice, recovery_key = create_practice(args)
    try:
        counts = make_demo(practice, years=args.years, seed=args.seed)
    finally:
        practice.lock()
    summary = ", ".join(f"{value} {key.replace('_', ' ')}" for key, value in counts.items())
    print(f"Created demo vault {args.vault} ({summary}). Everyone in it is invented.")
    print("Recovery key:")
    print(recovery_key)
    return EXIT_OK
