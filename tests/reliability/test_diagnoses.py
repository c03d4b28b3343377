"""Honest diagnoses from the real command: read-only file, folder and mount, a busy database,
and no plaintext in the temp directory during export, import, backup and PDF work.

Root ignores file modes, so when the tests run as root each command runs
without the capabilities that let root write anyway (CAP_DAC_OVERRIDE and
CAP_DAC_READ_SEARCH are dropped from its bounding set): a read-only file is
then read-only to it, as to any user.
"""
from __future__ import annotations

import ctypes
import hashlib
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from app.core.practice import Credentials, Practice
from app.core.services.supervisees import SuperviseeData
from tests.conftest import PASSPHRASE
from tests.core.test_portable import NAME_MARKER, NOTE_MARKER
from tests.reliability.test_export_plaintext import ROOT, cli_env

DATA = ROOT / "tests" / "core" / "data"
_PR_CAPBSET_DROP = 24
_CAP_DAC_OVERRIDE, _CAP_DAC_READ_SEARCH = 1, 2


def _as_plain_user() -> None:  # runs in the child before exec
    if os.geteuid() == 0:
        libc = ctypes.CDLL(None, use_errno=True)
        for cap in (_CAP_DAC_OVERRIDE, _CAP_DAC_READ_SEARCH):
            if libc.prctl(_PR_CAPBSET_DROP, cap, 0, 0, 0) != 0:
                raise OSError(ctypes.get_errno(), "prctl")


def cli(*args: str, env: dict[str, str] | None = None, prefix: tuple[str, ...] = ()) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*prefix, sys.executable, "-m", "app", *args], cwd=ROOT, env=env or cli_env(),
                          capture_output=True, text=True, timeout=120, preexec_fn=_as_plain_user)


def one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return lines[0]


@pytest.fixture
def vault(tmp_path: Path, light_kdf) -> Path:
    path = tmp_path / "v" / "v.pgvault"
    practice, _ = Practice.create(path, PASSPHRASE, kdf=light_kdf)
    practice.supervisees.create(SuperviseeData(full_name="Alex Example"))
    practice.lock()
    return path


def files(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir() if p.is_file()}


def check_read_only(vault: Path, tmp_path: Path, reason: str) -> None:
    """Reading works and says it is read-only; a write fails with the true cause; nothing is left behind."""
    before = files(vault.parent)
    done = cli("export", "--vault", str(vault), "--out", str(tmp_path / "e.json"))
    assert done.returncode == 0, done.stderr
    assert f"Opened read-only: {reason}; nothing can be saved." in done.stderr
    assert (tmp_path / "e.json").exists()
    done = cli("import-ics", str(DATA / "google_series.ics"), "--vault", str(vault), "--supervisee", "Alex Example")
    assert done.returncode == 1, done.stdout + done.stderr
    line = done.stderr.strip().splitlines()[-1]
    assert "read-only" in line and "nothing was imported" in line and "unchanged" in line, line
    assert "damaged" not in done.stderr
    done = cli("backup", "--vault", str(vault), "--to", str(tmp_path / "b.pgbackup"))
    assert done.returncode == 0, done.stderr  # a read-only vault can still be backed up
    assert files(vault.parent) == before  # no -wal/-shm, nothing rewritten


def test_a_read_only_vault_file_opens_read_only_and_says_so(vault: Path, tmp_path: Path) -> None:
    os.chmod(vault, 0o444)
    try:
        check_read_only(vault, tmp_path, "the vault file is read-only")
    finally:
        os.chmod(vault, 0o600)
    again = Practice.open(vault, Credentials(passphrase=PASSPHRASE))
    assert again is not None and not again.vault.read_only
    again.lock()


