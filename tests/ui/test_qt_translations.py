"""Qt's own words (the standard buttons of message and button boxes) follow the app's catalogue:
with a German catalogue installed, Cancel reads "Abbrechen" (Qt's qtbase_de.qm, shipped with PySide6),
and removing the catalogue brings English back."""
from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from .test_i18n import _tool

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
</context>
</TS>
"""


def _qt_catalogue(language: str) -> Path | None:
    from PySide6.QtCore import QLibraryInfo

    path = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / f"qtbase_{language}.qm"
    return path if path.exists() else None


def _cancel_text(qtbot) -> str:
    from PySide6.QtWidgets import QDialogButtonBox

    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    return box.button(QDialogButtonBox.StandardButton.Cancel).text()


def test_standard_buttons_speak_the_catalogues_language(qtbot, qapp, tmp_path: Path) -> None:
    from PySide6.QtCore import QLocale

    from app.ui.application import create_app
    from app.ui.i18n import install_translator, tr

    if _qt_catalogue("de") is None:
        print("skipped: this PySide6 ships no qtbase_de.qm")
        pytest.skip("this PySide6 ships no qtbase_de.qm")
    app = create_app()
    (tmp_path / "peerglass_de.ts").write_text(TS, encoding="utf-8")
    subprocess.run([_tool("pyside6-lrelease"), str(tmp_path / "peerglass_de.ts"), "-qm",
                    str(tmp_path / "peerglass_de.qm")], check=True, capture_output=True)
    assert _cancel_text(qtbot).replace("&", "") == "Cancel"
    translator = install_translator(app, QLocale("de_AT"), tmp_path)
    try:
        assert translator is not None and tr("Day") == "Tag"
        assert _cancel_text(qtbot).replace("&", "") == "Abbrechen"
    finally:
        if translator is not None:
            app.removeTranslator(translator)
    assert _cancel_text(qtbot).replace("&", "") == "Cancel"  # Qt's words went with the catalogue


def test_without_a_catalogue_qts_words_stay_english(qtbot, qapp, tmp_path: Path) -> None:
    """No Peerglass catalogue for the language: the app is English, its buttons too (no mixed screens)."""
    from PySide6.QtCore import QLocale

    from app.ui.application import create_app
    from app.ui.i18n import install_translator

    app = create_app()
    assert install_translator(app, QLocale("de_DE"), tmp_path) is None
    assert _cancel_text(qtbot).replace("&", "") == "Cancel"
