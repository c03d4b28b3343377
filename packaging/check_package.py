"""After `make package`: the folder's size and the built app's --self-test, against the budgets.

    .venv/bin/python packaging/check_package.py dist/peerglass

Prints one line each; exit 1 if the self-test fails or a budget is exceeded
(one-folder <= 150 MB, self-test <= 5 s).
"""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

SIZE_BUDGET_MB = 150.0
SELF_TEST_BUDGET_S = 5.0


def folder_bytes(folder: Path) -> int:
    total = 0
    for dirpath, _dirs, files in os.walk(folder):
        for name in files:
            path = Path(dirpath) / name
            if not path.is_symlink():
                total += path.stat().st_size
    return total


def main() -> int:
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "dist/peerglass")
    app = folder / "peerglass"
    if not app.is_file():
        print(f"no built app at {app}; run make package", file=sys.stderr)
        return 1
    size = folder_bytes(folder) / 1e6
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    start = time.perf_counter()
    done = subprocess.run([str(app), "--self-test"], capture_output=True, text=True, env=env, timeout=120)
    seconds = time.perf_counter() - start
    ok = done.returncode == 0
    print(f"{folder}: {size:.1f} MB (budget {SIZE_BUDGET_MB:.0f} MB)"
          + ("" if size <= SIZE_BUDGET_MB else "  OVER"))
    print(f"self-test: {'passed' if ok else 'FAILED'} in {seconds:.2f} s (budget {SELF_TEST_BUDGET_S:.0f} s)"
          + ("" if seconds <= SELF_TEST_BUDGET_S else "  OVER"))
    if not ok:
        print((done.stderr or done.stdout).strip()[-500:], file=sys.stderr)
    return 0 if ok and size <= SIZE_BUDGET_MB and seconds <= SELF_TEST_BUDGET_S else 1


if __name__ == "__main__":
    sys.exit(main())
