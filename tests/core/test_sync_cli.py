"""``peerglass calendar-sync`` end to end, against a real Radicale server on 127.0.0.1."""
from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

pytest.importorskip("radicale", reason="radicale (the test CalDAV server) is not installed")

from app.core.practice import Credentials, Practice
from app.core.services.sessions import SessionData
from app.core.services.supervisees import SuperviseeData

from ..conftest import PASSPHRASE
from .caldav_server import PASSWORD, USER, RadicaleServer
from .test_cli import peerglass


@pytest.fixture
def server(caldav_server: RadicaleServer) -> RadicaleServer:
    return caldav_server


def test_calendar_sync_command(tmp_path: Path, light_kdf, server) -> None:
    path = tmp_path / "cli.pgvault"
    practice, _ = Practice.create(path, PASSPHRASE, kdf=light_kdf)
    sid, _ = practice.supervisees.create(SuperviseeData(full_name="Olu Adébáyọ̀"))
    practice.sessions.create(SessionData(start_local=datetime.now().replace(microsecond=0, second=0, minute=0)
                                         .replace(hour=9), tz="UTC", supervisee_id=sid))
    practice.lock()
    env = {"PEERGLASS_PASSPHRASE": PASSPHRASE, "PEERGLASS_CALDAV_PASSWORD": PASSWORD}
    base = ("calendar-sync", "--vault", str(path))

    first = peerglass(*base, "--url", server.url, "--username", USER, "--calendar", "Practice",
                      "--privacy", "busy", env=env)
    assert first.returncode == 0, first.stderr
    assert first.stdout.strip() == "pushed 1, updated 0, deleted 0, pulled 0, conflicts 0"
    again = peerglass(*base, env=env)  # the account is remembered in the vault
    assert again.returncode == 0 and again.stdout.startswith("pushed 0, updated 0, deleted 0, pulled 0")
    listed = peerglass(*base, "--list-pending", env=env)
    assert listed.returncode == 0 and "0 change(s) waiting" in listed.stdout

    wrong = peerglass(*base, env={**env, "PEERGLASS_CALDAV_PASSWORD": "wrong"})
    assert wrong.returncode == 2 and "401" in wrong.stderr and "Traceback" not in wrong.stderr
    no_password = peerglass(*base, env={"PEERGLASS_PASSPHRASE": PASSPHRASE})
    assert no_password.returncode == 2 and "PEERGLASS_CALDAV_PASSWORD" in no_password.stderr
    server.stop()
    down = peerglass(*base, env=env)
    assert down.returncode == 1 and "could not be reached" in down.stderr

    reopened = Practice.open(path, Credentials(passphrase=PASSPHRASE))
    try:
        audit = reopened.audit.recent(action="calendar.synced")
        assert len(audit) == 2 and all("Olu" not in e.detail and "pushed" in e.detail for e in audit)
    finally:
        reopened.lock()


def test_calendar_sync_import_new(tmp_path: Path, light_kdf, server) -> None:
    import caldav
    import icalendar

    path = tmp_path / "cli-new.pgvault"
    practice, _ = Practice.create(path, PASSPHRASE, kdf=light_kdf)
    practice.supervisees.create(SuperviseeData(full_name="Tamsin Okafor-Reyes"))
    practice.lock()
    env = {"PEERGLASS_PASSPHRASE": PASSPHRASE, "PEERGLASS_CALDAV_PASSWORD": PASSWORD}
    base = ("calendar-sync", "--vault", str(path))
    first = peerglass(*base, "--url", server.url, "--username", USER, "--calendar", "Practice", "--import-new",
                      env=env)
    assert first.returncode == 0, first.stderr
    client = caldav.DAVClient(url=server.url, username=USER, password=PASSWORD, require_tls=False)
    cal = icalendar.Calendar()
    cal.add("prodid", "-//A phone//EN")
    cal.add("version", "2.0")
    event = icalendar.Event()
    start = (datetime.now() + timedelta(days=3)).replace(hour=9, minute=0, second=0, microsecond=0)
    for key, value in (("uid", "cli@phone"), ("dtstamp", start), ("dtstart", start),
                       ("dtend", start + timedelta(minutes=50)), ("summary", "Supervision Tamsin")):
        event.add(key, value)
    cal.add_component(event)
    client.principal().calendars()[0].save_event(cal.to_ical().decode())

    pulled = peerglass(*base, env=env)
    assert pulled.returncode == 0 and "pulled 1" in pulled.stdout, pulled.stderr
    listed = peerglass(*base, "--list-pending", env=env)
    assert "New event:" in listed.stdout and "Tamsin" not in listed.stdout
    accepted = peerglass(*base, "--accept-all", "--no-import-new", env=env)
    assert accepted.returncode == 0 and "Accepted 1 change(s)" in accepted.stdout, accepted.stderr
    assert "pushed 0, updated 0, deleted 0, pulled 0, conflicts 0" in accepted.stdout  # tracked, not doubled

    reopened = Practice.open(path, Credentials(passphrase=PASSPHRASE))
    try:
        assert reopened.sync.account().import_new is False
        [session] = reopened.sessions.sessions_between(start - timedelta(days=1), start + timedelta(days=1))
        assert session.start.replace(tzinfo=None) == start
    finally:
        reopened.lock()
