"""Entry point: the desktop app by default, headless sub-commands otherwise.

Argument parsing only; heavy imports (Qt, the core) happen in the branch
that needs them, so ``peerglass verify`` never loads Qt.
"""
from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args == ["--self-test"]:
        from app.selftest import run as self_test

        return self_test()
    from app.cli import COMMANDS

    if args and args[0] in COMMANDS or args[:1] in (["-h"], ["--help"], ["--version"]):
        from app.cli import run

        return run(args)
    from app.cli.parsing import parse_gui_args

    options = parse_gui_args(args)
    from app.ui.application import run_gui

    return run_gui(options.vault)


if __name__ == "__main__":
    sys.exit(main())
