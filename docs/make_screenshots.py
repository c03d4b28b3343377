"""Screenshots of the real app on a real X display: docs/screenshots/*.png.

    make screenshots                     # or: .venv/bin/python docs/make_screenshots.py
    .venv/bin/python docs/make_screenshots.py --scale 2 --screen 2560x1600 --sizes 1280x800 --out /tmp/2x

Starts its own Xvfb screen with a window manager (openbox), runs the app there on the
``xcb`` platform (not offscreen) with a throw-away demo vault of invented people (never a
real one, never the user's settings: QSettings go to a temporary folder), and takes each
window from the X display with ImageMagick's ``import`` (what a user would see, window
frame included). Every page at each size, light and dark, named ``PAGE-WxH-SCHEME.png``,
plus the unlock dialog, a session's print preview, the session editor and the live meeting.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
OUT = ROOT / "docs" / "screenshots"
PASSPHRASE = "screenshot passphrase only"
SIZES = ((1024, 700), (1440, 900))
SCHEMES = ("light", "dark")
CHILD = "PEERGLASS_SHOTS_CHILD"
TOOLS = ("Xvfb", "openbox", "import")

PEOPLE = [
    ("Łukasz Żółć", "Counsellor", "active", "Person-centred", "he/him"),
    ("Anna Smirnova", "Massage therapist", "active", "Myofascial release", "she/her"),
    ("山田 花子", "Nurse", "active", "Palliative care", "she/her"),
    ("Ωμέγα Παπαδοπούλου", "Psychotherapist", "paused", "Gestalt", "she/her"),
    ("Zoë Müller", "Social worker", "active", "Systemic", "they/them"),
    ("Maria Nowak", "Art therapist", "active", "Art psychotherapy", "she/her"),
    ("Samuel Okafor", "Psychologist", "active", "CBT", "he/him"),
]


def populate(practice) -> int:  # type: ignore[no-untyped-def]
    """The supervisor's settings and a few invented supervisees; the first one's id."""
    from app.core.services.settings import SettingsData
    from app.core.services.supervisees import SuperviseeData

    practice.settings.update(SettingsData(supervisor_name="Dr Helena Brandt", credentials="MSc, UKCP reg.",
                                          practice_name="Brandt Supervision", time_zone="Europe/Berlin",
                                          email="helena.brandt@example.org"))
    first = 0
    for i, (name, discipline, status, modality, pronouns) in enumerate(PEOPLE):
        sid, _ = practice.supervisees.create(SuperviseeData(
            full_name=name, discipline=discipline, status=status, modality=modality, pronouns=pronouns,
            email=f"person{i}@example.org", phone="+49 30 1234 567", setting="Private practice",
            start_date=date(2025, 1 + i, 10),
            goals="Noticing the pull to rescue clients; holding boundaries around extra sessions; "
                  "building a sustainable caseload.",
            licence_number=f"REG-{4411 + i}"))
        first = first or sid
    return first


def wait_until(condition: Callable[[], bool], timeout: float = 60.0) -> None:
    from PySide6.QtTest import QTest

    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise SystemExit("screenshot script: the app did not reach the expected state")
        QTest.qWait(30)


@contextmanager
def unlocked_gate() -> Iterator[Any]:
    """A throw-away vault with the invented people, unlocked in a real gate (for shots_*.py)."""
    from app.core.practice import Practice
    from app.core.vault import KdfParams
    from app.ui.application import create_app
    from app.ui.vault_gate import VaultGate

    create_app()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "peerglass.pgvault"
        practice, _ = Practice.create(path, PASSPHRASE, kdf=KdfParams.light_for_tests())
        populate(practice)
        practice.lock()
        gate = VaultGate(path, kdf=KdfParams.light_for_tests())
        errors: list[BaseException] = []
        gate.runner.set_error_handler(errors.append)
        gate.start()
        wait_until(lambda: gate.unlock_dialog is not None and gate.unlock_dialog.isVisible())
        gate.unlock_dialog.secret.setText(PASSPHRASE)
        gate.unlock_dialog.unlock_button.click()
        wait_until(lambda: gate.window.isVisible() or bool(errors))
        if errors:
            raise SystemExit(f"screenshot script: {errors[0]!r}")
        yield gate
        if errors:
            raise SystemExit(f"screenshot script: {errors[0]!r}")
        gate.shutdown()


# ---- in the app, on the X display -------------------------------------------------------------------
class Camera:
    """Takes top-level windows from the X display (``import``), PNG, compressed."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.taken: list[Path] = []

    def __call__(self, widget: Any, name: str, settle_ms: int = 250) -> Path:
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QApplication

        widget.raise_()
        widget.activateWindow()
        QApplication.processEvents()
        QTest.qWait(settle_ms)
        QApplication.sync()
        path = self.out / name
        window = widget.window()
        # 256 colours without dithering: a third of the size, and text stays crisp.
        command = ["import", "-silent", "-window", str(int(window.winId())), "-frame", "-dither", "None",
                   "-colors", "256", "-define", "png:compression-level=9", "-define",
                   "png:exclude-chunks=date,time", "-strip", f"PNG8:{path}"]
        result = subprocess.run(command, capture_output=True, text=True, timeout=30)
        if result.returncode != 0 or not path.is_file():
            raise SystemExit(f"screenshot script: import failed for {name}: {result.stderr.strip()}")
        self.taken.append(path)
        print(f"  {name}", flush=True)
        return path


