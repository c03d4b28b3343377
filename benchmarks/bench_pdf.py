"""Time the PDF documents against the budgets in DESIGN.md and print a table.

    .venv/bin/python benchmarks/bench_pdf.py [--runs N]

Cold: a fresh interpreter imports the pdf package, registers the fonts and
builds the document once (what the first print after start-up costs).
Warm: the median of N builds in one process after a warm-up build.
Budgets: session summary 150 ms, a year's hours log (50 sessions) 1 s.
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

NOTE = """\
## What we worked on
Zoë brought her work with **client J.M.** again: the *pull* to let sessions run
over when the client seems distressed, and how tired she feels afterwards.

- boundaries around time and fees
- the urge to "fix" chronic pain
  1. noticing it in the body
  2. naming it in the session
- what the extra minutes give her

We wondered together whether the tiredness is also about money: she has raised
no fees in three years and fills her days off with extra appointments. She
noticed a wish to be the one practitioner who finally helps, and a matching
frustration when the client's pain returns. We looked at the contract she uses
and at what she would say when a session reaches its end. `C-14` paperwork.
"""


def _letterhead():  # type: ignore[no-untyped-def]
    from app.core.pdf import Letterhead
    return Letterhead(
        practice_name="Lindenhof Supervision Practice", supervisor_name="Dr Maren Albrecht",
        credentials="MSc, Registered Clinical Supervisor",
        registration="Accredited supervisor, reg. no. SV-20871",
        address_lines=("Lindenstraße 14", "10969 Berlin"), email="praxis@example.org")


def summary_job(name: str = "Zoë Müller") -> Callable[[], bytes]:
    from app.core.pdf import (
        SessionSummary,
        SessionSummaryData,
        build_session_summary,
    )
    data = SessionSummaryData(letterhead=_letterhead(), printed_on=date(2026, 11, 26),
                              summary=SessionSummary(
        starts_at=datetime(2026, 11, 24, 10), length_minutes=60, supervisee_name=name,
        location="Practice room 2", themes=("boundaries", "money and overwork"),
        notes_markdown=NOTE, follow_ups=("Re-read the contract", "Bring the fee question"),
        next_session=datetime(2026, 12, 8, 10)))
    return lambda: build_session_summary(data)


def hours_job() -> Callable[[], bytes]:
    from app.core.pdf import HoursEntry, HoursKind, HoursLogData, build_hours_log
    entries = tuple(
        HoursEntry(on=date(2026, 1, 6) + timedelta(weeks=i),
                   kind=HoursKind.GROUP if i % 4 == 3 else HoursKind.INDIVIDUAL,
                   minutes=90 if i % 4 == 3 else 50)
        for i in range(50))
    data = HoursLogData(letterhead=_letterhead(), printed_on=date(2026, 11, 26),
                        supervisee_name="Анна Смирнова", licence_number="LPC-004512",
                        discipline="Counsellor", period_start=date(2026, 1, 1),
                        period_end=date(2026, 12, 31), entries=entries)
    return lambda: build_hours_log(data)


def recovery_job() -> Callable[[], bytes]:
    from app.core.pdf import RecoverySheetData, build_recovery_sheet
    data = RecoverySheetData(
        letterhead=_letterhead(), printed_on=date(2026, 11, 26),
        recovery_key=("HWY15-WAJVG-FN69P-X8FGD-5NNRX-WK3T0-JE7KA-R7HA7-BDYMN-"
                      "S7N12-Y0PP9-Q3JCB-FA9GZ"),
        vault_path="/home/maren/.local/share/Peerglass/vault.pgvault", vault_id="8f3c1e2a",
        created_at=datetime(2026, 1, 5, 9, 30))
    return lambda: build_recovery_sheet(data)


def invoice_job() -> Callable[[], bytes]:
    from app.core.pdf import InvoiceData, InvoiceLine, build_invoice
    data = InvoiceData(letterhead=_letterhead(), printed_on=date(2026, 11, 26), number="42",
                       bill_to_name="Zoë Müller", lines=tuple(
        InvoiceLine(on=date(2026, 11, d), description="Individual supervision",
                    minutes=60, fee=Decimal("85")) for d in (3, 17)))
    return lambda: build_invoice(data)


JOBS: dict[str, tuple[str, Callable[[], Callable[[], bytes]], float | None]] = {
    "summary": ("Session summary", summary_job, 0.150),
    "summary-cjk": ("Session summary, CJK name", lambda: summary_job("山田 花子"), 0.150),
    "hours": ("Hours log, 50 sessions", hours_job, 1.0),
    "recovery": ("Recovery sheet", recovery_job, None),
    "invoice": ("Invoice", invoice_job, None),
}


def cold(key: str) -> float:
    """Seconds for import + font registration + first build, in a new process."""
    out = subprocess.run([sys.executable, __file__, "--cold-child", key],
                         capture_output=True, text=True, check=True, cwd=ROOT)
    return float(out.stdout.strip())


def warm(key: str, runs: int) -> tuple[float, float, int]:
    """(median, best) seconds of ``runs`` builds after a warm-up, and the size."""
    build = JOBS[key][1]()
    size = len(build())
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        build()
        times.append(time.perf_counter() - start)
    return statistics.median(times), min(times), size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--cold-child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.cold_child:
        start = time.perf_counter()
        JOBS[args.cold_child][1]()()
        print(time.perf_counter() - start)
        return
    print(f"{'document':28} {'cold ms':>8} {'warm ms':>8} {'best ms':>8} "
          f"{'budget':>7} {'size KB':>8}  ok")
    for key, (label, _factory, budget) in JOBS.items():
        cold_s = cold(key)
        median, best, size = warm(key, args.runs)
        verdict = "" if budget is None else ("yes" if median <= budget else "NO")
        budget_text = "" if budget is None else f"{budget * 1000:.0f}"
        print(f"{label:28} {cold_s * 1000:8.0f} {median * 1000:8.1f} {best * 1000:8.1f} "
              f"{budget_text:>7} {size / 1024:8.0f}  {verdict}")


if __name__ == "__main__":
    main()
