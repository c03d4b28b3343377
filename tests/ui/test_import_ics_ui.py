"""The import dialog: preview before writing, progress and Stop, and the event loop keeps running."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QTimer

from app.core.services.supervisees import SuperviseeData
from benchmarks.bench_import_ics import make_file


def _idle(qtbot, gate) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: gate.runner.pending == 0, timeout=60000)


def _dialog(qtbot, gate, events: int):  # type: ignore[no-untyped-def]
    from app.ui.dialogs.import_ics import ImportIcsDialog

    gate.ctx.practice.supervisees.create(SuperviseeData(full_name="Alex Example"))
    dialog = ImportIcsDialog(gate.ctx, make_file(events), "big.ics")
    qtbot.addWidget(dialog)
    dialog.show()
    _idle(qtbot, gate)
    dialog.only_future.setChecked(False)
    return dialog


def _sessions(gate) -> list:  # type: ignore[no-untyped-def]
    return gate.ctx.practice.sessions.sessions_between(datetime(2000, 1, 1), datetime(2040, 1, 1))


def test_the_event_loop_keeps_running_during_an_import(qtbot, unlocked_gate) -> None:  # type: ignore[no-untyped-def]
    gate = unlocked_gate
    dialog = _dialog(qtbot, gate, 3000)
    ticks: list[int] = []
    steps: list[int] = []
    dialog._progress.step.connect(lambda done, total: steps.append(done))
    timer = QTimer(interval=10)
    timer.timeout.connect(lambda: ticks.append(len(steps)))
    timer.start()
    dialog.ok.click()
    assert dialog.running and dialog.progress.isVisible() and dialog.cancel.text() == "Stop"
    _idle(qtbot, gate)
    timer.stop()
    assert "Imported" in dialog.summary and not dialog.running
    during = [t for t in ticks if 0 < t < len(steps)]  # the timer fired while steps were still arriving
    assert len(during) >= 2 and len(set(steps)) >= 3
    assert len(_sessions(gate)) > 2000


def test_preview_writes_nothing_and_stop_leaves_the_vault_unchanged(qtbot, unlocked_gate) -> None:  # type: ignore[no-untyped-def]
    gate = unlocked_gate
    dialog = _dialog(qtbot, gate, 3000)
    dialog.preview_button.click()
    _idle(qtbot, gate)
    assert dialog.summary.startswith("Would import") and "nothing was written" in dialog.summary
    assert _sessions(gate) == [] and dialog.ok.isEnabled()
    stopped: list[int] = []

    def stop_at_first_step(done: int, total: int) -> None:
        if not stopped:
            stopped.append(done)
            dialog.cancel.click()  # "Stop" while running

    dialog._progress.step.connect(stop_at_first_step)
    dialog.ok.click()
    _idle(qtbot, gate)
    assert stopped and "cancelled" in dialog.result_label.text() and "unchanged" in dialog.result_label.text()
    assert _sessions(gate) == [] and dialog.isVisible()
