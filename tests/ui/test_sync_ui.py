"""Calendar sync in the app: the settings dialog, the status line, and the list of proposed changes.

Against a real Radicale server on 127.0.0.1; the password goes to a real
(in-memory) keyring backend, never the vault.
"""
from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

pytest.importorskip("radicale", reason="radicale (the test CalDAV server) is not installed")

import caldav
import icalendar

from app.core.services.series import SeriesData
from app.core.services.supervisees import SuperviseeData

from ..core.caldav_server import PASSWORD, USER, RadicaleServer


@pytest.fixture
def server(caldav_server: RadicaleServer) -> RadicaleServer:
    return caldav_server


def _idle(qtbot, gate) -> None:
    qtbot.waitUntil(lambda: gate.runner.pending == 0, timeout=10000)


def test_settings_sync_and_review_of_a_change_made_on_the_phone(qtbot, unlocked_gate, server,
                                                               memory_keyring) -> None:
    from app.ui.dialogs.calendar_sync import CalendarSyncDialog
    from app.ui.dialogs.sync_review import SyncReviewDialog

    gate = unlocked_gate
    practice = gate.ctx.practice
    sid, _ = practice.supervisees.create(SuperviseeData(full_name="Amara Okonkwo-Lindqvist"))
    start = (datetime.now() + timedelta(days=2)).replace(hour=10, minute=0, second=0, microsecond=0)
    practice.series.create(SeriesData(start_local=start, rrule="FREQ=WEEKLY;COUNT=6", tz="UTC",
                                      supervisee_id=sid))
    gate.window.show_page("Settings")
    _idle(qtbot, gate)
    opened: list[CalendarSyncDialog] = []
    qtbot.waitUntil(lambda: gate.window.page("Settings").findChild(object, "calendar_sync") is not None)
    original_open = CalendarSyncDialog.open

    def capture(self) -> None:  # type: ignore[no-untyped-def]
        opened.append(self)
        original_open(self)

    CalendarSyncDialog.open = capture  # type: ignore[method-assign]
    try:
        gate.window.page("Settings").findChild(object, "calendar_sync").click()
    finally:
        CalendarSyncDialog.open = original_open  # type: ignore[method-assign]
    dialog = opened[0]
    qtbot.addWidget(dialog)
    _idle(qtbot, gate)
    dialog.server.setText(server.url)
    dialog.username.setText(USER)
    dialog.password.setText(PASSWORD)
    # "List calendars" runs on the network lane: the account has none yet
    dialog.list_calendars()
    qtbot.waitUntil(lambda: "no calendar" in dialog.message.text() or "calendar(s)" in dialog.message.text(),
                    timeout=15000)
    dialog.calendar.setCurrentText("Supervision")
    dialog.privacy.setCurrentIndex(dialog.privacy.findData("initials"))
    dialog.submit(then_sync=True)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=15000)
    qtbot.waitUntil(lambda: gate.window.sync_status.text().startswith("Synced"), timeout=20000)
    assert memory_keyring.store, "the password went to the keyring"
    assert PASSWORD not in (practice.vault.path.read_bytes().decode("latin-1"))
    account = practice.sync.account()
    assert account.privacy == "initials" and account.calendar_url

    # on the phone: the third meeting is cancelled
    client = caldav.DAVClient(url=server.url, username=USER, password=PASSWORD, require_tls=False)
    [event] = client.principal().calendars()[0].events()
    cal = icalendar.Calendar.from_ical(event.data)
    third = start + timedelta(weeks=2)
    next(e for e in cal.walk("VEVENT") if "RRULE" in e).add("exdate", third)
    event.data = cal.to_ical().decode()
    event.save()

    gate.sync.sync_now()
    qtbot.waitUntil(lambda: "1 change to review" in gate.window.sync_status.text(), timeout=20000)
    today = gate.window.page("Today")
    assert today.sync_banner.isVisibleTo(today) and "1 change" in today.sync_banner.text()

    review = SyncReviewDialog(gate.ctx, gate.window)
    qtbot.addWidget(review)
    qtbot.waitUntil(lambda: review.list.count() == 1, timeout=10000)
    assert "Cancelled on the server" in review.list.item(0).text()
    review.accept_button.click()
    qtbot.waitUntil(lambda: review.list.count() == 0, timeout=10000)
    _idle(qtbot, gate)
    cancelled = [s for s in practice.sessions.sessions_between(start, start + timedelta(weeks=6))
                 if s.status == "cancelled"]
    assert len(cancelled) == 1


