"""import-ics is one transaction: a dry run, a bad event late in the file, a full disk,
a cancel and Ctrl+C (a real SIGINT) all leave the vault exactly as before."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from app.core.ical import IcsError
from app.core.practice import Credentials, Practice
from app.core.services.calendar_import import ImportCancelled, ImportNotWritten
from app.core.services.supervisees import SuperviseeData
from benchmarks.bench_import_ics import make_file
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def alex(practice):
    practice.supervisees.create(SuperviseeData(full_name="Alex Example"))
    return practice


def counts(practice: Practice) -> tuple[int, int, int]:
    with practice.vault.engine.connect() as c:
        return tuple(c.execute(text(f"SELECT count(*) FROM {table}")).scalar() or 0  # type: ignore[return-value]
                     for table in ("session", "series", "audit_event"))


def test_dry_run_reports_without_writing(alex) -> None:
    data = make_file(300)
    before = counts(alex)
    preview = alex.interchange.preview_ics(data)
    assert preview.dry_run and preview.sessions > 0 and "Dry run: nothing was written" in preview.summary()
    assert counts(alex) == before
    result, changes = alex.interchange.import_ics(data)
    assert (result.series, result.sessions, result.moved) == (preview.series, preview.sessions, preview.moved)
    assert changes.sessions and counts(alex)[0] > before[0]


def test_a_bad_event_late_in_the_file_changes_nothing(alex) -> None:
    lines = make_file(600).decode().split("\r\n")
    last = max(i for i, line in enumerate(lines) if line == "BEGIN:VEVENT")
    lines.insert(last + 1, "DTSTART:20250101T090000Z")  # a second DTSTART in the last event
    before = counts(alex)
    with pytest.raises(IcsError) as caught:
        alex.interchange.import_ics("\r\n".join(lines).encode())
    assert "event 600 (line" in str(caught.value) and "two DTSTART" in str(caught.value)
    assert counts(alex) == before


def test_a_full_disk_changes_nothing_and_says_so(alex) -> None:
    before = counts(alex)
    with alex.vault.engine.connect() as c:
        pages = c.execute(text("PRAGMA page_count")).scalar()
        c.execute(text(f"PRAGMA max_page_count = {int(pages or 0) + 3}"))
    with pytest.raises(ImportNotWritten) as caught:
        alex.interchange.import_ics(make_file(2000))
    assert "disk is full" in str(caught.value) and "unchanged" in str(caught.value)
    with alex.vault.engine.connect() as c:
        c.execute(text("PRAGMA max_page_count = 1073741823"))
    assert counts(alex) == before


def test_cancel_changes_nothing(alex) -> None:
    seen: list[tuple[int, int]] = []
    before = counts(alex)
    with pytest.raises(ImportCancelled) as caught:
        alex.interchange.import_ics(make_file(3000), progress=lambda d, t: seen.append((d, t)),
                                    cancelled=lambda: len(seen) > 8)  # well into the writing half
    assert "unchanged" in str(caught.value)
    assert seen and seen[-1][0] > seen[-1][1] // 2
    assert counts(alex) == before


CHILD = r"""
import sys, time
sys.path.insert(0, sys.argv[3])
from pathlib import Path
from app.core.practice import Credentials, Practice
practice = Practice.open(Path(sys.argv[1]), Credentials(passphrase=sys.argv[4]))
data = Path(sys.argv[2]).read_bytes()
said = False
def progress(done, total):
    global said
    if done > total // 2 + 600 and not said:  # rows are being written inside the transaction
        print("WRITING", flush=True)
        said = True
    if said:
        time.sleep(0.05)
try:
    practice.interchange.import_ics(data, progress=progress)
except KeyboardInterrupt:
    print("Import interrupted: nothing was imported and the vault is unchanged.", file=sys.stderr)
    practice.lock()
    sys.exit(1)
practice.lock()
print("FINISHED")
"""


def test_sigint_during_the_import_changes_nothing(tmp_path: Path, light_kdf) -> None:
    path = tmp_path / "v.pgvault"
    practice, _ = Practice.create(path, PASSPHRASE, kdf=light_kdf)
    practice.supervisees.create(SuperviseeData(full_name="Alex Example"))
    before = counts(practice)
    practice.lock()
    ics = tmp_path / "big.ics"
    ics.write_bytes(make_file(4000))
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(path), str(ics), str(ROOT), PASSPHRASE],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
                             env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "WRITING"
    child.send_signal(signal.SIGINT)
    _, err = child.communicate(timeout=120)
    assert child.returncode == 1 and "vault is unchanged" in err
    again = Practice.open(path, Credentials(passphrase=PASSPHRASE))
    try:
        assert again is not None and counts(again)[:2] == before[:2] == (0, 0)  # (opening adds audit rows)
        assert again.sessions.sessions_between(datetime(2000, 1, 1), datetime(2040, 1, 1)) == []
    finally:
        if again is not None:
            again.lock()


def test_cli_dry_run_lists_what_is_not_imported(tmp_path: Path, light_kdf, monkeypatch, capsys) -> None:
    from app.cli import run

    path = tmp_path / "cli.pgvault"
    practice, _ = Practice.create(path, PASSPHRASE, kdf=light_kdf)
    practice.supervisees.create(SuperviseeData(full_name="Alex Example"))
    practice.lock()
    monkeypatch.setenv("PEERGLASS_PASSPHRASE", PASSPHRASE)
    data = Path(__file__).parent / "data" / "ics" / "zero_length.ics"
    args = ["import-ics", str(data), "--vault", str(path), "--supervisee", "Alex Example"]
    assert run([*args, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "Would import 0 series, 1 single sessions" in out and "Dry run: nothing was written" in out
    assert "Event 1 (line 4)" in out and "no length" in out and "Event 2 (line 11)" in out
    reopened = Practice.open(path, Credentials(passphrase=PASSPHRASE))
    assert reopened is not None
    try:
        assert counts(reopened)[0] == 0
    finally:
        reopened.lock()
    bad = Path(__file__).parent / "data" / "ics" / "two_dtstart.ics"
    assert run(["import-ics", str(bad), "--vault", str(path), "--supervisee", "Alex Example"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "event 2 (line 11)" in err and "unexpected" not in err
