"""The calendar, driven like a user would: drag to schedule, repeat rules,
this / following / all edits through the scope dialog, clashes, absurd rules,
navigation and the session menu."""
from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication

from app.core.services.sessions import SessionData
from app.core.services.supervisees import SuperviseeData

from .conftest import wait_idle


@pytest.fixture
def calendar(qtbot, unlocked_gate):
    """The Calendar page on an open vault with two supervisees; shows next week."""
    from app.ui.pages.calendar import CalendarPage

    gate = unlocked_gate
    practice = gate.ctx.practice
    people = {name: practice.supervisees.create(SuperviseeData(full_name=name))[0]
              for name in ("Anna Smirnova", "Łukasz Żółć")}
    opened: list[int] = []
    wired = next((p for p in gate.window.pages if isinstance(p, CalendarPage)), None)
    if wired is not None:
        page = wired
        page.open_session = opened.append
        gate.window.show_page("Calendar")
    else:  # not wired into the window yet: the page on its own, as the window would hold it
        page = CalendarPage(gate.ctx, open_session=opened.append)
        gate.runner.changes_applied.connect(page.on_changes)
        qtbot.addWidget(page)
        page.resize(1000, 700)
        page.show()
        page.on_unlocked()
    wait_idle(qtbot, gate)
    monday = page.today() - timedelta(days=page.today().weekday()) + timedelta(days=7)
    page.anchor = monday
    page.set_mode("day")
    page.set_mode("week")
    wait_idle(qtbot, gate)
    page.activateWindow()
    page.week_view.grid.setFocus()
    return gate, page, people, opened, monday


def _dialog(qtbot, gate, page):
    """The schedule dialog, once its list of supervisees has arrived."""
    wait_idle(qtbot, gate)
    dialog = page.schedule_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute))


def _drag(qtbot, grid, day: date, start_hour: float, end_hour: float) -> None:
    """Press on empty time, drag down, release: the way a new session is drawn."""
    from app.ui.widgets.week_view import GUTTER

    x = int(GUTTER + grid.days.index(day) * grid.column_width() + grid.column_width() / 2)
    y0, y1 = int(grid.y_of(start_hour * 60) + 3), int(grid.y_of(end_hour * 60) - 3)
    qtbot.mousePress(grid, Qt.MouseButton.LeftButton, pos=QPoint(x, y0))
    for y in range(y0, y1, 10):
        qtbot.mouseMove(grid, QPoint(x, y))
    qtbot.mouseMove(grid, QPoint(x, y1))
    qtbot.mouseRelease(grid, Qt.MouseButton.LeftButton, pos=QPoint(x, y1))


def _schedule_weekly(qtbot, gate, page, supervisee_id: int, day: date, count: int = 6):
    _drag(qtbot, page.week_view.grid, day, 10, 11)
    dialog = _dialog(qtbot, gate, page)
    assert dialog.start_local() == _at(day, 10) and dialog.duration.value() == 60
    dialog.supervisee.setCurrentIndex(dialog.supervisee.findData(supervisee_id))
    editor = dialog.recurrence
    editor.repeat.setCurrentIndex(editor.repeat.findData("weekly"))
    qtbot.mouseClick(editor.ends_after, Qt.MouseButton.LeftButton)
    editor.count.setValue(count)
    assert dialog.sentence.text() == f"Weekly on {day:%A}, 10:00\u201311:00, {count} times"
    qtbot.waitUntil(lambda: dialog.first_sessions.text().startswith("First sessions"), timeout=5000)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, gate)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    wait_idle(qtbot, gate)
    return dialog


def _rows_between(practice, first: date, days: int):
    return practice.sessions.sessions_between(_at(first, 0), _at(first + timedelta(days=days), 0))


def _context_menu(qtbot, gate, page, session_id: int):
    grid = page.week_view.grid
    rect = grid.block_rect(session_id)
    assert rect is not None, "the session is not on screen"
    pos = rect.center().toPoint()
    QApplication.sendEvent(grid, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, grid.mapToGlobal(pos)))
    assert page.actions.menu is not None
    return page.actions.menu


