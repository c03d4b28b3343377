"""The search dialog: a name search past the best 50 offers "Show more", which loads the next page."""
from __future__ import annotations

from datetime import UTC, datetime, timezone

from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QStyleOptionViewItem

from app.core.services.series import SeriesData
from app.core.services.session_records import SessionRecordData
from app.core.services.supervisees import SuperviseeData

from .conftest import wait_idle


def test_show_more_loads_the_next_page(qtbot, unlocked_gate) -> None:
    from app.ui.dialogs.search_dialog import LIMIT, SearchDialog

    gate = unlocked_gate
    practice = gate.ctx.practice
    person = practice.supervisees.create(SuperviseeData(full_name="Oyelaran Quist"))[0]
    practice.series.create(SeriesData(start_local=datetime(2025, 1, 6, 9), rrule="FREQ=DAILY;COUNT=62",
                                      tz="UTC", supervisee_id=person),
                           now=datetime(2025, 1, 1, tzinfo=UTC))
    dialog = SearchDialog(gate.ctx, lambda _id: None, gate.window)
    qtbot.addWidget(dialog)
    dialog.open_search()
    dialog.query.setText("Quist")
    dialog.run_search()
    wait_idle(qtbot, gate)
    assert dialog.model.rowCount() == LIMIT
    assert dialog.more_button.isVisibleTo(dialog) and "more" in dialog.status.text()
    dialog.more_button.click()
    wait_idle(qtbot, gate)
    ids = [h.session_id for h in dialog.model.hits()]
    assert len(ids) == 62 and len(set(ids)) == 62  # the next twelve, none twice
    assert dialog.results.currentIndex().row() == LIMIT  # the first new one is current
    assert not dialog.more_button.isVisibleTo(dialog)
    assert dialog.status.text() == "62 sessions"
    dialog.query.setText("Quist nothing")
    dialog.run_search()
    wait_idle(qtbot, gate)
    assert not dialog.more_button.isVisibleTo(dialog)
    # A lock forgets the search: nothing of it is left to show more of.
    dialog.query.setText("Quist")
    dialog.run_search()
    wait_idle(qtbot, gate)
    assert dialog.more_button.isVisibleTo(dialog)
    dialog.clear()
    assert dialog.model.rowCount() == 0 and dialog._shown_text == "" and not dialog.more_button.isVisibleTo(dialog)
    dialog.show_more()
    wait_idle(qtbot, gate)
    assert dialog.model.rowCount() == 0


def test_snippet_markdown_is_drawn_not_shown(qtbot, unlocked_gate) -> None:
    from app.ui.dialogs.search_dialog import SearchDialog

    gate = unlocked_gate
    practice = gate.ctx.practice
    person = practice.supervisees.create(SuperviseeData(full_name="Mara Lind"))[0]
    practice.series.create(SeriesData(start_local=datetime(2025, 1, 6, 9), rrule="FREQ=DAILY;COUNT=1",
                                      tz="UTC", supervisee_id=person),
                           now=datetime(2025, 1, 1, tzinfo=UTC))
    sid = practice.sessions.history(person)[0].id
    practice.sessions.save_record(sid, SessionRecordData(brought="She talked about **boundaries** with *care*.",
                                                         status="held"))
    dialog = SearchDialog(gate.ctx, lambda _id: None, gate.window)
    qtbot.addWidget(dialog)
    dialog.open_search()
    dialog.query.setText("boundaries")
    dialog.run_search()
    wait_idle(qtbot, gate)
    hit = dialog.model.hits()[0]
    assert "**" not in hit.snippet_html and "<strong><b>boundaries</b></strong>" in hit.snippet_html
    # The delegate paints it (no raw marks reach the painter's document).
    image = QImage(700, 80, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    option = QStyleOptionViewItem()
    option.rect = image.rect()
    option.font = dialog.font()
    dialog.results.itemDelegate().paint(painter, option, dialog.model.index(0, 0))
    painter.end()
    dialog.reject()
