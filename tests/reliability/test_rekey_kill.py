"""kill -9 at random moments of a rekey: the vault always opens, with the old or the new key.

A child process rekeys the same vault over and over (each new key is logged,
fsynced, before it is used); the parent kills it at a random moment, then the
vault must open by passphrase, with the key in use before that rekey or the
one it was making, pass both integrity checks, hold every row, and be left
with a key file that opens it by itself (no pending file) and a recovery key
that opens it too.
"""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from app.core.practice import Practice
from app.core.services.supervisees import SuperviseeData
from app.core.vault import Vault, pending_keys

from ..conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
KILLS = int(os.environ.get("PG_TEST_KILLS", "12"))
PEOPLE = 20

CHILD = r"""
import os, sys
import app.core.vault.rekey as rk
from app.core.vault import Vault

log_path, vault_path, passphrase = sys.argv[1], sys.argv[2], os.environ["PG_TEST_PASSPHRASE"]
real_urandom = os.urandom

class LoggedOs:
    def __getattr__(self, name):
        return getattr(os, name)

    def urandom(self, n):
        key = real_urandom(n)
        if n == 32:
            with open(log_path, "a") as log:
                log.write(key.hex() + "\n")
                log.flush()
                os.fsync(log.fileno())
        return key

rk.os = LoggedOs()
vault = Vault.open_with_passphrase(vault_path, passphrase)
print("ready", flush=True)
while True:
    rk.rekey_vault(vault, passphrase)
"""


def _make(vault_path: Path, light_kdf) -> bytes:
    practice, _ = Practice.create(vault_path, PASSPHRASE, kdf=light_kdf)
    for i in range(PEOPLE):
        practice.supervisees.create(SuperviseeData(full_name=f"Kill test {i}"))
    with practice.vault.engine.begin() as db:  # bulk, so a rekey takes long enough to be hit
        db.execute(text("CREATE TABLE test_filler (b BLOB)"))
        db.execute(text("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1500) "
                        "INSERT INTO test_filler SELECT randomblob(1000) FROM n"))
    key = practice.vault._master_key()
    practice.lock()
    return key


