"""Names first: a table whose first column holds names gives way in its other columns, not in the
names. When the view is too narrow for a name of ``name_ems`` characters beside the other columns,
the optional columns are hidden (the last named first) and shown again when there is room."""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QTableView

__all__ = ["NamesFirst"]


class NamesFirst(QObject):
    def __init__(self, table: QTableView, optional: Sequence[int], name_column: int = 0,
                 name_ems: float = 12) -> None:
        super().__init__(table)
        self.table, self.optional, self.name_column, self.name_ems = table, list(optional), name_column, name_ems
        self._widths: dict[int, int] = {}  # each column's width when last shown (a hidden one's hint is 0)
        table.viewport().installEventFilter(self)
        model = table.model()
        for signal in (model.modelReset, model.rowsInserted, model.layoutChanged):
            signal.connect(self.fit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self, *_: object) -> None:
        table = self.table
        model = table.model()
        if model is None:
            return
        wanted = int(table.fontMetrics().averageCharWidth() * self.name_ems)
        room = table.viewport().width()
        others = [c for c in range(model.columnCount()) if c != self.name_column]
        shown = set(others)
        widths = {c: self._width(c) for c in others}
        for column in reversed(self.optional):  # hide from the last optional column on
            used = sum(widths[c] for c in shown)
            if room - used >= wanted:
                break
            shown.discard(column)
        for column in others:
            table.setColumnHidden(column, column not in shown)

    def _width(self, column: int) -> int:
        """The room ``column`` takes when shown. Qt gives a hidden section a size hint of 0, which made
        a hidden column look free, so it was shown again at the next fit and hidden at the one after."""
        table, header = self.table, self.table.horizontalHeader()
        content = table.sizeHintForColumn(column)
        if not header.isSectionHidden(column):
            self._widths[column] = max(header.sectionSizeHint(column), content)
            return self._widths[column]
        title = str(table.model().headerData(column, Qt.Orientation.Horizontal) or "")
        return max(self._widths.get(column, 0), content, header.fontMetrics().horizontalAdvance(title) + 24)