def test_weekly_series_from_a_drag_then_this_following_and_all(qtbot, calendar) -> None:
    gate, page, people, opened, monday = calendar
    practice = gate.ctx.practice
    tuesday = monday + timedelta(days=1)
    _schedule_weekly(qtbot, gate, page, people["Anna Smirnova"], tuesday)
    (series,) = practice.series.list()
    assert series.data.rrule == "FREQ=WEEKLY;BYDAY=TU;COUNT=6"
    shown = page.week_view.rows
    assert [(r.supervisee_name, r.start.replace(tzinfo=None)) for r in shown] == [("Anna Smirnova", _at(tuesday, 10))]
    assert page.week_view.grid.block_rect(shown[0].id) is not None

    # Double-click opens the record through the callback; Enter does too.
    grid = page.week_view.grid
    centre = grid.block_rect(shown[0].id).center().toPoint()
    qtbot.mouseDClick(grid, Qt.MouseButton.LeftButton, pos=centre)
    assert grid.selected_id == shown[0].id, (grid.selected_id, opened)
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert opened == [shown[0].id, shown[0].id]

    # The third occurrence, two weeks on: "this and following" moves it and the rest to 14:00.
    page.go(2)
    wait_idle(qtbot, gate)
    third = page.week_view.rows[0]
    assert third.start.replace(tzinfo=None) == _at(tuesday + timedelta(days=14), 10)
    menu = _context_menu(qtbot, gate, page, third.id)
    assert [a.text() for a in menu.actions() if a.text()] == [
        "Open record", "Edit time/place\u2026", "Mark held", "Mark no-show", "Cancel session\u2026",
        "Delete this occurrence\u2026"]
    page.actions.action("Edit time/place\u2026").trigger()
    wait_idle(qtbot, gate)
    dialog = page.schedule_dialog
    assert dialog is not None and dialog.recurrence.mode() == "weekly"
    assert dialog.recurrence.rrule_text() == series.data.rrule  # shown, and kept verbatim while untouched
    dialog.start_time.setTime(dialog.start_time.time().addSecs(4 * 3600))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    scope = dialog.scope_dialog
    assert scope is not None and scope.isVisible()
    assert all(b.isEnabled() for b in scope.buttons.values())
    qtbot.mouseClick(scope.buttons["following"], Qt.MouseButton.LeftButton)
    wait_idle(qtbot, gate)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    wait_idle(qtbot, gate)

    rows = _rows_between(practice, tuesday, 42)
    assert [r.start.replace(tzinfo=None) for r in rows] == [
        _at(tuesday, 10), _at(tuesday + timedelta(days=7), 10)] + [
        _at(tuesday + timedelta(days=7 * i), 14) for i in range(2, 6)]
    first_part, second_part = sorted(practice.series.list(), key=lambda s: s.id)
    assert first_part.data.rrule == "FREQ=WEEKLY;BYDAY=TU;COUNT=2"
    assert second_part.data.rrule == "FREQ=WEEKLY;BYDAY=TU;COUNT=4"
    assert {r.series_id for r in rows[:2]} == {first_part.id} and {r.series_id for r in rows[2:]} == {second_part.id}
    assert [r.start.hour for r in page.week_view.rows] == [14]  # the page refreshed itself

    # "This session" on the fifth: only it moves (and becomes an exception to its rule).
    page.go(2)
    wait_idle(qtbot, gate)
    fifth = page.week_view.rows[0]
    _context_menu(qtbot, gate, page, fifth.id)
    page.actions.action("Edit time/place\u2026").trigger()
    wait_idle(qtbot, gate)
    dialog = page.schedule_dialog
    dialog.start_time.setTime(dialog.start_time.time().addSecs(3600))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.scope_dialog.buttons["this"], Qt.MouseButton.LeftButton)
    wait_idle(qtbot, gate)
    rows = _rows_between(practice, tuesday, 42)
    assert [r.start.hour for r in rows] == [10, 10, 14, 14, 15, 14]
    assert [r.detached for r in rows] == [False, False, False, False, True, False]

    # "All sessions" of the second part: a new place everywhere; the moved one keeps its own time.
    page.go(1)
    wait_idle(qtbot, gate)
    sixth = page.week_view.rows[0]
    _context_menu(qtbot, gate, page, sixth.id)
    page.actions.action("Edit time/place\u2026").trigger()
    wait_idle(qtbot, gate)
    dialog = page.schedule_dialog
    dialog.location.setText("Online")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.scope_dialog.buttons["all"], Qt.MouseButton.LeftButton)
    wait_idle(qtbot, gate)
    rows = _rows_between(practice, tuesday, 42)
    assert [r.location for r in rows] == ["", "", "Online", "Online", "", "Online"]
    assert [r.start.hour for r in rows] == [10, 10, 14, 14, 15, 14]


