"""Python's cyclic garbage collector runs on the GUI thread only.

A collection starts on whichever thread happens to allocate; when it frees a
Qt wrapper there (a widget left over from a closed dialog, say), the C++
object is destroyed off the GUI thread and PySide can crash the process. The
app's worker lanes allocate a lot (an import of thousands of events), so
automatic collection is switched off and the GUI thread collects instead, on
a timer, by the same thresholds Python would use (the Anki approach).
Reference counting still frees everything not in a cycle at once.

The first check waits until start-up is over (:data:`START_DELAY_MS`): the
first collection scans every object the start-up imports made (some 120,000,
30-70 ms), which would otherwise land on the way to the first paint.
"""
from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

START_DELAY_MS = 2000  # a cold start paints in about a second on a quiet 2-core machine


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject, interval_ms: int = 500, start_delay_ms: int = START_DELAY_MS) -> None:
        super().__init__(parent)
        gc.disable()
        self._thresholds = gc.get_threshold()
        self._timer = QTimer(self, interval=interval_ms)
        self._timer.timeout.connect(self.check)
        QTimer.singleShot(start_delay_ms, self, self._timer.start)

    def check(self) -> None:
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self._thresholds[generation]:
                gc.collect(generation)
                return


def install(app: QObject) -> GuiThreadCollector:
    """Once per application: automatic collection off, the GUI thread collects."""
    existing = app.findChild(GuiThreadCollector)
    return existing if existing is not None else GuiThreadCollector(app)
