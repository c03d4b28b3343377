"""`make bench`: every benchmark table, on one ten-year demo vault (S10).

    .venv/bin/python benchmarks/run.py [--vault PATH] [--years 10]

Builds the demo vault once (in a temporary folder unless --vault is given),
then runs the scheduling/search, encrypted-vs-plain, start-up and PDF
benchmarks, each printing its own table. Asserts nothing.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--vault", type=Path)
    parser.add_argument("--years", type=int, default=10)
    args = parser.parse_args()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_LOGGING_RULES": "qt.text.font.db=false"}
    with tempfile.TemporaryDirectory() as tmp:
        vault = args.vault or Path(tmp) / "s10.pgvault"
        steps = [
            ["bench_schedule.py", "--vault", str(vault), "--years", str(args.years)],
            ["bench_plain.py", "--vault", str(vault)],
            ["bench_startup.py", "--vault", str(vault)],
            ["bench_pdf.py"],
        ]
        for step in steps:
            print(f"\n== {' '.join(step)}", flush=True)
            done = subprocess.run([sys.executable, str(HERE / step[0]), *step[1:]], env=env)
            if done.returncode:
                return done.returncode
    return 0


if __name__ == "__main__":
    sys.exit(main())
