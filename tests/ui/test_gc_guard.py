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
        qtbot.waitUntil(lambda: bool(threads), timeout=5000)
        assert set(threads) == {threading.main_thread().name}
    finally:
        gc.callbacks.remove(note)
    assert app is not None
