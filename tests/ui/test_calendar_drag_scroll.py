"""A drag held near the top or bottom of the week view's visible hours scrolls them, and the session
lands where the pointer is over the scrolled hours (move and resize); away from the edges nothing
scrolls; Esc still changes nothing. The month view has no scrolling (its six weeks fill the page),
so it has nothing to do here. Every result is read back from the vault."""
from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from .conftest import wait_idle
from .test_calendar_drag import _at, _block_point, _local, _press_and_move, _single
from .test_calendar_ui import calendar  # the fixture


def _in_viewport(view, x: int, y: int) -> QPoint:
    """The grid point under the viewport's point (x in the grid, y down the visible hours)."""
    return view.grid.mapFrom(view.scroll.viewport(), QPoint(x, y))


def _visible(view, day: date) -> tuple[datetime, datetime]:
    """The first and last moment of ``day`` the view shows now."""
    from app.ui.widgets.week_view import TOP

    top = view.scroll.verticalScrollBar().value()
    bottom = top + view.scroll.viewport().height()
    midnight = datetime.combine(day, datetime.min.time())
    return (midnight + timedelta(minutes=(top - TOP) * 60 / view.grid.hour),
            midnight + timedelta(minutes=(bottom - TOP) * 60 / view.grid.hour))


def _release(grid, point: QPoint) -> None:
    QTest.mouseRelease(grid, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)


def test_a_move_held_at_the_bottom_edge_scrolls_and_lands_later(qtbot, calendar) -> None:  # noqa: F811
    from app.ui.widgets.edge_scroll import INTERVAL_MS

    gate, page, people, _opened, monday = calendar
    practice = gate.ctx.practice
    tuesday = monday + timedelta(days=1)
    sid = _single(qtbot, gate, page, people["Anna Smirnova"], _at(tuesday, 10))
    view = page.week_view
    grid, bar = view.grid, view.scroll.verticalScrollBar()
    height = view.scroll.viewport().height()
    assert bar.maximum() > bar.value() > 0  # the working hours are in view; the evening is below them
    start_value = bar.value()
    _first, last = _visible(view, tuesday)

    # Held in the middle of the hours: nothing scrolls, and the drop is where the pointer is.
    start = _block_point(grid, sid)
    middle = QPoint(start.x(), int(start.y() + 2 * grid.hour))
    _press_and_move(grid, start, middle)
    assert grid.mouse.drag is not None and not grid.mouse.edge.active
    qtbot.wait(10 * INTERVAL_MS)  # a scrolling timer would have run ten times by now (none must run)
    assert bar.value() == start_value
    _release(grid, middle)
    wait_idle(qtbot, gate)
    assert bar.value() == start_value
    assert _local(practice.sessions.get(sid).start) == _at(tuesday, 12)

    # Held in the bottom band: the hours scroll and the preview keeps up; Esc then changes nothing.
    start = _block_point(grid, sid)
    _press_and_move(grid, start, _in_viewport(view, start.x(), height - 4))
    qtbot.waitUntil(lambda: bar.value() > start_value + grid.hour, timeout=5000)
    assert grid.preview is not None and grid.preview[1] > last  # the preview is past what was in view
    QTest.keyClick(grid, Qt.Key.Key_Escape)
    assert grid.preview is None and grid.mouse.drag is None and not grid.mouse.edge.active
    _release(grid, _in_viewport(view, start.x(), height - 4))
    wait_idle(qtbot, gate)
    assert _local(practice.sessions.get(sid).start) == _at(tuesday, 12)
    assert page.actions.scope_dialog is None

    # Held there again, then released without moving: it lands under the pointer, in the evening.
    view.scroll_to_hour(7)
    assert bar.value() == start_value
    start = _block_point(grid, sid)
    _press_and_move(grid, start, _in_viewport(view, start.x(), height - 4))
    qtbot.waitUntil(lambda: bar.value() >= start_value + 2 * grid.hour, timeout=5000)
    _release(grid, _in_viewport(view, start.x(), height - 4))  # the same place on the screen
    assert not grid.mouse.edge.active
    dropped = grid.preview
    assert dropped is not None and dropped[0].id == sid
    wait_idle(qtbot, gate)
    record = practice.sessions.get(sid)
    assert (_local(record.start), record.duration_minutes) == (dropped[1], 60)
    assert _local(record.start) > last and _local(record.start).date() == tuesday
    assert _status_moved(gate)


