"""The core's words reach the user's language: a compiled German catalogue with one validation message
and two PDF labels, installed as the app installs one, changes what the supervisee form says and what a
session summary prints (rendered on the worker thread), and English comes back when it is removed."""
from __future__ import annotations

import io
import subprocess
from datetime import datetime
from pathlib import Path

import pypdf

from app.core.services.supervisees import SuperviseeData

from .conftest import wait_idle
from .test_i18n import _tool

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>validation</name>
    <message>
        <source>This doesn't look like an e-mail address (name@example.org).</source>
        <translation>Das sieht nicht wie eine E-Mail-Adresse aus (name@example.org).</translation>
    </message>
</context>
<context>
    <name>pdf</name>
    <message>
        <source>Agreed follow-ups</source>
        <translation>Vereinbarte nächste Schritte</translation>
    </message>
    <message>
        <source>Page {0} of {1}</source>
        <translation>Seite {0} von {1}</translation>
    </message>
</context>
</TS>
"""
GERMAN_EMAIL = "Das sieht nicht wie eine E-Mail-Adresse aus (name@example.org)."
ENGLISH_EMAIL = "This doesn't look like an e-mail address (name@example.org)."


def _german(folder: Path):
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from app.ui.i18n import install_translator

    (folder / "peerglass_de.ts").write_text(TS, encoding="utf-8")
    subprocess.run([_tool("pyside6-lrelease"), str(folder / "peerglass_de.ts"), "-qm",
                    str(folder / "peerglass_de.qm")], check=True, capture_output=True)
    translator = install_translator(QApplication.instance(), QLocale("de_DE"), folder)
    assert translator is not None
    return translator


def _summary():
    from app.core.pdf import Letterhead, SessionKind, SessionSummary, SessionSummaryData

    return SessionSummaryData(
        letterhead=Letterhead(supervisor_name="Dr Maren Albrecht"),
        summary=SessionSummary(kind=SessionKind.INDIVIDUAL, starts_at=datetime(2026, 11, 24, 10, 0),
                               length_minutes=60, supervisee_name="Zoë Müller",
                               follow_ups=("Re-read the contract",)))


def _text(data: bytes) -> str:
    return " ".join(" ".join(page.extract_text() or "" for page in pypdf.PdfReader(io.BytesIO(data)).pages)
                    .split())


def test_core_texts_follow_the_installed_catalogue(qtbot, unlocked_gate, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from app.core.services.reports import render
    from app.ui.errors import describe

    gate = unlocked_gate
    gate.window.show_page("Supervisees")
    page = gate.window.page("Supervisees")
    translator = _german(tmp_path)
    try:
        # The supervisee form: the core's field check, shown under the field.
        page.new_supervisee()
        page.form.lines["full_name"].setText("Anna Smirnova")
        page.form.lines["email"].setText("anna-at-nowhere")
        page.save()
        assert page.form.errors["email"].text() == GERMAN_EMAIL
        # The same check raised by the service on the worker thread, in the words the app shows.
        failures: list[BaseException] = []
        gate.ctx.command(lambda p: p.supervisees.create(SuperviseeData(full_name="Anna", email="anna@")),
                         on_error=failures.append)
        qtbot.waitUntil(lambda: bool(failures), timeout=10000)
        assert describe(failures[0]) == GERMAN_EMAIL
        # A session summary rendered on the worker thread prints the German heading and page footer.
        printed: list[bytes] = []
        gate.ctx.query(lambda p: render(_summary()), printed.append)
        qtbot.waitUntil(lambda: bool(printed), timeout=20000)
        text = _text(printed[0])
        assert "Vereinbarte nächste Schritte" in text and "Agreed follow-ups" not in text
        assert "Seite 1 von 1" in text
        assert "Notes" in text  # not in this catalogue: the English source
    finally:
        QApplication.instance().removeTranslator(translator)
    wait_idle(qtbot, gate)
    page.form.lines["email"].setText("anna-at-nowhere.")
    page.save()
    assert page.form.errors["email"].text() == ENGLISH_EMAIL
    assert "Agreed follow-ups" in _text(render(_summary()))
