"""Locking never waits on the network: Ctrl+L completes while a slow SMTP server
holds an invitation, and the results are recorded after the next unlock."""
from __future__ import annotations

import asyncio
import threading
from datetime import date, datetime, time, timedelta

from app.core.mail import SmtpSettings
from app.core.services.groups import GroupData
from app.core.services.series import SeriesData
from app.core.services.supervisees import SuperviseeData
from tests.core import smtp_server
from tests.core.smtp_server import SmtpTestServer

from ..conftest import PASSPHRASE
from .conftest import wait_idle


class _SlowHandler(smtp_server._Handler):
    """Holds every message at DATA until the test releases it."""

    def __init__(self, owner: SmtpTestServer, release: threading.Event, holding: threading.Event) -> None:
        super().__init__(owner)
        self.release, self.holding = release, holding

    async def handle_DATA(self, server, session, envelope) -> str:  # type: ignore[no-untyped-def]
        self.holding.set()
        while not self.release.is_set():
            await asyncio.sleep(0.02)
        return await super().handle_DATA(server, session, envelope)


class SlowSmtpServer(SmtpTestServer):
    def __init__(self) -> None:
        super().__init__()
        self.release, self.holding = threading.Event(), threading.Event()

    def _new_smtp(self, starttls: bool):  # type: ignore[no-untyped-def]
        protocol = super()._new_smtp(starttls)
        handler = _SlowHandler(self, self.release, self.holding)
        protocol.event_handler = handler
        protocol._handle_hooks["DATA"] = handler.handle_DATA  # aiosmtpd looks its hooks up once
        return protocol



def test_lock_completes_while_smtp_send_is_slow(qtbot, unlocked_gate) -> None:
    from app.ui.dialogs.send_invitations import SendInvitationsDialog

    gate = unlocked_gate
    wait_idle(qtbot, gate)
    practice = gate.ctx.practice
    gid, _ = practice.groups.create(GroupData(name="Thursday Circle"))
    for name, email in (("Anna O'Brien", "anna@example.org"), ("Zoë Müller", "zoe@example.de")):
        sid, _ = practice.supervisees.create(SuperviseeData(full_name=name, email=email))
        practice.groups.add_member(gid, f"supervisee:{sid}", date.today() - timedelta(days=7))
    start = datetime.combine(date.today() + timedelta(days=7), time(18, 0))
    practice.series.create(SeriesData(start_local=start, rrule="FREQ=WEEKLY;COUNT=3", tz="UTC",
                                      duration_minutes=90, kind="peer_group", group_id=gid))
    with SlowSmtpServer() as server:
        practice.invitations.save_smtp_settings(SmtpSettings("127.0.0.1", server.port, "none", "",
                                                             "Helena", "helena@example.org", 10.0))
        dialog = SendInvitationsDialog(gate.ctx, gid, gate.window)
        qtbot.addWidget(dialog)
        wait_idle(qtbot, gate)
        assert dialog.send_button.isEnabled()
        dialog.send_button.click()
        qtbot.waitUntil(server.holding.is_set, timeout=15000)  # the server sits on the first e-mail

        gate.lock()
        qtbot.waitUntil(lambda: gate.ctx.practice is None and gate.unlock_dialog is not None
                        and gate.unlock_dialog.isVisible(), timeout=15000)
        assert not practice.is_open
        assert gate.runner.network_pending == 1 and server.messages == []  # the send is still going on

        server.release.set()
        qtbot.waitUntil(lambda: gate.runner.pending == 0, timeout=15000)
        assert len(server.messages) == 2
        assert len(gate.ctx.waiting_writes) == 1  # the results wait for the vault

    gate.unlock_dialog.secret.setText(PASSPHRASE)
    gate.unlock_dialog.unlock_button.click()
    qtbot.waitUntil(lambda: gate.window.isVisible(), timeout=10000)
    wait_idle(qtbot, gate)
    assert gate.ctx.waiting_writes == []
    rows = gate.ctx.practice.invitations.responses(group_id=gid)
    assert sorted(r.email for r in rows) == ["anna@example.org", "zoe@example.de"]
    assert {r.status for r in rows} == {"sent"}
