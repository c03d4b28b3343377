"""Start the desktop app: QApplication, style, the vault gate."""
from __future__ import annotations

import sys
from pathlib import Path

RESOURCES = Path(__file__).resolve().parents[2] / "resources"


def create_app(argv: list[str] | None = None):
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from .qt_import_hook import install as cheapen_import_hook

    cheapen_import_hook()  # PySide6 no longer reads each later import's source (see qt_import_hook)
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    from .gc_guard import install

    install(app)  # garbage is collected on the GUI thread only (see gc_guard)
    from .i18n import install_translator

    install_translator(app)  # the system locale's catalogue from resources/i18n, if one is shipped
    app.setApplicationName("Peerglass")
    app.setOrganizationName("Peerglass")
    app.setApplicationDisplayName("Peerglass")
    icon = RESOURCES / "icons" / "peerglass.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    from .theme import install_theme

    install_theme(app)  # palette + style sheet, light or dark as the system or View menu says
    return app


def start_gui(vault: Path | None, kdf=None):
    """Everything before the event loop, in the order that paints soonest; returns the VaultGate.

    A start onto Today paints first and imports the core after (a first look,
    ``VaultGate.start``). Otherwise the core (SQLAlchemy's ORM, the models, the
    services: about half the start-up imports) is imported on a background thread,
    started first, while this thread starts Qt, builds the window and its first
    page; the database lane then opens the vault with it. Nothing heavier (Alembic, reportlab, iCalendar, mail,
    Babel, jsonschema) is imported before the window is painted
    (tests/ui/test_startup_imports.py).
    """
    from .qt_import_hook import install as cheapen_import_hook
    from .warmup import first_look_planned, import_core_in_background

    cheapen_import_hook()  # before the core's import starts: none of its modules' sources is read
    from app.cli.parsing import default_vault_path

    path = vault or default_vault_path()
    if not first_look_planned(path):  # a first look imports the core only after its paint (vault_gate)
        import_core_in_background()

    create_app()
    from .vault_gate import VaultGate

    gate = VaultGate(path, kdf=kdf)
    from .warmup import warm_pdf_after_unlock

    warm_pdf_after_unlock(gate)
    gate.start()
    return gate


def run_gui(vault: Path | None) -> int:
    from PySide6.QtWidgets import QApplication

    gate = start_gui(vault)
    app = QApplication.instance()
    app.aboutToQuit.connect(gate.shutdown)
    return int(app.exec())
