"""Long work never blocks the UI: while a batch of summary PDFs is built and while
invitations are sent, a QTimer on the GUI thread keeps firing.

Deterministic, no timing assertions: the long operation is held at a real
point of its work (the SMTP server on 127.0.0.1 does not answer DATA; the
batch's data read waits) until the timer has fired several times while the
operation is still pending; then it is let go and its real result checked.
"""
from __future__ import annotations

import asyncio
import threading
from datetime import date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QTimer

from app.core.services.groups import GroupData
from app.core.services.reports import Period
from app.core.services.series import SeriesData
from app.core.services.session_records import SessionRecordData
from app.core.services.settings import SettingsData
from app.core.services.supervisees import SuperviseeData
from tests.core.smtp_server import SmtpTestServer, _Handler

TICKS = 5


class Ticker:
    """Counts timer ticks that happen while ``busy()`` is true."""

    def __init__(self, busy: Any) -> None:
        self.busy, self.during = busy, 0
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        if self.busy():
            self.during += 1


def _idle(qtbot, gate) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: gate.runner.pending == 0, timeout=30000)


def test_batch_summary_pdfs_keep_the_event_loop_running(qtbot, unlocked_gate) -> None:
    gate = unlocked_gate
    practice = gate.ctx.practice
    sid, _ = practice.supervisees.create(SuperviseeData(full_name="Ωμέγα Παπαδοπούλου"))
    practice.series.create(SeriesData(start_local=datetime(2025, 1, 6, 10), rrule="FREQ=WEEKLY;COUNT=40",
                                      tz="UTC", duration_minutes=60, supervisee_id=sid))
    for row in practice.sessions.sessions_between(datetime(2025, 1, 1), datetime(2026, 1, 1)):
        practice.sessions.save_record(row.id, SessionRecordData(
            brought="Sessions that run over time; the pull to rescue. " * 20, status="held"))
    page = gate.window.page("Reports")
    gate.window.show_page("Reports")
    _idle(qtbot, gate)
    release, reached = threading.Event(), threading.Event()

    def make(p):  # type: ignore[no-untyped-def]
        reached.set()
        release.wait(30)  # the batch is "in progress" on the worker until the test lets go
        return p.reports.summaries(sid, Period(date(2025, 1, 1), date(2025, 12, 31)))

    ticker = Ticker(lambda: reached.is_set() and not release.is_set())
    page.actions.preview(make, "Session summaries")
    qtbot.waitUntil(lambda: ticker.during >= TICKS, timeout=10000)
    assert gate.runner.pending > 0 and page.actions.last_preview is None  # still working, UI alive
    release.set()
    qtbot.waitUntil(lambda: page.actions.last_preview is not None, timeout=30000)
    _idle(qtbot, gate)
    preview = page.actions.last_preview
    assert preview.pages.count >= 40  # one page or more per held session
    ticker.timer.stop()
    preview.close()


def _hold_data(monkeypatch, gate: threading.Event, arrived: threading.Event) -> None:
    """The test SMTP server answers DATA only once ``gate`` is set (waiting on its own loop)."""
    original = _Handler.handle_DATA

    async def held(self, server, session, envelope):  # type: ignore[no-untyped-def]
        arrived.set()
        while not gate.is_set():
            await asyncio.sleep(0.01)
        return await original(self, server, session, envelope)

    monkeypatch.setattr(_Handler, "handle_DATA", held)


def test_sending_invitations_keeps_the_event_loop_running(qtbot, unlocked_gate, monkeypatch) -> None:
    from app.core.mail import SmtpSettings
    from app.ui.dialogs.send_invitations import SendInvitationsDialog

    gate = unlocked_gate
    practice = gate.ctx.practice
    practice.settings.update(SettingsData(supervisor_name="Dr Helena Brandt", email="helena@example.org",
                                          time_zone="Europe/Berlin"))
    group_id, _ = practice.groups.create(GroupData(name="Tuesday peers", leadership="rotating"))
    for i, name in enumerate(("Anna O'Brien", "Béla Kovács", "山田 花子")):
        sid, _ = practice.supervisees.create(SuperviseeData(full_name=name, email=f"p{i}@example.org"))
        practice.groups.add_member(group_id, f"supervisee:{sid}", date(2025, 1, 1))
    practice.groups.schedule_meetings(group_id, SeriesData(
        start_local=datetime.combine(date.today() + timedelta(days=7), time(18)),
        rrule="FREQ=WEEKLY;INTERVAL=2", tz="Europe/Berlin", duration_minutes=90))
    release, arrived = threading.Event(), threading.Event()
    _hold_data(monkeypatch, release, arrived)
    with SmtpTestServer() as server:
        practice.invitations.save_smtp_settings(SmtpSettings(
            "127.0.0.1", server.port, from_name="Dr Helena Brandt", from_address="helena@example.org",
            security="none", timeout=30))
        dialog = SendInvitationsDialog(gate.ctx, group_id, gate.window)
        qtbot.addWidget(dialog)
        dialog.show()
        _idle(qtbot, gate)
        assert dialog.send_button.isEnabled()
        ticker = Ticker(lambda: arrived.is_set() and not release.is_set())
        dialog.send_button.click()
        qtbot.waitUntil(lambda: ticker.during >= TICKS, timeout=15000)
        assert dialog.sending and gate.runner.pending > 0 and not server.messages
        release.set()
        qtbot.waitUntil(lambda: not dialog.sending, timeout=30000)
        _idle(qtbot, gate)
        assert len(server.messages) == 3
        assert "All 3 invitations were sent" in dialog.summary.text()
        ticker.timer.stop()
        dialog.close()
