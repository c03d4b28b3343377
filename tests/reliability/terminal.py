"""Run the command line with its standard output on a terminal (a pseudo-terminal), as a person does."""
from __future__ import annotations

import os
import pty
import subprocess
from collections.abc import Callable, Sequence
from pathlib import Path


def run_in_terminal(argv: Sequence[str], *, cwd: Path, env: dict[str, str], timeout: float = 120,
                    preexec_fn: Callable[[], None] | None = None) -> subprocess.CompletedProcess[str]:
    """``argv`` with stdout on a new pseudo-terminal (stderr piped); returns what each printed."""
    master, slave = pty.openpty()
    with subprocess.Popen(list(argv), cwd=cwd, env=env, stdin=subprocess.DEVNULL, stdout=slave,
                          stderr=subprocess.PIPE, preexec_fn=preexec_fn) as proc:
        os.close(slave)
        chunks: list[bytes] = []
        while True:
            try:
                data = os.read(master, 65536)
            except OSError:  # EIO: the child closed the terminal
                break
            if not data:
                break
            chunks.append(data)
        os.close(master)
        assert proc.stderr is not None
        err = proc.stderr.read().decode()
        code = proc.wait(timeout)
    out = b"".join(chunks).decode().replace("\r\n", "\n")
    return subprocess.CompletedProcess(list(argv), code, out, err)
