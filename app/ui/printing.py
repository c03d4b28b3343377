"""Export a document as PDF, and print it through a preview that shows
exactly that PDF (QtPdf renders the same bytes onto the printer), so paper
and file never differ."""
from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QWidget

from app.core.vault.atomic import write_atomic

from .i18n import tr

PRINT_DPI = 300


def safe_filename(text: str, default: str = "document") -> str:
    """A file name from a title: letters of any script kept, path characters dropped."""
    text = text.replace("[*]", "")  # Qt's "modified" marker in a window title
    cleaned = re.sub(r"[\\/:*?\"<>|\x00-\x1f]+", " ", text)
    cleaned = re.sub(r"\[\s*\]|\(\s*\)", " ", cleaned)  # brackets left empty
    words = [w for w in cleaned.split() if w.strip(".")]  # no "." or ".." path parts
    cleaned = " ".join(words)[:120].strip(" .")
    return cleaned or default


def ask_pdf_path(parent: QWidget | None, suggested: str) -> Path | None:
    name = safe_filename(suggested)
    if not name.lower().endswith(".pdf"):
        name += ".pdf"
    path, _ = QFileDialog.getSaveFileName(parent, tr("Export PDF", "printing"), str(Path.home() / name), tr("PDF (*.pdf)", "printing"))
    if not path:
        return None
    return Path(path if path.lower().endswith(".pdf") else path + ".pdf")


def write_pdf(path: Path, data: bytes) -> None:
    """Written atomically and readable only by the user: it holds clinical text."""
    write_atomic(path, data, mode=0o600)


class PdfPages:
    """A loaded PDF for painting pages (QtPdf), kept alive with its buffer."""

    def __init__(self, data: bytes) -> None:
        self._bytes = QByteArray(data)
        self._buffer = QBuffer(self._bytes)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument()
        self.document.load(self._buffer)
        if self.document.status() != QPdfDocument.Status.Ready:
            raise ValueError(tr("the document could not be read back for printing", "printing"))

    @property
    def count(self) -> int:
        return self.document.pageCount()

    def page_size_points(self, index: int) -> tuple[float, float]:
        size = self.document.pagePointSize(index)
        return size.width(), size.height()

    def render(self, index: int, dpi: int) -> QImage:
        width, height = self.page_size_points(index)
        size = QSize(round(width * dpi / 72), round(height * dpi / 72))
        return self.document.render(index, size)

    def paint_onto(self, printer: QPrinter, pages: list[int] | None = None) -> int:
        """Paint the chosen pages (0-based; default all) on the printer; returns how many."""
        chosen = pages if pages is not None else list(range(self.count))
        chosen = [p for p in chosen if 0 <= p < self.count]
        if not chosen:
            return 0
        first_w, first_h = self.page_size_points(chosen[0])
        printer.setPageSize(QPageSize(QSizeF(first_w, first_h), QPageSize.Unit.Point))
        printer.setPageMargins(printer.pageLayout().margins(), QPageLayout.Unit.Point)
        printer.setFullPage(True)
        painter = QPainter()
        if not painter.begin(printer):
            raise OSError(tr("the printer could not be opened", "printing"))
        try:
            for n, index in enumerate(chosen):
                if n:
                    printer.newPage()
                dpi = min(PRINT_DPI, max(printer.resolution(), 150))
                image = self.render(index, dpi)
                target = QRectF(painter.viewport())
                scaled = image.size().scaled(target.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRectF(QPointF(0, 0), scaled.toSizeF()), image)
        finally:
            painter.end()
        return len(chosen)


def selected_pages(printer: QPrinter, count: int) -> list[int]:
    """The 0-based pages the user chose in the print dialog (all by default)."""
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        start, end = printer.fromPage(), printer.toPage() or count
        return list(range(start - 1, min(end, count)))
    return list(range(count))


def make_printer(title: str, page_count: int) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(safe_filename(title))
    printer.setFromTo(1, max(page_count, 1))
    return printer


def print_direct(parent: QWidget | None, data: bytes, title: str) -> int:
    """Choose printer and pages, then print (no preview). Returns pages printed."""
    pages = PdfPages(data)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(safe_filename(title))
    printer.setFromTo(1, pages.count)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return 0
    return pages.paint_onto(printer, selected_pages(printer, pages.count))
