"""Choosing another record (or New) with unsaved edits and answering Save: the editor moves only once
the core has saved them. A save that fails keeps the record, its edits and the error on screen, and
the list goes back to it (both record pages share the flow)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QMessageBox

from app.core.services.base import ValidationError
from app.core.services.groups import GroupData
from app.core.services.supervisees import SuperviseeData

from .conftest import wait_idle

REFUSED = "The core refused this."


def _supervisees(practice, page):
    first, _ = practice.supervisees.create(SuperviseeData(full_name="Anna Smirnova"))
    second, _ = practice.supervisees.create(SuperviseeData(full_name="Bea Novak"))
    field = page.form.lines["pronouns"]
    return (first, second, page.table, page.proxy, page.model, type(practice.supervisees), "full_name",
            lambda: field.setText("she/her"), lambda: field.text() == "she/her", page.new_supervisee)


def _groups(practice, page):
    first, _ = practice.groups.create(GroupData(name="Anna's circle"))
    second, _ = practice.groups.create(GroupData(name="Bea's circle"))
    panel, field = page.groups, page.form.frequency
    return (first, second, panel.table, panel.proxy, panel.model, type(practice.groups), "name",
            lambda: field.setText("monthly"), lambda: field.text() == "monthly", page.new_group)


def _open_with_edit(qtbot, gate, monkeypatch, title, make):
    from app.ui.pages import record_editor

    page = gate.window.page(title)  # built, not loaded: the records are written while the lane is idle
    first, second, table, proxy, model, service, key, edit, edited, new = make(gate.ctx.practice, page)
    gate.window.show_page(title)
    wait_idle(qtbot, gate)
    page.open(first)
    wait_idle(qtbot, gate)
    edit()  # unsaved
    monkeypatch.setattr(record_editor.QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Save)

    def refuse(self, record_id, data):
        raise ValidationError({key: REFUSED})

    monkeypatch.setattr(service, "update", refuse)  # the core's own check fails (the form's passed)
    return page, first, second, table, proxy, model, key, edited, new


@pytest.mark.parametrize(("title", "make"), [("Supervisees", _supervisees), ("Groups", _groups)])
def test_a_failed_save_on_leaving_stays_on_the_record(qtbot, unlocked_gate, monkeypatch, title, make) -> None:
    from app.ui.models.supervisee_table import ID_ROLE

    gate = unlocked_gate
    page, first, second, table, proxy, model, key, edited, _new = _open_with_edit(
        qtbot, gate, monkeypatch, title, make)
    row = proxy.mapFromSource(model.index(model.row_of(second), 0))
    table.selectionModel().setCurrentIndex(  # the user clicks the second record
        row, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    wait_idle(qtbot, gate)

    assert page.current_id == first  # the editor did not move on
    assert edited() and page.has_unsaved_edits()  # the edit is still there, still unsaved
    assert page.form.errors[key].text() == REFUSED  # and the core's reason is shown
    assert int(proxy.data(table.selectionModel().currentIndex(), ID_ROLE)) == first  # the list went back


@pytest.mark.parametrize(("title", "make"), [("Supervisees", _supervisees), ("Groups", _groups)])
def test_a_failed_save_before_new_keeps_the_edits(qtbot, unlocked_gate, monkeypatch, title, make) -> None:
    gate = unlocked_gate
    page, first, _second, _table, _proxy, _model, key, edited, new = _open_with_edit(
        qtbot, gate, monkeypatch, title, make)
    new()
    wait_idle(qtbot, gate)

    assert page.current_id == first and edited() and page.has_unsaved_edits()
    assert page.form.errors[key].text() == REFUSED


@pytest.mark.parametrize(("title", "make"), [("Supervisees", _supervisees), ("Groups", _groups)])
def test_typing_on_while_it_saves_is_not_taken_as_saved(qtbot, unlocked_gate, monkeypatch, title, make) -> None:
    """The edit made after Save was answered is not in the save: the page asks again before leaving."""
    from app.ui.models.supervisee_table import ID_ROLE
    from app.ui.pages import record_editor

    gate = unlocked_gate
    page = gate.window.page(title)
    first, second, table, proxy, model, _service, _key, edit, edited, _new = make(gate.ctx.practice, page)
    gate.window.show_page(title)
    wait_idle(qtbot, gate)
    page.open(first)
    wait_idle(qtbot, gate)
    edit()
    answers = [QMessageBox.StandardButton.Save, QMessageBox.StandardButton.Cancel]
    asked: list[int] = []

    def question(*a, **k):
        asked.append(1)
        return answers.pop(0)

    monkeypatch.setattr(record_editor.QMessageBox, "question", question)
    row = proxy.mapFromSource(model.index(model.row_of(second), 0))
    table.selectionModel().setCurrentIndex(
        row, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    typed = page.form.lines["modality"] if title == "Supervisees" else page.form.name
    typed.setText(typed.text() + " (more)")  # before the save's answer has come back
    wait_idle(qtbot, gate)

    assert len(asked) == 2  # asked again, for the edit typed meanwhile (and told to stay)
    assert page.current_id == first and page.has_unsaved_edits() and typed.text().endswith(" (more)")
    assert edited()
    assert int(proxy.data(table.selectionModel().currentIndex(), ID_ROLE)) == first
    saved = page._service(gate.ctx.practice).get(first).data  # the first edit was saved, the later one not
    first_edit, later = (("pronouns", "she/her"), "modality") if title == "Supervisees" \
        else (("frequency", "monthly"), "name")
    assert getattr(saved, first_edit[0]) == first_edit[1] and not getattr(saved, later).endswith(" (more)")
