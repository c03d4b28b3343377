"""Shared test set-up: Qt offscreen, and light Argon2 parameters for speed.

The app and CLI never write light parameters; tests pass them explicitly
(they are stored in the key slot, so opening follows them).
"""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PEERGLASS_NO_KEYRING", "1")
