"""Settings ▸ New recovery key: driven like a user, against a real vault."""
from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from app.core.vault import Vault, WrongRecoveryKey, recovery

from ..conftest import PASSPHRASE


def _idle(qtbot, gate) -> None:
    qtbot.waitUntil(lambda: gate.runner.pending == 0, timeout=10000)


def _open_dialog(qtbot, gate):  # type: ignore[no-untyped-def]
    gate.window.show_page("Settings")
    page = gate.window.page("Settings")
    _idle(qtbot, gate)
    button = page.findChild(QPushButton, "new_recovery_key_button")
    assert button is not None
    button.click()
    qtbot.waitUntil(lambda: page.rekey_dialog.isVisible(), timeout=5000)
    return page.rekey_dialog


def test_new_recovery_key_wrong_passphrase_then_right(qtbot, unlocked_gate) -> None:
    gate = unlocked_gate
    practice = gate.ctx.practice
    old_key = practice.vault.recovery_key()
    dialog = _open_dialog(qtbot, gate)
    assert not dialog.go.isEnabled()

    dialog.passphrase.setText("surely not the passphrase")
    dialog.go.click()
    qtbot.waitUntil(lambda: dialog.passphrase.isEnabled(), timeout=10000)
    assert "passphrase" in dialog.status.text().lower()
    assert not dialog.finished_rekey
    assert practice.vault.recovery_key() == old_key

    dialog.passphrase.setText(PASSPHRASE)
    dialog.go.click()
    qtbot.waitUntil(lambda: dialog.finished_rekey, timeout=15000)
    shown = dialog.key.text()
    assert len(recovery.decode(shown)) == 32 and shown != old_key
    assert practice.vault.recovery_key() == shown
    assert dialog.passphrase.text() == ""

    # the recovery sheet offered is the new one
    dialog.sheet.click()
    qtbot.waitUntil(lambda: getattr(dialog.documents, "last_preview", None) is not None, timeout=15000)
    preview = dialog.documents.last_preview
    text = "".join(preview.pages.document.getAllText(i).text() for i in range(preview.pages.count))
    preview.close()
    assert shown.split("-")[0] in text and old_key.split("-")[0] not in text

    dialog.findChild(QPushButton, "rekey_done").click()
    assert dialog.key.text() == ""  # the secret leaves the screen with the dialog

    # the app keeps working on the new key; the old recovery key is dead, the new one opens
    page = gate.window.page("Settings")
    page.fields["supervisor_name"].setText("After Rekey")
    page.save()
    _idle(qtbot, gate)
    assert page.message.text() == "Settings saved."
    path = practice.vault.path
    gate.shutdown()
    _idle(qtbot, gate)
    try:
        Vault.open_with_recovery_key(path, old_key).close()
        raise AssertionError("the old recovery key still opens the vault")
    except WrongRecoveryKey:
        pass
    vault = Vault.open_with_recovery_key(path, shown)
    assert vault.integrity_problems() == []
    vault.close()
    Vault.open_with_passphrase(path, PASSPHRASE).close()


def test_cancel_changes_nothing(qtbot, unlocked_gate) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    gate = unlocked_gate
    old_key = gate.ctx.practice.vault.recovery_key()
    dialog = _open_dialog(qtbot, gate)
    dialog.passphrase.setText(PASSPHRASE)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    _idle(qtbot, gate)
    assert not dialog.isVisible()
    assert gate.ctx.practice.vault.recovery_key() == old_key
