"""Today (what needs doing), the supervisee history panel with themes over time,
and that private notes never surface where they did not match."""
from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt

from app.core.services.session_records import FollowUpData, SessionRecordData
from app.core.services.sessions import SessionData
from app.core.services.supervisees import SuperviseeData

from .conftest import wait_idle

PRIVATE = "walrus secret of mine"



def _texts(widget) -> str:  # type: ignore[no-untyped-def]
    """Everything a page shows as text: labels, list rows, list-widget items."""
    from PySide6.QtWidgets import QLabel, QListView, QListWidget

    out = [label.text() for label in widget.findChildren(QLabel)]
    for view in widget.findChildren(QListView):
        model = view.model()
        out += [str(model.data(model.index(r, 0))) for r in range(model.rowCount())]
    for lw in widget.findChildren(QListWidget):
        out += [lw.item(r).text() for r in range(lw.count())]
    return "\n".join(out)


def test_today_lists_what_needs_doing(qtbot, unlocked_gate) -> None:
    from app.ui.pages.today import TodayPage

    gate = unlocked_gate
    wait_idle(qtbot, gate)
    practice = gate.ctx.practice
    person, _ = practice.supervisees.create(SuperviseeData(full_name="Zoë Müller"))
    now = datetime.now().replace(second=0, microsecond=0)
    yesterday = now - timedelta(days=1)
    held = practice.sessions.create(SessionData(yesterday - timedelta(hours=3), tz="UTC", supervisee_id=person)).id
    practice.sessions.set_status(held, "held")
    awaiting = practice.sessions.create(SessionData(yesterday - timedelta(hours=6), tz="UTC",
                                                    supervisee_id=person)).id
    noted = practice.sessions.create(SessionData(now - timedelta(days=8), tz="UTC", supervisee_id=person)).id
    practice.sessions.save_record(noted, SessionRecordData(
        brought="Fees", private_note=PRIVATE, status="held",
        follow_ups=(FollowUpData("Send the contract", date.today()),)))

    opened: list[int] = []
    page = TodayPage(gate.ctx, opened.append)
    qtbot.addWidget(page)
    gate.runner.changes_applied.connect(page.on_changes)  # what the main window does for its pages
    page.resize(1100, 800)
    page.on_unlocked()
    wait_idle(qtbot, gate)
    assert [r.id for r in page.models["without_notes"].rows()] == [held]
    assert [r.id for r in page.models["awaiting"].rows()] == [awaiting]
    assert page.follow_ups.count() == 1 and "Send the contract" in page.follow_ups.item(0).text()
    assert PRIVATE not in _texts(page)
    assert page.sections["reviews"].stack.currentWidget() is page.sections["reviews"].empty
    page.grab()  # the delegates paint

    view = page.views["without_notes"]
    view.activated.emit(page.models["without_notes"].index(0, 0))
    page.follow_ups.itemDoubleClicked.emit(page.follow_ups.item(0))
    assert opened == [held, noted]

    # Ticking a follow-up marks it done; the list refreshes on the change.
    page.follow_ups.item(0).setCheckState(Qt.CheckState.Checked)
    wait_idle(qtbot, gate)
    assert practice.sessions.get(noted).data.follow_ups[0].done
    qtbot.waitUntil(lambda: page.follow_ups.count() == 0, timeout=5000)

    # Writing notes for the held session takes it off the list (refresh on changes.sessions).
    gate.ctx.command(lambda p: p.sessions.save_record(held, SessionRecordData(brought="Now written",
                                                                               status="held")))
    wait_idle(qtbot, gate)
    qtbot.waitUntil(lambda: page.models["without_notes"].rowCount() == 0, timeout=5000)

    page.set_reviews([("Thursday peer group", date(2025, 6, 1))])
    assert "Thursday peer group" in page.reviews.item(0).text()
    assert page.sections["reviews"].count.text() == "1"
    page.clear()
    assert page.models["awaiting"].rowCount() == 0 and page.follow_ups.count() == 0


