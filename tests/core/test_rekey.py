"""Key rotation: new master key, same passphrase, old keys fail, data intact."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.core.practice import Credentials, Practice
from app.core.services.supervisees import SuperviseeData
from app.core.vault import DamagedVault, Vault, WrongRecoveryKey, pending_keys
from app.core.vault.keyslots import keyfile_path
from app.core.vault.rekey import RekeyNeedsPassphrase, rekey_practice, rekey_vault
from tests.conftest import PASSPHRASE


def _add_people(practice: Practice, n: int = 5) -> list[str]:
    names = [f"Person {i}" for i in range(n)]
    for name in names:
        practice.supervisees.create(SuperviseeData(full_name=name))
    return names


def _names(practice: Practice) -> list[str]:
    return sorted(r.full_name for r in practice.supervisees.list())


def test_rekey_old_keys_fail_new_ones_open_data_intact(practice_with_key, vault_path: Path, light_kdf) -> None:
    practice, old_recovery = practice_with_key
    names = _add_people(practice)
    old_keyfile = keyfile_path(vault_path).read_bytes()
    result = rekey_practice(practice, PASSPHRASE, kdf=light_kdf)
    assert result.recovery_key != old_recovery
    # the same practice keeps working on the new key
    practice.supervisees.create(SuperviseeData(full_name="After rekey"))
    assert practice.vault.recovery_key() == result.recovery_key
    assert practice.vault.integrity_problems() == []
    practice.lock()

    with pytest.raises(WrongRecoveryKey):
        Vault.open_with_recovery_key(vault_path, old_recovery)
    assert keyfile_path(vault_path).read_bytes() != old_keyfile
    saved = keyfile_path(vault_path).read_bytes()
    keyfile_path(vault_path).write_bytes(old_keyfile)  # an old copy of the key file no longer opens it
    with pytest.raises(DamagedVault):
        Vault.open_with_passphrase(vault_path, PASSPHRASE)
    keyfile_path(vault_path).write_bytes(saved)

    by_recovery = Practice.open(vault_path, Credentials(recovery_key=result.recovery_key))
    assert by_recovery is not None
    assert _names(by_recovery) == sorted(names + ["After rekey"])
    assert [e.action for e in by_recovery.audit.recent(action="vault.rekeyed")] == ["vault.rekeyed"]
    by_recovery.lock()
    by_passphrase = Practice.open(vault_path, Credentials(passphrase=PASSPHRASE))
    assert by_passphrase is not None and by_passphrase.vault.integrity_problems() == []
    by_passphrase.lock()
    assert not pending_keys.exists(vault_path)


def test_a_copy_taken_before_keeps_the_old_key(practice_with_key, vault_path: Path, tmp_path: Path,
                                               light_kdf) -> None:
    practice, old_recovery = practice_with_key
    _add_people(practice, 2)
    practice.vault.checkpoint()
    old_copy = tmp_path / "old" / "copy.pgvault"
    old_copy.parent.mkdir()
    shutil.copy(vault_path, old_copy)
    new = rekey_vault(practice.vault, PASSPHRASE, kdf=light_kdf)
    practice.lock()
    old = Vault.open_with_recovery_key(old_copy, old_recovery)
    assert old.integrity_problems() == []
    old.close()
    with pytest.raises(WrongRecoveryKey):
        Vault.open_with_recovery_key(old_copy, new.recovery_key)


def test_wrong_passphrase_changes_nothing(practice_with_key, vault_path: Path, light_kdf) -> None:
    from app.core.vault import WrongPassphrase

    practice, recovery_key = practice_with_key
    before = keyfile_path(vault_path).read_bytes()
    with pytest.raises(WrongPassphrase):
        rekey_vault(practice.vault, "not the passphrase at all", kdf=light_kdf)
    assert keyfile_path(vault_path).read_bytes() == before
    assert practice.vault.recovery_key() == recovery_key
    assert not pending_keys.exists(vault_path)


def test_no_key_file_asks_for_a_passphrase_first(practice_with_key, vault_path: Path, light_kdf) -> None:
    practice, _ = practice_with_key
    keyfile_path(vault_path).unlink()
    with pytest.raises(RekeyNeedsPassphrase) as info:
        rekey_vault(practice.vault, PASSPHRASE, kdf=light_kdf)
    assert "passphrase" in str(info.value)


def test_remembered_key_is_replaced(practice_with_key, vault_path: Path, light_kdf, memory_keyring) -> None:
    practice, _ = practice_with_key
    practice.remember_on_this_computer(True)
    result = rekey_practice(practice, PASSPHRASE, kdf=light_kdf)
    assert result.keyring_updated
    practice.lock()
    again = Vault.open_with_keyring(vault_path)
    assert again is not None and again.recovery_key() == result.recovery_key
    again.close()


def _interrupted_after_commit(practice: Practice, vault_path: Path, light_kdf) -> str:
    """Simulate a kill after PRAGMA rekey committed but before the key file was replaced."""
    old_keyfile = keyfile_path(vault_path).read_bytes()
    result = rekey_vault(practice.vault, PASSPHRASE, kdf=light_kdf)
    new_keyfile = keyfile_path(vault_path).read_bytes()
    practice.lock()
    key = Vault.open_with_recovery_key(vault_path, result.recovery_key)
    new_key = key._master_key()
    key.close()
    from app.core.vault.keyslots import KeyFile
    pending_keys.write_pending(vault_path, KeyFile.from_bytes(new_keyfile), new_key)
    keyfile_path(vault_path).write_bytes(old_keyfile)
    return result.recovery_key


def test_interrupted_rekey_settles_on_passphrase_open(practice_with_key, vault_path: Path, light_kdf) -> None:
    practice, _ = practice_with_key
    new_recovery = _interrupted_after_commit(practice, vault_path, light_kdf)
    vault = Vault.open_with_passphrase(vault_path, PASSPHRASE)
    assert vault.recovery_key() == new_recovery
    vault.close()
    assert not pending_keys.exists(vault_path)
    again = Vault.open_with_passphrase(vault_path, PASSPHRASE)  # the key file now matches by itself
    again.close()


def test_interrupted_rekey_settles_on_recovery_open(practice_with_key, vault_path: Path, light_kdf) -> None:
    practice, _ = practice_with_key
    new_recovery = _interrupted_after_commit(practice, vault_path, light_kdf)
    Vault.open_with_recovery_key(vault_path, new_recovery).close()
    assert not pending_keys.exists(vault_path)
    Vault.open_with_passphrase(vault_path, PASSPHRASE).close()


def test_stale_pending_file_is_dropped(practice_with_key, vault_path: Path, light_kdf) -> None:
    """Killed before the rekey committed: the old key opens and the pending file goes."""
    import os

    from app.core.vault.keyslots import KeyFile, PassphraseSlot

    practice, recovery_key = practice_with_key
    other = os.urandom(32)
    slot = PassphraseSlot.create(other, PASSPHRASE, practice.vault.vault_id, light_kdf)
    pending_keys.write_pending(vault_path, KeyFile(practice.vault.vault_id, slot, ""), other)
    before = keyfile_path(vault_path).read_bytes()
    practice.lock()
    vault = Vault.open_with_passphrase(vault_path, PASSPHRASE)
    assert vault.recovery_key() == recovery_key
    vault.close()
    assert not pending_keys.exists(vault_path)
    assert keyfile_path(vault_path).read_bytes() == before


def test_the_two_key_check_values_have_names_of_their_own() -> None:
    """The vault's right-key value (files.key_check) and a rekey's which-key value differ, and so do
    their names: one name for both let a caller take one for the other."""
    from app.core.vault import files

    key = bytes(range(32))
    assert not hasattr(pending_keys, "key_check")
    assert pending_keys.rekey_check(key) != files.key_check(key)
    assert pending_keys.rekey_check(key) == pending_keys.rekey_check(bytes(key))


def test_key_check_depends_on_the_key_alone() -> None:
    """files.key_check takes the key and nothing else (a vault_id it ignored suggested the value was
    bound to one vault, and a caller could think two vaults' checks differ); the value stays the one
    every commit record and backup header already holds."""
    import hashlib
    import hmac
    import inspect

    from app.core.vault import files

    key = bytes(range(32))
    assert list(inspect.signature(files.key_check).parameters) == ["master_key"]
    assert files.key_check(key) == hmac.new(key, b"peerglass-key-check/1", hashlib.sha256).hexdigest()
