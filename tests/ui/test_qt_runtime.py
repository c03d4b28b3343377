"""The Qt binding must not leak references to None (PySide6 6.12.0 on Python 3.11 did:
the interpreter aborts after about 35,000 calls that return nothing)."""
from __future__ import annotations

import sys


def test_void_calls_keep_none_alive(qtbot) -> None:
    from PySide6.QtCore import QObject

    obj = QObject()
    before = sys.getrefcount(None)
    for _ in range(2000):
        obj.setObjectName("probe")
    assert before - sys.getrefcount(None) < 100
