"""``peerglass pdf KIND ... --out FILE``: any document the app prints."""
from __future__ import annotations

import argparse
from pathlib import Path

from .opening import add_open_options, opened, parse_day, supervisee_id
from .parsing import EXIT_OK, EXIT_USAGE, CliError

KINDS = ("summary", "summaries", "hours", "agreement", "questionnaire", "selfcheck", "charter", "invoice",
         "recovery")


def add_pdf(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("pdf", help="write a document as PDF")
    kinds = p.add_subparsers(dest="kind", metavar="KIND", required=True, parser_class=type(p))

    def kind(name: str, help_text: str) -> argparse.ArgumentParser:
        k = kinds.add_parser(name, help=help_text)
        add_open_options(k)
        k.add_argument("--out", type=Path, required=True, help="the PDF file to write")
        k.set_defaults(handler=cmd_pdf)
        return k

    kind("summary", "one session summary").add_argument("--session", type=int, required=True)
    for name, text in (("summaries", "all held sessions of a supervisee in a period"),
                       ("hours", "supervision hours log for a period"),
                       ("invoice", "invoice (or receipt, when paid) for a period")):
        k = kind(name, text)
        k.add_argument("--supervisee", required=True, help="id or name")
        k.add_argument("--from", dest="start", type=parse_day, required=True)
        k.add_argument("--to", dest="end", type=parse_day, required=True)
        if name == "invoice":
            k.add_argument("--number", default="")
    kind("agreement", "supervision agreement").add_argument("--supervisee", required=True, help="id or name")
    kind("questionnaire", "practice profile questionnaire (blank, or a member's latest)").add_argument(
        "--supervisee", help="id or name (omit for a blank form)")
    kind("selfcheck", "self-check (blank, or a supervisee's latest)").add_argument(
        "--supervisee", help="id or name (omit for a blank form)")
    kind("charter", "group charter").add_argument("--group", type=int, required=True)
    kind("recovery", "recovery sheet (contains the recovery key)").add_argument("--custodian", default="")


def cmd_pdf(args: argparse.Namespace) -> int:
    from app.core.services.reports import Period
    from app.core.vault.atomic import write_atomic

    if args.out.suffix.lower() != ".pdf":
        raise CliError("--out must name a .pdf file.", EXIT_USAGE)
    if not args.out.parent.is_dir():
        raise CliError(f"The folder {args.out.parent} does not exist.", EXIT_USAGE)
    if getattr(args, "start", None) and args.end < args.start:
        raise CliError("--to is before --from.", EXIT_USAGE)
    with opened(args) as practice:
        reports = practice.reports
        object_type, object_id = "", None
        if args.kind == "summary":
            document, object_type, object_id = reports.summary(args.session), "session", args.session
            _warn_identifiers(reports.identifier_warnings(args.session))
        elif args.kind in ("summaries", "hours", "invoice"):
            who = supervisee_id(practice, args.supervisee)
            period = Period(args.start, args.end)
            object_type, object_id = "supervisee", who
            if args.kind == "summaries":
                document = reports.summaries(who, period)
            elif args.kind == "hours":
                document = reports.hours_log(who, period)
            else:
                document = reports.invoice(who, period, number=args.number)
        elif args.kind == "agreement":
            object_type, object_id = "supervisee", supervisee_id(practice, args.supervisee)
            document = reports.agreement(object_id)
        elif args.kind in ("questionnaire", "selfcheck", "charter"):
            document, object_type, object_id = _group_document(practice, args)
        else:
            document, object_type = practice.recovery_sheet(custodian_name=args.custodian), "vault"
        data, _ = reports.output(document, action="export", object_type=object_type, object_id=object_id)
    write_atomic(args.out, data, mode=0o600)
    print(f"Wrote {args.out} ({len(data):,} bytes).")
    return EXIT_OK


def _warn_identifiers(findings) -> None:
    """The guardrail, headless: say what looks like a client identifier (never the text) and go on."""
    import sys

    if findings:
        hints = "; ".join(f.hint for f in findings[:5]) + ("; …" if len(findings) > 5 else "")
        print(f"Warning: the notes seem to identify a client ({hints}). Supervision notes usually use "
              "initials or a code. Writing the summary anyway.", file=sys.stderr)


def _group_document(practice, args):
    """Questionnaire and self-check: blank forms, or a supervisee's latest; a group's charter."""
    reports = practice.reports
    who = supervisee_id(practice, args.supervisee) if getattr(args, "supervisee", None) else None
    if args.kind == "questionnaire":
        key = f"supervisee:{who}" if who is not None else None
        return reports.questionnaire(key), ("supervisee" if who else ""), who
    if args.kind == "selfcheck":
        return reports.self_check(who), ("supervisee" if who else ""), who
    return reports.charter(args.group), "group", args.group
