"""The vault: encryption at rest, key slots, recovery, damage, locking, migrations."""
from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.core.practice import Credentials, Practice
from app.core.services.supervisees import SuperviseeData
from app.core.vault import (
    DamagedVault,
    KeySlotMissing,
    Vault,
    VaultExists,
    VaultInUse,
    VaultLocked,
    WeakPassphrase,
    WrongPassphrase,
    WrongRecoveryKey,
    migrate,
    recovery,
)
from app.core.vault.errors import DamagedKeyFile
from app.core.vault.keyslots import keyfile_path

from ..conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
SECRET_NAME = "Zofia Wiśniewska-Quartermaine"
SECRET_NOTE = "transference around the unpaid invoices xylophone"


def test_file_and_wal_hold_no_plaintext(practice, vault_path: Path) -> None:
    practice.supervisees.create(SuperviseeData(full_name=SECRET_NAME, private_notes=SECRET_NOTE,
                                               goals=SECRET_NOTE))
    wal = Path(str(vault_path) + "-wal")
    assert wal.exists() and wal.stat().st_size > 0, "expected the change to sit in the WAL"
    blobs = [vault_path.read_bytes(), wal.read_bytes()]
    for blob in blobs:
        for needle in (SECRET_NAME, SECRET_NOTE, "xylophone", "Wiśniewska", "Quartermaine"):
            for encoding in ("utf-8", "utf-16-le"):
                assert needle.encode(encoding) not in blob
        assert b"SQLite format 3" not in blob
    # And after a checkpoint folds the WAL in, the main file is still ciphertext.
    practice.vault.checkpoint()
    assert SECRET_NAME.encode() not in vault_path.read_bytes()


def test_connection_pragmas(practice) -> None:
    with practice.vault.engine.connect() as db:
        def pragma(name: str):
            return db.exec_driver_sql(f"PRAGMA {name}").scalar()
        assert pragma("foreign_keys") == 1
        assert pragma("journal_mode") == "wal"
        assert pragma("synchronous") == 2  # FULL: durable across power loss
        assert pragma("temp_store") == 2  # MEMORY
        assert pragma("secure_delete") == 1
        assert pragma("cipher_version").startswith("4.")


def test_wrong_passphrase_is_typed_and_recorded(practice, vault_path: Path) -> None:
    practice.lock()
    for _ in range(2):
        with pytest.raises(WrongPassphrase):
            Practice.open(vault_path, Credentials(passphrase=PASSPHRASE + "!"))
    reopened = Practice.open(vault_path, Credentials(passphrase=PASSPHRASE))
    try:
        failed = reopened.audit.recent(action="unlock.failed")
        assert len(failed) == 2
        assert reopened.audit.recent(action="unlock")[0].detail == "by passphrase"
    finally:
        reopened.lock()


def test_recovery_key_opens_after_sidecar_deleted(practice_with_key, vault_path: Path, light_kdf) -> None:
    practice, recovery_key = practice_with_key
    sid, _ = practice.supervisees.create(SuperviseeData(full_name="Anna Smirnova"))
    practice.lock()
    keyfile_path(vault_path).unlink()
    with pytest.raises(KeySlotMissing):
        Practice.open(vault_path, Credentials(passphrase=PASSPHRASE))
    # Typed loosely: lower case, spaces instead of dashes.
    opened = Practice.open(vault_path, Credentials(recovery_key=recovery_key.lower().replace("-", " ")))
    assert opened.supervisees.get(sid).data.full_name == "Anna Smirnova"
    assert not opened.vault.has_passphrase_slot()
    opened.reset_passphrase("a brand new passphrase here", kdf=light_kdf)
    opened.lock()
    again = Practice.open(vault_path, Credentials(passphrase="a brand new passphrase here"))
    assert again.vault.has_passphrase_slot()
    again.lock()


def test_mistyped_recovery_group_is_named(practice_with_key, vault_path: Path) -> None:
    practice, recovery_key = practice_with_key
    practice.lock()
    groups = recovery_key.split("-")
    # A 5-bit check misses 1 typo in 32, which the vault then refuses as a key that does not open
    # it (test_recovery_key covers that case); here take a typo of group 5 that its check catches.
    groups[4] = next(typo for typo in (recovery.ALPHABET[(recovery.ALPHABET.index(groups[4][0]) + d) % 32]
                                       + groups[4][1:] for d in range(1, 32))
                     if recovery._check_char(5, typo[:4]) != typo[4])
    with pytest.raises(WrongRecoveryKey) as info:
        Practice.open(vault_path, Credentials(recovery_key="-".join(groups)))
    assert info.value.group == 5
    assert "Group 5" in str(info.value)


