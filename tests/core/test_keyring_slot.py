"""'Remember on this computer': a keyring backend in memory, a real Secret
Service (gnome-keyring under dbus-run-session), and no backend at all."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.core.practice import Credentials, Practice
from app.core.vault import KeyringUnavailable
from app.core.vault.keyring_slot import keyring_status

from ..conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]


def test_no_backend_gives_a_reason_and_the_passphrase_still_works(practice, vault_path: Path) -> None:
    status = keyring_status()
    assert not status.available
    assert "credential store" in status.reason
    with pytest.raises(KeyringUnavailable):
        practice.remember_on_this_computer(True)
    practice.lock()
    assert Practice.open(vault_path, Credentials(use_keyring=True)) is None
    Practice.open(vault_path, Credentials(passphrase=PASSPHRASE)).lock()


def test_remember_forget_with_a_keyring_backend(practice, vault_path: Path, memory_keyring) -> None:
    assert keyring_status().available
    practice.remember_on_this_computer(True)
    assert practice.vault.is_remembered()
    stored = list(memory_keyring.store.values())
    assert len(stored) == 1 and len(bytes.fromhex(stored[0])) == 32
    practice.lock()
    reopened = Practice.open(vault_path, Credentials(use_keyring=True))
    assert reopened is not None
    assert reopened.audit.recent(action="unlock")[0].detail == "by remembered key"
    reopened.remember_on_this_computer(False)
    assert memory_keyring.store == {}
    reopened.lock()
    assert Practice.open(vault_path, Credentials(use_keyring=True)) is None


_REAL = """
import sys
sys.path.insert(0, {root!r})
from app.core.practice import Practice, Credentials
from app.core.vault import KdfParams
from app.core.vault.keyring_slot import keyring_status
import keyring
status = keyring_status()
print("backend", type(keyring.get_keyring()).__module__, status.available)
p, _ = Practice.create({path!r}, {pw!r}, kdf=KdfParams.light_for_tests())
p.remember_on_this_computer(True)
p.lock()
q = Practice.open({path!r}, Credentials(use_keyring=True))
print("reopened", q is not None)
q.remember_on_this_computer(False)
q.lock()
print("after forget", Practice.open({path!r}, Credentials(use_keyring=True)))
"""


def test_real_secret_service(tmp_path: Path) -> None:
    if not (shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")):
        pytest.skip("needs dbus-run-session and gnome-keyring-daemon "
                    "(apt-get install dbus gnome-keyring); .ci/run installs them")
    script = tmp_path / "real_keyring.py"
    script.write_text(_REAL.format(root=str(ROOT), path=str(tmp_path / "real.pgvault"), pw=PASSPHRASE))
    env = {k: v for k, v in os.environ.items() if k != "PYTHON_KEYRING_BACKEND"}
    env["HOME"] = str(tmp_path)  # a fresh keyring, never the developer's own
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    shell = ("printf 'test-keyring-password' | gnome-keyring-daemon --unlock --components=secrets "
             f">/dev/null 2>&1; exec {sys.executable} {script}")
    done = subprocess.run(["dbus-run-session", "--", "sh", "-c", shell], env=env, capture_output=True,
                          text=True, timeout=90)
    assert done.returncode == 0, done.stderr[-2000:]
    lines = done.stdout.splitlines()
    assert lines[0] == "backend keyring.backends.SecretService True"
    assert lines[1] == "reopened True"
    assert lines[2] == "after forget None"
