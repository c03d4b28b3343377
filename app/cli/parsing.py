"""Shared argument parsing and the CLI's error contract.

Exit codes: 0 ok, 1 failure or damaged vault, 2 usage error or wrong key.
Errors are one clear line on stderr, never a traceback.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2


class CliError(Exception):
    """A failure to report as one line with an exit code."""

    def __init__(self, message: str, code: int = EXIT_FAILURE) -> None:
        super().__init__(message)
        self.code = code


class Parser(argparse.ArgumentParser):
    """argparse that reports usage errors as one line and exit code 2."""

    def error(self, message: str) -> None:
        raise CliError(f"{self.prog}: {message}", EXIT_USAGE)


def default_vault_path() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("Peerglass", appauthor=False)) / "peerglass.pgvault"


def add_vault_option(parser: argparse.ArgumentParser, required: bool = False) -> None:
    parser.add_argument("--vault", type=Path, required=required, default=None,
                        help="the vault file (default: {})".format(str(default_vault_path()).replace("%", "%%")))


def parse_gui_args(argv: list[str]) -> argparse.Namespace:
    parser = Parser(prog="peerglass", description="Open the Peerglass desktop app.")
    add_vault_option(parser)
    try:
        return parser.parse_args(argv)
    except CliError as exc:
        print(str(exc), file=sys.stderr)
        raise SystemExit(exc.code) from None
