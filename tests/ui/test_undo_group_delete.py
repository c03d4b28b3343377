"""Deleting a group clears Edit ▸ Undo, as deleting a supervisee does: an earlier edit of the deleted
group can no longer be undone (Undo then ended in an error box)."""
from __future__ import annotations

from app.core.services.groups import GroupData
from app.ui.undo import record_undo

from .conftest import wait_idle


def test_deleting_a_group_clears_the_undo_stack(qtbot, unlocked_gate, monkeypatch) -> None:
    import app.ui.pages.groups as module

    gate = unlocked_gate
    gid = gate.ctx.practice.groups.create(GroupData(name="Tuesday peers"))[0]
    gate.window.show_page("Groups")
    page = gate.window.page("Groups")
    wait_idle(qtbot, gate)
    page.open(gid)
    wait_idle(qtbot, gate)
    page.form.name.setText("Tuesday peer group")
    page.save()
    wait_idle(qtbot, gate)
    assert record_undo(gate.ctx).count() == 1
    monkeypatch.setattr(module, "confirm_destructive", lambda *a, **k: True)

    page.delete()
    wait_idle(qtbot, gate)

    assert gate.ctx.practice.groups.list(include_archived=True) == []
    assert record_undo(gate.ctx).count() == 0
    assert not gate.window.undo_action.isEnabled()
