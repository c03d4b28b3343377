"""Warm slow first-use work in the background once the window is up.

The first PDF after start-up would otherwise pay for importing reportlab and
registering the fonts (0.3-0.9 s). After the vault is unlocked and the main
window has painted, :func:`warm_pdf_after_unlock` runs
:func:`app.core.pdf.warm_up` on a daemon thread (not the database worker, so
queries are never queued behind it). Nothing it does touches the vault.

:func:`import_core_in_background` is the start-up half: the core's import on a
thread of its own, started right after PySide6's first module (see qt_import_hook), so the GUI thread builds the
window meanwhile (this module imports nothing from Qt at its top for that reason).
"""
from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

# After the database lane has gone quiet (the landing page's records are in and painted), this
# much longer: the warm-up holds the GIL for a while and must not compete with the first paint.
DELAY_MS = 400
# Check the lane this often until then; on a busy machine the first page can take seconds.
POLL_MS = 100

_started = threading.Event()


def _warm() -> None:
    try:
        from app.core.pdf import warm_up

        warm_up()
    except Exception:  # a failed warm-up only means the first PDF is slower
        pass


def start_pdf_warm_up() -> threading.Thread | None:
    """Start the warm-up thread (once per process); returns it, or None if already started."""
    if _started.is_set():
        return None
    _started.set()
    thread = threading.Thread(target=_warm, name="peerglass-pdf-warm-up", daemon=True)
    thread.start()
    return thread


def warm_pdf_after_unlock(gate: Any, delay_ms: int | None = None) -> None:
    """When ``gate`` (a VaultGate) reports unlocked, warm the PDF code once its lane is quiet and
    ``delay_ms`` (default :data:`DELAY_MS`) more have passed."""
    from PySide6.QtCore import QTimer

    def when_quiet() -> None:
        if _started.is_set():
            return
        if gate.runner.pending:
            QTimer.singleShot(POLL_MS, when_quiet)
        else:
            QTimer.singleShot(DELAY_MS if delay_ms is None else delay_ms, start_pdf_warm_up)

    gate.unlocked.connect(lambda *_: QTimer.singleShot(0, when_quiet))


# ---- the core, imported while Qt starts ---------------------------------------------------------
# What the database lane needs to open the vault. ``app.core.vault`` first: the window's own
# modules (the context, the backup preferences) import it, so they find it done or wait for it.
CORE_MODULES = ("app.core.errors", "app.core.services.changes", "app.core.vault", "app.core.practice")

_core = threading.Event()


def _import_core() -> None:
    import importlib

    try:
        for name in CORE_MODULES:
            importlib.import_module(name)
    except Exception:  # the database lane imports it again and reports what went wrong
        pass


def import_core_in_background() -> threading.Thread | None:
    """Import the core on a daemon thread (once per process), so the GUI thread can start Qt meanwhile."""
    if _core.is_set():
        return None
    _core.set()
    thread = threading.Thread(target=_import_core, name="peerglass-core-import", daemon=True)
    thread.start()
    return thread


def first_look_planned(vault_path: Path) -> bool:
    """Will the start take a first look (``VaultGate.start``)? Only for an existing vault, onto Today
    (the last page shown, or none yet). Asked by ``start_gui`` before the QApplication exists (with
    QtCore alone: whether to start the core's import above) and by the gate, so the two agree."""
    from PySide6.QtCore import QSettings

    last = QSettings("Peerglass", "Peerglass").value("window/last_page")
    return Path(vault_path).exists() and last in (None, "", "Today")
