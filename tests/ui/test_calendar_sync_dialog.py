"""Settings ▸ Calendar sync: a new server address drops the old server's calendar address."""
from __future__ import annotations

from app.core.sync import AccountData

from .conftest import wait_idle

OLD_CALENDAR = "https://old.example.org/dav/calendars/helena/peerglass/"


def test_a_new_server_does_not_keep_the_old_servers_calendar_address(qtbot, unlocked_gate) -> None:
    from app.ui.dialogs.calendar_sync import CalendarSyncDialog

    gate = unlocked_gate
    gate.ctx.practice.sync.save_account(AccountData(server_url="https://old.example.org/dav", username="helena",
                                                    calendar_url=OLD_CALENDAR, calendar_name="Peerglass"))
    dialog = CalendarSyncDialog(gate.ctx, gate.window)
    qtbot.addWidget(dialog)
    wait_idle(qtbot, gate)
    assert dialog.data().calendar_url == OLD_CALENDAR  # unchanged server: the calendar is the one found before

    dialog.server.setText("https://new.example.net/remote.php/dav")

    data = dialog.data()
    assert data.calendar_name == "Peerglass"  # found again by its name on the new server
    assert data.calendar_url == ""  # never the old host's address (the new password would go there)


def test_a_save_refused_by_a_read_only_vault_says_so(qtbot, unlocked_gate) -> None:
    """The dialog words errors as the rest of the app does (app.ui.errors): a raw database error is the
    vault's typed one, not "Something went wrong (OperationalError)"."""
    import sqlcipher3.dbapi2 as sqlcipher

    from app.core.vault.errors import VaultReadOnly
    from app.ui.dialogs.calendar_sync import CalendarSyncDialog

    gate = unlocked_gate
    dialog = CalendarSyncDialog(gate.ctx, gate.window)
    qtbot.addWidget(dialog)
    wait_idle(qtbot, gate)

    dialog._save_failed(sqlcipher.OperationalError("attempt to write a readonly database"))

    assert dialog.message.text() == str(VaultReadOnly())
