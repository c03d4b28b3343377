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
