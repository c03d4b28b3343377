"""Scheduling and search at scale: build (or reuse) a demo vault and time the queries.

    .venv/bin/python benchmarks/bench_schedule.py [--vault PATH] [--years 10] [--runs 7]

Without ``--vault`` a fresh ten-year demo vault is built in a temporary
folder (light Argon2 parameters: the KDF is not what this measures). With
``--vault PATH`` an existing vault is reused, or built there if missing.
Prints a table of medians; asserts nothing (budgets are in DESIGN.md:
100 ms per interaction at S10).
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

PASSPHRASE = os.environ.get("PEERGLASS_PASSPHRASE", "benchmark passphrase for peerglass")
QUERIES = ("boundaries", "gift", "bo", "coffee resentful", "rescue family tired", "zzzz", "\"unbalanced (")


def timed(fn: Callable[[], object], runs: int) -> tuple[float, object]:
    result = fn()  # warm-up
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples), result


def build(path: Path, years: int) -> float:
    from app.core.demo import make_demo
    from app.core.practice import Practice
    from app.core.vault import KdfParams

    start = time.perf_counter()
    practice, _ = Practice.create(path, PASSPHRASE, kdf=KdfParams.light_for_tests())
    counts = make_demo(practice, years=years, seed=10)
    practice.lock()
    elapsed = time.perf_counter() - start
    print(f"built {path} in {elapsed:.1f} s: " + ", ".join(f"{v} {k}" for k, v in counts.items()))
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--vault", type=Path, help="reuse this vault (built there if missing)")
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()

    from app.core.practice import Credentials, Practice
    from app.core.services.session_records import SessionRecordData

    folder = None
    path = args.vault
    if path is None:
        folder = tempfile.TemporaryDirectory(prefix="peerglass-bench-")
        path = Path(folder.name) / "bench.pgvault"
    if not path.exists():
        build(path, args.years)

    rows: list[tuple[str, float, str]] = []
    opens = []
    for _ in range(3):
        start = time.perf_counter()
        practice = Practice.open(path, Credentials(passphrase=PASSPHRASE))
        opens.append(time.perf_counter() - start)
        practice.lock()
    rows.append(("open (passphrase, light KDF)", statistics.median(opens), "median of 3"))
    practice = Practice.open(path, Credentials(passphrase=PASSPHRASE))
    try:
        today = date.today()
        start = time.perf_counter()
        changes = practice.series.extend_horizon(today + timedelta(days=7))
        rows.append(("extend horizon by a week", time.perf_counter() - start, f"added={changes.sessions}"))
        start = time.perf_counter()
        practice.series.extend_horizon(today + timedelta(days=7))
        rows.append(("extend horizon, nothing due", time.perf_counter() - start, ""))

        monday = datetime.combine(today - timedelta(days=today.weekday()), datetime.min.time())
        t, week = timed(lambda: practice.sessions.sessions_between(monday, monday + timedelta(days=7)), args.runs)
        rows.append(("week view (this week)", t, f"{len(week)} sessions"))
        old = monday - timedelta(weeks=52 * 6)
        t, week = timed(lambda: practice.sessions.sessions_between(old, old + timedelta(days=7)), args.runs)
        rows.append(("week view (six years ago)", t, f"{len(week)} sessions"))
        first = monday.replace(day=1)
        t, month = timed(lambda: practice.sessions.sessions_between(first, first + timedelta(days=42)), args.runs)
        rows.append(("month view (6 weeks)", t, f"{len(month)} sessions"))
        t, _ = timed(lambda: practice.sessions.today(), args.runs)
        rows.append(("today", t, ""))
        people = practice.supervisees.list()
        person = max(people, key=lambda p: p.id % 7).id if people else 0
        t, history = timed(lambda: practice.sessions.history(person), args.runs)
        rows.append(("history of one supervisee", t, f"{len(history)} sessions"))
        t, _ = timed(lambda: practice.sessions.theme_counts(person), args.runs)
        rows.append(("theme counts per month (one)", t, ""))
        t, held = timed(lambda: practice.sessions.held_without_notes(), args.runs)
        rows.append(("held without notes", t, f"{len(held)} sessions"))
        t, due = timed(lambda: practice.sessions.follow_ups_due(today), args.runs)
        rows.append(("follow-ups due", t, f"{len(due)} open"))
        target = history[len(history) // 2].id if history else 0
        t, record = timed(lambda: practice.sessions.get(target), args.runs)
        rows.append(("open one session record", t, ""))
        data = record.data if history else SessionRecordData()
        t, _ = timed(lambda: practice.sessions.save_record(target, data), args.runs)
        rows.append(("save a note (unchanged)", t, ""))
        counter = iter(range(10_000))
        t, _ = timed(lambda: practice.sessions.save_record(
            target, SessionRecordData(**{**data.__dict__, "reflections": data.reflections + f" edit {next(counter)}"})),
            args.runs)
        rows.append(("save a note (edited, reindexed)", t, ""))
        start_conflicts = monday + timedelta(days=1, hours=10)
        t, _ = timed(lambda: practice.sessions.conflicts(start_conflicts, start_conflicts + timedelta(hours=1)),
                     args.runs)
        rows.append(("conflicts for one slot", t, ""))
        names = [p.full_name for p in people if not p.full_name.isascii()][:2]
        for query in QUERIES + tuple(names):
            t, hits = timed(lambda q=query: practice.search.search(q), args.runs)
            rows.append((f"search {query!r}", t, f"{len(hits)} hits"))
    finally:
        practice.lock()
    size = path.stat().st_size / 1e6
    width = max(len(r[0]) for r in rows)
    print(f"\nvault: {path} ({size:.0f} MB)")
    print(f"{'operation':<{width}}  {'ms':>8}  note")
    for name, seconds, note in rows:
        print(f"{name:<{width}}  {seconds * 1000:8.1f}  {note}")
    if folder is not None:
        folder.cleanup()


if __name__ == "__main__":
    main()
