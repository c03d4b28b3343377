"""The session editor, driven like a user: notes, themes, outcome, follow-ups,
Ctrl+S, the encrypted autosave draft, Esc with unsaved edits, and finding the
note again through the search dialog."""
from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.core.services.session_records import AttendanceData, SessionRecordData
from app.core.services.sessions import SessionData
from app.core.services.supervisees import SuperviseeData

from .conftest import wait_idle


def _session(qtbot, gate, name: str = "Łukasz Żółć", **extra) -> tuple[int, int]:
    wait_idle(qtbot, gate)
    practice = gate.ctx.practice
    person, _ = practice.supervisees.create(SuperviseeData(full_name=name))
    start = datetime.now().replace(second=0, microsecond=0) - timedelta(days=1)
    scheduled = practice.sessions.create(SessionData(start, tz="UTC", supervisee_id=person, **extra))
    return person, scheduled.id


def _open(qtbot, gate, session_id: int):  # type: ignore[no-untyped-def]
    from app.ui.controllers.session_windows import SessionEditors

    editors = SessionEditors(gate.ctx, gate.window)
    editor = editors.open(session_id)
    qtbot.waitUntil(lambda: editor.record is not None, timeout=10000)
    wait_idle(qtbot, gate)
    return editors, editor


def _chip(editor, name: str):  # type: ignore[no-untyped-def]
    return next(c for c in editor.form.themes.chips.values() if c.theme.name == name)


