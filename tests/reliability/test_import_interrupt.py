"""``peerglass import`` is all or nothing: Ctrl+C, kill -9 and a full disk during it.

Each case runs the real command in a subprocess against a real SQLCipher
vault and then checks the vault: unchanged (or absent) with a true message,
or fully imported; and it always passes both integrity checks.
"""
from __future__ import annotations

import json
import random
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from app.core import portable
from app.core.practice import Credentials, Practice
from tests.conftest import PASSPHRASE
from tests.core.test_portable import dump_tables, export_bytes, fill
from tests.reliability.test_export_plaintext import ROOT, cli_env


@pytest.fixture(scope="module")
def export_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from app.core.vault import KdfParams

    folder = tmp_path_factory.mktemp("source")
    practice, _ = Practice.create(folder / "src.pgvault", PASSPHRASE, kdf=KdfParams.light_for_tests())
    fill(practice)
    data = export_bytes(practice)
    practice.lock()
    path = folder / "export.json"
    path.write_bytes(data)
    return path


def counts_of(export_file: Path) -> dict[str, int]:
    return dict(json.loads(export_file.read_bytes())["counts"])


def start_import(vault: Path, export_file: Path) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "app", "import", "--vault", str(vault), str(export_file)],
                            cwd=ROOT, env=cli_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)


def wait_for_writing(proc: subprocess.Popen[str]) -> None:
    assert proc.stdout is not None
    line = proc.stdout.readline()
    assert line.startswith("Importing"), line


def make_empty(path: Path, light_kdf) -> None:  # type: ignore[no-untyped-def]
    practice, _ = Practice.create(path, PASSPHRASE, kdf=light_kdf)
    practice.lock()


def check_vault(path: Path) -> dict[str, int]:
    """Open, run both integrity checks, and return the records beyond an empty vault's."""
    practice = Practice.open(path, Credentials(passphrase=PASSPHRASE))
    assert practice is not None
    try:
        with practice.vault.engine.connect() as db:
            raw = db.connection.dbapi_connection
            assert raw.execute("PRAGMA cipher_integrity_check").fetchall() == []
            assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            return portable.records_in(db)
    finally:
        practice.lock()


def test_ctrl_c_during_import_into_an_empty_vault_changes_nothing(tmp_path: Path, export_file: Path,
                                                                  light_kdf) -> None:
    vault = tmp_path / "empty.pgvault"
    make_empty(vault, light_kdf)
    before = Practice.open(vault, Credentials(passphrase=PASSPHRASE))
    assert before is not None
    tables_before = dump_tables(before)
    before.lock()
    proc = start_import(vault, export_file)
    wait_for_writing(proc)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 1, err
    assert "nothing was imported" in err and "as it was" in err and len(err.strip().splitlines()) == 1
    assert check_vault(vault) == {}
    after = Practice.open(vault, Credentials(passphrase=PASSPHRASE))
    assert after is not None
    try:
        assert dump_tables(after) == tables_before
    finally:
        after.lock()


def test_ctrl_c_during_import_into_a_new_path_leaves_no_vault(tmp_path: Path, export_file: Path) -> None:
    vault = tmp_path / "fresh" / "new.pgvault"
    proc = start_import(vault, export_file)
    wait_for_writing(proc)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 1, err
    assert "No vault was created" in err and "Recovery key" not in out
    assert not vault.parent.exists() or list(vault.parent.iterdir()) == []


def test_kill_9_at_random_moments_leaves_an_empty_or_fully_imported_vault(tmp_path: Path, export_file: Path,
                                                                          light_kdf) -> None:
    expected = {k: v for k, v in counts_of(export_file).items()
                if k not in ("practice_settings", "audit_log") and v}
    expected["themes"] = sum(1 for t in json.loads(export_file.read_bytes())["themes"] if not t["builtin"])
    # One undisturbed run gives the length of the writing phase.
    vault = tmp_path / "timing.pgvault"
    make_empty(vault, light_kdf)
    proc = start_import(vault, export_file)
    wait_for_writing(proc)
    began = time.monotonic()
    proc.communicate(timeout=120)
    writing = time.monotonic() - began
    assert proc.returncode == 0 and check_vault(vault) == expected
    rng = random.Random(8)
    outcomes = []
    for run in range(12):
        vault = tmp_path / f"kill{run}.pgvault"
        make_empty(vault, light_kdf)
        proc = start_import(vault, export_file)
        wait_for_writing(proc)
        time.sleep(rng.uniform(0, writing * 1.2))
        proc.kill()
        proc.communicate(timeout=60)
        found = check_vault(vault)
        assert found in ({}, expected), found
        outcomes.append("full" if found else "empty")
    assert "empty" in outcomes  # at least some kills landed inside the transaction


@pytest.fixture
def tiny_disk(tmp_path: Path):
    """A 1 MiB tmpfs (needs root and mount rights; skipped elsewhere)."""
    mount_point = tmp_path / f"tiny-{uuid.uuid4().hex[:8]}"
    mount_point.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m,mode=0700", "tmpfs", str(mount_point)],
                          capture_output=True)
    if done.returncode != 0:
        pytest.skip("cannot mount a small tmpfs here")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], capture_output=True)


def test_a_full_disk_during_import_leaves_the_vault_as_it_was(tiny_disk: Path, export_file: Path,
                                                              light_kdf) -> None:
    vault = tiny_disk / "empty.pgvault"
    make_empty(vault, light_kdf)
    before = Practice.open(vault, Credentials(passphrase=PASSPHRASE))
    assert before is not None
    tables_before = dump_tables(before)
    before.lock()
    proc = start_import(vault, export_file)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 1, err
    assert "disk is full" in err and "nothing was imported" in err and "as it was" in err
    assert check_vault(vault) == {}
    after = Practice.open(vault, Credentials(passphrase=PASSPHRASE))
    assert after is not None
    try:
        assert dump_tables(after) == tables_before
    finally:
        after.lock()


def test_a_full_disk_during_import_into_a_new_path_leaves_no_vault(tiny_disk: Path, export_file: Path) -> None:
    vault = tiny_disk / "sub" / "new.pgvault"
    proc = start_import(vault, export_file)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 1, err
    assert "nothing was imported" in err and "No vault was created" in err and "Recovery key" not in out
    assert not vault.parent.exists()
    assert [p.name for p in tiny_disk.iterdir()] == []