def test_a_server_that_is_down_never_blocks_locking(qtbot, unlocked_gate, tmp_path: Path) -> None:
    """A sync in flight on the network lane does not hold up Ctrl+L."""
    import threading

    from app.core.sync import AccountData

    gate = unlocked_gate
    gate.ctx.practice.sync.save_account(AccountData(server_url="http://127.0.0.1:9/", username=USER,
                                                    calendar_url="http://127.0.0.1:9/cal/", enabled=True,
                                                    interval_minutes=0))
    release = threading.Event()

    class SlowRemote:
        def use(self, url: str, name: str) -> str:
            release.wait(20)  # a server that does not answer
            return url

        def changes(self, token: str):  # type: ignore[no-untyped-def]
            from app.core.sync.remote import Changes
            return Changes(token)

    gate.sync._remote_factory = lambda account, password: SlowRemote()
    gate.sync.sync_now()
    qtbot.waitUntil(lambda: gate.sync.running, timeout=5000)
    gate.lock()
    qtbot.waitUntil(lambda: gate.ctx.practice is None, timeout=5000)  # locked while the server hangs
    assert not gate.sync.running
    release.set()


def test_a_conflict_is_shown_side_by_side_and_kept_mine(qtbot, unlocked_gate, caldav_server) -> None:
    from app.core.services.sessions import SessionData
    from app.core.sync import AccountData, Remote
    from app.ui.dialogs.sync_review import SyncReviewDialog

    gate = unlocked_gate
    practice = gate.ctx.practice
    _idle(qtbot, gate)
    sid, _ = practice.supervisees.create(SuperviseeData(full_name="Ines Varga-Holloway"))
    start = (datetime.now() + timedelta(days=2)).replace(hour=10, minute=0, second=0, microsecond=0)
    practice.series.create(SeriesData(start_local=start, rrule="FREQ=WEEKLY;COUNT=6", tz="UTC",
                                      supervisee_id=sid, location="Room 2"))
    remote = Remote(caldav_server.url, USER, PASSWORD)
    url = remote.make_calendar("Supervision")
    practice.sync.save_account(AccountData(server_url=caldav_server.url, username=USER, calendar_url=url,
                                           privacy="initials", enabled=True, interval_minutes=0))
    practice.sync.sync(remote)
    # the phone cancels the second meeting; Peerglass moves the fourth
    client = caldav.DAVClient(url=caldav_server.url, username=USER, password=PASSWORD, require_tls=False)
    [event] = client.calendar(url=url).events()
    cal = icalendar.Calendar.from_ical(event.data)
    next(e for e in cal.walk("VEVENT") if "RRULE" in e).add("exdate", start + timedelta(weeks=1))
    event.data = cal.to_ical().decode()
    event.save()
    fourth = practice.sessions.sessions_between(start + timedelta(weeks=3), start + timedelta(weeks=3, hours=1))[0]
    practice.sessions.update(fourth.id, SessionData(start_local=start + timedelta(weeks=3, hours=5), tz="UTC",
                                                    supervisee_id=sid, location="Room 2"))
    assert practice.sync.sync(remote).conflicts == 1

    review = SyncReviewDialog(gate.ctx, gate.window)
    qtbot.addWidget(review)
    qtbot.waitUntil(lambda: review.list.count() == 1, timeout=10000)
    assert review.compare.isVisibleTo(review) and not review.whose.isVisibleTo(review)
    assert (review.reject_button.text(), review.accept_button.text()) == ("Keep mine", "Take theirs")
    assert set(review.differing_fields()) == {"status", "meetings"}
    rows = {review.compare.item(r, 0).text(): (review.compare.item(r, 1).text(), review.compare.item(r, 2).text())
            for r in range(review.compare.rowCount())}
    assert rows["≠ Status"] == ("confirmed", "cancelled")
    assert rows["Title"] == ("Supervision — I.V.", "Supervision — I.V.")  # ours at the privacy level
    assert rows["Date"][0] == rows["Date"][1] == f"{start + timedelta(weeks=1):%a %d %b %Y}"
    assert rows["Place"] == ("—", "—")  # initials: no place leaves the vault
    review.reject_button.click()  # Keep mine
    qtbot.waitUntil(lambda: review.list.count() == 0, timeout=10000)
    assert not review.compare.isVisibleTo(review)
    _idle(qtbot, gate)
    assert practice.sync.sync(remote).updated == 1  # ours goes back over the server's
    [event] = client.calendar(url=url).events()
    assert "EXDATE" not in event.data


