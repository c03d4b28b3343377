"""Edit ▸ Undo / Redo of record changes (QUndoStack), checked in the vault after each step."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.core.services.groups import GroupData
from app.core.services.supervisees import SuperviseeData
from app.ui.undo import record_undo

from .conftest import wait_idle


def _supervisees(qtbot, gate, name: str = "Anna Smirnova"):
    """The Supervisees page with one saved supervisee open in the editor."""
    sid = gate.ctx.practice.supervisees.create(SuperviseeData(full_name=name, pronouns="she/her"))[0]
    gate.window.show_page("Supervisees")
    page = gate.window.page("Supervisees")
    wait_idle(qtbot, gate)
    page.open(sid)
    wait_idle(qtbot, gate)
    assert page.current_id == sid
    return page, sid


def _undo(qtbot, gate) -> None:
    gate.window.undo_action.trigger()
    wait_idle(qtbot, gate)


def _redo(qtbot, gate) -> None:
    gate.window.redo_action.trigger()
    wait_idle(qtbot, gate)


def test_undo_and_redo_a_saved_supervisee_edit(qtbot, unlocked_gate) -> None:
    gate = unlocked_gate
    page, sid = _supervisees(qtbot, gate)
    assert not gate.window.undo_action.isEnabled()  # nothing to undo yet
    page.form.lines["pronouns"].setText("they/them")
    page.form.lines["email"].setText("anna@example.org")
    page.save()
    wait_idle(qtbot, gate)
    stored = gate.ctx.practice.supervisees.get(sid).data
    assert (stored.pronouns, stored.email) == ("they/them", "anna@example.org")
    assert gate.window.undo_action.isEnabled()
    assert gate.window.undo_action.text() == "Undo supervisee edit"

    _undo(qtbot, gate)
    stored = gate.ctx.practice.supervisees.get(sid).data
    assert (stored.pronouns, stored.email) == ("she/her", "")
    assert page.form.lines["pronouns"].text() == "she/her"  # the open record shows it
    assert not page.has_unsaved_edits()
    assert gate.window.redo_action.text() == "Redo supervisee edit"

    _redo(qtbot, gate)
    stored = gate.ctx.practice.supervisees.get(sid).data
    assert (stored.pronouns, stored.email) == ("they/them", "anna@example.org")
    assert page.form.lines["email"].text() == "anna@example.org"


def test_undo_archive_and_unarchive(qtbot, unlocked_gate) -> None:
    gate = unlocked_gate
    page, sid = _supervisees(qtbot, gate)
    page.archive_button.click()
    wait_idle(qtbot, gate)
    assert gate.ctx.practice.supervisees.get(sid).archived_at is not None
    assert gate.window.undo_action.text() == "Undo archive"

    _undo(qtbot, gate)
    assert gate.ctx.practice.supervisees.get(sid).archived_at is None
    qtbot.waitUntil(lambda: page.model.row_of(sid) >= 0, timeout=5000)  # back in the Active list
    _redo(qtbot, gate)
    assert gate.ctx.practice.supervisees.get(sid).archived_at is not None

    # Restoring from the archive is undone too.
    page.which.setCurrentIndex(page.which.findData(True))
    wait_idle(qtbot, gate)
    page.open(sid)
    wait_idle(qtbot, gate)
    page.archive_button.click()  # "Restore"
    wait_idle(qtbot, gate)
    assert gate.ctx.practice.supervisees.get(sid).archived_at is None
    assert gate.window.undo_action.text() == "Undo restore from archive"
    _undo(qtbot, gate)
    assert gate.ctx.practice.supervisees.get(sid).archived_at is not None


def test_undo_a_saved_group_edit(qtbot, unlocked_gate) -> None:
    gate = unlocked_gate
    gid = gate.ctx.practice.groups.create(GroupData(name="Tuesday peers", frequency="monthly"))[0]
    gate.window.show_page("Groups")
    page = gate.window.page("Groups")
    wait_idle(qtbot, gate)
    page.open(gid)
    wait_idle(qtbot, gate)
    page.form.name.setText("Tuesday peer group")
    page.form.frequency.setText("twice a month")
    page.save()
    wait_idle(qtbot, gate)
    assert gate.ctx.practice.groups.get(gid).data.name == "Tuesday peer group"
    assert gate.window.undo_action.text() == "Undo group edit"

    _undo(qtbot, gate)
    stored = gate.ctx.practice.groups.get(gid).data
    assert (stored.name, stored.frequency) == ("Tuesday peers", "monthly")
    assert page.form.name.text() == "Tuesday peers"
    _redo(qtbot, gate)
    stored = gate.ctx.practice.groups.get(gid).data
    assert (stored.name, stored.frequency) == ("Tuesday peer group", "twice a month")


def test_ctrl_z_in_a_text_field_undoes_typing_not_the_record(qtbot, unlocked_gate) -> None:
    gate = unlocked_gate
    page, sid = _supervisees(qtbot, gate)
    page.form.lines["pronouns"].setText("they/them")
    page.save()
    wait_idle(qtbot, gate)
    assert record_undo(gate.ctx).count() == 1
    field = page.form.lines["modality"]
    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field, timeout=5000)
    qtbot.keyClicks(field, "CBT")
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, gate)
    assert field.text() == ""  # the field's own undo took the typing back
    assert gate.ctx.practice.supervisees.get(sid).data.pronouns == "they/them"  # the record is untouched
    assert record_undo(gate.ctx).index() == 1

    # Away from a text field the same key undoes the record change.
    page.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.table, timeout=5000)
    page.form.revert()
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, gate)
    assert gate.ctx.practice.supervisees.get(sid).data.pronouns == "she/her"


def test_lock_clears_the_stack(qtbot, unlocked_gate) -> None:
    gate = unlocked_gate
    page, sid = _supervisees(qtbot, gate)
    page.form.lines["pronouns"].setText("they/them")
    page.save()
    wait_idle(qtbot, gate)
    stack = record_undo(gate.ctx)
    assert stack.count() == 1
    gate.lock()
    qtbot.waitUntil(lambda: gate.unlock_dialog is not None and gate.unlock_dialog.isVisible(), timeout=10000)
    assert stack.count() == 0
    assert not gate.window.undo_action.isEnabled()
    assert gate.window.undo_action.text() == "Undo"  # nothing of the record left, not even its name


def test_delete_clears_the_stack(qtbot, unlocked_gate, monkeypatch) -> None:
    import app.ui.pages.supervisees as module

    gate = unlocked_gate
    page, sid = _supervisees(qtbot, gate)
    page.archive_button.click()
    wait_idle(qtbot, gate)
    page.which.setCurrentIndex(page.which.findData(True))
    wait_idle(qtbot, gate)
    page.open(sid)
    wait_idle(qtbot, gate)
    monkeypatch.setattr(module, "confirm_destructive", lambda *a, **k: True)
    page.delete()
    wait_idle(qtbot, gate)
    assert gate.ctx.practice.supervisees.list(archived=None) == []
    assert record_undo(gate.ctx).count() == 0
