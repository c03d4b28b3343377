"""Ctrl+L pressed again (or the idle timer firing) while a lock is still queued behind other work locks
once: one "locked", one unlock dialog, and an unsaved edit is kept without a false alarm."""
from __future__ import annotations

from PySide6.QtCore import Qt

from .conftest import wait_idle


def test_a_second_lock_while_the_first_is_queued_locks_once(qtbot, unlocked_gate, monkeypatch) -> None:
    from app.ui.gate import lock_controller

    gate = unlocked_gate
    warnings: list[str] = []
    monkeypatch.setattr(lock_controller.QMessageBox, "warning",
                        lambda _parent, _title, text, *a, **k: warnings.append(text))
    gate.window.show_page("Supervisees")
    page = gate.window.page("Supervisees")
    wait_idle(qtbot, gate)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    page.form.lines["full_name"].setText("Anna Smirnova")  # unsaved: kept as a draft at the lock
    assert page.drafts()
    locked: list[int] = []
    gate.locked.connect(lambda: locked.append(1))
    shown = []
    real_show_unlock = gate._show_unlock
    monkeypatch.setattr(gate, "_show_unlock", lambda *a: (shown.append(1), real_show_unlock(*a)))

    gate.lock()
    gate.lock()  # before the first has run on the database lane
    qtbot.waitUntil(lambda: gate.ctx.practice is None and gate.unlock_dialog is not None
                    and gate.unlock_dialog.isVisible(), timeout=10000)
    wait_idle(qtbot, gate)

    assert locked == [1] and shown == [1]
    assert warnings == []  # the draft was kept: no "could not be kept"
