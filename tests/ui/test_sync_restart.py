"""Calendar sync restarts when its own settings change, not at every save in Settings (a new name, an
auto-lock time): each of those used to start a sync run and reset its timer."""
from __future__ import annotations

from dataclasses import replace
from typing import Any

from .conftest import wait_idle


def _settle(qtbot: Any, gate: Any) -> None:
    wait_idle(qtbot, gate)
    qtbot.wait(50)  # a restart's account query, queued by the change's delivery
    wait_idle(qtbot, gate)


def test_only_a_change_to_the_sync_account_restarts_sync(qtbot: Any, unlocked_gate: Any) -> None:
    from app.core.sync import AccountData

    gate = unlocked_gate
    runs: list[bool] = []
    gate.sync.sync_now = lambda *, interactive=True: runs.append(interactive)  # no server here
    account = AccountData(server_url="http://127.0.0.1:9/", username="me",
                          calendar_url="http://127.0.0.1:9/cal/", enabled=True, interval_minutes=30)
    gate.ctx.command(lambda p: p.sync.save_account(account))
    _settle(qtbot, gate)
    assert runs == [False]  # a new account: a background run at once
    assert gate.sync._timer.isActive() and gate.sync._timer.interval() == 30 * 60 * 1000

    gate.ctx.command(lambda p: p.settings.update(replace(p.settings.get(), supervisor_name="Dr Nobody")))
    gate.ctx.command(lambda p: p.sync.save_account(account))  # saved again, unchanged
    _settle(qtbot, gate)
    assert runs == [False]

    gate.ctx.command(lambda p: p.sync.save_account(replace(account, interval_minutes=5)))
    _settle(qtbot, gate)
    assert runs == [False, False]
    assert gate.sync._timer.interval() == 5 * 60 * 1000

    gate.ctx.command(lambda p: p.sync.save_account(replace(account, interval_minutes=5, enabled=False)))
    _settle(qtbot, gate)
    assert runs == [False, False] and not gate.sync._timer.isActive()  # turned off: the timer stops
