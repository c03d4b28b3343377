"""Sending invitations writes each invitation row "unsent" before the e-mails go out: that write is a
command, so the screens subscribed to changes hear of the new invitations at once, not only once the
(possibly slow) mail server has taken them."""
from __future__ import annotations

from datetime import date, datetime, time, timedelta

from app.core.mail import SmtpSettings
from app.core.services.groups import GroupData
from app.core.services.series import SeriesData
from app.core.services.supervisees import SuperviseeData

from .conftest import wait_idle
from .test_network_lane_ui import SlowSmtpServer


def test_the_rows_written_before_sending_reach_the_subscribers(qtbot, unlocked_gate) -> None:
    from app.ui.dialogs.send_invitations import SendInvitationsDialog

    gate = unlocked_gate
    wait_idle(qtbot, gate)
    practice = gate.ctx.practice
    gid, _ = practice.groups.create(GroupData(name="Thursday Circle"))
    sid, _ = practice.supervisees.create(SuperviseeData(full_name="Anna O'Brien", email="anna@example.org"))
    practice.groups.add_member(gid, f"supervisee:{sid}", date.today() - timedelta(days=7))
    start = datetime.combine(date.today() + timedelta(days=7), time(18, 0))
    practice.series.create(SeriesData(start_local=start, rrule="FREQ=WEEKLY;COUNT=3", tz="UTC",
                                      duration_minutes=90, kind="peer_group", group_id=gid))
    heard: list[tuple[object, object]] = []

    def listener(changes) -> None:
        heard.append((changes, gate.runner.initiator))

    with SlowSmtpServer() as server:
        practice.invitations.save_smtp_settings(SmtpSettings("127.0.0.1", server.port, "none", "",
                                                             "Helena", "helena@example.org", 10.0))
        dialog = SendInvitationsDialog(gate.ctx, gid, gate.window)
        qtbot.addWidget(dialog)
        wait_idle(qtbot, gate)
        gate.ctx.subscribe(listener)
        try:
            dialog.send_button.click()
            qtbot.waitUntil(server.holding.is_set, timeout=15000)  # the e-mail is still with the server
            qtbot.wait(50)
            assert [r.status for r in practice.invitations.responses(group_id=gid)] == ["unsent"]
            assert [(c.invitations, who) for c, who in heard] == [(True, dialog)]  # heard before it was sent
            server.release.set()
            wait_idle(qtbot, gate)
            assert [c.invitations for c, _ in heard] == [True, True]  # and again once it was
        finally:
            server.release.set()
            wait_idle(qtbot, gate)
            gate.ctx.unsubscribe(listener)
    assert {r.status for r in practice.invitations.responses(group_id=gid)} == {"sent"}
