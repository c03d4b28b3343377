"""`peerglass demo` and `peerglass pdf …` as a user runs them."""
from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.cli import run

from ..conftest import PASSPHRASE
from .test_cli import peerglass


@pytest.fixture(scope="module")
def demo_vault(tmp_path_factory) -> Path:
    from app.core.demo import make_demo
    from app.core.practice import Practice
    from app.core.vault import KdfParams

    path = tmp_path_factory.mktemp("docs") / "demo.pgvault"
    practice, _ = Practice.create(path, PASSPHRASE, kdf=KdfParams.light_for_tests())
    make_demo(practice, years=1, seed=3, today=date(2026, 11, 26))
    from app.core.services.groups import GroupData

    gid, _ = practice.groups.create(GroupData(name="Thursday peer group", places=("Room 1", "Room 2"),
                                              place_mode="rotating"))
    for sid in (1, 2, 3):
        practice.groups.add_member(gid, f"supervisee:{sid}", date(2026, 1, 1))
    practice.lock()
    return path


@pytest.fixture
def env(monkeypatch):
    monkeypatch.setenv("PEERGLASS_PASSPHRASE", PASSPHRASE)


def _pages(path: Path) -> int:
    return len(PdfReader(io.BytesIO(path.read_bytes())).pages)


def test_demo_command_makes_an_openable_vault(tmp_path: Path) -> None:
    done = peerglass("demo", "--vault", str(tmp_path / "d.pgvault"), "--years", "1",
                     env={"PEERGLASS_PASSPHRASE": PASSPHRASE}, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "sessions" in done.stdout and len(done.stdout.strip().splitlines()[-1].split("-")) == 13
    check = peerglass("verify", "--vault", str(tmp_path / "d.pgvault"), env={"PEERGLASS_PASSPHRASE": PASSPHRASE})
    assert check.returncode == 0, check.stderr
    bad = peerglass("demo", "--vault", str(tmp_path / "e.pgvault"), "--years", "500",
                    env={"PEERGLASS_PASSPHRASE": PASSPHRASE})
    assert bad.returncode == 2 and not (tmp_path / "e.pgvault").exists()


@pytest.mark.parametrize("kind,extra", [
    ("hours", ["--supervisee", "1", "--from", "2026-01-01", "--to", "2026-11-26"]),
    ("summaries", ["--supervisee", "1", "--from", "2026-10-01", "--to", "2026-11-26"]),
    ("agreement", ["--supervisee", "1"]),
    ("questionnaire", []),
    ("selfcheck", []),
    ("recovery", ["--custodian", "Dr Jonas Becker"]),
    ("charter", ["--group", "1"]),
    ("questionnaire", ["--supervisee", "2"]),
    ("selfcheck", ["--supervisee", "2"]),
])
def test_pdf_kinds(demo_vault: Path, tmp_path: Path, env, kind: str, extra: list[str]) -> None:
    out = tmp_path / f"{kind}.pdf"
    assert run(["pdf", kind, "--vault", str(demo_vault), "--out", str(out), *extra]) == 0
    assert out.read_bytes().startswith(b"%PDF") and _pages(out) >= 1
    assert oct(out.stat().st_mode & 0o777) == "0o600"


def test_pdf_summary_of_a_held_session(demo_vault: Path, tmp_path: Path, env) -> None:
    from app.core.practice import Credentials, Practice

    practice = Practice.open(demo_vault, Credentials(passphrase=PASSPHRASE))
    try:
        held = [r for r in practice.sessions.history(1) if r.status == "held" and r.has_notes][0]
        private = practice.sessions.get(held.id).data.private_note
    finally:
        practice.lock()
    out = tmp_path / "s.pdf"
    assert run(["pdf", "summary", "--vault", str(demo_vault), "--session", str(held.id), "--out", str(out)]) == 0
    text = PdfReader(str(out)).pages[0].extract_text()
    assert "Session summary" in text
    if private:
        assert private[:40] not in text


def test_pdf_errors_are_one_line(demo_vault: Path, tmp_path: Path, env, capsys) -> None:
    assert run(["pdf", "summary", "--vault", str(demo_vault), "--session", "999999",
                "--out", str(tmp_path / "x.pdf")]) == 1
    assert run(["pdf", "hours", "--vault", str(demo_vault), "--supervisee", "Nobody At All",
                "--from", "2026-01-01", "--to", "2026-02-01", "--out", str(tmp_path / "x.pdf")]) == 2
    assert run(["pdf", "hours", "--vault", str(demo_vault), "--supervisee", "1",
                "--from", "2026-03-01", "--to", "2026-02-01", "--out", str(tmp_path / "x.pdf")]) == 2
    assert run(["pdf", "recovery", "--vault", str(demo_vault), "--out", str(tmp_path / "x.txt")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 4 and not any("Traceback" in line for line in err)
    assert not (tmp_path / "x.pdf").exists()


def test_pdf_exports_are_audited(demo_vault: Path, tmp_path: Path, env) -> None:
    from app.core.practice import Credentials, Practice

    assert run(["pdf", "agreement", "--vault", str(demo_vault), "--supervisee", "1",
                "--out", str(tmp_path / "a.pdf")]) == 0
    practice = Practice.open(demo_vault, Credentials(passphrase=PASSPHRASE))
    try:
        entry = practice.audit.recent(action="export")[0]
        assert (entry.object_type, entry.object_id, entry.detail) == ("supervisee", 1, "supervision agreement")
    finally:
        practice.lock()


def test_pdf_summary_warns_about_identifiers(demo_vault: Path, tmp_path: Path, env, capsys) -> None:
    from app.core.practice import Credentials, Practice
    from app.core.services.session_records import SessionRecordData

    practice = Practice.open(demo_vault, Credentials(passphrase=PASSPHRASE))
    try:
        row = [r for r in practice.sessions.history(2) if r.status == "held"][0]
        practice.sessions.save_record(row.id, SessionRecordData(
            brought="Her client Margaret Thornbury (margaret.t@example.org) again.", status="held"))
    finally:
        practice.lock()
    out = tmp_path / "w.pdf"
    assert run(["pdf", "summary", "--vault", str(demo_vault), "--session", str(row.id), "--out", str(out)]) == 0
    err = capsys.readouterr().err
    assert "Warning" in err and "e-mail" in err and "Thornbury" not in err and "example.org" not in err
    assert out.exists()
