"""Start the desktop app: QApplication, style, the vault gate."""
from __future__ import annotations

import sys
from pathlib import Path

RESOURCES = Path(__file__).resolve().parents[2] / "resources"


def create_app(argv: list[str] | None = None):  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    from .gc_guard import install

    install(app)  # garbage is collected on the GUI thread only (see gc_guard)
    app.setApplicationName("Peerglass")
    app.setOrganizationName("Peerglass")
    app.setApplicationDisplayName("Peerglass")
    icon = RESOURCES / "icons" / "peerglass.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    from .theme import install_theme

    install_theme(app)  # palette + style sheet, light or dark as the system or View menu says
    return app


def run_gui(vault: Path | None) -> int:
    from app.cli.parsing import default_vault_path

    app = create_app()
    from .vault_gate import VaultGate

    gate = VaultGate(vault or default_vault_path())
    from .warmup import warm_pdf_after_unlock

    warm_pdf_after_unlock(gate)
    app.aboutToQuit.connect(gate.shutdown)
    gate.start()
    return int(app.exec())
