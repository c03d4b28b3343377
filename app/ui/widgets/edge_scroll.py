"""Scrolling a scroll area while a drag is held near its top or bottom edge.

A drag that needs to go further than the visible part (a session moved from the
morning to the evening) is held in a band along the viewport's top or bottom
edge: a timer then scrolls, faster the closer the pointer is to the edge (or past
it), and stops at either end of the scroll range, when the pointer leaves the
band, or when the drag ends. Whoever owns the drag is told how far each step
scrolled, so the dragged position follows the content under a pointer held still.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QPointF, QTimer
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

BAND = 36  # pixels along the edge (at most a quarter of the viewport) where a held drag scrolls
INTERVAL_MS = 30
MAX_STEP = 12  # pixels per step with the pointer at the edge or past it (400 px/s); 1 at the band's inner side


def edge_step(y: float, height: float, band: float = BAND) -> int:
    """Pixels to scroll per step with the pointer ``y`` pixels down a viewport ``height`` high.

    Negative scrolls up, 0 outside both bands; it grows from 1 at the band's inner side to
    ``MAX_STEP`` at the edge, and stays there past it (the pointer dragged out of the view).
    """
    band = min(band, height / 4)
    if band <= 0:
        return 0
    if y < band:
        closeness = min(1.0, (band - y) / band)
        return -max(1, round(MAX_STEP * closeness))
    if y > height - band:
        closeness = min(1.0, (y - (height - band)) / band)
        return max(1, round(MAX_STEP * closeness))
    return 0


class EdgeScroll(QObject):
    """Scrolls ``area`` vertically while :meth:`follow` reports a pointer in an edge band.

    ``scrolled(pixels)`` is called after each step that moved (positive: the content
    moved up, so a point under a still pointer is that much further down the content).
    """

    def __init__(self, area: QAbstractScrollArea, scrolled: Callable[[int], None]) -> None:
        super().__init__(area)
        self.area, self.scrolled = area, scrolled
        self.step = 0
        self.timer = QTimer(self, interval=INTERVAL_MS)
        self.timer.timeout.connect(self._tick)

    @property
    def active(self) -> bool:
        return self.timer.isActive()

    def follow(self, pos: QPointF, widget: QWidget) -> None:
        """The pointer is at ``pos`` in ``widget`` (the scrolled content): scroll if it is in a band."""
        viewport = self.area.viewport()
        y = widget.mapTo(viewport, pos).y()
        self.step = edge_step(y, viewport.height())
        bar = self.area.verticalScrollBar()
        room = (self.step < 0 and bar.value() > bar.minimum()) or (self.step > 0 and bar.value() < bar.maximum())
        if not room:
            self.stop()
        elif not self.timer.isActive():
            self.timer.start()

    def stop(self) -> None:
        self.step = 0
        self.timer.stop()

    def _tick(self) -> None:
        bar = self.area.verticalScrollBar()
        before = bar.value()
        bar.setValue(before + self.step)
        moved = bar.value() - before
        if moved == 0:
            self.stop()  # the first or the last hour is in view: nothing more to show
            return
        self.scrolled(moved)
