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


def _minimum(window):  # type: ignore[no-untyped-def]
    window.layout().activate()
    return window.minimumSizeHint().expandedTo(window.minimumSize())


def _visit_every_page(qtbot, gate, width: int, height: int) -> dict[str, tuple[int, int]]:
    """Show each page in a width×height window; the pages whose own minimum needs a scroll bar."""
    window = gate.window
    window.resize(width, height)
    too_big: dict[str, tuple[int, int]] = {}
    for title in window.titles:
        window.show_page(title)
        qtbot.waitUntil(lambda: gate.runner.pending == 0, timeout=10000)
        qtbot.wait(20)
        need = _minimum(window)
        assert need.width() <= width and need.height() <= height, (title, need.width(), need.height())
        # The page itself must fit the room beside the navigation, not only scroll.
        room_w = width - window.nav.width()
        room_h = height - window.menuBar().sizeHint().height() - window.statusBar().sizeHint().height()
        page = window.page(title).minimumSizeHint()
        if page.width() > room_w or page.height() > room_h:
            too_big[title] = (page.width(), page.height())
    window.resize(width, height)
    assert window.width() <= width and window.height() <= height
    return too_big


# The Groups page's editor is being restructured elsewhere (arch-ui); until that
# lands it scrolls sideways at 1024 px instead of forcing the window wider.
WAITING_FOR_LAYOUT_WORK = {"Groups"}


def test_main_window_fits_1024_by_700_on_every_page(qtbot, unlocked_gate) -> None:
    too_big = _visit_every_page(qtbot, unlocked_gate, 1024, 700)
    assert set(too_big) <= WAITING_FOR_LAYOUT_WORK, too_big
