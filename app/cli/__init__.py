"""The headless command line (DESIGN.md's contract).

Every command opens its own vault and closes it; secrets never come from
arguments; errors are one line on stderr with exit code 1 or 2.
"""
from __future__ import annotations

import sys

from .backup_cmds import add_backup, add_restore
from .calendar_cmds import add_calendar
from .key_cmds import add_passphrase, add_rekey
from .parsing import EXIT_FAILURE, CliError, Parser
from .pdf_cmds import add_pdf
from .portable_cmds import add_portable
from .sync_cmds import add_sync
from .vault_cmds import add_demo, add_init, add_verify

COMMANDS = ("init", "verify", "demo", "pdf", "import-ics", "export-ics",
            "passphrase", "rekey", "backup", "restore", "export", "import", "export-csv", "calendar-sync")


def build_parser() -> Parser:
    parser = Parser(prog="peerglass", description="Peerglass: supervision records in an encrypted vault. "
                    "Without a command, the desktop app opens.",
                    epilog="Desktop app: peerglass [--vault PATH] opens the vault at PATH "
                    "(default: the app's own). Each command takes --vault too; see peerglass COMMAND --help.")
    parser.add_argument("--version", action="version", version="peerglass 0.1.0")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    add_init(sub)
    add_verify(sub)
    add_demo(sub)
    add_pdf(sub)
    add_calendar(sub)
    add_passphrase(sub)
    add_rekey(sub)
    add_backup(sub)
    add_restore(sub)
    add_portable(sub)
    add_sync(sub)
    return parser


def run(argv: list[str]) -> int:
    try:
        args = build_parser().parse_args(argv)
        if not getattr(args, "handler", None):
            raise CliError("peerglass: give a command (see peerglass --help)", 2)
        return int(args.handler(args))
    except CliError as exc:
        print(str(exc), file=sys.stderr)
        return exc.code
    except KeyboardInterrupt:
        print("Interrupted; nothing was changed.", file=sys.stderr)
        return EXIT_FAILURE
    except Exception as exc:  # the contract: one line, no traceback
        from app.core.errors import describe, exit_code
        from app.core.vault.engine import typed_error

        exc = typed_error(exc)  # full disk, read-only, busy, damage: the true cause; anything else as it is
        print(" ".join(describe(exc).splitlines()), file=sys.stderr)
        return exit_code(exc)
