"""The supervisee list and editor, driven like a user would, across a lock."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from app.core.services.supervisees import SuperviseeData

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


def _open_one(qtbot, gate, name: str = "Réka Szabó"):
    sid = gate.ctx.practice.supervisees.create(SuperviseeData(full_name=name))[0]
    gate.window.show_page("Supervisees")
    page = gate.window.page("Supervisees")
    wait_idle(qtbot, gate)
    page.open(sid)
    wait_idle(qtbot, gate)
    return page, sid


def _status_cell(page, sid: int) -> str:
    from app.ui.models.supervisee_table import COLUMNS

    column = [key for key, _ in COLUMNS].index("status")
    return page.model.index(page.model.row_of(sid), column).data()


def test_archived_shows_archived_with_feedback_and_an_all_filter(qtbot, unlocked_gate) -> None:
    gate = unlocked_gate
    page, sid = _open_one(qtbot, gate)
    other = gate.ctx.practice.supervisees.create(SuperviseeData(full_name="Ana Lima"))[0]
    wait_idle(qtbot, gate)
    assert _status_cell(page, sid) == "Active"
    page.archive_button.click()
    wait_idle(qtbot, gate)
    # Feedback: a status-bar message, the editor closes and the row leaves the Active list.
    assert "Archived" in gate.window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: page.model.row_of(sid) < 0 and page.model.row_of(other) >= 0, timeout=5000)
    # "All" lists both, the archived one as "Archived" (its stored status stays "active").
    assert [page.which.itemText(i) for i in range(page.which.count())] == ["Active", "Archived", "All"]
    page.which.setCurrentIndex(page.which.findData(None))
    wait_idle(qtbot, gate)
    assert page.model.rowCount() == 2
    assert _status_cell(page, sid) == "Archived" and _status_cell(page, other) == "Active"
    assert page.count_label.text() == "2 supervisees"
    page.open(sid)
    wait_idle(qtbot, gate)
    assert page.form.is_archived_shown() and "Archived" in page.heading.text()
    assert page.archive_button.text() == "Restore"
    page.archive_button.click()  # restore: the row stays under All and is Active again
    wait_idle(qtbot, gate)
    assert "Restored" in gate.window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: _status_cell(page, sid) == "Active", timeout=5000)
    page.open(other)
    wait_idle(qtbot, gate)
    assert not page.form.is_archived_shown()


def test_save_confirms_in_the_status_bar(qtbot, unlocked_gate) -> None:
    gate = unlocked_gate
    page, sid = _open_one(qtbot, gate)
    gate.window.statusBar().clearMessage()
    page.form.lines["pronouns"].setText("she/her")
    page.save()
    wait_idle(qtbot, gate)
    assert gate.window.statusBar().currentMessage() == "Supervisee saved"


def test_validation_message_does_not_move_the_fields_below(qtbot, unlocked_gate) -> None:
    gate = unlocked_gate
    page, sid = _open_one(qtbot, gate)
    form = page.form
    below = [form.lines["phone"], form.lines["licence_number"], form.status, form.goals]

    def tops() -> list[int]:
        QApplication.processEvents()
        return [w.mapTo(form, w.rect().topLeft()).y() for w in below]

    before = tops()
    form.lines["email"].setText("anna-at-nowhere")  # a message under E-mail
    assert form.errors["email"].text() and form.errors["email"].isVisible()
    assert tops() == before
    form.lines["email"].setText("anna@example.org")
    assert not form.errors["email"].isVisible()
    assert tops() == before


def test_names_keep_their_room_in_a_narrow_list(qtbot, unlocked_gate) -> None:
    """At 1024×700 the list's Discipline and Status took the width and the names showed as "…";
    now Discipline gives way (it is in the editor too) and comes back when there is room."""
    gate = unlocked_gate
    _add(qtbot, gate, "Margarethe Oberhauser-Lindqvist")
    page = gate.window.page("Supervisees")
    model = page.proxy
    row = next(r for r in range(model.rowCount()) if "Oberhauser" in model.index(r, 0).data())
    name = model.index(row, 0).data()

    def name_fits() -> bool:
        needed = page.table.fontMetrics().horizontalAdvance(name) + 12  # the cell's margins
        return page.table.columnWidth(0) >= needed

    page.table.resize(250, 400)  # the list's width in a 1024×700 window
    page.fit_columns.fit()
    assert page.table.isColumnHidden(1)
    for _ in range(3):  # stays so: a hidden column's size hint is 0, and it used to come back every other fit
        page.fit_columns.fit()
        assert page.table.isColumnHidden(1)
    assert page.table.columnWidth(0) >= page.table.fontMetrics().averageCharWidth() * 12
    assert not page.table.isColumnHidden(2)  # the status stays
    page.table.resize(900, page.table.height())  # room again: the discipline is back
    page.fit_columns.fit()
    assert not page.table.isColumnHidden(1)
    assert name_fits()


def test_non_ascii_names_typed_by_key_and_input_method_are_kept(qtbot, unlocked_gate) -> None:
    """Names typed as a user types them: Polish and Hungarian letters key by key (a keyboard layout that
    has them), Japanese through an input method (pre-edit, then commit). The fields take them as user
    input, and the vault gives them back unchanged. (qtbot.keyClicks cannot type these: see keyboard.py.)"""
    from .keyboard import compose, type_keys

    gate = unlocked_gate
    gate.window.show_page("Supervisees")
    page = gate.window.page("Supervisees")
    wait_idle(qtbot, gate)
    # (name, preferred name, how each is typed: a string is keys, a pair is (pre-edit, commit))
    people = [("Łukasz Żółć", "Łukasz", ["Łukasz Żółć"], ["Łukasz"]),
              ("Réka Szabó", "Réka", ["Réka Szabó"], ["Réka"]),
              ("渡辺 花子", "花子", [("watanabe", "渡辺"), " ", ("hanako", "花子")], [("hanako", "花子")])]
    saved: dict[str, int] = {}
    for name, preferred, *typing in people:
        qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
        for key, text, steps in (("full_name", name, typing[0]), ("preferred_name", preferred, typing[1])):
            field = page.form.lines[key]
            qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(field.hasFocus)
            for step in steps:
                if isinstance(step, tuple):
                    compose(field, *step)
                else:
                    type_keys(field, step)
            assert field.text() == text and field.isModified()  # typed, not set: the user's edit
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
        wait_idle(qtbot, gate)
        qtbot.waitUntil(lambda name=name: any(r.full_name == name for r in page.model._rows), timeout=10000)
        saved[name] = page.current_id
    for name, preferred, *_typing in people:
        record = gate.ctx.practice.supervisees.get(saved[name]).data
        assert (record.full_name, record.preferred_name) == (name, preferred)
    # The search field takes typed letters too, and finds the name by them.
    qtbot.mouseClick(page.search, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.search.hasFocus)
    type_keys(page.search, "żółć")
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 1, timeout=5000)
    assert page.proxy.index(0, 0).data() == "Łukasz Żółć (Łukasz)"  # the list adds the preferred name
