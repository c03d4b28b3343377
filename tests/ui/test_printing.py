"""Print preview shows the exported PDF, and printing paints those pages (to a PDF printer here)."""
from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from app.core.pdf import Letterhead, SessionSummary, SessionSummaryData, build_session_summary


def _summary_pdf(paragraphs: int) -> bytes:
    notes = "\n\n".join(f"Paragraph {i}: the supervisee brought a case about boundaries and fees. " * 6
                        for i in range(paragraphs))
    return build_session_summary(SessionSummaryData(
        letterhead=Letterhead(practice_name="Brandt Supervision", supervisor_name="Dr Helena Brandt"),
        printed_on=date(2026, 11, 26),
        summary=SessionSummary(starts_at=datetime(2026, 11, 24, 10, 0), length_minutes=60,
                               supervisee_name="Łukasz Żółć", notes_markdown=notes)))


def test_preview_shows_the_pdf_and_prints_chosen_pages(qtbot, tmp_path: Path) -> None:
    from app.ui.application import create_app
    from app.ui.dialogs.pdf_preview import PdfPreviewDialog

    create_app()
    data = _summary_pdf(30)
    expected_pages = len(PdfReader(__import__("io").BytesIO(data)).pages)
    assert expected_pages >= 3
    printed: list[int] = []
    dialog = PdfPreviewDialog(data, "Session summary", on_printed=printed.append)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.pages.count == expected_pages
    assert dialog.findChild(type(dialog.view)).document().pageCount() == expected_pages
    image = dialog.pages.render(0, 72)
    assert not image.isNull() and image.width() in (595, 596)  # A4 at 72 dpi
    dark = sum(1 for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
               if image.pixelColor(x, y).lightness() < 128)
    assert dark > 50  # text was drawn, not a blank page

    out = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    printer.setResolution(150)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    assert dialog.print_to(printer) == 2
    assert printed == [2]
    reader = PdfReader(str(out))
    assert len(reader.pages) == 2
    box = reader.pages[0].mediabox
    assert abs(float(box.width) - 595.3) < 2 and abs(float(box.height) - 841.9) < 2

    all_pages = tmp_path / "all.pdf"
    printer2 = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer2.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer2.setOutputFileName(str(all_pages))
    printer2.setResolution(100)
    assert dialog.print_to(printer2) == expected_pages
    assert len(PdfReader(str(all_pages)).pages) == expected_pages


def test_safe_filename_keeps_any_script() -> None:
    from app.ui.printing import safe_filename

    assert safe_filename("Summary — 山田 花子 / 2026") == "Summary — 山田 花子 2026"
    assert safe_filename("Łukasz Żółć — 2 Dec 2026 [*]") == "Łukasz Żółć — 2 Dec 2026"  # no "[ ]"
    assert safe_filename("../../etc/passwd") == "etc passwd"
    assert safe_filename("   ") == "document"
