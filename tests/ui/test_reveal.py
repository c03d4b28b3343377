"""The "show" toggle of passphrase and password fields (issue 10): the eye or Alt+F8 shows the text,
leaving the field hides it again, and the unlock dialog offers it for a passphrase only."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget


def test_the_eye_shows_and_leaving_the_field_hides_again(qtbot) -> None:
    from app.ui.widgets.passphrase_fields import NewPassphraseFields

    host = QWidget()
    fields = NewPassphraseFields(host)
    other = QLineEdit(host)
    qtbot.addWidget(host)
    host.show()
    qtbot.waitExposed(host)
    first = fields.first
    [eye] = [action for action in first.actions() if action.objectName() == "new_passphrase_reveal"]
    assert first.echoMode() == QLineEdit.EchoMode.Password
    assert "Show passphrase" in eye.toolTip()
    eye.trigger()
    assert first.echoMode() == QLineEdit.EchoMode.Normal and "Hide passphrase" in eye.toolTip()
    assert fields.second.echoMode() == QLineEdit.EchoMode.Password  # each field its own toggle
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    other.setFocus()
    qtbot.waitUntil(other.hasFocus)
    assert first.echoMode() == QLineEdit.EchoMode.Password and not eye.isChecked()


def test_alt_f8_toggles_while_the_field_has_the_focus(qtbot) -> None:
    from app.ui.widgets.passphrase_fields import NewPassphraseFields

    fields = NewPassphraseFields()
    qtbot.addWidget(fields)
    fields.show()
    qtbot.waitExposed(fields)
    fields.first.setFocus()
    qtbot.waitUntil(fields.first.hasFocus)
    qtbot.keyClick(fields.first, Qt.Key.Key_F8, Qt.KeyboardModifier.AltModifier)
    assert fields.first.echoMode() == QLineEdit.EchoMode.Normal
    assert fields.second.echoMode() == QLineEdit.EchoMode.Password
    qtbot.keyClick(fields.first, Qt.Key.Key_F8, Qt.KeyboardModifier.AltModifier)
    assert fields.first.echoMode() == QLineEdit.EchoMode.Password


def test_unlock_offers_the_eye_for_a_passphrase_only(qtbot) -> None:
    from app.core.vault.keyring_slot import KeyringStatus
    from app.ui.dialogs.unlock import UnlockDialog

    dialog = UnlockDialog("vault", KeyringStatus(True, ""), lambda *args: None)
    qtbot.addWidget(dialog)
    assert dialog.reveal.isVisible()
    dialog.reveal.trigger()
    assert dialog.secret.echoMode() == QLineEdit.EchoMode.Normal
    dialog.by_recovery.setChecked(True)
    assert not dialog.reveal.isVisible() and not dialog.reveal.isChecked()
    assert dialog.secret.echoMode() == QLineEdit.EchoMode.Normal  # a recovery key is typed in view
    dialog.by_passphrase.setChecked(True)
    assert dialog.reveal.isVisible() and dialog.secret.echoMode() == QLineEdit.EchoMode.Password