def test_a_read_only_export_keeps_the_last_session_in_the_audit_log(vault: Path, tmp_path: Path) -> None:
    """A read-only open records no unlock of its own, so nothing of the log is cut off: the last
    session that wrote (its unlock and its lock) is in the export too."""
    import json

    from sqlalchemy import text

    practice = Practice.open(vault, Credentials(passphrase=PASSPHRASE))
    assert practice is not None
    with practice.vault.engine.connect() as db:
        logged = [row[0] for row in db.execute(text("SELECT action FROM audit_event ORDER BY id"))]
    practice.lock()
    assert logged[-1] == "unlock"
    os.chmod(vault, 0o444)
    try:
        done = cli("export", "--vault", str(vault), "--out", str(tmp_path / "e.json"))
    finally:
        os.chmod(vault, 0o600)
    assert done.returncode == 0 and "Opened read-only" in done.stderr, done.stderr
    exported = json.loads((tmp_path / "e.json").read_text("utf-8"))["audit_log"]
    assert [event["action"] for event in exported] == [*logged, "lock"]


def test_a_read_only_folder_opens_read_only_and_says_so(vault: Path, tmp_path: Path) -> None:
    os.chmod(vault.parent, 0o500)
    try:
        check_read_only(vault, tmp_path, "the folder holding the vault is read-only")
    finally:
        os.chmod(vault.parent, 0o700)


def test_an_unshown_recovery_key_in_a_read_only_folder_is_shown_and_the_command_goes_on(
        vault: Path, tmp_path: Path) -> None:
    """A rekey's recovery key that was never shown is shown; the note can't be removed from a
    read-only folder (it is shown again next time), which must not fail the command."""
    from app.core.vault import pending_keys, recovery
    from app.core.vault.vault import Vault

    key = Vault.key_from_passphrase(vault, PASSPHRASE)
    pending_keys.unshown_path(vault).write_text(pending_keys.rekey_check(key), "ascii")
    os.chmod(vault.parent, 0o500)
    from .terminal import run_in_terminal

    try:
        done = run_in_terminal([sys.executable, "-m", "app", "export", "--vault", str(vault), "--out",
                                str(tmp_path / "e.json")], cwd=ROOT, env=cli_env(), preexec_fn=_as_plain_user)
    finally:
        os.chmod(vault.parent, 0o700)
    assert done.returncode == 0, done.stderr
    assert recovery.encode(key) in done.stdout.splitlines()
    assert (tmp_path / "e.json").exists()
    assert pending_keys.unshown_path(vault).exists()


