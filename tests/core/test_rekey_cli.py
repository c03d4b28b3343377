"""``peerglass rekey``: the new recovery key last; old keys fail, new ones open."""
from __future__ import annotations

from pathlib import Path

from app.core.practice import Credentials, Practice
from app.core.services.supervisees import SuperviseeData
from app.core.vault import recovery

from ..conftest import PASSPHRASE
from .test_cli import peerglass


def test_rekey_prints_the_new_recovery_key_last(vault_path: Path, light_kdf) -> None:
    practice, old_key = Practice.create(vault_path, PASSPHRASE, kdf=light_kdf)
    practice.supervisees.create(SuperviseeData(full_name="Kept Through Rekey"))
    practice.lock()
    done = peerglass("rekey", "--vault", str(vault_path), env={"PEERGLASS_PASSPHRASE": PASSPHRASE})
    assert done.returncode == 0, done.stderr
    new_key = done.stdout.strip().splitlines()[-1]
    assert len(recovery.decode(new_key)) == 32 and new_key != old_key
    old = peerglass("verify", "--vault", str(vault_path), env={"PEERGLASS_RECOVERY_KEY": old_key})
    assert old.returncode == 2 and old.stderr.count("\n") == 1
    for env in ({"PEERGLASS_RECOVERY_KEY": new_key}, {"PEERGLASS_PASSPHRASE": PASSPHRASE}):
        ok = peerglass("verify", "--vault", str(vault_path), env=env)
        assert ok.returncode == 0, ok.stderr
    again = Practice.open(vault_path, Credentials(recovery_key=new_key))
    assert again is not None
    assert [r.full_name for r in again.supervisees.list()] == ["Kept Through Rekey"]
    again.lock()


def test_rekey_errors_are_one_line(vault_path: Path, light_kdf) -> None:
    practice, key = Practice.create(vault_path, PASSPHRASE, kdf=light_kdf)
    practice.lock()
    wrong = peerglass("rekey", "--vault", str(vault_path), env={"PEERGLASS_PASSPHRASE": "not it, not at all"})
    assert wrong.returncode == 2 and wrong.stderr.count("\n") == 1
    by_key = peerglass("rekey", "--vault", str(vault_path), env={"PEERGLASS_RECOVERY_KEY": key})
    assert by_key.returncode == 2 and "PEERGLASS_PASSPHRASE" in by_key.stderr
    assert peerglass("verify", "--vault", str(vault_path), env={"PEERGLASS_RECOVERY_KEY": key}).returncode == 0
