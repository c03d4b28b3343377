"""Errors the desktop app shows for a real full disk or read-only database: the true cause, in one line.

A service raises SQLAlchemy's error; the task runner delivers it to the UI,
whose ``describe`` turns it into the vault's typed error (the same
translation the command line uses), never "Something went wrong (OperationalError)".
"""
from __future__ import annotations

from typing import Any

import pytest

from app.core.services.supervisees import SuperviseeData
from app.core.vault.engine import typed_error
from app.core.vault.errors import DiskFull, VaultReadOnly
from app.ui.errors import describe
from app.ui.tasks import TaskRunner


def _deliver(qtbot: Any, practice: Any, fn: Any) -> BaseException:
    runner = TaskRunner()
    caught: list[BaseException] = []
    try:
        runner.command(fn, on_error=caught.append)
        qtbot.waitUntil(lambda: bool(caught), timeout=10_000)
    finally:
        runner.shutdown()
    return caught[0]


def _add_big(practice: Any) -> Any:
    return lambda: practice.supervisees.create(SuperviseeData(full_name="Big", private_notes="x" * 90_000))[1]


@pytest.fixture
def raw(practice: Any) -> Any:
    with practice.vault.engine.connect() as db:
        yield db.connection.dbapi_connection


def test_a_full_disk_in_the_app_says_the_disk_is_full(qtbot: Any, practice: Any, raw: Any) -> None:
    pages = raw.execute("PRAGMA page_count").fetchone()[0]
    raw.execute(f"PRAGMA max_page_count = {pages}")  # the database may not grow: SQLite's "disk is full"
    try:
        error = _deliver(qtbot, practice, _add_big(practice))
    finally:
        raw.execute("PRAGMA max_page_count = 1073741823")
    assert type(error).__module__.startswith("sqlalchemy")  # what the service raised
    assert isinstance(typed_error(error), DiskFull)
    assert describe(error) == str(DiskFull())
    assert [r.full_name for r in practice.supervisees.list()] == []  # and nothing was saved


def test_a_read_only_database_in_the_app_says_it_cannot_save(qtbot: Any, practice: Any, raw: Any) -> None:
    raw.execute("PRAGMA query_only = ON")  # SQLite refuses every write: "attempt to write a readonly database"
    try:
        error = _deliver(qtbot, practice, _add_big(practice))
    finally:
        raw.execute("PRAGMA query_only = OFF")
    assert isinstance(typed_error(error), VaultReadOnly)
    assert describe(error).startswith("Cannot save:") and "Nothing was changed." in describe(error)
    assert "OperationalError" not in describe(error)


def test_other_errors_are_described_as_before() -> None:
    assert describe(ValueError("x")).startswith("Something went wrong (ValueError)")
    assert describe(DiskFull()) == str(DiskFull())

