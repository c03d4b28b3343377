"""Decisions are made on data, never on translated words: under a catalogue other than English (here a
fake German one) the supervisee form still stores a listed discipline by its English name, and the
import dialog still knows which failures already say that nothing was imported."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QTranslator

GERMAN = {
    "Nurse": "Pflegefachkraft",
    "The import was cancelled; nothing was imported and the vault is unchanged.":
        "Der Import wurde abgebrochen; es wurde nichts importiert und der Tresor ist wie zuvor.",
}


class FakeGerman(QTranslator):
    """Answers the texts of ``GERMAN`` in any context; nothing else."""

    def translate(self, context, sourceText, disambiguation=None, n=-1):  # type: ignore[no-untyped-def]
        return GERMAN.get(sourceText)  # None: not this translator's text

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def app(qapp):  # type: ignore[no-untyped-def]
    from app.ui.application import create_app

    return create_app()  # the app's translators (and the core's hook to them) are in place


def _installed(app):
    translator = FakeGerman(app)
    app.installTranslator(translator)
    return translator


def test_a_listed_discipline_is_stored_in_english_whatever_catalogue_built_the_list(qtbot, app) -> None:
    from app.core.services.supervisees import SuperviseeData
    from app.ui.widgets.supervisee_form import SuperviseeForm

    translator = _installed(app)
    try:
        form = SuperviseeForm()  # the list is filled in German
        qtbot.addWidget(form)
        nurse = form.discipline.findText("Pflegefachkraft")
        assert nurse > 0
        form.discipline.setCurrentIndex(nurse)
        assert form.data().discipline == "Nurse"
    finally:
        app.removeTranslator(translator)
    # The catalogue changed since (another language chosen): the list's own items still say which it is.
    assert form.data().discipline == "Nurse"
    form.load(SuperviseeData(full_name="Anna", discipline="Nurse"))
    assert form.discipline.currentIndex() == nurse and not form.is_dirty()
    form.discipline.setCurrentText("Supervisor of supervisors")  # typed: kept as typed
    assert form.data().discipline == "Supervisor of supervisors"


def test_an_import_failure_that_says_nothing_was_imported_is_not_told_twice(qtbot, unlocked_gate, app) -> None:
    from app.core.services.calendar_import import ImportCancelled
    from app.ui.dialogs.import_ics import ImportIcsDialog

    from .conftest import wait_idle

    gate = unlocked_gate
    dialog = ImportIcsDialog(gate.ctx, b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n", "empty.ics",
                             gate.window)
    qtbot.addWidget(dialog)
    wait_idle(qtbot, gate)
    translator = _installed(app)
    try:
        dialog._failed(ImportCancelled())  # its words come from the (German) catalogue
        assert dialog.result_label.text() == GERMAN[
            "The import was cancelled; nothing was imported and the vault is unchanged."]
        dialog._failed(OSError("disk gone"))  # a failure that does not say so gets the note
        assert dialog.result_label.text().endswith(dialog.tr(" Nothing was imported."))
    finally:
        app.removeTranslator(translator)
