"""The main window: a thin shell of navigation, menus and a stack of pages."""
from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QToolButton,
    QWidget,
)

from .context import AppContext
from .errors import describe
from .i18n import noop, tr
from .pages.base import Page
from .reminders import ReminderController
from .screen_fit import resize_to_fit

PageSpec = tuple[str, Callable[[], Page]]
D = TypeVar("D", bound=QDialog)


def _deleted_on_close(dialog: D) -> D:
    """A dialog built for one use goes when it closes (else each use left one more child of the window,
    still holding what it showed after a lock)."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return dialog


class MainWindow(QMainWindow):
    """Pages are built the first time they are shown (and their modules imported
    then), so start-up pays for the landing page only."""

    lock_requested = Signal()
    search_requested = Signal()

    def __init__(self, ctx: AppContext, pages: list[PageSpec]) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle(self.tr("Peerglass"))
        resize_to_fit(self, 1180, 760)  # never larger than the screen
        self.titles = [title for title, _ in pages]
        self._factories = [factory for _, factory in pages]
        self._built: dict[int, Page] = {}
        self.nav = QListWidget(objectName="navigation")
        self.nav.setFixedWidth(190)
        self.nav.setIconSize(QSize(18, 18))
        self.stack = QStackedWidget()
        for title in self.titles:
            item = QListWidgetItem(tr(title))  # shown translated; the title stays the key
            item.setSizeHint(QSize(180, 38))
            self.nav.addItem(item)
            self.stack.addWidget(QWidget())  # stands in until the page is built
        self.nav.currentRowChanged.connect(self._page_chosen)
        self._loaded: set[int] = set()  # pages that have loaded since the last unlock
        self._unlocked = False
        self._restored_page = False  # the last page is shown again after the first unlock
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        # A page wider or taller than the window scrolls instead of forcing the
        # window's minimum size up (every page must fit 1024×700).
        self.page_scroll = QScrollArea(objectName="page_scroll", widgetResizable=True)
        self.page_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.page_scroll.setWidget(self.stack)
        layout.addWidget(self.page_scroll, 1)
        self.setCentralWidget(central)
        # Reminders of the next sessions (Settings ▸ Reminders); "Open session" opens it as Today does.
        self.reminders = ReminderController(
            ctx, self, lambda sid: self.page("Today").open_session(sid))
        self.reminders.install()
        ctx.subscribe(self.reminders.on_changes)  # changes reach it as they reach every page
        self._menus()
        self.restore_state()
        self.busy = QLabel(objectName="busy")
        self.statusBar().addPermanentWidget(self.busy)
        # Calendar sync's status ("Synced 2 min ago · 3 changes to review"); its menu is filled by the gate.
        self.sync_status = QToolButton(objectName="sync_status", autoRaise=True, visible=False)
        self.sync_status.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.statusBar().addPermanentWidget(self.sync_status)
        self.statusBar().showMessage(self.tr("Vault: {0}").format(ctx.vault_path))
        ctx.runner.busy_changed.connect(lambda b: self.busy.setText(self.tr("Working…") if b else ""))

    def _menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.tr("&Import appointments (.ics)…"), self._import_ics)
        file_menu.addAction(self.tr("&Export schedule (.ics)…"), self._export_ics)
        file_menu.addAction(self.tr("Import invitation &replies (.ics)…"), self._import_replies)
        file_menu.addSeparator()
        file_menu.addAction(self.tr("&Back up now…"), self.back_up_now)
        file_menu.addAction(self.tr("Res&tore from backup…"), self.restore_from_backup)
        file_menu.addSeparator()
        self.lock_action = QAction(self.tr("&Lock"), self, shortcut=QKeySequence("Ctrl+L"),
                                   shortcutContext=Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.triggered.connect(self.lock_requested)
        file_menu.addAction(self.lock_action)
        file_menu.addSeparator()
        search = QAction(self.tr("&Search notes…"), self, shortcut=QKeySequence.StandardKey.Find,
                         shortcutContext=Qt.ShortcutContext.ApplicationShortcut)
        search.triggered.connect(self.search_requested)
        file_menu.addAction(search)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self, shortcut=QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        for i, title in enumerate(self.titles):
            action = QAction(tr(title), self, shortcut=QKeySequence(f"Ctrl+{i + 1}"))
            action.triggered.connect(lambda _=False, row=i: self.go_to(row))
            go_menu.addAction(action)
        self._edit_menu()
        self._view_menu()
        self.menuBar().insertMenu(go_menu.menuAction(), self.view_menu)
        self.menuBar().insertMenu(self.view_menu.menuAction(), self.edit_menu)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        guide = QAction(self.tr("&User guide"), self, shortcut=QKeySequence.StandardKey.HelpContents)
        guide.triggered.connect(self.show_user_guide)
        help_menu.addAction(guide)
        keys = QAction(self.tr("&Keyboard shortcuts"), self)
        keys.triggered.connect(self.show_shortcuts)
        help_menu.addAction(keys)
        help_menu.addSeparator()
        about = QAction(self.tr("&About Peerglass"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    # ---- Edit: undo/redo of record changes; the other keys act on the focused field ----
    def _edit_menu(self) -> None:
        from .undo import record_undo

        self.edit_menu = QMenu(self.tr("&Edit"), self)
        # Record changes (a saved edit, an archive). A focused text field keeps Ctrl+Z for its typing:
        # fields claim the standard undo keys before a window shortcut sees them.
        self.undo_stack = record_undo(self.ctx)
        self.undo_action, self.redo_action = self.undo_stack.actions(self)
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        for label, key, slot in ((self.tr("Cu&t"), QKeySequence.StandardKey.Cut, "cut"),
                                 (self.tr("&Copy"), QKeySequence.StandardKey.Copy, "copy"),
                                 (self.tr("&Paste"), QKeySequence.StandardKey.Paste, "paste"),
                                 (self.tr("Select &all"), QKeySequence.StandardKey.SelectAll, "selectAll")):
            if slot == "cut":
                self.edit_menu.addSeparator()
            # Window-wide would steal the keys from the fields themselves: menu only.
            action = QAction(label, self, shortcut=QKeySequence(key),
                             shortcutContext=Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _=False, name=slot: self._edit(name))
            self.edit_menu.addAction(action)

    def _edit(self, name: str) -> bool:
        """Send undo/copy/… to the focused widget if it has it."""
        widget = QApplication.focusWidget()
        method = getattr(widget, name, None)
        if callable(method):
            method()
            return True
        return False

    # ---- View: text size (kept in QSettings) ---------------------------------------
    def _view_menu(self) -> None:
        self.view_menu = QMenu(self.tr("&View"), self)
        for label, key, step in ((noop("&Larger text"), QKeySequence.StandardKey.ZoomIn, 1),
                                 (noop("&Smaller text"), QKeySequence.StandardKey.ZoomOut, -1),
                                 (noop("&Normal text size"), QKeySequence("Ctrl+0"), 0)):
            action = QAction(tr(label), self, shortcut=QKeySequence(key))
            action.triggered.connect(lambda _=False, s=step: self.set_text_step(
                0 if s == 0 else self.text_step + s))
            self.view_menu.addAction(action)
        from .theme import colour_scheme_menu

        self.view_menu.addSeparator()
        self.view_menu.addMenu(colour_scheme_menu(self.view_menu))
        self.text_step = 0
        self._base_point_size = QApplication.font().pointSizeF()

    def set_text_step(self, step: int) -> None:
        """Text size in steps of 10 % (−3 … +6), for the whole app; remembered."""
        self.text_step = max(-3, min(6, step))
        font = QApplication.font()
        font.setPointSizeF(self._base_point_size * (1 + self.text_step / 10))
        QApplication.setFont(font)
        QSettings().setValue("view/text_step", self.text_step)

    def show_user_guide(self) -> None:
        from .dialogs.help_dialogs import UserGuideDialog

        self.guide_dialog = _deleted_on_close(UserGuideDialog(self))
        self.guide_dialog.show()

    def show_shortcuts(self) -> None:
        from .dialogs.help_dialogs import ShortcutsDialog

        actions = [a for menu in self.menuBar().findChildren(QMenu) for a in menu.actions()]
        self.shortcuts_dialog = _deleted_on_close(ShortcutsDialog(actions, self))
        self.shortcuts_dialog.show()

    # ---- remembered: geometry and last page (QSettings) ----------------------------
    def restore_state(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        step = settings.value("view/text_step", 0)
        try:
            if int(step):
                self.set_text_step(int(step))
        except (TypeError, ValueError):
            pass

    def last_page(self) -> str | None:
        title = QSettings().value("window/last_page")
        return title if isinstance(title, str) and title in self.titles else None

    def save_state(self) -> None:
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        row = self.nav.currentRow()
        if 0 <= row < len(self.titles):
            settings.setValue("window/last_page", self.titles[row])

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)

    def _import_ics(self) -> None:
        from .dialogs.import_ics import import_ics

        import_ics(self.ctx, self)

    def _import_replies(self) -> None:
        from .controllers.replies import import_replies_from_menu

        import_replies_from_menu(self.ctx, self)

    def back_up_now(self) -> None:
        from .dialogs.backup_dialog import BackupDialog

        # Closed only when no backup is running (its reject waits), so no result reaches a deleted dialog.
        self.backup_dialog = _deleted_on_close(BackupDialog(self.ctx, self))
        self.backup_dialog.open()

    def restore_from_backup(self) -> None:
        from .dialogs.restore_dialog import RestoreDialog

        # Deletes itself once over: cancelled, or the restore it started has answered.
        self.restore_dialog = RestoreDialog(self.ctx, self.lock_requested.emit, self)
        self.restore_dialog.open()

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

    def go_to(self, row: int) -> None:
        """Go ▸ page (Ctrl+1…6): show it and put the keyboard in it, so its own keys work."""
        self.nav.setCurrentRow(row)
        self.focus_page(row)

    def focus_page(self, row: int) -> QWidget | None:
        page = self._build(row)
        main = getattr(page, "focus_target", None)
        target = main() if callable(main) else None
        if target is None:  # the first widget of the page that takes Tab focus
            target = next((w for w in page.findChildren(QWidget)
                           if w.isVisibleTo(page) and w.isEnabled()
                           and w.focusPolicy() & Qt.FocusPolicy.TabFocus), None)
        if target is not None:
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return target

    def _page_chosen(self, row: int) -> None:
        if row < 0:
            return
        self._build(row)
        self.stack.setCurrentIndex(row)
        self._load(row)

    def _load(self, row: int) -> None:
        if self._unlocked and row >= 0 and row not in self._loaded:
            self._loaded.add(row)
            page = self._build(row)
            page.loaded = True  # from now on it hears of changes (its own ctx.subscribe)
            page.on_unlocked()

    def set_unlocked(self, unlocked: bool) -> None:
        """Unlocked: load the page on show. Locked: forget what was loaded."""
        self._unlocked = unlocked
        self._loaded.clear()
        for page in self._built.values():
            page.loaded = False
        if not unlocked:
            self.undo_stack.clear()  # commands hold record values: none kept after a lock
        if unlocked and not self._restored_page:
            self._restored_page = True
            last = self.last_page()
            if last is not None and last != self.titles[max(0, self.nav.currentRow())]:
                self.show_page(last)  # loads it below
        if unlocked:
            self._load(self.nav.currentRow())
            from .dialogs.unshown_key import after_unlock

            after_unlock(self.ctx, self)  # a recovery key a killed rekey never showed; a read-only vault
        self.reminders.set_unlocked(unlocked)

    def show_page(self, title: str) -> None:
        self.nav.setCurrentRow(self.titles.index(title))

    def built_page(self, title: str) -> Page | None:
        """The page if it has been built (pages are built when first shown), else None."""
        return self._built.get(self.titles.index(title)) if title in self.titles else None

    def page(self, title: str) -> Page:
        return self._build(self.titles.index(title))

    def show_sync_status(self, text: str) -> None:
        self.sync_status.setText(text)
        self.sync_status.setVisible(bool(text))

    def show_error(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Peerglass"), describe(exc))

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("About Peerglass"),
                          self.tr("<h3>Peerglass 0.1</h3><p>Supervision records in an encrypted vault on this computer.</p><p>Vault: {0}</p>").format(self.ctx.vault_path))