def _idle(gate: Any) -> None:
    wait_until(lambda: gate.runner.pending == 0)


def _pages(gate: Any, first: int) -> list[tuple[str, Callable[[], None]]]:
    """(file name stem, how to show it) for every page the docs show."""
    window = gate.window

    def calendar(mode: str) -> Callable[[], None]:
        def show() -> None:
            window.show_page("Calendar")
            page = window.page("Calendar")
            page.set_mode(mode)
            page.go_today()
        return show

    def supervisees() -> None:
        window.show_page("Supervisees")
        page = window.page("Supervisees")
        _idle(gate)
        if page.current_id != first:
            page.select_id(first)
            page.open(first)

    def groups() -> None:
        window.show_page("Groups")
        page = window.page("Groups")
        _idle(gate)
        if page.current_id is None and page.groups.proxy.rowCount():
            page.groups.table.setCurrentIndex(page.groups.proxy.index(0, 0))
            wait_until(lambda: gate.runner.pending == 0 and page.current_id is not None)
            page.tabs.setCurrentWidget(page.meetings)

    def plain(title: str) -> Callable[[], None]:
        return lambda: window.show_page(title)

    return [("today", plain("Today")), ("calendar-week", calendar("week")), ("calendar-month", calendar("month")),
            ("agenda", calendar("agenda")), ("supervisees", supervisees), ("groups", groups),
            ("reports", plain("Reports")), ("settings", plain("Settings"))]


def _a_held_session(gate: Any) -> tuple[int, str]:
    found: list[Any] = []

    def pick(p):  # type: ignore[no-untyped-def]
        end = datetime.now()
        rows = p.sessions.sessions_between(end - timedelta(days=60), end)
        held = [r for r in rows if r.status == "held" and r.has_notes and r.supervisee_id]
        return (held[-1].id, held[-1].supervisee_name) if held else (rows[-1].id, rows[-1].supervisee_name)
    gate.ctx.query(pick, found.append)
    wait_until(lambda: bool(found))
    return found[0]


