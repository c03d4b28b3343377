"""Sessions moved with the mouse, as a user would: drag a block to another time or
day (week view) or another day (month view), drag its bottom edge to change its
length, Esc to cancel; a series asks this / following / all. Every result is read
back from the vault through the core services. Also: Reschedule in the session
window, and the time field taking a typed "14:00" after a click in the minutes."""
from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt, QTime
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.core.services.series import SeriesData
from app.core.services.sessions import SessionData

from .conftest import wait_idle
from .test_calendar_ui import calendar


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute))


def _single(qtbot, gate, page, supervisee_id: int, start: datetime, minutes: int = 60) -> int:
    wait_idle(qtbot, gate)  # nothing may run on the lane while the test writes through the practice
    scheduled = gate.ctx.practice.sessions.create(SessionData(start_local=start, tz=page.tz,
                                                              duration_minutes=minutes, supervisee_id=supervisee_id))
    page.reload()
    wait_idle(qtbot, gate)
    return scheduled.id


def _series(qtbot, gate, page, supervisee_id: int, start: datetime, rrule: str) -> int:
    wait_idle(qtbot, gate)
    scheduled = gate.ctx.practice.series.create(SeriesData(start_local=start, rrule=rrule, tz=page.tz,
                                                           supervisee_id=supervisee_id))
    page.reload()
    wait_idle(qtbot, gate)
    return scheduled.id


def _block_point(grid, session_id: int, where: str = "middle") -> QPoint:
    """A point on the session's block: its middle, or just above its bottom edge."""
    rect = grid.block_rect(session_id)
    assert rect is not None, "the session is not on screen"
    y = rect.bottom() - 2 if where == "bottom" else rect.top() + rect.height() / 3
    return QPoint(int(rect.center().x()), int(y))


def _column_x(grid, day: date) -> int:
    from app.ui.widgets.week_view import GUTTER

    return int(GUTTER + grid.days.index(day) * grid.column_width() + grid.column_width() / 2)


