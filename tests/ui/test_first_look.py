"""A cold start's first look (``VaultGate.start``, ``app.core.first_look``): Today painted from the file
opened by the remembered key, then the open finished on the lane; and what happens in between."""
from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from app.core.services.sessions import SessionData
from app.core.services.supervisees import SuperviseeData

from ..conftest import PASSPHRASE
from .conftest import wait_idle


@pytest.fixture
def remembered_vault(tmp_path: Path, light_kdf, memory_keyring) -> Path:
    """A vault whose key the (in-memory) keyring holds, with a session of one supervisee today."""
    from app.core.practice import Practice

    path = tmp_path / "ui.pgvault"
    practice, _ = Practice.create(path, PASSPHRASE, kdf=light_kdf)
    practice.remember_on_this_computer(True)
    person, _ = practice.supervisees.create(SuperviseeData(full_name="Ilse Today"))
    start = datetime.now().replace(second=0, microsecond=0) + timedelta(minutes=30)
    practice.sessions.create(SessionData(start, tz="UTC", supervisee_id=person))
    practice.lock()
    return path


@pytest.fixture
def held_paint(monkeypatch) -> Iterator[list[threading.Event]]:
    """The first look's paint, set by the test instead of by Qt: the lane waits for it (up to 30 s)."""
    from app.ui import vault_gate

    events: list[threading.Event] = []

    class HeldPaint:
        def __init__(self, event: threading.Event) -> None:
            events.append(event)

    monkeypatch.setattr(vault_gate, "_PaintWatch", HeldPaint)
    monkeypatch.setattr(vault_gate, "PAINT_WAIT_S", 30.0)
    yield events
    for event in events:  # a failed test must not leave the lane waiting
        event.set()


def _today_names(gate) -> list[str]:  # type: ignore[no-untyped-def]
    page = gate.window.page("Today")
    return [row.supervisee_name for row in page.models["today"].rows()]


def _audit_details(path: Path) -> list[str]:
    from app.core.practice import Credentials, Practice

    practice = Practice.open(path, Credentials(passphrase=PASSPHRASE))
    assert practice is not None
    try:
        return [entry.detail for entry in practice.audit.recent(50) if entry.action == "unlock"]
    finally:
        practice.lock()


def test_today_is_shown_before_the_open_is_finished_then_the_vault_opens(qtbot, make_gate, remembered_vault,
                                                                       held_paint) -> None:
    gate = make_gate(remembered_vault)
    gate.start()
    qtbot.waitUntil(lambda: gate.window.isVisible(), timeout=10000)
    # The window is up with today's session while the lane still waits for the paint to finish the open.
    assert _today_names(gate) == ["Ilse Today"]
    assert gate.window.page("Today").day == datetime.now().date()
    assert not gate.ctx.is_open and gate.unlock_dialog is None
    held_paint[0].set()
    qtbot.waitUntil(lambda: gate.ctx.is_open and gate.runner.pending == 0, timeout=10000)
    assert _today_names(gate) == ["Ilse Today"]  # loaded again the ordinary way, the same
    assert gate.window.nav.currentRow() == gate.window.titles.index("Today")
    gate.shutdown()
    assert _audit_details(remembered_vault)[-1:] == ["by remembered key"]


def test_ctrl_l_before_the_open_is_finished_locks_once_it_is(qtbot, make_gate, remembered_vault,
                                                            held_paint) -> None:
    gate = make_gate(remembered_vault)
    gate.start()
    qtbot.waitUntil(lambda: gate.window.isVisible(), timeout=10000)
    gate.lock()  # Ctrl+L and the idle lock both come here
    assert gate.window.isVisible() and gate.unlock_dialog is None  # nothing to lock yet
    held_paint[0].set()
    qtbot.waitUntil(lambda: gate.unlock_dialog is not None and gate.unlock_dialog.isVisible(), timeout=10000)
    wait_idle(qtbot, gate)
    assert not gate.ctx.is_open and not gate.window.isVisible()
    assert gate.window.page("Today").day is None  # the lock cleared what Today showed


def test_quitting_before_the_open_is_finished_leaves_the_vault_locked(qtbot, make_gate, remembered_vault,
                                                                     held_paint) -> None:
    from app.core.practice import Credentials, Practice

    gate = make_gate(remembered_vault)
    gate.start()
    qtbot.waitUntil(lambda: gate.window.isVisible(), timeout=10000)
    held_paint[0].set()
    gate.shutdown()  # the lane finishes the open, then locks it: the process lock is free again
    assert gate._adopted is not None and not gate._adopted.is_open
    again = Practice.open(remembered_vault, Credentials(passphrase=PASSPHRASE))
    assert again is not None
    again.lock()


def test_a_finish_that_fails_hides_today_and_says_why_at_the_unlock_dialog(qtbot, make_gate, remembered_vault,
                                                                           monkeypatch) -> None:
    from app.core.practice import Practice
    from app.core.vault import DamagedVault

    def damaged(cls, look):  # type: ignore[no-untyped-def]
        look.close()
        raise DamagedVault("a page failed its check while opening")

    monkeypatch.setattr(Practice, "adopt", classmethod(damaged))
    gate = make_gate(remembered_vault)
    gate.start()
    qtbot.waitUntil(lambda: gate.unlock_dialog is not None and gate.unlock_dialog.isVisible(), timeout=10000)
    assert not gate.window.isVisible() and not gate.ctx.is_open
    assert gate.window.page("Today").day is None and _today_names(gate) == []
    assert "page failed its check" in gate.unlock_dialog.error.text()


def test_another_last_page_opens_the_ordinary_way(qtbot, make_gate, remembered_vault, monkeypatch) -> None:
    from app.ui import vault_gate

    looked: list[Path] = []
    monkeypatch.setattr(vault_gate, "_first_look", lambda path: looked.append(path))
    QSettings().setValue("window/last_page", "Calendar")
    gate = make_gate(remembered_vault)
    gate.start()
    qtbot.waitUntil(lambda: gate.ctx.is_open and gate.window.isVisible(), timeout=10000)
    wait_idle(qtbot, gate)
    assert looked == []
    assert gate.window.nav.currentRow() == gate.window.titles.index("Calendar")


def test_no_remembered_key_asks_for_the_passphrase(qtbot, make_gate, tmp_path: Path, light_kdf,
                                                   memory_keyring) -> None:
    from app.core.practice import Practice

    path = tmp_path / "plain.pgvault"
    Practice.create(path, PASSPHRASE, kdf=light_kdf)[0].lock()
    gate = make_gate(path)
    gate.start()
    qtbot.waitUntil(lambda: gate.unlock_dialog is not None and gate.unlock_dialog.isVisible(), timeout=10000)
    assert not gate.window.isVisible() and not gate.ctx.is_open


def test_work_asked_for_before_the_open_is_finished_runs_once_it_is(qtbot, make_gate, remembered_vault,
                                                                   held_paint) -> None:
    """A menu or a page may queue a query while the lane finishes the open: it runs after, on the open vault."""
    gate = make_gate(remembered_vault)
    gate.start()
    qtbot.waitUntil(lambda: gate.window.isVisible(), timeout=10000)
    names: list[list[str]] = []
    gate.ctx.query(lambda p: [r.full_name for r in p.supervisees.list()], names.append)
    held_paint[0].set()
    qtbot.waitUntil(lambda: bool(names), timeout=10000)  # an error would reach the runner and fail the test
    assert names == [["Ilse Today"]]