def _extras(gate: Any, camera: Camera, scheme: str, session_id: int, name: str) -> None:
    """A session's print preview, the session editor and the live meeting, in ``scheme``."""
    from PySide6.QtWidgets import QApplication

    from app.ui.documents import DocumentActions
    from docs.shots_live_meeting import shoot as live_meeting

    window = gate.window
    documents = DocumentActions(gate.ctx, window)
    documents.preview(lambda p: p.reports.summary(session_id), f"Session summary \u2014 {name}")
    wait_until(lambda: documents.last_preview is not None and documents.last_preview.isVisible())
    _idle(gate)
    camera(documents.last_preview, f"print-preview-{scheme}.png", 900)
    documents.last_preview.done(0)
    gate.open_session(session_id)
    _idle(gate)
    editor = next((w for w in QApplication.topLevelWidgets()
                   if w.isVisible() and type(w).__name__ == "SessionEditor"), None)
    if editor is not None:
        editor.resize(1100, 800)
        editor.move(40, 20)
        _idle(gate)
        camera(editor, f"session-editor-{scheme}.png", 400)
        editor.close()
    live_meeting(gate, camera.out, save=lambda win, _path: camera(win, f"live-meeting-{scheme}.png", 400))
    _idle(gate)


def shoot_everything(out: Path, sizes: list[tuple[int, int]], schemes: list[str], extras: bool) -> int:
    from PySide6.QtTest import QTest

    from app.core.demo import make_demo
    from app.core.practice import Practice
    from app.core.vault import KdfParams
    from app.ui.application import create_app
    from app.ui.theme import install_theme
    from app.ui.vault_gate import VaultGate

    out.mkdir(parents=True, exist_ok=True)
    app = create_app()
    themes = install_theme(app)
    camera = Camera(out)
    started = time.monotonic()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "demo.pgvault"
        practice, _ = Practice.create(path, PASSPHRASE, kdf=KdfParams.light_for_tests())
        first = populate(practice)
        make_demo(practice, years=1, seed=5)  # sessions, notes, themes, two groups with meetings
        practice.lock()
        print(f"demo vault ready in {time.monotonic() - started:.1f} s", flush=True)
        themes.set_preference(schemes[0])
        gate = VaultGate(path, kdf=KdfParams.light_for_tests())
        errors: list[BaseException] = []
        gate.runner.set_error_handler(errors.append)
        gate.start()

        def unlock(scheme: str) -> None:
            wait_until(lambda: gate.unlock_dialog is not None and gate.unlock_dialog.isVisible())
            dialog = gate.unlock_dialog
            camera(dialog, f"unlock-{scheme}.png", 400)
            dialog.secret.setText(PASSPHRASE)
            dialog.unlock_button.click()
            wait_until(lambda: gate.window.isVisible() or bool(errors) or dialog.unlock_button.isEnabled())
            if errors or not gate.window.isVisible():
                raise SystemExit(f"screenshot script: unlock failed: {errors or dialog.error.text()}")
            _idle(gate)

        unlock(schemes[0])
        window = gate.window
        pages = _pages(gate, first)
        session_id, name = _a_held_session(gate)
        for number, scheme in enumerate(schemes):
            if number:
                themes.set_preference(scheme)
            for width, height in sizes:
                window.resize(width, height)
                window.move(0, 0)
                QTest.qWait(150)
                if (window.width(), window.height()) != (width, height):
                    print(f"  note: the window is {window.width()}x{window.height()}, not {width}x{height} "
                          "(the screen is smaller)", flush=True)
                for stem, show in pages:
                    show()
                    _idle(gate)
                    camera(window, f"{stem}-{width}x{height}-{scheme}.png")
        for scheme in schemes if extras else []:  # after every page, so the pages all show the same vault
            themes.set_preference(scheme)
            _extras(gate, camera, scheme, session_id, name)
        if len(schemes) > 1:
            gate.lock()
            wait_until(lambda: gate.unlock_dialog is not None and gate.unlock_dialog.isVisible())
            for scheme in schemes[1:]:  # the unlock dialog in the other scheme
                themes.set_preference(scheme)
                camera(gate.unlock_dialog, f"unlock-{scheme}.png", 300)
        gate.shutdown()
        if errors:
            raise SystemExit(f"screenshot script: the app reported {type(errors[0]).__name__}: {errors[0]}")
    print(f"{len(camera.taken)} screenshots written to {out} in {time.monotonic() - started:.0f} s")
    return 0


