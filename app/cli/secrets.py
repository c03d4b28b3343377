"""Where the CLI takes secrets from: environment, a file, the keyring or a prompt.

Never from a command-line argument (those show in process listings and
shell history).
"""
from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from .parsing import EXIT_USAGE, CliError

PASSPHRASE_ENV = "PEERGLASS_PASSPHRASE"
RECOVERY_ENV = "PEERGLASS_RECOVERY_KEY"


def read_passphrase_file(path: Path) -> str:
    try:
        text = Path(path).read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CliError(f"Cannot read the passphrase file ({type(exc).__name__}).", EXIT_USAGE) from None
    # One trailing newline (from an editor or echo) is not part of the passphrase.
    return text[:-1] if text.endswith("\n") else text


def new_passphrase(passphrase_file: Path | None, *, env: str = PASSPHRASE_ENV, flag: str = "--passphrase-file",
                   what: str = "passphrase", outcome: str = "created") -> str:
    """A new passphrase: env, file, or asked twice at a terminal (``outcome``: what was not done if they differ)."""
    if passphrase_file is not None:
        return read_passphrase_file(passphrase_file)
    if os.environ.get(env):
        return os.environ[env]
    if not sys.stdin.isatty():
        raise CliError(f"No {what}: set {env}, use {flag}, or run at a terminal to be asked.", EXIT_USAGE)
    first = getpass.getpass("New passphrase (at least 15 characters): ")
    second = getpass.getpass("Type it again: ")
    if first != second:
        raise CliError(f"The two passphrases differ; nothing was {outcome}.", EXIT_USAGE)
    return first


def existing_credentials(passphrase_file: Path | None):
    """Credentials to open a vault: passphrase (env/file), recovery key (env), keyring, or a prompt."""
    from app.core.practice import Credentials

    if passphrase_file is not None:
        return Credentials(passphrase=read_passphrase_file(passphrase_file))
    if os.environ.get(PASSPHRASE_ENV):
        return Credentials(passphrase=os.environ[PASSPHRASE_ENV])
    if os.environ.get(RECOVERY_ENV):
        return Credentials(recovery_key=os.environ[RECOVERY_ENV])
    if sys.stdin.isatty():
        return Credentials(passphrase=getpass.getpass("Passphrase: "))
    return Credentials(use_keyring=True)