def test_a_read_only_mount_opens_read_only_and_says_so(vault: Path, tmp_path: Path) -> None:
    """A read-only bind mount of the vault's folder, in a private mount namespace (unshare)."""
    if shutil.which("unshare") is None:
        pytest.skip("no unshare(1): cannot make a read-only mount here")
    folder = str(vault.parent)
    for prefix in (("unshare", "-m"), ("unshare", "-rm")):
        probe = subprocess.run([*prefix, "sh", "-c", f'mount --bind "{folder}" "{folder}" && '
                                f'mount -o remount,bind,ro "{folder}" && ! touch "{folder}/.probe"'],
                               capture_output=True, text=True)
        if probe.returncode == 0:
            break
    else:
        pytest.skip(f"cannot make a read-only mount here (unshare -m / -rm: {probe.stderr.strip()[:120]})")
    script = (f'mount --bind "{folder}" "{folder}" && mount -o remount,bind,ro "{folder}" && '
              f'exec "$0" "$@"')
    before = files(vault.parent)
    env = cli_env()
    done = subprocess.run([*prefix, "sh", "-c", script, sys.executable, "-m", "app", "export", "--vault",
                           str(vault), "--out", str(tmp_path / "e.json")], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "Opened read-only: the disk holding the vault is mounted read-only; nothing can be saved." \
        in done.stderr
    done = subprocess.run([*prefix, "sh", "-c", script, sys.executable, "-m", "app", "import-ics",
                           str(DATA / "google_series.ics"), "--vault", str(vault), "--supervisee", "Alex Example"],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1 and "read-only" in done.stderr and "damaged" not in done.stderr, done.stderr
    assert files(vault.parent) == before


HOLDER = r"""
import sys
import sqlcipher3.dbapi2 as sqlcipher
from app.core.vault import recovery
conn = sqlcipher.connect(sys.argv[1], isolation_level=None)
conn.execute(f"PRAGMA key = \"x'{recovery.decode(sys.argv[2]).hex()}'\"")
conn.execute("BEGIN IMMEDIATE")
conn.execute("UPDATE vault_meta SET value = value WHERE key = 'created'")
print("holding", flush=True)
sys.stdin.read()
conn.rollback()
"""


def test_a_busy_database_is_called_busy_not_damaged(tmp_path: Path, light_kdf) -> None:
    path = tmp_path / "v" / "v.pgvault"
    practice, key = Practice.create(path, PASSPHRASE, kdf=light_kdf)
    practice.lock()
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(path), key], cwd=ROOT, stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        done = cli("import-ics", str(DATA / "google_series.ics"), "--vault", str(path))
    finally:
        holder.communicate("", timeout=30)
    assert done.returncode == 1
    assert one_line(done.stderr).startswith("The vault is busy (another program holds a lock on the database)")
    assert "damaged" not in done.stderr
    again = Practice.open(path, Credentials(passphrase=PASSPHRASE))  # free again: opens as before
    assert again is not None
    again.lock()


class TempWatch:
    """Reads every file that appears under ``folder`` while a command runs (and what is left after).

    It polls, so a temp file that lives for less than a poll may go unseen; the positive
    control shows it catches one that lives for a fraction of a second.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.seen: dict[str, bytes] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _scan(self) -> None:
        for root, _, names in os.walk(self.folder):
            for name in names:
                item = Path(root) / name
                try:
                    data = item.read_bytes()
                except OSError:
                    continue
                key = str(item.relative_to(self.folder))
                if len(data) >= len(self.seen.get(key, b"")):
                    self.seen[key] = data

    def _run(self) -> None:
        while not self._stop.is_set():
            self._scan()
            self._stop.wait(0.005)

    def __enter__(self) -> TempWatch:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self._scan()

    def holding(self, marker: str) -> list[str]:
        return [name for name, data in self.seen.items() if marker.encode("utf-8") in data]


def test_no_plaintext_reaches_the_temp_directory(tmp_path: Path, light_kdf) -> None:
    vault = tmp_path / "v" / "v.pgvault"
    practice, _ = Practice.create(vault, PASSPHRASE, kdf=light_kdf)
    practice.supervisees.create(SuperviseeData(full_name=NAME_MARKER, goals=NOTE_MARKER))
    practice.lock()
    temp = tmp_path / "tmp"
    temp.mkdir(mode=0o700)
    env = {**cli_env(), "TMPDIR": str(temp)}
    out = tmp_path / "out"
    out.mkdir()
    commands = [
        ["export", "--vault", str(vault), "--out", str(out / "e.json")],
        ["backup", "--vault", str(vault), "--to", str(out / "b.pgbackup")],
        ["import", "--vault", str(out / "imported.pgvault"), str(out / "e.json")],
        ["pdf", "agreement", "--vault", str(vault), "--supervisee", NAME_MARKER, "--out", str(out / "a.pdf")],
    ]
    with TempWatch(temp) as watch:
        for args in commands:
            done = cli(*args, env=env)
            assert done.returncode == 0, (args[0], done.stderr)
    assert list(temp.rglob("*")) == []  # nothing left behind either
    for marker in (NAME_MARKER, NOTE_MARKER):
        assert watch.holding(marker) == []
        assert marker.encode("utf-8") in (out / "e.json").read_bytes()  # positive control: a plaintext file
    # Positive control for the watch itself: a short-lived plaintext temp file is caught.
    code = ("import tempfile, time\nwith tempfile.NamedTemporaryFile('w') as f:\n"
            f"    f.write({NAME_MARKER!r}); f.flush(); time.sleep(0.3)\n")
    with TempWatch(temp) as control:
        subprocess.run([sys.executable, "-c", code], env=env, check=True, timeout=30)
    assert control.holding(NAME_MARKER)
