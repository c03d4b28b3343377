"""Cold start to an unlocked, painted main window (keyring slot) and unlock by passphrase.

    .venv/bin/python benchmarks/bench_startup.py [--vault PATH] [--runs 5]
    .venv/bin/python benchmarks/bench_startup.py --vault benchmarks/.cache/S10/vault.pgvault \
        --against /tmp/old-checkout --runs 30

``--against`` times another checkout's start-up probe (e.g. ``git worktree add
/tmp/old-checkout <commit>``) interleaved run for run with this one, so load from
other processes falls on both alike, and prints min, median and p95 of each and
the load average. Prints a table; asserts nothing (budgets are in DESIGN.md).
"""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
PASSPHRASE = os.environ.get("PEERGLASS_PASSPHRASE", "benchmark passphrase for peerglass")


def make_vault(folder: Path, supervisees: int = 60) -> tuple[Path, bytes, str]:
    from app.core.practice import Practice
    from app.core.services.supervisees import SuperviseeData

    path = folder / "bench.pgvault"
    practice, _ = Practice.create(path, PASSPHRASE)
    for i in range(supervisees):
        practice.supervisees.create(SuperviseeData(full_name=f"Supervisee {i:03d}", goals="x" * 400))
    key, vault_id = practice.vault._master_key(), practice.vault.vault_id
    practice.lock()
    return path, key, vault_id


def compile_bytecode(root: Path = ROOT) -> None:
    """Compile ``root``'s own modules, as an installed app has them (pip and PyInstaller write bytecode
    at install time). Where PYTHONDONTWRITEBYTECODE is set, as on this project's machines, a checkout's
    modules would otherwise be compiled from source at every start (0.14 s on the GUI thread alone),
    which no user's start pays. Quick when nothing changed."""
    import compileall

    compileall.compile_dir(str(root / "app"), quiet=1)


def cold_start(path: Path, key: bytes, vault_id: str, runs: int,
               root: Path = ROOT) -> tuple[list[float], list[float]]:
    compile_bytecode(root)
    inner, outer = [], []
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "QT_LOGGING_RULES": "qt.text.font.db=false;qt.qpa.*=false"}
    for _ in range(runs):
        with tempfile.TemporaryDirectory(prefix="peerglass-probe-settings-") as settings:
            start = time.perf_counter()  # its own settings folder (an older probe does not make one)
            done = subprocess.run([sys.executable, str(root / "benchmarks" / "startup_probe.py"), str(path),
                                   key.hex(), vault_id], capture_output=True, text=True,
                                  env={**env, "XDG_CONFIG_HOME": settings}, timeout=60)
            wall = time.perf_counter() - start
        line = next((l for l in done.stdout.splitlines() if l.startswith("painted")), None)
        if line is None:
            raise SystemExit(f"probe failed: {done.stderr[-500:]}")
        inner.append(float(line.split()[1]))
        outer.append(wall)
    return inner, outer


def unlock_times(path: Path, runs: int) -> list[float]:
    from app.core.practice import Credentials, Practice

    times = []
    for _ in range(runs):
        start = time.perf_counter()
        practice = Practice.open(path, Credentials(passphrase=PASSPHRASE))
        times.append(time.perf_counter() - start)
        practice.lock()
    return times


def existing_vault(path: Path) -> tuple[Path, bytes, str]:
    from app.core.practice import Credentials, Practice

    practice = Practice.open(path, Credentials(passphrase=PASSPHRASE))
    key, vault_id = practice.vault._master_key(), practice.vault.vault_id
    practice.lock()
    return path, key, vault_id


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(0.95 * len(ordered) + 0.5) - 1))]


def compare(path: Path, key: bytes, vault_id: str, other: Path, runs: int) -> None:
    """This checkout's cold start against ``other``'s, interleaved (the order alternating)."""
    sides = {"this": ROOT, "against": other.resolve()}
    times: dict[str, list[float]] = {name: [] for name in sides}
    loads, failed = [], dict.fromkeys(sides, 0)
    for root in sides.values():
        cold_start(path, key, vault_id, 1, root)  # warm the page cache for both
    for i in range(runs):
        for name in (list(sides) if i % 2 == 0 else list(sides)[::-1]):
            try:
                times[name] += cold_start(path, key, vault_id, 1, sides[name])[0]
            except SystemExit:  # a probe that never saw the painted window (it timed out)
                failed[name] += 1
        loads.append(os.getloadavg()[0])
    print(f"cold start to painted main window, seconds, {runs} interleaved runs each")
    for name, values in times.items():
        if not values:
            print(f"  {name:8} {str(sides[name]):40} every run failed")
            continue
        print(f"  {name:8} {str(sides[name]):40} min {min(values):.3f}  median {statistics.median(values):.3f}"
              f"  p95 {p95(values):.3f}" + (f"  ({failed[name]} runs failed)" if failed[name] else ""))
    print(f"  load average (1 min) during the runs: min {min(loads):.2f}, median {statistics.median(loads):.2f},"
          f" max {max(loads):.2f} ({os.cpu_count()} cores)")


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--vault", type=Path, help="an existing vault (e.g. the S10 demo from bench_schedule.py); "
                        "its passphrase in PEERGLASS_PASSPHRASE or the benchmark default")
    parser.add_argument("--runs", type=int, default=int(os.environ.get("BENCH_RUNS", "5")))
    parser.add_argument("--against", type=Path, help="another checkout: its cold start interleaved with this one's")
    args = parser.parse_args()
    runs = args.runs
    with tempfile.TemporaryDirectory() as tmp:
        path, key, vault_id = existing_vault(args.vault) if args.vault else make_vault(Path(tmp))
        if args.against:
            compare(path, key, vault_id, args.against, runs)
            return
        inner, outer = cold_start(path, key, vault_id, runs)
        unlock = unlock_times(path, runs)
    rows = [
        ("cold start to painted main window (in process, keyring)", inner, 1.0),
        ("same, whole process incl. interpreter start", outer, None),
        ("unlock by passphrase (Argon2id as stored in the slot + open)", unlock, None),
    ]
    print(f"{'measure':62} {'median':>8} {'min':>8} {'max':>8} {'budget':>8}")
    for name, values, budget in rows:
        print(f"{name:62} {statistics.median(values):8.3f} {min(values):8.3f} {max(values):8.3f} "
              f"{(f'{budget:.2f}' if budget else '-'):>8}")
    print(f"({runs} runs each, seconds, {os.cpu_count()} cores)")


if __name__ == "__main__":
    main()