def test_menu_status_cancel_and_delete_one_occurrence(qtbot, calendar) -> None:
    gate, page, people, _opened, monday = calendar
    practice = gate.ctx.practice
    wednesday = monday + timedelta(days=2)
    _schedule_weekly(qtbot, gate, page, people["Łukasz Żółć"], wednesday, count=4)
    first = page.week_view.rows[0]
    _context_menu(qtbot, gate, page, first.id)
    page.actions.action("Mark held").trigger()
    wait_idle(qtbot, gate)
    assert page.week_view.rows[0].status == "held"

    page.go(1)
    wait_idle(qtbot, gate)
    second = page.week_view.rows[0]
    _context_menu(qtbot, gate, page, second.id)
    page.actions.action("Cancel session\u2026").trigger()
    box = page.actions.confirm_box
    assert box is not None and box.isVisible() and "Łukasz Żółć" in box.text()
    qtbot.mouseClick(box.buttons()[1], Qt.MouseButton.LeftButton)  # cancelled by the supervisee
    wait_idle(qtbot, gate)
    assert (page.week_view.rows[0].status, page.week_view.rows[0].cancelled_by) == ("cancelled", "supervisee")

    # Delete this occurrence (the keyboard way: select, Delete): every other session stays.
    page.go(1)
    wait_idle(qtbot, gate)
    third = page.week_view.rows[0]
    page.week_view.grid.setFocus()
    qtbot.keyClick(page.week_view.grid, Qt.Key.Key_Down)
    assert page.week_view.grid.selected_id == third.id
    qtbot.keyClick(page.week_view.grid, Qt.Key.Key_Delete)
    scope = page.actions.scope_dialog
    assert scope is not None and scope.isVisible()
    qtbot.mouseClick(scope.buttons["this"], Qt.MouseButton.LeftButton)
    wait_idle(qtbot, gate)
    assert page.week_view.rows == []
    left = _rows_between(practice, wednesday, 28)
    assert [(r.id, r.status) for r in left] == [(first.id, "held"), (second.id, "cancelled"), (left[2].id, "scheduled")]

    # Delete this and following from the fourth: the series ends before it; the rest stays.
    page.go(1)
    wait_idle(qtbot, gate)
    _context_menu(qtbot, gate, page, page.week_view.rows[0].id)
    page.actions.action("Delete this occurrence\u2026").trigger()
    qtbot.mouseClick(page.actions.scope_dialog.buttons["following"], Qt.MouseButton.LeftButton)
    wait_idle(qtbot, gate)
    assert page.week_view.rows == []
    assert [r.id for r in _rows_between(practice, wednesday, 28)] == [first.id, second.id]
    (series,) = practice.series.list()
    assert series.data.rrule == "FREQ=WEEKLY;BYDAY=WE;COUNT=3" and len(series.exdates) == 1


def test_a_clash_is_shown_but_does_not_block(qtbot, calendar) -> None:
    gate, page, people, _opened, monday = calendar
    practice = gate.ctx.practice
    thursday = monday + timedelta(days=3)
    tz = page.tz
    practice.sessions.create(SessionData(start_local=_at(thursday, 10), tz=tz, duration_minutes=60,
                                         supervisee_id=people["Anna Smirnova"]))
    page.reload()
    wait_idle(qtbot, gate)
    page.new_session(_at(thursday, 10, 30), 60)
    dialog = _dialog(qtbot, gate, page)
    dialog.supervisee.setCurrentIndex(dialog.supervisee.findData(people["Łukasz Żółć"]))
    qtbot.waitUntil(lambda: dialog.conflict_list.count() == 1, timeout=5000)
    assert "Anna Smirnova" in dialog.conflict_list.item(0).text()
    assert dialog.conflict_heading.isVisible() and "you can still save" in dialog.conflict_heading.text()
    assert dialog.ok_button.isEnabled()
    # A weekly series on top clashes too (the preview looks at every occurrence).
    dialog.recurrence.repeat.setCurrentIndex(dialog.recurrence.repeat.findData("weekly"))
    qtbot.waitUntil(lambda: dialog.first_sessions.text() != "" and dialog.conflict_list.count() == 1,
                    timeout=5000)
    dialog.recurrence.repeat.setCurrentIndex(0)
    wait_idle(qtbot, gate)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, gate)
    qtbot.waitUntil(lambda: len(page.week_view.rows) == 2, timeout=5000)
    a, b = (page.week_view.grid.block_rect(r.id) for r in page.week_view.rows)
    assert a.right() <= b.left() + 1 or b.right() <= a.left() + 1  # side by side, not on top
    assert abs(a.width() - b.width()) < 1


