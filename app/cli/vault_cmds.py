"""``peerglass init`` and ``peerglass verify``."""
from __future__ import annotations

import argparse
from pathlib import Path

from .parsing import EXIT_FAILURE, EXIT_OK, EXIT_USAGE, CliError, default_vault_path


def add_init(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("init", help="create a vault (prints the recovery key once)")
    p.add_argument("--vault", type=Path, required=True)
    p.add_argument("--passphrase-file", type=Path, help="read the passphrase from this file")
    p.set_defaults(handler=cmd_init)


def add_verify(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("verify", help="check the cipher, SQLite integrity and key slots")
    p.add_argument("--vault", type=Path, default=None)
    p.add_argument("--passphrase-file", type=Path)
    p.set_defaults(handler=cmd_verify)


def create_practice(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """A new vault from the passphrase the user gives; (practice, recovery key)."""
    from app.core.practice import Practice
    from app.core.vault import VaultExists, WeakPassphrase

    from .secrets import new_passphrase

    passphrase = new_passphrase(args.passphrase_file)
    try:
        return Practice.create(args.vault, passphrase)
    except WeakPassphrase as exc:
        raise CliError(str(exc), EXIT_USAGE) from None
    except VaultExists as exc:
        raise CliError(str(exc), EXIT_FAILURE) from None


def cmd_init(args: argparse.Namespace) -> int:
    practice, recovery_key = create_practice(args)
    practice.lock()
    print(f"Created vault {args.vault}")
    print("Recovery key (write it down or print the recovery sheet; it is shown only once):")
    print(recovery_key)
    return EXIT_OK


def cmd_verify(args: argparse.Namespace) -> int:
    from .opening import open_practice

    path = args.vault or default_vault_path()
    practice = open_practice(args)
    try:
        problems = practice.vault.integrity_problems()
        slot_ok = practice.vault.has_passphrase_slot()
    finally:
        practice.lock()
    if problems:
        raise CliError(f"Vault damaged: {len(problems)} problem(s); first: {problems[0]}", EXIT_FAILURE)
    if not slot_ok:
        raise CliError("The database is sound but its key file is missing or belongs to another "
                       "vault; open it with the recovery key and set a new passphrase.", EXIT_FAILURE)
    print(f"Vault sound: every page decrypts and authenticates, structure ok, key file ok ({path}).")
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