def _press_and_move(grid, start: QPoint, end: QPoint, steps: int = 6) -> None:
    """Press the left button at ``start`` and move to ``end`` in a few steps (not released)."""
    QTest.mousePress(grid, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for i in range(1, steps + 1):
        QTest.mouseMove(grid, QPoint(start.x() + (end.x() - start.x()) * i // steps,
                                     start.y() + (end.y() - start.y()) * i // steps))


def _drag(grid, start: QPoint, end: QPoint) -> None:
    _press_and_move(grid, start, end)
    QTest.mouseRelease(grid, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def _status(gate) -> str:
    return gate.window.statusBar().currentMessage()


def _local(moment: datetime) -> datetime:
    return moment.replace(tzinfo=None)


def test_drag_a_single_session_to_another_day_and_time(qtbot, calendar) -> None:  # noqa: F811
    gate, page, people, _opened, monday = calendar
    practice = gate.ctx.practice
    tuesday, thursday = monday + timedelta(days=1), monday + timedelta(days=3)
    sid = _single(qtbot, gate, page, people["Anna Smirnova"], _at(tuesday, 10))
    grid = page.week_view.grid
    start = _block_point(grid, sid)
    end = QPoint(_column_x(grid, thursday), int(start.y() + 4 * grid.hour + 0.1 * grid.hour))  # +4 h 6 min
    _press_and_move(grid, start, end)
    assert grid.preview is not None  # the live preview: the block where it would go, snapped
    assert grid.preview[1:] == (_at(thursday, 14), 60)
    assert _local(practice.sessions.get(sid).start) == _at(tuesday, 10)  # nothing saved while dragging
    QTest.mouseRelease(grid, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    wait_idle(qtbot, gate)
    record = practice.sessions.get(sid)
    assert (_local(record.start), record.duration_minutes) == (_at(thursday, 14), 60)
    assert record.series_id is None and page.actions.scope_dialog is None  # a single session asks nothing
    assert grid.preview is None
    qtbot.waitUntil(lambda: [_local(r.start) for r in page.week_view.rows] == [_at(thursday, 14)], timeout=5000)
    assert _status(gate).startswith("Moved Anna Smirnova to ") and _status(gate).endswith(" 14:00")
    assert str(thursday.day) in _status(gate)

    # The month view moves it to another day and keeps its time.
    page.set_mode("month")
    wait_idle(qtbot, gate)
    view = page.month_view
    rect = next(r for r, row in view.entries if row.id == sid)
    saturday = thursday + timedelta(days=2)
    cell = next(c for c, day in view.cells if day == saturday)
    _drag(view, rect.center().toPoint(), cell.center().toPoint())
    wait_idle(qtbot, gate)
    assert _local(practice.sessions.get(sid).start) == _at(saturday, 14)
    assert view.preview is None


def test_one_occurrence_of_a_series_this_only(qtbot, calendar) -> None:  # noqa: F811
    gate, page, people, _opened, monday = calendar
    practice = gate.ctx.practice
    tuesday = monday + timedelta(days=1)
    series_id = _series(qtbot, gate, page, people["Łukasz Żółć"], _at(tuesday, 10), "FREQ=WEEKLY;BYDAY=TU;COUNT=4")
    rule_before = practice.series.get(series_id).data.rrule
    grid = page.week_view.grid
    (first,) = page.week_view.rows
    start = _block_point(grid, first.id)
    _drag(grid, start, QPoint(start.x() + grid.column_width(), int(start.y() + 2 * grid.hour)))  # Wed 12:00
    wait_idle(qtbot, gate)
    scope = page.actions.scope_dialog
    assert scope is not None and scope.isVisible() and scope.objectName() == "scope_edit"
    from PySide6.QtWidgets import QLabel

    detail = scope.findChild(QLabel, "scope_detail").text()
    assert detail.startswith("Łukasz Żółć: to ") and "12:00\u201313:00 (was " in detail and detail.endswith(" 10:00)")
    assert _local(practice.sessions.get(first.id).start) == _at(tuesday, 10)  # nothing until it is answered
    qtbot.mouseClick(scope.buttons["this"], Qt.MouseButton.LeftButton)
    wait_idle(qtbot, gate)
    rows = practice.sessions.sessions_between(_at(tuesday, 0), _at(tuesday + timedelta(days=28), 0))
    assert [_local(r.start) for r in rows] == [_at(tuesday + timedelta(days=1), 12)] + [
        _at(tuesday + timedelta(days=7 * i), 10) for i in range(1, 4)]
    assert [r.detached for r in rows] == [True, False, False, False]  # one override
    assert practice.series.get(series_id).data.rrule == rule_before  # the rule unchanged
    assert len(practice.series.list()) == 1
    assert _status(gate).startswith("Moved Łukasz Żółć to ")


def test_this_and_following_moves_the_rest_to_the_new_weekday(qtbot, calendar) -> None:  # noqa: F811
    gate, page, people, _opened, monday = calendar
    practice = gate.ctx.practice
    tuesday = monday + timedelta(days=1)
    _series(qtbot, gate, page, people["Anna Smirnova"], _at(tuesday, 10), "FREQ=WEEKLY;BYDAY=TU;COUNT=4")
    page.go(1)
    wait_idle(qtbot, gate)
    grid = page.week_view.grid
    (second,) = page.week_view.rows
    start = _block_point(grid, second.id)
    _drag(grid, start, QPoint(start.x() + grid.column_width(), int(start.y() + grid.hour)))  # Wed 11:00
    wait_idle(qtbot, gate)
    qtbot.mouseClick(page.actions.scope_dialog.buttons["following"], Qt.MouseButton.LeftButton)
    wait_idle(qtbot, gate)
    rows = practice.sessions.sessions_between(_at(tuesday, 0), _at(tuesday + timedelta(days=35), 0))
    assert [_local(r.start) for r in rows] == [_at(tuesday, 10)] + [
        _at(tuesday + timedelta(days=7 * i + 1), 11) for i in range(1, 4)]  # still four sessions in all
    first_part, second_part = sorted(practice.series.list(), key=lambda s: s.id)
    assert first_part.data.rrule == "FREQ=WEEKLY;BYDAY=TU;COUNT=1"
    assert second_part.data.rrule == "FREQ=WEEKLY;BYDAY=WE;COUNT=3"
    assert second_part.data.start_local == _at(tuesday + timedelta(days=8), 11)


def test_drag_the_bottom_edge_to_change_the_length(qtbot, calendar) -> None:  # noqa: F811
    gate, page, people, _opened, monday = calendar
    practice = gate.ctx.practice
    wednesday = monday + timedelta(days=2)
    sid = _single(qtbot, gate, page, people["Anna Smirnova"], _at(wednesday, 9), 60)
    grid = page.week_view.grid
    edge = _block_point(grid, sid, "bottom")
    assert grid.grab_at(edge.toPointF(), grid.row(sid)) == "resize"
    assert grid.grab_at(_block_point(grid, sid).toPointF(), grid.row(sid)) == "move"
    _press_and_move(grid, edge, QPoint(edge.x(), int(edge.y() + 0.5 * grid.hour)))
    assert grid.preview is not None and grid.preview[1:] == (_at(wednesday, 9), 90)
    QTest.mouseRelease(grid, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       QPoint(edge.x(), int(edge.y() + 0.5 * grid.hour)))
    wait_idle(qtbot, gate)
    record = practice.sessions.get(sid)
    assert (_local(record.start), record.duration_minutes) == (_at(wednesday, 9), 90)
    assert "10:30" in _status(gate) and "90 min" in _status(gate)


def test_esc_during_a_drag_changes_nothing(qtbot, calendar) -> None:  # noqa: F811
    gate, page, people, _opened, monday = calendar
    practice = gate.ctx.practice
    tuesday = monday + timedelta(days=1)
    sid = _single(qtbot, gate, page, people["Anna Smirnova"], _at(tuesday, 10))
    series_id = _series(qtbot, gate, page, people["Łukasz Żółć"], _at(tuesday, 15), "FREQ=WEEKLY;COUNT=3")
    before = [(r.id, r.start, r.end, r.detached) for r in
              practice.sessions.sessions_between(_at(monday, 0), _at(monday + timedelta(days=28), 0))]
    grid = page.week_view.grid
    for session_id in (sid, next(r.id for r in page.week_view.rows if r.series_id == series_id)):
        start = _block_point(grid, session_id)
        end = QPoint(start.x() + grid.column_width(), int(start.y() + 2 * grid.hour))
        _press_and_move(grid, start, end)
        assert grid.preview is not None
        QTest.keyClick(grid, Qt.Key.Key_Escape)
        assert grid.preview is None and grid.mouse.drag is None
        QTest.mouseRelease(grid, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
        wait_idle(qtbot, gate)
        assert page.actions.scope_dialog is None and page.schedule_dialog is None
    # Cancelling the scope question changes nothing either.
    start = _block_point(grid, next(r.id for r in page.week_view.rows if r.series_id == series_id))
    _drag(grid, start, QPoint(start.x(), int(start.y() + grid.hour)))
    wait_idle(qtbot, gate)
    assert page.actions.scope_dialog.isVisible()
    page.actions.scope_dialog.reject()
    assert grid.preview is None
    wait_idle(qtbot, gate)
    after = [(r.id, r.start, r.end, r.detached) for r in
             practice.sessions.sessions_between(_at(monday, 0), _at(monday + timedelta(days=28), 0))]
    assert after == before
    assert practice.series.get(series_id).data.rrule == "FREQ=WEEKLY;COUNT=3"


def test_a_click_and_a_double_click_still_select_and_open(qtbot, calendar) -> None:  # noqa: F811
    gate, page, people, opened, monday = calendar
    sid = _single(qtbot, gate, page, people["Anna Smirnova"], _at(monday, 11))
    grid = page.week_view.grid
    point = _block_point(grid, sid)
    QTest.mouseClick(grid, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    assert grid.selected_id == sid and grid.preview is None
    QTest.mouseDClick(grid, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    wait_idle(qtbot, gate)
    assert opened == [sid] and page.actions.scope_dialog is None
    assert _local(gate.ctx.practice.sessions.get(sid).start) == _at(monday, 11)


def test_reschedule_in_the_session_window(qtbot, unlocked_gate) -> None:
    from app.core.services.supervisees import SuperviseeData
    from app.ui.controllers.session_windows import SessionEditors

    gate = unlocked_gate
    wait_idle(qtbot, gate)
    practice = gate.ctx.practice
    person, _ = practice.supervisees.create(SuperviseeData(full_name="Anna Smirnova"))
    day = date.today() + timedelta(days=9)
    series_id = practice.series.create(SeriesData(start_local=_at(day, 9), rrule="FREQ=WEEKLY;COUNT=3",
                                                  tz="UTC", supervisee_id=person)).id
    first = practice.sessions.sessions_between(_at(day, 0), _at(day, 23))[0]
    editors = SessionEditors(gate.ctx, gate.window)
    editor = editors.open(first.id)
    qtbot.waitUntil(lambda: editor.record is not None, timeout=10000)
    wait_idle(qtbot, gate)
    assert editor.reschedule_button.isEnabled() and editor.reschedule_button.text() == "Reschedule\u2026"
    qtbot.mouseClick(editor.reschedule_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, gate)
    dialog = editor.schedule_dialog
    assert dialog is not None and dialog.isVisible() and dialog.request.session_id == first.id
    assert dialog.start_local() == _at(day, 9) and dialog.request.series_id == series_id
    dialog.start_time.setTime(QTime(13, 30))
    wait_idle(qtbot, gate)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.scope_dialog is not None and dialog.scope_dialog.isVisible()
    qtbot.mouseClick(dialog.scope_dialog.buttons["this"], Qt.MouseButton.LeftButton)
    wait_idle(qtbot, gate)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    record = practice.sessions.get(first.id)
    assert _local(record.start) == _at(day, 13, 30) and record.detached
    assert practice.series.get(series_id).data.rrule == "FREQ=WEEKLY;COUNT=3"
    qtbot.waitUntil(lambda: "13:30" in editor.when.text(), timeout=5000)  # the window shows the new time
    editor.force_close()
    wait_idle(qtbot, gate)


@pytest.mark.parametrize("field_class", ["TimeField", "QTimeEdit"])
def test_typing_14_00_after_a_click_in_the_minutes(qtbot, field_class: str) -> None:
    """Focus arrives by a click in the minutes (as a user does); then "14:00" is typed.

    A plain QTimeEdit (the old field) keeps the minutes section and ends at 09:30: the
    control shows that this test reproduces the bug; the TimeField takes the whole time.
    (The older test gave the focus with setFocus(), which selects the hour in any
    QTimeEdit, so it passed without the fix.)
    """
    from PySide6.QtWidgets import QLineEdit, QTimeEdit, QVBoxLayout, QWidget

    from app.ui.application import create_app
    from app.ui.widgets.time_field import TimeField

    create_app()
    window = QWidget()
    qtbot.addWidget(window)
    before = QLineEdit()
    field = TimeField() if field_class == "TimeField" else QTimeEdit()
    field.setDisplayFormat("HH:mm")
    layout = QVBoxLayout(window)
    layout.addWidget(before)
    layout.addWidget(field)
    field.setTime(QTime(9, 30))
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    before.setFocus()
    qtbot.waitUntil(before.hasFocus)
    line = field.lineEdit()
    QTest.mouseClick(line, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(line.width() - 6, line.height() // 2))  # on the minutes
    qtbot.waitUntil(field.hasFocus)
    QApplication.processEvents()
    qtbot.keyClicks(field, "14:00")
    expected = QTime(14, 0) if field_class == "TimeField" else QTime(9, 30)
    assert field.time() == expected


@pytest.mark.parametrize(("rrule", "old", "new", "expected"), [
    ("FREQ=WEEKLY;BYDAY=TU;COUNT=4", date(2026, 12, 8), date(2026, 12, 9), "FREQ=WEEKLY;BYDAY=WE;COUNT=4"),
    ("FREQ=WEEKLY;BYDAY=MO,TH", date(2026, 12, 7), date(2026, 12, 8), "FREQ=WEEKLY;BYDAY=TU,TH"),
    ("FREQ=MONTHLY;BYMONTHDAY=8", date(2026, 12, 8), date(2026, 12, 10), "FREQ=MONTHLY;BYMONTHDAY=10"),
    ("FREQ=MONTHLY;BYDAY=TU;BYSETPOS=2", date(2026, 12, 8), date(2026, 12, 3), "FREQ=MONTHLY;BYDAY=TH;BYSETPOS=1"),
    ("FREQ=DAILY;COUNT=5", date(2026, 12, 8), date(2026, 12, 9), "FREQ=DAILY;COUNT=5"),
    ("FREQ=WEEKLY;BYDAY=TU;COUNT=4", date(2026, 12, 8), date(2026, 12, 8), "FREQ=WEEKLY;BYDAY=TU;COUNT=4"),
])
def test_the_rule_follows_a_moved_day(rrule: str, old: date, new: date, expected: str) -> None:
    from app.ui.pages.calendar_actions import follow_day

    assert follow_day(rrule, old, new) == expected


def test_snapping_to_quarter_hours() -> None:
    from app.ui.widgets.calendar_common import moved_start, resized_minutes

    ten = _at(date(2026, 12, 8), 10)
    assert moved_start(ten, 7) == ten and moved_start(ten, 8) == _at(date(2026, 12, 8), 10, 15)
    assert moved_start(ten, 4 * 60 + 5, days=2) == _at(date(2026, 12, 10), 14)
    assert moved_start(ten, -11 * 60) == _at(date(2026, 12, 8), 0)  # not before the day's start
    assert moved_start(ten, 15 * 60) == _at(date(2026, 12, 8), 23, 45)  # nor after its last quarter
    assert resized_minutes(_at(date(2026, 12, 8), 10, 10), 50, 23, 600) == 80  # ends on 11:30
    assert resized_minutes(ten, 60, -120, 600) == 15 and resized_minutes(ten, 60, 900, 600) == 600


def test_a_session_kept_in_another_zone_moves_by_the_wall_clock_it_shows(qtbot, calendar) -> None:  # noqa: F811
    gate, page, people, _opened, monday = calendar
    practice = gate.ctx.practice
    wait_idle(qtbot, gate)
    from dataclasses import replace

    practice.settings.update(replace(practice.settings.get(), time_zone="Europe/Berlin"))
    page.on_unlocked()  # the calendar reads its zone again (as after a change in Settings)
    wait_idle(qtbot, gate)
    assert page.tz == "Europe/Berlin"
    tuesday = monday + timedelta(days=1)
    sid = practice.sessions.create(SessionData(start_local=_at(tuesday, 12), tz="America/New_York",
                                               supervisee_id=people["Anna Smirnova"])).id
    page.reload()
    wait_idle(qtbot, gate)
    shown = _local(next(r for r in page.week_view.rows if r.id == sid).start)
    assert shown == _at(tuesday, 18)  # 12:00 in New York is 18:00 in Berlin
    grid = page.week_view.grid
    start = _block_point(grid, sid)
    _drag(grid, start, QPoint(start.x(), int(start.y() + grid.hour)))
    wait_idle(qtbot, gate)
    record = practice.sessions.get(sid)
    assert record.tz == "America/New_York" and _local(record.start) == _at(tuesday, 13)  # its own clock, +1 h
    assert _local(next(r for r in page.week_view.rows if r.id == sid).start) == shown + timedelta(hours=1)