def test_write_save_and_find_by_search(qtbot, unlocked_gate) -> None:
    from app.ui.dialogs.search_dialog import SearchDialog

    gate = unlocked_gate
    _person, sid = _session(qtbot, gate)
    editors, editor = _open(qtbot, gate, sid)
    assert "Łukasz Żółć" in editor.title.text()
    assert not editor.save_button.isEnabled()
    assert editor.form.private_label.text() == "Private \u2014 never printed or exported"

    qtbot.keyClicks(editor.form.notes["brought"].editor, "Talked about quokka boundaries")
    editor.form.notes["reflections"].editor.setPlainText("A pull to rescue, again.")
    editor.form.private_note.setPlainText("zebra feelings of my own")
    qtbot.mouseClick(_chip(editor, "Boundaries"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(_chip(editor, "Self-care"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.form.status.buttons["held"], Qt.MouseButton.LeftButton)
    assert editor.form.held_minutes.text() == "60"  # marking held fills the planned length
    qtbot.mouseClick(editor.form.follow_ups.add_button, Qt.MouseButton.LeftButton)
    row = editor.form.follow_ups.rows[0]
    qtbot.keyClicks(row.text, "Write a cancellation policy")
    row.due.set_value(date(2030, 1, 15), user=True)
    editor.form.fee.setText("85,5")
    qtbot.keyClick(row.text, Qt.Key.Key_Return)  # Enter in a field presses no button
    assert editor.isVisible() and sid in editors.editors
    assert editor.save_button.isEnabled() and editor.isWindowModified()

    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow, timeout=2000)
    qtbot.keyClick(row.text, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Ctrl+S from any field
    wait_idle(qtbot, gate)
    qtbot.waitUntil(lambda: not editor.form.is_dirty(), timeout=5000)
    record = gate.ctx.practice.sessions.get(sid)
    assert record.data.brought == "Talked about quokka boundaries"
    assert {t.name for t in record.themes} == {"Boundaries", "Self-care"}
    assert record.status == "held" and record.data.held_minutes == 60
    assert [(f.text, f.due) for f in record.data.follow_ups] == [("Write a cancellation policy", date(2030, 1, 15))]
    assert str(record.data.fee) == "85.50"
    assert gate.ctx.practice.drafts.load("session", str(sid)) is None
    assert "Saved at" in editor.draft_status.text()

    opened: list[int] = []
    dialog = SearchDialog(gate.ctx, opened.append, gate.window)
    qtbot.addWidget(dialog)
    dialog.open_search()
    qtbot.keyClicks(dialog.query, "quokka")
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=5000)
    hit = dialog.model.hits()[0]
    assert hit.session_id == sid and hit.field == "brought" and not hit.private
    assert "zebra" not in hit.snippet  # the private note is not shown when it did not match
    assert "Łukasz Żółć" in dialog.model.data(dialog.model.index(0, 0))
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    assert opened == [sid]
    dialog.results.doubleClicked.emit(dialog.model.index(0, 0))
    assert opened == [sid, sid]

    # A match only in the private note is found, and flagged as private.
    dialog.query.setText("zebra")
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1 and dialog.model.hits()[0].private, timeout=5000)
    assert "zebra" in dialog.model.hits()[0].snippet
    dialog.results.grab()  # the delegate paints the private badge and highlights

    # An answer that comes back after the text changed again is dropped.
    dialog.query.setText("quokka")
    dialog.run_search()
    dialog.query.setText("quokka nothing-like-this")
    wait_idle(qtbot, gate)
    assert dialog.model.hits()[0].private  # still the "zebra" answer, not the stale "quokka" one
    qtbot.waitUntil(lambda: dialog.status.text() == "No sessions match.", timeout=5000)

    # Ctrl+Enter saves and closes.
    dialog.reject()  # Esc closes the search
    assert not dialog.isVisible()
    editor.form.notes["mirrored"].editor.setPlainText("Mirrored the relief.")
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow, timeout=2000)
    mirrored = editor.form.notes["mirrored"].editor
    qtbot.keyClick(mirrored, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # not a new line
    wait_idle(qtbot, gate)
    qtbot.waitUntil(lambda: sid not in editors.editors, timeout=5000)
    assert gate.ctx.practice.sessions.get(sid).data.mirrored == "Mirrored the relief."


def test_autosave_draft_restore_and_esc(qtbot, unlocked_gate, monkeypatch) -> None:
    gate = unlocked_gate
    _person, sid = _session(qtbot, gate, "Anna Smirnova")
    editors, editor = _open(qtbot, gate, sid)
    editor.form.notes["brought"].editor.setPlainText("Ωμέγα: an unsaved thought")
    # After ~2 s without typing the edit is kept as an encrypted draft in the vault.
    qtbot.waitUntil(lambda: "Draft kept" in editor.draft_status.text(), timeout=5000)
    wait_idle(qtbot, gate)
    stored = gate.ctx.practice.drafts.load("session", str(sid))
    assert stored["data"]["brought"] == "Ωμέγα: an unsaved thought"

    # Locking hands the open editor's edits over; closing without asking keeps the draft.
    assert editors.drafts()[0][:2] == ("session", str(sid))
    editors.clear()
    assert not editors.editors
    wait_idle(qtbot, gate)

    # Opening the session again offers the draft; restoring brings the text back, unsaved.
    editors, editor = _open(qtbot, gate, sid)
    assert editor.banner.isVisibleTo(editor)
    assert editor.form.notes["brought"].text() == ""
    qtbot.mouseClick(editor.restore_button, Qt.MouseButton.LeftButton)
    assert editor.form.notes["brought"].text() == "Ωμέγα: an unsaved thought"
    assert editor.form.is_dirty() and not editor.banner.isVisibleTo(editor)

    # Esc asks; Cancel keeps the window, Discard closes it and drops the draft.
    monkeypatch.setattr(editor, "ask_unsaved", lambda: QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert sid in editors.editors and editor.isVisible()
    monkeypatch.setattr(editor, "ask_unsaved", lambda: QMessageBox.StandardButton.Discard)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert sid not in editors.editors
    wait_idle(qtbot, gate)
    assert gate.ctx.practice.drafts.load("session", str(sid)) is None

    # A draft handed back after unlock opens its editor with the edits applied.
    payload = {"data": {"brought": "back after the lock", "theme_ids": []}}
    assert not editors.restore_draft("supervisee", "1", payload)
    assert editors.restore_draft("session", str(sid), payload)
    editor = editors.editors[sid]
    qtbot.waitUntil(lambda: editor.record is not None, timeout=5000)
    assert editor.form.notes["brought"].text() == "back after the lock" and editor.has_unsaved_edits()
    wait_idle(qtbot, gate)
    assert gate.ctx.practice.drafts.load("session", str(sid))["data"]["brought"] == "back after the lock"
    editor.save()
    wait_idle(qtbot, gate)
    assert gate.ctx.practice.drafts.load("session", str(sid)) is None  # saving discards the draft
    editors.clear()


def test_preview_new_tag_and_group_attendance(qtbot, unlocked_gate) -> None:
    gate = unlocked_gate
    _person, sid = _session(qtbot, gate)
    editors, editor = _open(qtbot, gate, sid)
    note = editor.form.notes["reflections"]
    note.editor.setPlainText("<b>x</b> and <script>alert(1)</script> and **bold** ![i](/dev/zero)")
    qtbot.mouseClick(note.preview_button, Qt.MouseButton.LeftButton)
    assert note.is_preview()
    shown = note.preview.toPlainText()
    assert "<b>x</b>" in shown and "<script>alert(1)</script>" in shown
    assert "**" not in shown  # Markdown itself is rendered
    qtbot.mouseClick(note.edit_button, Qt.MouseButton.LeftButton)
    assert not note.is_preview()

    # "+ New tag" creates a user theme with its colour, switched on for this session.
    editor.form.themes.new_button.click()
    from app.ui.widgets.theme_chips import NewThemeDialog

    dialog = editor.form.themes.findChildren(NewThemeDialog)[-1]
    dialog.name.setText("Endings")
    dialog.set_colour("#c2185b")
    dialog.add_button.click()
    wait_idle(qtbot, gate)
    theme = next(t for t in gate.ctx.practice.themes.list() if t.name == "Endings")
    assert theme.color == "#c2185b" and not theme.builtin
    assert theme.id in editor.form.themes.selected()
    editor.save()
    wait_idle(qtbot, gate)
    assert theme.id in gate.ctx.practice.sessions.get(sid).data.theme_ids
    assert _chip(editor, "Endings").isChecked()  # still on after the catalogue reloaded
    editors.clear()

    # A group session: attendance ticks, and who cancelled.
    practice = gate.ctx.practice
    start = datetime(2025, 3, 4, 18, 0)
    sid = practice.sessions.create(SessionData(start, tz="UTC", kind="peer_group", duration_minutes=90)).id
    practice.sessions.save_record(sid, SessionRecordData(attendance=(
        AttendanceData("member:1", "山田 花子"), AttendanceData("member:2", "Zoë Müller"))))
    editors, editor = _open(qtbot, gate, sid)
    assert editor.form.attendance_card.isVisibleTo(editor)
    assert [box.text() for _a, box in editor.form.attendance] == ["山田 花子", "Zoë Müller"]
    editor.form.attendance[1][1].setChecked(False)
    editor.form.status.set_status("cancelled", "supervisor", user=True)
    assert editor.form.status.buttons["cancelled"].text() == "Cancelled by supervisor"
    editor.save()
    wait_idle(qtbot, gate)
    record = practice.sessions.get(sid)
    assert [a.present for a in record.data.attendance] == [True, False]
    assert (record.status, record.cancelled_by) == ("cancelled", "supervisor")
    editors.clear()


def test_summary_preview_from_the_editor(qtbot, unlocked_gate) -> None:
    from datetime import datetime

    from app.core.services.session_records import SessionRecordData
    from app.core.services.sessions import SessionData
    from app.core.services.supervisees import SuperviseeData
    from app.ui.dialogs.session_editor import SessionEditor

    gate = unlocked_gate
    practice = gate.ctx.practice
    sid, _ = practice.supervisees.create(SuperviseeData(full_name="Zoë Müller"))
    made = practice.sessions.create(SessionData(start_local=datetime(2026, 11, 20, 10), tz="UTC", supervisee_id=sid))
    practice.sessions.save_record(made.id, SessionRecordData(brought="Fees and a client who stays late.",
                                                             private_note="never on paper", status="held"))
    editor = SessionEditor(gate.ctx, made.id)
    qtbot.addWidget(editor)
    qtbot.waitUntil(lambda: gate.runner.pending == 0, timeout=10000)
    editor.summary_menu.actions()[0].trigger()
    qtbot.waitUntil(lambda: editor.documents.last_preview is not None, timeout=10000)
    text = editor.documents.last_preview.pages.document.getAllText(0).text()
    assert "Zoë Müller" in text and "stays late" in text and "never on paper" not in text
