"""``peerglass export``, ``peerglass import`` and ``peerglass export-csv``."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from .interrupts import Interrupts
from .opening import add_open_options, open_practice, opened
from .parsing import EXIT_FAILURE, EXIT_OK, EXIT_USAGE, CliError

PLAINTEXT_REMINDER = ("Reminder: {path} is NOT encrypted; it holds the records in plain text. "
                      "Keep it somewhere safe and delete it when it is no longer needed.")


def add_portable(sub: argparse._SubParsersAction) -> None:
    e = sub.add_parser("export", help="write every record as JSON (documented, versioned format)")
    add_open_options(e)
    e.add_argument("--out", type=Path, required=True, help="the .json file to write")
    e.set_defaults(handler=cmd_export)
    i = sub.add_parser("import", help="read an export into a new or empty vault")
    i.add_argument("file", type=Path, help="the .json file made by peerglass export")
    add_open_options(i)
    i.set_defaults(handler=cmd_import)
    c = sub.add_parser("export-csv", help="supervisees, sessions and hours as CSV for a spreadsheet")
    add_open_options(c)
    c.add_argument("--out", type=Path, required=True, help="the folder to write the CSV files into")
    c.set_defaults(handler=cmd_export_csv)


def cmd_export(args: argparse.Namespace) -> int:
    from app.core.portable import session_start_audit_id, write_export

    if not args.out.parent.is_dir():
        raise CliError(f"The folder {args.out.parent} does not exist.", EXIT_USAGE)
    with opened(args) as practice:
        engine = practice.vault.engine
        # This session's own unlock and what follows are left out; a read-only open wrote none.
        start = None if practice.vault.read_only else session_start_audit_id(engine)
        try:
            summary = write_export(engine, args.out, audit_until=None if start is None else start - 1)
        except OSError as exc:
            raise CliError(f"Cannot write {args.out} ({exc.strerror or type(exc).__name__}); "
                           "no export was written.", EXIT_FAILURE) from None
        if not practice.vault.read_only:  # a read-only vault can be exported, not written to
            practice.audit.record("export", "vault",
                                  detail=f"all records as JSON, format 1 ({summary.records} records)")
    print(f"Wrote {args.out} ({summary.records:,} records, {summary.size_bytes:,} bytes).")
    print(PLAINTEXT_REMINDER.format(path=args.out), file=sys.stderr)
    return EXIT_OK


def cmd_export_csv(args: argparse.Namespace) -> int:
    from app.core.portable.csv_export import write_csv

    if args.out.exists() and not args.out.is_dir():
        raise CliError(f"{args.out} is a file, not a folder.", EXIT_USAGE)
    with opened(args) as practice:
        try:
            summary = write_csv(practice.vault.engine, args.out)
        except OSError as exc:
            raise CliError(f"Cannot write into {args.out} ({exc.strerror or type(exc).__name__}).",
                           EXIT_FAILURE) from None
        if not practice.vault.read_only:
            practice.audit.record("export", "vault", detail="supervisees, sessions and hours as CSV")
    listed = ", ".join(f"{name} ({n:,} rows)" for name, n in summary.rows.items())
    print(f"Wrote {listed} into {args.out}.")
    print(PLAINTEXT_REMINDER.format(path=args.out), file=sys.stderr)
    return EXIT_OK


def _vault_files(path: Path) -> list[Path]:
    from app.core.vault.files import vault_files

    return vault_files(path)


def cmd_import(args: argparse.Namespace) -> int:
    from app.core.portable import PortableError, check_export, import_export

    from .parsing import default_vault_path
    from .vault_cmds import create_practice

    try:
        with open(args.file, "rb"):
            pass
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise CliError(f"Cannot read {args.file} ({reason}).", EXIT_USAGE) from None
    try:  # checked streaming, one record at a time: memory stays small for a large export
        checked = check_export(args.file)
    except PortableError as exc:
        raise CliError(f"Not imported: {exc} Nothing was changed.", EXIT_FAILURE) from None
    path = args.vault = args.vault or default_vault_path()
    total = checked.records
    created = not path.exists()
    folder_made = created and not path.parent.exists()
    recovery_key = ""
    try:  # prompts stay interruptible; a half-made new vault is removed again
        if folder_made:
            path.parent.mkdir(mode=0o700, parents=True)
        if created:
            practice, recovery_key = create_practice(args)
        else:
            practice = open_practice(args)
    except KeyboardInterrupt:
        if created:
            _remove_vault(path, folder_made)
        raise CliError("Interrupted; nothing was imported. "
                       + ("No vault was created." if created else "The vault is as it was."),
                       EXIT_FAILURE) from None
    except CliError:  # a weak passphrase or a vault that appeared meanwhile: nothing of ours to remove
        if folder_made:
            _remove_vault(path.parent / ".none", True)
        raise
    except OSError as exc:  # e.g. a full disk while creating the new vault
        if created:
            _remove_vault(path, folder_made)
        raise CliError(f"Cannot create the vault ({exc.strerror or type(exc).__name__}); nothing was imported. "
                       "No vault was created.", EXIT_FAILURE) from None
    with Interrupts() as interrupts:
        print(f"Importing {total:,} records into {path}...", flush=True)
        try:
            summary = import_export(practice.vault.engine, checked, cancel=interrupts.requested.is_set)
        except BaseException as exc:
            outcome = _undo(practice, path, created, folder_made)
            if isinstance(exc, PortableError):
                raise CliError(f"{exc} {outcome}", EXIT_FAILURE) from None
            if isinstance(exc, KeyboardInterrupt):
                raise CliError(f"Interrupted; nothing was imported. {outcome}", EXIT_FAILURE) from None
            raise CliError(f"Import failed ({type(exc).__name__}); nothing was imported. "
                           f"{outcome}",
                           EXIT_FAILURE) from None
        # Closed without a "lock" event: the audit log stays exactly the imported history.
        practice.vault.close()
        late = interrupts.requested.is_set()
    print(f"Imported {summary.records:,} records into {path}."
          + (" (Ctrl+C came after the records were committed.)" if late else ""))
    if recovery_key:
        print("Recovery key (write it down or print the recovery sheet; it is shown only once):")
        print(recovery_key)
    return EXIT_OK


def _undo(practice: Any, path: Path, created: bool, folder_made: bool) -> str:
    """Close the vault; remove it again if this import created it. Returns what the user should know."""
    if not created:
        practice.lock()
        return "The vault is as it was."
    practice.vault.close()
    _remove_vault(path, folder_made)
    return "No vault was created."


def _remove_vault(path: Path, folder_made: bool) -> None:
    for file in _vault_files(path):
        try:
            file.unlink()
        except FileNotFoundError:
            pass
    if folder_made:
        try:
            path.parent.rmdir()
        except OSError:
            pass