def _status_moved(gate) -> bool:
    return gate.window.statusBar().currentMessage().startswith("Moved Anna Smirnova to ")


def test_a_resize_scrolls_down_to_the_last_hour_and_a_move_up_to_the_first(qtbot, calendar) -> None:  # noqa: F811
    gate, page, people, _opened, monday = calendar
    practice = gate.ctx.practice
    wednesday, thursday = monday + timedelta(days=2), monday + timedelta(days=3)
    evening = _single(qtbot, gate, page, people["Anna Smirnova"], _at(wednesday, 19))
    morning = _single(qtbot, gate, page, people["Łukasz Żółć"], _at(thursday, 8))
    view = page.week_view
    grid, bar = view.grid, view.scroll.verticalScrollBar()
    height = view.scroll.viewport().height()
    first, last = _visible(view, wednesday)

    # The bottom edge of the evening session, dragged into the bottom band: it scrolls to the last
    # hour and stops there; the session then ends after what was in view.
    edge = _block_point(grid, evening, "bottom")
    assert grid.grab_at(edge.toPointF(), grid.row(evening)) == "resize"
    _press_and_move(grid, edge, _in_viewport(view, edge.x(), height - 2))
    qtbot.waitUntil(lambda: bar.value() == bar.maximum() and not grid.mouse.edge.active, timeout=5000)
    assert grid.preview is not None and grid.preview[1] == _at(wednesday, 19)
    longer = grid.preview[2]
    assert _at(wednesday, 19) + timedelta(minutes=longer) > last
    _release(grid, _in_viewport(view, edge.x(), height - 2))
    wait_idle(qtbot, gate)
    record = practice.sessions.get(evening)
    assert (_local(record.start), record.duration_minutes) == (_at(wednesday, 19), longer)
    assert _local(record.end) > last

    # The morning session, dragged into the top band: it scrolls up to the first hour and stops;
    # the session lands before what was in view at the start (07:00).
    view.scroll_to_hour(7)
    start = _block_point(grid, morning)
    _press_and_move(grid, start, _in_viewport(view, start.x(), 3))
    qtbot.waitUntil(lambda: bar.value() == bar.minimum() and not grid.mouse.edge.active, timeout=5000)
    assert grid.preview is not None and grid.preview[1] < _at(thursday, first.hour)
    _release(grid, _in_viewport(view, start.x(), 3))
    wait_idle(qtbot, gate)
    record = practice.sessions.get(morning)
    assert _at(thursday, 0) <= _local(record.start) < _at(thursday, first.hour)
    assert record.duration_minutes == 60


def test_the_step_grows_towards_the_edge() -> None:
    from app.ui.widgets.edge_scroll import BAND, MAX_STEP, edge_step

    height = 600
    assert edge_step(height / 2, height) == 0 and edge_step(BAND + 1, height) == 0
    downs = [edge_step(y, height) for y in (height - BAND + 1, height - BAND / 2, height - 1, height + 50)]
    assert downs == sorted(downs) and downs[0] >= 1 and downs[-1] == MAX_STEP and downs[1] < downs[2]
    ups = [edge_step(y, height) for y in (BAND - 1, BAND / 2, 1, -50)]
    assert ups == sorted(ups, reverse=True) and ups[0] <= -1 and ups[-1] == -MAX_STEP
    assert edge_step(30, 60) == 0 and edge_step(5, 60) < 0 < edge_step(55, 60)  # bands of a quarter at most
