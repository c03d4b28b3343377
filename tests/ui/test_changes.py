"""One way to hear of changes: a command's ``Changes`` reaches every loaded page, the widgets
and windows that subscribed, and nothing under app/ui connects to the runner's signal itself."""
from __future__ import annotations

import ast
from pathlib import Path

from app.core.services.changes import Changes
from app.core.services.supervisees import SuperviseeData

from .conftest import wait_idle

UI = Path(__file__).resolve().parents[2] / "app" / "ui"


def _spy(obj, seen: list[tuple[str, Changes]], name: str) -> None:  # type: ignore[no-untyped-def]
    """Record each ``on_changes`` call of ``obj`` (then do what it did)."""
    original = obj.on_changes

    def on_changes(changes: Changes) -> None:
        seen.append((name, changes))
        original(changes)
    obj.on_changes = on_changes


def test_a_command_reaches_every_loaded_page_once(qtbot, unlocked_gate) -> None:
    gate = unlocked_gate
    window = gate.window
    for row in range(len(window.titles)):  # load every page, as a user visiting each would
        window.go_to(row)
        wait_idle(qtbot, gate)
    seen: list[tuple[str, Changes]] = []
    for page in window.pages:
        assert page.loaded, page.title
        _spy(page, seen, page.title)
    history = window.page("Supervisees").history
    _spy(history, seen, "supervisee history")
    history.supervisee_id = -1  # as if one were shown, so it would refresh

    gate.ctx.command(lambda p: p.supervisees.create(SuperviseeData(full_name="Ada Field")))
    wait_idle(qtbot, gate)

    names = [name for name, _ in seen]
    assert sorted(names) == sorted([*window.titles, "supervisee history"])  # each once, none left out
    assert all(changes.supervisees and not changes.sessions for _, changes in seen)
    supervisees = window.page("Supervisees")
    qtbot.waitUntil(lambda: supervisees.model.rowCount() == 1, timeout=10000)
    history.supervisee_id = None
    wait_idle(qtbot, gate)


def test_a_page_not_loaded_is_not_told_and_a_reloaded_one_is(qtbot, unlocked_gate) -> None:
    gate = unlocked_gate
    window = gate.window
    settings = window.page("Settings")  # built, never shown: not loaded
    assert not settings.loaded
    seen: list[tuple[str, Changes]] = []
    _spy(settings, seen, "Settings")
    gate.ctx.command(lambda p: Changes(settings=True))
    wait_idle(qtbot, gate)
    assert seen == []
    window.show_page("Settings")
    wait_idle(qtbot, gate)
    gate.ctx.command(lambda p: Changes(settings=True))
    wait_idle(qtbot, gate)
    assert seen == [("Settings", Changes(settings=True))]
    window.set_unlocked(False)  # as the lock does: nothing loaded any more
    assert not settings.loaded


def test_an_open_session_editor_hears_of_a_command(qtbot, unlocked_gate) -> None:
    from datetime import datetime, timedelta

    from app.core.services.sessions import SessionData

    gate = unlocked_gate
    wait_idle(qtbot, gate)
    start = datetime.now().replace(second=0, microsecond=0) + timedelta(days=1)
    practice = gate.ctx.practice
    person, _ = practice.supervisees.create(SuperviseeData(full_name="Ada Field"))
    session_id = practice.sessions.create(SessionData(start, tz="UTC", supervisee_id=person)).id
    editor = gate.editors.open(session_id)
    wait_idle(qtbot, gate)
    seen: list[tuple[str, Changes]] = []
    _spy(editor, seen, "editor")
    gate.ctx.command(lambda p: Changes(sessions=True))
    wait_idle(qtbot, gate)
    editor.force_close()
    assert seen == [("editor", Changes(sessions=True))]


def _connects_to_changes_applied(tree: ast.AST) -> list[int]:
    return [node.lineno for node in ast.walk(tree)
            if isinstance(node, ast.Attribute) and node.attr == "changes_applied"]


def test_only_the_context_connects_to_the_runner_signal() -> None:
    offenders = []
    for path in sorted(UI.rglob("*.py")):
        if path.name in ("context.py", "tasks.py") and path.parent == UI:
            continue  # the signal's owner and the one subscription point
        lines = _connects_to_changes_applied(ast.parse(path.read_text(encoding="utf-8")))
        offenders += [f"{path.relative_to(UI)}:{line}" for line in lines]
    assert not offenders, ("subscribe with ctx.subscribe(self.on_changes), not runner.changes_applied: "
                           f"{offenders}")


def test_the_finder_finds_a_direct_connection() -> None:
    tree = ast.parse("class W:\n    def __init__(self, ctx):\n"
                     "        ctx.runner.changes_applied.connect(self.on_changes)\n")
    assert _connects_to_changes_applied(tree) == [3]
