"""Atomic, private file writes (the Electrum storage idea).

Write to a temp file in the same folder with owner-only permissions set
before any byte is written, fsync it, then os.replace over the target and
fsync the folder, so a crash leaves either the old file or the new one.
"""
from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from .files import make_private_dir


def write_atomic(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Replace ``path`` with ``data`` atomically; the file is never half-written."""
    path = Path(path)
    make_private_dir(path.parent)  # missing folders are made 0700 (a folder already there stays as it is)
    write_stream_atomic(path, iter((data,)), mode)


def write_stream_atomic(path: Path, chunks: Iterator[bytes], mode: int = 0o600) -> int:
    """As ``write_atomic``, for a document too big to hold twice in memory; the bytes written."""
    path = Path(path)
    folder = path.parent
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    size = 0
    try:
        os.fchmod(fd, mode)
        with os.fdopen(fd, "wb", buffering=1 << 20) as handle:
            for chunk in chunks:
                handle.write(chunk)
                size += len(chunk)
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
    return size


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
