"""Ctrl+C (a real SIGINT to the real command) during backup, restore and import-ics; kill -9 during import-ics.

Each command prints one line on stdout when its work begins; the test sends
SIGINT right after it, then checks: exit code 1, one true line on stderr, no
half-made output file, and the vault exactly as it was (every table's rows,
the audit log included, compared through a direct read; only the commit
counter may move). The JSON import has the same checks in test_import_interrupt.
"""
from __future__ import annotations

import hashlib
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from app.core.practice import Credentials, Practice
from app.core.services.supervisees import SuperviseeData
from app.core.vault import Vault, recovery
from app.core.vault.backup import make_backup
from benchmarks.bench_import_ics import make_file
from tests.conftest import PASSPHRASE
from tests.reliability.test_export_plaintext import ROOT, cli_env

FILLER_ROWS = 12_000  # ~12 MB: long enough that a SIGINT sent at the start lands inside the work


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    from app.core.vault import KdfParams

    path = tmp_path_factory.mktemp("big") / "big.pgvault"
    practice, key = Practice.create(path, PASSPHRASE, kdf=KdfParams.light_for_tests())
    practice.supervisees.create(SuperviseeData(full_name="Alex Example"))
    with practice.vault.engine.begin() as db:
        db.execute(text("CREATE TABLE test_filler (b BLOB)"))
        db.execute(text(f"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {FILLER_ROWS}) "
                        "INSERT INTO test_filler SELECT randomblob(1000) FROM n"))
    practice.lock()
    return path, key


def dump(path: Path, key: str) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table (audit log included), read without the Practice layer's audit entries."""
    vault = Vault.open_with_recovery_key(path, key)
    try:
        with vault.engine.connect() as db:
            names = [r[0] for r in db.execute(text(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                "AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE '%search%' ORDER BY name"))]
            tables = {n: [tuple(r) for r in db.execute(text(f'SELECT * FROM "{n}" ORDER BY 1'))] for n in names}
    finally:
        vault.close()
    tables["vault_meta"] = [r for r in tables["vault_meta"] if r[0] != "commits"]
    tables["test_filler"] = [(hashlib.sha256(b"".join(r[0] for r in tables.get("test_filler", []))).hexdigest(),)]
    return tables


def hashes(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir() if p.is_file()}


def cli(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "app", *args], cwd=ROOT, env=cli_env(),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def interrupt_when_started(proc: subprocess.Popen[str], word: str) -> tuple[str, str]:
    assert proc.stdout is not None
    line = proc.stdout.readline()
    assert line.startswith(word), (line, proc.stderr.read() if proc.stderr else "")
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=120)
    return line + out, err


def test_ctrl_c_during_backup_writes_nothing_and_changes_nothing(big: tuple[Path, str], tmp_path: Path) -> None:
    path, key = big
    before = dump(path, key)
    for how in (["--to", str(tmp_path / "out" / "b.pgbackup")], ["--to-folder", str(tmp_path / "folder")]):
        out, err = interrupt_when_started(cli("backup", "--vault", str(path), *how), "Backing up")
        assert cli_result(err) == "Interrupted: no backup was written and the vault is unchanged."
        for folder in (tmp_path / "out", tmp_path / "folder"):
            assert not folder.exists() or list(folder.iterdir()) == [], list(folder.iterdir())
        assert "written" not in out
    assert dump(path, key) == before  # no audit entry either (no backup, no lock event)


def cli_result(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return lines[0]


def test_ctrl_c_during_restore_leaves_the_vault_as_it_was(big: tuple[Path, str], tmp_path: Path,
                                                          light_kdf) -> None:
    source, key = big
    backup = make_backup(source, recovery.decode(key), tmp_path / "b.pgbackup").path
    target = tmp_path / "target" / "t.pgvault"
    practice, _ = Practice.create(target, PASSPHRASE, kdf=light_kdf)
    practice.supervisees.create(SuperviseeData(full_name="Someone Else"))
    practice.lock()
    before = hashes(target.parent)
    out, err = interrupt_when_started(cli("restore", "--from", str(backup), "--vault", str(target)), "Restoring")
    assert cli_result(err) == "Interrupted: nothing was restored and the vault is as it was."
    assert "Restored" not in out
    assert hashes(target.parent) == before  # byte for byte; no staged, journal or set-aside file
    again = Practice.open(target, Credentials(passphrase=PASSPHRASE))
    assert again is not None
    try:
        assert [s.full_name for s in again.supervisees.list()] == ["Someone Else"]
    finally:
        again.lock()


@pytest.fixture(scope="module")
def ics_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("ics") / "big.ics"
    path.write_bytes(make_file(4000))
    return path


def _calendar_vault(path: Path, light_kdf) -> str:  # type: ignore[no-untyped-def]
    practice, key = Practice.create(path, PASSPHRASE, kdf=light_kdf)
    practice.supervisees.create(SuperviseeData(full_name="Alex Example"))
    practice.lock()
    return key


def _sessions(path: Path, key: str) -> int:
    vault = Vault.open_with_recovery_key(path, key)
    try:
        assert vault.integrity_problems() == []
        with vault.engine.connect() as db:
            return int(db.execute(text("SELECT count(*) FROM session")).scalar() or 0)
    finally:
        vault.close()


def import_ics(path: Path, ics: Path) -> subprocess.Popen[str]:
    return cli("import-ics", str(ics), "--vault", str(path), "--supervisee", "Alex Example")


def test_ctrl_c_during_import_ics_imports_nothing(tmp_path: Path, ics_file: Path, light_kdf) -> None:
    path = tmp_path / "cal" / "v.pgvault"
    key = _calendar_vault(path, light_kdf)
    before = dump(path, key)
    out, err = interrupt_when_started(import_ics(path, ics_file), "Importing")
    assert cli_result(err) == "Import interrupted: nothing was imported and the vault is unchanged."
    after = dump(path, key)
    # The command opened and locked the vault (two audit entries, as every command makes); nothing else.
    audit_before, audit_after = before.pop("audit_event"), after.pop("audit_event")
    assert after == before
    added = audit_after[len(audit_before):]
    assert audit_after[:len(audit_before)] == audit_before
    assert [row for row in added if "import" in str(row)] == [] and len(added) == 2


def test_kill_9_during_import_ics_leaves_none_or_all(tmp_path: Path, ics_file: Path, light_kdf) -> None:
    path = tmp_path / "cal" / "v.pgvault"
    key = _calendar_vault(path, light_kdf)
    proc = import_ics(path, ics_file)
    assert proc.stdout is not None and proc.stdout.readline().startswith("Importing")
    began = time.monotonic()  # the import itself (its one transaction), from here to the exit
    _, err = proc.communicate(timeout=120)
    length = time.monotonic() - began
    assert proc.returncode == 0, err
    full = _sessions(path, key)
    assert full > 1000
    rng = random.Random(9)
    seen = set()
    for run in range(4):
        path = tmp_path / f"kill{run}" / "v.pgvault"
        key = _calendar_vault(path, light_kdf)
        proc = import_ics(path, ics_file)
        assert proc.stdout is not None and proc.stdout.readline().startswith("Importing")
        time.sleep(rng.uniform(0, length * 0.5))  # most land inside the transaction
        proc.kill()
        proc.communicate(timeout=60)
        found = _sessions(path, key)  # opens, both integrity checks pass
        assert found in (0, full), found
        seen.add(found)
    assert 0 in seen  # at least one kill landed inside the transaction
