"""The Groups page driven like a user would: a group made through its form, members
added from a date (a ninth past the size warning), a rotating rota, meetings
scheduled through the schedule dialog, invitations sent to a real SMTP server on
127.0.0.1 (one recipient refused), saved as files without SMTP, replies imported
from files and dropped on the page, answers set by hand."""
from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog

from app.core.ical import IcsEvent, build_reply
from app.core.services.groups import ContactData, GroupData
from app.core.services.series import SeriesData
from app.core.services.settings import SettingsData
from app.core.services.supervisees import SuperviseeData
from tests.core.smtp_server import SmtpTestServer

from .conftest import wait_idle

BERLIN = "Europe/Berlin"
PEOPLE = [("Łukasz Żółć", "lukasz@example.org"), ("Anna O'Brien", "anna@example.org"),
          ("Ωμέγα Παπαδοπούλου", "omega@example.gr"), ("Zoë Müller", "zoe@example.de"),
          ("Samuel Okafor", "samuel@example.org"), ("Dara NoMail", ""),
          ("Мария Иванова", "maria@example.org"), ("Béla Kovács", "bela@example.hu")]



@pytest.fixture
def groups_page(qtbot, unlocked_gate):
    """The Groups page on its own over an open vault with eight supervisees."""
    from app.ui.pages.groups import GroupsPage

    gate = unlocked_gate
    errors: list[BaseException] = []
    gate.ctx.show_error = errors.append
    gate.runner.set_error_handler(errors.append)
    practice = gate.ctx.practice
    practice.settings.update(SettingsData(supervisor_name="Dr Helena Brandt", email="helena@example.org",
                                          time_zone=BERLIN))
    keys = {name: f"supervisee:{practice.supervisees.create(SuperviseeData(full_name=name, email=email))[0]}"
            for name, email in PEOPLE}
    opened: list[int] = []
    profiles: list[str] = []
    page = GroupsPage(gate.ctx, open_meeting=opened.append, open_profile=profiles.append)
    gate.runner.changes_applied.connect(page.on_changes)
    qtbot.addWidget(page)
    page.resize(1200, 780)
    page.show()
    page.on_unlocked()
    wait_idle(qtbot, gate)
    yield gate, page, keys, opened, profiles
    assert errors == []


def _add_supervisee(qtbot, gate, panel, key: str):
    panel.add_button.click()
    dialog = panel.dialog
    wait_idle(qtbot, gate)
    (item,) = [dialog.supervisees.item(i) for i in range(dialog.supervisees.count())
               if dialog.supervisees.item(i).data(Qt.ItemDataRole.UserRole) == key]
    item.setCheckState(Qt.CheckState.Checked)
    dialog.ok_button.click()
    wait_idle(qtbot, gate)
    return dialog


def test_several_supervisees_checked_and_added_with_enter(qtbot, groups_page) -> None:
    gate, page, keys, _, _ = groups_page
    practice = gate.ctx.practice
    group_id, _ = practice.groups.create(GroupData(name="Friday peers", kind="peer_group"))
    practice.groups.add_member(group_id, keys["Anna O'Brien"], date.today())
    page.reload()
    wait_idle(qtbot, gate)
    _select(page.groups.table, 0)
    wait_idle(qtbot, gate)
    assert page.current_id == group_id
    page.tabs.setCurrentIndex(1)
    panel = page.member_panel
    panel.add_button.click()
    dialog = panel.dialog
    wait_idle(qtbot, gate)
    assert dialog.windowTitle() == "Add members"
    listed = dialog.supervisees
    names = [listed.item(i).text() for i in range(listed.count())]
    assert "Anna O'Brien" not in names and len(names) == len(PEOPLE) - 1  # members already in are not offered
    # typing filters; Space checks the current one; the filter keeps what was checked while hidden
    wanted = {"Zoë Müller": "zo", "Samuel Okafor": "SAMUEL", "Béla Kovács": "kov"}
    for name, typed in wanted.items():
        qtbot.keyClicks(dialog.filter, typed)
        visible = [listed.item(i) for i in range(listed.count()) if not listed.item(i).isHidden()]
        assert [item.text() for item in visible] == [name] and listed.currentItem() is visible[0]
        listed.setFocus()
        qtbot.keyClick(listed, Qt.Key.Key_Space)
        assert visible[0].checkState() == Qt.CheckState.Checked
        dialog.filter.clear()
    assert sorted(dialog.checked_keys()) == sorted(keys[n] for n in wanted)
    assert dialog.chosen_note.text() == "3 chosen"
    qtbot.keyClick(listed, Qt.Key.Key_Return)  # Enter adds all three in one command
    wait_idle(qtbot, gate)
    assert not dialog.isVisible()
    members = practice.groups.members(group_id)
    assert [m.key for m in members] == [keys["Anna O'Brien"], *(keys[n] for n in names_in_order(names, wanted))]
    assert panel.model.rowCount() == 4 and {r.key for r in panel.model.rows} == {m.key for m in members}


