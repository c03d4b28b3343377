"""Practice profile questionnaires (dated versions, shared with the group) and
self-checks, written in their windows, read back from the vault, and printed."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt

from app.core.services.groups import ContactData
from app.core.services.profiles import SELF_CHECK_QUESTIONS
from app.core.services.supervisees import SuperviseeData

from .conftest import wait_idle


def _windows(gate):  # type: ignore[no-untyped-def]
    from app.ui.controllers.group_windows import GroupWindows

    return GroupWindows(gate.ctx, gate.window)


def _preview_text(qtbot, gate, dialog, blank: bool) -> str:
    dialog.documents.last_preview = None
    dialog.preview(blank=blank)
    wait_idle(qtbot, gate)
    qtbot.waitUntil(lambda: dialog.documents.last_preview is not None, timeout=10000)
    preview = dialog.documents.last_preview
    assert preview.pages.count > 0
    text = "".join(preview.pages.document.getAllText(i).text() for i in range(preview.pages.count))
    preview.close()
    return text


def test_profile_versions_shared_and_printed(qtbot, unlocked_gate) -> None:
    gate = unlocked_gate
    wait_idle(qtbot, gate)
    p = gate.ctx.practice
    who, _ = p.supervisees.create(SuperviseeData(full_name="Zoë Müller"))
    key = f"supervisee:{who}"
    dialog = _windows(gate).open_profile(key, group_name="Thursday Circle")
    wait_idle(qtbot, gate)
    assert dialog.title.text() == "Practice profile \u2014 Zoë Müller"
    assert dialog.editing and dialog.history.count() == 0  # nothing yet: a new version is open

    dialog.completed_on.setDate(QDate(2025, 3, 10))
    qtbot.keyClicks(dialog.fields["years_in_practice"], "12")
    qtbot.keyClicks(dialog.fields["modalities"], "Gestalt, massage therapy")
    qtbot.keyClicks(dialog.fields["clients_per_week"], "18")
    dialog.fields["setting"].setText("Private practice")
    dialog.fields["hopes_from_group"].setPlainText("Honest mirrors.")
    dialog.fields["self_care"].setPlainText("Swimming, mostly.")
    assert dialog.isWindowModified()
    qtbot.keyClick(dialog.fields["setting"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, gate)
    qtbot.waitUntil(lambda: dialog.history.count() == 1 and not dialog.editing, timeout=5000)

    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)  # prefilled from the latest
    assert dialog.editing and dialog.fields["modalities"].text() == "Gestalt, massage therapy"
    assert dialog.fields["years_in_practice"].text() == "12" and not dialog.shared.isChecked()
    dialog.completed_on.setDate(QDate(2026, 2, 1))
    dialog.fields["years_in_practice"].setText("13")
    dialog.fields["current_challenges"].setPlainText("Endings with long-term clients.")
    dialog.save()
    wait_idle(qtbot, gate)
    qtbot.waitUntil(lambda: dialog.history.count() == 2 and not dialog.editing, timeout=5000)
    assert [dialog.history.item(i).text() for i in range(2)] == ["1 Feb 2026", "10 Mar 2025"]
    assert dialog.fields["years_in_practice"].isReadOnly()  # a saved version is read only

    dialog.set_shared(True)  # the version shown (the newest)
    wait_idle(qtbot, gate)
    qtbot.waitUntil(lambda: dialog.history.item(0).text().endswith("shared"), timeout=5000)
    latest = p.profiles.latest(key)
    assert latest.completed_on == date(2026, 2, 1) and latest.data.shared_with_group
    assert latest.data.years_in_practice == 13 and latest.data.modalities == ("Gestalt", "massage therapy")
    assert latest.data.current_challenges == "Endings with long-term clients."
    assert latest.data.clients_per_week == 18 and latest.data.self_care == "Swimming, mostly."
    older = p.profiles.versions(key)[1]
    assert older.data.years_in_practice == 12 and not older.data.shared_with_group

    dialog.history.setCurrentRow(1)  # read the older version
    assert dialog.fields["years_in_practice"].text() == "12" and not dialog.shared.isChecked()

    filled = _preview_text(qtbot, gate, dialog, blank=False)
    assert "Zoë Müller" in filled and "Gestalt" in filled
    blank = _preview_text(qtbot, gate, dialog, blank=True)
    assert "Zoë Müller" not in blank and "Thursday Circle" in blank
    dialog.force_close()


def test_profile_of_an_outside_colleague_with_a_problem(qtbot, unlocked_gate) -> None:
    gate = unlocked_gate
    wait_idle(qtbot, gate)
    cid, _ = gate.ctx.practice.groups.contacts.create(ContactData(full_name="Дмитрий Волков"))
    dialog = _windows(gate).open_profile(f"contact:{cid}")
    wait_idle(qtbot, gate)
    assert "Дмитрий Волков" in dialog.title.text()
    dialog.fields["years_in_practice"].setText("95")  # beyond what the service accepts
    dialog.save()
    wait_idle(qtbot, gate)
    assert dialog.problems.isVisible() and "whole number" in dialog.problems.text()
    assert gate.ctx.practice.profiles.versions(f"contact:{cid}") == [] and dialog.editing
    assert [k for k, _r, _p in dialog.drafts()] == ["profile"]  # unsaved writing survives a lock
    dialog.force_close()


def test_self_check_saved_read_back_and_printed(qtbot, unlocked_gate) -> None:
    gate = unlocked_gate
    wait_idle(qtbot, gate)
    p = gate.ctx.practice
    who, _ = p.supervisees.create(SuperviseeData(full_name="Ωμέγα Νικολάου"))
    windows = _windows(gate)
    dialog = windows.open_self_check(who)
    wait_idle(qtbot, gate)
    assert dialog.editing and len(dialog.answers) == len(SELF_CHECK_QUESTIONS)
    dialog.completed_on.setDate(QDate(2026, 1, 20))
    qtbot.keyClicks(dialog.answers["earning"], "Barely, and I work six days")
    dialog.answers["self_care"].setPlainText("Not really.")
    dialog.note.setPlainText("Bring to supervision in February")

    drafts = windows.drafts()  # the vault locks before saving: the writing is kept
    assert [(k, r) for k, r, _ in drafts] == [("self_check", str(who))]
    windows.clear()
    dialog = windows.open_self_check(who, draft=drafts[0][2])
    wait_idle(qtbot, gate)
    assert dialog.answers["earning"].toPlainText() == "Barely, and I work six days"
    assert dialog.completed_on.date() == QDate(2026, 1, 20)

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, gate)
    qtbot.waitUntil(lambda: dialog.history.count() == 1 and not dialog.editing, timeout=5000)
    saved = p.profiles.latest_self_check(who)
    assert saved.completed_on == date(2026, 1, 20) and saved.note == "Bring to supervision in February"
    assert saved.answers == {"earning": "Barely, and I work six days", "self_care": "Not really."}
    assert dialog.history.item(0).text() == "20 Jan 2026  \u00b7  2 of 6"

    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)  # a new one starts empty
    assert dialog.answers["earning"].toPlainText() == ""
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.editing and dialog.answers["earning"].toPlainText() == "Barely, and I work six days"

    filled = _preview_text(qtbot, gate, dialog, blank=False)
    assert "Barely" in filled and "Bring to supervision" not in filled  # the note is not printed
    blank = _preview_text(qtbot, gate, dialog, blank=True)
    assert "Barely" not in blank and "fix" in blank
    dialog.force_close()
