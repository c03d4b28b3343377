"""Reliability of the vault: crashes, damage, backups, restore, honest errors (real files, real processes)."""
from __future__ import annotations

import hashlib
import os
import random
import signal
import subprocess
import sys
import time
from datetime import UTC
from pathlib import Path

import pytest

from app.core.practice import Credentials, Practice
from app.core.services.supervisees import SuperviseeData
from app.core.vault import VaultInUse, VaultLocked, recovery
from app.core.vault.backup import make_backup, restore_backup, verify_backup
from app.core.vault.backup_folder import to_keep
from app.core.vault.check import verify_vault
from app.core.vault.errors import (
    CommitsMissing,
    DamagedFirstPage,
    DamagedKeyFile,
    TruncatedVault,
    WrongPassphrase,
    WrongRecoveryKey,
)
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
MARKER = "Zebulon Quillfeather"

_WRITER = """
import sys
sys.path.insert(0, {root!r})
from app.core.practice import Practice, Credentials
from app.core.services.supervisees import SuperviseeData
p = Practice.open({path!r}, Credentials(recovery_key={key!r}))
print("open", flush=True)
for i in range({n}):
    sid = p.supervisees.create(SuperviseeData(full_name=f"Writer {{i}}"))[0]
    print(sid, flush=True)
{tail}
"""


def _child(path: Path, key: str, n: int, tail: str = "") -> subprocess.Popen:
    code = _WRITER.format(root=str(ROOT), path=str(path), key=key, n=n, tail=tail)
    return subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)


def _hashes(path: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in path.parent.iterdir() if p.name.startswith(path.name) and p.is_file()}


def _ids(practice: Practice) -> set[int]:
    return {r.id for r in practice.supervisees.list()}


@pytest.fixture
def made(vault_path: Path, light_kdf):
    practice, key = Practice.create(vault_path, PASSPHRASE, kdf=light_kdf)
    practice.supervisees.create(SuperviseeData(full_name=MARKER))
    practice.lock()
    return vault_path, key


def _sound(path: Path, key: str) -> set[int]:
    practice = Practice.open(path, Credentials(recovery_key=key))
    try:
        assert practice.vault.integrity_problems() == []
        return _ids(practice)
    finally:
        practice.lock()


def test_kill_9_at_random_moments_loses_no_committed_row(made) -> None:
    path, key = made
    rng = random.Random(8)
    committed: set[int] = set()
    for _ in range(30):  # 30 kills at random moments
        child = _child(path, key, 400)
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "open"
        time.sleep(rng.uniform(0.0, 0.3))
        child.kill()
        out, _ = child.communicate()
        committed |= {int(line) for line in out.split() if line.isdigit()}
    assert committed, "the writer committed nothing before being killed"
    assert committed <= _sound(path, key)