def test_recovery_key_of_another_vault_is_refused(practice, vault_path: Path, tmp_path: Path, light_kdf) -> None:
    other, other_key = Practice.create(tmp_path / "other.pgvault", PASSPHRASE, kdf=light_kdf)
    other.lock()
    practice.lock()
    with pytest.raises(WrongRecoveryKey):
        Practice.open(vault_path, Credentials(recovery_key=other_key))


def test_change_passphrase_rewraps_only_the_slot(practice, vault_path: Path, light_kdf) -> None:
    practice.vault.checkpoint()
    with pytest.raises(WrongPassphrase):
        practice.change_passphrase("not the passphrase at all", "another long passphrase", kdf=light_kdf)
    with pytest.raises(WeakPassphrase):
        practice.change_passphrase(PASSPHRASE, "short", kdf=light_kdf)
    before = keyfile_path(vault_path).read_bytes()
    practice.change_passphrase(PASSPHRASE, "another long passphrase", kdf=light_kdf)
    assert keyfile_path(vault_path).read_bytes() != before
    assert practice.audit.recent(action="passphrase.changed")
    practice.lock()
    with pytest.raises(WrongPassphrase):
        Practice.open(vault_path, Credentials(passphrase=PASSPHRASE))
    Practice.open(vault_path, Credentials(passphrase="another long passphrase")).lock()


def test_kdf_parameters_are_stored_and_followed(vault_path: Path) -> None:
    import json

    vault, _ = Vault.create(vault_path, PASSPHRASE)  # the app's own parameters
    vault.close()
    params = json.loads(keyfile_path(vault_path).read_text())["slots"][0]["kdf_params"]
    assert params["memory_kib"] >= 64 * 1024 and params["iterations"] >= 3


def test_damaged_page_is_reported_not_crashed(practice, vault_path: Path) -> None:
    for i in range(40):
        practice.supervisees.create(SuperviseeData(full_name=f"Person {i}", goals="g" * 3000))
    practice.lock()
    data = bytearray(vault_path.read_bytes())
    assert len(data) > 8 * 4096
    page = len(data) // 4096 - 3  # among the supervisee rows, written last
    data[page * 4096 + 100: page * 4096 + 200] = os.urandom(100)
    vault_path.write_bytes(bytes(data))
    opened = Practice.open(vault_path, Credentials(passphrase=PASSPHRASE))
    try:
        assert opened.vault.integrity_problems(), "a flipped page must fail the check"
        with pytest.raises(DamagedVault):
            for row in opened.supervisees.list():
                opened.supervisees.get(row.id)
    finally:
        opened.lock()


def test_damaged_first_page_is_a_damaged_vault(practice, vault_path: Path) -> None:
    practice.lock()
    data = bytearray(vault_path.read_bytes())
    data[200:260] = os.urandom(60)
    vault_path.write_bytes(bytes(data))
    with pytest.raises(DamagedVault):
        Practice.open(vault_path, Credentials(passphrase=PASSPHRASE))


def test_existing_vault_never_overwritten(practice, vault_path: Path, light_kdf) -> None:
    with pytest.raises(VaultExists):
        Practice.create(vault_path, PASSPHRASE, kdf=light_kdf)


def test_locked_practice_refuses_work(practice) -> None:
    practice.lock()
    assert not practice.is_open
    with pytest.raises(VaultLocked):
        _ = practice.vault.engine


_HOLDER = """
import sys, time
sys.path.insert(0, {root!r})
from app.core.practice import Practice, Credentials
p = Practice.open({path!r}, Credentials(passphrase={pw!r}))
print("open", flush=True)
time.sleep(60)
"""


def _start_holder(vault_path: Path) -> subprocess.Popen:
    code = _HOLDER.format(root=str(ROOT), path=str(vault_path), pw=PASSPHRASE)
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "open"
    return proc


