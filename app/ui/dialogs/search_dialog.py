"""Search every session record as you type (Ctrl+F); Enter opens the session.

Queries run on the database worker after a short pause in typing; a result
that arrives after the text has changed again is dropped. The best
:data:`LIMIT` come first; "Show more" loads the next ones.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.services.search import SearchHit

from ..context import AppContext
from ..models.search_hits import ID_ROLE, SearchHitDelegate, SearchHitModel

DEBOUNCE_MS = 150
LIMIT = 50


class SearchDialog(QDialog):
    def __init__(self, ctx: AppContext, open_session: Callable[[int], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.open_session = open_session
        self.setObjectName("search_dialog")
        self.setWindowTitle(self.tr("Search sessions"))
        self.setModal(False)
        self.resize(760, 560)
        self.query = QLineEdit(objectName="search_query", clearButtonEnabled=True)
        self.query.setPlaceholderText(self.tr("Search notes, follow-ups, themes and names"))
        self.query.textChanged.connect(self._typed)
        self.query.installEventFilter(self)
        self.model = SearchHitModel()
        self.results = QListView(objectName="search_results")
        self.results.setModel(self.model)
        self.results.setItemDelegate(SearchHitDelegate(self.results))
        self.results.setUniformItemSizes(True)
        self.results.setMouseTracking(True)
        self.results.setFrameShape(QFrame.Shape.NoFrame)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.activated.connect(self._open_index)
        self.results.doubleClicked.connect(self._open_index)
        self.status = QLabel(objectName="search_status")
        self.status.setProperty("muted", True)
        hint = QLabel(self.tr("\u2191\u2193 to choose \u00b7 Enter to open \u00b7 Esc to close"),
                      objectName="search_hint")
        hint.setProperty("muted", True)
        self.more_button = QPushButton(self.tr("Show more"), objectName="search_more", visible=False)
        self.more_button.setToolTip(self.tr("Load the next {n} sessions").format(n=LIMIT))
        self.more_button.setAutoDefault(False)
        self.more_button.clicked.connect(self.show_more)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 14, 14, 10)
        layout.addWidget(self.query)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(hint, 1)
        bottom.addWidget(self.more_button)
        layout.addLayout(bottom)
        self.timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self.timer.timeout.connect(self.run_search)
        self._generation = 0
        self._shown_text = ""
        self._open_when_ready = False

    def open_search(self) -> None:
        """Show (or bring back) the dialog with the text selected for a new search."""
        self.show()
        self.raise_()
        self.activateWindow()
        self.query.setFocus()
        self.query.selectAll()

    def clear(self) -> None:
        """The vault locked: forget the query and every result, and hide."""
        self._generation += 1
        self.timer.stop()
        self.query.blockSignals(True)
        self.query.clear()
        self.query.blockSignals(False)
        self.model.clear()
        self._shown_text = ""
        self.status.setText("")
        self.more_button.hide()
        self.hide()

    # ---- searching ----------------------------------------------------------------
    def _typed(self, _text: str) -> None:
        self._generation += 1  # anything in flight is now stale
        self._open_when_ready = False
        self.timer.start()

    def run_search(self) -> None:
        self.timer.stop()  # run now: a typing pause still pending would only run it again (and drop "more")
        text = self.query.text().strip()
        self._generation += 1
        generation = self._generation
        if not text:
            self.model.clear()
            self.status.setText("")
            self.more_button.hide()
            return
        self.ctx.query(lambda p: p.search.search(text, LIMIT),
                       lambda hits: self._show(generation, text, hits),
                       lambda exc: self._failed(generation, exc))

    def show_more(self) -> None:
        """The next :data:`LIMIT` hits of the search shown, added below; the first new one current."""
        text, generation, offset = self._shown_text, self._generation, self.model.rowCount()
        if not text:
            return
        self.more_button.setEnabled(False)
        self.ctx.query(lambda p: p.search.search(text, LIMIT, offset),
                       lambda hits: self._show_more(generation, offset, hits),
                       lambda exc: self._failed(generation, exc))

    def _show_more(self, generation: int, offset: int, hits: list[SearchHit]) -> None:
        self.more_button.setEnabled(True)
        if generation != self._generation or offset != self.model.rowCount():
            return  # typed on since, or already shown
        self.model.set_hits(self.model.hits() + hits)
        if hits:
            self.results.setCurrentIndex(self.model.index(offset, 0))
            self.results.scrollTo(self.results.currentIndex())
        self._say_count(more=len(hits) >= LIMIT)

    def _say_count(self, more: bool) -> None:
        count = self.model.rowCount()
        if more:
            self.status.setText(self.tr("The best {count} sessions; there are more").format(count=count))
        else:
            self.status.setText(self.tr("%n session(s)", "", count))
        self.more_button.setVisible(more)
        if not more and self.more_button.hasFocus():
            self.query.setFocus()

    def _show(self, generation: int, text: str, hits: list[SearchHit]) -> None:
        if generation != self._generation:
            return  # typed on since: a newer search is coming
        self._shown_text = text
        self.model.set_hits(hits)
        open_now, self._open_when_ready = self._open_when_ready, False
        if hits:
            self.results.setCurrentIndex(self.model.index(0, 0))
            if open_now:
                self.open_current()
            self._say_count(more=len(hits) >= LIMIT)
        else:
            self.status.setText(self.tr("No sessions match."))
            self.more_button.hide()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self.ctx.show_error(exc)

    # ---- opening ---------------------------------------------------------------
    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_session(int(index.data(ID_ROLE)))

    def open_current(self) -> None:
        self._open_index(self.results.currentIndex())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.query and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                QApplication.sendEvent(self.results, QKeyEvent(QEvent.Type.KeyPress, key,
                                                               event.modifiers()))
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self.timer.isActive():  # Enter before the pause: search now, open the best hit
                    self.timer.stop()
                    self._open_when_ready = True
                    self.run_search()
                else:
                    self.open_current()
                return True
        return super().eventFilter(watched, event)
