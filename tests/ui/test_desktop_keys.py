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
    from PySide6.QtWidgets import QDialogButtonBox

    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).icon().isNull()  # no icon over the text


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


def test_ctrl_2_puts_the_keyboard_in_the_calendar(qtbot, unlocked_gate) -> None:
    from PySide6.QtWidgets import QApplication

    window = unlocked_gate.window
    window.activateWindow()
    window.nav.setFocus()
    go = {a.text(): a for a in window.menuBar().actions()[3].menu().actions()}
    go["Calendar"].trigger()
    page = window.page("Calendar")
    qtbot.waitUntil(lambda: unlocked_gate.runner.pending == 0, timeout=10000)
    focused = QApplication.focusWidget()
    assert focused is not None and page.isAncestorOf(focused)
    qtbot.keyClick(focused, "m")
    assert page.mode == "month"
    qtbot.keyClick(QApplication.focusWidget() or focused, "a")
    assert page.mode == "agenda"


def test_every_page_by_keyboard_alone(qtbot, unlocked_gate) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractItemView, QApplication

    window = unlocked_gate.window
    window.activateWindow()
    go = window.menuBar().actions()[3].menu().actions()
    for row, title in enumerate(window.titles):
        assert go[row].shortcut().toString() == f"Ctrl+{row + 1}"
        go[row].trigger()
        qtbot.waitUntil(lambda: unlocked_gate.runner.pending == 0, timeout=10000)
        page = window.page(title)
        assert window.nav.currentRow() == row and window.stack.currentWidget() is page
        focused = QApplication.focusWidget()
        assert focused is not None and page.isAncestorOf(focused) and focused.isVisible(), title
        for _ in range(6):  # Tab walks through visible widgets of the page
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            now = QApplication.focusWidget()
            assert now is not None and now.isVisible(), title
            if isinstance(now, QAbstractItemView) and now.model() is not None and now.model().rowCount() > 1:
                qtbot.keyClick(now, Qt.Key.Key_Down)  # arrows move a visible current item
                assert now.currentIndex().isValid(), title
    window.nav.setFocus()
    window.nav.setCurrentRow(0)
    qtbot.keyClick(window.nav, Qt.Key.Key_Down)
    assert window.nav.currentRow() == 1 and window.stack.currentWidget() is window.page(window.titles[1])


def test_new_theme_tag_dialog_starts_in_its_name_field(qtbot) -> None:
    from PySide6.QtWidgets import QApplication

    from app.ui.application import create_app
    from app.ui.widgets.theme_chips import NewThemeDialog

    create_app()
    dialog = NewThemeDialog(lambda *a: None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=3000)
    assert QApplication.focusWidget() is dialog.name
    assert dialog.minimumWidth() >= dialog.fontMetrics().horizontalAdvance(dialog.windowTitle()) + 120
