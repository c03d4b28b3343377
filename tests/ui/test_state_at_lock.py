"""The window's place and last page are remembered at a lock too: quitting from the unlock dialog
(the main window is hidden then, never closed) lost them."""
from __future__ import annotations

from PySide6.QtCore import QSettings

from .conftest import wait_idle


def test_the_last_page_is_remembered_when_the_vault_locks(qtbot, unlocked_gate) -> None:
    gate = unlocked_gate
    gate.window.show_page("Groups")
    wait_idle(qtbot, gate)
    assert QSettings().value("window/last_page") is None  # nothing written yet: the window never closed

    gate.lock()
    qtbot.waitUntil(lambda: gate.ctx.practice is None and gate.unlock_dialog is not None
                    and gate.unlock_dialog.isVisible(), timeout=10000)

    assert QSettings().value("window/last_page") == "Groups"
    assert QSettings().value("window/geometry") is not None
