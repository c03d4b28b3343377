"""Fit: windows and dialogs never larger than the screen they open on."""
from __future__ import annotations

from .test_printing import _summary_pdf


def test_print_preview_is_never_taller_than_the_screen(qtbot) -> None:
    from PySide6.QtGui import QGuiApplication

    from app.ui.application import create_app
    from app.ui.dialogs.pdf_preview import PdfPreviewDialog

    create_app()
    dialog = PdfPreviewDialog(_summary_pdf(3), "Session summary")
    qtbot.addWidget(dialog)
    dialog.show()
    room = QGuiApplication.primaryScreen().availableGeometry()
    assert room.height() < 980  # the offscreen screen is smaller than the preview wants
    frame = dialog.frameGeometry()
    assert dialog.height() <= room.height() and frame.height() <= room.height()
    assert dialog.print_button.isVisible()
