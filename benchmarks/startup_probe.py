"""Run by bench_startup.py in a fresh process: time to an unlocked, painted main window.

The master key is put in an in-process keyring backend first, so the
keyring slot is what opens the vault (as on a supervisor's own computer).
"""
from __future__ import annotations

import time

T0 = time.perf_counter()

import os  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

# A fresh settings folder each run: the user's own QSettings (last page, geometry) neither steer the
# probe (a last page other than Today would never load Today) nor are written by it.
SETTINGS = __import__("tempfile").mkdtemp(prefix="peerglass-probe-settings-")
os.environ["XDG_CONFIG_HOME"] = SETTINGS


# Must not be imported by the first paint (tests/ui/test_startup_imports.py checks the same list).
HEAVY = ("alembic", "reportlab", "icalendar", "recurring_ical_events", "caldav", "babel", "jsonschema",
         "smtplib", "app.core.mail", "app.core.pdf.summary")


def peak_rss_mb() -> float:
    """This process's peak resident set, MB: VmHWM, the high-water mark of its own memory since exec.

    Not ``ru_maxrss``: on Linux that keeps the largest resident set the process ever had, including
    the parent's at the fork (a bench runner that had grown to 326 MB made every probe report 326).
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    vault_path, vault_id = Path(sys.argv[1]), sys.argv[2]
    key_hex = sys.stdin.readline().strip()  # not on the command line, where ps shows it
    import keyring
    from keyring.backend import KeyringBackend

    class Held(KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def get_password(self, service, username):  # type: ignore[no-untyped-def]
            return key_hex if username == vault_id else None

        def set_password(self, service, username, password):  # type: ignore[no-untyped-def]
            pass

        def delete_password(self, service, username):  # type: ignore[no-untyped-def]
            pass

    keyring.set_keyring(Held())
    trace = os.environ.get("STARTUP_TRACE")

    def mark(what: str) -> None:
        if trace:
            print(f"  {time.perf_counter() - T0:6.3f} {what}", file=sys.stderr, flush=True)

    from app.ui.application import start_gui

    gate = start_gui(vault_path)  # the app's own start-up path (run_gui without the event loop)
    mark("window built, vault opening")
    gate.unlocked.connect(lambda: mark("vault open, window shown"))
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    tour = bool(os.environ.get("PROBE_TOUR"))

    def visit(titles: list[str]) -> None:
        """Show each page in turn, each once its records are loaded; then report peak RSS."""
        if gate.runner.pending:
            QTimer.singleShot(20, lambda: visit(titles))
            return
        if titles:
            gate.window.show_page(titles[0])
            QTimer.singleShot(50, lambda: visit(titles[1:]))
            return
        from app.ui import warmup

        warmup._started.wait(5)
        for thread in __import__("threading").enumerate():
            if thread.name == "peerglass-pdf-warm-up":
                thread.join(10)
        print(f"rss {peak_rss_mb():.0f}", flush=True)
        app.quit()

    done = []
    opened = []

    def showing_today() -> bool:
        """The window up with Today's records in (a first look shows them before the open is finished)."""
        return gate.window.isVisible() and gate.window.page("Today").day is not None

    def ready() -> bool:
        """Unlocked and showing the day, nothing left on the lane: every page and menu works."""
        return showing_today() and gate.ctx.is_open and gate.runner.pending == 0

    class PaintWatch(QObject):
        def eventFilter(self, obj, event):  # type: ignore[no-untyped-def]
            if event.type() == QEvent.Type.Paint and not done and showing_today():
                done.append(True)
                print(f"painted {time.perf_counter() - T0:.3f}", flush=True)
                heavy = [m for m in (*HEAVY, "sqlalchemy") if m in sys.modules]
                print(f"heavy-at-paint {','.join(heavy) or '-'}", flush=True)
            if event.type() == QEvent.Type.Paint and done and not opened and ready():
                opened.append(True)
                print(f"open {time.perf_counter() - T0:.3f}", flush=True)
                if tour:
                    QTimer.singleShot(0, lambda: visit(list(gate.window.titles)))
                else:
                    QTimer.singleShot(0, app.quit)
            return False

    def nudge() -> None:
        """The lane's last job may finish after the last paint: ask for one more, then it counts."""
        if not opened:
            if showing_today():
                gate.window.update()
            QTimer.singleShot(10, nudge)

    watch = PaintWatch()
    app.installEventFilter(watch)
    nudge()

    def give_up() -> None:
        if not opened:  # say why on stderr (bench_startup/run.py show its tail)
            unlock, today = gate.unlock_dialog, gate.window.page("Today")
            print(f"no paint: window visible {gate.window.isVisible()}, lane pending {gate.runner.pending}, "
                  f"Today's day {today.day}, unlock dialog {'shown: ' + unlock.error.text() if unlock is not None else 'none'}",
                  file=sys.stderr, flush=True)
        app.quit()

    QTimer.singleShot(120000 if tour else 20000, give_up)
    app.exec()
    gate.shutdown()
    __import__("shutil").rmtree(SETTINGS, ignore_errors=True)
    os._exit(0)


if __name__ == "__main__":
    main()
