"""libical's RFC 5546 restriction checks as a test judge (a tiny C program compiled at test time)."""
from __future__ import annotations

import functools
import shutil
import subprocess
import tempfile
from pathlib import Path

SOURCE = Path(__file__).with_name("restriction_check.c")


@functools.lru_cache(maxsize=1)
def checker() -> tuple[Path | None, str]:
    """The compiled checker, or None and the reason it can't be built (libical-dev or gcc missing)."""
    gcc = shutil.which("gcc") or shutil.which("cc")
    if gcc is None:
        return None, "no C compiler (gcc) found"
    flags = ["-lical"]
    if shutil.which("pkg-config"):
        found = subprocess.run(["pkg-config", "--cflags", "--libs", "libical"], capture_output=True,
                               text=True)
        if found.returncode == 0 and found.stdout.strip():
            flags = found.stdout.split()
    out = Path(tempfile.mkdtemp(prefix="libical-check-")) / "restriction_check"
    built = subprocess.run([gcc, "-O1", "-o", str(out), str(SOURCE), *flags], capture_output=True, text=True)
    if built.returncode != 0:
        detail = built.stderr.strip()[:200]
        return None, f"libical could not be compiled against (install libical-dev): {detail}"
    return out, ""


def restriction_errors(message: bytes) -> list[str]:
    """libical's complaints about an iTIP message (empty when it passes)."""
    program, reason = checker()
    if program is None:
        raise RuntimeError(reason)
    with tempfile.NamedTemporaryFile(suffix=".ics") as handle:
        handle.write(message)
        handle.flush()
        done = subprocess.run([str(program), handle.name], capture_output=True, text=True, timeout=30)
    if done.returncode == 2:
        return [f"libical could not parse the message: {done.stdout.strip()}"]
    return [line for line in done.stdout.splitlines() if line.strip()]
