"""The supervisee list and editor, driven like a user would, across a lock."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from ..conftest import PASSPHRASE
from .conftest import wait_idle



def _add(qtbot, gate, name: str, email: str = "") -> None:
    gate.window.show_page("Supervisees")  # pages load when first shown
    page = gate.window.page("Supervisees")
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    page.form.lines["full_name"].setText(name)  # QTest types ASCII only
    if email:
        qtbot.keyClicks(page.form.lines["email"], email)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, gate)
    qtbot.waitUntil(lambda: any(r.full_name == name for r in page.model._rows), timeout=10000)


def test_add_edit_search_archive(qtbot, unlocked_gate) -> None:
    gate = unlocked_gate
    page = gate.window.page("Supervisees")
    assert gate.window.stack.currentWidget() is gate.window.page("Today")  # the landing page
    gate.window.show_page("Supervisees")
    assert gate.window.stack.currentWidget() is page
    _add(qtbot, gate, "Łukasz Żółć", "lukasz@example.pl")
    _add(qtbot, gate, "山田 花子")
    _add(qtbot, gate, "Anna Smirnova")
    assert page.proxy.rowCount() == 3
    qtbot.keyClicks(page.search, "smir")
    assert page.proxy.rowCount() == 1
    page.search.clear()

    # Validation: a bad e-mail is shown next to the field and nothing is saved.
    page.select_id(next(r.id for r in page.model._rows if r.full_name == "Anna Smirnova"))
    page.open(next(r.id for r in page.model._rows if r.full_name == "Anna Smirnova"))
    wait_idle(qtbot, gate)
    page.form.lines["email"].setText("anna-at-nowhere")
    assert page.form.errors["email"].isVisible() or page.form.errors["email"].text()
    page.save()
    assert "e-mail" in page.form.errors["email"].text()
    # Revert takes back the unsaved edit.
    assert page.revert_button.isEnabled()
    qtbot.mouseClick(page.revert_button, Qt.MouseButton.LeftButton)
    assert page.form.lines["email"].text() == ""
    page.form.lines["pronouns"].setText("she/her")
    page.save()
    wait_idle(qtbot, gate)
    assert gate.ctx.practice.supervisees.get(page.current_id).data.pronouns == "she/her"

    # Archive, see it under Archived, restore.
    qtbot.mouseClick(page.archive_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, gate)
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 2, timeout=5000)
    page.which.setCurrentIndex(1)
    wait_idle(qtbot, gate)
    assert [r.full_name for r in page.model._rows] == ["Anna Smirnova"]


def test_name_is_required(qtbot, unlocked_gate) -> None:
    unlocked_gate.window.show_page("Supervisees")
    page = unlocked_gate.window.page("Supervisees")
    page.new_supervisee()
    page.form.lines["email"].setText("x@example.org")
    page.save()
    assert page.form.errors["full_name"].text() == "A name is required."
    wait_idle(qtbot, unlocked_gate)
    assert page.model.rowCount() == 0


def test_delete_needs_confirmation_and_is_audited(qtbot, unlocked_gate, monkeypatch) -> None:
    gate = unlocked_gate
    page = gate.window.page("Supervisees")
    _add(qtbot, gate, "To Be Deleted")
    sid = page.current_id
    monkeypatch.setattr(QMessageBox, "exec", lambda self: None)  # user closes the box: nothing happens
    page.delete()
    wait_idle(qtbot, gate)
    assert gate.ctx.practice.supervisees.count() == 1

    def confirm(self):  # type: ignore[no-untyped-def]
        destructive = [b for b in self.buttons() if self.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole]
        destructive[0].click()
    monkeypatch.setattr(QMessageBox, "exec", confirm)
    page.delete()
    wait_idle(qtbot, gate)
    assert gate.ctx.practice.supervisees.count() == 0
    assert gate.ctx.practice.audit.recent(action="delete")[0].object_id == sid


def test_lock_keeps_unsaved_edit_as_encrypted_draft(qtbot, unlocked_gate) -> None:
    gate = unlocked_gate
    page = gate.window.page("Supervisees")
    _add(qtbot, gate, "Maria Nowak")
    sid = page.current_id
    page.form.goals.setPlainText("Work on boundaries with long-term clients")
    assert page.has_unsaved_edits()
    qtbot.keyClick(gate.window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not gate.window.isVisible(), timeout=10000)
    # Every view is cleared and the database is closed.
    assert page.model.rowCount() == 0 and page.form.goals.toPlainText() == ""
    assert gate.ctx.practice is None
    raw = gate.ctx.vault_path.read_bytes() + b"".join(
        p.read_bytes() for p in gate.ctx.vault_path.parent.glob("*-wal"))
    assert b"long-term clients" not in raw
    dialog = gate.unlock_dialog
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible(), timeout=10000)
    dialog.secret.setText(PASSPHRASE)
    dialog.unlock_button.click()
    qtbot.waitUntil(lambda: gate.window.isVisible(), timeout=10000)
    qtbot.waitUntil(lambda: page.form.goals.toPlainText() == "Work on boundaries with long-term clients",
                    timeout=10000)
    assert page.current_id == sid and page.draft_note.isVisible() and page.has_unsaved_edits()
    wait_idle(qtbot, gate)
    assert gate.ctx.practice.drafts.all() == []  # handed back, not left lying in the vault
    page.save()
    wait_idle(qtbot, gate)
    assert gate.ctx.practice.supervisees.get(sid).data.goals.startswith("Work on boundaries")


def test_idle_timeout_locks(qtbot, unlocked_gate) -> None:
    gate = unlocked_gate
    wait_idle(qtbot, gate)
    gate.idle.set_minutes(0.002)  # about a tenth of a second
    gate.idle.start()
    qtbot.waitUntil(lambda: not gate.window.isVisible(), timeout=10000)
    assert gate.ctx.practice is None