def test_absurd_rules_say_why_and_disable_saving(qtbot, calendar) -> None:
    gate, page, people, _opened, monday = calendar
    page.new_session(_at(monday, 9), 50)
    dialog = _dialog(qtbot, gate, page)
    dialog.supervisee.setCurrentIndex(dialog.supervisee.findData(people["Anna Smirnova"]))
    editor = dialog.recurrence
    editor.repeat.setCurrentIndex(editor.repeat.findData("weekly"))
    assert dialog.ok_button.isEnabled()
    editor.interval.setValue(60)
    assert "interval is too large" in dialog.error.text() and not dialog.ok_button.isEnabled()
    editor.interval.setValue(52)
    qtbot.mouseClick(editor.ends_after, Qt.MouseButton.LeftButton)
    editor.count.setValue(5000)
    assert "at most 1000 occurrences" in dialog.error.text() and not dialog.ok_button.isEnabled()
    editor.count.setValue(1000)  # every 52 weeks, 1000 times: a thousand years, found by the vault
    qtbot.waitUntil(lambda: "more than 100 years" in dialog.error.text(), timeout=5000)
    assert not dialog.ok_button.isEnabled()
    qtbot.mouseClick(editor.ends_on, Qt.MouseButton.LeftButton)
    editor.until.setMinimumDate(editor.until.minimumDate().addYears(-1))
    editor.until.setDate(editor.until.minimumDate())
    assert "before the first session" in dialog.error.text() and not dialog.ok_button.isEnabled()
    editor.interval.setValue(2)
    qtbot.mouseClick(editor.ends_never, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == "" and dialog.ok_button.isEnabled()
    assert dialog.sentence.text() == f"Every 2 weeks on {monday:%A}, 09:00\u201309:50"
    dialog.location.setFocus()
    qtbot.keyClicks(dialog.location, "Room DMAW")  # the page's one-letter view keys stay out of the dialog
    assert dialog.location.text() == "Room DMAW" and page.mode == "week"
    editor.repeat.setCurrentIndex(editor.repeat.findData("monthly_position"))
    position = ("first", "second", "third", "fourth", "last")[min(4, (monday.day - 1) // 7)]
    assert dialog.sentence.text() == f"Every 2 months on the {position} Monday, 09:00\u201309:50"
    dialog.reject()


def test_navigation_views_shortcuts_and_a_busy_month(qtbot, calendar) -> None:
    gate, page, people, opened, monday = calendar
    grid = page.week_view.grid
    assert page.visible_range() == (monday, monday + timedelta(days=7))
    heading = page.heading.full_text()
    qtbot.keyClick(grid, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert page.visible_range()[0] == monday + timedelta(days=7) and page.heading.full_text() != heading
    qtbot.keyClick(grid, Qt.Key.Key_PageUp)
    qtbot.keyClick(grid, Qt.Key.Key_PageUp)
    assert page.visible_range()[0] == monday - timedelta(days=7)
    qtbot.keyClick(grid, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    today = page.today()
    assert page.visible_range()[0] <= today < page.visible_range()[1]
    qtbot.keyClick(grid, Qt.Key.Key_M)
    assert page.mode == "month" and page.stack.currentWidget() is page.month_view
    assert page.heading.full_text() == f"{today:%B %Y}"
    first, end = page.visible_range()
    assert (end - first).days == 42 and first.weekday() == 0 and first <= today.replace(day=1)
    page.go(1)
    assert page.anchor.month == (today.month % 12) + 1
    qtbot.mouseClick(page.view_buttons["agenda"], Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.agenda_view
    qtbot.mouseClick(page.view_buttons["day"], Qt.MouseButton.LeftButton)
    assert (page.visible_range()[1] - page.visible_range()[0]).days == 1
    wait_idle(qtbot, gate)
    qtbot.keyClick(grid, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.schedule_dialog is not None and page.schedule_dialog.isVisible()
    page.schedule_dialog.reject()
    wait_idle(qtbot, gate)  # the test writes through the practice below: nothing may run on the lane meanwhile

    # A busy day in the month: a few entries and "+k more", which opens the day.
    practice = gate.ctx.practice
    friday = monday + timedelta(days=4)
    for hour in range(8, 17):
        practice.sessions.create(SessionData(start_local=_at(friday, hour), tz=page.tz, duration_minutes=45,
                                             supervisee_id=people["Anna Smirnova"]))
    page.anchor = friday
    page.set_mode("month")
    wait_idle(qtbot, gate)
    view = page.month_view
    shown = [row for _, row in view.entries if row.start.date() == friday]
    ((rect, day, hidden),) = [m for m in view.more if m[1] == friday]
    assert len(shown) + len(hidden) == 9 and hidden
    qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=next(
        r for r, row in view.entries if row.id == shown[0].id).center().toPoint())
    assert opened == [shown[0].id]
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert page.mode == "day" and page.visible_range()[0] == friday
    wait_idle(qtbot, gate)
    assert len(page.week_view.rows) == 9


def test_an_open_schedule_survives_a_lock_as_a_draft(qtbot, calendar) -> None:
    gate, page, people, _opened, monday = calendar
    page.new_session(_at(monday, 16), 45)
    dialog = _dialog(qtbot, gate, page)
    dialog.supervisee.setCurrentIndex(dialog.supervisee.findData(people["Łukasz Żółć"]))
    dialog.location.setText("Café Ægir")
    dialog.recurrence.repeat.setCurrentIndex(dialog.recurrence.repeat.findData("monthly_date"))
    (draft,) = page.drafts()
    page.clear()
    assert page.schedule_dialog is None and page.week_view.rows == []
    assert page.restore_draft(*draft)
    back = page.schedule_dialog
    wait_idle(qtbot, gate)
    assert back.note.text().startswith("Your unsaved scheduling")
    assert (back.start_local(), back.duration.value(), back.location.text()) == (_at(monday, 16), 45, "Café Ægir")
    assert back.supervisee.currentData() == people["Łukasz Żółć"]
    assert back.recurrence.mode() == "monthly_date"
    back.reject()
    wait_idle(qtbot, gate)


def test_the_range_heading_and_count_are_whole_at_1024_px(qtbot, calendar) -> None:
    """At 1024×700 the week's range was cut to "30 Nov – 6 D" and the count to "8 sessi"."""
    gate, page, people, opened, monday = calendar
    gate.window.resize(1024, 700)
    gate.window.show()
    qtbot.waitExposed(gate.window)
    qtbot.waitUntil(lambda: bool(page.summary.full_text()))
    for label in (page.heading, page.summary):
        assert "\u2026" not in label.text(), label.text()
        assert label.fontMetrics().horizontalAdvance(label.text()) <= label.contentsRect().width()
    assert page.heading.full_text().startswith(page.heading.text())  # the whole range, perhaps without its year
    page.heading.resize(40, page.heading.height())  # a control: squeezed, it does elide
    assert page.heading.text().endswith("\u2026")


def test_saving_a_session_at_the_second_0230_of_a_fall_back_night_keeps_it_there(qtbot, unlocked_gate) -> None:
    """Berlin, 25 October 2026, 02:30 twice: the dialog's fields show 02:30 for either; saving the
    second one unchanged (a new place) must not move it an hour early; a time picked anew is the first."""
    from PySide6.QtCore import QTime

    from app.ui.dialogs.schedule_dialog import ScheduleDialog, edit_request

    gate = unlocked_gate
    practice = gate.ctx.practice
    person = practice.supervisees.create(SuperviseeData(full_name="Anna Smirnova"))[0]
    sid = practice.sessions.create(SessionData(start_local=datetime(2026, 10, 25, 2, 30, fold=1),
                                               tz="Europe/Berlin", supervisee_id=person)).id

    def utc_start() -> datetime:
        return practice.sessions.get(sid).start.astimezone(UTC).replace(tzinfo=None)

    second = datetime(2026, 10, 25, 1, 30)  # 02:30 CET
    assert utc_start() == second
    dialog = ScheduleDialog(gate.ctx, edit_request(practice.sessions.get(sid), None), "Europe/Berlin")
    qtbot.addWidget(dialog)
    wait_idle(qtbot, gate)
    dialog.location.setText("Online")
    practice.sessions.update(sid, dialog.session_data())
    assert utc_start() == second and practice.sessions.get(sid).location == "Online"
    dialog.start_time.setTime(QTime(2, 45))
    assert dialog.start_local() == datetime(2026, 10, 25, 2, 45) and dialog.start_local().fold == 0
