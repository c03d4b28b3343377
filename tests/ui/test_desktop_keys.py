"""Keyboard behaviour a desktop user relies on: Enter, focus, shortcuts."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from ..conftest import PASSPHRASE


def test_enter_on_first_run_dialog_creates_the_vault(qtbot, make_gate, tmp_path: Path) -> None:
    path = tmp_path / "enter.pgvault"
    gate = make_gate(path)
    gate.start()
    dialog = gate.create_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.activateWindow()
    qtbot.keyClicks(dialog.fields.first, PASSPHRASE)
    qtbot.keyClick(dialog.fields.first, Qt.Key.Key_Return)  # Enter in the first field moves on
    assert not path.exists() and dialog.isVisible()
    qtbot.keyClicks(dialog.fields.second, PASSPHRASE)
    qtbot.keyClick(dialog.fields.second, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == 1, timeout=10000)
    assert path.exists() and dialog.isVisible()


def test_help_mentions_the_vault_option(capsys) -> None:
    import pytest

    from app.__main__ import main

    with pytest.raises(SystemExit) as done:
        main(["--help"])
    assert done.value.code == 0
    assert "--vault" in capsys.readouterr().out


def test_menus_help_and_remembered_state(qtbot, unlocked_gate, own_settings) -> None:
    from PySide6.QtWidgets import QApplication

    window = unlocked_gate.window
    menus = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert menus == ["File", "Edit", "View", "Go", "Help"]
    window.show_user_guide()
    assert "recovery key" in window.guide_dialog.browser.toPlainText()
    window.guide_dialog.close()
    window.show_shortcuts()
    table = window.shortcuts_dialog.table
    keys = {table.item(r, 2).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert keys["Lock"] == "Ctrl+L" and "Day, week, month or agenda view" in keys
    window.shortcuts_dialog.close()
    before = QApplication.font().pointSizeF()
    window.set_text_step(2)
    assert QApplication.font().pointSizeF() > before
    window.set_text_step(0)
    window.show_page("Reports")
    window.save_state()
    assert window.last_page() == "Reports"
    assert any(own_settings.rglob("*"))  # written to the test's folder, not the user's
