"""Form fixes found on a real display: recurrence choices, the time field."""
from __future__ import annotations

from datetime import date, datetime

import pytest


@pytest.mark.parametrize(("words", "rule"), [
    ("weekly", "FREQ=WEEKLY;INTERVAL=1"), ("every 3 weeks", "FREQ=WEEKLY;INTERVAL=3"),
    ("fortnightly", "FREQ=WEEKLY;INTERVAL=2"), ("twice a month", "FREQ=WEEKLY;INTERVAL=2"),
    ("Monthly", "FREQ=MONTHLY;INTERVAL=1;BYDAY=TH;BYSETPOS=1"),
    ("every two months", "FREQ=MONTHLY;INTERVAL=2;BYDAY=TH;BYSETPOS=1"),
    ("", "FREQ=WEEKLY;INTERVAL=2"), ("when we can", "FREQ=WEEKLY;INTERVAL=2")])
def test_group_schedule_starts_from_what_was_typed(words: str, rule: str) -> None:
    from app.ui.dialogs.group_schedule import rule_from_words

    assert rule_from_words(words, date(2026, 12, 3)) == rule  # the first Thursday of December


def test_switching_to_monthly_keeps_every_one_month(qtbot) -> None:
    from app.ui.application import create_app
    from app.ui.widgets.recurrence_editor import RecurrenceEditor

    create_app()
    editor = RecurrenceEditor()
    qtbot.addWidget(editor)
    editor.load("FREQ=WEEKLY;INTERVAL=2", datetime(2026, 12, 3, 18, 0), "UTC")
    assert editor.mode() == "weekly" and editor.interval.value() == 2
    editor.repeat.setCurrentIndex(editor.repeat.findData("monthly_position"))
    assert editor.interval.value() == 1
    assert editor.rrule_text() is not None and "INTERVAL=2" not in editor.rrule_text()
    editor.interval.setValue(3)  # chosen by the user: kept across a change of unit
    editor.repeat.setCurrentIndex(editor.repeat.findData("monthly_date"))
    assert editor.interval.value() == 3


def test_typing_a_time_replaces_it(qtbot) -> None:
    from PySide6.QtCore import QTime

    from app.ui.application import create_app
    from app.ui.widgets.time_field import TimeField

    create_app()
    field = TimeField()
    qtbot.addWidget(field)
    field.setTime(QTime(9, 30))
    field.show()
    field.lineEdit().setCursorPosition(5)  # a click at the end, in the minutes
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    qtbot.wait(10)
    qtbot.keyClicks(field, "14:00")
    assert field.time() == QTime(14, 0)


def test_saving_invitations_without_an_address_offers_settings(qtbot, unlocked_gate, monkeypatch) -> None:
    from datetime import timedelta

    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from app.core.services.groups import GroupData
    from app.core.services.supervisees import SuperviseeData
    from app.ui.dialogs.send_invitations import SendInvitationsDialog

    gate = unlocked_gate
    practice = gate.ctx.practice
    group_id, _ = practice.groups.create(GroupData(name="Peer group", kind="peer_group"))
    person = practice.supervisees.create(SuperviseeData(full_name="Anna O'Brien", email="anna@example.org"))[0]
    practice.groups.add_member(group_id, f"supervisee:{person}", date.today())
    practice.groups.schedule_meeting(group_id, __import__("app.core.services.sessions", fromlist=["x"]).SessionData(
        datetime.now().replace(second=0, microsecond=0) + timedelta(days=3), tz="UTC"))
    dialog = SendInvitationsDialog(gate.ctx, group_id, gate.window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: gate.runner.pending == 0 and dialog.scene is not None, timeout=10000)
    picked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: picked.append("asked") or "")
    monkeypatch.setattr(QMessageBox, "exec", lambda box: next(
        b for b in box.buttons() if b.text() == "Open Settings").click())
    dialog.files_button.click()
    qtbot.waitUntil(lambda: gate.runner.pending == 0, timeout=10000)
    qtbot.waitUntil(lambda: gate.window.nav.currentRow() == gate.window.titles.index("Settings"), timeout=5000)
    assert picked == []  # no folder asked for before the address exists
    assert "e-mail address in Settings" in dialog.email_question.text()


def test_paper_follows_the_locale_and_the_settings_choice(qtbot, unlocked_gate) -> None:
    from PySide6.QtCore import QLocale

    from app.core.pdf import Letterhead, SessionSummary, SessionSummaryData
    from app.ui.paper import default_paper, localiser, paper

    assert default_paper(QLocale("en_US")) == "Letter" and default_paper(QLocale("de_DE")) == "A4"
    window = unlocked_gate.window
    window.show_page("Settings")
    page = window.page("Settings")
    page.paper.setCurrentIndex(page.paper.findData("Letter"))
    assert paper() == "Letter"
    data = SessionSummaryData(letterhead=Letterhead(), summary=SessionSummary(
        starts_at=datetime(2026, 11, 24, 10, 0), length_minutes=60, supervisee_name="A"))
    assert localiser()(data).page_size == "Letter"
    page.paper.setCurrentIndex(page.paper.findData("A4"))
    assert localiser()(data).page_size == "A4"
