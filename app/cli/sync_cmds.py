"""``peerglass calendar-sync``: two-way sync with the supervisor's CalDAV server.

The password comes from ``PEERGLASS_CALDAV_PASSWORD`` or the OS keyring,
never from an argument. Prints one summary line; exit 0 on success, 1 when
the sync failed, 2 on a usage or authentication error.
"""
from __future__ import annotations

import argparse
import os
from dataclasses import replace

from .opening import add_open_options, opened
from .parsing import EXIT_FAILURE, EXIT_OK, EXIT_USAGE, CliError

PASSWORD_ENV = "PEERGLASS_CALDAV_PASSWORD"


def add_sync(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("calendar-sync", help="two-way sync with your CalDAV calendar server")
    add_open_options(p)
    p.add_argument("--url", help="the server (https://…, or a bare host to discover); saved in the vault")
    p.add_argument("--username", help="the account's user name")
    p.add_argument("--calendar", help="the calendar to use (made when it does not exist)")
    p.add_argument("--privacy", choices=("busy", "initials", "full"),
                   help="what leaves the vault (default busy: no names, no places)")
    p.add_argument("--import-new", action=argparse.BooleanOptionalAction, default=None,
                   help="also bring in events created on other devices, as changes to review "
                        "(saved in the vault; off unless turned on)")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--list-pending", action="store_true",
                       help="list the changes from the server that wait for review, then stop")
    group.add_argument("--accept-all", action="store_true",
                       help="accept every change waiting for review, then sync")
    p.set_defaults(handler=cmd_sync)


def cmd_sync(args: argparse.Namespace) -> int:
    from app.core.errors import exit_code
    from app.core.sync import NoAccount, Remote, SyncError, proposal_text
    from app.core.sync.password import load_password

    with opened(args) as practice:
        service = practice.sync
        if args.list_pending:
            tz = practice.settings.get().time_zone
            pending = service.pending()
            for proposal in pending:
                print(f"{proposal.id}: {proposal_text(proposal, tz)}")
            print(f"{len(pending)} change(s) waiting for review.")
            return EXIT_OK
        account = service.account()
        if args.url:
            account = replace(account, server_url=args.url, enabled=True,
                              calendar_url="" if args.url != account.server_url else account.calendar_url)
        if args.username is not None:
            account = replace(account, username=args.username)
        if args.calendar is not None and args.calendar != account.calendar_name:
            account = replace(account, calendar_name=args.calendar, calendar_url="")
        if args.privacy:
            account = replace(account, privacy=args.privacy)
        if args.import_new is not None:
            account = replace(account, import_new=args.import_new)
        if not account.server_url:
            raise CliError(str(NoAccount()), EXIT_USAGE)
        password = os.environ.get(PASSWORD_ENV) or load_password(account.server_url, account.username)
        if password is None:
            raise CliError(f"No password: set {PASSWORD_ENV} or save it in Settings ▸ Calendar sync.",
                           EXIT_USAGE)
        try:
            remote = Remote(account.server_url, account.username, password)
            if not account.calendar_url:
                names = dict(remote.calendars())
                wanted = account.calendar_name or "Peerglass"
                url = names.get(wanted) or remote.make_calendar(wanted)
                account = replace(account, calendar_name=wanted, calendar_url=url)
            service.save_account(account)
            if args.accept_all:
                accepted = service.accept_all()
                left = len(service.pending())
                print(f"Accepted {accepted} change(s) from the server."
                      + (f" {left} new event(s) wait: their supervisee could not be told from the title."
                         if left else ""))
            report = service.sync(remote)
        except SyncError as exc:
            raise CliError(str(exc), exit_code(exc)) from None
        waiting = service.status()[2]
    print(report.summary() + (f"; {waiting} change(s) to review (--list-pending)" if waiting else ""))
    return EXIT_OK if not report.interrupted else EXIT_FAILURE
