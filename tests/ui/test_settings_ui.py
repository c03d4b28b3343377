"""Settings: practice details saved, auto-lock applied, passphrase changed, keyring toggled."""
from __future__ import annotations

from app.core.practice import Credentials, Practice

from ..conftest import PASSPHRASE
from .conftest import wait_idle


def test_practice_details_and_auto_lock(qtbot, unlocked_gate) -> None:
    gate = unlocked_gate
    page = gate.window.page("Settings")
    gate.window.show_page("Settings")
    wait_idle(qtbot, gate)
    page.fields["supervisor_name"].setText("Dr Helena Brandt")
    page.fields["practice_name"].setText("Brandt Supervision")
    page.time_zone.setCurrentText("Europe/Berlin")
    page.auto_lock.setValue(3)
    page.save()
    wait_idle(qtbot, gate)
    assert page.message.text() == "Settings saved."
    saved = gate.ctx.practice.settings.get()
    assert (saved.supervisor_name, saved.time_zone, saved.auto_lock_minutes) == (
        "Dr Helena Brandt", "Europe/Berlin", 3)
    qtbot.waitUntil(lambda: gate.idle.timer.interval() == 3 * 60_000, timeout=5000)
    page.time_zone.setCurrentText("Nowhere/Special")
    page.save()
    wait_idle(qtbot, gate)
    assert "time zone" in page.message.text()
    assert gate.ctx.practice.settings.get().time_zone == "Europe/Berlin"


def test_change_passphrase_dialog(qtbot, unlocked_gate, monkeypatch) -> None:
    from app.ui.dialogs.set_passphrase import SetPassphraseDialog

    gate = unlocked_gate
    opened: list[SetPassphraseDialog] = []
    monkeypatch.setattr(SetPassphraseDialog, "open", lambda self: opened.append(self))
    gate.change_passphrase()
    dialog = opened[0]
    dialog.current.setText("wrong current passphrase")
    dialog.fields.first.setText("a completely new passphrase")
    dialog.fields.second.setText("a completely new passphrase")
    assert dialog.ok.isEnabled()
    dialog.ok.click()
    qtbot.waitUntil(lambda: "not right" in dialog.error.text(), timeout=10000)
    dialog.current.setText(PASSPHRASE)
    dialog.ok.click()
    wait_idle(qtbot, gate)
    assert dialog.result() == dialog.DialogCode.Accepted
    path = gate.ctx.vault_path
    gate.lock()
    qtbot.waitUntil(lambda: gate.ctx.practice is None, timeout=10000)
    Practice.open(path, Credentials(passphrase="a completely new passphrase")).lock()


def test_remember_on_this_computer(qtbot, memory_keyring, unlocked_gate) -> None:
    gate = unlocked_gate
    page = gate.window.page("Settings")
    # The page was built before the test's backend existed; a fresh one sees it.
    from app.ui.pages.settings import SettingsPage

    page = SettingsPage(gate.ctx, gate.change_passphrase)
    qtbot.addWidget(page)
    page.on_unlocked()
    wait_idle(qtbot, gate)
    assert page.remember.isEnabled() and not page.remember.isChecked()
    page.remember.setChecked(True)
    wait_idle(qtbot, gate)
    assert len(memory_keyring.store) == 1
    page.remember.setChecked(False)
    wait_idle(qtbot, gate)
    assert memory_keyring.store == {}
