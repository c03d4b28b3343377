"""What start-up imports: the heavy libraries stay off the path to the first paint.

Each check runs the app's own start-up (``app.ui.application.start_gui``) in a
fresh interpreter, because this test process has long since imported everything.
Speed itself is measured in benchmarks/ (``make bench``), never asserted here.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from ..conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]

# Libraries a cold start has no use for before the window is painted (DESIGN.md, issue 12).
HEAVY = ("alembic", "reportlab", "icalendar", "recurring_ical_events", "caldav", "babel", "jsonschema",
         "smtplib", "app.core.mail", "app.core.pdf.summary")

# The child: an in-memory keyring holding the vault's key (from the environment, never argv), the
# app's start-up, and at the first paint of the unlocked main window showing Today's records, which
# of HEAVY are in sys.modules. PySide6.QtWidgets is the control: imported, so it must be reported.
CHILD = r"""
import json, os, sys
sys.path.insert(0, os.environ["PG_ROOT"])
import keyring
from keyring.backend import KeyringBackend

KEY, VAULT_ID = os.environ.pop("PG_TEST_KEY"), os.environ["PG_VAULT_ID"]

class Held(KeyringBackend):
    priority = 1
    def get_password(self, service, username):
        return KEY if username == VAULT_ID else None
    def set_password(self, service, username, password):
        pass
    def delete_password(self, service, username):
        pass

keyring.set_keyring(Held())
from app.ui.application import start_gui

gate = start_gui(__import__("pathlib").Path(sys.argv[1]))
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

watch = json.loads(os.environ["PG_WATCH"])
report = {}

def ready():  # the window up with Today's records (a first look shows them before the open is finished)
    return gate.window.isVisible() and gate.window.page("Today").day is not None

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not report and ready():
            report["at_paint"] = [m for m in watch if m in sys.modules]
            # Source files read into linecache so far (PySide6's import hook reads them unless told not to).
            report["sources_read"] = sorted({p.split("site-packages/")[-1].split("/")[0]
                                             for p in __import__("linecache").cache})
            QTimer.singleShot(0, QApplication.instance().quit)
        return False

def nudge():  # the lane's last job may finish after the last paint: one more paint then
    if not report:
        if ready():
            gate.window.update()
        QTimer.singleShot(10, nudge)

app = QApplication.instance()
watcher = FirstPaint()
app.installEventFilter(watcher)
nudge()
QTimer.singleShot(60000, app.quit)
app.exec()
gate.shutdown()
print(json.dumps(report), flush=True)
os._exit(0)
"""


def _run(code: str, *args: str, env: dict[str, str] | None = None) -> dict[str, object]:
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=120,
                          cwd=ROOT, env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PG_ROOT": str(ROOT),
                                         **(env or {})})
    assert done.returncode == 0, done.stderr[-2000:]
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    assert lines, done.stderr[-2000:]
    result: dict[str, object] = json.loads(lines[-1])
    return result


def test_no_heavy_library_nor_sqlalchemy_is_imported_by_the_first_paint_of_today(tmp_path: Path,
                                                                                 light_kdf) -> None:
    from app.core.practice import Practice

    path = tmp_path / "start.pgvault"
    practice, _ = Practice.create(path, PASSPHRASE, kdf=light_kdf)
    key, vault_id = practice.vault._master_key().hex(), practice.vault.vault_id
    practice.lock()
    report = _run(CHILD, str(path), env={"PG_TEST_KEY": key, "PG_VAULT_ID": vault_id,
                                         "XDG_CONFIG_HOME": str(tmp_path / "settings"),  # not the user's
                                         "PG_WATCH": json.dumps([*HEAVY, "sqlalchemy", "PySide6.QtWidgets"])})
    assert "at_paint" in report, "the window never painted with Today's records"
    # Not even SQLAlchemy: Today is read and painted first, the open finished after (a first look).
    assert report["at_paint"] == ["PySide6.QtWidgets"], f"imported before the first paint: {report['at_paint']}"
    # PySide6's import hook would read every module's source (SQLAlchemy's, the core's) to look for
    # "PySide6" in it; app/ui/qt_import_hook.py makes it look at the module's globals instead.
    read = report["sources_read"]
    assert "sqlalchemy" not in read and not any("app/core" in p for p in read), read


def test_the_start_up_modules_leave_the_core_to_the_worker() -> None:
    """The GUI thread's own modules don't import the ORM, the models or the services (the database
    lane does, while Qt builds the window); nor the keyring, nor any of the heavy libraries."""
    code = ("import json, sys; sys.path.insert(0, sys.argv[1]); import app.ui.application, app.ui.vault_gate; "
            "import app.ui.warmup, app.ui.main_window; print(json.dumps({'loaded': [m for m in json.loads(sys.argv[2]) "
            "if m in sys.modules]}))")
    # SQLAlchemy and the vault package too: the worker imports them at start, and a GUI-thread import of
    # either would wait for the worker's (Python's import lock), so nothing would run side by side.
    watch = ["app.core.practice", "app.core.models", "app.core.vault", "sqlalchemy", "sqlalchemy.orm", "keyring",
             *HEAVY, "app.ui.main_window"]
    report = _run(code, str(ROOT), json.dumps(watch))
    assert report["loaded"] == ["app.ui.main_window"], report  # the control: what vault_gate does import


def test_the_import_hook_still_tells_modules_that_use_pyside(tmp_path: Path) -> None:
    """The cheaper check answers as PySide6's own did for what matters: a module that imports from
    PySide6 uses it; one that only mentions it in text (which the old check counted) does not."""
    import types

    from PySide6.QtWidgets import QWidget

    from app.ui.qt_import_hook import uses_pyside

    with_qt = types.ModuleType("with_qt")
    with_qt.QWidget = QWidget  # type: ignore[attr-defined]  # as `from PySide6.QtWidgets import QWidget` leaves it
    whole = types.ModuleType("whole")
    whole.QtCore = __import__("PySide6.QtCore", fromlist=["QtCore"])  # type: ignore[attr-defined]
    text_only = types.ModuleType("text_only", "Mentions PySide6 in its docstring only.")
    text_only.path = tmp_path  # type: ignore[attr-defined]
    assert uses_pyside(with_qt) and uses_pyside(whole)
    assert not uses_pyside(text_only) and not uses_pyside(types)
    from app.ui.application import create_app

    create_app()  # the app's start-up installs it
    assert sys.modules["PySide6.support.feature"]._mod_uses_pyside is uses_pyside