def test_damaged_wal_is_reported_and_verify_writes_nothing(made) -> None:
    path, key = made
    child = _child(path, key, 5, tail="import time; time.sleep(60)")
    assert child.stdout is not None
    for _ in range(6):
        child.stdout.readline()
    child.kill()  # a crash: the last commits live only in the WAL
    child.wait()
    wal = Path(str(path) + "-wal")
    data = bytearray(wal.read_bytes())
    data[len(data) // 2] ^= 0xFF
    wal.write_bytes(bytes(data))
    before = _hashes(path)
    with pytest.raises(CommitsMissing):
        verify_vault(path, recovery.decode(key))
    assert _hashes(path) == before
    with pytest.raises(CommitsMissing):
        Practice.open(path, Credentials(recovery_key=key))
    assert _hashes(path) == before  # the evidence is not folded in


def test_page_one_and_key_file_damage_are_told_from_wrong_keys(made, tmp_path: Path) -> None:
    path, key = made
    other = recovery.encode(os.urandom(32))
    with pytest.raises(WrongRecoveryKey):
        Practice.open(path, Credentials(recovery_key=other))
    keys = Path(str(path) + ".keys")
    good = keys.read_bytes()
    with pytest.raises(WrongPassphrase):
        Practice.open(path, Credentials(passphrase="not the passphrase at all"))
    damaged = bytearray(good)
    damaged[good.index(b"wrapped_key") + 20] ^= 0x01
    keys.write_bytes(bytes(damaged))
    with pytest.raises(DamagedKeyFile):
        Practice.open(path, Credentials(passphrase=PASSPHRASE))
    keys.write_bytes(good)
    data = bytearray(path.read_bytes())
    data[200] ^= 0xFF
    path.write_bytes(bytes(data))
    with pytest.raises(DamagedFirstPage):
        Practice.open(path, Credentials(recovery_key=key))
    with pytest.raises(WrongRecoveryKey):
        Practice.open(path, Credentials(recovery_key=other))


def test_backup_while_another_process_holds_it_includes_its_commit(made, tmp_path: Path) -> None:
    path, key = made
    child = _child(path, key, 3, tail="import time; time.sleep(60)")
    assert child.stdout is not None
    try:
        assert child.stdout.readline().strip() == "open"
        written = {int(child.stdout.readline()) for _ in range(3)}
        with pytest.raises(VaultInUse):
            Practice.open(path, Credentials(recovery_key=key))
        result = make_backup(path, recovery.decode(key), tmp_path / "b" / "x.pgbackup")
    finally:
        child.kill()
        child.wait()
    assert result.rows["supervisee"] == 1 + len(written)
    target = tmp_path / "restored" / "r.pgvault"
    restore_backup(result.path, target, recovery.decode(key))
    assert written <= _sound(target, key)


def test_backup_restore_round_trip_and_damage_repair(made, tmp_path: Path) -> None:
    path, key = made
    master = recovery.decode(key)
    before = _sound(path, key)
    backup = make_backup(path, master, tmp_path / "b.pgbackup").path
    raw = backup.read_bytes()
    assert MARKER.encode() not in raw and MARKER.encode() not in path.read_bytes()
    assert verify_backup(backup, master)[2]["supervisee"] == len(before)
    data = bytearray(path.read_bytes())
    data[3 * 4096 + 100] ^= 0xFF  # a data page
    path.write_bytes(bytes(data))
    assert verify_vault(path, master).problems
    result = restore_backup(backup, path, master)
    assert result.previous is not None and result.previous.exists()
    assert _sound(path, key) == before
    # the passphrase opens the restored vault (the backup carried the key slots)
    Practice.open(path, Credentials(passphrase=PASSPHRASE)).lock()


def test_kill_9_during_restore_leaves_old_or_new(made, tmp_path: Path) -> None:
    path, key = made
    master = recovery.decode(key)
    backup = make_backup(path, master, tmp_path / "b.pgbackup").path
    code = (f"import sys; sys.path.insert(0, {str(ROOT)!r})\n"
            "from app.core.vault.backup import restore_backup\n"
            f"restore_backup({str(backup)!r}, {str(path)!r}, bytes.fromhex({master.hex()!r}))\n")
    rng = random.Random(3)
    for _ in range(8):
        child = subprocess.Popen([sys.executable, "-c", code])
        time.sleep(rng.uniform(0.2, 0.8))
        child.send_signal(signal.SIGKILL)
        child.wait()
        assert MARKER and len(_sound(path, key)) == 1


def test_empty_file_and_symlink_and_locked_and_private_folders(made, tmp_path: Path, light_kdf) -> None:
    path, key = made
    link = tmp_path / "link.pgvault"
    link.symlink_to(path)
    practice = Practice.open(path, Credentials(recovery_key=key))
    try:
        with pytest.raises(VaultInUse):
            Practice.open(link, Credentials(recovery_key=key))
    finally:
        practice.lock()
    with pytest.raises(VaultLocked):
        practice.supervisees.list()
    empty = tmp_path / "empty.pgvault"
    empty.write_bytes(b"")
    with pytest.raises(TruncatedVault):
        Practice.open(empty, Credentials(recovery_key=key))
    assert empty.stat().st_size == 0
    old = os.umask(0)
    try:
        deep = tmp_path / "a" / "b" / "v.pgvault"
        Practice.create(deep, PASSPHRASE, kdf=light_kdf)[0].lock()
    finally:
        os.umask(old)
    assert oct(deep.parent.stat().st_mode & 0o777) == "0o700"
    assert oct(deep.parent.parent.stat().st_mode & 0o777) == "0o700"
    assert not Path(str(deep) + "-wal").exists()  # a closed vault is one file


def test_thinning_keeps_daily_weekly_monthly() -> None:
    from datetime import datetime, timedelta, timezone

    start = datetime(2026, 1, 1, tzinfo=UTC)
    stamps = [start + timedelta(days=d) for d in range(200)]
    keep = to_keep(stamps, 7, 4, 12)
    newest = max(stamps)
    assert newest in keep
    assert all(newest - timedelta(days=d) in keep for d in range(7))
    assert len(keep) < 7 + 4 + 12 + 1


def test_kill_9_during_init_and_backup_leaves_nothing_half_made(tmp_path: Path, made) -> None:
    path, key = made
    master = recovery.decode(key)
    rng = random.Random(5)
    for i in range(6):
        target = tmp_path / f"init{i}" / "v.pgvault"
        code = (f"import sys; sys.path.insert(0, {str(ROOT)!r})\n"
                "from app.core.practice import Practice\nfrom app.core.vault import KdfParams\n"
                f"Practice.create({str(target)!r}, {PASSPHRASE!r}, kdf=KdfParams.light_for_tests())\n")
        child = subprocess.Popen([sys.executable, "-c", code])
        time.sleep(rng.uniform(0.3, 1.2))
        child.kill()
        child.wait()
        keys = Path(str(target) + ".keys")
        if target.exists():  # complete: database and key file together
            assert keys.exists()
            Practice.open(target, Credentials(passphrase=PASSPHRASE)).lock()
        # a second init always works (a key file without database is cleared)
        if not target.exists():
            Practice.create(target, PASSPHRASE, kdf=KdfParams_light())[0].lock()
    dest = tmp_path / "bk" / "b.pgbackup"
    code = (f"import sys; sys.path.insert(0, {str(ROOT)!r})\n"
            "from app.core.vault.backup import make_backup\n"
            f"make_backup({str(path)!r}, bytes.fromhex({master.hex()!r}), __import__('pathlib').Path({str(dest)!r}))\n")
    for _ in range(5):
        child = subprocess.Popen([sys.executable, "-c", code])
        time.sleep(rng.uniform(0.2, 0.9))
        child.kill()
        child.wait()
        if dest.exists():
            assert verify_backup(dest, master)[2]["supervisee"] == 1
        assert len(_sound(path, key)) == 1


def KdfParams_light():
    from app.core.vault import KdfParams

    return KdfParams.light_for_tests()


def test_cancel_and_disk_full_change_nothing(made, tmp_path: Path) -> None:
    from app.core.vault.errors import DiskFull, OperationCancelled

    path, key = made
    master = recovery.decode(key)
    dest = tmp_path / "c" / "b.pgbackup"
    with pytest.raises(OperationCancelled):
        make_backup(path, master, dest, cancel=lambda: True)
    assert not dest.exists() and not list(dest.parent.glob(".peerglass-backup-*"))
    backup = make_backup(path, master, dest).path
    before = _hashes(path)
    with pytest.raises(OperationCancelled):
        restore_backup(backup, path, master, cancel=lambda: True)
    assert _hashes(path) == before
    practice = Practice.open(path, Credentials(recovery_key=key))
    try:
        with practice.vault.engine.connect() as db:
            pages = db.exec_driver_sql("PRAGMA page_count").scalar()
            db.exec_driver_sql(f"PRAGMA max_page_count = {pages}")
        from sqlalchemy.exc import OperationalError

        from app.core.vault.engine import translate

        with pytest.raises(OperationalError) as info:
            practice.supervisees.create(SuperviseeData(full_name="Big", private_notes="x" * 90_000))
        typed = translate(info.value)
        assert isinstance(typed, DiskFull) and "nothing was changed" in str(typed)
    finally:
        practice.lock()
    assert len(_sound(path, key)) == 1


def test_plaintext_markers_absent_with_positive_control(made, tmp_path: Path) -> None:
    import sqlite3

    path, key = made
    master = recovery.decode(key)
    backup = make_backup(path, master, tmp_path / "p.pgbackup").path
    for item in [path, backup, *path.parent.iterdir()]:
        assert MARKER.encode() not in item.read_bytes()
    # positive control: the same scan finds the marker in a plaintext copy
    import sqlcipher3.dbapi2 as sqlcipher

    conn = sqlcipher.connect(str(path))
    conn.execute(f"PRAGMA key = \"x'{master.hex()}'\"")
    plain = tmp_path / "plain.db"
    conn.execute(f"ATTACH DATABASE '{plain}' AS plain KEY ''")
    conn.execute("SELECT sqlcipher_export('plain')")
    conn.execute("DETACH DATABASE plain")
    conn.close()
    assert sqlite3.connect(plain).execute("SELECT count(*) FROM supervisee").fetchone()[0] == 1
    assert MARKER.encode() in plain.read_bytes()
