"""``peerglass passphrase``: change with the current one, or reset with the recovery key."""
from __future__ import annotations

from pathlib import Path

import pytest

from app.core.practice import Credentials, Practice
from app.core.vault import Vault, WrongPassphrase
from app.core.vault.keyslots import keyfile_path

from ..conftest import PASSPHRASE
from .test_cli import peerglass

NEW = "copper meadow forty winters"


@pytest.fixture
def made(vault_path: Path, light_kdf) -> tuple[Path, str]:
    practice, recovery_key = Practice.create(vault_path, PASSPHRASE, kdf=light_kdf)
    practice.lock()
    return vault_path, recovery_key


def _opens(path: Path, passphrase: str) -> bool:
    try:
        Vault.open_with_passphrase(path, passphrase).close()
    except WrongPassphrase:
        return False
    return True


def test_change_from_environment(made) -> None:
    path, _ = made
    done = peerglass("passphrase", "--vault", str(path),
                     env={"PEERGLASS_PASSPHRASE": PASSPHRASE, "PEERGLASS_NEW_PASSPHRASE": NEW})
    assert done.returncode == 0, done.stderr
    assert _opens(path, NEW) and not _opens(path, PASSPHRASE)
    practice = Practice.open(path, Credentials(passphrase=NEW))
    assert practice is not None
    assert "passphrase.changed" in [e.action for e in practice.audit.recent()]
    practice.lock()


def test_change_from_files(made, tmp_path: Path) -> None:
    path, _ = made
    (tmp_path / "cur").write_text(PASSPHRASE + "\n")
    (tmp_path / "new").write_text(NEW + "\n")
    done = peerglass("passphrase", "--vault", str(path), "--passphrase-file", str(tmp_path / "cur"),
                     "--new-passphrase-file", str(tmp_path / "new"))
    assert done.returncode == 0, done.stderr
    assert _opens(path, NEW)


def test_wrong_current_or_weak_new_changes_nothing(made) -> None:
    path, _ = made
    before = keyfile_path(path).read_bytes()
    wrong = peerglass("passphrase", "--vault", str(path),
                      env={"PEERGLASS_PASSPHRASE": "certainly not the passphrase", "PEERGLASS_NEW_PASSPHRASE": NEW})
    assert wrong.returncode == 2 and wrong.stderr.count("\n") == 1
    weak = peerglass("passphrase", "--vault", str(path),
                     env={"PEERGLASS_PASSPHRASE": PASSPHRASE, "PEERGLASS_NEW_PASSPHRASE": "short"})
    assert weak.returncode == 2 and "Traceback" not in weak.stderr
    assert "nothing was changed" in weak.stderr.lower()
    missing = peerglass("passphrase", "--vault", str(path), env={"PEERGLASS_PASSPHRASE": PASSPHRASE})
    assert missing.returncode == 2 and "PEERGLASS_NEW_PASSPHRASE" in missing.stderr
    assert keyfile_path(path).read_bytes() == before


def test_custodian_key_file_lost_recovery_key_new_passphrase(made) -> None:
    path, recovery_key = made
    keyfile_path(path).unlink()
    refused = peerglass("verify", "--vault", str(path), env={"PEERGLASS_PASSPHRASE": PASSPHRASE})
    assert refused.returncode == 2
    done = peerglass("passphrase", "--vault", str(path),
                     env={"PEERGLASS_RECOVERY_KEY": recovery_key, "PEERGLASS_NEW_PASSPHRASE": NEW})
    assert done.returncode == 0, done.stderr
    assert keyfile_path(path).is_file()
    assert keyfile_path(path).stat().st_mode & 0o777 == 0o600
    assert _opens(path, NEW)
    ok = peerglass("verify", "--vault", str(path), env={"PEERGLASS_PASSPHRASE": NEW})
    assert ok.returncode == 0, ok.stderr


def test_forgotten_passphrase_reset_with_recovery_key(made) -> None:
    path, recovery_key = made
    done = peerglass("passphrase", "--vault", str(path),
                     env={"PEERGLASS_RECOVERY_KEY": recovery_key, "PEERGLASS_NEW_PASSPHRASE": NEW})
    assert done.returncode == 0, done.stderr
    assert _opens(path, NEW) and not _opens(path, PASSPHRASE)
    bad = peerglass("passphrase", "--vault", str(path),
                    env={"PEERGLASS_RECOVERY_KEY": "0" * 65, "PEERGLASS_NEW_PASSPHRASE": NEW + " x"})
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1
