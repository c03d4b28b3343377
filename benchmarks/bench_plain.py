"""Encrypted vs plain: the same service calls on a SQLCipher vault and on a
plaintext SQLite copy of it (DESIGN.md budget: encrypted at most 1.2x).

    .venv/bin/python benchmarks/bench_plain.py --vault PATH [--runs 9]

The plaintext copy is made with sqlcipher_export into a temporary folder and
deleted afterwards; it never sits beside the vault. Prints a table.
"""
from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
PASSPHRASE = os.environ.get("PEERGLASS_PASSPHRASE", "benchmark passphrase for peerglass")


def plain_engine(path: Path):  # type: ignore[no-untyped-def]
    from sqlalchemy import create_engine
    from sqlalchemy.pool import StaticPool

    from app.core.vault.engine import CONNECTION_PRAGMAS

    conn = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
    for pragma in CONNECTION_PRAGMAS:
        conn.execute(pragma).fetchall()
    conn.isolation_level = ""
    return create_engine("sqlite+pysqlite://", creator=lambda: conn, poolclass=StaticPool)


def operations(engine):  # type: ignore[no-untyped-def]
    from app.core.services.search import SearchService
    from app.core.services.session_records import SessionRecordData
    from app.core.services.sessions import SessionService

    sessions, search = SessionService(engine), SearchService(engine)
    monday = datetime(2026, 11, 23)
    busiest = max(range(1, 30), key=lambda i: len(sessions.history(i)))
    held = next(r for r in sessions.history(busiest) if r.has_notes)
    record = sessions.get(held.id).data
    counter = iter(range(10_000))

    def save() -> None:
        sessions.save_record(held.id, SessionRecordData(
            brought=record.brought + f" {next(counter)}", reflections=record.reflections,
            mirrored=record.mirrored, private_note=record.private_note, follow_ups=record.follow_ups,
            theme_ids=record.theme_ids, held_minutes=record.held_minutes, fee=record.fee,
            paid=record.paid, status=record.status))

    return [
        ("week view", lambda: sessions.sessions_between(monday, monday + timedelta(days=7))),
        ("month view (6 weeks)", lambda: sessions.sessions_between(monday - timedelta(days=21), monday + timedelta(days=21))),
        ("supervisee history", lambda: sessions.history(busiest)),
        ("theme counts", lambda: sessions.theme_counts(busiest)),
        ("open a session record", lambda: sessions.get(held.id)),
        ("search 'boundaries'", lambda: search.search("boundaries")),
        ("search 'coffee resentful'", lambda: search.search("coffee resentful")),
        ("today", lambda: sessions.today()),
        ("save a note", save),
    ]


def measure(fn, runs: int) -> float:  # type: ignore[no-untyped-def]
    fn()
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def main() -> None:
    from app.core.practice import Credentials, Practice

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--vault", type=Path, required=True, help="a demo vault (benchmarks/bench_schedule.py makes one)")
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    practice = Practice.open(args.vault, Credentials(passphrase=PASSPHRASE))
    with tempfile.TemporaryDirectory() as tmp:
        plain_path = Path(tmp) / "plain.db"
        with practice.vault.engine.connect() as db:
            raw = db.connection.dbapi_connection
            raw.execute(f"ATTACH DATABASE '{plain_path}' AS plaintext KEY ''")
            raw.execute("SELECT sqlcipher_export('plaintext')")
            raw.execute("DETACH DATABASE plaintext")
        encrypted_ops = operations(practice.vault.engine)
        plain_ops = operations(plain_engine(plain_path))
        print(f"{'operation':28} {'encrypted ms':>13} {'plain ms':>10} {'ratio':>7}  (budget 1.20)")
        for (name, enc), (_, pln) in zip(encrypted_ops, plain_ops):
            e, p = measure(enc, args.runs) * 1000, measure(pln, args.runs) * 1000
            print(f"{name:28} {e:13.1f} {p:10.1f} {e / p if p else float('nan'):7.2f}")
    practice.lock()


if __name__ == "__main__":
    main()
