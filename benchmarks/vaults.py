"""The benchmark vaults S1, S10 and S100, built once and cached.

    .venv/bin/python benchmarks/vaults.py S10 [S100 ...]    # build what is missing

Each lives in ``benchmarks/.cache/<scale>/vault.pgvault`` (git-ignored). A
vault is built in a ``.building`` folder and renamed when complete, so an
interrupted build is never mistaken for a finished one. The demo writes in
batches (one transaction each, the WAL checkpointed between them). The slot
uses the app's real Argon2 parameters, so "unlock by passphrase" is honest.
Delete the folder (or bump ``DEMO_VERSION``) to rebuild.
"""
from __future__ import annotations

import json
import os
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

CACHE = Path(__file__).resolve().parent / ".cache"
PASSPHRASE = os.environ.get("PEERGLASS_PASSPHRASE", "benchmark passphrase for peerglass")
SCALES = {"S1": 1, "S10": 10, "S100": 100}
DEMO_VERSION = 2  # bump when app/core/demo.py changes what it writes
SEED = 10


def vault_path(scale: str) -> Path:
    return CACHE / scale / "vault.pgvault"


def info(scale: str) -> dict[str, object]:
    """What the build wrote (counts, seconds, size), or {} when not built."""
    marker = CACHE / scale / "built.json"
    try:
        data = json.loads(marker.read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return data if data.get("demo_version") == DEMO_VERSION else {}


def ensure(scale: str) -> Path:
    """The cached vault for ``scale``, built first if missing or stale."""
    if info(scale):
        return vault_path(scale)
    from app.core.demo import make_demo
    from app.core.practice import Practice

    years = SCALES[scale]
    final = CACHE / scale
    building = CACHE / f"{scale}.building"
    shutil.rmtree(building, ignore_errors=True)
    shutil.rmtree(final, ignore_errors=True)
    building.mkdir(parents=True, mode=0o700)
    path = building / "vault.pgvault"
    start = time.perf_counter()
    practice, _ = Practice.create(path, PASSPHRASE)

    def progress(done: int, total: int) -> None:
        print(f"  {scale}: {done}/{total} supervisees written, {time.perf_counter() - start:.0f} s",
              file=sys.stderr, flush=True)

    try:
        counts = make_demo(practice, years=years, seed=SEED, progress=progress)
    finally:
        practice.lock()
    seconds = time.perf_counter() - start
    (building / "built.json").write_text(json.dumps({
        "demo_version": DEMO_VERSION, "years": years, "seconds": round(seconds, 1), "counts": counts,
        "megabytes": round(path.stat().st_size / 1e6)}), "utf-8")
    building.rename(final)
    print(f"built {scale} in {seconds:.0f} s: {counts}", file=sys.stderr, flush=True)
    return vault_path(scale)


if __name__ == "__main__":
    for name in sys.argv[1:] or ["S1", "S10"]:
        ensure(name)
        print(name, info(name))
