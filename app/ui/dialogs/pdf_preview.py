"""Print preview that shows the PDF itself (QtPdf), then prints those pages.

What the supervisor sees here is the exported file, page for page; printing
renders the same pages onto the printer chosen in the system dialog.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..printing import PdfPages, make_printer, selected_pages
from ..screen_fit import resize_to_fit


class PdfPreviewDialog(QDialog):
    """``on_printed(pages)`` and ``on_export()`` let the caller audit and save."""

    def __init__(self, data: bytes, title: str, *, on_printed: Callable[[int], None] | None = None,
                 on_export: Callable[[], None] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print preview \u2014 {title}").format(title=title))
        resize_to_fit(self, 860, 980)  # never taller than the screen: the buttons stay on it
        self.title = title
        self.pages = PdfPages(data)
        self._on_printed = on_printed
        self.view = QPdfView(self)
        self.view.setDocument(self.pages.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        info = QLabel(self.tr("%n page(s)", "", self.pages.count), objectName="page_count")
        info.setProperty("muted", True)
        self.print_button = QPushButton(self.tr("Print…"), objectName="print")
        self.print_button.setProperty("primary", True)
        self.print_button.clicked.connect(self.choose_and_print)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(info)
        buttons.addStretch()
        if on_export is not None:
            export = QPushButton(self.tr("Export PDF…"), objectName="export")
            export.clicked.connect(on_export)
            buttons.addWidget(export)
        buttons.addWidget(close)
        buttons.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

    def choose_and_print(self) -> None:
        printer = make_printer(self.title, self.pages.count)
        dialog = QPrintDialog(printer, self)
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Paint the pages the printer was set to (all by default)."""
        count = self.pages.paint_onto(printer, selected_pages(printer, self.pages.count))
        if self._on_printed is not None:
            self._on_printed(count)
        return count
