"""The main window: a thin shell of navigation, menus and a stack of pages."""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow,
                               QMessageBox, QStackedWidget, QWidget)

from app.core.services.changes import Changes

from .context import AppContext
from .errors import describe
from .pages.base import Page


class MainWindow(QMainWindow):
    lock_requested = Signal()
    search_requested = Signal()

    def __init__(self, ctx: AppContext, pages: list[Page]) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle("Peerglass")
        self.resize(1180, 760)
        self.pages = pages
        self.nav = QListWidget(objectName="navigation")
        self.nav.setFixedWidth(190)
        self.nav.setIconSize(QSize(18, 18))
        self.stack = QStackedWidget()
        for page in pages:
            item = QListWidgetItem(page.title)
            item.setSizeHint(QSize(180, 38))
            self.nav.addItem(item)
            self.stack.addWidget(page)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
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
        self.statusBar().showMessage(f"Vault: {ctx.vault_path}")
        ctx.runner.busy_changed.connect(lambda b: self.busy.setText("Working…" if b else ""))
        ctx.runner.changes_applied.connect(self._changes)

    def _menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        file_menu.addAction("&Import appointments (.ics)…", self._import_ics)
        file_menu.addAction("&Export schedule (.ics)…", self._export_ics)
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
        for i, page in enumerate(self.pages):
            action = QAction(page.title, self, shortcut=QKeySequence(f"Ctrl+{i + 1}"))
            action.triggered.connect(lambda _=False, row=i: self.nav.setCurrentRow(row))
            go_menu.addAction(action)
        help_menu = self.menuBar().addMenu("&Help")
        about = QAction("&About Peerglass", self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _import_ics(self) -> None:
        from .dialogs.import_ics import import_ics

        import_ics(self.ctx, self)

    def _export_ics(self) -> None:
        from .dialogs.import_ics import export_ics

        export_ics(self.ctx, self)

    def show_page(self, title: str) -> None:
        for i, page in enumerate(self.pages):
            if page.title == title:
                self.nav.setCurrentRow(i)

    def page(self, title: str) -> Page:
        return next(p for p in self.pages if p.title == title)

    def _changes(self, changes: Changes) -> None:
        for page in self.pages:
            page.on_changes(changes)

    def show_error(self, exc: BaseException) -> None:
        QMessageBox.warning(self, "Peerglass", describe(exc))

    def _about(self) -> None:
        QMessageBox.about(self, "About Peerglass",
                          "<h3>Peerglass 0.1</h3><p>Supervision records in an encrypted vault on this "
                          f"computer.</p><p>Vault: {self.ctx.vault_path}</p>")
