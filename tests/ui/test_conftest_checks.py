"""The UI harness's own checks fail when they should: an error delivered to the runner, and a
top-level window left open, each fail a deliberate test with a clear message; the
``expected_errors`` marker lets the first pass, and a clean test passes.

The tests run in a child pytest (pytester) against copies of the real tests/conftest.py and
tests/ui/conftest.py, so what is checked is the fixtures' code as it is.
"""
from __future__ import annotations

import re
from pathlib import Path

pytest_plugins = ["pytester"]  # this module only needs it

TESTS = Path(__file__).resolve().parents[1]

DELIBERATE = '''
import pytest
from PySide6.QtWidgets import QDialog


def test_error_reaches_the_runner(qtbot, make_gate):
    gate = make_gate()
    gate.runner.query(lambda: 1 / 0)  # no on_error: the runner's default handler gets it
    qtbot.waitUntil(lambda: gate.runner.pending == 0, timeout=10000)


@pytest.mark.expected_errors
def test_error_reaches_the_runner_and_is_expected(qtbot, make_gate):
    gate = make_gate()
    gate.runner.query(lambda: 1 / 0)
    qtbot.waitUntil(lambda: gate.runner.pending == 0, timeout=10000)


def test_window_left_open(qtbot):
    leaked = QDialog()  # never given to qtbot, never closed
    leaked.setWindowTitle("left behind")
    leaked.show()
    qtbot.waitExposed(leaked)
    pytest.leaked = leaked  # keep the wrapper alive, as a forgotten attribute would


def test_clean(qtbot, make_gate):
    gate = make_gate()
    seen = []
    gate.runner.query(lambda: 6 * 7, seen.append)
    qtbot.waitUntil(lambda: seen == [42], timeout=10000)
'''


def test_the_harness_checks_fail_on_deliberate_cases(pytester) -> None:
    pytester.makepyfile(**{
        "tests/__init__.py": "",
        "tests/conftest.py": (TESTS / "conftest.py").read_text(encoding="utf-8"),
        "tests/ui/__init__.py": "",
        "tests/ui/conftest.py": (TESTS / "ui" / "conftest.py").read_text(encoding="utf-8"),
        "tests/ui/test_deliberate.py": DELIBERATE,
    })
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-rA", "tests/ui/test_deliberate.py")
    output = result.stdout.str()
    # Both deliberate cases fail (in the fixtures' teardown, hence "errors"); the other two pass.
    result.assert_outcomes(passed=4, errors=2)
    # Each failure names what went wrong (re, since fnmatch reads "[...]" as a set of characters).
    result.stdout.re_match_lines([
        r".*ERROR at teardown of test_error_reaches_the_runner .*",
        ".*" + re.escape("AssertionError: errors reached the runner: ['ZeroDivisionError']"),
    ])
    result.stdout.re_match_lines([
        r".*ERROR at teardown of test_window_left_open .*",
        ".*" + re.escape("AssertionError: top-level widgets left open: ['QDialog']"),
    ])
    result.stdout.fnmatch_lines(["PASSED tests/ui/test_deliberate.py::test_error_reaches_the_runner_and_is_expected",
                                 "PASSED tests/ui/test_deliberate.py::test_clean"])
    # A test whose teardown fails still counts its call as passed; exactly these two errored.
    errored = [line for line in output.splitlines() if line.startswith("ERROR tests/")]
    assert sorted(line.split(" ")[1] for line in errored) == [
        "tests/ui/test_deliberate.py::test_error_reaches_the_runner",
        "tests/ui/test_deliberate.py::test_window_left_open"]
