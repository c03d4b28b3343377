"""Atomic, private file writes (the Electrum storage idea).

Write to a temp file in the same folder with owner-only permissions set
before any byte is written, fsync it, then os.replace over the target and
fsync the folder, so a crash leaves either the old file or the new one.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .files import make_private_dir


def write_atomic(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Replace ``path`` with ``data`` atomically; the file is never half-written."""
    path = Path(path)
    folder = path.parent
    make_private_dir(folder)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    fsync_dir(folder)


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (no-op where folders can't be opened)."""
    try:
        dir_fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dir_fd)
    except OSError:
        pass
    finally:
        os.close(dir_fd)
