"""`make bench`: one table, operation x scale, on cached S1, S10 and S100 demo vaults.

    .venv/bin/python benchmarks/run.py [--quick] [--runs 7] [--no-imports] [--no-backup] [--json OUT]

Builds the vaults once (``benchmarks/vaults.py``, cached in
benchmarks/.cache/), then per scale, each in fresh processes: cold start by
the keyring slot to Today painted and to fully open, peak RSS after visiting every
page, and every interaction (``benchmarks/bench_ops.py``: median and p95 of
``--runs`` runs after a warm-up), import-ics of 1,000 and 10,000 events into a
throw-away copy (S10), and one backup and one restore (each scale). The
encrypted/plain ratio is measured at S10 (a plaintext copy of the same vault).
``--quick``: S1 and S10 only.
Budgets are from DESIGN.md; the last column says where a row is over.
Asserts nothing. The older single-topic scripts (bench_schedule, bench_plain,
bench_pdf, bench_startup) still run on their own.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from benchmarks.vaults import ensure, info  # noqa: E402

ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
       "QT_LOGGING_RULES": "qt.text.font.db=false;qt.qpa.*=false"}
INTERACTION = {10: 0.100, 100: 0.200}  # seconds, by years (S1 uses the S10 budget)
BUDGETS: dict[str, float | str] = {
    "cold start (Today painted, keyring)": 1.0,
    "cold start, fully open": 1.0,  # the same budget: every page and menu working
    "first summary PDF after unlock + warm_up()": 0.300,
    "summary PDF, warm": 0.150,
    "one-year hours log PDF": 1.0,
    "import-ics 1,000 events": 0.5,  # 2,000 events a second
    "import-ics 10,000 events": 5.0,
    "unlock by passphrase": "-",
    "first summary PDF after unlock (no warm-up)": "-",
    "export-ics everything": "-",
}
ORDER = [
    "cold start (Today painted, keyring)", "cold start, fully open", "unlock by passphrase",
    "open a supervisee (full history)",
    "week view", "month view (6 weeks)", "search as you type: 3 letters", "search as you type: 5 letters",
    "search as you type: 8 letters", "open a note", "save a note (edited, reindexed)", "themes over time",
    "Today", "first summary PDF after unlock (no warm-up)", "first summary PDF after unlock + warm_up()",
    "summary PDF, warm", "one-year hours log PDF", "import-ics 1,000 events", "import-ics 10,000 events",
    "export-ics everything", "backup", "restore", "peak RSS of the app (MB)",
]


def probe(vault: Path, runs: int) -> tuple[list[float], list[float], float]:
    """Cold starts (seconds to Today painted, to fully open) and peak RSS (MB) after a tour of every page."""
    from benchmarks.bench_startup import ROOT, compile_bytecode, existing_vault, run_probe

    compile_bytecode()  # as installed: see its docstring
    path, key, vault_id = existing_vault(vault)
    starts, opened = [], []
    for _ in range(runs + 1):  # the first run warms the page cache
        lines, stderr, _wall = run_probe(ROOT, path, key, vault_id, ENV, timeout=120)
        if "painted" not in lines:
            raise SystemExit(f"start-up probe failed: {stderr[-800:]}")
        starts.append(float(lines["painted"]))
        opened.append(float(lines.get("open", lines["painted"])))
    lines, _stderr, _wall = run_probe(ROOT, path, key, vault_id, {**ENV, "PROBE_TOUR": "1"}, timeout=300)
    return starts[1:], opened[1:], float(lines.get("rss", "nan"))


def measure_scale(scale: str, runs: int, plain: bool, imports: bool, backup: bool = True
                  ) -> dict[str, dict[str, object]]:
    vault = ensure(scale)
    print(f"  measuring {scale} ...", file=sys.stderr, flush=True)
    with tempfile.TemporaryDirectory(prefix="peerglass-bench-") as tmp:
        out = Path(tmp) / "ops.json"
        argv = [sys.executable, str(HERE / "bench_ops.py"), "--vault", str(vault), "--runs", str(runs),
                "--json", str(out)] + (["--plain"] if plain else []) + (["--imports"] if imports else []) + (["--backup"] if backup else [])
        subprocess.run(argv, check=True, env=ENV)
        rows: dict[str, dict[str, object]] = json.loads(out.read_text("utf-8"))
    starts, opened, rss = probe(vault, min(runs, 5))
    starts.sort()
    opened.sort()
    # The first paint shows Today's records (read before SQLAlchemy: a first look); fully open is when
    # the vault is unlocked and nothing is left on the lane (every page and menu works).
    rows["cold start (Today painted, keyring)"] = {
        "median": statistics.median(starts), "p95": starts[-1], "n": len(starts)}
    rows["cold start, fully open"] = {"median": statistics.median(opened), "p95": opened[-1], "n": len(opened)}
    rows["peak RSS of the app (MB)"] = {"median": rss, "p95": rss, "n": 1, "unit": "MB"}
    return rows


def budget_for(name: str, years: int) -> float | None:
    if name == "peak RSS of the app (MB)":
        return 300 if years <= 10 else 500
    value = BUDGETS.get(name)
    if value == "-":
        return None
    if value is None:
        return INTERACTION[10 if years <= 10 else 100] if name not in ("backup", "restore") else None
    return float(value)


def fmt(row: dict[str, object] | None, key: str) -> str:
    if not row:
        return "—"
    value = float(row[key])  # type: ignore[arg-type]
    if row.get("unit") == "MB":
        return f"{value:.0f}"
    return f"{value * 1000:.0f}" if value >= 0.0995 else f"{value * 1000:.1f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="S1 and S10 only")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--no-imports", action="store_true", help="skip import-ics (the slowest rows)")
    parser.add_argument("--no-backup", action="store_true", help="skip backup and restore (one of each per scale)")
    parser.add_argument("--json", type=Path, help="also write every number here")
    args = parser.parse_args()
    scales = ["S1", "S10"] if args.quick else ["S1", "S10", "S100"]
    started = time.perf_counter()
    for scale in scales:
        ensure(scale)
    results = {scale: measure_scale(scale, args.runs, plain=scale == "S10",
                                    imports=scale == "S10" and not args.no_imports, backup=not args.no_backup)
               for scale in scales}
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), "utf-8")
    years = {"S1": 1, "S10": 10, "S100": 100}
    head = f"| {'operation':44} |" + "".join(f" {s + ' med':>8} | {s + ' p95':>8} |" for s in scales)
    head += " enc/plain S10 | budget (S10/S100) | over |"
    print()
    for scale in scales:
        built = info(scale)
        counts = built.get("counts", {})
        print(f"{scale}: {counts.get('supervisees')} supervisees, {counts.get('sessions'):,} sessions, "  # type: ignore[union-attr]
              f"{counts.get('notes'):,} notes, {counts.get('groups')} groups, {built.get('megabytes')} MB, "  # type: ignore[union-attr]
              f"built in {built.get('seconds')} s")
    print(f"\nms unless marked; median and p95 of {args.runs} runs after a warm-up ({args.runs * 3} under 20 ms; cold start: 5 runs "
          f"after one discarded; first PDF, unlock: 3 fresh processes; backup, restore: one each)\n")
    print(head)
    print("|" + "-" * 46 + "|" + "----------|" * (2 * len(scales))
          + "---------------|-------------------|------|")
    for name in ORDER:
        if not any(name in results[s] for s in scales):
            continue
        cells = "".join(f" {fmt(results[s].get(name), 'median'):>8} | {fmt(results[s].get(name), 'p95'):>8} |"
                        for s in scales)
        s10 = results.get("S10", {}).get(name) or {}
        ratio = (f"{float(s10['median']) / float(s10['plain']):.2f}"  # type: ignore[arg-type]
                 if s10.get("plain") else "")
        b10, b100 = budget_for(name, 10), budget_for(name, 100)
        unit_mb = name.startswith("peak RSS")
        budget = "" if b10 is None else (f"{b10:.0f}/{b100:.0f} MB" if unit_mb else
                                          f"{b10 * 1000:.0f}/{b100 * 1000:.0f}" if b10 != b100
                                          else f"{b10 * 1000:.0f}")
        over = []
        for s in scales:
            row = results[s].get(name)
            limit = budget_for(name, years[s])
            if row and limit is not None and float(row["median"]) > limit:  # type: ignore[arg-type]
                over.append(s)
        if ratio and float(ratio) > 1.2:
            over.append("ratio")
        noted = [s for s in scales if name in results[s] and "note" in results[s][name]]
        notes = "; ".join((f"{s}: " if len(noted) > 1 else "") + str(results[s][name]["note"]) for s in noted)
        print(f"| {name:44} |{cells} {ratio:>13} | {budget:>17} | {','.join(over) or 'ok':4} |"
              + (f" {notes}" if notes else ""))
    print(f"\n{platform.node()}: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}; whole run {time.perf_counter() - started:.0f} s; "
          f"this process peak {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
