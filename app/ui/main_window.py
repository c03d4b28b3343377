"""The main window: a thin shell of navigation, menus and a stack of pages."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow,
                               QMessageBox, QStackedWidget, QToolButton, QWidget)

from app.core.services.changes import Changes

from .context import AppContext
from .errors import describe
from .pages.base import Page

PageSpec = tuple[str, Callable[[], Page]]


class MainWindow(QMainWindow):
    """Pages are built the first time they are shown (and their modules imported
    then), so start-up pays for the landing page only."""

    lock_requested = Signal()
    search_requested = Signal()

    def __init__(self, ctx: AppContext, pages: list[PageSpec]) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle("Peerglass")
        self.resize(1180, 760)
        self.titles = [title for title, _ in pages]
        self._factories = [factory for _, factory in pages]
        self._built: dict[int, Page] = {}
        self.nav = QListWidget(objectName="navigation")
        self.nav.setFixedWidth(190)
        self.nav.setIconSize(QSize(18, 18))
        self.stack = QStackedWidget()
        for title in self.titles:
            item = QListWidgetItem(title)
            item.setSizeHint(QSize(180, 38))
            self.nav.addItem(item)
            self.stack.addWidget(QWidget())  # stands in until the page is built
        self.nav.currentRowChanged.connect(self._page_chosen)
        self._loaded: set[int] = set()  # pages that have loaded since the last unlock
        self._unlocked = False
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._menus()
        self.busy = QLabel(objectName="busy")
        self.statusBar().addPermanentWidget(self.busy)
        # Calendar sync's status ("Synced 2 min ago · 3 changes to review"); its menu is filled by the gate.
        self.sync_status = QToolButton(objectName="sync_status", autoRaise=True, visible=False)
        self.sync_status.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.statusBar().addPermanentWidget(self.sync_status)
        self.statusBar().showMessage(f"Vault: {ctx.vault_path}")
        ctx.runner.busy_changed.connect(lambda b: self.busy.setText("Working…" if b else ""))
        ctx.runner.changes_applied.connect(self._changes)

    def _menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        file_menu.addAction("&Import appointments (.ics)…", self._import_ics)
        file_menu.addAction("&Export schedule (.ics)…", self._export_ics)
        file_menu.addAction("Import invitation &replies (.ics)…", self._import_replies)
        file_menu.addSeparator()
        self.lock_action = QAction("&Lock", self, shortcut=QKeySequence("Ctrl+L"),
                                   shortcutContext=Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.triggered.connect(self.lock_requested)
        file_menu.addAction(self.lock_action)
        file_menu.addSeparator()
        search = QAction("&Search notes…", self, shortcut=QKeySequence.StandardKey.Find,
                         shortcutContext=Qt.ShortcutContext.ApplicationShortcut)
        search.triggered.connect(self.search_requested)
        file_menu.addAction(search)
        file_menu.addSeparator()
        quit_action = QAction("&Quit", self, shortcut=QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        go_menu = self.menuBar().addMenu("&Go")
        for i, title in enumerate(self.titles):
            action = QAction(title, self, shortcut=QKeySequence(f"Ctrl+{i + 1}"))
            action.triggered.connect(lambda _=False, row=i: self.nav.setCurrentRow(row))
            go_menu.addAction(action)
        help_menu = self.menuBar().addMenu("&Help")
        about = QAction("&About Peerglass", self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _import_ics(self) -> None:
        from .dialogs.import_ics import import_ics

        import_ics(self.ctx, self)

    def _import_replies(self) -> None:
        from .controllers.replies import import_replies_from_menu

        import_replies_from_menu(self.ctx, self)

    def _export_ics(self) -> None:
        from .dialogs.import_ics import export_ics

        export_ics(self.ctx, self)

    # ---- pages load when first shown (start-up paints one page, not six) ----------
    @property
    def pages(self) -> list[Page]:
        """The pages built so far (the others hold nothing to clear or save)."""
        return [self._built[row] for row in sorted(self._built)]

    def all_pages(self) -> list[Page]:
        return [self._build(row) for row in range(len(self.titles))]

    def _build(self, row: int) -> Page:
        page = self._built.get(row)
        if page is None:
            page = self._factories[row]()
            stand_in = self.stack.widget(row)
            current = self.stack.currentIndex()
            self.stack.insertWidget(row, page)
            self.stack.removeWidget(stand_in)
            stand_in.deleteLater()
            self.stack.setCurrentIndex(current)
            self._built[row] = page
        return page

    def _page_chosen(self, row: int) -> None:
        if row < 0:
            return
        self._build(row)
        self.stack.setCurrentIndex(row)
        self._load(row)

    def _load(self, row: int) -> None:
        if self._unlocked and row >= 0 and row not in self._loaded:
            self._loaded.add(row)
            self._build(row).on_unlocked()

    def set_unlocked(self, unlocked: bool) -> None:
        """Unlocked: load the page on show. Locked: forget what was loaded."""
        self._unlocked = unlocked
        self._loaded.clear()
        if unlocked:
            self._load(self.nav.currentRow())

    def show_page(self, title: str) -> None:
        self.nav.setCurrentRow(self.titles.index(title))

    def built_page(self, title: str) -> Page | None:
        """The page if it has been built (pages are built when first shown), else None."""
        return self._built.get(self.titles.index(title)) if title in self.titles else None

    def page(self, title: str) -> Page:
        return self._build(self.titles.index(title))

    def _changes(self, changes: Changes) -> None:
        for row in sorted(self._loaded):  # the others load fresh when shown
            self._built[row].on_changes(changes)

    def show_sync_status(self, text: str) -> None:
        self.sync_status.setText(text)
        self.sync_status.setVisible(bool(text))

    def show_error(self, exc: BaseException) -> None:
        QMessageBox.warning(self, "Peerglass", describe(exc))

    def _about(self) -> None:
        QMessageBox.about(self, "About Peerglass",
                          "<h3>Peerglass 0.1</h3><p>Supervision records in an encrypted vault on this "
                          f"computer.</p><p>Vault: {self.ctx.vault_path}</p>")
