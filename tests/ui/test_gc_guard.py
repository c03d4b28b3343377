"""Cyclic garbage is collected on the GUI thread only, never on a worker lane."""
from __future__ import annotations

import gc
import threading


def test_collection_happens_on_the_gui_thread(qtbot) -> None:
    from app.ui.application import create_app

    app = create_app()
    assert not gc.isenabled()
    threads: list[str] = []

    def note(phase: str, info: dict) -> None:  # type: ignore[type-arg]
        if phase == "start":
            threads.append(threading.current_thread().name)

    class Cycle:
        def __init__(self) -> None:
            self.me = self

    gc.callbacks.append(note)
    try:
        def churn() -> None:
            for _ in range(50_000):
                Cycle()

        worker = threading.Thread(target=churn, name="worker")
        worker.start()
        worker.join()
        assert threads == []  # a worker's allocations never start a collection
        qtbot.waitUntil(lambda: bool(threads), timeout=10000)  # the first check waits out start-up
        assert set(threads) == {threading.main_thread().name}
    finally:
        gc.callbacks.remove(note)
    assert app is not None


def test_the_first_check_waits_until_start_up_is_over(qtbot) -> None:
    """Start-up's imports leave ~120,000 young objects; collecting them before the first paint would
    cost 30-70 ms on its path, so the collector starts checking only after its start delay."""
    from PySide6.QtCore import QObject

    from app.ui.gc_guard import GuiThreadCollector

    owner = QObject()
    collector = GuiThreadCollector(owner, interval_ms=50, start_delay_ms=300)
    assert not collector._timer.isActive()
    qtbot.waitUntil(collector._timer.isActive, timeout=5000)
    owner.deleteLater()
