"""Help ▸ User guide (shipped with the app, read offline) and Help ▸ Keyboard shortcuts."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..i18n import noop, tr
from ..screen_fit import resize_to_fit

GUIDE = Path(__file__).resolve().parents[3] / "resources" / "help" / "user-guide.md"

# Shortcuts that live on pages rather than on menu actions (the menus are read live).
# (where, keys, what it does): marked with noop(), translated when shown (the keys too: key names).
PAGE_SHORTCUTS = (
    (noop("Calendar"), "D / W / M / A", noop("Day, week, month or agenda view")),
    (noop("Calendar"), noop("PgUp / PgDown, Ctrl+Left / Ctrl+Right"), noop("Earlier or later")),
    (noop("Calendar"), "Ctrl+T", noop("Go to today")),
    (noop("Calendar"), "Ctrl+N", noop("New session")),
    (noop("Calendar"), noop("Delete"), noop("Delete the chosen session")),
    (noop("Lists and tables"), noop("Arrow keys, Enter"), noop("Move, open")),
    (noop("Dialogs"), noop("Enter, Escape"), noop("Confirm, close")),
    (noop("Passphrase and password fields"), noop("Alt+F8"), noop("Show or hide what is typed")),
)


def _closing_buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    return buttons


class UserGuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Peerglass user guide", "Help"))
        self.browser = QTextBrowser(objectName="user_guide", openExternalLinks=False)
        try:
            self.browser.setMarkdown(GUIDE.read_text("utf-8"))
        except OSError:
            self.browser.setPlainText(tr("The user guide is missing from this installation.", "Help"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(_closing_buttons(self))
        resize_to_fit(self, 720, 760)


class ShortcutsDialog(QDialog):
    """Every menu action with a shortcut (read from the window), then the page keys."""

    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Keyboard shortcuts", "Help"))
        rows = [(tr("Menus", "Help"), a.shortcut().toString(QKeySequence.SequenceFormat.NativeText),
                 a.text().replace("&", "").rstrip("…")) for a in actions if not a.shortcut().isEmpty()]
        rows += [(tr(where), tr(keys), tr(what)) for where, keys, what in PAGE_SHORTCUTS]
        self.table = QTableWidget(len(rows), 3, objectName="shortcuts")
        self.table.setHorizontalHeaderLabels([tr("Where", "Help"), tr("Keys", "Help"), tr("Does", "Help")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.resizeColumnsToContents()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(_closing_buttons(self))
        resize_to_fit(self, 640, 560)