def test_a_new_event_is_brought_in_for_the_chosen_supervisee(qtbot, unlocked_gate, caldav_server) -> None:
    from app.core.sync import AccountData, Remote
    from app.ui.dialogs.calendar_sync import CalendarSyncDialog
    from app.ui.dialogs.sync_review import SyncReviewDialog

    gate = unlocked_gate
    practice = gate.ctx.practice
    _idle(qtbot, gate)
    sid, _ = practice.supervisees.create(SuperviseeData(full_name="Bo Lindgren-Achebe"))
    remote = Remote(caldav_server.url, USER, PASSWORD)
    url = remote.make_calendar("Supervision")
    practice.sync.save_account(AccountData(server_url=caldav_server.url, username=USER, calendar_url=url,
                                           privacy="busy", enabled=True, interval_minutes=0))
    settings = CalendarSyncDialog(gate.ctx, gate.window)
    qtbot.addWidget(settings)
    qtbot.waitUntil(lambda: settings.server.text() == caldav_server.url, timeout=10000)
    assert not settings.import_new.isChecked()  # off by default
    settings.import_new.setChecked(True)
    settings.submit()
    qtbot.waitUntil(lambda: not settings.isVisible(), timeout=10000)
    _idle(qtbot, gate)
    assert practice.sync.account().import_new
    practice.sync.sync(remote)
    when = (datetime.now() + timedelta(days=4)).replace(hour=14, minute=0, second=0, microsecond=0)
    cal = icalendar.Calendar()
    cal.add("prodid", "-//A phone//EN")
    cal.add("version", "2.0")
    event = icalendar.Event()
    for key, value in (("uid", "ui@phone"), ("dtstamp", when), ("dtstart", when),
                       ("dtend", when + timedelta(minutes=50)), ("summary", "Catch-up")):
        event.add(key, value)
    cal.add_component(event)
    caldav.DAVClient(url=caldav_server.url, username=USER, password=PASSWORD,
                     require_tls=False).calendar(url=url).save_event(cal.to_ical().decode())
    assert practice.sync.sync(remote).pulled == 1

    review = SyncReviewDialog(gate.ctx, gate.window)
    qtbot.addWidget(review)
    qtbot.waitUntil(lambda: review.list.count() == 1, timeout=10000)
    assert review.list.item(0).text().startswith("New event: ") and "Catch-up" in review.list.item(0).text()
    assert review.whose.isVisibleTo(review) and review.accept_button.text() == "Bring in"
    review.accept_button.click()  # "Catch-up" names no one: it waits, and says so
    qtbot.waitUntil(lambda: "Choose whose session" in review.detail.text(), timeout=10000)
    assert review.list.count() == 1
    review.whose.setCurrentIndex(review.whose.findData(sid))
    review.accept_button.click()
    qtbot.waitUntil(lambda: review.list.count() == 0, timeout=10000)
    _idle(qtbot, gate)
    [session] = practice.sessions.sessions_between(when - timedelta(hours=1), when + timedelta(hours=1))
    assert session.supervisee_id == sid
    assert practice.sync.sync(remote).pushed == 0  # tracked as the phone's object, not pushed again
