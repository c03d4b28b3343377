"""Choosing another record with unsaved edits and answering Save: the list keeps the record chosen
(the one the editor shows), not the one just saved (both record pages share the flow)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QMessageBox

from app.core.services.groups import GroupData
from app.core.services.supervisees import SuperviseeData

from .conftest import wait_idle


def _supervisees(practice, page):
    first, _ = practice.supervisees.create(SuperviseeData(full_name="Anna Smirnova"))
    second, _ = practice.supervisees.create(SuperviseeData(full_name="Bea Novak"))
    return first, second, page.table, page.proxy, page.model, lambda: page.form.lines["pronouns"].setText("she/her"), \
        lambda: practice.supervisees.get(first).data.pronouns == "she/her"


def _groups(practice, page):
    first, _ = practice.groups.create(GroupData(name="Anna's circle"))
    second, _ = practice.groups.create(GroupData(name="Bea's circle"))
    panel = page.groups
    return first, second, panel.table, panel.proxy, panel.model, lambda: page.form.frequency.setText("monthly"), \
        lambda: practice.groups.get(first).data.frequency == "monthly"


@pytest.mark.parametrize(("title", "make"), [("Supervisees", _supervisees), ("Groups", _groups)])
def test_save_when_leaving_keeps_the_chosen_row_selected(qtbot, unlocked_gate, monkeypatch, title, make) -> None:
    from app.ui.models.supervisee_table import ID_ROLE
    from app.ui.pages import record_editor

    gate = unlocked_gate
    page = gate.window.page(title)  # built, not loaded: the records are written while the lane is idle
    first, second, table, proxy, model, edit, saved = make(gate.ctx.practice, page)
    gate.window.show_page(title)
    wait_idle(qtbot, gate)
    page.open(first)
    wait_idle(qtbot, gate)
    edit()  # unsaved
    monkeypatch.setattr(record_editor.QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Save)

    row = proxy.mapFromSource(model.index(model.row_of(second), 0))
    table.selectionModel().setCurrentIndex(  # the user clicks the second record
        row, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    wait_idle(qtbot, gate)

    assert saved()
    assert page.current_id == second  # the editor shows the second record
    assert int(proxy.data(table.selectionModel().currentIndex(), ID_ROLE)) == second  # and so does the list
