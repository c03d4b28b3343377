"""The JSON export is plaintext by nature: a positive control for the plaintext checks.

Distinctive markers written into a supervisee's name and a session note are
found in the export (so a check that finds them absent elsewhere can be
trusted), and are absent from the closed, encrypted vault file.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from app.core.practice import Practice
from tests.conftest import PASSPHRASE
from tests.core.test_portable import NAME_MARKER, NOTE_MARKER, fill

ROOT = Path(__file__).resolve().parents[2]


def cli_env() -> dict[str, str]:
    return {**os.environ, "PEERGLASS_PASSPHRASE": PASSPHRASE,
            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}


def test_markers_are_in_the_json_export_and_not_in_the_vault(tmp_path: Path, light_kdf) -> None:
    vault = tmp_path / "v" / "marked.pgvault"
    practice, _ = Practice.create(vault, PASSPHRASE, kdf=light_kdf)
    fill(practice)
    practice.lock()
    out = tmp_path / "export.json"
    done = subprocess.run([sys.executable, "-m", "app", "export", "--vault", str(vault), "--out", str(out)],
                          cwd=ROOT, env=cli_env(), capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "NOT encrypted" in done.stderr and len(done.stderr.strip().splitlines()) == 1
    assert out.stat().st_mode & 0o777 == 0o600
    exported = out.read_bytes()
    for marker in (NAME_MARKER, NOTE_MARKER):
        assert marker.encode("utf-8") in exported  # the positive control
    files = [p for p in vault.parent.iterdir() if p.is_file()]
    assert vault in files
    for path in files:
        data = path.read_bytes()
        for marker in (NAME_MARKER, NOTE_MARKER):
            assert marker.encode("utf-8") not in data, path.name
    assert not list(tmp_path.glob(".export.json.*.tmp"))  # no temp file left beside the export
