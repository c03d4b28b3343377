"""A label that shows the longest of its texts that fits (e.g. a date range with and without its year),
and elides the shortest only when even that does not fit; the full text is its tooltip."""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

__all__ = ["FitLabel"]


class FitLabel(QLabel):
    def __init__(self, parent: QWidget | None = None, **kwargs: object) -> None:
        super().__init__(parent, **kwargs)
        self._texts: list[str] = []
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_texts(self, texts: Sequence[str]) -> None:
        """Longest (preferred) first."""
        self._texts = [t for t in texts if t] or [""]
        self.setToolTip(self._texts[0])
        self._fit()

    def full_text(self) -> str:
        return self._texts[0] if self._texts else ""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def minimumSizeHint(self) -> QSize:
        return QSize(60, super().minimumSizeHint().height())

    def _fit(self) -> None:
        if not self._texts:
            return
        metrics, room = self.fontMetrics(), max(0, self.contentsRect().width())
        for text in self._texts:
            if metrics.horizontalAdvance(text) <= room:
                super().setText(text)
                return
        super().setText(metrics.elidedText(self._texts[-1], Qt.TextElideMode.ElideRight, room))