def names_in_order(names: list[str], wanted: list[str]) -> list[str]:
    return [n for n in names if n in wanted]


def _select(table, row: int) -> None:
    table.setCurrentIndex(table.model().index(row, 0))


def test_group_members_meetings_invitations_and_replies(qtbot, groups_page, tmp_path: Path) -> None:
    gate, page, keys, opened, profiles = groups_page
    practice = gate.ctx.practice
    # ---- a new group through the form ----
    page.groups.new_button.click()
    form = page.form
    form.name.setText("Dienstagsgruppe \u2014 peers")
    form.place_mode.setCurrentIndex(form.place_mode.findData("rotating"))
    for place in ("Praxis Brandt", "Café Łódź", "Online"):
        form.places.new_place.setText(place)
        form.places.add_button.click()
    form.meeting_minutes.setValue(90)
    form.business.setValue(10)
    form.review_on.enabled_box.setChecked(True)
    form.review_on.edit.setDate(date.today() + timedelta(days=10))
    form.guest_name.setText("Dr Ingrid Weiß")
    form.guest_email.setText("not an address")
    page.save_button.click()
    wait_idle(qtbot, gate)
    assert form.errors["guest_email"].isVisible() and page.current_id is None  # inline, nothing saved
    form.guest_email.setText("ingrid@example.org")
    page.save_button.click()
    wait_idle(qtbot, gate)
    group_id = page.current_id
    assert group_id is not None and not page.save_button.isEnabled()
    assert [r.name for r in page.groups.model.rows] == ["Dienstagsgruppe \u2014 peers"]
    assert practice.groups.get(group_id).data.places == ("Praxis Brandt", "Café Łódź", "Online")
    assert page.header.review_banner.isVisible() and "Review due in 10 days" in page.header.review_banner.text()

    # ---- members from a date; a colleague; the ninth past the size warning ----
    page.tabs.setCurrentIndex(1)
    panel = page.member_panel
    names = [name for name, _ in PEOPLE]
    for name in names[:7]:
        _add_supervisee(qtbot, gate, panel, keys[name])
    panel.add_button.click()
    dialog = panel.dialog
    wait_idle(qtbot, gate)
    dialog.is_colleague.setChecked(True)
    dialog.contact_name.setText("山田 花子")
    dialog.contact_email.setText("hanako@example.jp")
    dialog.contact_discipline.setCurrentText("Nurse")
    dialog.ok_button.click()
    wait_idle(qtbot, gate)
    assert panel.model.rowCount() == 8 and not panel.size_note.isVisible()
    assert panel.model.rows[-1].name == "山田 花子" and panel.model.rows[-1].key.startswith("contact:")
    dialog = _add_supervisee(qtbot, gate, panel, keys["Béla Kovács"])
    assert dialog.isVisible() and dialog.warning.isVisible() and "9 members" in dialog.warning.text()
    assert dialog.ok_button.text() == "Add anyway" and panel.model.rowCount() == 8
    dialog.ok_button.click()  # acknowledged: added
    wait_idle(qtbot, gate)
    assert not dialog.isVisible() and panel.model.rowCount() == 9
    assert panel.size_note.isVisible() and "more than the recommended 8" in page.header.subtitle.text()
    _select(panel.table, 8)
    panel.remove_button.click()
    panel.dialog.ok_button.click()  # from today: the membership never took effect
    wait_idle(qtbot, gate)
    assert panel.model.rowCount() == 8 and not panel.size_note.isVisible()
    _select(panel.table, 1)
    panel.up_button.click()  # Anna leads first now
    wait_idle(qtbot, gate)
    rota = [r.name for r in panel.model.rows]
    assert rota[:2] == ["Anna O'Brien", "Łukasz Żółć"]
    assert [m.name for m in practice.groups.members(group_id)] == rota
    panel.profile_button.click()
    assert profiles == [keys["Anna O'Brien"]]  # the moved member stays chosen

    # ---- recurring meetings through the schedule dialog; the leader rotates ----
    page.tabs.setCurrentIndex(2)
    meetings = page.meetings
    meetings.schedule_button.click()
    wait_idle(qtbot, gate)
    schedule = meetings.schedule_dialog
    assert schedule.isVisible() and not schedule.kind.isEnabled()
    schedule.recurrence.ends_after.setChecked(True)
    schedule.recurrence.count.setValue(6)
    schedule.check_now()
    wait_idle(qtbot, gate)
    schedule.ok_button.click()
    wait_idle(qtbot, gate)
    lines = meetings.model.rows
    assert [line.row.number for line in lines] == [1, 2, 3, 4, 5, 6]
    assert [line.row.leader_name for line in lines] == rota[:6]
    assert [line.row.place for line in lines[:4]] == ["Praxis Brandt", "Café Łódź", "Online", "Praxis Brandt"]
    assert meetings.model.index(0, 5).data() == "Not invited yet"
    _select(meetings.table, 1)
    meetings.guest_button.click()
    wait_idle(qtbot, gate)
    assert meetings.model.rows[1].row.guest_invited and meetings.model.index(1, 4).data() == "\u2713"

    # ---- SMTP: no credential store for a password, then an account without login ----
    with SmtpTestServer() as server:
        meetings.smtp_button.click()
        wait_idle(qtbot, gate)
        smtp = meetings.smtp_dialog
        assert smtp.from_address.text() == "helena@example.org"
        smtp.host.setText("smtp.example.org")
        smtp.security.setCurrentIndex(smtp.security.findData("none"))
        smtp.save_button.click()  # unencrypted only to this computer: said at once, nothing saved
        assert "only for a server on this computer" in smtp.error.text()
        smtp.host.setText("127.0.0.1")
        smtp.port.setValue(server.port)
        smtp.password.setText("geheim")
        smtp.save_button.click()
        wait_idle(qtbot, gate)
        assert smtp.isVisible() and "credential store" in smtp.error.text()
        assert practice.invitations.smtp_settings() is None
        smtp.password.clear()
        smtp.save_button.click()
        wait_idle(qtbot, gate)
        assert not smtp.isVisible() and practice.invitations.smtp_settings().port == server.port

        meetings.send_button.click()
        wait_idle(qtbot, gate)
        send = meetings.send_dialog
        steps: list[tuple[int, int]] = []
        send._progress.step.connect(lambda done, total: steps.append((done, total)))
        shown = {send.recipients.topLevelItem(i).text(0): send.recipients.topLevelItem(i).text(2)
                 for i in range(send.recipients.topLevelItemCount())}
        assert len(shown) == 8 and shown["Dara NoMail"] == "No e-mail address: skipped"
        send.send_button.click()
        wait_idle(qtbot, gate)
        assert len(server.messages) == 7
        assert sorted(m.rcpt_tos[0] for m in server.messages) == sorted(
            [e for _, e in PEOPLE[:7] if e] + ["hanako@example.jp"])
        results = [send.recipients.topLevelItem(i).text(2) for i in range(send.recipients.topLevelItemCount())]
        assert results.count("Sent") == 7 and "No e-mail address: skipped" in results
        assert "All 7 invitations were sent" in send.summary.text() and steps[-1] == (7, 7)
        send.close_button.click()

    # ---- a server that refuses one recipient: only that one fails ----
    with SmtpTestServer(refuse={"zoe@example.de"}) as server:
        meetings.smtp_button.click()
        wait_idle(qtbot, gate)
        meetings.smtp_dialog.port.setValue(server.port)
        meetings.smtp_dialog.save_button.click()
        wait_idle(qtbot, gate)
        meetings.send_invitations(meetings.model.rows[1].row.session_id)  # the meeting the guest joins
        wait_idle(qtbot, gate)
        send = meetings.send_dialog
        assert send.one.isChecked() and send.recipients.topLevelItemCount() == 9  # members and the guest
        send.send_button.click()
        wait_idle(qtbot, gate)
        assert len(server.messages) == 7  # 6 members with e-mail + the guest; Zoë refused
        rows = {send.recipients.topLevelItem(i).text(0): send.recipients.topLevelItem(i).text(2)
                for i in range(send.recipients.topLevelItemCount())}
        assert "550" in rows["Zoë Müller"] and rows["Dr Ingrid Weiß"] == "Sent"
        assert send.summary.text().startswith("7 sent, 1 failed")
        assert send.retry_button.isVisible()
        send.close_button.click()

    # ---- replies: one good file, one broken; an answer set by hand ----
    series_id = practice.groups.get(group_id).series_ids[0]
    first = meetings.model.rows[0].row
    sequence = max(r.sequence for r in practice.invitations.responses(series_id=series_id)
                   if r.recurrence_id is None and r.sequence is not None)
    event = IcsEvent(uid=practice.series.get(series_id).uid, summary="Dienstagsgruppe", start=first.start,
                     end=first.end, tz=BERLIN, rrule="FREQ=WEEKLY;INTERVAL=2;COUNT=6", sequence=sequence)
    good, broken = tmp_path / "anna.ics", tmp_path / "broken.ics"
    good.write_bytes(build_reply(event, ("Anna O'Brien", "anna@example.org"), "ACCEPTED", dialect="outlook"))
    broken.write_bytes(b"BEGIN:VCALENDAR\r\nthis is broken")
    before = practice.invitations.responses(group_id=group_id)
    page.import_replies([str(broken)])
    wait_idle(qtbot, gate)
    assert page.reply_dialog.counts == (0, 0, 1) and practice.invitations.responses(group_id=group_id) == before
    assert "nothing was changed" in page.reply_dialog.lines[0][1]
    page.import_replies([str(good), str(broken)])
    wait_idle(qtbot, gate)
    assert page.reply_dialog.counts == (1, 0, 1)
    assert "Anna O'Brien accepted (the series)" in page.reply_dialog.lines[0][1]
    assert "1 yes" in meetings.model.index(0, 5).data() and "6 no answer" in meetings.model.index(0, 5).data()

    _select(meetings.table, 0)
    wait_idle(qtbot, gate)
    answers = meetings.answers
    assert answers.answer_of("Anna O'Brien") == "ACCEPTED"
    bela_free = next(r for r in answers.rows if r.name == "Samuel Okafor")
    combo = answers.combos[bela_free.id]
    combo.setCurrentIndex(combo.findData("DECLINED"))
    wait_idle(qtbot, gate)
    assert practice.invitations.who_is_coming(first.session_id)[keys["Samuel Okafor"]] == "DECLINED"
    assert meetings.model.index(0, 5).data() == "1 yes \u00b7 1 no \u00b7 5 no answer"
    for line in meetings.model.rows:  # the page's one-pass answers agree with the core, meeting by meeting
        assert (line.answers or {}) == practice.invitations.who_is_coming(line.row.session_id)

    # ---- the live meeting view opens by double-click ----
    rect = meetings.table.visualRect(meetings.model.index(0, 1))
    qtbot.mouseClick(meetings.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(meetings.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [first.session_id]


def test_files_without_smtp_dropped_replies_review_and_archive(qtbot, groups_page, tmp_path: Path,
                                                               monkeypatch) -> None:
    gate, page, keys, opened, _ = groups_page
    practice = gate.ctx.practice
    group_id, _ = practice.groups.create(GroupData(name="Ωμέγα supervision group", kind="group_supervision",
                                                   leadership="rotating", place_mode="fixed",
                                                   places=("Room 3",), review_on=date.today() - timedelta(days=2)))
    contact_id, _ = practice.groups.contacts.create(ContactData(full_name="山田 花子", email="hanako@example.jp"))
    for key in (keys["Anna O'Brien"], keys["Zoë Müller"], f"contact:{contact_id}"):
        practice.groups.add_member(group_id, key, date.today())
    first_day = date.today() + timedelta(days=3)
    from datetime import datetime, time
    practice.groups.schedule_meetings(group_id, SeriesData(
        start_local=datetime.combine(first_day, time(17)), rrule="FREQ=MONTHLY;COUNT=4", tz=BERLIN,
        duration_minutes=120))
    page.reload()
    wait_idle(qtbot, gate)
    _select(page.groups.table, 0)
    wait_idle(qtbot, gate)
    assert page.current_id == group_id
    assert page.header.review_banner.isVisible() and "overdue" in page.header.review_banner.text()
    assert "Group supervision" in page.header.subtitle.text() and "meets at Room 3" in page.header.subtitle.text()

    # ---- no SMTP: save as files, and a way to set it up ----
    meetings = page.meetings
    page.tabs.setCurrentIndex(2)
    meetings.send_button.click()
    wait_idle(qtbot, gate)
    send = meetings.send_dialog
    assert "set up" in send.account.text() and not send.send_button.isVisible()
    folder = tmp_path / "outbox"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    send.files_button.click()
    wait_idle(qtbot, gate)
    assert sorted(p.suffix for p in folder.iterdir()) == [".eml"] * 3 + [".ics"] * 3
    assert "Saved 3 invitations" in send.summary.text()
    send.account.linkActivated.emit("smtp")
    wait_idle(qtbot, gate)
    assert meetings.smtp_dialog is not None and meetings.smtp_dialog.isVisible()
    meetings.smtp_dialog.reject()
    send.close_button.click()

    # ---- a reply dropped on the page; a foreign one changes nothing ----
    series_id = practice.groups.get(group_id).series_ids[0]
    first = meetings.model.rows[0].row
    event = IcsEvent(uid=practice.series.get(series_id).uid, start=first.start, end=first.end, tz=BERLIN,
                     rrule="FREQ=MONTHLY;COUNT=4", sequence=practice.series.get(series_id).sequence)
    reply = tmp_path / "reply from hanako.ics"
    reply.write_bytes(build_reply(event, ("山田 花子", "hanako@example.jp"), "TENTATIVE", dialect="thunderbird"))
    foreign = tmp_path / "foreign.ics"
    foreign.write_bytes(build_reply(IcsEvent(uid="x@elsewhere.example", start=first.start, end=first.end,
                                             tz=BERLIN), ("Anna", "anna@example.org"), "ACCEPTED"))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(reply)), QUrl.fromLocalFile(str(foreign))])
    enter = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    page.dragEnterEvent(enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    page.dropEvent(drop)
    wait_idle(qtbot, gate)
    assert page.reply_dialog.counts == (1, 0, 1)
    assert "unknown UID" in page.reply_dialog.lines[1][1]
    assert practice.invitations.who_is_coming(first.session_id)[f"contact:{contact_id}"] == "TENTATIVE"
    assert "1 maybe" in meetings.model.index(0, 5).data()

    # ---- validation inline, then archive and restore ----
    page.tabs.setCurrentIndex(0)
    page.form.name.setText("   ")
    page.save_button.click()
    assert page.form.errors["name"].isVisible() and page.form.errors["name"].text() == "A group needs a name."
    page.revert_button.click()
    assert not page.form.errors["name"].isVisible() or page.form.errors["name"].text() == ""
    page.form.frequency.setText("monthly, first Thursday")  # an unsaved edit survives a lock as a draft
    ((kind, ref, payload),) = page.drafts()
    page.clear()
    page.on_unlocked()
    wait_idle(qtbot, gate)
    assert page.restore_draft(kind, ref, payload)
    wait_idle(qtbot, gate)
    assert page.current_id == group_id and page.form.frequency.text() == "monthly, first Thursday"
    assert page.header.draft_note.isVisible() and page.save_button.isEnabled()
    page.revert_button.click()
    page.archive_button.click()
    wait_idle(qtbot, gate)
    assert page.groups.model.rowCount() == 0 and not page.editing
    page.groups.which.setCurrentIndex(1)
    wait_idle(qtbot, gate)
    assert [r.name for r in page.groups.model.rows] == ["Ωμέγα supervision group"]
    assert opened == []