def test_second_process_cannot_open_and_a_crash_releases(practice, vault_path: Path) -> None:
    practice.lock()
    holder = _start_holder(vault_path)
    try:
        with pytest.raises(VaultInUse):
            Practice.open(vault_path, Credentials(passphrase=PASSPHRASE))
    finally:
        holder.kill()  # SIGKILL: no clean-up runs, as in a crash
        holder.wait()
    Practice.open(vault_path, Credentials(passphrase=PASSPHRASE)).lock()


def test_wrong_key_prints_nothing_on_stderr(practice, vault_path: Path) -> None:
    practice.lock()
    code = (f"import sys; sys.path.insert(0, {str(ROOT)!r})\n"
            "from app.core.vault import Vault\n"
            f"try:\n    Vault.open_with_master_key({str(vault_path)!r}, bytes(32))\n"
            "except Exception as e:\n    print(type(e).__name__)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "WrongRecoveryKey"
    assert done.stderr == ""


def test_schema_head_matches_alembic() -> None:
    assert migrate.SCHEMA_HEAD == migrate.head_revision()


def test_vault_from_first_migration_opens_after_upgrade(vault_path: Path, light_kdf, monkeypatch) -> None:
    # Make a vault whose schema stops at the first revision, as an old release would.
    real_upgrade = migrate.upgrade
    monkeypatch.setattr(migrate, "upgrade", lambda engine, target="head": real_upgrade(engine, "0001"))
    practice, _ = Practice.create(vault_path, PASSPHRASE, kdf=light_kdf)
    sid, _ = practice.supervisees.create(SuperviseeData(full_name="Kept Across Upgrade"))
    assert migrate.current_revision(practice.vault.engine) == "0001"
    practice.lock()
    monkeypatch.setattr(migrate, "upgrade", real_upgrade)
    upgraded = Practice.open(vault_path, Credentials(passphrase=PASSPHRASE))
    try:
        assert migrate.current_revision(upgraded.vault.engine) == migrate.SCHEMA_HEAD
        assert upgraded.supervisees.get(sid).data.full_name == "Kept Across Upgrade"
    finally:
        upgraded.lock()


def test_keyfile_tampering_is_refused(practice, vault_path: Path) -> None:
    import json

    practice.lock()
    path = keyfile_path(vault_path)
    doc = json.loads(path.read_text())
    doc["slots"][0]["kdf_params"]["iterations"] = 2
    path.write_text(json.dumps(doc))
    with pytest.raises(DamagedKeyFile):  # the checksum tells an edit from a wrong passphrase
        Practice.open(vault_path, Credentials(passphrase=PASSPHRASE))
    from app.core.vault.keyslots import _checksum

    doc.pop("checksum")
    doc["checksum"] = _checksum(doc)  # a crafted file with a matching checksum
    path.write_text(json.dumps(doc))
    with pytest.raises(WrongPassphrase):  # still fails the AEAD check
        Practice.open(vault_path, Credentials(passphrase=PASSPHRASE))
    path.write_text("{not json")
    with pytest.raises(DamagedVault):
        Practice.open(vault_path, Credentials(passphrase=PASSPHRASE))


def test_files_are_private(practice, vault_path: Path) -> None:
    for path in (vault_path, keyfile_path(vault_path)):
        assert oct(path.stat().st_mode & 0o777) == "0o600"
    assert hashlib.sha256(vault_path.read_bytes()).hexdigest()  # readable by the owner


def test_an_atomic_write_makes_missing_folders_private(tmp_path: Path) -> None:
    """Folders a write makes for a vault's files are the owner's only (0700), whatever the umask;
    a folder already there is left as it is."""
    from app.core.vault.atomic import write_atomic

    there = tmp_path / "there"
    there.mkdir(mode=0o755)
    os.chmod(there, 0o755)
    target = there / "new" / "deeper" / "vault.keys"
    old = os.umask(0o022)
    try:
        write_atomic(target, b"secret")
    finally:
        os.umask(old)
    assert target.read_bytes() == b"secret"
    assert (target.stat().st_mode & 0o777) == 0o600
    assert (there / "new").stat().st_mode & 0o777 == 0o700
    assert (there / "new" / "deeper").stat().st_mode & 0o777 == 0o700
    assert there.stat().st_mode & 0o777 == 0o755
