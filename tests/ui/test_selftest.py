"""`peerglass --self-test` from source, in its own process (as check_package.py runs the frozen one)."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_self_test_passes_and_says_what_it_checked(tmp_path: Path) -> None:
    env = dict(os.environ, HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"))
    done = subprocess.run([sys.executable, "-m", "app", "--self-test"], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "summary PDF of 1 page(s) rendered" in done.stdout
    assert re.search(r"fonts, icons, style and \d+ translation\(s\) loaded; locales formatted; calendar-sync client loaded",
                     done.stdout)
    assert "山田" not in done.stdout + done.stderr  # no record content in its output
