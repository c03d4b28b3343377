"""Count texts use Qt's numerus form (tr("%n session(s)", "", n)), and English shows "1 session" and
"2 sessions": without any catalogue (app.ui.i18n.EnglishPlurals), and with an English catalogue whose
forms packaging/english_plurals.py filled in (as `make translations` does). A translation's own forms win."""
from __future__ import annotations

import importlib.util
import subprocess
from datetime import datetime, timedelta
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _english_plurals():  # type: ignore[no-untyped-def]
    """packaging/english_plurals.py, the step of `make translations` (a script, not a package)."""
    spec = importlib.util.spec_from_file_location("english_plurals", ROOT / "packaging" / "english_plurals.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module

# As lupdate writes them: numerus messages with two empty English forms (and one filled by hand).
TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <comment>Reminders</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>now</source>
        <comment>Reminders</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplySummaryDialog</name>
    <message numerus="yes">
        <source>%n answer(s) recorded</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be used</source>
        <translation>
            <numerusform>%n file could not be read</numerusform>
            <numerusform>%n files could not be read</numerusform>
        </translation>
    </message>
</context>
</TS>
"""


def _reminder(minutes: int) -> str:
    from app.ui.reminders import Upcoming, reminder_text

    now = datetime(2026, 3, 2, 9, 0)
    return reminder_text(Upcoming(1, now + timedelta(minutes=minutes), "peer_group", ""), now)


def _answers(qtbot, applied: int, errors: int = 0) -> str:  # type: ignore[no-untyped-def]
    from app.ui.controllers.replies import FileResult, ReplySummaryDialog

    results = [FileResult(f"r{i}.ics", applied=("Anna: accepted",)) for i in range(applied)]
    results += [FileResult(f"bad{i}.ics", error="Unreadable") for i in range(errors)]
    dialog = ReplySummaryDialog(results)
    qtbot.addWidget(dialog)
    return dialog.heading.text()


@pytest.fixture
def app(qapp):  # type: ignore[no-untyped-def]
    from app.ui.application import create_app

    return create_app()


def test_english_counts_without_a_catalogue(qtbot, app) -> None:
    from app.ui.i18n import tr

    assert tr("%n session(s)", None, 1) == "1 session" and tr("%n session(s)", None, 2) == "2 sessions"
    assert tr("%n session(s)", None, 0) == "0 sessions"
    assert _reminder(1).endswith("in 1 minute") and _reminder(2).endswith("in 2 minutes")
    assert _answers(qtbot, 1, 1) == "<h3>1 answer recorded \u00b7 1 file could not be used</h3>"
    assert _answers(qtbot, 2, 2) == "<h3>2 answers recorded \u00b7 2 files could not be used</h3>"
    assert tr("Unlock") == "Unlock" and tr("+%n more", None, 3) == "+3 more"  # other texts: as they are


def test_without_the_english_forms_qt_shows_the_source(qtbot, app) -> None:
    """Why EnglishPlurals exists: Qt alone shows "1 answer(s)"."""
    from app.ui import i18n

    english = i18n._english[0]
    assert app.removeTranslator(english)
    try:
        assert _answers(qtbot, 1) == "<h3>1 answer(s) recorded</h3>"
    finally:
        app.installTranslator(english)
    assert _answers(qtbot, 1) == "<h3>1 answer recorded</h3>"


def _compile(ts_text: str, folder: Path, name: str) -> None:
    from .test_i18n import _tool

    (folder / f"{name}.ts").write_text(ts_text, encoding="utf-8")
    subprocess.run([_tool("pyside6-lrelease"), str(folder / f"{name}.ts"), "-qm", str(folder / f"{name}.qm")],
                   check=True, capture_output=True)


def test_the_filled_english_catalogue_shows_both_forms(qtbot, app, tmp_path: Path) -> None:
    from PySide6.QtCore import QLocale

    from app.ui import i18n

    fill = _english_plurals().fill
    text, filled = fill(TS)
    assert filled == 2  # the two empty ones; the hand-made forms are kept
    assert "<numerusform>in %n minute</numerusform>" in text and "<numerusform>%n answers recorded</numerusform>" in text
    assert "%n file could not be read" in text and 'type="unfinished">\n            <numerusform>' not in text
    assert fill(text) == (text, 0)  # a second `make translations` changes nothing
    _compile(text, tmp_path, "peerglass_en")
    english = i18n._english[0]
    app.removeTranslator(english)  # the catalogue alone answers
    translator = i18n.install_translator(app, QLocale("en_GB"), tmp_path)
    try:
        assert translator is not None
        assert _reminder(1).endswith("in 1 minute") and _reminder(2).endswith("in 2 minutes")
        assert _answers(qtbot, 1, 1) == "<h3>1 answer recorded \u00b7 1 file could not be read</h3>"
        assert _answers(qtbot, 2, 2) == "<h3>2 answers recorded \u00b7 2 files could not be read</h3>"
    finally:
        if translator is not None:
            app.removeTranslator(translator)
        app.installTranslator(english)


def test_a_translations_forms_win_over_the_english_ones(qtbot, app, tmp_path: Path) -> None:
    from PySide6.QtCore import QLocale

    from app.ui.i18n import install_translator, tr

    german = TS.replace('language="en"', 'language="de_DE"').replace(
        """<source>in %n minute(s)</source>
        <comment>Reminders</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>""", """<source>in %n minute(s)</source>
        <comment>Reminders</comment>
        <translation>
            <numerusform>in %n Minute</numerusform>
            <numerusform>in %n Minuten</numerusform>""")
    _compile(german, tmp_path, "peerglass_de")
    translator = install_translator(app, QLocale("de_DE"), tmp_path)
    try:
        assert translator is not None
        assert tr("in %n minute(s)", "Reminders", 1) == "in 1 Minute"
        assert tr("in %n minute(s)", "Reminders", 5) == "in 5 Minuten"
        assert _answers(qtbot, 2) == "<h3>2 answers recorded</h3>"  # not in the German one: English forms
    finally:
        if translator is not None:
            app.removeTranslator(translator)
    assert tr("in %n minute(s)", "Reminders", 5) == "in 5 minutes"
