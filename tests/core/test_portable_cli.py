"""The three commands' contract: one line on stderr, exit codes, nothing written on bad input."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import run
from app.core.practice import Credentials, Practice

from ..conftest import PASSPHRASE
from .test_portable import NAME_MARKER, dump_tables, fill


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PEERGLASS_PASSPHRASE", PASSPHRASE)


@pytest.fixture
def filled(tmp_path: Path, light_kdf, env) -> Path:  # type: ignore[no-untyped-def]
    path = tmp_path / "src" / "v.pgvault"
    practice, _ = Practice.create(path, PASSPHRASE, kdf=light_kdf)
    fill(practice)
    practice.lock()
    return path


def test_export_then_import_refuses_the_full_vault_and_keeps_it(filled: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "all.json"
    assert run(["export", "--vault", str(filled), "--out", str(out)]) == 0
    captured = capsys.readouterr()
    assert "NOT encrypted" in captured.err and NAME_MARKER not in captured.err + captured.out
    practice = Practice.open(filled, Credentials(passphrase=PASSPHRASE))
    assert practice is not None
    before = dump_tables(practice)
    practice.lock()
    assert run(["import", "--vault", str(filled), str(out)]) == 1
    err = capsys.readouterr().err.strip()
    assert "already holds records" in err and "as it was" in err and len(err.splitlines()) == 1
    practice = Practice.open(filled, Credentials(passphrase=PASSPHRASE))
    assert practice is not None
    try:
        assert dump_tables(practice) == before
    finally:
        practice.lock()


@pytest.mark.parametrize("content, words", [
    ("{ not json", "not valid JSON"),
    (json.dumps({"format": "peerglass-export", "version": 2}), "newer Peerglass"),
    (json.dumps({"format": "csv", "version": 1}), "not a Peerglass export"),
])
def test_bad_files_write_nothing(tmp_path: Path, env, capsys, content: str, words: str) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(content, "utf-8")
    vault = tmp_path / "never" / "v.pgvault"
    assert run(["import", "--vault", str(vault), str(bad)]) == 1
    err = capsys.readouterr().err.strip()
    assert words in err and "Nothing was changed" in err and len(err.splitlines()) == 1
    assert not vault.parent.exists()


def test_export_csv_command(filled: Path, tmp_path: Path, capsys) -> None:
    folder = tmp_path / "sheets"
    assert run(["export-csv", "--vault", str(filled), "--out", str(folder)]) == 0
    assert sorted(p.name for p in folder.iterdir()) == ["hours.csv", "sessions.csv", "supervisees.csv"]
    assert "NOT encrypted" in capsys.readouterr().err
