"""``peerglass import-ics`` and ``peerglass export-ics``."""
from __future__ import annotations

import argparse
from pathlib import Path

from .interrupts import Interrupts
from .opening import add_open_options, opened, parse_day, supervisee_id
from .parsing import EXIT_FAILURE, EXIT_OK, EXIT_USAGE, CliError


def add_calendar(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("import-ics", help="import appointments from another calendar program")
    p.add_argument("file", type=Path, help="the .ics file")
    add_open_options(p)
    p.add_argument("--supervisee", help="id or name for appointments whose title names nobody")
    p.add_argument("--since", type=parse_day, help="skip appointments before this date (YYYY-MM-DD)")
    p.add_argument("--dry-run", action="store_true", help="show what would be imported; write nothing")
    p.set_defaults(handler=cmd_import)
    e = sub.add_parser("export-ics", help="write the schedule for a phone or web calendar")
    add_open_options(e)
    e.add_argument("--out", type=Path, required=True, help="the .ics file to write")
    e.add_argument("--private", action="store_true", help="initials only, no places")
    e.set_defaults(handler=cmd_export)


def cmd_import(args: argparse.Namespace) -> int:
    from app.core.ical import IcsError

    try:
        data = args.file.read_bytes()
    except OSError as exc:
        raise CliError(f"Cannot read {args.file} ({exc.strerror or type(exc).__name__}).", EXIT_USAGE) from None
    from app.core.services.calendar_import import ImportCancelled

    with opened(args) as practice, Interrupts() as ctrl_c:
        fallback = supervisee_id(practice, args.supervisee) if args.supervisee else None
        if not args.dry_run:
            print(f"Importing {args.file.name}...", flush=True)
        try:  # one transaction: Ctrl+C stops it at the next event and rolls it all back
            result, _ = practice.interchange.import_ics(data, supervisee_id=fallback, since=args.since,
                                                        dry_run=args.dry_run, cancelled=ctrl_c.requested.is_set)
        except IcsError as exc:
            raise CliError(f"Not imported: {exc}. The vault is unchanged.", EXIT_FAILURE) from None
        except (ImportCancelled, KeyboardInterrupt):
            raise CliError("Import interrupted: nothing was imported and the vault is unchanged.",
                           EXIT_FAILURE) from None
    print(result.summary())
    for line in result.details():
        print(f"  {line}")
    if result.skipped_unassigned and not args.supervisee:
        print("Appointments whose title names no supervisee were skipped; "
              "name one with --supervisee, or import in the app to choose per title.")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from app.core.vault.atomic import write_atomic

    if not args.out.parent.is_dir():
        raise CliError(f"The folder {args.out.parent} does not exist.", EXIT_USAGE)
    with opened(args) as practice:
        data = practice.interchange.export_ics(private=args.private)
        write_atomic(args.out, data, mode=0o600)  # first: a file never written is no export to audit
        if not practice.vault.read_only:  # (a read-only vault can't record it, and still exports)
            practice.audit.record("export", "calendar", detail="schedule as .ics" + (" (private)" if args.private else ""))
    print(f"Wrote {args.out} ({len(data):,} bytes{', initials only' if args.private else ''}).")
    return EXIT_OK
