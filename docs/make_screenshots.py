"""Render the app's screens to docs/screenshots/*.png.

Run under a real X server for true font rendering, e.g.
    Xvfb :99 -screen 0 1400x900x24 &  DISPLAY=:99 .venv/bin/python docs/make_screenshots.py
(QT_QPA_PLATFORM=offscreen works too). Uses a throw-away vault with
synthetic people; never a real one.
"""
from __future__ import annotations

import os
import sys
import tempfile
from contextlib import contextmanager
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
OUT = ROOT / "docs" / "screenshots"
PASSPHRASE = "screenshot passphrase only"

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
    from app.core.services.settings import SettingsData
    from app.core.services.supervisees import SuperviseeData

    practice.settings.update(SettingsData(supervisor_name="Dr Helena Brandt", credentials="MSc, UKCP reg.",
                                          practice_name="Brandt Supervision", time_zone="Europe/Berlin"))
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


def wait_until(condition, timeout: float = 15.0) -> None:  # type: ignore[no-untyped-def]
    import time

    from PySide6.QtTest import QTest

    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise SystemExit("screenshot script: the app did not reach the expected state")
        QTest.qWait(50)


@contextmanager
def unlocked_gate():  # type: ignore[no-untyped-def]
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


def main() -> None:
    from PySide6.QtTest import QTest

    from app.core.practice import Practice
    from app.core.vault import KdfParams
    from app.ui.application import create_app
    from app.ui.vault_gate import VaultGate

    OUT.mkdir(parents=True, exist_ok=True)
    app = create_app()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "peerglass.pgvault"
        practice, _ = Practice.create(path, PASSPHRASE, kdf=KdfParams.light_for_tests())
        first = populate(practice)
        from app.core.demo import make_demo

        make_demo(practice, years=1, seed=5)  # sessions, notes and themes for Today
        practice.lock()
        gate = VaultGate(path, kdf=KdfParams.light_for_tests())
        errors: list[BaseException] = []
        gate.runner.set_error_handler(errors.append)
        gate.start()
        wait_until(lambda: gate.unlock_dialog is not None and gate.unlock_dialog.isVisible())
        dialog = gate.unlock_dialog
        dialog.secret.setText("not it, on purpose")
        dialog.unlock_button.click()
        wait_until(lambda: dialog.unlock_button.isEnabled())
        QTest.qWait(200)
        dialog.grab().save(str(OUT / "unlock.png"))
        dialog.secret.setText(PASSPHRASE)
        dialog.unlock_button.click()
        wait_until(lambda: gate.window.isVisible() or bool(errors) or dialog.unlock_button.isEnabled())
        if errors or not gate.window.isVisible():
            raise SystemExit(f"screenshot script: unlock failed: {errors or dialog.error.text()}")
        window = gate.window
        window.resize(1280, 800)
        wait_until(lambda: gate.runner.pending == 0)
        QTest.qWait(300)
        window.grab().save(str(OUT / "today.png"))
        window.show_page("Supervisees")
        page = window.page("Supervisees")
        wait_until(lambda: gate.runner.pending == 0)
        page.select_id(first)
        page.open(first)
        wait_until(lambda: gate.runner.pending == 0)
        QTest.qWait(300)
        window.grab().save(str(OUT / "supervisees.png"))
        extra = os.environ.get("PEERGLASS_SHOTS_EXTRA")
        if extra:  # later pages register their own shots in docs/shots_*.py
            for name in extra.split(","):
                __import__(f"docs.{name}", fromlist=["shoot"]).shoot(gate, OUT)
        gate.shutdown()
    print(f"screenshots written to {OUT}")


if __name__ == "__main__":
    main()
