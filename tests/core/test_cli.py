"""The command line as a user or a scheduler runs it: real processes, real vaults."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ..conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]


def peerglass(*args: str, env: dict[str, str] | None = None, timeout: int = 60) -> subprocess.CompletedProcess:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("PEERGLASS_")}
    full_env.update(env or {})
    return subprocess.run([sys.executable, "-m", "app", *args], cwd=ROOT, env=full_env,
                          capture_output=True, text=True, timeout=timeout, stdin=subprocess.DEVNULL)


@pytest.fixture(scope="module")
def cli_vault(tmp_path_factory) -> tuple[Path, str]:
    path = tmp_path_factory.mktemp("cli") / "cli.pgvault"
    done = peerglass("init", "--vault", str(path), env={"PEERGLASS_PASSPHRASE": PASSPHRASE})
    assert done.returncode == 0, done.stderr
    recovery_key = done.stdout.strip().splitlines()[-1]
    return path, recovery_key


def test_init_prints_the_recovery_key_alone_on_the_last_line(cli_vault) -> None:
    from app.core.vault import recovery

    _, key = cli_vault
    assert len(recovery.decode(key)) == 32


def test_verify_sound_wrong_key_and_recovery(cli_vault) -> None:
    path, key = cli_vault
    ok = peerglass("verify", "--vault", str(path), env={"PEERGLASS_PASSPHRASE": PASSPHRASE})
    assert ok.returncode == 0, ok.stderr
    wrong = peerglass("verify", "--vault", str(path), env={"PEERGLASS_PASSPHRASE": "not the right one at all"})
    assert wrong.returncode == 2
    assert wrong.stderr.count("\n") == 1 and "Traceback" not in wrong.stderr
    by_key = peerglass("verify", "--vault", str(path), env={"PEERGLASS_RECOVERY_KEY": key})
    assert by_key.returncode == 0, by_key.stderr


def test_verify_damaged_exits_1(cli_vault, tmp_path: Path) -> None:
    path, _ = cli_vault
    copy = tmp_path / "copy.pgvault"
    data = bytearray(path.read_bytes())
    data[4096 + 500: 4096 + 600] = bytes(100)
    copy.write_bytes(bytes(data))
    (tmp_path / "copy.pgvault.keys").write_bytes(Path(str(path) + ".keys").read_bytes())
    done = peerglass("verify", "--vault", str(copy), env={"PEERGLASS_PASSPHRASE": PASSPHRASE})
    assert done.returncode == 1
    assert "damaged" in done.stderr.lower() and "Traceback" not in done.stderr


def test_passphrase_file_and_short_passphrase(tmp_path: Path) -> None:
    secret = tmp_path / "pw.txt"
    secret.write_text("too short\n")
    done = peerglass("init", "--vault", str(tmp_path / "a.pgvault"), "--passphrase-file", str(secret))
    assert done.returncode == 2 and "15 characters" in done.stderr
    assert not (tmp_path / "a.pgvault").exists()


def test_no_passphrase_without_terminal_is_a_usage_error(tmp_path: Path) -> None:
    done = peerglass("init", "--vault", str(tmp_path / "b.pgvault"))
    assert done.returncode == 2
    assert "PEERGLASS_PASSPHRASE" in done.stderr


def test_passphrase_is_never_an_argument(tmp_path: Path) -> None:
    done = peerglass("init", "--vault", str(tmp_path / "c.pgvault"), "--passphrase", PASSPHRASE)
    assert done.returncode == 2
    assert PASSPHRASE not in done.stderr  # not echoed back either


def test_missing_vault_is_one_line(tmp_path: Path) -> None:
    done = peerglass("verify", "--vault", str(tmp_path / "none.pgvault"), env={"PEERGLASS_PASSPHRASE": PASSPHRASE})
    assert done.returncode == 1
    assert done.stderr.strip().count("\n") == 0 and "No vault" in done.stderr


def test_cli_does_not_load_qt(cli_vault) -> None:
    path, _ = cli_vault
    code = ("import sys; from app.cli import run; "
            f"rc = run(['verify', '--vault', {str(path)!r}]); "
            "print(rc, any(m.startswith('PySide6') for m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, "PEERGLASS_PASSPHRASE": PASSPHRASE}, timeout=60)
    assert done.stdout.split()[-2:] == ["0", "False"], done.stderr