def test_today_shows_the_earliest_fifty_follow_ups_and_says_there_are_more(qtbot, unlocked_gate) -> None:
    """A long backlog of follow-ups is cut to the earliest 50 (counted "50+"), like the other lists:
    the page neither waits for nor builds thousands of rows at start-up."""
    from app.ui.pages.today import ATTENTION_LIMIT, TodayPage

    gate = unlocked_gate
    wait_idle(qtbot, gate)
    practice = gate.ctx.practice
    person, _ = practice.supervisees.create(SuperviseeData(full_name="Ida Berg"))
    noted = practice.sessions.create(SessionData(datetime.now().replace(microsecond=0) - timedelta(days=90),
                                                 tz="UTC", supervisee_id=person)).id
    first = date.today() - timedelta(days=80)
    practice.sessions.save_record(noted, SessionRecordData(brought="Backlog", status="held", follow_ups=tuple(
        FollowUpData(f"Item {n}", first + timedelta(days=n)) for n in range(ATTENTION_LIMIT + 5))))
    page = TodayPage(gate.ctx, lambda _sid: None)
    qtbot.addWidget(page)
    page.on_unlocked()
    wait_idle(qtbot, gate)
    assert page.follow_ups.count() == ATTENTION_LIMIT
    assert page.follow_ups.item(0).text().startswith("Item 0\n")
    assert page.sections["follow_ups"].count.text() == f"{ATTENTION_LIMIT}+"
    assert len(practice.sessions.follow_ups_due(date.today(), limit=3)) == 3


def test_history_panel_and_theme_chart(qtbot, unlocked_gate) -> None:
    from app.ui.widgets.supervisee_history import SuperviseeHistoryPanel

    gate = unlocked_gate
    wait_idle(qtbot, gate)
    practice = gate.ctx.practice
    themes = {t.name: t for t in practice.themes.list()}
    person, _ = practice.supervisees.create(SuperviseeData(full_name="山田 花子"))
    today = date.today()
    this_month = today.replace(day=1)
    last_month = (this_month - timedelta(days=1)).replace(day=1)
    plan = ((last_month, ("Boundaries", "Self-care")), (last_month + timedelta(days=7), ("Boundaries",)),
            (this_month, ("Projection",)))
    for day, names in plan:
        sid = practice.sessions.create(SessionData(datetime.combine(day, datetime.min.time()).replace(hour=9),
                                                   tz="UTC", supervisee_id=person)).id
        practice.sessions.save_record(sid, SessionRecordData(
            brought="Notes", private_note=PRIVATE, status="held",
            theme_ids=tuple(themes[n].id for n in names)))

    opened: list[int] = []
    panel = SuperviseeHistoryPanel(gate.ctx, opened.append)
    qtbot.addWidget(panel)
    panel.resize(800, 640)
    panel.set_supervisee(person)
    wait_idle(qtbot, gate)
    assert panel.model.rowCount() == 3
    expected = practice.sessions.theme_counts(person)
    assert panel.chart.counts == expected
    totals = {s.name: s.total for s in panel.chart.series}
    assert totals == {"Boundaries": 2, "Self-care": 1, "Projection": 1}
    assert panel.chart.series[0].colour == themes["Boundaries"].color
    assert len(panel.chart.months) == 12 and panel.chart.months[-1] == this_month
    assert panel.chart.month_totals()[-2:] == [3, 1]
    assert "3 held" in panel.summary.text()
    assert PRIVATE not in _texts(panel)
    panel.grab()
    panel.list.activated.emit(panel.model.index(0, 0))
    assert opened == [panel.model.rows()[0].id]
    panel.set_range(0)
    wait_idle(qtbot, gate)
    assert panel.chart.months[0] == last_month
    panel.set_supervisee(None)
    assert panel.model.rowCount() == 0 and panel.chart.is_empty()


def test_theme_chart_folds_many_themes_and_handles_empty(qtbot) -> None:
    from app.ui.application import create_app
    from app.ui.widgets.theme_chart import OTHER, ThemeChart, nice_step

    create_app()
    chart = ThemeChart()
    qtbot.addWidget(chart)
    chart.resize(700, 300)
    chart.set_data({}, {})
    assert chart.is_empty()
    chart.grab()
    counts = {date(2024, m, 1): {f"Theme {i}": (i + m) % 4 for i in range(14)} for m in (1, 2, 5)}
    colours = {f"Theme {i}": "#3b7dd8" for i in range(14)}
    chart.set_data(counts, colours)
    assert len(chart.months) == 5  # January to May, the empty months kept
    assert len(chart.series) == 8 and chart.series[-1].name == OTHER
    assert sum(s.total for s in chart.series) == sum(sum(c.values()) for c in counts.values())
    assert chart.month_totals()[2:4] == [0, 0]
    chart.grab()
    assert "May 2024" in chart.tooltip_for(4) or "2024" in chart.tooltip_for(4)
    assert [nice_step(n) for n in (1, 4, 9, 23, 180)] == [1, 1, 5, 10, 50]