# ---- the X display: Xvfb + openbox ------------------------------------------------------------------------
def _start_xvfb(screen: str) -> tuple[subprocess.Popen[bytes], str]:
    read, write = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", f"{screen}x24", "-nolisten", "tcp",
                             "-noreset"], pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    number = b""
    with os.fdopen(read, "rb") as pipe:
        while not number.endswith(b"\n"):
            chunk = pipe.read(1)
            if not chunk:
                break
            number += chunk
    if not number.strip():
        xvfb.kill()
        raise SystemExit("screenshot script: Xvfb did not start")
    return xvfb, f":{number.decode().strip()}"


def _stop(process: subprocess.Popen[bytes] | None) -> None:
    if process is not None and process.poll() is None:
        process.terminate()
        try:
            process.wait(5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(5)


def run_on_xvfb(args: argparse.Namespace) -> int:
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        print(f"screenshot script: needs {', '.join(missing)} (apt install xvfb openbox imagemagick)",
              file=sys.stderr)
        return 1
    xvfb = openbox = child = None
    with tempfile.TemporaryDirectory(prefix="peerglass-shots-") as home:
        try:
            xvfb, display = _start_xvfb(args.screen)
            env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", XDG_CONFIG_HOME=f"{home}/config",
                       XDG_DATA_HOME=f"{home}/data", XDG_CACHE_HOME=f"{home}/cache",
                       XDG_RUNTIME_DIR=home, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
                       LANG=os.environ.get("LANG") or "C.UTF-8")
            env.pop("WAYLAND_DISPLAY", None)
            env.pop("QT_QPA_PLATFORMTHEME", None)
            if args.scale != 1:
                env["QT_SCALE_FACTOR"] = f"{args.scale:g}"
            openbox = subprocess.Popen(["openbox", "--sm-disable"], env=env, stdout=subprocess.DEVNULL,
                                       stderr=subprocess.DEVNULL)
            time.sleep(0.8)  # the window manager takes the screen before the first window maps
            command = [sys.executable, str(Path(__file__).resolve()), "--out", str(args.out),
                       "--sizes", args.sizes, "--schemes", args.schemes] + ([] if args.extras else ["--no-extras"])
            child = subprocess.Popen(command, env=dict(env, **{CHILD: "1"}))
            return child.wait(args.timeout)
        except subprocess.TimeoutExpired:
            print(f"screenshot script: gave up after {args.timeout} s", file=sys.stderr)
            return 1
        finally:
            _stop(child)
            _stop(openbox)
            _stop(xvfb)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Screenshots of Peerglass under Xvfb (xcb, openbox).")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--sizes", default=",".join(f"{w}x{h}" for w, h in SIZES), help="e.g. 1024x700,1440x900")
    parser.add_argument("--schemes", default=",".join(SCHEMES), help="light,dark")
    parser.add_argument("--screen", default="1600x1000", help="the virtual screen, e.g. 2560x1600")
    parser.add_argument("--scale", type=float, default=1.0, help="QT_SCALE_FACTOR, e.g. 2")
    parser.add_argument("--timeout", type=float, default=300.0)
    parser.add_argument("--no-extras", dest="extras", action="store_false",
                        help="pages only (no print preview, session editor, live meeting)")
    args = parser.parse_args(argv)
    if os.environ.get(CHILD) != "1":
        return run_on_xvfb(args)
    sizes = [(int(w), int(h)) for w, h in (s.split("x") for s in args.sizes.split(","))]
    schemes = [s for s in args.schemes.split(",") if s in SCHEMES] or ["light"]
    return shoot_everything(args.out, sizes, schemes, args.extras)


if __name__ == "__main__":
    sys.exit(main())
