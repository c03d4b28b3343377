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


def run_probe(root: Path, path: Path, key: bytes, vault_id: str, env: dict[str, str],
              timeout: float = 60) -> tuple[dict[str, str], str, float]:
    """One start-up probe of the checkout at ``root``: its ``name value`` lines, its stderr, its wall time.

    The master key goes to the probe on its standard input, never on its command line (``ps`` shows
    that); an older checkout's probe, which reads it from its arguments, is given it there."""
    script = root / "benchmarks" / "startup_probe.py"
    reads_stdin = "sys.stdin" in script.read_text("utf-8")
    argv = [sys.executable, str(script), str(path)] + ([] if reads_stdin else [key.hex()]) + [vault_id]
    start = time.perf_counter()
    done = subprocess.run(argv, input=key.hex() + "\n" if reads_stdin else None, capture_output=True,
                          text=True, env=env, timeout=timeout)
    wall = time.perf_counter() - start
    lines = dict(line.split(" ", 1) for line in done.stdout.splitlines() if " " in line)
    return lines, done.stderr, wall


def cold_start(path: Path, key: bytes, vault_id: str, runs: int,
               root: Path = ROOT) -> tuple[list[float], list[float], list[float]]:
    """Seconds to the first paint showing Today's records, to the whole process's end, and to fully open
    (unlocked, nothing left on the lane; an older probe has no such line and counts its paint)."""
    compile_bytecode(root)
    inner, outer, opened = [], [], []
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "QT_LOGGING_RULES": "qt.text.font.db=false;qt.qpa.*=false"}
    for _ in range(runs):
        with tempfile.TemporaryDirectory(prefix="peerglass-probe-settings-") as settings:
            # its own settings folder (an older probe does not make one)
            lines, stderr, wall = run_probe(root, path, key, vault_id, {**env, "XDG_CONFIG_HOME": settings})
        if "painted" not in lines:
            raise SystemExit(f"probe failed: {stderr[-500:]}")
        inner.append(float(lines["painted"]))
        opened.append(float(lines.get("open", lines["painted"])))
        outer.append(wall)
    return inner, outer, opened


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
    open_times: dict[str, list[float]] = {name: [] for name in sides}
    loads, failed = [], dict.fromkeys(sides, 0)
    for root in sides.values():
        cold_start(path, key, vault_id, 1, root)  # warm the page cache for both
    for i in range(runs):
        for name in (list(sides) if i % 2 == 0 else list(sides)[::-1]):
            try:
                painted, _wall, opened = cold_start(path, key, vault_id, 1, sides[name])
                times[name] += painted
                open_times[name] += opened
            except SystemExit:  # a probe that never saw the painted window (it timed out)
                failed[name] += 1
        loads.append(os.getloadavg()[0])
    print(f"cold start, seconds, {runs} interleaved runs each: to the first paint with Today's records"
          " (and to fully open: unlocked, nothing left on the lane)")
    for name, values in times.items():
        if not values:
            print(f"  {name:8} {str(sides[name]):40} every run failed")
            continue
        print(f"  {name:8} {str(sides[name]):40} min {min(values):.3f}  median {statistics.median(values):.3f}"
              f"  p95 {p95(values):.3f}   open: median {statistics.median(open_times[name]):.3f}"
              f"  p95 {p95(open_times[name]):.3f}" + (f"  ({failed[name]} runs failed)" if failed[name] else ""))
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
        inner, outer, opened = cold_start(path, key, vault_id, runs)
        unlock = unlock_times(path, runs)
    rows = [
        ("cold start to Today painted (in process, keyring)", inner, 1.0),
        ("same, to fully open (unlocked, lane idle)", opened, None),
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
