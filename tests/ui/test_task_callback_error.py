"""A command's callback that raises: every screen still hears of the write (it happened), and the
error reaches the runner's error handler instead of being lost in the signal delivery."""
from __future__ import annotations

from typing import Any

from app.core.services.changes import Changes
from app.ui.tasks import TaskRunner


class CallbackBug(Exception):
    pass


def _boom(_result: Any) -> None:
    raise CallbackBug()


def test_changes_are_announced_even_when_the_callback_raises(qtbot: Any) -> None:
    caught: list[BaseException] = []
    heard: list[Changes] = []
    failed_operation: list[BaseException] = []
    runner = TaskRunner(on_error=caught.append)
    runner.changes_applied.connect(heard.append)
    try:
        runner.command(lambda: Changes(sessions=True), _boom, failed_operation.append)
        runner.command(lambda: ("result", Changes(themes=True)), _boom)
        qtbot.waitUntil(lambda: len(caught) == 2 and runner.pending == 0, timeout=10_000)
    finally:
        runner.shutdown()
    assert heard == [Changes(sessions=True), Changes(themes=True)]
    assert [type(e) for e in caught] == [CallbackBug, CallbackBug]
    assert failed_operation == []  # the operation itself succeeded: its own error handler is not told
    assert runner.initiator is None


def test_a_raising_query_callback_reaches_the_error_handler(qtbot: Any) -> None:
    caught: list[BaseException] = []
    runner = TaskRunner(on_error=caught.append)
    try:
        runner.query(lambda: 1, _boom)
        qtbot.waitUntil(lambda: len(caught) == 1, timeout=10_000)
    finally:
        runner.shutdown()
    assert isinstance(caught[0], CallbackBug)