def test_group_review_due_shows_on_today(qtbot, unlocked_gate) -> None:
    from datetime import date, timedelta

    from app.core.services.groups import GroupData
    from app.ui.pages.today import TodayPage

    gate = unlocked_gate
    soon = date.today() + timedelta(days=5)
    gate.ctx.practice.groups.create(GroupData(name="Tuesday peers", review_on=soon))
    gate.ctx.practice.groups.create(GroupData(name="Later group", review_on=soon + timedelta(days=90)))
    page = TodayPage(gate.ctx, lambda _id: None)
    qtbot.addWidget(page)
    page.on_unlocked()
    qtbot.waitUntil(lambda: page.reviews.count() == 1, timeout=10000)
    assert page.reviews.item(0).text().startswith("Tuesday peers")


LONG_NAMES = ("Réka Szabó-Kovács", "Łukasz Żółć-Wiśniewski", "Ωμέγα Παπαδοπούλου", "Samuel Okafor-Adeyemi")


def _fill_long_names(practice) -> None:  # type: ignore[no-untyped-def]
    """Today, later this week, held without notes and awaiting an outcome, each with long names."""
    ids = [practice.supervisees.create(SuperviseeData(full_name=n))[0] for n in LONG_NAMES]
    # Practice time zone is UTC; start early enough in the day that "later today" still is today.
    morning = datetime.combine(date.today(), datetime.min.time()).replace(hour=1)
    for i, sid in enumerate(ids):
        noted = practice.sessions.create(SessionData(morning + timedelta(hours=i), tz="UTC",
                                                     supervisee_id=sid)).id
        if i % 2:
            practice.sessions.save_record(noted, SessionRecordData(brought="x", status="held"))
        practice.sessions.create(SessionData(morning + timedelta(days=1, hours=i), tz="UTC",
                                             supervisee_id=sid))
        held = practice.sessions.create(SessionData(morning - timedelta(days=3 + i), tz="UTC",
                                                    supervisee_id=sid)).id
        practice.sessions.set_status(held, "held")
        practice.sessions.create(SessionData(morning - timedelta(days=10 + i), tz="UTC", supervisee_id=sid))


def test_names_get_their_room_at_1024_by_700(qtbot, unlocked_gate) -> None:
    """Issue 10: Today cut names to "Réka S…" next to empty space, and showed later-this-week rows with no
    name at all at 1024 px. Every row's name is now drawn whole at 1024×700."""
    from PySide6.QtWidgets import QApplication

    gate = unlocked_gate
    wait_idle(qtbot, gate)
    _fill_long_names(gate.ctx.practice)
    window = gate.window
    window.resize(1024, 700)
    window.show_page("Today")
    page = window.page("Today")
    page.reload()
    wait_idle(qtbot, gate)
    QApplication.processEvents()
    rows = sum(model.rowCount() for model in page.models.values())
    assert rows >= 12  # the later-this-week list may be empty at the end of the week
    assert page.elided_names() == []
    # The counter-check: a name that cannot fit is reported (the check can fail).
    page.views["today"].setFixedWidth(220)
    QApplication.processEvents()
    assert page.elided_names()


def test_a_narrow_row_gives_way_instead_of_overlapping(qtbot, unlocked_gate) -> None:
    """At 2× a narrow Today drew "✎ Notes" over the date: the extras now make room or are left out,
    so no two parts of a row overlap at any width."""
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

    from app.ui.pages.today import TodayPage

    gate = unlocked_gate
    wait_idle(qtbot, gate)
    _fill_long_names(gate.ctx.practice)
    page = TodayPage(gate.ctx, lambda _id: None)
    qtbot.addWidget(page)
    page.on_unlocked()
    wait_idle(qtbot, gate)
    view = page.views["today"]
    delegate = view.itemDelegate()
    index = next(view.model().index(r, 0) for r in range(view.model().rowCount())
                 if view.model().rows()[r].has_notes)
    seen_marker = False
    for width in (900, 600, 420, 300, 200, 120):
        option = QStyleOptionViewItem()
        option.initFrom(view)
        option.font = view.font()
        option.rect = QRect(0, 0, width, 34)
        parts = delegate.layout(option, index)
        drawn = [r for r in (parts.when, parts.name, parts.secondary, parts.marker, parts.pill, *parts.dots)
                 if r is not None and r.width() > 0]
        for i, a in enumerate(drawn):
            assert a.right() <= option.rect.right()
            for b in drawn[i + 1:]:
                assert not a.intersects(b), (width, a, b)
        seen_marker = seen_marker or parts.marker is not None
        if width == 900:
            assert parts.marker_text and parts.pill_text and parts.name_text in LONG_NAMES
    assert seen_marker
    page.grab()  # paints at its size without error
    QApplication.processEvents()