def test_kill_during_rekey_leaves_a_vault_with_one_of_the_two_keys(vault_path: Path, tmp_path: Path,
                                                                     light_kdf) -> None:
    first_key = _make(vault_path, light_kdf)
    log = tmp_path / "keys.log"
    log.touch()  # a kill may come before the first new key
    rng = random.Random(int.from_bytes(os.urandom(4), "big"))
    opened_with_new = opened_with_old = 0
    current = first_key
    for round_ in range(KILLS):
        before = [first_key] + [bytes.fromhex(x) for x in log.read_text().split()]
        child = subprocess.Popen([sys.executable, "-c", CHILD, str(log), str(vault_path)], cwd=ROOT,
                                 env={**os.environ, "PG_TEST_PASSPHRASE": PASSPHRASE},
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        assert child.stdout is not None
        ready = child.stdout.readline()
        assert ready.strip() == b"ready", child.stderr.read() if child.stderr else b""
        time.sleep(rng.uniform(0.0, 0.4))
        child.send_signal(signal.SIGKILL)
        child.wait()
        logged = [first_key] + [bytes.fromhex(x) for x in log.read_text().split()]
        assert len(logged) >= len(before)

        vault = Vault.open_with_passphrase(vault_path, PASSPHRASE)
        try:
            key = vault._master_key()
            # the key of the last rekey that finished, or the one being made when the kill came
            made = logged[len(before):]
            candidates = ([current] + made)[-2:]
            assert key in candidates, (
                f"round {round_}: opened with key #{logged.index(key) if key in logged else None} "
                f"of {len(logged)} ({len(before)} before this round)")
            if made and key == made[-1]:
                opened_with_new += 1
            else:
                opened_with_old += 1
            current = key
            assert vault.integrity_problems() == []  # cipher_integrity_check + integrity_check
            with vault.engine.connect() as db:
                assert db.execute(text("SELECT count(*) FROM supervisee")).scalar() == PEOPLE
                assert db.execute(text("SELECT count(*) FROM test_filler")).scalar() == 1500
            recovery_key = vault.recovery_key()
        finally:
            vault.close()
        assert not pending_keys.exists(vault_path)
        Vault.open_with_recovery_key(vault_path, recovery_key).close()
        Vault.open_with_passphrase(vault_path, PASSPHRASE).close()
    # the kills landed on both sides of a commit at least once in a normal run; either side is fine
    print(f"kills: {KILLS}, rekeys logged: {len(logged) - 1}, new key: {opened_with_new}, old: {opened_with_old}")
    assert opened_with_new + opened_with_old == KILLS


KILLED_AFTER_COMMIT = r"""
import os, signal, sys
import app.core.vault.rekey as rk
from app.core.vault import Vault

def killed(*_args, **_kwargs):  # the moment after the re-encryption committed, before the key file moves
    os.kill(os.getpid(), signal.SIGKILL)

rk.write_keyfile = killed
vault = Vault.open_with_passphrase(sys.argv[1], os.environ["PG_TEST_PASSPHRASE"])
rk.rekey_vault(vault, os.environ["PG_TEST_PASSPHRASE"])
"""


def test_a_rekey_killed_after_its_commit_shows_the_new_recovery_key_at_the_next_open(
        vault_path: Path, tmp_path: Path, light_kdf) -> None:
    from app.core.vault import WrongRecoveryKey
    from tests.reliability.terminal import run_in_terminal
    from tests.reliability.test_export_plaintext import cli_env

    practice, old_recovery = Practice.create(vault_path, PASSPHRASE, kdf=light_kdf)
    practice.supervisees.create(SuperviseeData(full_name="Kill test"))
    practice.lock()
    child = subprocess.run([sys.executable, "-c", KILLED_AFTER_COMMIT, str(vault_path)], cwd=ROOT,
                           env={**os.environ, "PG_TEST_PASSPHRASE": PASSPHRASE}, capture_output=True)
    assert child.returncode == -signal.SIGKILL, child.stderr
    assert pending_keys.exists(vault_path)  # killed between the commit and the key file's replacement

    def export_csv(n: int, terminal: bool = True) -> subprocess.CompletedProcess[str]:
        argv = [sys.executable, "-m", "app", "export-csv", "--vault", str(vault_path), "--out", str(tmp_path / f"csv{n}")]
        if terminal:
            return run_in_terminal(argv, cwd=ROOT, env=cli_env())
        return subprocess.run(argv, cwd=ROOT, env=cli_env(), capture_output=True, text=True, timeout=120)

    piped = export_csv(0, terminal=False)  # output to a file or a program (cron, a log): never the key
    assert piped.returncode == 0, piped.stderr
    assert "recovery key" not in piped.stdout.lower() and "waiting to be shown" in piped.stderr
    assert pending_keys.unshown_path(vault_path).exists()  # still to be shown
    first = export_csv(1)
    assert first.returncode == 0, first.stderr
    lines = first.stdout.splitlines()
    assert "the old recovery key no longer opens this vault" in first.stdout
    new_recovery = lines[lines.index(next(x for x in lines if x.startswith("New recovery key"))) + 1].strip()
    assert new_recovery != old_recovery
    with pytest.raises(WrongRecoveryKey):
        Vault.open_with_recovery_key(vault_path, old_recovery)
    vault = Vault.open_with_recovery_key(vault_path, new_recovery)  # the key shown opens the vault
    try:
        assert not vault.recovery_key_unshown
        with vault.engine.connect() as db:
            assert db.execute(text("SELECT count(*) FROM supervisee")).scalar() == 1
    finally:
        vault.close()
    second = export_csv(2)  # shown once only
    assert second.returncode == 0 and "recovery key" not in second.stdout.lower(), second.stdout
